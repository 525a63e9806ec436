"""A letter as a news article quotes it: the date the article's introduction gives the
letter, never the date of a letter that a letter's own body cites. Made-up texts."""

import pytest

from plenipo.reading import read_text


@pytest.mark.parametrize(
    "introduction",
    [
        "In a letter dated 16 April 2031, the Minister of Foreign Affairs wrote to the "
        "Secretary-General.",
        "Le ministère a expulsé deux diplomates, peut-on lire dans une correspondance datant "
        "du mercredi 16 avril 2031.",
        "En una carta fechada el 16 de abril de 2031, el Canciller se dirigió al Secretario "
        "General.",
    ],
)
def test_the_date_a_news_article_gives_the_letter_it_quotes(introduction):
    text = f"{introduction}\n“I have the honour to inform you of our decision,” it reads.\n"
    assert read_text(text).to_json()["date"] == "2031-04-16"


def test_a_letter_cited_in_a_letters_body_does_not_date_the_letter():
    text = (
        "Dear Madam/Sir,\n\nI have the honour to refer to the decisions of the Meeting of "
        "the Parties.\n\nThey were communicated to all Parties in a letter dated 20 December "
        "2030.\n\nYours sincerely,\n\nJane Roe\nExecutive Secretary\n"
    )
    assert read_text(text).to_json()["date"] is None


def test_a_spanish_letter_quoted_in_the_first_person_is_a_letter():
    text = (
        "El presidente Juan Pérez leyó una carta que envió a su homólogo, en la que lo invitó "
        "a Lima.\n“Le informo que recibí su invitación para asistir a la reunión.\n"
        "Saludos afectuosos”.\n"
    )
    assert read_text(text).to_json()["doc_type"] == "letter"
