"""Splitting a sentence into atomic assertions, by the shape of German and English sentences.

Each rule names the construction it undoes:
- clause boundaries: ':' and ' - ' between clauses; ', während' / ', while' / ', whereas';
  ', gefolgt von' / ', followed by'; ', und' / ', and' before a clause of its own;
- comma-bounded side clauses, each a claim of its own: relative clauses about anything ("the United
  States, which accuses him ..." -> "the United States, which accuses him ..." + the main clause
  without it), clauses after a conjunction (", but", ", after", ", weil", ", nachdem"), participle
  clauses (", making its takings ...", ", including 12 freighters"), appositions ("HSBC, the biggest UK
  bank, will report ..." -> "HSBC is the biggest UK bank" + "HSBC will report ..."), ages ("Assange,
  47," -> "Assange is 47"); without a comma, a subordinate clause with its own verb ("... in May
  after he was hauled out of the embassy") or an English gerund clause with a figure of its own or of
  four words ("... for seven years after seeking refuge ... in 2012"); a side clause after a
  conjunction is split again (", weil ... nicht zulässt, sondern ..."); a German relative clause after
  the verb's particle ("aus dem Programm hervor, das ..."); a list inside a relative clause stays there;
- an apposition also before a prepositional phrase or at the end ("the A380, the world's largest
  airliner, with 123 ..."; "said Paul Dergarabedian, president of Exhibitor Relations");
- German extended participle attributes: "des ursprünglich aus China stammenden Go" -> a claim of its own;
- a breakdown after a colon: "five 787 sales: two to Biman and three to Ghana" -> the total and each
  share; a lower-case comment after a colon is split off;
- a compared figure: ", compared with prior guidance of 4.0%" -> a claim of its own;
- an appositive figure: "41.200 Mitarbeiter, rund 1.900 mehr als ein Jahr zuvor" -> two claims;
- gapping: "Das Segment A steuerte 1,6 Mrd. bei, das Segment B 1,2 Mrd." -> two claims;
- coordinated verb phrases sharing a subject, with "und", "and" or "but": "Die Aktie notiert ... und hat
  ... zugelegt", "Lee geriet in Zeitnot und gab auf", "had been shelved in 2017 but was re-opened";
  coordinated zu-infinitives: "fordern, A zu finanzieren und B stabil zu halten"; not "and" between two
  capitalised English words ("Securities and Exchange Commission");
- coordinated prepositional phrases: "go to the wind farm and to two battery sites";
- two figures after a comma or "sowie": "1,90 Euro, für Kinder 1,10 Euro" -> two claims;
- counts of different things: "41.000 Menschen an 58 Standorten in 31 Ländern" -> three claims;
- lists of named things: "in Brasilien, Frankreich und den Niederlanden" -> one claim per member;
  "wie humanoide Roboter und autonomes Fahren" -> one claim per example; two dates ("am Sonntag und
  Dienstag"); lists of three or more of anything -> one claim per member, a name with all its words,
  a count from its number ("nine charges of A, six counts of B and two counts of C").
"""

from __future__ import annotations

import re
from functools import lru_cache

from checkers.entities import ROLE_WORDS, find_countries, find_entities, is_person_name, may_be_person
from checkers.quantities import NUMBER_WORDS, ORDINAL_WORDS, parse_quantities
from checkers.text import (DATE_WORDS, english_finite, english_lemmas, english_verb_lemmas, lemma, stopwords,
                           trie_pattern, words)

DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "the", "a", "an",
               "its", "their", "his", "her", "sein", "seine", "ihr", "ihre"}
_PREPOSITIONS = {"to", "in", "on", "at", "for", "with", "from", "of", "by", "into", "zu", "an", "auf", "mit", "von",
                 "für", "bei", "im", "am", "zum", "zur", "nach", "aus", "über", "unter"}
_NOT_VERBS = _PREPOSITIONS | {"nicht", "not", "also", "auch", "so", "then", "dann"}
# Auxiliaries, including the German past and subjunctive forms a lemmatiser leaves as they are ("hatte").
_AUX = {"ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "worden", "hat", "haben", "hatte",
        "hatten", "habe", "hätte", "hätten", "sei", "seien", "würde", "würden", "is", "are", "was", "were", "has",
        "have", "had", "will"}
# "beat" is its own past ("Moya beat Roddick", "production beat forecasts") and seldom a noun in news,
# unlike "cost", "cut", "hit" or "set".
EN_FINITE = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did",
              "said", "says", "plans", "expects", "remains", "became", "beat"}

# "DUBAI, United Arab Emirates — ", "WASHINGTON (Reuters) - ", "Wien – ": where a report was filed (and
# by which agency), before its first sentence. Not a subject and not a claim.
DATELINE_PREFIX = re.compile(r"^(?:[A-ZÄÖÜ][\w.'’-]*(?:[ ,]+[A-ZÄÖÜ][\w.'’-]*){0,3})(?:\s*\([^)]{1,20}\))?\s+[–—-]+\s+"
                             r"(?=[A-ZÄÖÜ\"„“])")
# Links, embedded posts and hashtags left in a text by its page: furniture, not statements.
FURNITURE = re.compile(r"https?://\S+|\bpic\.twitter\.com/\S+|(?<!\w)[#@]\w+|\((?:[a-z]{2,3}|APA|dpa|AFP|AP|"
                       r"Reuters|sda|kna|epd)\)|"
                       # "(APA, sid, 30.4.2016)", "(red, 26.2. 2016)", "(Michael Möseneder, 15.3.2016)": who wrote it, when
                       r"\((?:[\w.' -]{2,40},\s*){1,3}\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)|"
                       r"^\([A-Z]{2,6}(?: [A-Z][a-z]+)?\)\s*")  # "(CNN) President Donald Trump ...": the credit
DATELINE = re.compile(r"^[A-ZÄÖÜ][\w .-]+,\s+(?:\d{1,2}\.\s+\w+|\w+\s+\d{1,2}),?\s+\d{4}\.?$")
_CLAUSE_SPLIT = re.compile(
    r"\s*:\s+(?=[A-ZÄÖÜ\"„])|\s+[-–—]\s+|(?<=[a-z])—(?=[a-z])|;\s+|,\s+(?=(?:während|wohingegen|gefolgt von|sowie|"
    r"while|whereas|followed by)\b)"  # (an em dash between words, unspaced in English house styles, is a dash too)
)
_PAREN_ASIDE = re.compile(r"\s+\(((?:[^()\d]+\s){2,}[^()\d]+)\)")
_DASH_ASIDE = re.compile(r"(?:\s+[-–—]\s+|(?<=[a-z])—(?=[a-z]))([^-–—:;]{1,100}?)(?:\s+[-–—]\s+|(?<=[a-z])—(?=[a-z]))")
_LEADING_CONNECTOR = re.compile(
    r"^(?:jedoch|während|wohingegen|gefolgt von|sowie|while|whereas|followed by|und|and|also|doch|but|aber)\s+",
    re.IGNORECASE,
)
# "6-4, 7-6 (5)", "6:3, 6:4": the sets of one match are never split at their commas.
_APPOSITIVE_FIGURE = re.compile(
    r"(?<!\d[-:]\d)(?<![-:]\d \(\d\))(?<![-:]\d \(\d\d\)),\s+(?=(?:rund|etwa|knapp|fast|gut|über|mehr als|ca\.|up|down|plus|minus|about|nearly|almost|some|more than)?"
    r"\s*[\d$€£])"
)
# "Emirates is the number one buyer of the A380, with 123 of the planes in its fleet": the figure after
# "with" is a fact of its own.
_WITH_FIGURE = re.compile(r",\s+(?=(?:with|mit)\s+(?:about|around|some|nearly|almost|more than|over|rund|etwa|knapp|"
                          r"mehr als|über)?\s*[\d$€£])")
# ", compared with prior guidance of 4.0%": the earlier or other figure is a claim of its own.
_COMPARISON = re.compile(r",\s+(?=(?:compared (?:with|to)|as against|versus|vs\.?|verglichen mit|im Vergleich zu|"
                         r"gegenüber)\s)")
_GAPPING = re.compile(r",\s+(?=(?:das|der|die|the)\s)")
# ", für Kinder 1,10 Euro", ", heuer sollen es maximal 37.500 sein": another figure after a comma.
_COMMA = re.compile(r"(?<!\d[-:]\d)(?<![-:]\d \(\d\))(?<![-:]\d \(\d\d\)),\s+(?![^(]*\))(?!\d{1,2}[-:]\d{1,2}\b)")
_COMMA_AND = re.compile(r",\s+(?:und|and)\s+")
_AND = re.compile(r"\s+(?:und|and|sowie|as well as|but)\s+")  # "had been shelved in 2017 but was re-opened ..."
_MEMBER = r"(?:(?:den|die|der|dem|des|das|the)\s+)?[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?"
_LIST = re.compile(rf"{_MEMBER}(?:,\s{_MEMBER})*,?\s(?:und|and|sowie|oder|or)\s{_MEMBER}")
_SUCH_AS = re.compile(
    r"\b(?:wie|such as|including|darunter|etwa)\s+(?P<a>(?:[a-zäöü]\w+\s)?[A-ZÄÖÜ]?\w+(?:\s\w+)?)\s+"
    r"(?:und|and)\s+(?P<b>(?:[a-zäöü]\w+\s)?[A-ZÄÖÜ]\w+)"
)


def has_anchor(text: str, language: str) -> bool:
    return bool(parse_quantities(text, language) or find_entities(text, language))


# A line of a listing that opens with a day's date ("June 9 – Tulsa, OK @ BOK Center", "9. Juni: Wien"):
# an entry, not a heading.
LISTED_DATE = re.compile(r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}\b|\d{1,2}\. ?"
                          r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                          r"Dezember)\b)\s*[-–—:,]")


# "im dritten der fünf angesetzten Duelle", "the second of three scheduled games": the count of the whole
# is a fact of its own (five duels were scheduled), the clause is about the one it picks.
_PARTITIVE_NUMBER = rf"(?:\d{{1,3}}|{'|'.join(w for w, n in NUMBER_WORDS.items() if n >= 2)})"
_PARTITIVE = {
    "de": re.compile(rf"\b(?:{'|'.join(w for w in ORDINAL_WORDS if w.endswith('ten'))}|letzten)\s+der\s+"
                     rf"(?P<count>{_PARTITIVE_NUMBER}\s+(?:[a-zäöü][\w-]*\s+){{0,2}}(?P<noun>[A-ZÄÖÜ][\w-]*))"),
    "en": re.compile(rf"\b(?:{'|'.join(w for w in ORDINAL_WORDS if not w.endswith('ten'))}|last)\s+of\s+(?:the\s+)?"
                     rf"(?P<count>{_PARTITIVE_NUMBER}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*s))\b"),
}
# "der gesamten Sozialausgaben (73,6 Milliarden Euro, Stand 2015)": a value in parentheses after a noun (not a
# figure's other unit, "$19.1m (£9.9m)", nor a score's tie-break, "7-6 (5)").
_PAREN_VALUE = re.compile(r"(?<=\s)(?P<word>[^\W\d][^\s\d]*)\s+\((?P<value>[$€£]?\d[^()]*)\)")


def _partitive(part: str, language: str) -> list[str]:
    """ "im dritten der fünf angesetzten Duelle" -> the clause with "im dritten der Duelle", and "der fünf
    angesetzten Duelle"."""
    m = _PARTITIVE[language].search(part) if language in _PARTITIVE else None
    if not m:
        return [part]
    rest = f"{part[:m.start('count')]}{m.group('noun')}{part[m.end('count'):]}"
    return [rest, f"{'der' if language == 'de' else 'the'} {m.group('count')}"]


# "GPA-djp-Chef Wolfgang Katzian (SPÖ)", "Innenministerin Johanna Mikl-Leitner (ÖVP)": a person's party in parentheses.
_PAREN_PARTY = re.compile(r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){1,2})\s+\((?P<party>[A-ZÄÖÜ][A-ZÄÖÜa-zäöü/-]{1,6})\)")


