"""Definite descriptions that refer back to a name: "the airline", "die Bank", "the U.S. plane-maker".

A report introduces a name with what it is and then calls it by that noun alone. The nouns are learned
from the article itself, sentence by sentence, so no list of kinds of organisation is needed:

- the head noun of a name: "Emirates Airline" -> "the airline", "EU-Kommission" -> "die Kommission",
  "Bank of England" -> "the bank" (a word a dictionary knows, not the name's own word);
- a noun just before a name: "carrier SunExpress", "Wild coach Bruce Boudreau", "der US-Chipriese Nvidia";
- an apposition after a name: "Kosmos, a group co-founded by ...".

A later "the <noun>" (with up to two words between, "the U.S. plane-maker") is then the name that noun
was last learned for: the nearest fitting entity wins. A description followed by a name of its own
("the airline Emirates") is left as it is.

A report also calls the person it named last by age or nationality ("der 34-Jährige", "der Schwede",
"the 25 year old") or by a pronoun in a piece of a sentence ("... when he miscounted his laps"):
``LastPerson`` follows the people an article names, ``described_person`` and ``person_before`` resolve
those references.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import simplemma

from checkers.entities import Entity, find_countries, may_be_person
from checkers.text import lemma, stopwords

# "the <noun>" with no, one or two lower-case words or abbreviations before the noun ("the U.S.
# plane-maker"), not followed by a name of its own or a noun it qualifies ("the airline industry"): a
# verb, a clause's end or punctuation follows.
_EN_FOLLOW = (r"(?P<s>['’]s)?(?!\s+[A-Z])(?!-)(?=\s+(?:[a-z]+(?:ed|s)|will|would|has|had|is|was|said|says|also|did|does|"
              r"can|could)\b|[\s,.;:]*$|[,.;:)])")
_CANDIDATES = {
    "en": [re.compile(r"\b[Tt]he\s+" + r"(?:(?:[a-z][\w'’-]*|(?:[A-Z]\.)+)\s+)" * k + r"(?P<noun>[A-Za-z][\w-]*)\b" + _EN_FOLLOW)
           for k in (0, 1, 2)],
    "de": [re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+" + r"(?:[a-zäöü][\w-]*\s+)" * k
                      + r"(?P<noun>[A-ZÄÖÜ][\w-]*)\b(?!\s+[A-ZÄÖÜ])") for k in (0, 1)],
}


def _forms(word: str, language: str) -> list[str]:
    """The word, and in German the word without a case ending ("der Banken" -> "bank")."""
    low = word.casefold()
    if language != "de":
        return [low]
    return [low, *(low[:-len(end)] for end in ("en", "es", "n", "s") if low.endswith(end) and len(low) > len(end) + 3)]


class Descriptions:
    """The nouns an article has used for its names so far (noun, casefolded -> name)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.nouns: dict[str, str] = {}

    def learn(self, sentence: str, entities: Iterable[Entity]) -> None:
        for ent in entities:
            if ent.kind not in ("org", "person"):
                continue
            if ent.kind == "org":
                head = _head_noun(ent.text, self.language)
                if head:
                    self._add(head, ent.text)
            at = sentence.find(ent.text)
            if at < 0:
                continue
            before = _noun_before(sentence[:at], self.language) if at else None
            if before:
                self._add(before, ent.text)
            after = _apposition_noun(sentence[at + len(ent.text):], self.language)
            if after:
                self._add(after, ent.text)

    def resolve(self, clause: str) -> str:
        """The first description in ``clause`` that refers back, replaced by its name."""
        if not self.nouns:
            return clause
        low = clause.casefold()
        if self.language == "de":  # a noun may be inflected: "der Banken"
            if not any(noun in low for noun in self.nouns):
                return clause
        elif self.nouns.keys().isdisjoint(re.findall(r"[\w-]+", low)):
            return clause  # most clauses use none of the nouns: no pattern to build or run
        found = [(m.start(), m, noun) for pattern in _CANDIDATES[self.language] for m in pattern.finditer(clause)
                 for noun in _forms(m.group("noun"), self.language) if noun in self.nouns]
        if not found:
            return clause
        _, m, noun = min(found, key=lambda t: t[0])
        name = self.nouns[noun]
        if name in clause:
            return clause
        if self.language == "de":
            return f"{clause[:m.end()]} ({name}){clause[m.end():]}"
        return f"{clause[:m.start()]}{name}{m.group('s') or ''}{clause[m.end():]}"

    def _add(self, noun: str, name: str) -> None:
        key = noun.casefold()
        if self.nouns.get(key) != name:
            self.nouns[key] = name


