"""Claim extraction: unit cases, the quality gate over the real corpus (../shared/corpus/claims, gold by
annotators who never saw the code) and the regression gate over the team-written files in tests/gold/."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checkers.article import article_from_text
from checkers.claims import hard_reason, split_claims, without_furniture
from checkers.clauses import atomise, split_clauses, split_counts
from checkers.entities import find_entities
from checkers.gold import corpus_split, load_gold, odd_shape, score, totals
from checkers.settings import Settings

from conftest import GOLD, REPO

FLOORS = json.loads((GOLD / "floors.json").read_text("utf-8"))
GOLD_FILES = sorted(GOLD.glob("*.claims.json"))
CORPUS = REPO.parent / "shared" / "corpus" / "claims"
CORPUS_FILES = sorted(CORPUS.glob("*.claims.json"))
AEB = REPO.parent / "shared" / "benchmarks" / "aeb" / "ground-truth.json"
CORPUS_FLOORS = json.loads((GOLD / "corpus_floors.json").read_text("utf-8"))


def claims_of(text: str):
    return split_claims(article_from_text(text, Settings()))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_quality_gate(gold_path: Path):
    gold, article_path = load_gold(gold_path)
    result = score(claims_of(article_path.read_text("utf-8")), gold)
    floor = FLOORS[gold_path.name]
    assert result.recall >= floor["recall"], f"recall {result.recall:.2f}; missed {result.missed}"
    assert result.precision >= floor["precision"], f"precision {result.precision:.2f}; extra {result.unmatched}"


@pytest.fixture(scope="module")
def corpus_scores():
    if not CORPUS_FILES:
        pytest.skip(f"real-article corpus not found at {CORPUS}")
    out = {}
    for path in CORPUS_FILES:
        gold, article_path = load_gold(path)
        out[path] = (score(claims_of(article_path.read_text("utf-8")), gold), len(gold["claims"]))
    return out


def test_real_corpus_quality_gate(corpus_scores):
    """Per article and per half of the corpus, recall and precision at or above the recorded floors, and
    no more sentences the annotators marked not check-worthy yielding a claim than recorded."""
    low = []
    for path, (result, _) in corpus_scores.items():
        floor = CORPUS_FLOORS["articles"][path.name.removesuffix(".claims.json")]
        if result.recall < floor["recall"] or result.precision < floor["precision"] \
                or len(result.violations) > floor["violations"]:
            low.append(f"{path.name}: recall {result.recall:.2f}, precision {result.precision:.2f}, "
                       f"{len(result.violations)} not check-worthy hits (floor {floor})")
    halves = corpus_split(list(corpus_scores))
    for half, floor in CORPUS_FLOORS["total"].items():
        t = totals([corpus_scores[p] for p in corpus_scores if halves[p] == half])
        if t.recall < floor["recall"] or t.precision < floor["precision"]:
            low.append(f"{half} half: recall {t.recall:.3f}, precision {t.precision:.3f} (floor {floor})")
    assert not low, "\n".join(low)


def test_seed_article_has_no_checkworthy_claim_from_its_not_checkworthy_sentences():
    gold, article_path = load_gold(GOLD / "alibaba-apsara-2025.de.claims.json")
    assert score(claims_of(article_path.read_text("utf-8")), gold).violations == ()


def test_a_not_checkworthy_entry_is_the_start_of_a_longer_sentence():
    from checkers.records import Claim
    sentence = "Ob sich das Gerät als wirkliche Alternative zum iPhone etablieren kann, muss sich noch zeigen."
    claim = Claim(id="c", article_id="a", position=0, sentence=sentence, span=(0, len(sentence)), text=sentence,
                  language="de", checkworthy=True, reason=None, quantities=(), entities=())
    gold = {"article": "a", "claims": [{"id": "x", "keys": ["iPhone"], "forbid": ["zeigen"]}],
            "not_checkworthy": [sentence[:50]]}
    assert score([claim], gold).violations == (sentence,)


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


def test_a_list_of_names_keeps_each_whole_name():
    texts = worthy_texts("Fockers breaks a record. The sequel stars Robert De Niro, Dustin Hoffman and Barbra Streisand.")
    starring = [t for t in texts if "stars" in t]
    assert len(starring) == 3 and any(t.endswith("stars Robert De Niro") for t in starring), starring
    assert not any("Robert Dustin" in t for t in starring)


def test_a_person_named_in_full_is_known_by_the_surname_later():
    texts = worthy_texts("Orion Bank drops the case. Deputy director Eva-Marie Persson said so on Tuesday. "
                         "Persson explained that the evidence had weakened.")
    assert "Persson explained that the evidence had weakened" in texts  # a claim, with no topic put in front


def test_an_apposition_before_a_prepositional_phrase_or_the_end_is_a_claim():
    texts = worthy_texts("Skyline Air orders jets. Skyline Air is the number one buyer of the A380, the world's largest "
                         "airliner, with 123 of the planes in its fleet.")
    assert "A380 is the world's largest airliner" in texts
    assert any("123" in t and "largest airliner" not in t for t in texts), texts


@pytest.mark.parametrize("text,claim", [
    ("Forscher erzeugen Plasma. Das ist ein toller Tag, sagte die wissenschaftliche Direktorin Sibylle Günter.",
     "Sibylle Günter ist wissenschaftliche Direktorin"),
    ("AlphaGo gewinnt. Das Programm besiegte den Südkoreaner Lee Sedol.", "Lee Sedol ist Südkoreaner"),
    ("AlphaGo wins. The program played well, said commentator Michael Redmond.", "Michael Redmond is commentator"),
])
def test_a_noun_of_agent_or_origin_before_a_name_is_a_claim_about_the_person(text, claim):
    assert claim in worthy_texts(text)


def test_a_company_after_an_english_noun_in_er_is_no_person():
    assert not any(t.endswith(" is carrier") for t in worthy_texts(
        "Boeing sells jets. Bids came from the carrier Emirates Airline on Monday."))


def test_a_second_verb_phrase_keeps_the_name_that_opens_the_sentence():
    texts = [c.text for c in claims_of("AlphaGo gewinnt. Lee geriet am Ende in Zeitnot und gab nach mehr als vier "
                                       "Stunden auf.")]
    assert any(t.endswith("Lee gab nach mehr als vier Stunden auf") for t in texts), texts
    assert not any("AlphaGo gab" in t for t in texts)


def test_a_list_inside_a_relative_clause_stays_in_it():
    texts = [c.text for c in claims_of(
        "Spurs hire Mourinho. Mourinho, who also managed Porto, Real Madrid and Inter Milan, has turned down a number "
        "of opportunities to coach abroad.")]
    assert "Mourinho, who also managed Real Madrid" in texts
    assert "Mourinho has turned down a number of opportunities to coach abroad" in texts
    assert not any(t.startswith(("Real Madrid, has", "Inter Milan, has")) for t in texts), texts


def test_pieces_of_two_words_are_no_claims_and_a_subject_cut_by_a_comma_is_no_subject():
    claims = claims_of("Bevin loses. The result came in Kentucky, where Trump had campaigned, and in Mississippi. "
                       "The private equity firm Alden Capital, which owns the Register, bid $1.36 billion.")
    assert not any(c.checkworthy and len(c.text.split()) < 3 for c in claims)
    assert not any(",:" in c.text for c in claims)


def test_an_age_before_a_name_is_a_claim_of_its_own():
    texts = worthy_texts("Spain wins. Spain beat the US thanks to the 18-year-old Nadal, who won in four sets.")
    assert "Nadal is 18 years old" in texts
    assert "Spain beat the US thanks to Nadal" in texts  # the age is not a second fact of this claim
    assert "Nadal, who won in four sets" in texts  # a relative clause keeps its antecedent, nothing in front


def test_coordinated_demands_in_zu_infinitives_are_one_claim_each():
    texts = worthy_texts("Der AVV erhöht die Preise. Der AVV fordert vom Bund, das Deutschlandticket über 2023 hinaus zu "
                         "finanzieren und den Preis bei 49 Euro stabil zu halten.")
    assert any("finanzieren" in t and "49 Euro" not in t for t in texts), texts
    assert any("49 Euro stabil zu halten" in t and "finanzieren" not in t and t.startswith("Der AVV fordert")
               for t in texts), texts


def test_a_side_clause_is_split_again():
    texts = [c.text for c in claims_of(
        "Österreich meldet Kosten. Das Defizit steigt um 0,3 Prozent, weil die EU-Kommission das Herausrechnen der "
        "Kosten nicht zulässt, sondern nur ihre Berücksichtigung angekündigt hat.")]
    assert any("zulässt" in t and "angekündigt" not in t for t in texts), texts
    assert any("angekündigt" in t and "zulässt" not in t for t in texts), texts


def test_a_breakdown_after_a_colon_is_one_claim_per_share():
    texts = worthy_texts("Boeing wins an Emirates order. It comes in addition to five 787 sales earlier this week: two to Biman "
                         "Bangladesh Airlines and three to the Ghanaian government.")
    assert any(t.endswith("It comes in addition to five 787 sales earlier this week") for t in texts), texts
    assert any(t.endswith(": two to Biman Bangladesh Airlines") for t in texts), texts
    assert any(t.endswith(": three to the Ghanaian government") for t in texts), texts
    assert not any("two to Biman" in t and "three to" in t for t in texts), texts


@pytest.mark.parametrize("sentence", ["'We Got Her!'", "“Where is the money?”"])
def test_a_quoted_exclamation_or_question_is_no_claim(sentence):
    claims = claims_of(f"Police rescue a girl. {sentence} The girl was found on Monday.")
    assert not any(c.checkworthy and c.sentence.startswith(sentence[:5]) for c in claims)


def test_and_between_two_capitalised_english_words_is_inside_a_name():
    texts = worthy_texts("WeWork faces scrutiny. Bloomberg reported on Friday that WeWork is facing scrutiny from the "
                         "U.S. Securities and Exchange Commission over its listing.")
    assert not any(t.startswith("Exchange Commission") for t in texts), texts


def test_a_compared_figure_is_a_claim_of_its_own():
    texts = worthy_texts("Home Depot cuts its outlook. Home Depot said sales growth in 2019 will be 3.5%, compared with "
                         "prior guidance of 4.0%.")
    assert any("3.5%" in t and "4.0%" not in t for t in texts), texts
    assert any("4.0%" in t and "3.5%" not in t for t in texts), texts


def test_a_list_of_counts_is_one_claim_per_count():
    texts = worthy_texts("Webb is convicted. Webb still faces nine state charges of aggravated kidnapping, six counts "
                         "of aggravated sexual assault of a child (enhanced) and two counts of indecency with a child.")
    assert any("nine state charges" in t and "six counts" not in t for t in texts), texts
    assert any("six counts" in t and "nine" not in t and "two counts" not in t for t in texts), texts
    assert any("two counts of indecency" in t and "six counts" not in t for t in texts), texts


def test_a_subject_ends_at_the_comma_before_its_apposition():
    texts = [c.text for c in claims_of("Police rescue a girl. The suspect, Michael Webb, was convicted and "
                                       "sentenced to life in federal prison last Thursday.")]
    assert not any("Michael sentenced" in t for t in texts), texts


def test_a_date_before_two_names_is_no_list_member():
    texts = [c.text for c in claims_of("UK election. In their first TV debate on Tuesday, Johnson and Corbyn attacked "
                                       "each other's policies.")]
    assert not any("on Johnson" in t or "on Corbyn" in t for t in texts), texts


def test_a_nationality_is_no_name_for_an_age_and_a_bare_attribution_is_no_claim():
    claims = claims_of("Sweden drops the case. The 48-year-old Australian has denied the allegations. Ms Persson said.")
    assert not any(c.text.startswith("Australian is") for c in claims)
    assert not any(c.checkworthy and c.text == "Ms Persson said" for c in claims)


def test_a_second_verb_phrase_keeps_an_english_subject_without_a_name():
    texts = worthy_texts("Police rescue a girl. A family friend found the suspect's car in the hotel parking lot on "
                         "Monday and called 911.")
    assert "A family friend called 911" in texts, texts


@pytest.mark.parametrize("line", ["-- FEELING LIKE SECOND RATE", "Video Shows Dramatic Rescue of Kidnapped Girl"])
def test_a_line_in_capitals_or_title_case_is_a_heading(line):
    claims = claims_of(f"Police rescue a girl.\n{line}\nThe girl was found in a hotel on Monday.")
    assert [c.reason for c in claims if c.sentence == line] == ["headline or section title"]


def test_a_short_piece_without_verb_or_figure_is_no_claim_but_a_figure_or_a_verb_in_s_is():
    from checkers.claims import _claim_reason
    from checkers.entities import find_entities

    def reason(clause, language="en"):
        return _claim_reason(clause, language, None, False, find_entities(clause, language))

    assert reason("Lowe's reports earnings Wednesday") == (True, None)  # "reports" may be the verb
    assert reason("für Kinder 1,10 Euro", "de") == (True, None)  # a figure of a list
    assert reason("Comedy Fat Albert")[0] is False  # a piece of a list of titles


@pytest.mark.parametrize("sentence,attribute", [
    ("Die Regeln des ursprünglich aus China stammenden Go sind relativ einfach.",
     "des ursprünglich aus China stammenden Go"),
    ("Das geht aus dem der APA vorliegenden Stabilitätsprogramm hervor.", "dem der APA vorliegenden Stabilitätsprogramm"),
])
def test_a_german_extended_participle_attribute_is_a_claim_of_its_own(sentence, attribute):
    assert attribute in split_clauses(sentence, "de", None)


def test_an_adjective_without_a_phrase_before_it_is_no_attribute():
    assert split_clauses("Er nannte eine bestimmte Geste des Fingers mit einer bestimmten Funktion.", "de", None) \
        == ["Er nannte eine bestimmte Geste des Fingers mit einer bestimmten Funktion"]


@pytest.mark.parametrize("sentence, clause", [
    # after the verb particle, the relative clause refers to the noun before it
    ("Das geht aus dem Stabilitätsprogramm hervor, das am Dienstag nach Brüssel geschickt wurde.",
     "dem Stabilitätsprogramm, das am Dienstag nach Brüssel geschickt wurde"),
    # ending in an auxiliary, it is one even before a name
    ("AlphaGo wurde bei der Firma DeepMind entwickelt, die Google vor gut zwei Jahren gekauft hatte.",
     "der Firma DeepMind, die Google vor gut zwei Jahren gekauft hatte"),
])
def test_a_german_relative_clause_is_a_claim_about_the_noun_before_it(sentence, clause):
    assert clause in split_clauses(sentence, "de", None)


def test_an_adverb_before_the_verb_is_no_subject():
    texts = worthy_texts("Alibaba baut aus. Gleichzeitig expandiert Alibaba Cloud international: Neue Rechenzentren "
                         "sind geplant, gefolgt von Standorten in Mexiko, Japan und Dubai.")
    assert not any(t.startswith("Gleichzeitig:") for t in texts), texts


NEWS = ("Police rescue a kidnapped girl. Officers found the girl in a hotel in Forest Hill on Monday. Police used a "
        "ram to force open the door of the room. Everything went as planned.")


def test_plain_statements_are_claims_only_when_the_setting_is_on():
    plain = "Police used a ram to force open the door of the room"
    article = article_from_text(NEWS, Settings())
    assert not any(c.checkworthy and c.text.endswith(plain) for c in split_claims(article))
    kept = split_claims(article, plain_statements=True)
    assert any(c.checkworthy and c.text.endswith(plain) for c in kept)
    assert not any(c.checkworthy and "Everything went" in c.text for c in kept)  # a pronoun for a subject


def test_plain_statements_are_not_kept_in_an_article_that_asks_or_advertises():
    article = article_from_text(NEWS + " Should you buy the stock now?", Settings())
    assert not any(c.checkworthy and "ram to force" in c.text for c in split_claims(article, plain_statements=True))


def test_an_english_plain_statement_about_a_named_thing_is_a_claim_in_news_only():
    news = ("Sweden drops the Assange case. Swedish prosecutors dropped the investigation on Tuesday. "
            "Assange has denied both allegations. Officials were not able to proceed.")
    kept = worthy_texts(news)
    assert any(t.endswith("Assange has denied both allegations") for t in kept), kept
    assert not any("not able to proceed" in t for t in kept), kept  # names nobody: a plain statement
    asked = worthy_texts(news + " Will he ever face a court?")
    assert not any("denied both allegations" in t for t in asked), asked  # an article that asks is no report
    german = worthy_texts("Schweden stellt Verfahren ein. Die Staatsanwaltschaft stellte das Verfahren am Dienstag "
                          "ein. Assange hat beide Vorwürfe bestritten.")
    assert not any("Vorwürfe bestritten" in t for t in german), german  # not yet in German


def test_the_claims_command_reads_the_setting(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, "utf-8")
    (tmp_path / "veracity.toml").write_text("claims_plain_statements = true\n", "utf-8")
    out = subprocess.run([sys.executable, "-m", "flows.cli", "claims", str(tmp_path / "a.txt"), "--json", "--config",
                          str(tmp_path / "veracity.toml")], capture_output=True, text=True, cwd=REPO, check=True)
    assert any(c["checkworthy"] and "ram to force" in c["text"] for c in json.loads(out.stdout))


def test_speculation_without_a_figure_or_date_is_no_claim():
    claims = claims_of("Disney launches Disney+. Eventually, Disney is expected to switch gears by concentrating its "
                       "sports offerings on ESPN. Disney said it expects 60 million subscribers by 2024.")
    assert [c.reason for c in claims if "switch gears" in c.text] == ["speculation, with no figure or date"]
    assert any(c.checkworthy and "60 million" in c.text for c in claims)


@pytest.mark.parametrize("text", [
    "WeWork faces an inquiry. A spokeswoman for Adam Neumann declined to comment.",
    "Signa ist insolvent. Ein Sprecher der Signa Holding lehnte eine Stellungnahme ab.",
])
def test_a_refusal_to_comment_is_no_claim(text):
    assert [c.reason for c in claims_of(text) if "comment" in c.text or "Stellungnahme" in c.text] == ["no comment"]


def test_plain_statements_skip_contrasts_and_pronoun_subjects():
    article = article_from_text("AlphaGo gewinnt. Lee hielt lange dagegen. Am Ende konnte er sich keine Vorteile mehr "
                                "verschaffen. Die Programmierer fütterten die Software mit Millionen Zügen.", Settings())
    kept = [c.text for c in split_claims(article, plain_statements=True) if c.checkworthy]
    assert not any("Vorteile" in t for t in kept), kept


def test_a_speakers_role_is_a_claim_even_when_the_quotation_is_commentary():
    # without quotation marks too, as 10kGNAD prints Der Standard's quotations
    texts = worthy_texts("Forscher erzeugen Plasma. Das ist ein toller Tag, sagte die wissenschaftliche Direktorin "
                         "Sibylle Günter.")
    assert "Sibylle Günter ist wissenschaftliche Direktorin" in texts
    assert not any("toller Tag" in t for t in texts), texts


def test_but_joins_two_verb_phrases_of_one_subject():
    texts = [c.text for c in claims_of("Sweden drops the case. The Swedish investigation had been shelved in 2017 but "
                                       "was re-opened in May following his eviction from the embassy.")]
    assert any(t.endswith("The Swedish investigation had been shelved in 2017") for t in texts), texts
    assert any("The Swedish investigation was re-opened" in t and "2017" not in t for t in texts), texts


def test_a_dated_gerund_clause_after_a_dated_clause_is_a_claim_of_its_own():
    texts = [c.text for c in claims_of("Sweden drops the case. Assange has avoided extradition to Sweden for seven "
                                       "years after seeking refuge at the Ecuadorean embassy in London in 2012.")]
    assert any("seven years" in t and "2012" not in t for t in texts), texts
    assert any("seeking refuge" in t and "2012" in t and "seven years" not in t for t in texts), texts


def test_a_long_gerund_clause_after_a_full_clause_is_a_claim_of_its_own():
    assert split_clauses("US stock futures were trading slightly positive on Monday after recording small losses "
                         "earlier in the day.", "en", None)[1:] == ["recording small losses earlier in the day"]


def test_both_goes_when_its_pair_is_split():
    texts = worthy_texts("Blair breaks a record. Both Mr Brown and Mr Blair rose to prominence when Lord Kinnock led "
                         "Labour between 1983 and 1992.")
    assert any(t.endswith("Mr Blair rose to prominence") for t in texts) and not any("Both" in t for t in texts), texts


def test_a_list_with_a_serial_comma_shares_its_preposition():
    assert atomise("Investors grew wary of its losses, its business model, and its corporate governance", "en")[1] == [
        "Investors grew wary of its losses", "Investors grew wary of its business model",
        "Investors grew wary of its corporate governance"]


def test_a_list_closed_by_a_described_member_is_one_claim_per_member():
    texts = worthy_texts("Nordair sells jets. The airline received offers for 20 of its older jets from Lisbon-based "
                         "carrier EuroAtlantic, Norway's Wideroe and a third unnamed buyer.")
    offers = [t for t in texts if "offers" in t]
    for buyer in ("EuroAtlantic", "Wideroe", "unnamed buyer"):
        assert sum(buyer in t for t in offers) == 1, offers
    assert not any("Wideroe" in t and "unnamed" in t for t in offers), offers


def test_a_last_member_with_a_verb_of_its_own_is_a_clause_not_a_list_member():
    parts = split_clauses("Two days after winning the title in the Masters, Dutch pair Jan Vries and Piet Smit gave "
                          "the Netherlands a first win", "en", None)
    assert not any(p.startswith("Two days") and "Piet Smit" not in p and "Jan Vries" not in p for p in parts), parts
    assert all("Masters, Dutch" not in p or "gave" in p for p in parts), parts


@pytest.mark.parametrize("sentence,language,phrase", [
    ("Trotz der uneinholbaren 3:0-Führung von AlphaGo geht das Match gegen Lee am Sonntag weiter.", "de",
     "Trotz der uneinholbaren 3:0-Führung von AlphaGo"),
    ("Despite a 3-0 lead, the match goes on until Tuesday.", "en", "Despite a 3-0 lead"),
])
def test_a_fronted_concessive_phrase_with_a_figure_is_a_claim_of_its_own(sentence, language, phrase):
    parts = split_clauses(sentence, language, None)
    assert phrase in parts and not any(phrase in p and p != phrase for p in parts), parts


def test_an_entry_of_a_dated_listing_is_one_claim_not_a_heading():
    claims = claims_of("The Doobie Brothers tour again.\n\nThe Doobie Brothers Tour Dates\n\n"
                       "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\n"
                       "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre\n")
    entries = [c for c in claims if c.sentence.startswith("June 10")]
    assert [(c.text, c.checkworthy) for c in entries] == [
        ("June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre", True)], entries
    assert [c.reason for c in claims if c.sentence == "The Doobie Brothers Tour Dates"] == ["headline or section title"]


def test_a_future_passive_about_named_things_is_speculation():
    claims = claims_of("Alibaba baut aus. Die Marktakzeptanz von Qwen3-Max und konkrete Ergebnisse der "
                       "Nvidia-Partnerschaft werden unter die Lupe genommen werden.")
    assert not any(c.checkworthy for c in claims if "Lupe" in c.text), [(c.text, c.reason) for c in claims]


def test_examples_after_wie_are_claims_without_the_total():
    named, members = atomise("Das Partnernetzwerk umfasst 16 Kliniken wie Agaplesion, die Helios Kliniken, Vivantes und "
                             "dem Universitätsklinikum Hamburg-Eppendorf", "de")
    assert named and members[0] == "Das Partnernetzwerk umfasst 16 Kliniken"
    assert "Das Partnernetzwerk umfasst Kliniken wie dem Universitätsklinikum Hamburg-Eppendorf" in members
    assert not any("16" in m for m in members[1:]), members


def test_spans_point_at_the_sentence():
    text = "Alibaba Aktie steigt\nDie Cloud-Sparte von Alibaba wuchs um 26 Prozent, während KI-Produkte dreistellig wuchsen."
    article = article_from_text(text, Settings())
    for c in split_claims(article):
        assert article.text[c.span[0]:c.span[1]] == c.sentence


def worthy_texts(text: str) -> list[str]:
    return [c.text for c in claims_of(text) if c.checkworthy]


@pytest.mark.parametrize("text,expected", [
    # gapping: the tail repeats the left side's shape with new values
    ("Musterwerk AG meldet Zahlen. Das Segment Automatisierung steuerte 1,62 Milliarden Euro bei, das Segment "
     "Energietechnik 1,22 Milliarden Euro.", [("1,62", "1,22"), ("1,22", "1,62")]),
    # an appositive figure is a claim of its own
    ("Musterwerk AG meldet Zahlen. Musterwerk beschäftigte 41.200 Menschen, rund 1.900 mehr als ein Jahr zuvor.",
     [("41.200", "1.900"), ("1.900", "41.200")]),
    # a relative clause about a person
    ("Harbor Grid Inc. grows. Maria Okafor, who has been chief executive since 2021, previously ran a utility.",
     [("2021", "utility"), ("utility", "2021")]),
    # coordinated prepositional phrases
    ("Harbor Grid Inc. invests. The money will go to a wind farm in New Jersey and to two battery sites in Maine.",
     [("New Jersey", "Maine"), ("Maine", "New Jersey")]),
    # two clauses with their own verbs
    ("Musterwerk AG meldet Zahlen. Der Umsatz stieg um 5 Prozent und der Gewinn legte um 3 Prozent zu.",
     [("5 Prozent", "3 Prozent"), ("3 Prozent", "5 Prozent")]),
])
def test_atomic_decomposition(text, expected):
    texts = worthy_texts(text)
    for must, must_not in expected:
        assert any(must in t and must_not not in t for t in texts), (must, texts)


def test_nouns_joined_by_und_are_not_split():
    texts = worthy_texts("Musterwerk AG meldet Zahlen. Die Ausgaben für Forschung und Entwicklung stiegen auf "
                         "196 Millionen Euro.")
    assert any("Forschung und Entwicklung" in t for t in texts)


def test_roles_become_claims_and_pronouns_name_the_person():
    texts = worthy_texts("Musterwerk AG meldet Zahlen. Finanzvorstand Markus Brenner nannte 158 Millionen Euro. "
                         "Katharina Lindner führt den Konzern seit 2023. Sie ist die erste Frau an der Spitze.")
    assert "Markus Brenner ist Finanzvorstand von Musterwerk" in texts
    assert any("Katharina Lindner ist die erste Frau" in t for t in texts)


@pytest.mark.parametrize("sentence,reason", [
    ("Stuttgart, 6. November 2025", "dateline"),
    ("Doch jetzt beginnt der schwierigste Teil.", "opinion, quotation or commentary (p="),
])
def test_sentences_that_are_not_checkworthy(sentence, reason):
    claims = claims_of(f"Musterwerk AG meldet Zahlen.\n{sentence}")
    reasons = {c.reason for c in claims if c.sentence == sentence}
    assert len(reasons) == 1 and reasons.pop().startswith(reason)


def test_the_model_says_which_cues_made_a_sentence_commentary():
    (claim,) = [c for c in claims_of("Musterwerk AG meldet Zahlen.\nDoch jetzt beginnt der schwierigste Teil.")
                if c.sentence.startswith("Doch")]
    assert "contrast open" in claim.reason  # the cue that carried it, with its weight


def test_guidance_by_a_named_actor_is_a_claim_that_it_was_said():
    texts = worthy_texts("Musterwerk AG meldet Zahlen. Der Vorstand erwartet für 2026 einen Umsatz von 12 Milliarden "
                         "Euro. Harbor Grid expects Gull Point to deliver its first power in 2027.")
    assert any("12 Milliarden Euro" in t and "erwartet" in t for t in texts)
    assert any("Gull Point" in t and "2027" in t for t in texts)


def test_every_aeb_page_gives_claims_without_a_crash_and_few_wrong_cuts():
    """Nothing crashes on any of the 181 real AEB pages taken as articles, and the claims whose shape shows
    a wrong cut (checkers.gold.odd_shape) stay at or under the recorded ceiling."""
    if not AEB.exists():
        pytest.skip(f"AEB benchmark not found at {AEB}")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from claims_quality import aeb_scan

    scan = aeb_scan()
    assert scan["pages"] == 181 and len(scan["claims"]) > 3000
    assert not scan["crashes"], scan["crashes"]
    assert len(scan["odd"]) <= FLOORS["aeb-claims"]["odd_shapes"], scan["odd"]


@pytest.mark.parametrize("text, why", [("a read speed of 3150 megabytes per second on both a", "dangling"),
                                       ("InfoNation: Consumers: down 5 percent", "nested"), ("Red Wings", "piece"),
                                       ("The man came into contact with", None), ("Swift is 29", None),
                                       ("Das Klinikum bietet seit 2014 Akten an", None)])
def test_odd_shapes_are_told_by_their_shape(text, why):
    assert odd_shape(text) == why


def test_the_shipped_checkworthiness_model_is_what_its_script_rebuilds():
    if not CORPUS_FILES:
        pytest.skip(f"real-article corpus not found at {CORPUS}")
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "train_checkworthy.py"), "--check"],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "is up to date" in result.stdout, result.stdout + result.stderr


def test_a_claim_stated_twice_in_a_sentence_is_one_claim():
    claims = claims_of("Alibaba meldet Zahlen. Alibaba nannte Brasilien, Brasilien und Japan.")
    texts = [c.text for c in claims if c.checkworthy]
    assert texts.count("Alibaba nannte Brasilien") == 1 and len({c.id for c in claims}) == len(claims)


def test_claim_ids_are_unique_on_real_text():
    """A sentence that states the same claim twice (a role, a list member) yields it once: the id is the
    key of its verdict, and a run stored two verdicts for one id and failed."""
    if not CORPUS_FILES:
        pytest.skip(f"real-article corpus not found at {CORPUS}")
    for path in CORPUS_FILES:
        ids = [c.id for c in claims_of(path.with_name(path.name.replace(".claims.json", ".txt")).read_text("utf-8"))]
        assert len(ids) == len(set(ids)), path.name


def test_a_head_of_state_is_no_officer_of_the_articles_company():
    texts = worthy_texts("Musterwerk AG meldet Zahlen. Musterwerk sprach mit Präsident Frank Weber. "
                         "CEO Maria Okafor reiste mit. Morrison hörte das Telefonat von President Trump's July call.")
    assert "Maria Okafor ist CEO von Musterwerk" in texts
    assert "Frank Weber ist Präsident" in texts and not any("Weber ist Präsident von" in t for t in texts)
    assert not any("Trump's" in t and " ist " in t for t in texts)


def test_coordinated_subjects_are_one_claim_each_with_the_verb_agreeing():
    named, members = atomise("The war in Iraq and reforms of the health service and education system have "
                             "provoked dissent from backbenchers", "en")
    assert named  # the clause names something: each subject is a detail to check
    assert members == ["The war in Iraq has provoked dissent from backbenchers",
                       "reforms of the health service have provoked dissent from backbenchers",
                       "reforms of the education system have provoked dissent from backbenchers"]


@pytest.mark.parametrize("clause", [
    "A bevy of active and passive safety features are available on the 2020 Sentra",  # adjectives
    "Hilly and mountainous areas represent 14 percent of the surface",  # one word qualifies the noun
    "Roughly 14 supporters and friends of Noel and Thomas attended the court hearing",  # names after "of"
    "Walmart's ad just went up last night and several deals are already available",  # two clauses
    "Research and development is the largest cost",  # a singular verb: one thing
])
def test_coordination_that_is_no_list_of_subjects_stays_one_claim(clause):
    assert atomise(clause, "en")[1] == [clause]


@pytest.mark.parametrize("clause", [
    "His team wrote in the new paper",  # who said it, not what was said
    "Europa is thought to harbor a huge ocean",  # a belief reported, not a fact
    "The agency will update this article if more information becomes available",  # a condition
    "represents a much-needed boost for the city's bourse",  # its subject is in another clause
    "make the companies provide detailed information about the outages",  # a verb without its subject
    "customers who accused the utility of overkill",  # a noun and its relative clause, no statement
    "The find almost certainly means the moon has liquid water",  # a hedge
    "The refugees must not be forced to make decisions under threat",  # an obligation
    "both of whom the singer has had feuds with in the past",  # a relative clause
    "the greed exhibited by the leadership.”",  # the end of a quotation
    "The order is crucial for the American manufacturing giant",  # an evaluation
    "Die Dynamik in den Kernmärkten ist beeindruckend",  # an evaluation
    "nur ihre Prüfung der Kosten angekündigt hat",  # a German subordinate clause, its subject left behind
    "The water presumably came from molecules split apart by radiation",  # a hedge
    "Sparsely populated region in the northern part of the country",  # no verb: an adverb and a participle
    "Die ersten Tests zeigen, dass die neue Steuerung ganz gut funktioniert",  # a grade: "ganz gut"
    "There was quite a bit of ice on the road",  # a grade: "quite a bit"
])
def test_plain_statements_skip_bare_attributions_beliefs_conditions_and_lost_subjects(clause):
    article = article_from_text(f"Budget approved\n\n{clause}.\n", Settings())
    assert not any(c.checkworthy for c in split_claims(article, plain_statements=True))


def test_and_before_a_clause_with_its_own_subject_and_an_irregular_past_splits():
    assert split_clauses("Webb confessed to the crime and the jury took just 15 minutes to find him guilty", "en",
                         None) == ["Webb confessed to the crime", "the jury took just 15 minutes to find him guilty"]
    quoted = 'attention will remain focused on trade concerns and Hong Kong," said Jeffrey Halley, in a note'
    assert not any(c.startswith("Hong Kong") for c in split_clauses(quoted, "en", None))


def test_a_count_taken_out_of_a_list_takes_its_und_along():
    clauses = split_clauses("Mit über 1.000 Ausstellern, über 100 Seminaren und über 500 Top-Speakern, verteilt über "
                            "zwei Tage, bringt die Messe Mediaprofis in Köln zusammen", "de", None)
    assert any(c.startswith("über 500 Top-Speakern, verteilt, bringt") for c in clauses), clauses
    assert not any(" und," in c or c.startswith("und ") or "und über 500 verteilt" in c for c in clauses), clauses


@pytest.mark.parametrize("sentence, claim", [
    ("Amazon founder Jeff Bezos said the firm would bid.", "Jeff Bezos is Amazon founder"),
    ("The study's lead author, said Wells Fargo analyst Zachary Fadem.", "Zachary Fadem is Wells Fargo analyst"),
    ("The paper was written by study lead author Lucas Paganini.", "Lucas Paganini is study lead author"),
])
def test_an_english_role_keeps_the_words_that_qualify_it(sentence, claim):
    assert claim in [c.text for c in claims_of(sentence)]


@pytest.mark.parametrize("sentence, claim", [
    ("Wild coach Bruce Boudreau expressed confidence in the winger.", "Bruce Boudreau is Wild coach"),
    ("The Wild lost defenseman Matt Dumba to an injury.", "Matt Dumba is defenseman"),
    ("Foreign Secretary Dominic Raab defended the party.", "Dominic Raab is Foreign Secretary"),
])
def test_a_noun_before_a_persons_name_is_what_the_person_is(sentence, claim):
    assert claim in [c.text for c in claims_of(sentence) if c.checkworthy]


@pytest.mark.parametrize("sentence", [
    "The deal was reported by the New York Times on Monday.",  # a longer name, "New" an adjective
    "Spain will try to defeat Ben McLachlan on Friday.",  # a verb in its base form
    "Carmaker shares rose after Guido Pella won in 2019.",  # a verb in the past
    "Crowds filled the square for the annual Guy Fawkes night in 2019.",  # an adjective
    "Her husband, the late James Rigney, wrote 14 novels.",  # an adjective after an article
    "Heads needed to roll the day Jeffrey Epstein died in 2019.",  # a noun after an article, no agent
    "The works that characterize Michael Anastassiades were shown in 2019.",  # a verb after "that"
])
def test_no_role_is_read_into_a_longer_name_a_verb_or_an_adjective(sentence):
    assert not [c.text for c in claims_of(sentence)
                if re.search(r"\bis (?:New|defeat|after|annual|late|day|characterize)\b", c.text)]


@pytest.mark.parametrize("sentence, role, rest", [
    ("Paul Torrey, an associate professor of physics at the University of Florida, led the team of 12 researchers.",
     "Paul Torrey is an associate professor of physics at the University of Florida",
     "Paul Torrey led the team of 12 researchers"),
    ("“It was an attempt to mislead voters,” Will Moy, chief executive of the London-based website Full Fact, told "
     "the BBC.", "Will Moy is chief executive of the London-based website Full Fact", None),
    ("The program will land in 2024, Thomas Zurbuchen, NASA’s associate administrator, said in a statement.",
     "Thomas Zurbuchen is NASA’s associate administrator", None),
])
def test_an_apposition_with_an_indefinite_article_a_possessive_or_a_hyphenated_adjective(sentence, role, rest):
    texts = [c.text for c in claims_of(sentence) if c.checkworthy]
    assert role in texts, texts
    if rest:
        assert rest in texts, texts  # the sentence goes on without the apposition, and without a comma


def test_market_codes_are_left_out_of_claims_and_a_change_stated_two_ways_stays_whole():
    texts = [c.text for c in claims_of("Stocks mixed. On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 "
                                       "points, or 0.36%, to 27,934.02. U.S. crude CLc1 fell 3.38% to $55.12 per barrel.")
             if c.checkworthy]
    assert "On Wall Street, the Dow Jones Industrial Average fell 102.2 points, or 0.36%, to 27,934.02" in texts, texts
    assert "U.S. crude fell 3.38% to $55.12 per barrel" in texts, texts


@pytest.mark.parametrize("sentence, whole", [
    ("Two service members were killed in a crash in Afghanistan, the US military said in a statement.", True),
    ("On Wall Street, the Dow Jones Industrial Average was down.", True),
])
def test_an_attribution_or_a_subject_after_a_fronted_phrase_is_no_apposition(sentence, whole):
    texts = [c.text for c in claims_of(sentence) if c.checkworthy]
    assert not any(" is the " in t for t in texts), texts
    assert (sentence.rstrip(".") in texts) == whole, texts


def test_a_noun_of_agent_before_words_that_name_no_person_is_no_role():
    texts = [c.text for c in claims_of("Unser Partner stellt aus. eZ Systems ist ein globaler Content Management "
                                       "Plattform Anbieter, gegründet 1999 in Norwegen.")]
    assert not any(t.endswith("ist Management") or " ist Content" in t for t in texts), texts


def test_a_name_before_a_possessive_is_no_member_of_a_list():
    texts = [c.text for c in claims_of("Davis Cup starts. Serbia’s Novak Djokovic and Britain’s Andy Murray will make "
                                       "their first appearance on Wednesday.")]
    assert not any("Djokovic’s Andy" in t or "Serbia’s Britain’s" in t for t in texts), texts


@pytest.mark.parametrize("sentence, claim", [
    ("Sterling was last trading at $1.2925.", "Sterling was last trading at $1.2925"),
    ("Two service members were killed in Afghanistan in 2019.", "Two service members were killed in Afghanistan in 2019"),
])
def test_the_topic_is_not_put_before_a_subject_of_its_own(sentence, claim):
    texts = [c.text for c in claims_of(f"Orion Bank reports\n\nOrion Bank posted a profit of $3 billion. {sentence}")
             if c.checkworthy]
    assert claim in texts, texts


def test_a_count_opening_a_sentence_is_no_part_of_a_name():
    assert not [e for e in find_entities("Two United States service members have been killed.", "en")
                if e.text.startswith("Two")]


@pytest.mark.parametrize("sentence, pieces", [
    ("Neumann bought properties that he leased back to WeWork, borrowed against his own stake in the company, and "
     "had also planned to charge WeWork $6 million", ["Neumann bought properties that he leased back to WeWork",
                                                     "borrowed against his own stake in the company"]),
])
def test_a_list_of_verb_phrases_gives_one_claim_each(sentence, pieces):
    clauses = split_clauses(sentence, "en", None)
    assert all(p in clauses for p in pieces), clauses


def test_a_date_with_its_year_after_a_comma_stays_whole():
    sentence = "On Nov. 15, 2019, the ambassador Marie Yovanovitch testified before the House Intelligence Committee"
    assert split_clauses(sentence, "en", None) == [sentence]


def test_an_abbreviated_month_is_no_name():
    assert not [e for e in find_entities("On Aug. 6 and Nov. 2 the ship sailed.", "en") if e.text in ("Aug", "Nov")]


def test_a_subject_before_a_change_takes_the_topic_without_a_second_colon():
    texts = [c.text for c in claims_of("Orion Bank reports\n\nOrion Bank posted a profit of $3 billion. The Japanese yen "
                                       "weakened to 108.86 per dollar, down 0.21% on the day.")]
    assert any(t.endswith("The Japanese yen down 0.21% on the day") for t in texts), texts
    assert not any(t.count(": ") > 1 for t in texts), texts


@pytest.mark.parametrize("sentence, claim", [
    ("Rob Goldman, President Ascom North America, says the deal closed in 2019.", None),
    ("The roadmap was presented by President Moon Jae-in in 2019.", "Moon Jae-in is President"),
])
def test_a_role_word_names_a_person_only_before_a_persons_name(sentence, claim):
    texts = [c.text for c in claims_of(sentence) if c.checkworthy]
    assert not any(t.startswith("Ascom") for t in texts), texts
    if claim:
        assert any(t.startswith(claim) for t in texts), texts


def test_a_phrase_after_a_final_relative_clause_belongs_to_it():
    clauses = split_clauses("AlphaGo wurde bei der Firma DeepMind entwickelt, die Google vor zwei Jahren gekauft hatte, "
                            "laut Medienberichten für 500 Millionen Dollar", "de", None)
    assert "AlphaGo wurde bei der Firma DeepMind entwickelt" in clauses, clauses
    assert any(c.endswith("gekauft hatte, laut Medienberichten für 500 Millionen Dollar") for c in clauses), clauses


@pytest.mark.parametrize("sentence, worthy", [
    ("Julian Assange added that an appeal against the decision could be made to the office of the attorney general.",
     True),
    ("The World Health Organization said it had questioned people who might have been exposed to the patients.",
     True),
    ("The lander could end up zooming through the plume.", False),
    ("Whether the Titan lander is an alternative to the Mars rover remains to be seen.", False),
])
def test_a_hedge_counts_only_in_the_main_clause(sentence, worthy):
    claims = [c for c in claims_of(f"Orion Bank reports\n\nOrion Bank posted a profit of $3 billion. {sentence}")
              if c.sentence.strip() == sentence]
    assert any(c.checkworthy for c in claims) == worthy, [(c.text, c.reason) for c in claims]


def test_the_shipped_given_names_are_what_their_script_rebuilds():
    result = subprocess.run([sys.executable, str(REPO / "benchmarks" / "build_given_names.py"), "--check"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "is up to date" in result.stdout, result.stdout + result.stderr


def test_the_sets_of_a_match_stay_together():
    assert split_clauses("The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series", "en",
                         None) == ["The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series"]
    german = "Federer besiegte Djokovic im Halbfinale mit 6:3, 6:4, 7:6 (5)"  # German writes a score with a colon
    assert split_clauses(german, "de", None) == [german]


def test_the_topic_is_not_put_before_a_clause_that_brings_in_a_new_subject():
    article = article_from_text("Alibaba opens data centre\n\nAlibaba opened a data centre in Mexico in March. "
                                "Two other data centres were opened in 2024.", Settings())
    texts = [c.text for c in split_claims(article) if c.checkworthy]
    assert "Two other data centres were opened in 2024" in texts, texts


@pytest.mark.parametrize("sentence", ['"Came down to a few points," Opelka said.',
                                      "“You can go either way,” Parise said."])
def test_a_quotation_with_nothing_to_check_is_commentary(sentence):
    article = article_from_text(f"Davis Cup\n\nCanada beat the United States 2-0 on Tuesday. {sentence}", Settings())
    assert not any(c.checkworthy and c.sentence.strip() == sentence for c in split_claims(article))


def test_a_quotation_with_a_figure_is_an_attributed_claim():
    article = article_from_text("Car sales\n\nSales fell in October. “2019 is just not as strong as 2018,” "
                                "InfoNation President Dan McDowell said.", Settings())
    assert any(c.checkworthy and "2018" in c.text for c in split_claims(article))


def test_a_comma_before_a_clause_with_its_own_subject_splits_but_not_before_an_apposition():
    assert split_clauses("The U.S. benchmark S&P 500 index was little changed, the blue-chip Dow Jones Industrial "
                         "Average fell", "en", None)[0] == "The U.S. benchmark S&P 500 index was little changed"
    apposition = ("The US government extended a license allowing companies to sell to Huawei, the embattled Chinese "
                  "tech company that has become a symbol of tensions")
    assert not any(c.startswith("the embattled") for c in split_clauses(apposition, "en", None))
    fronted = "Having scored four times during a three-game streak, Parise is brimming with confidence"
    assert split_clauses(fronted, "en", None) == [fronted]


def test_a_resolution_is_one_count_and_does_not_keep_the_other_counts_together():
    assert split_counts("Das Touchscreen liefert bei einer Auflösung von 240 x 320 Pixel bis zu 65.536 Farben", "de") == [
        "Das Touchscreen liefert bei einer Auflösung von 240 x 320 Pixel",
        "Das Touchscreen liefert bei einer Auflösung bis zu 65.536 Farben"]


def test_an_age_opening_a_sentence_without_a_name_is_the_age_of_the_person_named_before():
    texts = worthy_texts("Blair Labour's longest-serving PM\n\nTony Blair has become the longest-serving prime "
                         "minister, Mr Blair said. The 51-year-old premier has marked his 2,838th day in the post.")
    assert "Blair is 51 years old" in texts, texts
    assert any("2,838th day" in t and "51" not in t for t in texts), texts  # an ordinal is a figure to check


def test_german_numbers_that_share_one_noun_stay_one_phrase():
    clause = "Das Brett hat ein Raster von 19 vertikalen und 19 horizontalen Linien"
    assert split_clauses(clause, "de", None) == [clause]


def test_an_article_in_another_language_gives_no_claim_and_says_why():
    text = ("Бразилия выиграла чемпионат мира по футболу пять раз. В 2002 году сборная победила Германию в финале "
            "со счётом 2:0. Матч прошёл в Иокогаме, на стадионе присутствовали 69 029 зрителей.")
    claims = claims_of(text)
    assert claims and not any(c.checkworthy for c in claims)
    assert {c.reason for c in claims} == {"article not in German or English"}


def test_an_aside_between_two_dashes_leaves_the_sentence_whole_around_it():
    assert split_clauses("The first two infected patients - still in quarantine - resulted in 46 of their close "
                         "contacts being placed under medical observation", "en", None) == [
        "The first two infected patients resulted in 46 of their close contacts being placed under medical "
        "observation", "still in quarantine"]


def test_an_aside_in_parentheses_in_words_is_a_piece_of_its_own_but_a_figure_stays():
    clauses = split_clauses("Danach werden auch T-Mobile und Vodafone (Name bislang noch nicht bekannt) das Gerät "
                            "anbieten", "de", None)
    assert clauses[-1] == "Name bislang noch nicht bekannt" and not any("(" in c for c in clauses), clauses
    assert split_clauses("It took $19.1m (£9.9m) on Christmas Day", "en", None) == [
        "It took $19.1m (£9.9m) on Christmas Day"]


def test_an_and_before_an_inline_conjunction_does_not_dangle():
    clauses = split_clauses("A canine later alerted to the odor of narcotics in the vehicle and while searching the car, "
                            "officers located marijuana", "en", None)
    assert not any(c.rstrip().endswith(" and") for c in clauses), clauses


def test_a_title_as_subject_takes_no_topic_but_a_role_does():
    article = article_from_text("Fockers set box office record\n\nMeet the Fockers took $42.8m at the weekend, said "
                                "Meet the Fockers's studio. The Return of the King had held the title with $12.8m. "
                                "The studio's founder said it took $19m on Christmas Day.", Settings())
    texts = [c.text for c in split_claims(article) if c.checkworthy]
    assert "The Return of the King had held the title with $12.8m" in texts, texts


def test_a_sentence_opening_in_the_first_person_singular_is_a_letter_not_a_report():
    claims = claims_of("Dear Abby\n\nDEAR ABBY: My husband of more than 20 years just purchased plane tickets to India. "
                       "I'm 74 and was tempted to go to the police.")
    assert not any(c.checkworthy for c in claims)
    assert "first person, not a report" in {c.reason for c in claims}


@pytest.mark.parametrize("line", ["Editor's note: This story was updated at 5:45 p.m.",
                                  "This graphic, provided by Statista, shows the U.S. states where cannabis is legal.",
                                  "Contact Dear Abby at www.DearAbby.com or P.O. Box 69440, Los Angeles, CA 90069."])
def test_what_a_page_says_about_itself_is_no_claim(line):
    claims = claims_of(f"Cannabis use rising\n\nCannabis use rose by 23 percent in 2017. {line}")
    assert not any(c.checkworthy and c.sentence.strip() == line for c in claims)


def test_what_a_video_shows_in_a_report_is_still_a_claim():
    claims = claims_of("Girl rescued\n\nPolice released the video on Monday. The video shows officers racing up a "
                       "staircase in the Forest Hill hotel on Nov. 2.")
    assert any(c.checkworthy and "racing up a staircase" in c.text for c in claims)


def test_an_agency_credit_in_parentheses_opening_a_sentence_is_furniture():
    assert without_furniture("(CNN) President Donald Trump made an unscheduled trip to Walter Reed on Saturday.") \
        .startswith("President Donald Trump")


@pytest.mark.parametrize("sentence,kept", [
    ("NEW DELHI: Nearly 150 Indians returned home on Wednesday.", "Nearly 150 Indians returned home on Wednesday."),
    ("WIEN: Die Regierung verlängert den Lockdown.", "Die Regierung verlängert den Lockdown."),
    ("DMEXCO: Mehr als 40.000 Besucher werden erwartet.", "DMEXCO: Mehr als 40.000 Besucher werden erwartet."),
])
def test_a_place_in_capitals_before_a_colon_is_a_dateline(sentence, kept):
    assert without_furniture(sentence) == kept


def test_a_colon_dateline_is_never_the_articles_subject():
    texts = worthy_texts("NEW DELHI: Nearly 150 Indians returned home on Wednesday. The aircraft reached India via "
                         "Bangladesh. It landed at 6am.")
    assert texts and not any(t.startswith("NEW") for t in texts), texts


def test_und_before_a_german_main_clause_with_its_verb_second_splits():
    assert split_clauses("Seit 2004 wurde mehr als eine Milliarde Euro in das Projekt investiert und noch immer nutzen "
                         "Patienten in Deutschland keine elektronische Gesundheitskarte", "de", None) == [
        "Seit 2004 wurde mehr als eine Milliarde Euro in das Projekt investiert",
        "noch immer nutzen Patienten in Deutschland keine elektronische Gesundheitskarte"]


def test_a_participle_aside_before_the_verb_leaves_the_main_clause_whole():
    assert split_clauses("The Aviator, starring Leonardo DiCaprio as Howard Hughes, ended up in third position after "
                         "taking $11.2m", "en", None)[0] == "The Aviator ended up in third position after taking $11.2m"


def test_he_inside_a_sentence_is_the_person_the_sentence_opens_with():
    texts = worthy_texts("Blair Labour's longest-serving PM\n\nTony Blair became prime minister, Mr Blair said. In "
                         "1997, Mr Blair became the youngest premier of the 20th century, when he came to power at the "
                         "age of 43.")
    assert "Blair came to power at the age of 43" in texts, texts


def test_beat_is_a_verb_so_a_clause_after_it_splits():
    clauses = split_clauses("Separately, Norway's October oil production beat forecasts and the potential oversupply, "
                            "combined with some worries over global demand next year, sent prices lower", "en", None)
    assert clauses[0] == "Separately, Norway's October oil production beat forecasts", clauses


@pytest.mark.parametrize("word,verb", [("rose", True), ("sold", True), ("grew", True), ("rising", True),
                                       ("undisclosed", False), ("jets", False), ("national", False)])
def test_english_verb_forms_come_from_a_lexicon(word, verb):
    from checkers.clauses import looks_like_verb
    assert looks_like_verb(word, "en") is verb


def test_two_clauses_with_named_subjects_joined_by_and_are_two_claims():
    parts = split_clauses("The blue-chip Harbor Index fell and the Lumora Composite rose, both having hit highs "
                          "earlier in the week", "en", None)
    assert "The blue-chip Harbor Index fell" in parts, parts
    assert any(p.startswith("the Lumora Composite rose") for p in parts), parts


def test_a_subject_put_before_a_piece_is_not_nested_under_the_topic():
    texts = worthy_texts("Harbor Grid bonds rally. Harbor Grid sold new bonds on Tuesday. The ten-year note last "
                         "rose 1.2% in price to yield 2.25%, from 2.29% late on Monday.")
    assert not any(t.count(": ") > 1 for t in texts), texts


def test_a_relative_clause_after_a_modifier_in_ing_keeps_its_noun_as_antecedent():
    parts = split_clauses("The deal is crucial for the American manufacturing giant, whose sales have been badly "
                          "hit this year", "en", None)
    assert "the American manufacturing giant, whose sales have been badly hit this year" in parts, parts


@pytest.mark.parametrize("sentence,rest,measure", [
    ("In der 80 Millionen Euro teuren Halle sollen ab Mai Konzerte stattfinden",
     "In der Halle sollen ab Mai Konzerte stattfinden", "80 Millionen Euro teuren Halle"),
    ("Der Zug fährt über die 300 Meter hohe Brücke", "Der Zug fährt über die Brücke", "300 Meter hohe Brücke"),
    ("In der eine Milliarde Euro teuren Anlage forschen 400 Menschen.", "In der Anlage forschen 400 Menschen",
     "eine Milliarde Euro teuren Anlage"),
])
def test_a_measure_as_a_german_attribute_is_a_claim_of_its_own(sentence, rest, measure):
    parts = split_clauses(sentence, "de", None)
    assert rest in parts and measure in parts, parts


@pytest.mark.parametrize("sentence", [
    "Der Konzern beschäftigt 41.000 feste Mitarbeiter",  # a count of the noun, not a measure of it
    "Vor knapp zwei Wochen stellten Microsoft und HTC das Gerät vor",  # a verb, not an adjective
    "Das mit über einer Billion Parametern leistungsstärkste Modell kam im Mai",  # a superlative
])
def test_a_count_a_verb_or_a_superlative_after_a_figure_is_no_measure_attribute(sentence):
    assert split_clauses(sentence, "de", None)[0] == sentence


@pytest.mark.parametrize("sentence,language,first", [
    ("Der Verein gewann auch das vierte Spiel und somit den Meistertitel", "de", "Der Verein gewann auch das vierte Spiel"),
    ("The club won its fourth game and thus the league title", "en", "The club won its fourth game"),
])
def test_a_consequence_after_and_is_not_part_of_the_first_fact(sentence, language, first):
    parts = split_clauses(sentence, language, None)
    assert parts[0] == first, parts


def test_a_count_inside_a_phrase_is_not_cut_out_leaving_an_article_behind():
    clause = "we saw a read speed of 3100 megabytes per second on both a 256GB and 2TB model"
    assert not any(p.split()[-1] in ("a", "both") for p in split_clauses(clause, "en", None))


def test_a_fronted_phrase_after_a_subject_and_the_topic_reads_as_one_subject():
    texts = worthy_texts("Mara Quint finds music. Mara Quint had an accident in 2007. Despite the paucity of roles "
                         "for women in their mid-50s, the actress wasn't exactly itching to do something else.")
    assert not any(t.count(": ") > 1 for t in texts), texts


def test_a_verb_and_its_particle_after_is_no_subordinate_clause():
    parts = split_clauses("In the third period, Rovers captain Joel Berg went after Lars Ek and threw punches", "en",
                          None)
    assert parts == ["In the third period, Rovers captain Joel Berg went after Lars Ek and threw punches"], parts
    parts = split_clauses("The teams were tied after Anna Berg cruised past Uchida 6-2, 6-1", "en", None)
    assert "Anna Berg cruised past Uchida 6-2, 6-1" in parts, parts


def test_a_predicate_goes_on_after_an_aside_between_commas():
    parts = split_clauses("The Nordwagen Aero is, at 195 inches, about as long as a midsize SUV", "en", None)
    assert not any(p.endswith(" is") for p in parts), parts


def test_a_clause_cut_after_its_copula_is_no_claim():
    texts = worthy_texts("Nordwagen shows a car. The car has 335 horsepower. The next BIG challenge is …")
    assert not any(t.endswith(("is", "is …")) for t in texts), texts


@pytest.mark.parametrize("clause,expected", [
    ("The new jet is a larger and longer-range variant of the Nordair 300",
     ["The new jet is a larger variant of the Nordair 300", "The new jet is a longer-range variant of the Nordair 300"]),
    ("Staff in the legal and human resources departments will get notice Monday",
     ["Staff in the legal departments will get notice Monday",
      "Staff in the human resources departments will get notice Monday"]),
    ("They live in an autonomous and sparsely populated region of the north",
     ["They live in an autonomous region of the north", "They live in a sparsely populated region of the north"]),
])
def test_two_adjectives_before_one_noun_give_one_claim_each(clause, expected):
    assert split_clauses(clause, "en", None) == expected


def test_a_predicate_adjective_before_and_shares_no_noun():
    assert split_clauses("The first car was red and the second truck was blue", "en", None) == [
        "The first car was red", "the second truck was blue"]


@pytest.mark.parametrize("clause,expected", [
    ("As a rough comparison, the SolarStar Initiative launched by the federal government in 2011 aims to cut costs",
     ["As a rough comparison, the SolarStar Initiative aims to cut costs",
      "the SolarStar Initiative was launched by the federal government in 2011"]),
    ("Retaliatory tariffs imposed by Freedonia have hurt farmers",
     ["Retaliatory tariffs have hurt farmers", "Retaliatory tariffs were imposed by Freedonia"]),
])
def test_a_participle_with_its_agent_before_the_verb_is_a_fact_of_its_own(clause, expected):
    assert split_clauses(clause, "en", None) == expected


@pytest.mark.parametrize("clause", [
    "The plan was launched by the ministry in May",  # a passive: the clause's own verb
    "Its budget could be reduced by a third by removing the crew quarters",
    "The crowd included a marching band organized by local fans that fired up the stands",  # the agent's clause
])
def test_a_passive_or_an_agent_with_a_clause_of_its_own_stays_whole(clause):
    assert split_clauses(clause, "en", None)[0] == clause


def test_while_joins_two_clauses_even_when_the_second_subject_is_long():
    # the verb of the clause after "while" may stand more than five words in ("MSCI's gauge of stocks across
    # the globe gained ..."): two facts, one claim each
    assert split_clauses("The index of European stocks lost 0.12% while the broadest gauge of stocks across the "
                         "whole world gained 0.02%", "en", None) == [
        "The index of European stocks lost 0.12%", "the broadest gauge of stocks across the whole world gained 0.02%"]


def test_but_between_two_names_opens_a_second_clause():
    # "Johnson and Corbyn" is one subject; "Assange but Wikileaks" is not
    assert split_clauses("There was no comment from Assange but Wikileaks welcomed the move", "en", None) == [
        "There was no comment from Assange", "Wikileaks welcomed the move"]
    assert split_clauses("Johnson and Corbyn attacked each other's policies on Brexit", "en", None) == [
        "Johnson and Corbyn attacked each other's policies on Brexit"]


def test_a_modal_governs_a_second_verb_after_but_only_near_it():
    assert split_clauses("The probe will orbit the planet but study its moon up close on dozens of flybys", "en",
                         None) == ["The probe will orbit the planet",
                                   "The probe will study its moon up close on dozens of flybys"]
    # far from the modal, the noun after "and" is no verb of it ("bond prices")
    clauses = split_clauses("Traders said the two countries could agree to end a long trade war as a reason for "
                            "stocks to drift and bond prices to go higher", "en", None)
    assert not any(c.startswith("Traders said the two countries could bond") for c in clauses), clauses


def test_a_german_plural_verb_is_a_verb_and_an_adverb_in_en_is_not():
    from checkers.clauses import looks_like_verb
    for verb in ("unterstützen", "erreichen", "sammeln", "arbeiten", "verlängern"):
        assert looks_like_verb(verb, "de"), verb
    for other in ("wegen", "oben", "zusammen", "morgen", "gestern", "draußen"):
        assert not looks_like_verb(other, "de"), other


def test_a_german_fronted_with_phrase_with_a_figure_is_a_fact_when_the_clause_has_one_too():
    clauses = split_clauses("Mit einer mehr als 18-jährigen Erfahrung in Open Source unterstützen wir mehr als "
                            "500 Geschäftskunden", "de", None)
    assert "Mit einer mehr als 18-jährigen Erfahrung in Open Source" in clauses, clauses
    assert any(c.endswith("mehr als 500 Geschäftskunden") and "18" not in c for c in clauses), clauses
    # the clause has no figure of its own: the phrase stays
    assert split_clauses("Mit 14 Jahren verließ er die Schule", "de", None) == ["Mit 14 Jahren verließ er die Schule"]


def test_german_coordinated_nouns_before_a_comma_open_no_clause():
    clauses = split_clauses("Der Verbund und seine Gesellschafter fordern von Bund und Ländern, das Ticket über 2023 "
                            "hinaus zu finanzieren und für die Bürgerinnen und Bürger den Preis stabil zu halten", "de",
                            None)
    assert not any(c.startswith(("Ländern", "Bürger ")) for c in clauses), clauses


def test_a_german_zu_infinitive_after_a_comma_is_no_relative_clause():
    clauses = split_clauses("Österreich erreicht die Ziele, wobei die Regierung darauf drängt, das auch 2017 zu "
                            "erlauben", "de", None)
    assert not any(c.startswith("die Regierung, das") for c in clauses), clauses


def test_the_german_subject_runs_past_a_name_inside_its_attribute():
    from checkers.clauses import subject_of
    assert subject_of("Die von IHE entwickelten Standards unterstützen viele Prozesse", "de") == \
        "Die von IHE entwickelten Standards"
    assert subject_of("Die Aktie stieg um 3 Prozent", "de") == "Die Aktie"


def test_two_german_names_before_a_shared_infinitive_give_one_clause_each():
    assert split_clauses("Danach werden auch T-Mobile („MDA Touch“) und Vodafone das Gerät anbieten", "de", None) == [
        "Danach werden auch T-Mobile („MDA Touch“) das Gerät anbieten", "Danach werden auch Vodafone das Gerät anbieten"]
    # no auxiliary on the left: not this shape ("Strom und Diesel" is one phrase)
    assert split_clauses("Die Preise für Strom und Diesel stiegen stark", "de", None) == [
        "Die Preise für Strom und Diesel stiegen stark"]


def test_the_count_of_a_whole_the_clause_picks_one_of_is_a_fact_of_its_own():
    assert split_clauses("Das Programm besiegte am Samstag auch im dritten der fünf angesetzten Duelle den "
                         "Südkoreaner", "de", None) == [
        "Das Programm besiegte am Samstag auch im dritten der Duelle den Südkoreaner", "der fünf angesetzten Duelle"]
    assert split_clauses("Spain won the second of three scheduled games on Sunday", "en", None) == [
        "Spain won the second of games on Sunday", "the three scheduled games"]


def test_a_value_in_parentheses_after_a_noun_is_a_claim_but_a_figure_in_two_units_is_one():
    clauses = split_clauses("Die Leistungen entsprechen etwa zwei Prozent der gesamten Sozialausgaben (73,6 "
                            "Milliarden Euro)", "de", None)
    assert clauses == ["Die Leistungen entsprechen etwa zwei Prozent der gesamten Sozialausgaben",
                       "der gesamten Sozialausgaben (73,6 Milliarden Euro)"], clauses
    for one in ("It took $19.1m (£9.9m) on Christmas Day",
                "Das Programm gewann ein Preisgeld von einer Million Dollar (901.710 Euro)"):
        assert split_clauses(one, "en" if one.startswith("It") else "de", None) == [one]


def test_a_rank_after_a_clauses_one_figure_is_a_claim_with_the_rank_in_its_place():
    assert split_clauses("It took $19.1m (£9.9m) on Christmas Day alone, the highest takings on that day in box "
                         "office history", "en", None) == [
        "It took $19.1m (£9.9m) on Christmas Day alone",
        "It took the highest takings on that day in box office history on Christmas Day alone"]
    # no figure: an apposition, not a rank of one
    assert split_clauses("He met the president, the oldest man in the room", "en", None) == [
        "He met the president, the oldest man in the room"]


def test_the_count_of_the_whole_is_a_check_worthy_claim():
    claims = claims_of("AlphaGo gewinnt\n\nDas Programm besiegte am Samstag auch im dritten der fünf angesetzten "
                       "Duelle den Südkoreaner Lee Sedol.")
    assert any(c.checkworthy and "fünf angesetzten Duelle" in c.text and "dritten" not in c.text for c in claims), \
        [(c.text, c.reason) for c in claims]


def test_a_10kgnad_row_becomes_the_article_its_gold_was_labelled_on():
    sys.path.insert(0, str(REPO / "benchmarks"))
    from build_dev_texts import article

    row = "Sport;'Kurzer Vorspann zum Spiel. Wien – Der Text geht weiter.'"
    assert article(row, len("Kurzer Vorspann zum Spiel.")) == "Kurzer Vorspann zum Spiel.\n\nWien – Der Text geht weiter.\n"
    # every gold file of the set names its row, where it splits and the text's digest
    for path in sorted((GOLD / "10kgnad").glob("*.claims.json")):
        gold = json.loads(path.read_text("utf-8"))
        assert re.search(r"test\.csv line \d+", gold["source_detail"]) and gold["split_at"] > 0
        assert re.fullmatch(r"[0-9a-f]{64}", gold["sha256"]) and gold["claims"]


@pytest.mark.parametrize("left, right", [
    ("Im Vorjahr war für Chelsea im Achtelfinale gegen PSG Endstation",
     "2014 setzte sich Chelsea im Viertelfinale gegen die Franzosen durch"),
    ("Zlatan Ibrahimovic hat in den vergangenen acht Spielen achtmal getroffen",
     "dennoch musste sich der Schwede mit kritischen Stimmen befassen"),
    ("PSG sollte gewarnt sein", "die Blues sind seit der Trennung von Jose Mourinho erstarkt"),
])
def test_a_german_main_clause_after_a_comma_is_a_clause_of_its_own(left, right):
    assert split_clauses(f"{left}, {right}", "de", None) == [left, right]


@pytest.mark.parametrize("sentence", [
    "Lee Sedol entschuldigte sich hinterher bei seinen Fans, er habe die Erwartungen nicht erfüllt",
    "Auf EU-Ebene ist vereinbart, die 2015 und 2016 angefallenen Mehrkosten bei den Budgetzielen zu berücksichtigen",
    "Das Herzstück der Offensive bildet Qwen3-Max, das mit über einer Billion Parametern leistungsstärkste Sprachmodell",
    "Der Mann hatte angekündigt, ein Flüchtlingsheim anzuzünden",
])
def test_reported_speech_an_infinitive_or_an_apposition_after_a_german_comma_stays(sentence):
    assert split_clauses(sentence, "de", None) == [sentence]


def test_a_german_clause_with_its_subject_after_the_verb_has_one():
    from checkers.claims import lacks_subject
    assert not lacks_subject("2014 setzte sich Chelsea im Viertelfinale gegen die Franzosen durch", "de")


def test_a_german_verb_after_a_comma_takes_the_subject_of_the_clause_before():
    assert split_clauses("Elisabeth S. hat sich im Mai 2014 den Knöchel gebrochen, musste operiert werden", "de",
                         None) == ["Elisabeth S. hat sich im Mai 2014 den Knöchel gebrochen",
                                   "Elisabeth S. musste operiert werden"]


def test_two_german_subjects_joined_by_und_give_one_clause_each():
    assert split_clauses("Die syrische Opposition und der Westen werfen den Truppen vor, Fassbomben abzuwerfen", "de",
                         None) == ["Die syrische Opposition werfen den Truppen vor, Fassbomben abzuwerfen",
                                   "der Westen werfen den Truppen vor, Fassbomben abzuwerfen"]
    # a list, a phrase before the verb: not two subjects
    for one in ("Neue Rechenzentren in Brasilien, Frankreich und den Niederlanden sind geplant",
                "Neben den Unsportlichkeiten und den Sanktionen gibt es aber auch Sportliches zu berichten"):
        assert not any(c.startswith(("den Niederlanden sind", "den Sanktionen gibt")) for c in split_clauses(one, "de", None))


def test_a_german_reporting_tail_does_not_keep_two_figures_together():
    assert split_clauses("Das Gericht entschied auf fünf Monate Gefängnis und 300 Euro Geldstrafe, wie die "
                         "Staatsanwaltschaft mitteilte", "de", None) == [
        "Das Gericht entschied auf fünf Monate Gefängnis", "300 Euro Geldstrafe, wie die Staatsanwaltschaft mitteilte"]


def test_a_german_verb_after_und_takes_the_subject_before_or_after_the_first_verb():
    assert split_clauses("Elisabeth S. musste operiert werden und hatte monatelang Schmerzen", "de", None) == [
        "Elisabeth S. musste operiert werden", "Elisabeth S. hatte monatelang Schmerzen"]
    assert split_clauses("Schon nach zwei Tagen sei Rumblr von einer Tech-Seite aufgegriffen worden und hätte sich "
                         "global verbreitet", "de", None) == [
        "Schon nach zwei Tagen sei Rumblr von einer Tech-Seite aufgegriffen worden",
        "Rumblr hätte sich global verbreitet"]


def test_a_german_age_and_a_noun_before_a_name_give_two_claims():
    claims = claims_of("Benfica reist nach Russland\n\nDer 21-jährige Schwede Victor Lindelöf ist der einzig verfügbare "
                       "Mann für das Abwehrzentrum.")
    texts = {c.text for c in claims if c.checkworthy}
    assert {"Victor Lindelöf ist 21 Jahre alt", "Victor Lindelöf ist Schwede"} <= texts, texts


@pytest.mark.parametrize("credit", ["(APA, sid, 30.4.2016)", "(red, 26.2. 2016)", "(Michael Möseneder, 15.3.2016)"])
def test_a_credit_line_with_its_date_is_no_claim(credit):
    claims = claims_of(f"Locky ist aktiv\n\nDer Trojaner Locky ist weiterhin aktiv, 60 Varianten sind im Netz. {credit}")
    assert not any(c.checkworthy and credit[1:6] in c.text for c in claims), [c.text for c in claims]


def test_a_german_name_and_participle_after_a_comma_take_the_auxiliary_before():
    assert split_clauses("Luisao ist verletzt, Jardel gesperrt", "de", None) == ["Luisao ist verletzt", "Jardel ist gesperrt"]
    # not a list of nouns after an adjective ("Die Lage ist ernst, Hilfe nötig" has no name before it)
    assert split_clauses("Der Vorstand ist zuversichtlich, die Aktionäre skeptisch", "de", None)[-1] != "die ist skeptisch"


def test_every_bbc_gold_file_names_its_story_and_text_digest():
    for path in sorted((GOLD / "bbc").glob("*.claims.json")):
        gold = json.loads(path.read_text("utf-8"))
        assert re.search(r":bbc/\w+/\d+\.txt$", gold["source"]) and re.fullmatch(r"[0-9a-f]{64}", gold["sha256"])
        assert gold["claims"] and gold["article"] == path.name.replace(".claims.json", ".txt")


def test_an_age_without_hyphens_opening_a_sentence_is_the_age_of_the_article_s_person():
    claims = claims_of("Claxton hunting first major medal\n\nBritish hurdler Sarah Claxton is confident she can win her "
                       "first major medal. The 25 year old has already smashed the British record twice this season.")
    texts = {c.text for c in claims if c.checkworthy}
    assert "Sarah Claxton is 25 years old" in texts, texts  # the person named last, in full
    assert "Sarah Claxton has already smashed the British record twice this season" in texts, texts


def test_a_country_s_possessive_before_a_person_is_a_nationality_claim():
    claims = claims_of("Dibaba breaks record\n\nEthiopia's Tirunesh Dibaba set a new world record. Britain's "
                       "Conservative Party was accused of deceiving voters.")
    texts = {c.text for c in claims if c.checkworthy}
    assert "Tirunesh Dibaba is from Ethiopia" in texts, texts
    assert not any(t.startswith("Conservative Party is from") for t in texts), texts


def test_a_plural_without_article_after_a_preposition_is_a_relative_clause_s_antecedent():
    assert split_clauses("The firm set money aside for legal reserves, which it previously set at $500m", "en",
                         None) == ["The firm set money aside for legal reserves", "legal reserves, which it previously set at $500m"]


def test_an_age_before_a_place_and_a_noun_is_no_age_of_the_place():
    claims = claims_of("Runner may be included\n\nAthletics Ireland have hinted that the 35 year old Cobh runner may be "
                       "included in the line up.")
    assert not any(c.text.startswith("Cobh is 35") for c in claims), [c.text for c in claims]


def test_as_between_two_results_with_their_figures_joins_two_facts():
    assert split_clauses("Alistair Cragg won in 7:39.89 as Bekele battled to second in 7:41.42", "en", None) == [
        "Alistair Cragg won in 7:39.89", "Bekele battled to second in 7:41.42"]
    assert split_clauses("He worked as Head of Sales in 2010", "en", None) == ["He worked as Head of Sales in 2010"]


def test_a_nationality_before_a_name_is_the_claim_without_the_words_before_it():
    claims = claims_of("Claxton\n\nShe beat European medal favourite Russian Irina Shevchenko to win in Birmingham.")
    assert "Irina Shevchenko is Russian" in {c.text for c in claims if c.checkworthy}


def test_an_english_clause_with_a_past_from_the_stop_word_list_has_its_subject():
    from checkers.claims import lacks_subject
    assert not lacks_subject("Ceplak easily won the women's 800m in 2:01.52", "en")
    assert lacks_subject("Ceplak in the women's 800m", "en")


def test_a_german_clause_opening_with_a_phrase_before_its_verb_splits_at_the_next_main_clause():
    assert split_clauses("In Lyon kassierte man mit einem 1:2 die erste Saisonniederlage, am Wochenende gab es zu Hause "
                         "ein 0:0 gegen Montpellier", "de", None) == [
        "In Lyon kassierte man mit einem 1:2 die erste Saisonniederlage",
        "am Wochenende gab es zu Hause ein 0:0 gegen Montpellier"]


def test_a_german_object_and_participle_after_und_take_the_auxiliary_and_subject_before():
    assert split_clauses("Der Mann aus Gadebusch hatte angekündigt, ein Heim anzuzünden, und verfassungsfeindliche "
                         "Parolen veröffentlicht", "de", None) == [
        "Der Mann aus Gadebusch hatte angekündigt, ein Heim anzuzünden",
        "Der Mann aus Gadebusch hatte verfassungsfeindliche Parolen veröffentlicht"]


def test_a_list_of_three_one_word_names_is_one_claim_per_name():
    # BBC News, "Games firms 'face tough future'": the dictionary knows "sony", the capitals tell the names
    named, members = atomise("Microsoft, Sony and Nintendo are expected to release new consoles in the next 18 months", "en")
    assert named and members == [f"{n} are expected to release new consoles in the next 18 months"
                                 for n in ("Microsoft", "Sony", "Nintendo")]


@pytest.mark.parametrize("clause", [
    "South Korea's Ministry of Trade, Industry and Energy has unveiled a plan",  # the list continues a name
    "It filled in The National Survey on Drug Use and Health in those years",
    "Truck, Van and SUV sales are down 2.6 percent",  # the names qualify a noun
])
def test_capitalised_words_that_continue_a_name_or_qualify_a_noun_are_no_list_of_names(clause):
    assert atomise(clause, "en")[1] == [clause]


def test_an_apposition_with_a_relative_clause_about_its_noun_is_split_from_the_predicate():
    # BBC News, "Games firms 'face tough future'"
    texts = worthy_texts("Games firms face tough future. Fred Hasson, head of Tiga, which represents independent "
                         "developers, said that more UK firms would go under due to greater risks in making new titles.")
    assert "Fred Hasson is head of Tiga" in texts
    assert "Fred Hasson said that more UK firms would go under due to greater risks in making new titles" in texts


def test_a_comparative_before_after_is_no_verb_particle():
    # BBC News, "Dollar gains on Greenspan speech": "higher" is no irregular past ("went after ...")
    pieces = split_clauses("The speech sent the dollar higher after it had earlier tumbled on the back of worse "
                           "than expected US jobs data", "en", None)
    assert pieces == ["The speech sent the dollar higher",
                      "it had earlier tumbled on the back of worse than expected US jobs data"]


def test_a_countrys_genitive_noun_and_name_is_a_role_claim():
    # DER STANDARD (10kGNAD): "Brasiliens Top-Stürmer Neymar", "Syriens Staatschef Bashar al-Assad"
    texts = worthy_texts("Neymar gesperrt. Der Verband hat Brasiliens Top-Stürmer Neymar für vier Spiele gesperrt. "
                         "Die Opposition wirft den Truppen von Syriens Staatschef Bashar al-Assad Angriffe vor.")
    assert "Neymar ist Brasiliens Top-Stürmer" in texts and "Bashar al-Assad ist Syriens Staatschef" in texts
    assert not any(t.startswith("Der Verband ist") for t in texts)


def test_a_german_age_or_nationality_noun_refers_to_the_person_named_last():
    # DER STANDARD (10kGNAD): "Zlatan Ibrahimovic ... Gegen Chelsea traf der 34-Jährige ..."
    texts = worthy_texts("PSG reist nach London. Zlatan Ibrahimovic hat in acht Spielen achtmal getroffen. Gegen "
                         "Chelsea traf der 34-Jährige im Hinspiel per Freistoß zum 1:0. Diego Costa wird wieder "
                         "einlaufen, nachdem der gebürtige Brasilianer am Wochenende beim 1:1 gegen Stoke geschont wurde.")
    assert "Zlatan Ibrahimovic ist 34 Jahre alt" in texts
    assert any("der 34-Jährige (Zlatan Ibrahimovic) im Hinspiel" in t for t in texts)
    assert any("er gebürtige Brasilianer (Diego Costa)" in t for t in texts)  # named in the same sentence


def test_an_age_noun_for_someone_introduced_without_a_name_is_not_resolved():
    texts = worthy_texts("Urteil in Wismar. Die Richterin Anna Berger leitete das Verfahren am Mittwoch. Ein 26-Jähriger "
                         "wurde am Dienstag verurteilt. Am Mittwoch musste der 26-Jährige 300 Euro zahlen.")
    assert not any("(Anna Berger)" in t for t in texts) and "Anna Berger ist 26 Jahre alt" not in texts


def test_a_team_is_no_person():
    texts = worthy_texts("Chile im Viertelfinale. Charles Aranguiz traf zweimal beim 5:0. Die Chilenen deklassierten "
                         "Bolivien mit 5:0.")
    assert not any("(Charles Aranguiz)" in t for t in texts)


@pytest.mark.parametrize("sentence,role", [
    # BBC News stories: the speaker's role after the quotation, held "at" or "of" a named organisation
    ("\"I think the chairman is taking a much more sanguine view on the deficit,\" said Robert Sinche, head of "
     "currency strategy at Bank of America in New York.", "Robert Sinche is head of currency strategy at Bank of America in New York"),
    ("\"As consoles get more powerful, the content gets more detailed,\" said Gary Dunn, development director at "
     "Codemasters, which develops games in house and also publishes titles.", "Gary Dunn is development director at Codemasters"),
])
def test_a_speakers_role_at_an_organisation_is_a_claim_of_its_own(sentence, role):
    assert role in worthy_texts(f"Games firms face tough future. {sentence}")


def test_two_roles_before_a_name_are_one_claim_each():
    # BBC News, "Ad sales boost Time Warner profit"
    texts = worthy_texts("TimeWarner profit jumps. TimeWarner posted a profit of $3.36bn, chairman and chief executive "
                         "Richard Parsons said on Friday.")
    assert "Richard Parsons is chairman of TimeWarner" in texts and "Richard Parsons is chief executive of TimeWarner" in texts


@pytest.mark.parametrize("sentence,reason", [
    ("Sign up for our newsletter.", "call to action or advertising"),
    ("Newsletter: subscribe to get the best stories.", "call to action or advertising"),
    ("Visit Business Insider's homepage for more stories.", "call to action or advertising"),
    # BBC News: what a company will do is reported, not asked of the reader
    ("It will try to sign up AOL's existing customers for high speed broadband.", None),
])
def test_a_call_to_action_is_an_imperative_not_a_report_of_one(sentence, reason):
    assert hard_reason(sentence, sentence, 0, len(sentence)) == reason


def test_an_attempt_is_no_statement_of_what_happened():
    texts = worthy_texts("Brexit vote nears. Both Johnson and Corbyn are trying to overcome a mountain of mistrust "
                         "among voters in London.")
    assert not any("mistrust" in t for t in texts)


def test_a_quoted_you_or_a_question_heading_does_not_make_news_promotion():
    # AEB (real pages): a player's quotation speaks to "you", an explainer's headings are questions; both
    # are news, so a plain statement about a named thing is a claim
    quoted = worthy_texts("Spain wins Davis Cup. \"Every mistake puts you under pressure,\" Bautista said. "
                          "Assange has denied both allegations.")
    heading = worthy_texts("Assange case dropped\n\nWhat did the prosecutors say?\n\nAssange has denied both allegations.")
    promotion = worthy_texts("Assange case dropped. Do you want to know more? Assange has denied both allegations.")
    assert "Assange has denied both allegations" in quoted and "Assange has denied both allegations" in heading
    assert "Assange has denied both allegations" not in promotion


def test_an_english_age_as_a_noun_refers_to_the_person_named_last():
    # BBC News, "Claxton hunting first major medal"
    texts = worthy_texts("Claxton hunting first major medal. British hurdler Sarah Claxton won the AAAs title in "
                         "7.96 seconds. In previous seasons, the 25 year old also contested the long jump.")
    assert "In previous seasons, Sarah Claxton also contested the long jump" in texts
    assert "Sarah Claxton is 25 years old" in texts
    runner = worthy_texts("O'Sullivan could run in Worlds. Athletics Ireland have hinted that the 35 year old Cobh "
                          "runner may be included in the line up for the event in France on 19 March.")
    assert not any("is 35 years old" in t for t in runner)  # "the 35 year old Cobh runner": the age qualifies a noun


@pytest.mark.parametrize("clause,pieces", [
    # Reuters (AEB): a description, then the person it describes set off by commas
    ("The company's founder, Adam Neumann, stepped down in September",
     ["Adam Neumann stepped down in September", "Adam Neumann is the company's founder"]),
    ("The suspect, Michael Webb, was convicted", ["Michael Webb was convicted", "Michael Webb is the suspect"]),
    # a place after a place is no person ("in Stuttgart, Germany")
    ("The simulation ran on the Hazel Hen supercomputer in Stuttgart, Germany",
     ["The simulation ran on the Hazel Hen supercomputer in Stuttgart, Germany"]),
])
def test_a_person_named_after_a_description_is_a_claim_of_its_own(clause, pieces):
    assert split_clauses(clause, "en", None) == pieces


def test_sowohl_als_auch_gives_one_claim_per_member():
    # DER STANDARD (10kGNAD)
    named, members = atomise("Wobei sowohl Richterin Baczak als auch Verteidiger Prückler anmerken, dass die Erinnerung "
                             "besser geworden sein muss", "de")
    assert members == ["Wobei Richterin Baczak anmerken, dass die Erinnerung besser geworden sein muss",
                       "Wobei Verteidiger Prückler anmerken, dass die Erinnerung besser geworden sein muss"]


@pytest.mark.parametrize("clause,pieces", [
    # DER STANDARD (10kGNAD): two objects after the finite verb, each opened by a count or an article
    ("Portugals Meister muss im Petrowski-Stadion drei Innenverteidiger und den verletzten Torhüter Julio Cesar vorgeben",
     ["Portugals Meister muss im Petrowski-Stadion drei Innenverteidiger vorgeben",
      "Portugals Meister muss im Petrowski-Stadion den verletzten Torhüter Julio Cesar vorgeben"]),
    ("Der Streit zwischen der EU und den USA hält an", ["Der Streit zwischen der EU und den USA hält an"]),  # after a preposition
])
def test_two_german_objects_are_one_claim_each(clause, pieces):
    assert split_clauses(clause, "de", None) == pieces


def test_an_unspaced_em_dash_separates_like_a_spaced_one():
    # ESA (AEB): "Facility—a multimedia facility ...—to assess"; a hyphen inside a word is no dash
    assert split_clauses("The hibernating cruise phase would end with a 21 day recuperation period—although based on "
                         "animal hibernation, the crew would not experience bone wastage", "en", None)[0] == \
        "The hibernating cruise phase would end with a 21 day recuperation period"
    assert split_clauses("The well-known long-range model was tested", "en", None) == ["The well-known long-range model was tested"]


def test_what_is_likely_or_unlikely_is_speculation():
    # BBC News, "Dollar gains on Greenspan speech"
    texts = worthy_texts("Dollar gains on Greenspan speech. The G7 meeting is thought unlikely to produce any "
                         "meaningful movement in Chinese policy.")
    assert not any("G7" in t for t in texts)


def test_a_relative_clause_after_a_name_is_a_claim_of_its_own_without_a_comma():
    # BBC News, "Claxton hunting first major medal"
    assert split_clauses("Claxton will see if her new training regime pays dividends at the European Indoors which "
                         "take place on 5 6 March", "en", None)[-1] == "European Indoors, which take place on 5 6 March"
    assert split_clauses("The company hired a lawyer who knows the law well", "en", None) == [
        "The company hired a lawyer who knows the law well"]  # not after a common noun


def test_a_singular_verb_after_the_last_name_is_no_list():
    # Reuters (AEB): "Serbia takes on Japan and Britain plays the Netherlands": no "Serbia takes on Britain plays"
    assert atomise("Serbia takes on Japan and Britain plays the Netherlands", "en")[1] == [
        "Serbia takes on Japan and Britain plays the Netherlands"]
    assert len(atomise("Traders wondered whether the United States and China could agree to end the trade war", "en")[1]) == 2


def test_a_hyphenated_rank_or_origin_before_a_name_is_a_claim():
    # Reuters (AEB), Davis Cup Finals
    texts = worthy_texts("Spain beat Russia. The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series.")
    assert "Nadal is top-ranked" in texts
    # BBC News, whose data set strips hyphens: "State owned Rosneft"; not "a Moscow based US lawyer"
    texts = worthy_texts("Yukos sues Rosneft. State owned Rosneft bought the unit for $9.3bn in December, a Moscow based "
                         "US lawyer said.")
    assert "Rosneft is State owned" in texts and not any(t.startswith("US is") for t in texts)


def test_a_bare_number_in_parentheses_after_a_name_is_a_claim_of_its_own():
    # DER STANDARD (10kGNAD): a team's points in the table
    assert split_clauses("Am Sonntag kann Christian Fuchs mit Leicester City (76) erstmals den Titel fixieren", "de",
                         None) == ["Am Sonntag kann Christian Fuchs mit Leicester City erstmals den Titel fixieren",
                                   "Leicester City (76)"]


@pytest.mark.parametrize("sentence,kept", [
    # BBC News stories: what a named person thinks or hopes, with no figure, is opinion
    ("Richard Tateson thinks the dominance of text based searching is not appealing to online shoppers.", False),
    ("Rellie hopes the technology can be incorporated on to the Tate website in the near future.", False),
    ("Rafael Nadal kept Spain's hopes alive in Madrid on Tuesday.", True),  # "hopes" a noun
])
def test_what_a_named_person_thinks_or_hopes_is_no_claim(sentence, kept):
    assert bool(worthy_texts(f"Art search tested. {sentence}")) is kept


def test_a_name_with_a_particle_stays_whole_in_a_role_claim():
    # BBC News, "BA profits fall 40%"
    texts = worthy_texts("BA profits fall. Aviation analyst Nick Van den Brul of BNP Paribas described BA's results as modest.")
    assert "Nick Van den Brul is analyst at BNP Paribas" in texts and not any(t.startswith("Nick Van is") for t in texts)


def test_a_fronted_phrase_before_a_comma_is_no_list_member():
    # BBC News, Nintendo DS: no "In games consoles", "In in particular handhelds ..."
    clause = "In the past, games consoles and in particular handhelds have generally launched much later in Europe"
    assert atomise(clause, "en")[1] == [clause]


def test_a_persons_party_in_parentheses_is_a_claim_of_its_own():
    # DER STANDARD (10kGNAD)
    pieces = split_clauses("Das sei oft nur auf den ersten Blick von Vorteil, gab GPA-djp-Chef Wolfgang Katzian (SPÖ) am "
                           "Montag zu bedenken", "de", None)
    assert "Wolfgang Katzian ist Mitglied der SPÖ" in pieces and not any("(SPÖ)" in p for p in pieces)
    assert not any("Mitglied" in p for p in split_clauses(
        "Das meldete die Organisation für das Verbot von Chemiewaffen (OPCW) am Donnerstag", "de", None))


def test_a_german_compound_ending_in_a_role_before_a_name_is_a_role_claim():
    # DER STANDARD (10kGNAD): "Ministerpräsident Ahmet Davutoğlu", "Regierungschef Gheorghe Brega"
    texts = worthy_texts("Erdoğan beauftragt Davutoğlu. Präsident Recep Tayyip Erdoğan hat Ministerpräsident Ahmet "
                         "Davutoğlu am Dienstag mit der Bildung einer Übergangsregierung beauftragt.")
    assert "Ahmet Davutoğlu ist Ministerpräsident" in texts


@pytest.mark.parametrize("sentence,kept", [
    # DER STANDARD (10kGNAD), with the plain_statements setting on
    ("Der aggressive Verschlüsselungstrojaner Locky ist weiterhin aktiv.", True),
    ("Auch rät man, auf keinen Fall auf die Lösegeldforderungen einzugehen.", False),  # the generic "man"
    ("Dating-Apps wie Tinder haben es vorgemacht.", False),  # a pronoun refers back
    ("Chelsea gefiel sich vor dem Spiel in der Rolle des Außenseiters.", False),  # a reflexive
    ("Theoretisch könne ja auch im Gesetz stehen, dass man dort eingreift.", False),  # reported speech
])
def test_german_plain_statements_skip_generic_reflexive_and_reported_clauses(sentence, kept):
    article = article_from_text(f"Locky bedroht Rechner. Der Trojaner wurde im Februar entdeckt. {sentence}", Settings())
    body = sentence.rstrip(".")
    got = any(c.checkworthy and body.split(",")[0] in c.text for c in split_claims(article, plain_statements=True))
    assert got is kept


def test_a_pronoun_opening_a_piece_is_the_person_named_before_it_in_the_sentence():
    # BBC News, "Dibaba breaks 5,000m world record"; not the source of an attribution
    texts = worthy_texts("Dibaba breaks record. But compatriot Kenenisa Bekele's record hopes were dashed when he "
                         "miscounted his laps in the men's 3,000m.")
    assert "Kenenisa Bekele miscounted his laps in the men's 3,000m" in texts
    texts = worthy_texts("Plague case in China. He had, according to Alex Horton of the Washington Post, eaten a wild "
                         "rabbit before he was taken to a hospital 185 miles northwest of Beijing.")
    assert not any(t.startswith("Alex Horton was taken") for t in texts)