def _paren_values(text: str, language: str) -> tuple[str, list[str]]:
    values = []
    for m in reversed(list(_PAREN_PARTY.finditer(text))):
        name = " ".join(m.group("name").split()[-2:])  # "GPA-djp-Chef Wolfgang Katzian": the last two words
        if sum(c.isupper() for c in m.group("party")) >= 2 and may_be_person(name):
            # the person's party, a claim of its own
            values.append(f"{name} ist Mitglied der {m.group('party')}" if language == "de"
                          else f"{name} is a member of {m.group('party')}")
            text = f"{text[:m.end('name')]}{text[m.end():]}"
    for m in reversed(list(_PAREN_VALUE.finditer(text))):
        figures = parse_quantities(m.group("value"), language)
        before = text[:m.end("word")]
        tokens = before.split()
        at = next((k for k in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1)
                   if tokens[k].lower() in DETERMINERS), None) if language == "de" else None
        noun = " ".join(tokens[at:]) if at is not None else _noun_phrase_before(before, language)
        if re.fullmatch(r"\d{1,3}", m.group("value")) and (team := _trailing_name(before)) and len(team.split()) <= 3:
            # "mit Leicester City (76)", "von Manchester City (64)": a bare number after a name, its points in a
            # table (or a person's age), a claim of its own
            values.append(f"{team} ({m.group('value')})")
            text = f"{before}{text[m.end():]}"
            continue
        if not noun or not any(q.unit not in ("date", "#", "ordinal", "") for q in figures) \
                or any(before.endswith(q.text) for q in parse_quantities(before[-60:], language)):
            continue  # "$19.1m (£9.9m)", "eine Million Dollar (901.710 Euro)": one figure in two units
        values.append(f"{noun} ({m.group('value')})")  # the noun and its value, as written
        text = f"{before}{text[m.end():]}"
    return text, values


def split_clauses(sentence: str, language: str, main: str | None) -> list[str]:
    """The sentence's atomic clauses, each still to be made self-contained."""
    text = sentence.rstrip(" .")
    if LISTED_DATE.match(text):
        return [text]  # "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre": one entry
    asides: list[str] = []
    for paren in reversed(list(_PAREN_ASIDE.finditer(text))):
        # "Vodafone (Name bislang noch nicht bekannt)": an aside in words, not a figure's other unit
        asides.append(paren.group(1))
        text = f"{text[:paren.start()]}{text[paren.end():]}"
    text, values = _paren_values(text, language)
    asides.extend(values)
    while (dash := _DASH_ASIDE.search(text)) and len(dash.group(1).split()) <= 10:
        # "The first two infected patients - still in quarantine - resulted in 46 ...": the aside between
        # two dashes is a piece of its own, the sentence goes on around it
        asides.append(dash.group(1))
        text = f"{text[:dash.start()]} {text[dash.end():]}"
    parts = [_LEADING_CONNECTOR.sub("", p.strip(" ,;")).strip()
             for p in [*_CLAUSE_SPLIT.split(text), *asides] for p in _breakdown(p)
             for p in _measure_attributes(p, language) for p in _participle_attributes(p, language)
             for p in _fronted_phrase(p, language) for p in _reduced_relative(p, language)
             for p in _partitive(p, language)]
    out: list[str] = []
    for part in filter(None, parts):
        if DATELINE.match(part):
            out.append(part)  # "SEATTLE, March 10, 2026": one unit, dropped as a dateline later
            continue
        if _closing_and(part, language):
            # "from SunExpress, Air Astana and a third undisclosed buyer": neither the list's commas nor its
            # last "and" open a clause of their own; the list is split into its members later (atomise)
            out.extend(split_counts(part, language))
            continue
        for side in split_side_clauses(part, language):
            if side != part and _closing_and(side, language):
                out.extend(split_counts(side, language))
                continue
            for piece in _split_commas(side, language, main):
                for part in _split_and(piece, language, main):
                    out.extend(split_counts(part, language))
    return [c for c in out if c]


# What goes with a count taken out of a clause: its preposition, and a coordinating word before it.
_COUNT_PREFIX = re.compile(rf"(?:^|\s+(?:(?:und|and|sowie|oder|or)\s+)?)(?:(?:{'|'.join(sorted(_PREPOSITIONS))})\s+)?$")
_DANGLING_AND = re.compile(r"^[\s,]*(?:(?:und|and|sowie|oder|or)\s+)?")


def split_counts(clause: str, language: str) -> list[str]:
    """ "beschäftigt 41.000 Menschen an 58 Standorten in 31 Ländern": one claim per count of a
    different thing, the other counts (with their preposition) left out. A change and a level, or
    one amount in two currencies, are not counts and stay together."""
    if len(re.findall(r"\d+", clause)) < 2 or language == "de" and re.search(r"\d\s+[a-zäöü]\w*\s+(?:und|oder)\s+\d", clause):
        return [clause]  # "19 vertikalen und 19 horizontalen Linien": one noun, counted in two ways
    inside = [(m.start(), m.end()) for m in re.finditer(r"\([^)]*\)", clause)]
    counts = [q for q in parse_quantities(clause, language)
              if q.unit not in ("%", "date", "ordinal", "") and not re.fullmatch(r"[A-Z]{3}", q.unit)
              and not q.text[-1:].isdigit() and q.text in clause
              and not any(a <= clause.find(q.text) < b for a, b in inside)]  # "(für 2 Stunden eingeweicht)"
    # (text, what it counts); "240 x" and "320 Pixel" are one resolution, "240 x 320 Pixel"
    items: list[tuple[str, str]] = []
    for q in counts:
        if items and items[-1][0].endswith((" x", " ×")) and f"{items[-1][0]} {q.text}" in clause:
            items[-1] = (f"{items[-1][0]} {q.text}", q.text.split()[-1])
        else:
            items.append((q.text, q.unit if q.unit != "#" else q.text.split()[-1]))
    if len(items) < 2 or len({key for _, key in items}) < len(items) or any(t.endswith((" x", " ×")) for t, _ in items):
        return [clause]
    out = []
    for keep, _ in items:
        text = clause
        for q_text, _ in items:
            if q_text is not keep:
                # the count with its preposition, and an "und" left dangling before it ("über 100
                # Seminaren und über 500 Top-Speakern" -> "über 100 Seminaren")
                at = text.find(q_text)
                if at < 0:
                    continue
                cut = _COUNT_PREFIX.search(text, 0, at)  # anchored at the count: "und über " before it
                text = text[:cut.start() if cut else at] + text[at + len(q_text):]
                text = _DANGLING_AND.sub("", text)
        out.append(re.sub(r"\s{2,}", " ", text).strip())
    if any(piece.split()[-1].lower() in DETERMINERS | {"both", "beide", "beiden"} for piece in out if piece):
        return [clause]  # "on both a 512GB and 1TB model": the count was part of a phrase, not a fact of its own
    return out


_COLON = re.compile(r":\s+")
_BREAKDOWN_SPLIT = re.compile(r",\s+(?:and\s+|und\s+)?|\s+(?:and|und|sowie)\s+")
_OPENS_WITH_NUMBER = re.compile(rf"^(?:\d|(?i:{trie_pattern([w for w, n in NUMBER_WORDS.items() if n >= 2])})\b)")


# After a measure, an inflected adjective and its noun: "eine Milliarde Euro teuren Anlage", "bis zu 100
# Millionen Grad heißem Wasserstoffplasma", "300 Meter hohen Turm".
_MEASURE_ADJECTIVE = re.compile(r"\s+(?P<adj>[a-zäöü][a-zäöüß]+(?:e|en|er|es|em))\s+(?P<noun>[A-ZÄÖÜ][\w-]+)")


def _measure_attributes(part: str, language: str) -> list[str]:
    """German: a measure standing as an adjective attribute is a fact of its own ("In der eine Milliarde
    Euro teuren Anlage wollen Forscher ...": the plant cost a billion euros). The clause goes on without
    it ("In der Anlage wollen Forscher ..."), the measure is a claim with its noun. Not a count of the
    noun itself ("41.000 feste Mitarbeiter"): the measure ends with its unit."""
    if language != "de":
        return [part]
    out: list[str] = []
    for q in parse_quantities(part, language):
        figure = re.sub(r"^.*\b(?:die|der|den|dem|das)\s+", "", q.text)  # "über die 300 Meter": a preposition
        at = part.find(figure)
        last = figure.split()[-1]
        if q.unit == "date" or at < 0 or not (last[:1].isupper() or not last[:1].isalnum()) \
                or not re.search(r"\d|Million|Milliard|Billion", figure):  # not "zum achten Quartal in Folge"
            continue
        m = _MEASURE_ADJECTIVE.match(part, at + len(figure))
        # not a verb ("Vor knapp zwei Wochen stellten Microsoft ..."), not a superlative ("das mit über
        # einer Billion Parametern leistungsstärkste Sprachmodell": the figure is no measure of "stark")
        if not m or m.group("adj") in stopwords(language) or looks_like_verb(m.group("adj"), language) \
                or re.search(r"st(?:e|en|er|es|em)$", m.group("adj")):
            continue
        out.append(f"{figure} {m.group('adj')} {m.group('noun')}")
        part = f"{part[:at]}{part[m.start('noun'):]}"
    return [part, *out] if out else [part]


# A German extended participle attribute: an article, what the participle says (a phrase with a
# preposition, a figure or a dative), the participle, the noun ("des ursprünglich aus China stammenden
# Go", "dem der APA vorliegenden Stabilitätsprogramm", "der eine Milliarde Euro teuren Anlage").
_ATTRIBUTE = re.compile(
    r"\b(?P<art>der|die|das|des|dem|den)\s+(?P<mods>(?:[\w.-]+\s+){1,6}?)"
    r"(?P<part>[a-zäöü][a-zäöüß]+(?:e|en|er|es|em))\s+(?P<noun>[A-ZÄÖÜ][\w-]+)")
_ATTRIBUTE_CUE = re.compile(r"\b(?:aus|in|im|nach|von|vom|für|mit|bei|auf|an|am|seit|über|unter|der|dem|ins)\b|\d")


def _participle_attributes(part: str, language: str) -> list[str]:
    """ "Die Regeln des ursprünglich aus China stammenden Go sind relativ einfach" -> the clause and "des
    ursprünglich aus China stammenden Go": the attribute is a fact of its own. (The clause keeps it:
    taken out, one more claim on the held half of the corpus missed its gold.)"""
    if language != "de":
        return [part]
    out: list[str] = []
    for m in _ATTRIBUTE.finditer(part):
        candidates = [m]  # and the articles inside it: "die Versorgung der im Vorjahr ... gekommenen Flüchtlinge"
        while (nested := _ATTRIBUTE.search(part, candidates[-1].start() + 1, m.end())) and nested.end() == m.end():
            candidates.append(nested)
        for c in reversed(candidates):
            if _is_attribute(c, language):
                out.append(c.group())
                break
    if not out:
        return [part]
    return [part, *out]


def _is_attribute(m: re.Match[str], language: str) -> bool:
    mods = m.group("mods").split()
    participle = m.group("part")
    figure = bool(parse_quantities(m.group("mods"), language))
    if len(mods) < 2 or not mods[0][:1].islower() or not (figure or _ATTRIBUTE_CUE.search(m.group("mods"))) \
            or participle in stopwords(language) or any(looks_like_verb(w, language) for w in mods):
        return False
    # a participle ("stammenden", "vorliegenden", "gekommenen"), or an adjective after a figure ("eine
    # Milliarde Euro teuren")
    return lemma(participle, "de") != participle or figure


# A concessive or causal phrase before the verb ("Trotz der uneinholbaren 3:0-Führung von AlphaGo geht
# das Match weiter", "Despite a 3-0 lead, the match goes on"): with a figure, a fact of its own.
_FRONTED = re.compile(r"^(?:Trotz|Wegen|Dank|Angesichts|Despite|Amid|Thanks to|Due to|Bei|Mit|With)\s")
# "Bei über 70 Mio. Versicherten erreichen die Konzepte nicht einmal die Hälfte ...", "Mit mehr als 18 Jahren
# Erfahrung unterstützen wir mehr als 500 Kunden": a fact of its own only when the clause has a figure too.
_FRONTED_WITH = re.compile(r"^(?:Bei|Mit|With)\s")


