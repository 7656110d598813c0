"""Terms: the lemmas of a text mapped through a small bilingual lexicon to shared concepts.

``concept_terms("Der Nettogewinn stieg", "de")`` and ``concept_terms("Net profit rose", "en")`` share
``profit`` and ``grow``: checkers/data/lexicon.tsv maps German and English lemmas to one concept, German
compounds also stand for their lexicon heads ("Rekordumsatz": record, revenue), and a few idioms stand
for a concept ("in die roten Zahlen": loss). Opposite poles (rose/fell, profit/loss) are pairs of
concepts. Across languages, cognates meet as they are spelled ("Reaktor" ~ "reactor").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from checkers.text import content_terms


@lru_cache(maxsize=1)
def _lexicon() -> dict[tuple[str, str], str]:
    return parse_lexicon(resources.files("checkers").joinpath("data/lexicon.tsv").read_text("utf-8"))


def parse_lexicon(text: str) -> dict[tuple[str, str], str]:
    """(language, word) -> concept, from lines of concept, German words, English words (tab-separated).
    A word in two concepts is an error: otherwise the later line would win without a word."""
    table: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, de, en = line.split("\t")
        for lang, words in (("de", de), ("en", en)):
            for w in words.split(","):
                if not w.strip():
                    continue
                if table.get((lang, w.strip()), concept) != concept:  # one meaning per word, or a line wins silently
                    raise ValueError(f"lexicon.tsv: {lang} {w.strip()!r} is in {table[(lang, w.strip())]!r} and {concept!r}")
                table[(lang, w.strip())] = concept
    return table


@lru_cache(maxsize=1)
def _german_heads() -> dict[str, str]:
    """German lexicon words of five letters or more, as compound heads: "nettogewinn" ends in "gewinn"."""
    return {word: concept for (lang, word), concept in _lexicon().items() if lang == "de" and len(word) >= 5}


@lru_cache(maxsize=100_000)
def _concepts_of(term: str, language: str) -> tuple[str, ...]:
    lex = _lexicon()
    if (language, term) in lex:
        return (lex[(language, term)],)
    out = [term]
    if "-" in term:  # "cloud-sparte" also means cloud and unit
        out += [lex.get((language, p), p) for p in term.split("-") if len(p) > 1]
    elif language == "de" and len(term) > 7:  # a German compound is also its parts: "rekordumsatz" ->
        heads = _german_heads()                # record and revenue, "glasfaserkunde" -> customer
        for i in range(2, len(term) - 4):
            if term[i:] in heads:
                out.append(heads[term[i:]])
                break
        for i in range(len(term) - 3, 4, -1):
            if term[:i] in heads:
                out.append(heads[term[:i]])
                break
    return tuple(out)


# Idioms whose words say nothing alone: "in die roten Zahlen" is a loss, "as planned" is on time.
_PHRASES = [(re.compile(rx, re.I), concept) for rx, concept in (
    (r"\brote[n]? zahlen\b|\bin the red\b|\bverlustzone\b|\bswung to a (?:net )?loss", "loss"),
    (r"\bschwarze[n]? zahlen\b|\bin the black\b|\bgewinnzone\b|\bback to profit", "profit"),
    (r"\b(?:held|holds|hold|kept|keeps|keep|left|leaves|leave)\b(?:\s+\S+){0,4}?\s+(?:unchanged|steady|at)\b|"
     r"\bon hold\b|\bwithout (?:a )?change\b|\bno change\b|\bohne (?:eine )?änderung\b", "unchanged"),
    (r"\bgross domestic product\b", "economy"),
    (r"\bas planned\b|\bwie geplant\b|\bplanmäßig\b|\bon schedule\b|\bon time\b|\bfristgerecht\b", "on_time"),
)]


def concept_terms(text: str, language: str) -> frozenset[str]:
    terms = {c for term in content_terms(text, language) for c in _concepts_of(term, language)}
    return frozenset(terms | {concept for rx, concept in _PHRASES if rx.search(text)})


def concept_groups(text: str, language: str) -> tuple[frozenset[str], ...]:
    """The terms of each distinct content word (and idiom) of a text."""
    groups = {frozenset(_concepts_of(term, language)) for term in content_terms(text, language)}
    groups |= {frozenset({concept}) for rx, concept in _PHRASES if rx.search(text)}
    return tuple(sorted(groups, key=sorted))


# Pairs of lexicon concepts that say opposite things about the same matter.
_UP, _DOWN = frozenset({"grow", "growth", "raise"}), frozenset({"fall", "cut"})
POLES = [(_UP, _DOWN), (frozenset({"profit"}), frozenset({"loss"})),
          (frozenset({"record", "strongest"}), frozenset({"weakest"})),
          (frozenset({"decide", "approval"}), frozenset({"reject"})), (frozenset({"hire"}), frozenset({"cut"})),
          (frozenset({"unchanged"}), _UP | _DOWN), (frozenset({"accelerate"}), frozenset({"slow"})),
          (frozenset({"complete"}), frozenset({"abandon"})), (frozenset({"delay"}), frozenset({"on_time"}))]
# A claim term is spoken to by a sentence that uses either pole of its pair: "gescheitert" is about
# whether the council "beschlossen" it.
_POLE_GROUPS = [a | b for a, b in POLES]


def cognates(group: frozenset[str], terms: frozenset[str]) -> frozenset[str]:
    """The terms that are cognates of a word of the group."""
    return frozenset(t for t in terms if len(t) >= 6 and any(len(g) >= 6 and _cognate(g, t) for g in group))


@lru_cache(maxsize=200_000)
def _cognate(a: str, b: str) -> bool:
    """German and English words of one Latin or Greek root, spelled nearly alike once German spelling
    is mapped to English ("Elektrizität" ~ "electricity", "ökonomisch" ~ "economic")."""
    return fuzz.ratio(_anglicised(a), _anglicised(b)) >= 85


@lru_cache(maxsize=100_000)
def _anglicised(word: str) -> str:
    w = word.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")
    w = re.sub(r"ität$", "ity", re.sub(r"isch$", "ic", re.sub(r"ie$", "y", w)))
    return w.replace("k", "c").replace("z", "c")


@lru_cache(maxsize=1)
def concepts() -> frozenset[str]:
    """Every term the lexicon or an idiom gives in both languages."""
    return frozenset(_lexicon().values()) | {concept for _, concept in _PHRASES}


def group_coverage(groups: tuple[frozenset[str], ...], terms: frozenset[str]) -> float:
    """Share of word groups (0-100) that the terms speak to, with either pole of a pair."""
    if not groups:
        return 0.0
    poles = frozenset().union(*(g for g in _POLE_GROUPS if terms & g))
    return 100.0 * sum(1 for g in groups if g & terms or g & poles) / len(groups)
