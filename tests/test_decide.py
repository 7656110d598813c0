from checkers.decide import decide_verdict
from checkers.records import Claim, Evidence
from checkers.settings import Settings

CLAIM = Claim(id="c1", article_id="a", position=0, sentence="s", span=(0, 1), text="Claim", language="de",
              checkworthy=True)


def ev(stance: str, score: float, n: int) -> Evidence:
    return Evidence(claim_id="c1", source_id=f"s{n}", url=f"http://site{n}.example/p", sentence=f"sentence {n}",
                    span=(0, 10), score=score, lexical=score, entities=100.0,
                    numbers="agree" if stance == "supports" else "disagree",
                    number_detail="26 % ≈ 26%" if stance == "supports" else "26 % ≠ 18%", negation=False,
                    stance=stance)


def decide(*evidence):
    return decide_verdict(CLAIM, list(evidence), Settings())


def test_no_evidence_is_unverified():
    v = decide()
    assert v.verdict == "unverified" and v.n_sources == 0 and "No source" in v.rationale


def test_support_only_is_supported_and_more_sources_raise_confidence():
    one, two = decide(ev("supports", 80, 1)), decide(ev("supports", 80, 1), ev("supports", 80, 2))
    assert one.verdict == two.verdict == "supported" and two.confidence > one.confidence
    assert "http://site1.example/p" in one.rationale and "26 % ≈ 26%" in one.rationale


def test_one_site_counts_once():
    same_site = decide(ev("supports", 80, 1), ev("supports", 80, 1))
    assert same_site.n_sources == 1 and same_site.confidence == decide(ev("supports", 80, 1)).confidence


def test_disagreeing_sources_are_mixed_and_lone_contradiction_is_contradicted():
    assert decide(ev("supports", 80, 1), ev("contradicts", 80, 2)).verdict == "mixed"
    assert decide(ev("contradicts", 80, 2)).verdict == "contradicted"


def test_neutral_evidence_does_not_decide():
    assert decide(ev("neutral", 90, 1)).verdict == "unverified"


def test_confidence_is_a_probability():
    for evidence in ([], [ev("supports", 100, i) for i in range(10)], [ev("contradicts", 100, 1)]):
        assert 0.0 <= decide(*evidence).confidence <= 1.0


def test_a_source_whose_sentences_take_both_sides_counts_its_most_relevant_one():
    from dataclasses import replace
    weaker_support = replace(ev("supports", 62, 1), sentence="the claim's figure, for another measure")
    assert decide(weaker_support, ev("contradicts", 85, 1)).verdict == "contradicted"
    assert decide(replace(ev("supports", 90, 1)), ev("contradicts", 70, 1)).verdict == "supported"


def test_a_yes_no_question_is_checked_as_the_assertion_it_asks_about():
    from checkers.evaluate import as_assertion

    assert as_assertion("Stimmt es, dass die Inflation auf 2,2 Prozent fiel?", "de") == "die Inflation auf 2,2 Prozent fiel"
    assert as_assertion("Did Alibaba raise its budget?", "en") == "Alibaba raise its budget"
    # A German question that opens with its full verb keeps it, as a verb (not a capitalised name).
    assert as_assertion("Hilft Vitamin D gegen Covid-19?", "de") == "hilft Vitamin D gegen Covid-19"
    assert as_assertion("Können Masken die Ansteckung verhindern?", "de") == "können Masken die Ansteckung verhindern"
    assert as_assertion("Masken verhindern die Ansteckung.", "de") == "Masken verhindern die Ansteckung."