def _fronted_phrase(part: str, language: str) -> list[str]:
    if not _FRONTED.match(part):
        return [part]
    tokens = part.split()
    for k in range(2, min(len(tokens) - 2, 12)):
        if tokens[k - 1].endswith(",") and not re.fullmatch(r"\d{4},?", tokens[k]):  # not "On Nov. 15, 2019, ..."
            phrase, rest = " ".join(tokens[:k]).rstrip(","), " ".join(tokens[k:])
            break
        if language == "de" and looks_like_verb(tokens[k], language):
            phrase, rest = " ".join(tokens[:k]), " ".join(tokens[k:])
            break
    else:
        return [part]
    if not any(q.unit != "date" for q in parse_quantities(phrase, language)):
        return [part]
    if _FRONTED_WITH.match(part) and not any(q.unit != "date" for q in parse_quantities(rest, language)):
        return [part]  # "Mit 18 Jahren Erfahrung unterstützen wir ...": the figure is the clause's own fact
    return [rest, phrase]


# A noun and a participle with its agent, before the clause's verb: "the SunShot Initiative launched by the
# U.S. government in 2011 aims to ...".
_REDUCED_RELATIVE = re.compile(r"(?P<np>\b(?:[Tt]he|[Aa]|[Aa]n|[A-Z][\w-]*)(?:\s+[\w-]+){0,4}?)\s+"
                               r"(?P<part>[a-z]+(?:ed|en|wn|ne|lt|ht))\s+by\s+(?P<agent>[^,;]+)")
_AGENT_ENDS = {"that", "which", "who", "whom", "whose", "and", "or", "when", "while", "after", "before", "because",
               "as", "if", "since", "although", "though", "where"}


def _reduced_relative(part: str, language: str) -> list[str]:
    """English: a reduced relative clause with its agent is a fact of its own ("the SunShot Initiative
    launched by the U.S. government in 2011 aims to reduce ..." -> "the SunShot Initiative was launched
    by the U.S. government in 2011" and "the SunShot Initiative aims to reduce ..."). The clause's verb
    is the first word after the agent that LemmInflect knows as a finite verb and that follows a noun or
    a number, not an article or an adjective."""
    if language != "en" or " by " not in part:
        return [part]
    m = _REDUCED_RELATIVE.search(part)
    if not m or m.group("np").split()[-1].lower() in _AUX | DETERMINERS | {"be", "been", "being", "get", "got"} \
            or looks_like_verb(m.group("np").split()[-1], language) or not english_verb_lemmas(m.group("part")):
        return [part]  # "was launched by", "could be reduced by": a passive, the clause's own verb
    tokens = m.group("agent").split()
    for k in range(1, len(tokens)):
        word = tokens[k]
        if tokens[k - 1].lower() in _AGENT_ENDS or word.lower() in _AGENT_ENDS:
            break  # "organized by Spanish fans that fired up the crowd", "... when X won": not the clause's verb
        lemmas = english_lemmas(word)
        finite = english_finite(word)
        if "NOUN" in lemmas and not (k + 1 < len(tokens) and tokens[k + 1].lower() in DETERMINERS | {"to"}) \
                or "ADJ" in lemmas or "ADV" in lemmas or tokens[k - 1].lower() in _PREPOSITIONS:
            finite = False  # "Spanish fans that ...": a noun ("aims to reduce": a verb); "for further ..."
        if finite and tokens[k + 1:k + 2] == ["by"]:
            break  # "... industry represented by the acquisition spree": another participle, no verb
        if finite and word.islower() and tokens[k - 1].lower() not in DETERMINERS and "ADJ" not in english_lemmas(tokens[k - 1]):
            agent, rest = " ".join(tokens[:k]), " ".join(tokens[k:]) + part[m.end("agent"):]
            np, participle = m.group("np"), m.group("part")
            if np.split()[-1].endswith("ly") and len(np.split()) > 1:  # "Data previously collected by ..."
                np, participle = np.rsplit(" ", 1)[0], f"{np.split()[-1]} {participle}"
            be = "were" if np.split()[-1].endswith("s") and not np.split()[-1].endswith("ss") else "was"
            return [f"{part[:m.end('np')]} {rest}", f"{np} {be} {participle} by {agent}"]
    return [part]


def _breakdown(part: str) -> list[str]:
    """ "five 787 sales this week: two to Biman Bangladesh Airlines and three to the Ghanaian
    government": the total, then each share after the colon with the total as its context."""
    m = _COLON.search(part)
    if not m or len(words(part[:m.start()])) < 4:
        return [part]
    left, right = part[:m.start()], part[m.end():]
    members = [x for x in _BREAKDOWN_SPLIT.split(right) if x.strip()]
    if len(members) >= 2 and all(_OPENS_WITH_NUMBER.match(x) for x in members):
        return [left, *(f"{left}: {x}" for x in members)]
    if right[:1].islower() and _has_verb(left, "de") | _has_verb(left, "en") and not _OPENS_WITH_NUMBER.match(right):
        return [left, right]  # "... getestet werden: entscheidende Schritte auf dem Weg ...": a comment on it
    return [part]


# Words that open a comma-bounded side clause. Relative pronouns keep their antecedent; conjunctions
# are dropped from the claim ("after he was hauled out ..." -> "he was hauled out ..."). Ambiguous
# ones ("as", "since", "da", "als": also prepositions) are left out.
_RELATIVE_WORDS = {"en": {"which", "who", "whose", "whom"},
                   "de": {"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche",
                          "welches", "welchem", "welchen"}}
_CONJUNCTIONS = {"en": {"but", "yet", "while", "whereas", "although", "though", "because", "after", "before",
                        "when", "until"},
                 "de": {"aber", "doch", "jedoch", "sondern", "nachdem", "weil", "obwohl", "bevor", "während",
                        "sodass", "wobei", "wohingegen"}}
# Participles that attribute or qualify rather than add a fact ("according to", "following the
# crash") stay with their clause.
_KEEP_PARTICIPLES = {"according", "following", "excluding", "regarding", "concerning", "depending", "beginning",
                     "starting", "ending", "notwithstanding", "assuming", "citing", "saying", "adding", "noting"}
_SEGMENT = re.compile(r",\s+(?![^(]*\))(?!\d{4}\b)(?!\d{1,2}[-:]\d{1,2}\b)")  # not inside parentheses, not before a year ("20 May, 2000")


# Conjunctions that open a subordinate clause without a comma before them ("... in May after he was
# hauled out of the embassy"); "since", "as" and "als" are also prepositions and comparisons.
_INLINE_CONJUNCTIONS = {"en": re.compile(r"\s(?:because|after|before|while|when|although|whereas|until)\s"),
                        "de": re.compile(r"\s(?:weil|nachdem|während|obwohl|bevor|sodass)\s")}


_NAME_WHICH = re.compile(r"(?<=[a-z])\s+(which|who)\s+")  # (the word before is checked to end a name)


def _dated(text: str, language: str) -> bool:
    """A figure or a year of its own."""
    return bool(parse_quantities(text, language)) or bool(re.search(r"\b(?:1[89]|20)\d\d\b", text))


# "Cragg won in 7:39.89 as Bekele battled to second in 7:41.42": "as" before a name and its verb, with a
# figure on each side, joins two facts ("as" is also a preposition and a comparison: only so).
_AS_CLAUSE = re.compile(r"\s+as\s+(?=[A-Z])")


def _split_inline(clause: str, language: str) -> list[str]:
    """ "The case was dropped in 2017 because the officials were not able to proceed": the clause
    after the conjunction is a claim of its own when it has a subject and a verb (English: a verb among
    its first words, "after a review of the evidence" has none; German: it ends with its verb)."""
    if language == "en":
        for m in _AS_CLAUSE.finditer(clause):
            left, right = clause[:m.start()], clause[m.end():]
            if _named_subject_verb(right, language) and _dated(left, language) and _dated(right, language) \
                    and any(english_finite(t) for t in left.split()[1:]):
                return [left, *_split_inline(right, language)]
    if language == "en" and (" which " in clause or " who " in clause):
        for m in _NAME_WHICH.finditer(clause):
            # "... at the European Indoors which take place on 5 6 March": a relative clause after a name says
            # something of its own about it, with or without a comma
            name = _trailing_name(clause[:m.start()])
            rest = clause[m.end():].split()
            if name and len(words(clause[:m.start()])) >= 4 and len(rest) >= 3 and rest[0].isalpha() \
                    and rest[0].islower() and rest[0] not in DETERMINERS | _PREPOSITIONS:
                return [clause[:m.start()], *_split_inline(f"{name}, {m.group(1)} {' '.join(rest)}", language)]
    pattern = _INLINE_CONJUNCTIONS.get(language)
    for m in pattern.finditer(clause) if pattern else ():
        # "... in Tays' vehicle and while searching the car, ...": the "and" before the conjunction goes
        left, right = re.sub(r"[\s,]+(?:and|und|or|oder)$", "", clause[:m.start()]), clause[m.end():]
        tokens = right.split()
        if len(words(left)) < 4 or len(tokens) < 3 or tokens[0].lower() in _PREPOSITIONS:
            continue
        if language == "en" and m.group().strip() in ("after", "before") and left.split() \
                and (looks_like_verb(left.split()[-1], language) or _irregular_past(left.split()[-1])) \
                and not _named_subject_verb(right, language):
            continue  # "Eichel went after Eriksson Ek and threw punches": a verb's particle, no conjunction
        if language == "en" and tokens[0].endswith("ing") and (_dated(left, language) and _dated(right, language)
                                                               or len(tokens) >= 4 and _has_verb(left, language)):
            return [left, *_split_inline(right, language)]  # "... for seven years after seeking refuge ... in 2012"
        if language == "en" and (looks_like_verb(tokens[0], language)
                                 or not any(looks_like_verb(w, language) for w in tokens[1:10])):
            continue  # "after taking $11.2m", "after a review of the evidence"
        if language == "de" and not looks_like_verb(tokens[-1].strip(".,;"), language):
            continue
        return [left, *_split_inline(right, language)]
    return [clause]


