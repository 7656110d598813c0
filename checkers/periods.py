"""When a figure holds, read from its own clause: ``figure_times(text, quantities, language)``.

A sentence often states two figures for two periods: "215.000 im dritten Quartal, nach 350.000 im
zweiten Quartal", "64,8 Prozent; 2019 hatten 61,4 Prozent", "0.72 in 2023 from 0.78 a year earlier".
Each figure is given the years and months its clause names, and whether the clause marks it as an
earlier value ("nach", "from", "im Vorjahr", "a year earlier") or a goal ("target of", "Ziel").
``same_time`` then tells whether a claim's figure and a source's figure can speak of the same period.
A clause that names no period is compatible with any: silence is not a different period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checkers.records import Quantity
from checkers.text import month_numbers


@dataclass(frozen=True)
class When:
    """The period a figure's clause names: years, months (1-12), and two marks."""

    years: frozenset[int] = frozenset()
    months: frozenset[int] = frozenset()
    prior: bool = False   # an earlier value given for comparison: "nach 350.000", "a year earlier"
    target: bool = False  # a goal, not an outcome: "its target of 500,000", "Ziel von"
    extra: bool = False  # an addition, not a total: "weitere 2.000 Wohnungen", "another 120 ships"


_MONTH = month_numbers(abbreviated=True)  # "März" 3, "Jänner" 1, "Sept" 9 (Babel's CLDR names)
_ORDINAL = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "first": 1, "second": 2, "third": 3,
            "fourth": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
_ORD = r"ersten|zweiten|dritten|vierten|first|second|third|fourth|[1-4]\."
_QUARTER = re.compile(rf"\b(?:(?P<w>{_ORD})\s+(?:quartal\w*|quarter|three months)|q(?P<n>[1-4])\b)", re.I)
_HALF = re.compile(r"\b(?:(?P<w>ersten|zweiten|first|second|1\.|2\.)\s+(?:halbjahr\w*|half)|h(?P<n>[12])\b)", re.I)
_SEASON = re.compile(r"\b(?:weihnachtsquartal\w*|holiday[- ]quarter|december quarter|festive quarter)\b", re.I)
# "May" is a month only capitalised: "may" is a verb.
_MONTH_WORD = re.compile(r"(?i:\b(?:" + "|".join(k for k in _MONTH if k != "may") + r")\b)|\bMay\b")
_MONTH_SPAN = re.compile(rf"\b(?P<a>{'|'.join(_MONTH)})\s*(?:bis|to|through|-|–)\s*(?P<b>{'|'.join(_MONTH)})\b", re.I)
_YEAR = re.compile(r"(?<![\d.,/-])(?P<y>(?:19|20)\d\d)(?![\d.,]\d)(?:/(?P<y2>\d\d)\b)?")
# Comparison bases are not the period of a figure: "gegenüber dem Vorjahr", "from a year earlier".
_BASE = re.compile(
    r"\b(?:gegenüber|verglichen mit|im vergleich zu[mr]?|zum|zur|als|from|than|over|compared with|compared to|"
    r"versus|vs\.?|on)"
    r"\s+(?:dem |der |the |a |an |in the |im |same )?(?:vorjahr\w*|vormonat\w*|vorquartal\w*|year[- ]earlier|"
    r"year ago|previous year|prior year|year[- ]ago \w+|month earlier|previous month|previous quarter|"
    r"quarter earlier|(?:a |one )?year earlier|year)\b|\byear[- ]on[- ]year\b|\bim jahresvergleich\b|"
    # "186.000 mehr als im Dezember", "up from 2.1% in April" compare with a month, they do not name one.
    r"\b(?:als|than|gegenüber|compared with)\s+(?:im |in |dem |the )?(?:" + "|".join(month_numbers()) + r")\b",
    re.I)
_PRIOR = re.compile(
    r"\b(?:im vorjahr\w*|des vorjahr\w*|vorjahreswert|ein jahr zuvor|im vormonat|im vorquartal|zuvor|"
    r"noch bei|a year earlier|a year ago|a year before|the previous year|the prior year|the year before|"
    r"last year's|previously|had been|hatten? noch|war noch|waren noch|previous|former|vorherig\w*|"
    r"früher\w*|bisherig\w*|ehemalig\w*)\b", re.I)
