"""The reader's wave 9 rules for a letter's reference, place and date of writing and kind of
document, on made-up letters: forms many senders use that the corpus had few of."""

import pytest

from plenipo.reading import read_text


def read(text):
    return read_text(text).to_json()


def kind(text):
    return read(text)["doc_type"]


# --- the kind of document -----------------------------------------------------------------

BODY = (
    "The secretariat is pleased to share the call for nominations and the information on "
    "the elections with the organizations accredited to the Conference.\n"
)


@pytest.mark.parametrize(
    "salutation",
    [
        "Dear representatives of the accredited civil society organizations (CSOs) of the "
        "Convention,",
        "Dear Permanent Representatives and Permanent Observers to the United Nations Office "
        "at Nairobi:",
        "Querida Hermana Presidente,",
        "Querido amigo:",
        "Chère collègue,",
    ],
)
def test_a_long_or_warm_salutation_makes_a_letter(salutation):
    assert kind(f"{salutation}\n{BODY}") == "letter"


def test_a_text_without_a_salutation_still_informs():
    assert kind(BODY) == "information_note"


@pytest.mark.parametrize(
    "sentence",
    [
        "Siguiendo instrucciones de mi Gobierno, tengo el honor de señalar a su atención la "
        "gravedad de la situación en la frontera.",
        "D'ordre de mon Gouvernement, j'ai l'honneur de porter à votre attention la situation "
        "à la frontière.",
        "On behalf of the Council, we have the honour to draw attention to the situation on "
        "the border.",
        "Nos unimos a la celebración del aniversario. Aprovechamos la oportunidad para "
        "expresarle nuestro agradecimiento.",
    ],
)
def test_the_first_person_inside_a_sentence_makes_a_letter(sentence):
    assert kind(sentence + "\n") == "letter"


@pytest.mark.parametrize(
    "heading",
    [
        "USA: Open letter to President Roe",
        "EE.UU. Carta abierta a Juan Pérez",
        "Tunisie : Lettre ouverte au Président de la République",
    ],
)
def test_an_open_letter_headed_after_its_country_is_a_letter(heading):
    text = f"{heading}\n\nIn the coming hours the attention of the world will turn to the State.\n"
    assert kind(text) == "letter"


def test_a_subject_naming_an_open_letter_is_no_heading_of_one():
    text = "Subject: the open letter to the Parties\n\nThe Parties are invited to comment.\n"
    assert kind(text) == "information_note"


@pytest.mark.parametrize(
    "report",
    [
        "CAPITAL (Agency) -- The Foreign Minister on Wednesday sent a letter to the "
        "Secretary-General of the United Nations about the situation.",
        "L'ambassadeur, Représentant permanent auprès de l'ONU, a adressé, le 17 novembre, une "
        "lettre aux membres du Conseil de sécurité sur la situation.",
        "El Ministro de Asuntos Exteriores ha enviado un mensaje de felicitación a la "
        "Secretaria de Relaciones Exteriores con motivo del Día Nacional.",
        "The Minister's letter was published today.\nThe letter said: the border must stay open.",
    ],
)
def test_a_news_article_reporting_a_letter_sent_is_a_letter(report):
    assert kind(report + "\n") == "letter"


def test_a_notice_that_mentions_a_letter_sent_stays_a_notice():
    text = (
        "NOTIFICATION TO THE PARTIES\nNo. 2031/044\n\nThe Secretariat sent a letter to the "
        "focal points on 3 May 2031 about the review.\n"
    )
    assert kind(text) == "information_note"


def test_an_authority_inviting_in_the_third_person_writes_a_note():
    text = (
        "The Director-General of the Organization has the honour to invite the non-State "
        "actors in official relations with the Organization to appoint representatives to "
        "the session of the Board.\n"
    )
    assert kind(text) == "note_verbale"


def test_a_circular_whose_secretary_general_has_the_honour_to_invite_stays_a_circular():
    text = (
        "Circular Letter No. 4123\n\nThe Secretary-General has the honour to invite Member "
        "States to attend the session of the Committee.\n"
    )
    assert kind(text) == "information_note"
