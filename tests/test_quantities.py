import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkers.quantities import agree, compare_quantities, detect_period, mentions_count, parse_quantities

CASES = [
    # text, language, value, unit, bound
    ("über 40 Prozent", "de", 40, "%", "over"),
    ("more than 40%", "en", 40, "%", "over"),
    ("380 Milliarden Yuan", "de", 380e9, "CNY", "exact"),
    ("RMB 380 billion", "en", 380e9, "CNY", "exact"),
    ("mit über einer Billion Parametern", "de", 1e12, "parameter", "over"),
    ("more than one trillion parameters", "en", 1e12, "parameter", "over"),
    ("seit fast vier Jahren", "de", 4, "year", "nearly"),
    ("in nearly four years", "en", 4, "year", "nearly"),
    ("rund 1,5 Mrd. Euro", "de", 1.5e9, "EUR", "about"),
    ("$2.4 billion", "en", 2.4e9, "USD", "exact"),
    ("1.200 Mitarbeiter", "de", 1200, "employee", "exact"),
    ("1,200 employees", "en", 1200, "employee", "exact"),
]


@pytest.mark.parametrize("text,language,value,unit,bound", CASES)
def test_parse(text, language, value, unit, bound):
    (q,) = parse_quantities(text, language)
    assert math.isclose(q.value, value) and q.unit == unit and q.bound == bound


def test_scale_words_follow_the_language():
    assert parse_quantities("eine Billion Parameter", "de")[0].value == 1e12
    assert parse_quantities("one billion parameters", "en")[0].value == 1e9


def test_ordinals_and_digit_classes():
    de = parse_quantities("zum achten Quartal in Folge dreistellige Wachstumsraten", "de")
    en = parse_quantities("triple-digit growth for the eighth consecutive quarter", "en")
    assert {q.unit for q in de} == {q.unit for q in en} == {"quarter in a row", "%"}
    assert compare_quantities(de, en)[0] == "agree"


@pytest.mark.parametrize("text,language,first,last", [
    ("Neue Analyse vom 29. September 2025", "de", "2025-09-29", "2025-09-29"),
    ("on September 24, 2025", "en", "2025-09-24", "2025-09-24"),
    ("im dritten Quartal 2025", "de", "2025-07-01", "2025-09-30"),
    ("in Q2 2025", "en", "2025-04-01", "2025-06-30"),
    ("seit Januar 2023", "de", "2023-01-01", "2023-01-31"),
    ("the Apsara Conference 2025", "en", "2025-01-01", "2025-12-31"),
])
def test_dates_are_day_intervals(text, language, first, last):
    from datetime import date

    (q,) = parse_quantities(text, language)
    assert q.unit == "date" and (q.low, q.high) == (date.fromisoformat(first).toordinal(),
                                                    date.fromisoformat(last).toordinal())


def test_dates_without_a_year_and_thousands_are_not_dates():
    assert parse_quantities("am 29. September", "de") == ()
    assert parse_quantities("1.900 Euro", "de")[0].unit == "EUR"


def test_dates_set_the_period_and_are_no_evidence_by_themselves():
    sept = parse_quantities("im September 2025", "de")
    assert compare_quantities(parse_quantities("on September 24, 2025", "en"), sept)[0] == "none"
    assert compare_quantities(parse_quantities("on October 2, 2025", "en"), sept)[0] == "other-period"
    claim = parse_quantities("Der Umsatz stieg 2024 um 5 Prozent", "de")
    assert compare_quantities(claim, parse_quantities("Revenue rose 5% in 2024", "en"))[0] == "agree"
    assert compare_quantities(claim, parse_quantities("Revenue rose 5% in 2023", "en"))[0] == "other-period"


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2099, 12, 31)))
def test_written_dates_parse_back(day):
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"]
    (q,) = parse_quantities(f"am {day.day}. {months[day.month - 1]} {day.year}", "de")
    assert q.low == q.high == day.toordinal()


@pytest.mark.parametrize("claim,claim_lang,other,other_lang,expected", [
    ("über 40 Prozent", "de", "42%", "en", "agree"),
    ("über 40 Prozent", "de", "about 25 percent", "en", "disagree"),
    ("26 Prozent", "de", "26.4%", "en", "agree"),
    ("26 Prozent", "de", "18 Prozent", "de", "disagree"),
    ("380 Milliarden Yuan", "de", "$380 billion", "en", "none"),  # currencies are not compared blindly
    ("fast vier Jahren", "de", "nearly four years", "en", "agree"),
])
def test_compare(claim, claim_lang, other, other_lang, expected):
    assert compare_quantities(parse_quantities(claim, claim_lang), parse_quantities(other, other_lang))[0] == expected