_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Lord", "Lady", "Sir", "Herr", "Frau"}


def _head_noun(name: str, language: str) -> str | None:
    """ "Emirates Airline" -> "Airline", "EU-Kommission" -> "Kommission", "Bank of England" -> "Bank":
    a word the dictionary knows as a common word, not the name's own."""
    words = re.split(r"\s+(?:of|von|für|for)\s+", name)[0].split()
    if len(words) < 2 and "-" not in name or words[0].rstrip(".") in _TITLES:
        return None  # "Mr Blair" is a person, "Blair" no kind of thing
    head = words[-1].split("-")[-1]
    if len(head) < 4 or not head[:1].isupper() or not head[1:].islower() or not _known(head, language):
        return None
    if len(words) == 2 and _known(words[0].split("-")[0], language):
        return None  # two common words in capitals ("Blue Moon", "Labour Party") are as often a phrase
    return head


@lru_cache(maxsize=65_536)
def _known(word: str, language: str) -> bool:
    """A common word of the language: the dictionary knows it (English in lower case) and it is no stop word.
    Cached: a dictionary look-up scans a block of the compressed dictionary."""
    if not word:
        return False
    if language == "de":
        return simplemma.is_known(word, lang="de")
    return word.lower() not in stopwords("en") and simplemma.is_known(word.lower(), lang="en")


def _noun_before(text: str, language: str) -> str | None:
    """The noun that describes a name just before it: "carrier SunExpress", "der US-Chipriese Nvidia"."""
    tokens = text.split()
    if not tokens:
        return None
    word = tokens[-1].strip("(")
    if language == "de":
        head = word.split("-")[-1]
        if len(tokens) >= 2 and re.fullmatch(r"[Dd](?:er|ie|as|em|en|es)", tokens[-2]) and head[:1].isupper() \
                and head[1:].islower() and len(head) >= 4 and _known(head, "de"):
            return head
        return None
    if re.fullmatch(r"[a-z][a-z-]{2,}[a-z]", word) and word not in stopwords("en") and not word.endswith(("ly", "ing", "ed")) \
            and _known(word.split("-")[-1], "en") and lemma(word, "en") == word:
        return word  # a noun in its base form: not "said", "owns", "quickly"
    return None


# "Kosmos, a group co-founded by ...", "Gordon Brown, chancellor of the exchequer, ..." (a role needs no article).
_APPOSITION = {"en": re.compile(r"^,\s+(?:(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,3}?|(?:[a-z][\w-]*\s+){0,2}?)"
                                r"(?P<noun>[a-z][a-z-]{2,}[a-z])(?=,|\s+(?:that|which|who|based|founded|co-founded|owned|"
                                r"in|of|with|for|at|under)\b)"),
               "de": re.compile(r"^,\s+(?:der|die|das|ein|eine)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[A-ZÄÖÜ][a-zäöüß-]{2,}[a-zäöüß])(?=[,.]|"
                                r"\s+(?:aus|in|mit|für|von)\b)")}


def _apposition_noun(text: str, language: str) -> str | None:
    """ "Kosmos, a group co-founded by ...": the noun of the apposition after a name."""
    m = _APPOSITION[language].match(text) if language in _APPOSITION else None
    if not m:
        return None
    noun = m.group("noun")
    return noun if _known(noun if language == "de" else noun.split("-")[-1], language) else None


# Two capitalised words, the second may carry a particle ("Bashar al-Assad"), not after an article.
_TWO_NAMES = re.compile(r"(?<![\w-])(?<!der )(?<!die )(?<!dem )(?<!den )(?<!des )(?<!das )(?<!the )(?<!The )"
                        r"([A-ZÄÖÜ][\w'’-]+)\s+((?:[a-z]{2,3}-)?[A-ZÄÖÜ][\w'’-]+)(?![\w-])")


_WORD_AT = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w'’]*(?![\w-])")


class LastPerson:
    """The person an article named last, in full ("Zlatan Ibrahimovic", "Sarah Claxton") or by the surname
    of a full name it gave before ("Ibrahimovic"). A name is two capitalised words no dictionary knows, or
    a given name and one (German capitalises every noun, and the entity finder reads each such word
    alone); not after an article ("an der Stamford Bridge", "the Boston Indoor Games")."""

    def __init__(self) -> None:
        self.person: str | None = None
        self.full: dict[str, str] = {}

    def read(self, sentence: str) -> None:
        found: list[tuple[int, str]] = []
        for m in _TWO_NAMES.finditer(sentence):
            name = re.sub(r"['’]s$", "", m.group().rstrip(".,"))  # "Kenenisa Bekele's record hopes"
            if may_be_person(name) and not find_countries(name) and m.group(1) not in _TITLES:
                self.full[m.group(2).split("-")[-1]] = name
                found.append((m.start(), name))
        named = self.full.keys() & set(_WORD_AT.findall(sentence)) \
            if any(surname in sentence for surname in self.full) else ()
        for at in _WORD_AT.finditer(sentence) if named else ():  # a surname alone
            if at.group() in named and not any(start <= at.start() < start + len(full) for start, full in found):
                found.append((at.start(), self.full[at.group()]))
        if found:
            self.person = max(found)[1]


