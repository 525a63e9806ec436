"""The reader's rules for the kind of document on made-up letters of kinds it had not seen
(wave 7): salutations by dignity and post, and a news article giving a letter's text."""

import pytest

from tests.reading.readings import kind


@pytest.mark.parametrize(
    "salutation",
    [
        "Su excelencia,",
        "Excellences,",
        "Madam President,",
        "Ladies and Gentlemen,",
        "Your Majesty,",
        "Muy señor mío:",
        "My dear Colleague,",
    ],
)
def test_a_salutation_by_dignity_or_post_makes_a_letter(salutation):
    text = (
        f"Ciudad, 3 de mayo de 2031\n\n{salutation}\n\nSetenta años después, la cooperación "
        "internacional sigue siendo indispensable para la paz y el desarrollo de los pueblos.\n"
    )
    assert kind(text) == "letter"


def test_a_news_article_giving_the_full_text_of_a_letter_is_a_letter():
    text = (
        "Minister writes to the Council on the border\n\nCAPITAL: The Foreign Minister has "
        "written to the President of the Security Council about the situation.\n\nFollowing is "
        "the full text of the letter;\n\nAs you are aware, the situation on the border has "
        "worsened since March, and the international community must act.\n"
    )
    assert kind(text) == "letter"
    french = (
        "Le ministre écrit au Conseil\n\nVoici le texte intégral de la lettre :\n\nLa situation "
        "à la frontière s'est aggravée depuis le mois de mars.\n"
    )
    assert kind(french) == "letter"


@pytest.mark.parametrize(
    "salutation", ["To whom it may concern:", "De mi mayor consideración:", "Sirs,"]
)
def test_a_certificates_and_a_latin_american_salutation_make_a_letter(salutation):
    text = (
        f"{salutation}\n\nThis is to certify that Ms. Jane Roe is a member of the delegation "
        "to the Conference.\n\nGeneva, 3 May 2031\n\nJohn Doe\nHead of Delegation\n"
    )
    assert kind(text) == "letter"


@pytest.mark.parametrize(
    "heading",
    ["LOGISTICS NOTE", "Note for participants", "Informations à l'intention des participants"],
)
def test_a_guide_for_participants_by_its_own_name_is_an_information_note(heading):
    text = (
        f"{heading}\n\nRegional Workshop on Trade\nNairobi, 12-14 May 2031\n\nThe workshop will "
        "be held at the United Nations Office. We look forward to welcoming you in Nairobi.\n"
    )
    assert kind(text) == "information_note"


@pytest.mark.parametrize("heading", ["CONCEPT NOTE", "Non-paper", "Background note"])
def test_a_paper_headed_by_its_kind_is_an_information_note(heading):
    text = (
        f"{heading}\n\nHigh-level dialogue on water\n\nWe invite you to join the dialogue. "
        "You will find the programme below.\n"
    )
    assert kind(text) == "information_note"


def test_a_letter_enclosing_a_concept_note_stays_a_letter():
    text = (
        "Dear Colleagues,\n\nI am pleased to share with you the concept note below.\n\nYours "
        "sincerely,\nJane Roe\n\nCONCEPT NOTE\n\nHigh-level dialogue on water\n"
    )
    assert kind(text) == "letter"


def test_a_printed_collections_telegram_mark_makes_a_wire():
    text = (
        "The Ambassador in Norland (Roe) to the Secretary of State\n[Telegram]\nOslo, May 3, "
        "1938—8 p.m.\n[Received May 3—5:40 p.m.]\n\n812. The Government has decided to accept "
        "the proposal.\n\nRoe\n"
    )
    assert kind(text) == "other"


@pytest.mark.parametrize(
    "opening",
    [
        "The Embassy of Norland presents its cornpliments to the Ministry and",
        "The Permanent Mission of Norland presents compliments to the Secretariat and",
        "La Embajada de Norlandia saluda con toda atención a la Secretaría y",
        "La Embajada de Norlandia saluda muy cordialmente al Ministerio y",
        "A Embaixada da Norlândia cumprimenta o Ministério e",
    ],
)
def test_a_notes_compliments_in_their_other_forms(opening):
    text = f"{opening} wishes to inform it of the visit.\n\nOslo, 3 May 2031\n"
    assert kind(text) == "note_verbale"


def test_a_french_invitation_card_over_several_lines_is_a_letter():
    text = (
        "Le Directeur général\nde l'Organisation internationale\nprie Son Excellence Monsieur "
        "l'Ambassadeur\nde lui faire l'honneur d'assister à la réception\nle jeudi 12 juin 2031 "
        "à 18 heures\nR.S.V.P.\n"
    )
    assert kind(text) == "letter"