# A figure right after one of these is the earlier value: "nach 350.000", "from 0.78", "up from 1.5%".
_PRIOR_LEAD = re.compile(r"\b(?:nach|from|after|versus|vs\.?|against|compared with|compared to|gegenüber|"
                         r"verglichen mit)\s+(?:\S+\s+){0,3}$|"
                         r"\b(?:not|nicht|statt|anstatt|instead of|rather than)\s+(?:\S+\s+){0,1}$", re.I)
# A correction's account of what was wrongly reported: every figure of the sentence is the retracted one.
_RETRACTED = re.compile(r"\b(?:earlier version|previous version|frühere[nr]? (?:fassung|version)|misstated|"
                        r"incorrectly (?:said|stated|reported|gave)|fälschlich\w*|irrtümlich\w*)\b", re.I)
# German "von 2,2 auf 2,5 Prozent": the figure after "von" is the earlier one (alone, "von" is "of").
_VON = re.compile(r"\bvon\s+(?:\S+\s+){0,2}$", re.I)
_AUF = re.compile(r"^\s*(?:\S+\s+){0,2}?auf\s", re.I)
# A goal or estimate, not an outcome; an addition, not a total. Said anywhere in a claim, or just before
# a figure in a source ("its target of 500,000", "weitere 2.000 Wohnungen").
_TARGET_WORDS = (r"target|goal|ziel\w*|angestrebt\w*|anvisiert\w*|estimates?|schätzung\w*|consensus|"
                 r"expectations?|erwartung\w*|forecasts?|prognos\w*")