def person_before(body: str, piece: str) -> str | None:
    """The person a sentence names last before one of its pieces (None when it names none)."""
    at = body.find(piece[: min(len(piece), 30)])
    if at <= 0:
        return None
    here = LastPerson()
    # not the source of an attribution ("He had, according to Alex Horton of the Washington Post, killed ...")
    here.read(re.sub(r"\b(?:according to|laut)\s+[^,]+", " ", body[:at]))
    return here.person


@lru_cache(maxsize=1)
def _described_person_pattern() -> re.Pattern[str]:
    """German "der 34-Jährige", "den Schweden", "der gebürtige Brasilianer": an age or a nationality as a
    noun after a definite article, no name after it (the nationality nouns from the adjective stems of
    checkers/data/demonyms.tsv: "schwedisch" -> "Schwede", "brasilianisch" -> "Brasilianer")."""
    stems: set[str] = set()
    for line in resources.files("checkers").joinpath("data/demonyms.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stems.update(s[:-4].capitalize() for s in line.split("\t")[1].split(",") if s.endswith("isch") and len(s) > 6)
    nationality = "|".join(sorted(stems, key=len, reverse=True))
    # One person, not a team ("die Chilenen", "den Mexikanern"): "der/dem/des" a man, "die" a woman ("-in").
    return re.compile(rf"\b(?:(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em)\s+(?:[a-zäöü][\w-]*\s+){{0,2}}(?P<age>\d{{1,3}})-Jährige[nr]?|"
                      rf"(?:[Dd]er|[Dd]em|[Dd]es)\s+(?:[a-zäöü][\w-]*\s+){{0,2}}(?:{nationality})(?:e|en|er|ers|es)|"
                      rf"[Dd]ie\s+(?:[a-zäöü][\w-]*\s+){{0,2}}(?:{nationality})(?:in|erin))\b(?!\s+[A-ZÄÖÜ])(?!-)")


# English: "In previous seasons, the 25 year old also contested the long jump": the age is the noun (a verb, an
# adverb or the clause's end follows, not "the 35 year old Cobh runner").
_AGE_NOUN_EN = re.compile(r"(?<!^)\b[Tt]he\s+(?P<age>\d{1,3})[- ]year[- ]old\b(?=\s+(?:[a-z]+ly|also|still|then|has|had|was|is|"
                          r"will|would|could|can|did)\b|[,.;]|$)")


def described_person(body: str, person: str, before: str, language: str) -> tuple[list[str], str]:
    """German: "Gegen Chelsea traf der 34-Jährige im Hinspiel ..." -> "... der 34-Jährige (Zlatan
    Ibrahimovic) im Hinspiel ...", and "Zlatan Ibrahimovic ist 34 Jahre alt": a report calls the person
    it named last by age or nationality instead of the name. Not where the article introduced someone
    of that age without a name ("ein 26-Jähriger ... Der 26-jährige Mann ..."). English: "..., the 25 year
    old also contested the long jump" -> "..., Claxton also contested the long jump"."""
    if language == "en" and "year" not in body:
        return [], body
    m = (_described_person_pattern() if language == "de" else _AGE_NOUN_EN).search(body)
    if not m or person in body:
        return [], body
    here = LastPerson()  # "Diego Costa wird einlaufen, nachdem der gebürtige Brasilianer ...": named before it
    here.read(body[:m.start()])
    person = here.person or person
    age = m.group("age")
    if language == "en":
        if re.search(rf"\b(?i:a|an)\s+{age}[- ]year[- ]old", before + body):
            return [], body
        return [f"{person} is {age} years old"], f"{body[:m.start()]}{person}{body[m.end():]}"
    if age and re.search(rf"\b(?i:ein|eine|einen|einem|einer|eines)\s+{age}-[Jj]ährige", before + body):
        return [], body
    claims = [f"{person} ist {age} Jahre alt"] if age else []
    return claims, f"{body[:m.end()]} ({person}){body[m.end():]}"