def split_side_clauses(clause: str, language: str) -> list[str]:
    """Side clauses set off by commas, or opened by a conjunction, each returned as a claim of its own
    after the main clause."""
    segments = _SEGMENT.split(clause)
    if len(segments) < 2:
        return _split_inline(clause, language)
    main: list[str] = [segments[0]]
    side: list[str] = []
    nested: set[int] = set()  # the side clauses opened by a conjunction: they may hold side clauses again
    rel, conj = _RELATIVE_WORDS.get(language, set()), _CONJUNCTIONS.get(language, set())
    i = 1
    while i < len(segments):
        seg = segments[i]
        first = seg.split(maxsplit=1)[0] if seg.strip() else ""
        low = first.lower()
        head = ", ".join(main)
        continues = i + 1 < len(segments) and _opens_with_verb(segments[i + 1], language)
        if low in rel and _noun_phrase_before(head, language) and (not _article_not_pronoun(seg, language) or seg.split()[-1] in _AUX) \
                and (language != "de" or looks_like_verb(seg.split()[-1], language) and not _ZU_INFINITIVE.search(seg)):
            antecedent = _noun_phrase_before(head, language)
            # "Mourinho, who also managed Porto, Real Madrid and Inter Milan, has turned down ...": the
            # list's other members belong to the relative clause when the main clause's verb follows.
            j = i + 1
            while j + 1 < len(segments) and _is_list_rest(segments[j]) and not _opens_with_verb(segments[j], language):
                j += 1
            if j > i + 1 and j < len(segments) and _opens_with_verb(segments[j], language):
                seg = ", ".join(segments[i:j])
                i = j - 1
            side.append(f"{antecedent}, {seg}")  # "the United States, which accuses him of ..."
            if i + 1 < len(segments) and _opens_with_verb(segments[i + 1], language):
                main[-1] = f"{main[-1]} {segments[i + 1]}"  # "Mourinho has turned down ...", no comma
                i += 1
            elif i + 2 == len(segments) and segments[i + 1].split()[0].lower() in _PREPOSITIONS | {"laut", "according"} \
                    and not _has_verb(f"x {segments[i + 1]}", language):
                # "..., die Google vor gut zwei Jahren gekauft hatte, laut Medienberichten für 500 Millionen
                # Dollar": a phrase after a relative clause at the end belongs to it
                side[-1] = f"{side[-1]}, {segments[i + 1]}"
                i += 1
        elif low in conj and len(words(seg)) >= 3:
            side.append(seg.split(maxsplit=1)[1] if len(seg.split()) > 1 else seg)
            nested.add(len(side) - 1)
            if not continues:  # the side clause runs to the end: "X, after Y, and Z" stays with it
                side[-1] = ", ".join([side[-1], *segments[i + 1:]])
                break
        elif language == "en" and (low.endswith("ing") and low not in _KEEP_PARTICIPLES and len(low) > 5
                                   or seg.split()[1:2] == ["by"] and looks_like_verb(low, language)
                                   and _has_verb(head, language)) \
                and first.islower() and len(words(seg)) >= 3:
            # ", making its overall takings ...", ", helped by unspecified research ...": a participle's phrase
            if continues:  # "The Aviator, starring Leonardo DiCaprio, ended up in third ...": the verb follows
                side.append(seg)
                main[-1] = f"{main[-1]} {segments[i + 1]}"
                i += 2
                continue
            side.append(", ".join(segments[i:]))  # ", making its overall takings more than $163m ..."
            break
        elif i == len(segments) - 1 and (ranked := _ranked_figure(head, seg, language)):
            side.append(ranked)  # the clause stays as it is; the rank replaces its figure in a claim of its own
        elif (named := _name_after_description(head, seg, language)) and (
                i + 1 == len(segments) or segments[i + 1][:1].islower()):
            # "... a rescue by its largest shareholder, Japanese technology investment company SoftBank Group
            # Corp, last month": the name a description was given, a claim of its own
            side.append(f"{named[1]} is {named[0]}")
            # the main clause goes on with the name in place of the description: "Adam Neumann indulged in ..."
            cut = main[-1].rfind(named[2])
            if cut >= 0:
                main[-1] = f"{main[-1][:cut]}{named[1]}"
            if i + 1 < len(segments):
                main[-1] = f"{main[-1]} {segments[i + 1]}"
                i += 1
        elif _is_apposition(seg, head, language) and _noun_phrase_before(seg, language) \
                and (_relative_then_predicate(segments, i + 1, language)
                     or language == "en" and i + 2 == len(segments) and _opens_relative(segments[i + 1], language)
                     and _ends_apposition(seg, [], language)):
            # "Fred Hasson, head of Tiga, which represents independent developers, said ...": the apposition,
            # the relative clause about its noun, and the main clause's predicate after both (or nothing:
            # "... said Gary Dunn, development director at Codemasters, which develops games in house")
            side.append(_apposition_claim(_trailing_name(head) or "", seg, language))
            side.append(f"{_noun_phrase_before(seg, language)}, {segments[i + 1]}")
            if i + 2 < len(segments):
                main[-1] = f"{main[-1]} {segments[i + 2]}"
            i += 2
        elif _is_apposition(seg, head, language) and (continues or _predicate_follows(segments, i + 1, language)
                                                      or _ends_apposition(seg, segments[i + 1:], language)):
            name = _trailing_name(head)
            side.append(_apposition_claim(name or "", seg, language))
            if i + 1 < len(segments) and (continues or _predicate_follows(segments, i + 1, language)):
                main[-1] = f"{main[-1]} {segments[i + 1]}"  # "Paul Torrey led the team", no comma left
                i += 1
        else:
            main.append(seg)
        i += 1
    if not side:
        return _split_inline(clause, language)
    # A side clause may hold side clauses of its own ("..., weil die Kommission A nicht zulässt, sondern
    # nur B angekündigt hat").
    return [*_split_inline(", ".join(main), language),
            *(p for k, piece in enumerate(side) for p in (split_side_clauses(piece, language)
                                                          if k in nested and piece != clause
                                                          else _split_inline(piece, language)))]


# A rank set after a figure at the end of a clause: ", the highest takings on that day in box office history",
# ", der höchste Wert seit 2008", ", a record".
_RANK = {"en": re.compile(r"^(?:the|its|their|a|an)\s+(?:(?:\w+\s+){0,2}?(?:[a-z]+est|most|record)\b|record\b)"),
         "de": re.compile(r"^(?:der|die|das|den|ein|eine|einen)\s+(?:\w+\s+){0,1}?"
                          r"(?:[a-zäöü]+ste[nmr]?|Rekord\w*)\b")}


def _ranked_figure(head: str, segment: str, language: str) -> str | None:
    """ "It took $19.1m (£9.9m) on Christmas Day alone, the highest takings on that day in box office
    history": the clause holds one figure and the rank is a fact of its own, stated with the rank in place
    of the figure ("It took the highest takings on that day in box office history on Christmas Day
    alone")."""
    pattern = _RANK.get(language)
    if not pattern or not pattern.match(segment) or _has_verb(f"x {segment}", language):
        return None
    outside = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), head)  # not a figure's other unit in parentheses
    figures = [q for q in parse_quantities(head, language) if q.unit not in ("date", "ordinal")
               and q.text in head and outside[head.find(q.text)] != " "]
    if len(figures) != 1 or figures[0].text not in head:
        return None
    at = head.find(figures[0].text)
    end = at + len(figures[0].text)
    conversion = re.match(r"\s*\([^()]*\d[^()]*\)", head[end:])  # "$19.1m (£9.9m)": the figure's other unit
    if conversion:
        end += conversion.end()
    return f"{head[:at]}{segment}{head[end:]}"


# What may follow an apposition besides the predicate: the end of the clause, or a prepositional phrase
# of the main clause ("Emirates is the number one buyer of the A380, the world's largest airliner, with
# 123 of the planes in its fleet"; "..., said Paul Dergarabedian, president of Exhibitor Relations").
_APPOSITION_ENDS = re.compile(r"^$|^(?:with|mit|in|im|at|am|on|for|für|after|nach|before|vor|since|seit)\s")


def _ends_apposition(segment: str, rest: list[str], language: str) -> bool:
    """An apposition the clause ends with, or that a prepositional phrase follows: it opens with an
    article or a role (", the world's largest airliner", ", president of ..."), in German not with a
    word that opens a relative clause (", das ...")."""
    opener = segment.split()[0]
    if not _APPOSITION_ENDS.match(rest[0] if rest else ""):
        return False
    if language == "de" and opener.lower() in _RELATIVE_WORDS["de"]:
        return False
    return opener.lower() in DETERMINERS or bool(re.fullmatch(ROLE_WORDS, opener)) \
        or len(segment.split()) > 1 and bool(_POSSESSIVE.fullmatch(opener)) \
        or language == "en" and bool(ROLE_AT.match(segment)) and not looks_like_verb(opener, language)


# An English role by where it is held: ", development director at Codemasters", ", head of currency strategy at
# Bank of America" (a few lower-case words, then "at" or "of" and a name).
ROLE_AT = re.compile(r"^(?:[a-z][\w-]*\s+){1,4}(?:at|of)\s+(?:the\s+)?[A-Z]")


# A possessive opening an apposition: ", NASA's associate administrator,", ", Edmunds' executive director,".
_POSSESSIVE = re.compile(r"[A-Z][\w&.-]*(?:['’]s|s['’])")


def _is_list_rest(segment: str) -> bool:
    """A segment that only continues a list of names: "Real Madrid and Inter Milan", "Spain"."""
    tokens = [t for t in segment.split() if t.lower() not in {"and", "und", "or", "oder", "sowie"}]
    return 0 < len(tokens) <= 6 and all(t[:1].isupper() for t in tokens)


def _article_not_pronoun(segment: str, language: str) -> bool:
    """German "die Marktakzeptanz von ...": an article before a common noun, not a relative pronoun
    ("die Google ... gekauft hatte", "der das Spiel dominiert hatte")."""
    tokens = segment.split()
    if language != "de" or len(tokens) < 2:
        return False
    noun = tokens[1].strip(",.;:")
    return noun[:1].isupper() and not any(e.text == noun for e in find_entities(noun, language))


def _predicate_follows(segments: list[str], i: int, language: str) -> bool:
    """After an apposition, the predicate: a lower-case word that is no preposition, article or
    conjunction ("..., became Britain's longest-serving chancellor"; irregular pasts a lemmatiser
    misses)."""
    if i >= len(segments) or not segments[i].strip():
        return False
    first = segments[i].split()[0]
    low = first.lower()
    return first[:1].islower() and low not in _PREPOSITIONS | DETERMINERS | _CONJUNCTIONS.get(language, set()) \
        | _RELATIVE_WORDS.get(language, set()) | {"and", "und", "or", "oder", "with", "mit"}


_POSSESSIVES = {"its", "his", "her", "their", "our"}


def _name_after_description(head: str, segment: str, language: str) -> tuple[str, str, str] | None:
    """English: a clause that ends on a description ("the then UK Home Secretary", "The company's
    founder") and a segment that is only the person it describes, a given name and a surname ("Sajid
    Javid", "Adam Neumann"; not a place: "... in Stuttgart, Germany"): (description, name, the description as
    written)."""
    if language != "en":
        return None
    tokens = segment.split()
    name = _trailing_name(segment)
    if not name or not 1 <= len(tokens) <= 7 or " and " in f" {segment} " or "'" in name or "’" in name \
            or not is_person_name(" ".join(name.split()[:2])) \
            or any(t[:1].islower() and (looks_like_verb(t, language) or t in _PREPOSITIONS) for t in tokens):
        return None
    head_tokens = head.split()
    for k in range(1, min(6, len(head_tokens)) + 1):
        first = head_tokens[-k]
        if first.lower() in DETERMINERS | _POSSESSIVES or _POSSESSIVE.fullmatch(first):
            if looks_like_verb(head_tokens[-1], language) or k == 1:
                return None  # "the", "its" alone
            if head_tokens[-1][:1].isupper() and k == 2:
                continue  # "the NYAG" is a name; "the office of the NYAG" describes
            written = " ".join(head_tokens[-k:])
            description = first.lower() + written[len(first):] if first in ("The", "A", "An") else written
            return description, name, written
        if first.lower() in _PREPOSITIONS and k == 1 or looks_like_verb(first, language):
            return None
    return None


def _opens_relative(segment: str, language: str) -> bool:
    return bool(segment.split()) and segment.split()[0].lower() in _RELATIVE_WORDS.get(language, set())


def _relative_then_predicate(segments: list[str], i: int, language: str) -> bool:
    """A relative clause at ``i`` with the main clause's predicate after it (", which represents
    independent developers, said ...")."""
    return i + 1 < len(segments) and _opens_relative(segments[i], language) \
        and (_opens_with_verb(segments[i + 1], language) or _predicate_follows(segments, i + 1, language))


