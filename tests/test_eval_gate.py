"""Quality gate: verdicts on the held-back labelled split must not fall below the recorded floors."""

import json
from pathlib import Path

from checkers.evaluate import load_items, metrics, verify_item
from checkers.settings import Settings

EVAL = Path(__file__).resolve().parent / "eval"


def test_held_back_split_meets_the_recorded_floor():
    floors = json.loads((EVAL / "floors.json").read_text("utf-8"))
    items = load_items(EVAL / "test.jsonl")
    settings = Settings()
    result = metrics([(item.label, verify_item(item, settings).verdict) for item in items])
    assert result["items"] >= 140
    assert result["macro_f1"] >= floors["macro_f1"], result
    assert result["accuracy"] >= floors["accuracy"], result


def test_fresh_held_out_set_meets_its_floor():
    floors = json.loads((EVAL / "floors.json").read_text("utf-8"))["fresh"]
    items = load_items(EVAL / "fresh" / "fresh.jsonl")
    settings = Settings()
    result = metrics([(item.label, verify_item(item, settings).verdict) for item in items])
    assert result["items"] == 120
    assert result["macro_f1"] >= floors["macro_f1"], result
    assert result["accuracy"] >= floors["accuracy"], result


def test_the_two_splits_do_not_share_items():
    dev = {i.id for i in load_items(EVAL / "dev.jsonl")}
    test = {i.id for i in load_items(EVAL / "test.jsonl")}
    fresh = {i.id for i in load_items(EVAL / "fresh" / "fresh.jsonl")}
    assert dev and test and fresh and not dev & test and not (dev | test) & fresh