def test_figures_for_different_periods_are_not_compared():
    claim = parse_quantities("hat im letzten Monat über 40 Prozent zugelegt", "de")
    day = parse_quantities("the shares rose about 9% on Wednesday", "en")
    assert detect_period("im letzten Monat") == "month" and day[0].period == "day"
    assert compare_quantities(claim, day)[0] == "none"


def _format(value: int, decimals: int, language: str) -> str:
    text = f"{value:,.{decimals}f}"
    if language == "de":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=1, max_value=10**9), decimals=st.integers(0, 2),
       language=st.sampled_from(["de", "en"]), unit=st.sampled_from(["Prozent", "Euro", "percent", "euros"]))
def test_formatted_numbers_parse_back(value, decimals, language, unit):
    number = value / 10**decimals
    (q,) = parse_quantities(f"{_format(number, decimals, language)} {unit}", language)
    assert math.isclose(q.value, number, rel_tol=1e-9)
    assert q.low <= number <= q.high  # the interval always allows the stated value


@settings(max_examples=200, deadline=None)
@given(value=st.floats(min_value=0.1, max_value=1e6), qualifier=st.sampled_from(["über", "rund", "fast", "unter", ""]))
def test_a_statement_always_agrees_with_itself(value, qualifier):
    text = f"{qualifier} {value:.1f} Prozent".strip().replace(".", ",")
    (q,) = parse_quantities(text, "de")
    assert agree(q, q)


def test_index_names_and_dates_do_not_eat_figures():
    assert [q.text for q in parse_quantities("The S&P 500 gained 5% and the Nikkei 225 rose 2%.", "en")] == ["5%", "2%"]
    qs = parse_quantities("Im ersten Halbjahr 2024 sind mehr als 1.200 Megawatt hinzugekommen.", "de")
    assert [(q.bound, q.value) for q in qs if q.unit == "W"] == [("over", 1.2e9)]


def test_physical_units_compare_across_prefixes_and_languages():
    # pint converts: "2,4 Gigawatt" and "2,400 MW" are one figure, "1,800 MW" another.
    gw = parse_quantities("Die Anlage leistet 2,4 Gigawatt.", "de")
    assert compare_quantities(gw, parse_quantities("The plant has a capacity of 2,400 MW.", "en"))[0] == "agree"
    assert compare_quantities(gw, parse_quantities("The plant has a capacity of 1,800 MW.", "en"))[0] == "disagree"
    assert [(q.unit, q.value) for q in parse_quantities("512 Terawattstunden und 5.000 Tonnen", "de")] == \
        [("Wh", 5.12e14), ("kg", 5e6)]


def test_temperatures_compare_in_celsius_across_scales_and_languages():
    # pint converts a Fahrenheit level with its offset (86 °F is 30 °C), a change by its factor alone.
    hot = parse_quantities("Die Temperatur stieg auf 30 Grad.", "de")
    assert compare_quantities(hot, parse_quantities("Temperatures hit 86°F on Monday.", "en"))[0] == "agree"
    assert compare_quantities(hot, parse_quantities("Temperatures hit 95 degrees Fahrenheit.", "en"))[0] == "disagree"
    assert [(q.unit, q.value) for q in parse_quantities("Es wurde um 2 Grad wärmer, minus 5 Grad.", "de")] == \
        [("°C change", 2.0), ("°C", -5.0)]
    (change,) = parse_quantities("It got warmer by 3.6 degrees Fahrenheit.", "en")
    assert (change.unit, round(change.value, 6)) == ("°C change", 2.0)
    (over,) = parse_quantities("über 40 Grad Celsius", "de")
    assert (over.bound, over.low, over.high) == ("over", 40.0, None)
    # English "degrees" without its scale may be Fahrenheit, Celsius or an angle: no temperature.
    assert [q.unit for q in parse_quantities("a 90 degree angle and 40 degrees in the shade", "en")] == ["#", "#"]


