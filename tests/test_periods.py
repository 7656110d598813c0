"""checkers.periods: the period each figure's own clause names, German and English."""

from __future__ import annotations

import pytest

from checkers.periods import When, figure_times, same_time, when_of
from checkers.quantities import parse_quantities


def times(text: str, language: str) -> dict[str, When]:
    qs = parse_quantities(text, language)
    return {q.text: w for q, w in zip(qs, figure_times(text, qs)) if q.unit != "date"}


@pytest.mark.parametrize("text, language, figure, months, years, prior", [
    ("Telvanet hat im dritten Quartal 215.000 neue Anschlüsse aktiviert, nach 350.000 im zweiten Quartal.",
     "de", "350.000 im", {4, 5, 6}, set(), True),
    ("Telvanet hat im dritten Quartal 215.000 neue Anschlüsse aktiviert, nach 350.000 im zweiten Quartal.",
     "de", "215.000 neue", {7, 8, 9}, set(), False),
    ("Die Beteiligung erreichte 64,8 Prozent; 2019 hatten 61,4 Prozent ihre Stimme abgegeben.",
     "de", "64,8 Prozent", set(), set(), False),
    ("Die Beteiligung erreichte 64,8 Prozent; 2019 hatten 61,4 Prozent ihre Stimme abgegeben.",
     "de", "61,4 Prozent", set(), {2019}, False),
    ("The fertility rate dropped to 0.72 in 2023 from 0.78 a year earlier.", "en", "0.72 in", set(), {2023}, False),
    ("The fertility rate dropped to 0.72 in 2023 from 0.78 a year earlier.", "en", "0.78 a", set(), set(), True),
    ("Mit 37,0 Millionen Fluggästen lag der Airport 2023 unter dem Niveau von 47,9 Millionen im Jahr 2019.", "de",
     "47,9 Millionen im", set(), {2019}, False),
    ("Mit 37,0 Millionen Fluggästen lag der Airport 2023 unter dem Niveau von 47,9 Millionen im Jahr 2019.", "de",
     "37,0 Millionen Fluggästen", set(), {2023}, False),
    ("China's shipments grew 8.7% year on year in May, customs data showed on Friday.",
     "en", "8.7%", {5}, set(), False),
    ("Die Quote lag im Mai bei 2,5 Prozent, nach 2,2 Prozent im April.", "de", "2,2 Prozent", {4}, set(), True),
    ("Die Inflation stieg von 2,2 auf 2,5 Prozent.", "de", "2,5 Prozent", set(), set(), False),
    ("Im vierten Quartal 2023 stieg der Umsatz, und zwar um 5 Prozent.", "de", "5 Prozent", {10, 11, 12},
     {2023}, False),
    ("Zwischen Juli bis September 2024 wuchs der Umsatz um 12 Prozent.", "de", "12 Prozent", {7, 8, 9},
     {2024}, False),
    ("Der Umsatz stieg gegenüber dem Vorjahr um 3 Prozent.", "de", "3 Prozent", set(), set(), False),
    ("China's exports grew 8.7% in May, while imports rose 1.8%, customs data showed.", "en", "1.8%", {5}, set(),
     False),
    ("Correction: An earlier version misstated the margin at 9%.", "en", "9%", set(), set(), True),
    ("The margin was 7.9%, not 9%.", "en", "9%", set(), set(), True),
])
def test_each_figure_has_the_period_of_its_clause(text, language, figure, months, years, prior):
    when = times(text, language)[figure]
    assert (set(when.months), set(when.years), when.prior) == (months, years, prior)


def test_a_goal_is_not_an_outcome():
    when = times("Lumen delivered 412,000 vehicles in 2024, short of its target of 500,000 as demand cooled.",
                 "en")
    assert when["500,000 as"].target and not when["412,000 vehicles"].target
    assert not same_time(when_of("Did Lumen deliver 500,000 cars in 2024?"), when["500,000 as"])


@pytest.mark.parametrize("claim, other, expected", [
    (When(months=frozenset({7, 8, 9})), When(months=frozenset({4, 5, 6})), False),
    (When(months=frozenset({7, 8, 9})), When(months=frozenset({9})), True),
    (When(years=frozenset({2024})), When(years=frozenset({2019})), False),
    (When(years=frozenset({2024})), When(), True),  # a clause that names no period is not another one
    (When(), When(prior=True), False),
    (When(prior=True), When(prior=True), True),
])
def test_same_time(claim, other, expected):
    assert same_time(claim, other) is expected


def test_may_the_verb_is_no_month():
    assert when_of("Prices may rise by 5 percent.").months == frozenset()
    assert when_of("Prices rose 5 percent in May.").months == frozenset({5})


def test_an_addition_is_not_a_total():
    when = times("Weitere 2.000 Wohnungen befinden sich im Bau, für rund 4.000 liegen Genehmigungen vor.", "de")
    assert when["2.000 Wohnungen"].extra
    assert not same_time(when_of("Domus Real hat 2024 rund 2.000 Wohnungen fertiggestellt."), when["2.000 Wohnungen"])