def _opens_with_verb(text: str, language: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return looks_like_verb(first, language)


def _noun_phrase_before(text: str, language: str) -> str | None:
    """The noun phrase a clause ends with: a name ("... Julian Assange"), or the words back to the
    nearest article ("... to the United States", "... einen Vorsprung von drei Spielen")."""
    tokens = text.split()
    if not tokens:
        return None
    if language == "de" and len(tokens) > 3:
        # "aus dem Stabilitätsprogramm hervor, das ...", "bei der Firma DeepMind entwickelt, die ...": a
        # German relative clause follows the verb's particle or participle; its noun stands before them.
        for k in (1, 2):
            if all(t[:1].islower() and t.isalpha() for t in tokens[-k:]) and tokens[-k - 1][:1].isupper() \
                    and tokens[-k - 1].isalpha():
                return _noun_phrase_before(" ".join(tokens[:-k]), "")
    name = _trailing_name(text)
    if name:
        n = len(name.split())
        if len(tokens) > n and tokens[-n - 1].lower() in DETERMINERS:
            return " ".join(tokens[-n - 1:])
        return name
    for k in range(1, min(7, len(tokens)) + 1):
        if tokens[-k].lower() in DETERMINERS:
            return " ".join(tokens[-k:])
        if tokens[-k].lower() in _PREPOSITIONS and k > 1 and language == "en" and tokens[-1].endswith("s") \
                and not looks_like_verb(tokens[-1], language):
            return " ".join(tokens[-k + 1:])  # "... for legal reserves, which ...": a plural without article
        if tokens[-k].lower() in _PREPOSITIONS or looks_like_verb(tokens[-k], language) \
                and not tokens[-k].endswith("ing"):  # "the American manufacturing giant": a modifier
            return None
    return None


def _is_apposition(segment: str, head: str, language: str) -> bool:
    """", the biggest UK bank by stock market valuation," after a name: a noun phrase with no verb of
    its own, or an age (", 47,")."""
    if not _trailing_name(head) or SPEECH_VERB.search(segment):
        return False  # ", the US military said in a statement": an attribution, not an apposition
    if head.split()[0].lower() in _FRONTED_OPENERS and not _has_verb(head, language):
        return False  # "On Wall Street, the Dow Jones ...": the name after a fronted phrase is the subject
    tokens = segment.split()
    if not tokens or len(tokens) > 12:
        return False
    if re.fullmatch(r"\d{1,3}", segment.strip()):
        return True
    opener = tokens[0].lower()
    possessive = len(tokens) > 1 and bool(_POSSESSIVE.fullmatch(tokens[0]))
    if opener not in DETERMINERS and not possessive and (not tokens[0][:1].islower() or opener in stopwords(language)):
        # ", chancellor of the exchequer,", ", the biggest UK bank,", ", NASA's associate administrator,";
        # not ", it seems,"
        return False
    # A hyphenated word is an adjective, not the apposition's verb ("London-based"); English "an" is an
    # article (", an associate professor of physics, ..."), German "an" a preposition.
    return not any(looks_like_verb(w, language) for w in tokens if "-" not in w) \
        and (opener not in _PREPOSITIONS or language == "en" and opener == "an")


def _apposition_claim(name: str, segment: str, language: str) -> str:
    if re.fullmatch(r"\d{1,3}", segment.strip()):
        return f"{name} ist {segment.strip()} Jahre alt" if language == "de" else f"{name} is {segment.strip()}"
    return f"{name} {'ist' if language == 'de' else 'is'} {segment}"


_TRAILING_NAME = re.compile(r"((?:[A-ZÄÖÜ][\w'-]+\s?){1,3})$")


def _trailing_name(text: str) -> str | None:
    """The proper name a clause ends with ("... Maria Okafor")."""
    m = _TRAILING_NAME.search(text, max(0, len(text) - 120))  # a name of three words is not longer
    return m.group(1).strip() if m else None


def _split_commas(clause: str, language: str, main: str | None) -> list[str]:
    for pattern, check in ((_APPOSITIVE_FIGURE, _both_figures), (_WITH_FIGURE, _clause_before),
                           (_COMPARISON, _both_figures), (_GAPPING, _gapped),
                           (_COMMA_AND, _both_clauses), (_COMMA, _clause_each), (_COMMA, _verb_after_comma),
                           (_COMMA, _gap_after_comma),
                           (_COMMA, _figure_each)):
        for m in pattern.finditer(clause):
            left, right = clause[:m.start()], clause[m.end():]
            if re.search(r"\b\d{1,2}$", left) and re.match(r"\d{4}\b", right):
                continue  # "On Nov. 15, 2019": a date
            if left.split()[-1:] and left.split()[-1].lower() in _AUX:
                continue  # "The car is, at 195 inches, about as long as ...": the predicate goes on after the aside
            verdict = check(left, right, language, clause)
            if verdict:
                if isinstance(verdict, str):
                    right = verdict  # the piece as rewritten: "Elisabeth S. musste operiert werden"
                if pattern is _COMMA_AND and _opens_with_verb(right, language):
                    # "Neumann bought properties ..., borrowed against his stake ..., and had also planned
                    # ...": the verb phrases before the last one are members of the same list
                    return [*_verb_list(left, language), *_split_commas(right, language, main)]
                return [left, *_split_commas(right, language, main)]
    return [clause]


def _verb_list(clause: str, language: str) -> list[str]:
    """English: the members of a list of verb phrases sharing a subject, each after a comma opening with
    a verb in the past of three words or more ("..., borrowed against his own stake in the company")."""
    if language != "en":
        return [clause]
    pieces = re.split(r",\s+(?=[a-z]+\s)", clause)
    if len(pieces) < 2 or not _has_verb(pieces[0], language) \
            or not all(_opens_with_verb(p, language) and len(p.split()) >= 3 and p.split()[0] not in _AUX
                       for p in pieces[1:]):
        return [clause]
    return pieces


def _both_figures(left: str, right: str, language: str, whole: str) -> bool:
    """Each side states a figure: one of the figures of the ``whole`` text lies in it (parsed once,
    not once per comma or "und")."""
    figures = [q.text for q in parse_quantities(whole, language)]
    return any(f in left for f in figures) and any(f in right for f in figures)


# What opens a fronted phrase, not a clause's subject ("After taking ..., X said", "In 2019, ..."): no
# comma split after it.
_FRONTED_OPENERS = {"in", "on", "at", "for", "with", "from", "of", "by", "after", "before", "during", "since", "as",
                    "despite", "although", "though", "while", "when", "if", "because", "once", "until", "unlike",
                    "like"}
# Verbs of saying, English and German ("..., Claure said in the email", "..., sagte die Direktorin").
SPEECH_VERB = re.compile(r"\b(?:said|says|told|added|adds|wrote|writes|noted|explained|explains|commented|comments|"
                         r"stated|recalled|recalls|according|sagte|sagt|erklärte|betonte|meinte|so)\b")


def _clause_each(left: str, right: str, language: str, whole: str) -> bool:
    """ "The S&P 500 was little changed, the Dow fell and the Nasdaq rose": after a full clause, a comma
    before a subject of its own and its verb starts another (English)."""
    if not _opens_clause(right, language):  # the cheap test first: most commas open no clause
        return False
    first, opener = right.split()[0].lower(), left.split()[0].lower().strip("\"“„")
    return len(words(left)) >= 4 and _has_verb(left, language) \
        and (first not in _RELATIVE_WORDS.get(language, set()) or language == "de") \
        and first not in {"a", "an", "i", "we", "you"} \
        and (opener not in _FRONTED_OPENERS and not opener.endswith("ing") or "," in left or language == "de") \
        and not SPEECH_VERB.search(" ".join(right.split()[:5]))  # ", Claure said in the email"


def german_subject_first(clause: str) -> str | None:
    """German: the subject a clause opens with, before its finite verb ("Elisabeth S. hat sich ...", "Die
    Chilenen deklassierten ..."): an article or a name, up to five words, no preposition; None when the
    clause opens with something else ("Im Vorjahr war ...")."""
    tokens = clause.split()
    if not tokens or not (tokens[0][:1].isupper() and tokens[0].lower() not in _PREPOSITIONS | _SUBORDINATORS_DE
                          | _GERMAN_PREPOSITIONS):
        return None
    for k in range(1, min(8, len(tokens))):
        if german_finite(tokens[k]):
            head = tokens[:k]
            if any(t.endswith(",") for t in head) or head[0][:1].isdigit() \
                    or any(t.lower() in _PREPOSITIONS for t in head) and head[0].lower() not in DETERMINERS:
                return None  # "Der Mann aus Gadebusch hatte ...": an article's phrase may hold a preposition
            return " ".join(head)
    return None


def _german_subject_after_verb(clause: str) -> str | None:
    """German: the subject right after the finite verb of a clause that opens with another phrase
    ("Schon nach zwei Tagen sei Rumblr ... aufgegriffen worden"): a name, or an article and its noun."""
    tokens = clause.split()
    for k in range(1, min(9, len(tokens) - 1)):
        if german_finite(tokens[k]):
            after = tokens[k + 1:k + 4]
            if after and after[0].lower() in {"der", "die", "das"} and len(after) > 1 and after[1][:1].isupper():
                return " ".join(after[:2])
            if after and after[0][:1].isupper() and after[0].lower() not in stopwords("de"):
                return after[0]
            return None
    return None


_GAP_AUX = {"ist": "ist", "sind": "ist", "war": "war", "waren": "war", "wurde": "wurde", "wurden": "wurde"}


def _gapped_predicate(left: str, right: str) -> str | None:
    """German: "Luisao und Lopez sind verletzt, Jardel gesperrt" -> "Jardel ist gesperrt": after a clause
    that ends on its auxiliary and a participle or adjective, a name and another such word leave the
    auxiliary out."""
    tokens, ahead = right.split(), left.split()
    if not 2 <= len(tokens) <= 4 or len(ahead) < 3 or ahead[-2] not in _GAP_AUX or not ahead[-1][:1].islower() \
            or not all(t[:1].isupper() for t in tokens[:-1]) or not tokens[-1][:1].islower() \
            or tokens[-1].lower() in stopwords("de") or tokens[0].lower() in DETERMINERS:
        return None
    return f"{' '.join(tokens[:-1])} {_GAP_AUX[ahead[-2]]} {tokens[-1]}"


def _gap_after_comma(left: str, right: str, language: str, whole: str) -> str | None:
    """German: the gapped piece with its auxiliary put back ("Jardel ist gesperrt")."""
    return _gapped_predicate(left, right) if language == "de" else None


def _verb_after_comma(left: str, right: str, language: str, whole: str) -> str | None:
    """German: "..., musste operiert werden": a finite verb opens the piece, its subject is the left's
    (returned with it: "Elisabeth S. musste operiert werden"); not "..., sagte der Kommentator", "..., gab
    Katzian zu bedenken"."""
    tokens = right.split()
    if language != "de" or len(tokens) < 2 or not german_finite(tokens[0]) \
            or tokens[0].lower().strip(",") in _KONJUNKTIV or SPEECH_VERB.match(tokens[0]) \
            or not tokens[1][:1].islower() or tokens[1].lower() in DETERMINERS:
        return None
    subject = german_subject_first(left)
    return f"{subject} {right}" if subject else None


def _clause_before(left: str, right: str, language: str, whole: str) -> bool:
    return len(words(left)) >= 4 and _has_verb(left, language)


def _figure_each(left: str, right: str, language: str, whole: str) -> bool:
    """Each side of the comma states a figure of its own ("1,90 Euro, für Kinder 1,10 Euro"), the
    right side a short one (a long one is a clause the other rules judge)."""
    # not "fell 102.2 points, or 0.36%, to 27,934.02": one change stated two ways, and the level it came to
    return len(words(right)) <= 10 and _both_figures(left, right, language, whole) \
        and not re.match(r"\s*(?:\(|according|laut|so\b|(?:or|oder|to|auf)\s+[\d$€£])", right) \
        and not _opens_with_verb(right, language)


def _gapped(left: str, right: str, language: str, whole: str) -> bool:
    """", das Segment Energietechnik 1,22 Milliarden Euro": a short tail that repeats the left side's
    shape with new values and no verb of its own."""
    return len(right.split()) <= 6 and has_anchor(left, language) and has_anchor(right, language) \
        and not any(w in EN_FINITE for w in right.split())


def _both_clauses(left: str, right: str, language: str, whole: str) -> bool:
    return len(words(left)) >= 4 and len(words(right)) >= 5


_ZU_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+en$")


def _named_subject_verb(text: str, language: str) -> bool:
    """A clause that opens with a name and its verb ("the Nasdaq rose", "Diego Schwartzman defeated
    ..."): an article, capitalised words, then a lower-case verb."""
    tokens = text.split()
    i = 1 if tokens and tokens[0].lower() in DETERMINERS else 0
    j = i
    while j < len(tokens) and (tokens[j][:1].isupper() or j > i and tokens[j] in ("and", "und")
                               and j + 1 < len(tokens) and tokens[j + 1][:1].isupper()):
        if tokens[j].endswith((",", "”", '"', "’")):
            return False  # '... trade concerns and Hong Kong," said ...': the name ends a quotation
        j += 1  # "Mikhail Kukushkin and Alexander Bublik defeated ...": two names, one verb
    return i < j < len(tokens) and (language == "en" or j - i >= 2) and tokens[j][:1].islower() \
        and (looks_like_verb(tokens[j].strip(",.;"), language) or language == "en" and english_finite(tokens[j].strip(",.;")))


def _closing_and(clause: str, language: str) -> bool:
    """The clause's one "and" closes the list of three or more it ends with ("A, B and C")."""
    ands = list(_AND.finditer(clause))
    last = clause[ands[0].end():].split() if len(ands) == 1 else []
    if len(ands) != 1 or "," not in clause[:ands[0].start()] or "," in " ".join(last) \
            or any(a[:1].isupper() and looks_like_verb(b, language) for a, b in zip(last, last[1:])):
        return False  # a name and its verb make the last "member" a clause: "..., French duo A and B secured ..."
    return bool(_comma_list(clause, language))


def _shared_noun(left: str, right: str, language: str) -> list[str] | None:
    """English: two adjectives before one noun ("a larger and longer-range variant of Boeing's
    Dreamliner", "employees in the legal and human resources departments will ..."): one clause per
    adjective, each with the noun and the rest. The first adjective stands after an article or a
    possessive (not "the car was red and ..."), and LemmInflect knows it as an adjective, not a verb."""
    before, _, adjective = left.rpartition(" ")
    if language != "en" or not before or not adjective.islower():
        return None
    lemmas = english_lemmas(adjective)
    if "ADJ" not in lemmas or "VERB" in lemmas or before.split()[-1].lower() not in DETERMINERS:
        return None
    tokens = right.split()
    k = 0  # the noun phrase after "and" runs to its noun: the last word before a function word or a verb
    while k < len(tokens) and tokens[k][:1].islower() and (tokens[k].isalpha() or "-" in tokens[k]) \
            and tokens[k].lower() not in stopwords(language) \
            and not (k and looks_like_verb(tokens[k], language) and not tokens[k - 1].endswith("ly")):
        k += 1  # "sparsely populated region": a participle after an adverb is part of it
    if k < 1 or tokens[0].lower() in DETERMINERS or tokens[k - 1].endswith("ly"):
        return None
    noun, rest = tokens[k - 1], " ".join(tokens[k:])
    first = " ".join(x for x in (left, noun, rest) if x)
    article = before.rsplit(" ", 1)
    if article[-1] in ("a", "an"):  # "an autonomous and sparsely populated region" -> "a sparsely ..."
        article[-1] = "an" if right[:1] in "aeiou" else "a"
    return [first, f"{' '.join(article)} {right}"]


# An English clause that ends on its copula, nothing said after it ("The next BIG challenge is …"); not
# one that ends an embedded question ("figure out what private equity is"). (A German clause may end on
# its verb: "Bosch, der für den Betrieb zuständig ist".)
CUT_AT_COPULA = re.compile(r"^(?!.*\b(?:what|how|whatever|who|where|when|whether|if|than|as)\b)"
                           r".*\s(?:is|are|was|were)[\s.…]*$", re.IGNORECASE)
_CONSEQUENCE = {"somit", "damit", "folglich", "thus", "hence", "therefore", "thereby"}


# An English subject and its modal before a bare verb ("Clipper will orbit", "The bank could not pay").
_MODAL_HEAD = re.compile(r"^(?P<head>.*?\b(?:will|would|can|could|may|might|must|should|shall)(?:\s+not|\s+also)?)"
                         r"\s+(?P<verb>[a-z]+)\b")


_GERMAN_FINITE_AUX = _AUX - {"is", "are", "was", "were", "has", "have", "had"} | {
    "soll", "sollen", "will", "wollen", "kann", "können", "muss", "müssen", "darf", "dürfen", "möchte", "möchten"}


_PERFECT_AUX = {"hat", "hatte", "haben", "hatten", "ist", "war", "sind", "waren", "wurde", "wurden"}


def _shared_auxiliary(left: str, right: str, language: str) -> str | None:
    """German: "Der Mann hatte angekündigt, ein Heim anzuzünden, und Parolen veröffentlicht" -> "Der Mann
    hatte Parolen veröffentlicht": after "und", an object and a past participle with no finite verb take the
    auxiliary and the subject of the clause before."""
    tokens = right.split()
    last = tokens[-1].strip(".,;").lower() if tokens else ""
    if language != "de" or not 2 <= len(tokens) <= 8 or not looks_like_verb(last, language) \
            or last.endswith("en") and not _GERMAN_PARTICIPLE.match(last) or any(german_finite(t) for t in tokens[:-1]):
        return None  # ("veröffentlicht", "aufgegriffen": a participle; not an infinitive)
    aux = next((t for t in left.split() if t in _PERFECT_AUX), None)
    subject = german_subject_first(left) or _german_subject_after_verb(left)
    return f"{subject} {aux} {right}" if aux and subject else None


def _shared_predicate(left: str, right: str, language: str) -> tuple[str, str] | None:
    """German: "Danach werden auch T-Mobile und Vodafone das Gerät anbieten": two names joined by "und",
    then no finite verb, only the infinitive or participle the left side's auxiliary governs, at the end:
    one clause per name. None when the sentence is not of this shape."""
    if language != "de" or not any(t in _GERMAN_FINITE_AUX for t in left.split()):
        return None
    tokens = right.split(", ")[0].split()
    verbs = [k for k, t in enumerate(tokens) if looks_like_verb(t.strip("“”\"„«»,.;"), language)]
    if verbs != [len(tokens) - 1] or len(tokens) < 3:
        return None
    core = re.sub(r"\s+\([^()]*\)$", "", left)  # "T-Mobile („MDA Touch“)": the name and its aside
    ahead, behind = core.split(), right.split()
    if len(ahead) < 3 or not (ahead[-1][:1].isupper() and behind[0][:1].isupper()) \
            or ahead[-2] not in _GERMAN_FINITE_AUX | {"auch", "nur", "sowohl"}:
        return None
    n = next((k for k, t in enumerate(behind) if not t[:1].isupper()), len(behind))
    if n > 3 or n >= len(behind) - 1:
        return None
    return f"{left} {' '.join(behind[n:])}", f"{' '.join(ahead[:-1])} {right}"


# "..., wie die Staatsanwaltschaft mitteilte": who reported it, after the clause (its verb is not the clause's).
_WIE_TAIL = re.compile(r",\s+(?:wie|so)\s+[^,]{3,100}$")
_GERMAN_PREPOSITIONS = {"neben", "trotz", "wegen", "während", "seit", "gegen", "ohne", "durch", "um", "bis",
                        "zwischen", "hinter", "vor", "nach", "laut", "gemäß", "außer", "samt", "dank", "statt",
                        "anstatt", "innerhalb", "außerhalb", "ab", "entlang", "mit", "bei", "von", "aus", "zu", "in",
                        "an", "auf", "für", "über", "unter", "im", "am", "beim", "vom", "zum", "zur"}


def _coordinated_subjects(clause: str, language: str) -> list[str] | None:
    """German: "Die syrische Opposition und der Westen werfen den Truppen ... vor" -> one clause per
    subject: two phrases joined by "und" open the clause, each an article's or a name's, and the finite
    verb follows the second."""
    tokens = clause.split()
    if language != "de" or "und" not in tokens[1:7]:
        return None
    k = tokens.index("und")
    a = tokens[:k]
    for j in range(k + 2, min(k + 8, len(tokens) - 1)):
        verb = tokens[j].strip(",")
        if german_finite(verb) or _german_infinitive(verb):
            b = tokens[k + 1:j]
            break
        if tokens[j].endswith(","):
            return None
    else:
        return None
    for phrase in (a, b):
        first = phrase[0].lower()
        if not (first in DETERMINERS or phrase[0][:1].isupper() or first[:1].isdigit() or first in NUMBER_WORDS) \
                or any(t.lower() in _GERMAN_PREPOSITIONS or t.endswith(",") or looks_like_verb(t, language)
                       for t in phrase):
            return None  # "Neue Rechenzentren in Brasilien, Frankreich und ...": a list, the list rule's
    if a[0].lower() not in DETERMINERS and not a[0][:1].isupper() or a[0].lower() in _GERMAN_PREPOSITIONS:
        return None  # "Neben den Unsportlichkeiten und den Sanktionen gibt es ...": a phrase, no subject
    predicate = " ".join(tokens[j:])
    return [f"{' '.join(a)} {predicate}", f"{' '.join(b)} {predicate}"]


_COUNT_OR_ARTICLE = {"ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "dem", "des", "zwei", "drei",
                     "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"}


def _coordinated_objects(left: str, right: str, language: str) -> tuple[str, str] | None:
    """German: two noun phrases after the finite verb, each opened by an article or a count ("An Bord waren
    zwei Piloten und ein Ingenieur aus Moldau", "Benfica muss drei Innenverteidiger und den verletzten
    Torhüter Julio Cesar vorgeben"): one clause each, the verb at the end shared. Not after a preposition
    ("zwischen der EU und den USA": one phrase)."""
    if language != "de":
        return None
    ahead = left.split()
    behind = right.split(", ")[0].split()
    for k in (2, 3):  # the left phrase: "zwei Piloten", "die syrische Opposition"
        if len(ahead) <= k + 1 or ahead[-k].lower() not in _COUNT_OR_ARTICLE or not ahead[-1][:1].isupper():
            continue
        before = ahead[:-k]
        if before[-1].lower() in _GERMAN_PREPOSITIONS | _PREPOSITIONS or not any(german_finite(t) for t in before[1:]) \
                or not behind or behind[0].lower() not in _COUNT_OR_ARTICLE \
                or any(german_finite(t) and behind[i - 1].lower() not in _COUNT_OR_ARTICLE
                       for i, t in enumerate(behind[:-1]) if i):  # "den verletzten Torhüter": an adjective
            return None
        verb = behind[-1] if len(behind) > 2 and behind[-1][:1].islower() and looks_like_verb(behind[-1], language) else ""
        return " ".join([*ahead, verb]).strip(), " ".join([*before, *behind])
    return None


def _split_and(clause: str, language: str, main: str | None) -> list[str]:
    """Split "X tat A und tat B" when both sides are clauses, not coordinated noun phrases."""
    subjects = _coordinated_subjects(clause, language)
    if subjects:
        return [p for piece in subjects for p in _split_and(piece, language, main)]
    for m in _AND.finditer(clause):
        left, right = clause[:m.start()], clause[m.end():]
        first = right.split(maxsplit=1)[0] if right.strip() else ""
        if language == "en" and left.split()[-1:] and left.split()[-1].istitle() and first.istitle() \
                and m.group().strip() != "but":
            continue  # "the Securities and Exchange Commission", "Johnson and Corbyn": one name, one subject
        if len(words(left)) < 4 or len(words(right)) < 2 or (first[:1].isdigit() and left[-1:].isdigit()):
            continue  # "die 2015 und 2016 angefallenen Mehrkosten" is one phrase
        low = first.lower()
        if language == "de" and _ZU_INFINITIVE.search(left) and ", " in left \
                and _ZU_INFINITIVE.search(re.split(r"[“”\"]|,\s", right, maxsplit=1)[0]):
            # "fordern, das Ticket zu finanzieren und den Preis stabil zu halten": two demands, each
            # with what precedes the infinitives.
            head = left[:left.rfind(", ")]
            return [left, *_split_and(f"{head}, {right}", language, main)]
        if language == "de" and re.search(r"\d\s+[a-zäöü]\w*$", left):
            continue  # "mit 19 vertikalen und 19 horizontalen Linien": the noun after "und" is the left's too
        if _both_figures(left, right, language, clause) and not _has_verb(_WIE_TAIL.sub("", right), language) \
                and len(words(right)) >= 2:
            return [left, *_split_and(right, language, main)]  # "einen Umsatz von 11,2 Mrd. sowie eine Marge von 9 %"
        shared = _shared_noun(left, right, language)
        if shared:  # "a larger and longer-range variant of ...": one claim per adjective, each with the noun
            return shared
        objects = _coordinated_objects(left, right, language)
        if objects:
            return [objects[0], *_split_and(objects[1], language, main)]
        if low in _CONSEQUENCE:
            # "sicherte sich das dritte Spiel und somit den Gesamtsieg": the consequence is a fact of its own
            # (and a piece without its verb is no claim)
            return [left, *_split_and(right, language, main)]
        if low in _PREPOSITIONS:  # "to the wind farm and to two sites": repeat what precedes the preposition
            at = left.rfind(f" {low} ")
            if at > 0 and len(words(right)) >= 3:
                return [left, *_split_and(left[:at] + " " + right, language, main)]
            continue
        if low in _NOT_VERBS or len(words(right)) < 2:
            continue
        modal = _MODAL_HEAD.search(left) if language == "en" else None
        if modal and low in (english_verb_lemmas(low) or ()) and not looks_like_verb(first, language) \
                and len(words(right)) >= 2 and english_verb_lemmas(modal.group("verb")) \
                and len(words(left[modal.end():])) <= 6:
            # "Clipper will orbit Jupiter but study Europa up close": the modal governs both verbs (near
            # it: not "... could agree to end a trade war as a reason for stocks to drift and bond prices ...")
            return [left, *_split_and(f"{modal.group('head')} {right}", language, main)]
        if low not in DETERMINERS and looks_like_verb(first, language):
            # "... und hat zugelegt", "... and called 911": the left side's subject (a verb and its
            # object may be two words, when the subject is the left side's own)
            subject = subject_of(left, language) or (language == "de" and (german_subject_first(left)
                                                                         or _german_subject_after_verb(left))) \
                or (main if len(words(right)) >= 3 else None)
            if not subject:
                continue
            return [left, *_split_and(f"{subject} {right}", language, main)]
        if len(words(right)) >= 2 and _has_verb(left, language) and _named_subject_verb(right, language):
            return [left, *_split_and(right, language, main)]  # "the Dow fell and the Nasdaq rose"
        if len(words(right)) < 3:
            continue
        by_name = _shared_predicate(left, right, language)
        if by_name is not None:
            return [by_name[0], *_split_and(by_name[1], language, main)]
        shared_aux = _shared_auxiliary(left, right, language)
        if shared_aux:
            return [left.rstrip(" ,"), *_split_and(shared_aux, language, main)]
        if language == "de" and not any(looks_like_verb(t.strip("“”\"„«»,.;"), language) and (k == 0 or seg[k - 1] != "zu")
                                        for seg in [right.split(", ")[0].split()] for k, t in enumerate(seg)):
            # "fordern von Bund und Ländern, das Ticket zu finanzieren", "der Bürgerinnen und Bürger den Preis
            # stabil zu halten": no finite verb before the comma, no clause
            continue
        if len(words(right)) >= 4 and _has_verb(left, language) and (_has_verb(right, language)
                                                                      or _opens_clause(right, language)
                                                                      or _german_second_clause(right, language)):
            return [left, *_split_and(right, language, main)]  # two clauses, each with its own verb
    return [clause]


@lru_cache(maxsize=16_384)
def _german_infinitive(word: str) -> bool:
    """A German word that is its own lemma and an infinitive, so also the finite plural ("unterstützen",
    "erreichen", "sammeln"): simplemma reads its third person or its past as a form of it ("unterstützt",
    "arbeitet", "sammelte"). Adverbs and prepositions in -en are not ("wegen", "oben", "zusammen")."""
    if not word.endswith("n") or len(word) < 4:
        return False
    stem = word[:-2] if word.endswith("en") else word[:-1]
    return any(lemma(form, "de") in (word, word.replace("ß", "ss")) for form in (f"{stem}t", f"{stem}et", f"{stem}te"))


def looks_like_verb(word: str, language: str) -> bool:
    """Without a tagger: a lower-case word whose lemma is an infinitive (German: "stieg" -> "steigen",
    "hat" -> "haben"; adjectives like "autonomes" -> "autonom" are not), or an English finite form."""
    low = word.lower()
    if not word[:1].islower():
        return False
    if low in DETERMINERS or low in stopwords(language) and low not in _AUX:
        return False
    if language == "de":
        base, plain = lemma(low, "de"), low.replace("ß", "ss")  # simplemma writes "ß" as "ss" ("draußen")
        return base not in (low, plain) and base.endswith("n") or low in _AUX \
            or base in (low, plain) and _german_infinitive(low)
    if low in EN_FINITE:
        return True
    verbs = english_verb_lemmas(low)
    if verbs is not None:  # an inflected form of a verb: "rose", "won", "rising"; not "undisclosed", "jets"
        return any(v != low for v in verbs) and not low.endswith("s")
    if low.endswith("ed"):
        return True
    base = lemma(low, "en")  # not a plural, a comparative or a superlative ("largest" -> "large")
    return base != low and not low.endswith(("s", "er", "est"))


def _has_verb(text: str, language: str) -> bool:
    return any(looks_like_verb(w, language) for w in text.split()[1:])


def _german_second_clause(text: str, language: str) -> bool:
    """German text that is a main clause of its own, its verb second after one to three adverbs and its
    subject after the verb ("noch immer nutzen Patienten in Deutschland keine ..."): a lower-case word in
    -en or -t the stop-word list does not hold, followed by a capitalised noun or an article."""
    if language != "de":
        return False
    tokens = text.split()
    for k in range(1, min(4, len(tokens) - 1)):
        verb, after = tokens[k], tokens[k + 1]
        if not all(t.islower() and t.isalpha() for t in tokens[:k]):
            return False
        if verb.islower() and verb.isalpha() and verb.endswith(("en", "t", "te", "ten")) and len(verb) > 3 \
                and verb not in stopwords("de") and (after[:1].isupper() or after.lower() in DETERMINERS):
            return True
    return False


def _opens_clause(text: str, language: str) -> bool:
    """English text that opens with a subject of its own and its verb, an irregular past included:
    "the jury took just 15 minutes ...", "Wikileaks welcomed the move"."""
    tokens = text.split()
    if language == "de":
        return german_v2(tokens)
    if language != "en" or len(tokens) < 4 or not (tokens[0].lower() in DETERMINERS or tokens[0][:1].isupper()):
        return False
    for k, token in enumerate(tokens[1:9], start=1):
        if (looks_like_verb(token, language) or _irregular_past(token)) \
                and not (k == 1 and tokens[0].lower() in DETERMINERS):  # "the embattled company": an adjective
            return True
        if token.lower() in _PREPOSITIONS - {"of"} | {"that", "which", "who", "whose", "where"} \
                or any(c in token for c in "\"“”„«»(") or token.endswith(","):
            return False
    return False


_SUBORDINATORS_DE = {"dass", "weil", "da", "ob", "wenn", "als", "nachdem", "obwohl", "bevor", "während", "damit",
                     "sodass", "wie", "wo", "wobei", "falls", "sofern", "indem", "um", "ohne", "statt", "anstatt",
                     "und", "oder", "aber", "sondern", "denn", "so"}
# A past participle, with a separable prefix or none ("gebrochen", "angekündigt", "aufgegriffen").
_GERMAN_PARTICIPLE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|zusammen|dar|"
                                r"durch|um|über|unter|wieder|statt|teil)?ge\w+(?:t|en|te|ten|tes|ter|tem|tet|ene|enen|"
                                r"ener|enes|enem)$")
