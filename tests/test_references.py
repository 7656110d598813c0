"""Definite descriptions resolved to the names an article introduced them with (checkers.references)."""

import pytest

from checkers.entities import Entity, find_entities
from checkers.references import Descriptions


def resolved(sentences: list[str], clause: str, language: str = "en") -> str:
    descriptions = Descriptions(language)
    for sentence in sentences:
        descriptions.learn(sentence, find_entities(sentence, language))
    return descriptions.resolve(clause)


@pytest.mark.parametrize("introduced, clause, expected", [
    (["Boeing attracted bids from Turkish-based carrier SunExpress on Wednesday."],
     "the carrier will recommence its expansion", "SunExpress will recommence its expansion"),
    (["South Korea unveiled the Fourth Energy Technology Development Plan on Monday."],
     "The plan includes actions to improve nuclear safety", "Fourth Energy Technology Development Plan includes "
                                                            "actions to improve nuclear safety"),
    (["It was signed by Wild coach Bruce Boudreau in June."], "the coach said he was pleased",
     "Bruce Boudreau said he was pleased"),
])
def test_a_description_is_the_name_it_was_introduced_with(introduced, clause, expected):
    assert resolved(introduced, clause) == expected


def test_a_german_description_keeps_its_words_and_names_the_software():
    assert resolved(["Die Google-Software AlphaGo gewann gegen Lee Sedol."],
                    "Seit dem Match verbesserte sich die Software weiter", "de") == \
        "Seit dem Match verbesserte sich die Software (AlphaGo) weiter"


@pytest.mark.parametrize("clause", [
    "the carrier industry grew by 5%",  # the noun qualifies another
    "the carrier Qantas grew by 5%",  # a name of its own follows
    "the ATP carrier was held in London",  # a name in between: another thing
])
def test_a_description_that_names_something_else_is_left_alone(clause):
    assert resolved(["Boeing attracted bids from Turkish-based carrier SunExpress on Wednesday."], clause) == clause


def test_two_common_words_in_capitals_teach_no_noun():
    # "Blue Moon" is the lander's name; "the moon" is still the moon
    assert resolved(["Blue Origin will use its Blue Moon lander."], "rovers will land on the moon") == \
        "rovers will land on the moon"


def test_a_role_in_an_apposition_names_the_person_later():
    descriptions = Descriptions("en")
    # split_claims passes the people an article names in full along with the entities of the sentence
    descriptions.learn("Gordon Brown, chancellor of the exchequer under Mr Blair, became chancellor in 2004.",
                       [Entity(text="Gordon Brown", kind="person", key="gordon brown")])
    assert descriptions.resolve("Lord Kinnock said the chancellor would be best placed to take over") == \
        "Lord Kinnock said Gordon Brown would be best placed to take over"
