"""Splitting a sentence into atomic assertions, by the shape of German and English sentences.

Each rule names the construction it undoes:
- clause boundaries: ':' and ' - ' between clauses; ', während' / ', while' / ', whereas';
  ', gefolgt von' / ', followed by'; ', und' / ', and' before a clause of its own;
- a non-restrictive relative clause about a person: "Maria Okafor, who has been CEO since 2021, ran ..."
  -> "Maria Okafor has been CEO since 2021" + "Maria Okafor ran ...";
- an appositive figure: "41.200 Mitarbeiter, rund 1.900 mehr als ein Jahr zuvor" -> two claims;
- gapping: "Das Segment A steuerte 1,6 Mrd. bei, das Segment B 1,2 Mrd." -> two claims;
- coordinated verb phrases sharing a subject: "Die Aktie notiert ... und hat ... zugelegt";
- coordinated prepositional phrases: "go to the wind farm and to two battery sites";
- lists of named things: "in Brasilien, Frankreich und den Niederlanden" -> one claim per member;
  "wie humanoide Roboter und autonomes Fahren" -> one claim per example.
"""

from __future__ import annotations

import re

from checkers.entities import find_entities
from checkers.quantities import parse_quantities
from checkers.text import lemma, stopwords, words

DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "the", "a", "an",
               "its", "their", "his", "her", "sein", "seine", "ihr", "ihre"}
_PREPOSITIONS = {"to", "in", "on", "at", "for", "with", "from", "of", "by", "into", "zu", "an", "auf", "mit", "von",
                 "für", "bei", "im", "am", "zum", "zur", "nach", "aus", "über", "unter"}
_NOT_VERBS = _PREPOSITIONS | {"nicht", "not", "also", "auch", "so", "then", "dann"}
_AUX = {"ist", "sind", "war", "waren", "wird", "werden", "hat", "haben", "is", "are", "was", "were", "has", "have",
        "had", "will"}
_EN_FINITE = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did",
              "said", "says", "plans", "expects", "remains", "became"}