# Reported speech: a clause in the subjunctive goes with the verb of saying before it ("..., er habe ...").
_KONJUNKTIV = {"habe", "sei", "seien", "werde", "könne", "müsse", "wolle", "solle", "dürfe", "hätte", "hätten",
               "wäre", "wären", "würde", "würden"}


@lru_cache(maxsize=16_384)
def german_finite(word: str) -> bool:
    """A German finite verb form: an auxiliary or modal, or an inflected form of a verb that is not its
    past participle ("setzte", "gab", "musste"; not "gesperrt", "gebrochen")."""
    low = word.lower().strip(",.;:“”\"„")
    if low in _GERMAN_FINITE_AUX:
        return True
    if low in stopwords("de"):  # "musste", "sollte"; not "einer"
        return lemma(low, "de") in {"müssen", "sollen", "wollen", "können", "dürfen", "mögen", "haben", "sein", "werden"}
    if "zu" in low[2:-3]:
        return False  # "anzuzünden": a zu-infinitive
    base = lemma(low, "de")
    if base in (low, low.replace("ß", "ss")) or not base.endswith("n") or not low[:1].islower():
        return False
    return not _GERMAN_PARTICIPLE.match(low) or base.startswith(("ge", "be", "ver", "er", "zer", "ent", "emp"))


