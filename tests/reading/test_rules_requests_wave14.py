"""What a letter asks (wave 14): English requests as short phrases, and forecasts that ask
nothing, each on short made-up texts with a close variant it must not read."""

import pytest

from plenipo.reading.gloss import gloss
from tests.reading.readings import actions_of

HEAD = "Dear Colleagues,\n\n"
END = "\n\nYours sincerely,\n\nJane Roe\nExecutive Secretary\n"


# Who asks whom goes; the request reads from its verb.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "You are cordially invited to attend the third meeting of the Expert Group.",
            "attend the third meeting of the Expert Group",
        ),
        (
            "Member States are kindly requested to send their comments to the Secretariat.",
            "send their comments to the Secretariat",
        ),
        (
            "I strongly encourage all Parties to submit their views on the draft strategy.",
            "submit their views on the draft strategy",
        ),
        (
            "Please kindly return the completed form to the Secretariat.",
            "return the completed form to the Secretariat",
        ),
        (
            "We would be grateful if you could confirm the name of your delegate.",
            "confirm the name of your delegate",
        ),
    ],
)
def test_an_english_request_reads_from_its_verb(sentence, phrase):
    assert actions_of(HEAD + sentence + END) == [phrase]


def test_a_request_whose_wrapper_says_what_it_is_stays_whole():
    sentence = "Please note that comments should be sent to the Secretariat by e-mail."
    found = actions_of(HEAD + sentence + END)
    assert found
    assert all(not phrase.startswith("sent to") for phrase in found)


# What a meeting or a paper is expected to do is a forecast.
@pytest.mark.parametrize(
    "sentence",
    [
        "Among other topics, the second meeting is expected to discuss the budget of the panel.",
        "The declaration is expected to be adopted by the Conference at its next session.",
    ],
)
def test_what_a_meeting_or_a_paper_is_expected_to_do_asks_nothing(sentence):
    assert actions_of(HEAD + sentence + END) == []


def test_what_delegates_are_expected_to_do_is_asked():
    sentence = "All delegates are expected to register online before the opening of the session."
    assert actions_of(HEAD + sentence + END)


# A French or Spanish request's small words of relation and form glossed, not left as written.
@pytest.mark.parametrize(
    ("asked", "language", "english"),
    [
        (
            "de soumettre leurs observations concernant le rapport annuel",
            "fr",
            "submit observations concerning the annual report",
        ),
        (
            "de transmettre les candidatures sous forme de note adressée au Secrétariat",
            "fr",
            "transmit the nominations as a note addressed to the Secretariat",
        ),
        (
            "presentar la solicitud en forma de nota dirigida a la Secretaría",
            "es",
            "submit the request as a note addressed to the Secretariat",
        ),
    ],
)
def test_words_of_relation_and_form_are_glossed(asked, language, english):
    assert gloss(asked, language) == english


def test_an_address_is_no_participle():
    # "adresse" is the address, not "adressée"
    assert "address" in gloss("de confirmer votre adresse électronique", "fr")
    assert "addressed" not in gloss("de confirmer votre adresse électronique", "fr")