_EXTRA_WORDS = r"weitere[nrs]?|zusätzliche[nrs]?|another|additional|a further|further"
_TARGET = re.compile(rf"\b(?:{_TARGET_WORDS})\b", re.I)
_TARGET_NEAR = re.compile(rf"\b(?:{_TARGET_WORDS})\b(?:\s+\S+){{0,3}}\s*$", re.I)
_EXTRA = re.compile(rf"\b(?:{_EXTRA_WORDS})\b", re.I)
_EXTRA_LEAD = re.compile(rf"\b(?:{_EXTRA_WORDS})\s+(?:\S+\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r";|:\s|\s[–—]\s|\(|\)|,\s(?!\d)|\s(?:while|während|whereas|but|aber)\s")


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _months_named(clause: str) -> set[int]:
    months: set[int] = set()
    for m in _MONTH_SPAN.finditer(clause):
        a, b = _MONTH[m.group("a").lower()], _MONTH[m.group("b").lower()]
        months |= set(range(a, b + 1)) if a <= b else set()
    for m in _QUARTER.finditer(clause):
        q = int(m.group("n")) if m.group("n") else _ORDINAL[m.group("w").lower()]
        months |= {3 * q - 2, 3 * q - 1, 3 * q}
    for m in _HALF.finditer(clause):
        h = int(m.group("n")) if m.group("n") else _ORDINAL[m.group("w").lower()]
        months |= set(range(6 * h - 5, 6 * h + 1))
    if _SEASON.search(clause):
        months |= {10, 11, 12}
    if not months:
        months = {_MONTH[m.group().lower()] for m in _MONTH_WORD.finditer(clause)}
    return months


def _distance(span: tuple[int, int], at: int) -> int:
    return 0 if span[0] <= at < span[1] else min(abs(at - span[0]), abs(at - span[1]))


def _year_positions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(year, position) for each year a stretch names, comparison bases left out."""
    kept = _BASE.sub(lambda m: " " * len(m.group()), text[start:end])
    out = []
    for m in _YEAR.finditer(kept):
        y = int(m.group("y"))
        out.append((y, start + m.start()))
        if m.group("y2"):
            out.append((y // 100 * 100 + int(m.group("y2")), start + m.start()))
    return out


def _years_named(clause: str) -> set[int]:
    years: set[int] = set()
    for m in _YEAR.finditer(clause):
        y = int(m.group("y"))
        years.add(y)
        if m.group("y2"):  # a season or fiscal year "2023/24" spans both
            years.add(y // 100 * 100 + int(m.group("y2")))
    return years


@lru_cache(maxsize=16_384)  # matching asks it of each candidate sentence for every claim that names a period
def when_of(clause: str) -> When:
    """The period a whole text names (an atomic claim states one)."""
    cleaned = _BASE.sub(" ", clause)
    return When(years=frozenset(_years_named(cleaned)), months=frozenset(_months_named(cleaned)),
                prior=bool(_PRIOR.search(cleaned)), target=bool(_TARGET.search(cleaned)),
                extra=bool(_EXTRA.search(cleaned)))


def clause_of(text: str, at: int) -> str:
    """The clause around a character position (punctuation and "while"/"während" end clauses)."""
    return next((text[s:e] for s, e in _clauses(text) if s <= at < e), text)


def figure_times(text: str, quantities: tuple[Quantity, ...]) -> tuple[When, ...]:
    """Per quantity (dates give an empty When): the period its own clause names. A clause that names
    none takes the period of the nearest clause before it that names one ("Im dritten Quartal 2024
    stieg der Umsatz, und zwar um 5 Prozent"; "exports grew 8.7% in May, while imports rose 1.8%")."""
    clauses = _clauses(text)
    at: list[int] = []
    cursor = 0
    for q in quantities:
        pos = text.find(q.text, cursor)
        pos = text.find(q.text) if pos < 0 else pos
        at.append(pos)
        if pos >= 0:
            cursor = pos + len(q.text)
    retracted = bool(_RETRACTED.search(text))
    figure_at = sorted(pos for q, pos in zip(quantities, at) if q.unit != "date" and pos >= 0)
    spans = sorted((pos, pos + len(q.text)) for q, pos in zip(quantities, at) if q.unit != "date" and pos >= 0)
    out = []
    for q, pos in zip(quantities, at):
        if q.unit == "date" or pos < 0:
            out.append(When())
            continue
        n = next((i for i, (s, e) in enumerate(clauses) if s <= pos < e), 0)
        start, end = clauses[n]
        # The figure's own stretch: from the figure before it in the clause to the one after it.
        lo = max([p + 1 for p in figure_at if start <= p < pos] + [start])
        hi = min([p for p in figure_at if pos < p < end] + [end])
        own = _BASE.sub(" ", text[lo:hi])
        months = _months_named(own)
        # A year belongs to the figure nearest to it: "37,0 Millionen 2023 ... von 47,9 Millionen im Jahr 2019".
        clause_years = _year_positions(text, start, end)
        years = {y for y, at_year in clause_years
                 if min(spans, key=lambda sp: _distance(sp, at_year) if start <= sp[0] < end else 1 << 30)[0] == pos}
        context = [clauses[k] for k in range(n - 1, -1, -1)] if clause_years else \
            [(start, end)] + [clauses[k] for k in range(n - 1, -1, -1)]
        for s, e in context:
            if years or months:
                break
            named = _BASE.sub(" ", text[s:e])
            years, months = _years_named(named), _months_named(named)
        lead = text[lo:pos] if lo > start else text[start:pos]
        out.append(When(years=frozenset(years), months=frozenset(months),
                        prior=bool(retracted or _PRIOR.search(own) or _PRIOR_LEAD.search(_BASE.sub(" ", lead))
                                   or _VON.search(lead) and _AUF.match(text[pos + len(q.text):])),
                        target=bool(_TARGET_NEAR.search(lead)), extra=bool(_EXTRA_LEAD.search(lead))))
    return tuple(out)


def same_time(claim: When, other: When) -> bool:
    """Whether a source's figure can hold for the claim's period: no named year or month apart, and
    not an earlier value, a goal or an addition where the claim states an outcome or a total."""
    if other.prior and not claim.prior:
        return False
    if other.target and not claim.target or other.extra and not claim.extra:
        return False
    if claim.years and other.years and not claim.years & other.years:
        return False
    return not (claim.months and other.months and not claim.months & other.months)
