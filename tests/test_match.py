"""match_claims: scorers' properties and the agreement signals on German and English cases."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.match import entity_coverage, features, match_claims, number_relevance, term_coverage
from checkers.records import Source
from checkers.settings import Settings

SCORERS = (term_coverage, entity_coverage, number_relevance)
TOKENS = ["Alibaba", "Brazil", "Brasilien", "Prozent", "percent", "26", "über", "40", "%", "nicht", "Aktie",
          "shares", "rose", "Cloud-Sparte", "1,5", "Mrd.", "Euro", ".", ",", "der", "the", "Qwen3-Max"]
TEXTS = st.lists(st.sampled_from(TOKENS) | st.text(alphabet="abcÄöß0123 .,%", max_size=8), max_size=15).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(a=TEXTS, b=TEXTS, lang=st.sampled_from(["de", "en"]))
def test_every_scorer_is_on_a_0_to_100_scale(a, b, lang):
    fa, fb = features(a, lang), features(b, lang)
    for scorer in SCORERS:
        assert 0.0 <= scorer(fa, fb) <= 100.0


@settings(max_examples=100, deadline=None)
@given(a=TEXTS, lang=st.sampled_from(["de", "en"]))
def test_a_text_fully_covers_itself(a, lang):
    fa = features(a, lang)
    if fa.terms:
        assert term_coverage(fa, fa) == 100.0


def source(text: str, language: str, n: int = 0) -> Source:
    return Source(id=f"s{n}", url=f"http://site{n}.example/a", provider="explicit", final_url=None,
                  domain=f"site{n}.example", fetched_at=None, http_status=200, etag=None, last_modified=None,
                  content_hash="h", title="t", published_at=None, language=language, text=text)


def evidence_for(claim_text: str, *sources: Source):
    claims = [c for c in split_claims(article_from_text(claim_text, Settings())) if c.checkworthy]
    return match_claims(claims, list(sources), Settings())


def test_same_figure_supports_across_languages():
    ev = evidence_for("Die Alibaba-Aktie hat im letzten Monat über 40 Prozent zugelegt.",
                      source("Alibaba's shares have gained 42 percent over the past month, traders said.", "en"))
    assert ev and ev[0].stance == "supports" and ev[0].numbers == "agree"


def test_other_figure_for_the_same_measure_contradicts():
    ev = evidence_for("Die Cloud-Sparte von Alibaba verzeichnete ein Umsatzplus von 26 Prozent.",
                      source("Die Cloud-Sparte von Alibaba verzeichnete zuletzt ein Umsatzplus von 18 Prozent.", "de"))
    assert ev[0].stance == "contradicts" and "≠" in ev[0].number_detail


def test_figures_of_different_measures_are_not_compared():
    ev = evidence_for("Die Alibaba-Aktie hat im letzten Monat über 40 Prozent zugelegt.",
                      source("Die Cloud-Sparte von Alibaba verzeichnete ein Umsatzplus von 18 Prozent.", "de"))
    assert all(e.stance != "contradicts" for e in ev)


def test_countries_match_by_iso_code():
    ev = evidence_for("Alibaba Cloud plant neue Rechenzentren in Brasilien.",
                      source("Alibaba Cloud will open its first data centres in Brazil next year.", "en"))
    assert ev and ev[0].entities == 100.0 and ev[0].stance == "supports"


def test_negation_contradicts():
    ev = evidence_for("Alibaba Cloud plant neue Rechenzentren in Brasilien.",
                      source("Alibaba Cloud plant keine neuen Rechenzentren in Brasilien.", "de"))
    assert ev and ev[0].negation and ev[0].stance == "contradicts"


def test_unrelated_sentences_are_not_evidence():
    ev = evidence_for("Alibaba Cloud plant neue Rechenzentren in Brasilien.",
                      source("Tencent's games business grew strongly with overseas studios in Finland.", "en"))
    assert ev == []


def test_a_claim_about_a_person_needs_that_person_in_the_evidence():
    ev = evidence_for("Jack Ma ist Gründer von Alibaba.",
                      source("Alibaba wurde 1999 von einer Gruppe von Gründern in Hangzhou gegründet.", "de"))
    assert all(e.stance == "neutral" for e in ev)


def test_opposite_directions_contradict():
    ev = evidence_for("Der Umsatz von Musterwerk stieg im dritten Quartal um 5 Prozent.",
                      source("Musterwerk's revenue fell 5% in the third quarter.", "en"))
    assert ev and ev[0].opposite and ev[0].stance == "contradicts"


def test_a_fact_checkers_rating_is_evidence():
    from checkers.records import ClaimReview

    review = ClaimReview(claim_reviewed="Alibaba will invest 380 trillion yuan in AI", rating="False",
                         reviewer="Example Checks", url="http://checks.example/a", language="en")
    checks = source("We looked into the claim about Alibaba's spending.", "en", 3)
    import dataclasses
    checks = dataclasses.replace(checks, claim_reviews=(review,))
    ev = [e for e in evidence_for("Alibaba will invest 380 trillion yuan in AI.", checks) if e.kind == "review"]
    assert ev and ev[0].stance == "contradicts" and "Example Checks" in ev[0].sentence
    unrelated = dataclasses.replace(review, claim_reviewed="Tencent opened a studio in Finland")
    assert not [e for e in evidence_for("Alibaba will invest 380 trillion yuan in AI.",
                                        dataclasses.replace(checks, claim_reviews=(unrelated,))) if e.kind == "review"]


def stance_of(claim: str, sentence: str, language: str) -> str:
    cf = features(claim, language, whole_text_measure=True)
    sf = features(sentence, language)
    return "against" if (cf.negated != sf.negated_for(cf) or cf.opposes(sf)) else "with"


@pytest.mark.parametrize("claim, sentence, language, expected", [
    ("Sweden's Riksbank raised its policy rate in May.", "The Riksbank cut its key interest rate in May.", "en",
     "against"),
    ("The Swiss National Bank left interest rates unchanged.", "Die Nationalbank hat den Leitzins gesenkt.", "de",
     "against"),
    ("Tokyo's core inflation accelerated in April.", "Core prices in Tokyo rose 1.6%, slowing from 2.4%.", "en",
     "against"),
    ("Aeolis hat im zweiten Quartal einen Gewinn erzielt.", "Aeolis rutschte tiefer in die roten Zahlen.", "de",
     "against"),
    ("Lantern Games has delayed 'Ember Crown'.", "Lantern Games released 'Ember Crown' as planned.", "en",
     "against"),
    ("The FDA approved Vantage's drug.", "The FDA declined to approve Vantage's drug.", "en", "against"),
    # The negation sits in another clause than the part that speaks to the claim.
    ("Lumora shares plunged 34% on Wednesday.",
     "Lumora shares plunged 34% on Wednesday after its drug failed to meet the primary endpoint.", "en", "with"),
    ("The bank kept its rate at 6.5% for the eighth meeting.",
     "The bank left its rate at 6.50%, the eighth meeting without a change.", "en", "with"),
    ("Ridgeline will restart its blast furnace.", "Ridgeline plans to restart its idled No. 2 blast furnace.", "en",
     "with"),
    ("Hollmark streicht 2.000 Stellen.", "Hollmark hat einen Bericht über den Abbau von 2.000 Stellen als falsch "
     "zurückgewiesen.", "de", "against"),
    ("The trial met its main goal.", "A previous version incorrectly stated that the trial had met its main goal.",
     "en", "against"),
])
def test_negation_and_opposites(claim, sentence, language, expected):
    assert stance_of(claim, sentence, language) == expected


def test_a_figure_for_another_quarter_is_no_support():
    ev = evidence_for("Der Netzbetreiber Telvanet hat im dritten Quartal 350.000 neue Glasfaserkunden gewonnen.",
                      source("Telvanet hat im dritten Quartal 215.000 neue Glasfaseranschlüsse aktiviert, nach "
                             "350.000 im zweiten Quartal.", "de"))
    assert all(e.stance != "supports" for e in ev)


def test_counts_of_different_things_are_not_compared():
    ev = evidence_for("Greyhawk Airlines cancelled more than 2,000 flights during the strike.",
                      source("Greyhawk Airlines scrapped about 1,150 flights over the strike, affecting roughly "
                             "180,000 passengers.", "en"))
    assert ev and all(e.stance != "supports" for e in ev) and "180,000" not in ev[0].number_detail


def test_a_sentence_that_refers_back_takes_the_company_from_its_source():
    ev = evidence_for("Der Umsatz der Nordwerk AG stieg im dritten Quartal 2024 um 12 Prozent auf 4,1 Milliarden "
                      "Euro.",
                      source("Die Nordwerk AG hat ihre Erlöse von Juli bis September 2024 ausgebaut. Wie der "
                             "Stuttgarter Maschinenbauer mitteilte, kletterten die Umsätze um zwölf Prozent auf 4,1 Milliarden "
                             "Euro.", "de"))
    assert any(e.stance == "supports" and "zwölf" in e.sentence for e in ev)


@pytest.mark.parametrize("text, language, figure, kind", [
    ("Die Zahl der Arbeitnehmer stieg um 0,9 Prozent.", "de", "0,9 Prozent", "change"),
    ("Der Anteil erreichte einen Höchststand von 31 Prozent.", "de", "31 Prozent", None),
    ("Die Inflation sank auf 2,2 Prozent.", "de", "2,2 Prozent", "level"),
    ("Australia's unemployment rate rose to 4.3% in June.", "en", "4.3%", "level"),
    ("Exports rose about 5% in May.", "en", "about 5%", "change"),
])
def test_a_percentage_is_a_change_or_a_level(text, language, figure, kind):
    from checkers.match import _percent_kind
    q = next(q for q in features(text, language).quantities if q.text == figure)
    assert _percent_kind(text, q) == kind


def test_a_change_does_not_contradict_a_level():
    ev = evidence_for("Der Anteil der Teilzeitbeschäftigten in Deutschland lag 2023 bei 31 Prozent.",
                      source("Die Zahl der Beschäftigten in Deutschland stieg 2023 um 0,9 Prozent.", "de"))
    assert all(e.stance != "contradicts" for e in ev)


def test_counts_compare_by_the_noun_they_count():
    from checkers.match import _count_noun
    text = "Im Laufe des Jahres gingen mehr als 3.000 neue öffentliche Ladepunkte in Betrieb."
    (q,) = features(text, "de").quantities
    assert _count_noun(text, q, "de") == frozenset({"ladepunkte"})
    ev = evidence_for("In Bayern wurden 2024 mehr als 3.000 neue Windräder genehmigt.", source(text, "de"))
    assert all(e.stance != "supports" for e in ev)


def test_a_level_and_a_change_of_the_same_figure_do_not_oppose():
    ev = evidence_for("Die Inflationsrate in Deutschland ist im März 2024 auf 2,2 Prozent gesunken.",
                      source("Die Verbraucherpreise in Deutschland haben sich im März 2024 gegenüber dem "
                             "Vorjahresmonat um 2,2 Prozent erhöht.", "de"))
    assert ev and not ev[0].opposite and ev[0].stance == "supports"


def test_a_source_silent_on_places_can_support_a_claim_about_one():
    claim = "U.S. retail sales rose 0.4% in March, according to the latest government data."
    ev = evidence_for(claim, source("Retail sales increased 0.4% in March, the Commerce Department said.", "en"))
    assert any(e.stance == "supports" for e in ev)
    other = evidence_for(claim, source("Retail sales in Canada increased 0.4% in March, Statistics Canada said.", "en"))
    assert all(e.stance != "supports" for e in other)


def test_cognates_meet_across_languages():
    claim = features("Die Elektrizitätsproduktion der Insolvenzverwalter", "de", whole_text_measure=True)
    plain = features("Die Insolvenz des Reaktors", "de", whole_text_measure=True)
    english = features("The insolvency of the reactor operator was confirmed.", "en")
    assert term_coverage(plain, english) == 100.0
    assert term_coverage(claim, english) < 100.0  # compounds are not cognates of their parts


def test_a_value_and_its_earlier_value_state_the_change():
    text = "Bellmoor reported operating profit of £48.2m for 2024, against £23.9m the year before."
    change = features(text, "en").quantities[-1]
    assert change.unit == "%" and change.low <= 101.7 <= change.high and "against" in change.text
    ev = evidence_for("Bellmoor Aggregates doubled its operating profit in 2024, the quarry group said.",
                      source("Quarry group Bellmoor Aggregates reported operating profit of £48.2m for 2024, "
                             "against £23.9m the year before.", "en"))
    assert any(e.stance == "supports" and "101.7%" in e.number_detail for e in ev)


def test_a_lexicon_word_has_one_concept():
    from checkers.terms import _lexicon, parse_lexicon

    assert _lexicon()[("de", "chip")] == "semiconductor"  # the shipped lexicon loads: one concept per word
    assert parse_lexicon("grow\twachsen\tgrow\ngrowth\twachstum\tgrowth")[("en", "growth")] == "growth"
    with pytest.raises(ValueError, match="'rise' is in 'growth' and 'grow'"):
        parse_lexicon("growth\twachstum\tgrowth,rise\ngrow\twachsen\tgrow,rise")