@pytest.mark.parametrize("text,language,values", [
    ("Korean study of 25 000 people", "en", [25_000]),
    ("erhält 1 500 000 Euro pro Jahr", "de", [1_500_000]),
    ("IQR: 266 000 - 401 000", "en", [266_000, 401_000]),
    ("its fleet of roughly 400 737 Max jets", "en", [400, 737]),  # a count, then a model
    ("Denzel Ward 74 100% 4 tackles", "en", [74, 100, 4]),  # a table row of three figures
])
def test_digits_grouped_by_a_plain_space_are_one_number_only_when_round(text, language, values):
    assert [q.value for q in parse_quantities(text, language)] == values


def test_trailing_zeros_say_how_a_figure_was_rounded():
    (rounded,) = parse_quantities("ein Rekordhoch von 73.000 Dollar", "de")
    assert rounded.low <= 73_050 <= rounded.high  # 73.000 is rounded to the thousand
    (exact,) = parse_quantities("2.000 Wohnungen", "de")
    assert not exact.low <= 2_050 <= exact.high  # one significant digit: no rounding assumed
    assert parse_quantities("Greenvale opened its 1,000th store.", "en") == ()  # an ordinal ranks


@pytest.mark.parametrize("text, language, value", [
    ("Der Gewinn hat sich verdoppelt.", "de", 100.0), ("Orion Bank's profit doubled.", "en", 100.0),
    ("Exports rose by about a third.", "en", 100 / 3), ("Der Umsatz stieg um ein Viertel.", "de", 25.0),
    ("Greyhawk flew 9.4m passengers.", "en", 9.4e6),
])
def test_factors_fractions_and_attached_scales(text, language, value):
    (q,) = parse_quantities(text, language)
    assert q.low <= value <= q.high


@pytest.mark.parametrize("text,language", [
    ("Varlamov stopped 27 shots", "en"),  # not "topped 27"
    ("an awesome $29 charger", "en"),  # not "some $29"
    ("Roberto Bautista-Agut 3-6", "en"),  # not "gut 3"
])
def test_a_qualifier_starts_at_a_word_start(text, language):
    assert all(q.bound == "exact" for q in parse_quantities(text, language)), parse_quantities(text, language)


@pytest.mark.parametrize("text, counted", [("Das erste Plasma dauerte eine Zehntel-Sekunde", True),
                                           ("eine Zehntelsekunde", True), ("ein Drittel der Kosten", True),
                                           ("two thirds of the budget", True), ("die Hälfte der Wähler", True),
                                           ("ein Viertelfinale", False), ("a quarterback threw", False)])
def test_a_fraction_is_a_count_a_reader_can_check(text, counted):
    assert mentions_count(text) == counted


def test_a_race_time_is_one_figure_in_seconds():
    found = {(q.text, q.value, q.unit) for q in parse_quantities(
        "Dibaba won in 14 minutes 32.93 seconds to erase the mark of 14:39.29, Ceplak won in 2:01.52", "en")}
    assert found == {("14 minutes 32.93 seconds", 872.93, "time"), ("14:39.29", 879.29, "time"),
                     ("2:01.52", 121.52, "time")}
    # a score is no time
    assert not any(q.unit == "time" for q in parse_quantities("Chile schlug Bolivien 5:0 und Mexiko 2:1", "de"))


def test_a_result_with_a_colon_is_one_figure():
    found = [(q.text, q.unit) for q in parse_quantities("kassierte man mit einem 1:2 die erste Niederlage, am "
                                                         "Wochenende gab es ein 0:0 gegen Montpellier", "de")]
    assert found == [("1:2", "score"), ("0:0", "score")]


def test_numbers_written_as_compound_words_are_figures():
    # text2num reads them; a compound number word is always a number, unlike "ein" or "one".
    assert [(q.value, q.unit) for q in parse_quantities("Es kamen zweiundvierzigtausend Menschen.", "de")] == [(42000, "#")]
    assert [(q.text, q.value) for q in parse_quantities("Seventy-eight percent of Americans", "en")] == \
        [("Seventy-eight percent", 78)]
    assert compare_quantities(parse_quantities("Sechzehn Länder stimmten zu.", "de"),
                              parse_quantities("16 countries agreed.", "en"))[0] == "agree"
    assert parse_quantities("Die sieben Zwerge kamen im Jahrzehnt regelmäßig nach Leipzig.", "de") == ()
