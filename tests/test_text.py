import json

import pytest

from checkers.text import (MONTHS_AND_YEARS, SUPPORTED_MIN_SCORE, _language_score, content_terms, detect_language, split_sentences,
                           supported_language)

from conftest import REPO, SEED_ARTICLE

AEB = REPO.parent / "shared" / "benchmarks" / "aeb" / "ground-truth.json"


def test_sentences_point_back_into_the_text():
    text = SEED_ARTICLE.read_text("utf-8")
    sentences = split_sentences(text, "de")
    assert len(sentences) > 25
    for start, end, sentence in sentences:
        assert text[start:end] == sentence


def test_a_line_break_always_ends_a_sentence():
    text = "Partnerschaft mit Nvidia als Gamechanger\nDie Zusammenarbeit zielt auf Physical AI."
    assert [s for _, _, s in split_sentences(text, "de")] == [
        "Partnerschaft mit Nvidia als Gamechanger", "Die Zusammenarbeit zielt auf Physical AI."]


def test_german_ordinal_dates_do_not_end_sentences():
    text = "Neue Analyse vom 29. September liefert die Antwort. Sie ist gut."
    assert len(split_sentences(text, "de")) == 2


def test_language_detection():
    assert detect_language("Die Aktie notiert auf ihrem höchsten Stand seit fast vier Jahren.") == "de"
    assert detect_language("The shares rose to their highest level in nearly four years.") == "en"


def test_content_terms_are_lemmas_without_stop_words():
    terms = content_terms("Die Rechenzentren in den Niederlanden", "de")
    assert terms[0] == "rechenzentrum" and len(terms) == 2  # "die", "in", "den" dropped
    assert content_terms("Alibaba's data centres", "en") == ["alibaba", "data", "centre"]


def test_the_supported_language_threshold_separates_the_real_pages():
    """On the real AEB pages: a German or English page (by its URL's language path or domain, as a
    person reads it) is supported; a page in another language is not."""
    if not AEB.exists():
        pytest.skip("AEB benchmark not found")
    pages = json.loads(AEB.read_text("utf-8"))
    foreign = ("wday.ru", "entermedia.co.kr", "vse-diety.com", "gto-normativy.ru", ".com.br", "kabarislamia.com",
               "remember8090.it")
    for page in pages.values():
        body = page["articleBody"]
        if len(body) < 200:
            continue
        if any(f in page["url"] for f in foreign):
            assert not supported_language(body), page["url"]
        elif page["url"].startswith(("https://www.bbc.", "https://www.cnbc.", "https://www.reuters.",
                                     "https://blog.comwrap")):
            assert supported_language(body), (page["url"], _language_score(body[:5000]))
    assert 0.25 < SUPPORTED_MIN_SCORE < 0.51


def test_an_embedded_post_ends_a_sentence_after_its_picture_link():
    text = ("Fusionsanlage Wendelstein 7-X in Betrieb gegangen https://t.co/QH1bJFIB6F (js) #W7X "
            "pic.twitter.com/ZNXgs0HgKt Es war eine Generalprobe für 2016 folgende Versuche.")
    sentences = [s for _, _, s in split_sentences(text, "de")]
    assert sentences[-1] == "Es war eine Generalprobe für 2016 folgende Versuche."
    assert all(text[a:b] == s for a, b, s in split_sentences(text, "de"))


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence_but_a_domain_does_not():
    text = "Der Verlust bedeutet einen Verlust der Daten.Weder die TK noch IBM haben Zugriff. Siehe www.Example.com heute."
    assert [s for _, _, s in split_sentences(text, "de")] == [
        "Der Verlust bedeutet einen Verlust der Daten.", "Weder die TK noch IBM haben Zugriff.",
        "Siehe www.Example.com heute."]


def test_a_market_code_is_no_sentence_end_and_the_sentence_keeps_it():
    text = ("On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02. "
            "Brent LCOc1 was last at $60.73 and the euro EUR= rose.")
    sentences = split_sentences(text, "en")
    assert [s for _, _, s in sentences] == [
        "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02.",
        "Brent LCOc1 was last at $60.73 and the euro EUR= rose."]
    assert all(text[a:b] == s for a, b, s in sentences)


def test_the_faster_abbreviation_search_gives_exactly_what_pysbd_gives():
    """checkers._pysbd_regex_cache replaces pysbd's abbreviation search with a faster one: same text out."""
    from pysbd.abbreviation_replacer import AbbreviationReplacer
    from pysbd.languages import Language

    from checkers._pysbd_regex_cache import ORIGINAL, _search_for_abbreviations

    lines = ["The company, Acme Co. Ltd., hired Dr. Smith on Jan. 5 at 9 a.m. and paid approx. 5 mln. dollars.",
             "Co-founder Prof. Jones, e.g. in Vol. 3, cites No. 7 and fig. 2; see also p. 14 ff. for details.",
             "Die Firma GmbH & Co. KG zahlte ca. 3 Mio. Euro, u.a. an Dr. Meier, Nr. 5, z.B. am 3. Okt. 2024.",
             "company cost coefficient: no period after any abbreviation here, co co co",
             "St. Louis vs. Mt. Everest, Gen. Lee and Sgt. Pepper met Mr. and Mrs. Jones."]
    for code in ("en", "de"):
        lang = Language.get_language_code(code)
        replacer = AbbreviationReplacer("", lang)
        for line in lines:
            assert _search_for_abbreviations(replacer, line) == ORIGINAL["search_for_abbreviations_in_string"](
                replacer, line), (code, line)


def test_a_hyphen_after_a_full_stop_continues_the_sentence():
    # DER STANDARD (10kGNAD): "K.-o.-Spielen", the knockout games
    text = "Die Statistik zeigt, dass Ibrahimovic in 37 K.-o.-Spielen nur acht Treffer erzielt hat. Das ist wenig."
    assert [s for _, _, s in split_sentences(text, "de")] == [
        "Die Statistik zeigt, dass Ibrahimovic in 37 K.-o.-Spielen nur acht Treffer erzielt hat.", "Das ist wenig."]


@pytest.mark.parametrize("text,dated", [
    ("Swedish prosecutors decided to reopen the investigation in May", True),
    ("The deal closed on May 20", True),
    ("May I ask a question", False),
    ("Prime Minister Theresa May said so", False),
])
def test_may_is_a_month_only_where_only_the_month_fits(text, dated):
    assert bool(MONTHS_AND_YEARS.search(text)) is dated
