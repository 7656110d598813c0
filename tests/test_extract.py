import json

import pytest

from checkers.extract import extract_page
from checkers.records import Page

from conftest import DEMO_WEB, GOLD

ARTICLE = DEMO_WEB / "unternehmen/it-medien/alibaba-will-mehr-als-380-milliarden-yuan-in-ki-investieren/100154321.html"


def page_of(path, url="http://news.example/a.html", **kw) -> Page:
    return Page(url=url, provider="explicit", final_url=url, status=200, body=path.read_text("utf-8"),
                content_type="text/html", **kw)


def test_main_text_without_boilerplate_and_with_metadata():
    source = extract_page(page_of(ARTICLE))
    assert source.ok and source.language == "de" and source.published_at.startswith("2025-09-24")
    assert "380 Milliarden Yuan" in source.text
    assert "Cookie" not in source.text and "Impressum" not in source.text  # banner and footer are gone
    assert source.title and source.links and all(link.startswith("http://news.example/") for link in source.links)


def test_failed_page_stays_a_source_with_its_reason():
    source = extract_page(Page(url="http://x.example/", provider="feed", error="timeout", error_message="timed out"))
    assert not source.ok and source.error == "timeout" and source.text is None


def test_page_with_no_text_is_a_reason_not_an_empty_source():
    source = extract_page(Page(url="http://x.example/", provider="feed", status=200, body="<html><body></body></html>",
                               content_type="text/html"))
    assert source.error == "no-text"


def test_same_url_same_id():
    assert extract_page(page_of(ARTICLE)).id == extract_page(page_of(ARTICLE)).id


def test_claim_review_markup_is_read():
    html = """<html lang="en"><head><title>Fact check</title><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "Alibaba will spend 380 trillion yuan",
     "author": {"@type": "Organization", "name": "Example Checks"}, "datePublished": "2025-09-25",
     "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"}}</script></head>
    <body><article><p>We looked at the claim that Alibaba will spend 380 trillion yuan on AI. The announced
    figure is 380 billion yuan over three years, so the claim is false.</p></article></body></html>"""
    source = extract_page(Page(url="http://checks.example/a", provider="explicit", status=200, body=html,
                               content_type="text/html"))
    (review,) = source.claim_reviews
    assert review.rating == "False" and review.reviewer == "Example Checks" and "380 trillion" in review.claim_reviewed


def test_aeb_extraction_quality_gate():
    """F1 on the public AEB benchmark must not fall below the recorded floor (benchmarks/extraction_aeb.py)."""
    from checkers.aeb import AEB_DIR, load_aeb, score_extraction

    if not AEB_DIR.exists():
        pytest.skip(f"AEB benchmark not found at {AEB_DIR}")
    floor = json.loads((GOLD / "floors.json").read_text("utf-8"))["aeb-extraction"]
    pairs = [(extract_page(Page(url=url, provider="aeb", final_url=url, status=200, body=html,
                                content_type="text/html")).text or "", gold) for url, html, gold in load_aeb()]
    result = score_extraction(pairs)
    assert result["f1"] >= floor["f1"], result


@pytest.mark.parametrize("tag, code", [("en-US", "en"), ("de-AT", "de"), ("en-Poly", "en"), ("fr", None),
                                       ({"@type": "Language", "name": "English"}, "en"), (7, None), ("", None)])
def test_language_tags_as_pages_write_them(tag, code):
    from checkers.extract import language_code

    assert language_code(tag) == code


def test_the_text_says_its_language_over_the_lang_attribute():
    # Templates ship lang="en" on German articles (4 of the 132 AEB pages with the attribute disagree
    # with their text, and the text is right each time); a text too short to tell keeps the attribute.
    html = ARTICLE.read_text("utf-8").replace('<html lang="de"', '<html lang="en"')
    assert '<html lang="en"' in html
    url = "http://news.example/a.html"
    source = extract_page(Page(url=url, provider="explicit", final_url=url, status=200, body=html,
                               content_type="text/html"))
    assert source.language == "de"
    from checkers.extract import page_language

    assert page_language("de", "OK 42") == "de" and page_language(None, "Die Zahl der Anträge stieg deutlich.") == "de"


def test_odd_claim_review_markup_does_not_break_matching():
    """A real page's ClaimReview said "inLanguage": "en-Poly" and crashed the run in the lemmatiser."""
    from checkers.match import match_claims
    from checkers.records import Claim
    from checkers.settings import Settings

    html = """<html><head><script type="application/ld+json">
    {"@type": "ClaimReview", "claimReviewed": "Alibaba will spend 380 trillion yuan", "inLanguage": "en-Poly",
     "reviewRating": [{"@type": "Rating", "alternateName": "False"}]}</script></head>
    <body><article><p>We looked at the claim that Alibaba will spend 380 trillion yuan on AI. The announced
    figure is 380 billion yuan over three years, so the claim is false.</p></article></body></html>"""
    source = extract_page(Page(url="http://checks.example/a", provider="explicit", status=200, body=html,
                               content_type="text/html"))
    (review,) = source.claim_reviews
    assert review.language == "en" and review.rating == "False"
    text = "Alibaba will spend 380 trillion yuan"
    claim = Claim(id="c", article_id="a", position=0, sentence=text, span=(0, len(text)), text=text,
                  language="en", checkworthy=True)
    assert any(e.kind == "review" and e.stance == "contradicts" for e in match_claims([claim], [source], Settings()))