DATELINE = re.compile(r"^[A-ZÄÖÜ][\w .-]+,\s+(?:\d{1,2}\.\s+\w+|\w+\s+\d{1,2}),?\s+\d{4}\.?$")
_CLAUSE_SPLIT = re.compile(
    r"\s*:\s+(?=[A-ZÄÖÜ\"„])|\s+[-–—]\s+|;\s+|,\s+(?=(?:während|wohingegen|gefolgt von|sowie|while|whereas|"
    r"followed by)\b)"
)
_LEADING_CONNECTOR = re.compile(
    r"^(?:jedoch|während|wohingegen|gefolgt von|sowie|while|whereas|followed by|und|and|also|doch|but|aber)\s+",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+(?:who|der|die)\s+(?P<body>[^,]{6,}?),\s+")
_APPOSITIVE_FIGURE = re.compile(
    r",\s+(?=(?:rund|etwa|knapp|fast|gut|über|mehr als|ca\.|up|down|plus|minus|about|nearly|almost|some|more than)?"
    r"\s*[\d$€£])"
)
_GAPPING = re.compile(r",\s+(?=(?:das|der|die|the)\s)")
_COMMA_AND = re.compile(r",\s+(?:und|and)\s+")
_AND = re.compile(r"\s+(?:und|and)\s+")
_MEMBER = r"(?:(?:den|die|der|the)\s+)?[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?"
_LIST = re.compile(rf"{_MEMBER}(?:,\s{_MEMBER})*,?\s(?:und|and|sowie|oder|or)\s{_MEMBER}")
_SUCH_AS = re.compile(
    r"\b(?:wie|such as|including|darunter|etwa)\s+(?P<a>(?:[a-zäöü]\w+\s)?[A-ZÄÖÜ]?\w+(?:\s\w+)?)\s+"
    r"(?:und|and)\s+(?P<b>(?:[a-zäöü]\w+\s)?[A-ZÄÖÜ]\w+)"
)


def has_anchor(text: str, language: str) -> bool:
    return bool(parse_quantities(text, language) or find_entities(text, language))


def split_clauses(sentence: str, language: str, main: str | None) -> list[str]:
    """The sentence's atomic clauses, each still to be made self-contained."""
    text = sentence.rstrip(" .")
    parts = [_LEADING_CONNECTOR.sub("", p.strip(" ,;")).strip() for p in _CLAUSE_SPLIT.split(text)]
    out: list[str] = []
    for part in filter(None, parts):
        if DATELINE.match(part):
            out.append(part)  # "SEATTLE, March 10, 2026": one unit, dropped as a dateline later
            continue
        for clause in _split_relative(part):
            for piece in _split_commas(clause, language, main):
                out.extend(_split_and(piece, language, main))
    return [c for c in out if c]


def _split_relative(clause: str) -> list[str]:
    m = _RELATIVE.search(clause)
    if not m:
        return [clause]
    head = clause[:m.start()]
    antecedent = _trailing_name(head)
    if not antecedent:
        return [clause]
    return [f"{antecedent} {m.group('body')}", head + " " + clause[m.end():]]


def _trailing_name(text: str) -> str | None:
    """The proper name a clause ends with ("... Maria Okafor")."""
    m = re.search(r"((?:[A-ZÄÖÜ][\w'-]+\s?){1,3})$", text)
    return m.group(1).strip() if m else None


def _split_commas(clause: str, language: str, main: str | None) -> list[str]:
    for pattern, check in ((_APPOSITIVE_FIGURE, _both_figures), (_GAPPING, _gapped), (_COMMA_AND, _both_clauses)):
        for m in pattern.finditer(clause):
            left, right = clause[:m.start()], clause[m.end():]
            if check(left, right, language):
                return [left, *_split_commas(right, language, main)]
    return [clause]


def _both_figures(left: str, right: str, language: str) -> bool:
    return bool(parse_quantities(left, language)) and bool(parse_quantities(right, language))


def _gapped(left: str, right: str, language: str) -> bool:
    """", das Segment Energietechnik 1,22 Milliarden Euro": a short tail that repeats the left side's
    shape with new values and no verb of its own."""
    return len(right.split()) <= 6 and has_anchor(left, language) and has_anchor(right, language) \
        and not any(w in _EN_FINITE for w in right.split())


def _both_clauses(left: str, right: str, language: str) -> bool:
    return len(words(left)) >= 4 and len(words(right)) >= 5


def _split_and(clause: str, language: str, main: str | None) -> list[str]:
    """Split "X tat A und tat B" when both sides are clauses, not coordinated noun phrases."""
    for m in _AND.finditer(clause):
        left, right = clause[:m.start()], clause[m.end():]
        first = right.split(maxsplit=1)[0] if right.strip() else ""
        if len(words(left)) < 4 or len(words(right)) < 2:
            continue
        low = first.lower()
        if low in _PREPOSITIONS:  # "to the wind farm and to two sites": repeat what precedes the preposition
            at = left.rfind(f" {low} ")
            if at > 0 and len(words(right)) >= 3:
                return [left, *_split_and(left[:at] + " " + right, language, main)]
            continue
        if low in _NOT_VERBS or len(words(right)) < 3:
            continue
        if low not in DETERMINERS and _looks_like_verb(first, language):
            subject = subject_of(left) or main  # "... und hat zugelegt": the left side's subject
            if not subject:
                continue
            return [left, *_split_and(f"{subject} {right}", language, main)]
        if len(words(right)) >= 4 and _has_verb(left, language) and _has_verb(right, language):
            return [left, *_split_and(right, language, main)]  # two clauses, each with its own verb
    return [clause]


def _looks_like_verb(word: str, language: str) -> bool:
    """Without a tagger: a lower-case word whose lemma is an infinitive (German: "stieg" -> "steigen",
    "hat" -> "haben"; adjectives like "autonomes" -> "autonom" are not), or an English finite form."""
    low = word.lower()
    if not word[:1].islower():
        return False
    if low in DETERMINERS or low in stopwords(language) and low not in _AUX:
        return False
    if language == "de":
        base = lemma(low, "de")
        return base != low and base.endswith("n") or low in _AUX
    return low in _EN_FINITE or low.endswith("ed") or (lemma(low, "en") != low and not low.endswith("s"))


def _has_verb(text: str, language: str) -> bool:
    return any(_looks_like_verb(w, language) for w in text.split()[1:])


def subject_of(clause: str) -> str | None:
    """The noun phrase a clause opens with ("Die Aktie", "The cloud unit"), if it opens with one."""
    tokens = clause.split()
    if not tokens or tokens[0].lower() not in DETERMINERS:
        return None
    taken = [tokens[0]]
    for w in tokens[1:6]:
        taken.append(w)
        if w[:1].isupper():
            return " ".join(taken)
    return None


def atomise(clause: str, language: str) -> list[str]:
    """One claim per member of a list of named things, or of the examples after "such as"."""
    for m in _LIST.finditer(clause):
        members = [x.strip(" ,") for x in re.split(r",\s|\s(?:und|and|sowie|oder|or)\s", m.group()) if x.strip(" ,")]
        named = sum(1 for x in members if find_entities(x, language))
        if len(members) >= 2 and named * 2 >= len(members) + (1 if len(members) == 2 else 0):
            return [clause[:m.start()] + member + clause[m.end():] for member in members]
    m = _SUCH_AS.search(clause)
    if m:
        return [clause[:m.start("a")] + m.group(x) + clause[m.end("b"):] for x in ("a", "b")]
    return [clause]
