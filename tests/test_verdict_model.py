"""The verdict model: its signals and probabilities (properties), its verdicts and rationales, the quality
gate on the held-back part of the real labelled sets (../shared/benchmarks/verdicts, recorded floors in
tests/eval/real_floors.json), and that benchmarks/train_verdicts.py rebuilds the shipped model exactly."""

import json
import subprocess
import sys

from hypothesis import given, settings as hsettings, strategies as st

from checkers.decide import decide_verdict
from checkers.entities import find_entities
from checkers.quantities import parse_quantities
from checkers.records import Claim, Evidence
from checkers.settings import Settings
from checkers.verdict_model import LABELS, SIGNALS, load_model, signals

from conftest import REPO

MODEL_ON = Settings().replace(decide_model=True)
WORDS = ["Umsatz", "stieg", "um", "12", "Prozent", "revenue", "rose", "fell", "not", "Alibaba", "Cloud", "2024",
         "may", "no", "evidence", "false", "Impfung", "schützt", "vaccine", "protects", "kein", "the", "die"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)


def claim_of(text: str, language: str = "en") -> Claim:
    return Claim(id="c1", article_id="a", position=0, sentence=text, span=(0, len(text)), text=text,
                 language=language, checkworthy=True, quantities=parse_quantities(text, language),
                 entities=find_entities(text, language))


def evidence_of(text: str, n: int, stance: str = "neutral", score: float = 60.0) -> Evidence:
    return Evidence(claim_id="c1", source_id=f"s{n}", url=f"http://site{n}.example/p", sentence=text,
                    span=(0, len(text)), score=score, lexical=score, entities=0.0, numbers="none",
                    number_detail="", negation=False, stance=stance)


@hsettings(max_examples=60, deadline=None, derandomize=True)
@given(claim=sentence, found=st.lists(sentence, max_size=4), language=st.sampled_from(["de", "en"]))
def test_signals_are_in_0_1_and_probabilities_sum_to_1(claim, found, language):
    values = signals(claim_of(claim, language), [evidence_of(s, i) for i, s in enumerate(found)])
    assert set(values) == set(SIGNALS) and all(0.0 <= v <= 1.0 for v in values.values()), values
    model = load_model()
    assert model is not None
    probs = model.probabilities(values)
    assert set(probs) == set(LABELS) and abs(sum(probs.values()) - 1.0) < 1e-9
    assert all(0.0 <= model.confidence(p, language) <= 1.0 for p in probs.values())


def test_the_shipped_model_is_fitted_on_the_signals_the_code_computes():
    raw = json.loads((REPO / "checkers" / "data" / "verdict_model.json").read_text("utf-8"))
    assert raw["signals"] == list(SIGNALS) and raw["labels"] == list(LABELS)
    assert all("licence" in v for v in raw["trained_on"].values())
    assert set(raw["calibration"]) == {"de", "en"}  # one calibration per claim language
    for points in raw["calibration"].values():
        xs, ys = [x for x, _ in points], [y for _, y in points]
        assert xs == sorted(xs) and ys == sorted(ys)  # isotonic: more probable is never less often right


def test_without_evidence_the_model_leaves_a_claim_unverified():
    v = decide_verdict(claim_of("Revenue rose 12 percent in 2024"), [], MODEL_ON)
    assert v.verdict == "unverified" and v.n_sources == 0 and "No source" in v.rationale
    assert v.confidence == round(load_model().no_evidence_right, 3)


def test_a_model_verdict_cites_its_sentences_and_names_the_signals_behind_it():
    claim = claim_of("The vaccine protects against severe disease")
    found = [evidence_of("The vaccine protects against severe disease, the trial found.", 1, "supports", 90.0),
             evidence_of("Severe disease was rare among those who got the vaccine.", 2, "neutral", 55.0)]
    v = decide_verdict(claim, found, MODEL_ON)
    assert v.verdict in LABELS
    assert "(model: " in v.rationale
    if v.verdict != "unverified":
        assert "http://site1.example/p" in v.rationale and v.evidence
    named = v.rationale.split("(model: ")[1].split(")")[0]
    assert named == "no signal stands out" or any(name in named for name in SIGNALS)


def test_the_model_beats_the_rules_and_meets_its_floors_on_real_held_back_claims():
    sys.path.insert(0, str(REPO / "benchmarks"))
    from verdicts_real import measure

    floors = json.loads((REPO / "tests" / "eval" / "real_floors.json").read_text("utf-8"))
    result = measure()
    for name, floor in floors["sets"].items():
        r = result[name]
        assert r["held_items"] >= floor["held_items"], name
        assert r["model"]["macro_f1"] >= floor["macro_f1"], (name, r["model"])
        assert r["model"]["contradicted_recall"] >= floor["contradicted_recall"], (name, r["model"])
        assert r["ece"] <= floor["ece_at_most"], (name, r["ece"])
        assert r["rules_ece"] <= floor["rules_ece_at_most"], (name, r["rules_ece"])
        assert r["model"]["macro_f1"] > r["rules"]["macro_f1"], (name, r)
    assert result["mean"]["model"] >= floors["mean_macro_f1"]


def test_the_training_script_rebuilds_the_shipped_model_exactly():
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "train_verdicts.py"), "--check"],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_real_articles_checked_against_an_unrelated_web_stay_unverified():
    """The corpus's 20 real articles against the demo web (about Alibaba, chip makers and German markets):
    a figure that matches alone is no evidence, so next to nothing may come out supported or contradicted."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from unrelated_web import check

    ceilings = json.loads((REPO / "tests" / "eval" / "real_floors.json").read_text("utf-8"))["unrelated_web"]
    rules = check(Settings())
    assert rules["claims"] >= 400 and rules["pages"] >= 15
    assert rules["decided"] <= ceilings["rules_at_most"], [v["claim"] for v in rules["verdicts"]]
    assert check(MODEL_ON)["decided"] <= ceilings["model_at_most"]