def german_v2(tokens: list[str]) -> bool:
    """German: a main clause, its finite verb second after one phrase ("2014 setzte sich Chelsea durch",
    "dennoch musste sich der Schwede ...", "am Wochenende gab es ..."), not a side clause (verb last,
    opened by "dass", "weil", a relative pronoun)."""
    if len(tokens) < 4 or tokens[0].lower() in _SUBORDINATORS_DE | _RELATIVE_WORDS["de"] - {"der", "die", "das", "den", "dem"} \
            or _ZU_INFINITIVE.search(" ".join(tokens).rstrip(" .,;“”\"")) or german_finite(tokens[0]):
        return False  # "..., die Mehrkosten zu berücksichtigen": an infinitive's phrase; "musste operiert werden":
        # a verb whose subject is elsewhere
    for k in range(1, 5):
        if k + 1 >= len(tokens):
            return False
        if german_finite(tokens[k]):
            if tokens[0].lower() in {"der", "die", "das", "den", "dem"} and k == 1 \
                    or tokens[k].lower().strip(",.") in _KONJUNKTIV \
                    or any(t.lower() in DETERMINERS for t in tokens[:k]) and tokens[k + 1][:1].isupper():
                # "die hatte ...": a relative pronoun; "er habe ...": reported speech; "die 2016 angefallenen
                # Mehrkosten": a participle before its noun
                return False
            return not any(looks_like_verb(t, "de") for t in tokens[:k])
        if tokens[k].endswith(","):
            return False
    return False


def subject_of(clause: str, language: str) -> str | None:
    """The noun phrase a clause opens with ("Die Aktie", "The cloud unit"), if it opens with one, or
    the capitalised words before its verb ("Lee geriet in Zeitnot", "Lee Sedol gab auf")."""
    tokens = clause.split()
    if not tokens:
        return None
    if tokens[0].lower() not in DETERMINERS:
        for k in range(1, min(4, len(tokens))):
            if looks_like_verb(tokens[k], language):
                head = tokens[:k]
                inverted = k + 1 < len(tokens) and tokens[k + 1][:1].isupper()  # "Gleichzeitig expandiert Alibaba"
                if all(t[:1].isupper() and t.isalpha() for t in head) and head[0].lower() not in stopwords(language) \
                        and not inverted:
                    return " ".join(head)
                break
            if not tokens[k][:1].isupper():
                break
        return None
    if language == "en":  # "A family friend found the car ... and called 911": the words before the verb
        for k in range(2, min(6, len(tokens))):
            low = tokens[k].lower()
            if looks_like_verb(tokens[k], language) or (low.isalpha() and not low.endswith("ing")
                                                         and low not in DETERMINERS and lemma(low, "en") != low
                                                         and tokens[k - 1].lower() not in DETERMINERS):
                return " ".join(tokens[:k]) if not any(t.endswith(",") for t in tokens[:k]) else None
    taken = [tokens[0]]
    for w in tokens[1:6]:
        if w.endswith(","):  # "The suspect, Michael Webb, was convicted and ...": the subject ends at the comma
            return " ".join([*taken, w.rstrip(",")]) if w[:1].islower() else None
        if w[:1].isupper() and taken[-1].lower() not in _PREPOSITIONS:  # "Die von IHE entwickelten Standards"
            return " ".join([*taken, w])
        taken.append(w)
    return None


_LIST_CONJUNCTION = re.compile(r"(?:^|\s+)(?:und|and|sowie|oder|or)\s+")  # also after a serial comma: "A, B, and C"


