"""Claim extraction: unit cases and the quality gate over every gold file in tests/gold/."""

import json
from pathlib import Path

import pytest

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.gold import load_gold, score
from checkers.settings import Settings

from conftest import GOLD

FLOORS = json.loads((GOLD / "floors.json").read_text("utf-8"))
GOLD_FILES = sorted(GOLD.glob("*.claims.json"))


def claims_of(text: str):
    return split_claims(article_from_text(text, Settings()))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_quality_gate(gold_path: Path):
    gold, article_path = load_gold(gold_path)
    result = score(claims_of(article_path.read_text("utf-8")), gold)
    floor = FLOORS[gold_path.name]
    assert result.recall >= floor["recall"], f"recall {result.recall:.2f}; missed {result.missed}"
    assert result.precision >= floor["precision"], f"precision {result.precision:.2f}; extra {result.unmatched}"


def test_seed_article_has_no_checkworthy_claim_from_its_not_checkworthy_sentences():
    gold, article_path = load_gold(GOLD / "alibaba-apsara-2025.de.claims.json")
    assert score(claims_of(article_path.read_text("utf-8")), gold).violations == ()


def test_every_sentence_is_kept_with_a_reason_when_not_checkworthy():
    claims = claims_of("Alibaba Aktie: KI-Offensive eskaliert!\nKann Alibaba das schaffen? "
                       "Die Aktie hat im letzten Monat über 40 Prozent zugelegt. Hier weiterlesen...")
    dropped = {c.sentence: c.reason for c in claims if not c.checkworthy}
    assert dropped["Kann Alibaba das schaffen?"] == "question"
    assert dropped["Hier weiterlesen..."] == "call to action or advertising"
    assert all(reason for reason in dropped.values())
    (worthy,) = [c for c in claims if c.checkworthy]
    assert "Alibaba-Aktie" in worthy.text and worthy.quantities[0].value == 40


def test_lists_become_one_claim_per_member():
    claims = claims_of("Alibaba Cloud baut Rechenzentren. Neue Rechenzentren in Brasilien, Frankreich und den "
                       "Niederlanden sind geplant.")
    texts = [c.text for c in claims if c.checkworthy and "geplant" in c.text]
    assert len(texts) == 3 and sum("Frankreich" in t for t in texts) == 1


def test_spans_point_at_the_sentence():
    text = "Alibaba Aktie steigt\nDie Cloud-Sparte von Alibaba wuchs um 26 Prozent, während KI-Produkte dreistellig wuchsen."
    article = article_from_text(text, Settings())
    for c in split_claims(article):
        assert article.text[c.span[0]:c.span[1]] == c.sentence