def _comma_list(clause: str, language: str) -> list[str] | None:
    """ "A, B, C und D": one claim per member of a list of three or more, whatever the members are
    ("raise electromobility rates, reduce fine dust by 90%, improve nuclear safety and increase ...";
    "von EU, Bund und mit acht Prozent vom Land ... finanziert"). Without a parser, the first member
    is as long as the shortest middle one (a name: its whole name), the last runs to the next comma
    (in German, without the clause's final verb)."""
    segments = _SEGMENT.split(clause)
    if len(segments) < 2:
        return None
    # segments[1..j-1] are middle members; segments[j] holds "<last middle> und <last> ..."
    for j in range(1, len(segments)):
        conj = _LIST_CONJUNCTION.search(segments[j])
        if not conj:
            continue
        middle = segments[1:j] + ([segments[j][:conj.start()]] if conj.start() else [])
        if not middle:
            continue
        openers = _RELATIVE_WORDS.get(language, set()) | _CONJUNCTIONS.get(language, set()) | \
            {"dass", "damit", "that", "so", "um", "als", "wie", "as", "if", "wenn"}
        counts = all(_OPENS_WITH_NUMBER.match(m.strip()) for m in middle)  # "nine charges of A, six counts of B and ..."
        if any(len(m.split()) > (10 if counts else 6) or not m.strip() or m.split()[0].lower() in _PREPOSITIONS | openers
               for m in middle):
            return None  # members are short, parallel phrases; a clause of its own is no member
        if len(middle) == 1 and not counts and any(looks_like_verb(w, language) for w in middle[0].split()):
            return None  # "A, helped by research and development": one comma and a verb is no list
        if len(middle) == 1 and segments[0].split()[0].lower() in _PREPOSITIONS and not _has_verb(segments[0], language):
            return None  # "In the past, games consoles and in particular handhelds have ...": a fronted phrase, no member
        head_tokens = segments[0].split()
        names = all(m.strip()[:1].isupper() for m in middle)
        name = _trailing_name(segments[0])
        if names and name:
            n = len(name.split())  # "... stars Robert De Niro, Dustin Hoffman and ..."
        else:
            n = min(len(m.split()) for m in middle)
        k = len(head_tokens) - n
        starts = [i for i, t in enumerate(head_tokens) if _OPENS_WITH_NUMBER.match(t)]
        if counts and starts:
            k = starts[-1]  # the first count runs from its number: "faces nine state charges of ..."
        if k > 0 and head_tokens[k - 1].lower() in DETERMINERS and not names:
            k -= 1  # "the war, ..." keeps its article
        if 0 < k < len(head_tokens) - 1 and head_tokens[k].lower() in _PREPOSITIONS:
            k += 1  # "wary of its losses, its business model, and ...": the preposition is shared
        if k <= 0 or (names and all(len(m.split()) == 1 for m in middle) and n == 1
                      and head_tokens[k - 1].lower() in {"of", "für", "for", "und", "and"}):
            return None  # "Ministry of Trade, Industry and Energy" is one name
        first = " ".join(head_tokens[k:])
        prefix = " ".join(head_tokens[:k])
        if names and DATE_WORDS.fullmatch(first) and not all(DATE_WORDS.fullmatch(m.strip()) for m in middle):
            return None  # "on Tuesday, Johnson and Corbyn attacked": a date opens the clause, no list
        last = segments[j][conj.end():]
        tail = ", ".join(segments[j + 1:])
        last_tokens = last.split()
        suffix = ""
        if language == "de" and len(last_tokens) > 1 and looks_like_verb(last_tokens[-1], language):
            suffix, last = last_tokens[-1], " ".join(last_tokens[:-1])
        members = [first, *middle, last]
        if len(members) < 3 or any(m.count("(") != m.count(")") for m in members):
            return None
        out = []
        for member in members:
            text = " ".join(x for x in (prefix, member.strip(), suffix) if x)
            out.append(f"{text}, {tail}" if tail else text)
        return out
    return None


_PLURAL_FINITE = {"have", "are", "were", "had", "remain"}


def _coordinated_subject(clause: str, language: str) -> list[str] | None:
    """ "The war in Iraq and reforms of the health service and education system have provoked dissent":
    one claim per coordinated subject, each with the verb and the rest ("reforms of the education
    system have provoked dissent"). English only, and only before a plural or past verb: "Research and
    development is ..." is one thing."""
    if language != "en" or " and " not in clause:
        return None
    tokens = clause.split()
    for k, token in enumerate(tokens[:14]):
        if k >= 3 and (token in _PLURAL_FINITE or token.endswith("ed") and looks_like_verb(token, language)):
            break
        if token.endswith((",", ";", ":")) and "and" not in tokens[:k] or token.lower() in _NOT_PLURAL_SUBJECT:
            return None
    else:
        return None
    subject, rest = " ".join(tokens[:k]), " ".join(tokens[k:])
    first = tokens[0].lower()
    if " respectively" in rest or not (first in DETERMINERS or first in {"both", "either", "neither"}
                                       or first not in stopwords(language) and tokens[0][:1].isalpha()) \
            or any(w.lower() in _NOT_PLURAL_SUBJECT or w[:1] in "\"“”'‘’(" or w.lower().endswith(("ing", "ed"))
                   or w.lower() == "to" or i and (looks_like_verb(w, language) or _irregular_past(w))
                   for i, w in enumerate(tokens[:k])):
        return None  # the subject is a noun phrase: no verb, no side clause, no quotation inside it
    subject = re.sub(r"^(?i:both|either|neither)\s+", "", subject)
    members = [m.strip() for m in re.split(r",\s+(?:and\s+)?|\s+and\s+", subject)]
    if len(members) < 2 or any(not m or m.endswith(("-", "&")) or m[:1].isdigit() for m in members) \
            or all(m[:1].isupper() and m.split()[0].lower() not in DETERMINERS for m in members) \
            or len(members[0].split()) == 1 and len(members[-1].split()) > 1 \
            or any(m.split()[-1].lower().endswith(_ADJECTIVE_ENDINGS) for m in members[:-1]) or tokens[0].isupper():
        # names are the named lists' (atomise); "Hilly and mountainous areas", "Bank and financial
        # stocks": one word before "and" qualifies the noun after it
        return None
    if any(" of " in f" {a} " and b[:1].isupper() and b.split()[0].lower() not in DETERMINERS
           for a, b in zip(members, members[1:])):
        return None  # "friends of Noel and Thomas": the names belong to "of"
    out = []
    for i, member in enumerate(members):
        shared = re.match(r"^(.*?\bof (?:the\s+)?)", members[i - 1]) if i else None
        if shared and member.split()[0].lower() not in DETERMINERS and member[:1].islower():
            member = shared.group(1) + member  # "reforms of the health service and education system"
        out.append(f"{member} {_agreeing(rest, member)}")
    return out


# "A bevy of active and passive safety features": a member that ends in an adjective qualifies the
# noun after the last one (the common English adjective suffixes).
_ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ic", "ful", "less", "able", "ible", "ary", "ish")
_SINGULAR = {"have": "has", "are": "is", "were": "was", "remain": "remains"}


def _agreeing(predicate: str, subject: str) -> str:
    """The predicate in the singular for a singular subject ("The war in Iraq has provoked ..."): the
    head noun is the last word before a preposition, plural when it ends in -s."""
    head = re.split(r"\s+(?:of|in|at|on|from|for|with|to)\s+", subject)[0].split()[-1]
    verb, _, tail = predicate.partition(" ")
    low = head.lower()
    if verb in _SINGULAR and not (low.endswith("s") and not low.endswith("ss")) and lemma(low, "en") == low:
        return f"{_SINGULAR[verb]} {tail}".rstrip()
    return predicate


def _irregular_past(word: str) -> bool:
    """ "went", "saw", "took": a lower-case word the lemmatiser maps to another one (a stop word, which
    ``looks_like_verb`` leaves out), not a plural or a pronoun ("him" -> "he")."""
    return word.isalpha() and word.islower() and not word.endswith(("s", "er")) and word not in _PRONOUN_FORMS \
        and lemma(word, "en") != word  # (not a comparative: "sent the dollar higher after it had tumbled")


_PRONOUN_FORMS = {"him", "her", "them", "me", "us", "these", "those", "men", "women", "least", "better", "best",
                  "worse", "worst", "more", "most", "less", "fewer", "further", "children", "people"}


_NOT_PLURAL_SUBJECT = {"between", "who", "which", "that", "whether", "if", "said", "says", "as", "while", "when",
                       "because", "how", "where", "what", "like", "including", "i", "you", "we", "my", "our", "your",
                       "it's", "it’s", "that's", "that’s", "there"}
_EXAMPLES_BEFORE = re.compile(r",?\s+(?:wie|such as|including|darunter|unter anderem|among them)\s+$")


_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "there", "this", "that", "these", "those"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "did", "do"}


def _one_word_names(members: list[str], clause: str, start: int, end: int, language: str) -> bool:
    """English: a list of one capitalised word each, inside the clause, names things ("Microsoft, Sony
    and Nintendo", "box office flops Alexander and Catwoman": the dictionary knows "sony", the capital
    tells the name); not where the list continues a name ("Ministry of Trade, Industry and Energy") or a
    capitalised word runs on after it ("Securities and Exchange Commission")."""
    if language != "en" or len(members) < 3 or any(" " in m or not m[:1].isupper() or m.lower() in DETERMINERS | _PRONOUNS for m in members):
        return False
    if any(find_countries(m) for m in members):
        return False  # "Trump and Chinese leader Xi Jinping": an adjective of the next noun
    before, rest = clause[:start].split()[-1:], clause[end:]
    after = rest.split()[0] if rest.split() else ""
    return not (before and (before[0][:1].isupper() or before[0].lower() in {"of", "for", "on", "&"})) \
        and (not after or rest[:1] in ",;:)" or after in _AUX | _MODALS or looks_like_verb(after, language))


# "sowohl Richterin Baczak als auch Verteidiger Prückler anmerken": two members of one phrase; the second runs
# over capitalised words, numbers and articles to the first word in lower case.
_BOTH_AND = re.compile(r"\b(?:[Ss]owohl)\s+(?P<a>[^,]+?)\s+als auch\s+"
                       r"(?P<b>(?:(?:der|die|das|den|dem|des|ein|eine)\s+)?[A-ZÄÖÜ\d][\w.-]*(?:\s+[A-ZÄÖÜ\d][\w.-]*)*)")


def atomise(clause: str, language: str) -> tuple[bool, list[str]]:
    """One claim per member of a list of named things or of the examples after "such as" (True: each
    member is a detail to check), or of a list of three or more of anything (False: a member is
    judged like any claim)."""
    both = _BOTH_AND.search(clause) if language == "de" else None
    if both and len(both.group("a").split()) <= 6:
        return has_anchor(clause, language), [clause[:both.start()] + both.group(x) + clause[both.end():] for x in "ab"]
    for m in _LIST.finditer(clause):
        # A first member of three words or more ("Robert De Niro, Dustin Hoffman and ...") starts
        # before the match: its name is the whole capitalised run (in English, where a capitalised
        # word inside a sentence is a name; a German one may be any noun).
        start = m.start()
        before = re.search(r"(?<![\w'-])(?:[A-ZÄÖÜ][\w'-]*\s){1,2}$", clause[:start]) if language == "en" else None
        if before and before.group().split()[0].lower() not in DETERMINERS | {"both", "either", "neither"}:
            start = before.start()
        if re.match(r"['’]s\b", clause[m.end():]):
            continue  # "Serbia’s Novak Djokovic and Britain’s Andy Murray": the last name owns what follows
        after = clause[m.end():].split()[:1]
        if language == "en" and after and after[0].islower() and after[0].endswith("s") and english_finite(after[0]) \
                and any(english_finite(w) for w in clause[:start].split()[1:]):
            continue  # "Serbia takes on Japan and Britain plays the Netherlands": a verb in the singular after the
            # last name has it alone for its subject; two clauses, no list
        members = [x.strip(" ,") for x in re.split(r",\s|\s(?:und|and|sowie|oder|or)\s", clause[start:m.end()])
                   if x.strip(" ,")]
        dates = sum(1 for x in members if DATE_WORDS.fullmatch(x))  # "am Sonntag und Dienstag"
        if 0 < dates < len(members):
            continue  # "on Tuesday, Johnson and Corbyn attacked ...": a date and names are no list
        named = len(members) if _one_word_names(members, clause, start, m.end(), language) else \
            sum(1 for x in members if find_entities(x, language) or DATE_WORDS.fullmatch(x))
        if len(members) >= 2 and named * 2 >= len(members) + (1 if len(members) == 2 else 0):
            head = re.sub(r"(?i)\b(?:both|beide)\s+$", "", clause[:start])  # "Both Mr Brown and Mr Blair rose ..."
            such = _EXAMPLES_BEFORE.search(head)
            if such and not clause[m.end():].strip():
                # "umfasst 16 Kliniken wie Agaplesion, die Helios Kliniken und Vivantes": the total is a claim
                # of its own, each example one without it
                total = head[:such.start()].rstrip(" ,")
                bare = total
                for q in parse_quantities(total, language):
                    number = q.text.split()[0]  # the count goes, its noun stays: "16 Kliniken" -> "Kliniken"
                    bare = re.sub(rf"(?<!\S){re.escape(number)}\s+", "", bare, count=1)
                return True, [total, *(f"{bare}{such.group()}{member}" for member in members)]
            return True, [head + member + clause[m.end():] for member in members]
    such = _SUCH_AS.search(clause)
    if such:
        return True, [clause[:such.start("a")] + such.group(x) + clause[such.end("b"):] for x in ("a", "b")]
    subjects = _coordinated_subject(clause, language)
    if subjects:  # each subject is a detail to check where the clause names or counts something
        return has_anchor(clause, language), subjects
    return False, _comma_list(clause, language) or [clause]
