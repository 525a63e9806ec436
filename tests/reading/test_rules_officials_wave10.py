"""Wave 10's rules for letters of heads of state and government, ministers, ambassadors and
permanent representatives to the UN's officers and treaty bodies, on made-up letters."""

import pytest

from tests.reading.readings import reading

# --- the letter's own date in a UN document's heading of identical letters -----------------


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        (
            "Identical letters dated 9 February 2032 from the Permanent Representative of "
            "Norland to the United Nations addressed to the Secretary-General and the President "
            "of the Security Council",
            "2032-02-09",
        ),
        (
            "Lettres identiques datées du 9 février 2032, adressées au Secrétaire général et au "
            "Président du Conseil de sécurité par le Représentant permanent de la Norlande",
            "2032-02-09",
        ),
        (
            "Cartas idénticas de fecha 9 de febrero de 2032 dirigidas al Secretario General y a "
            "la Presidenta del Consejo de Seguridad por el Representante Permanente de Norlandia",
            "2032-02-09",
        ),
    ],
)
def test_identical_letters_heading_gives_the_letters_date(heading, day):
    body = (
        "\n\nFurther to my letters of 3 and 14 January 2032, I have the honour to inform you of "
        "the latest developments.\n\n(Signed) Ana Berg\nPermanent Representative\n"
    )
    assert reading(heading + body)["date"] == day


def test_identical_letters_a_sentence_mentions_are_not_the_heading():
    text = (
        "Geneva, 20 March 2032\n\nExcellency,\n\nI refer to the identical letters dated "
        "9 February 2032 from the Permanent Representative of Norland.\n\n"
        "Yours sincerely,\nAna Berg\n"
    )
    assert reading(text)["date"] == "2032-03-20"


# --- the UN's organs named in a French or Spanish request, glossed whole ------------------


@pytest.mark.parametrize(
    ("sentence", "language", "organ"),
    [
        (
            "Le agradecería que tuviera a bien hacer distribuir la presente carta como "
            "documento del Consejo de Seguridad.",
            "es",
            "Security Council",
        ),
        (
            "Ruego a Vuestra Excelencia hacer distribuir la presente nota como documento de la "
            "Asamblea General.",
            "es",
            "General Assembly",
        ),
        (
            "Je vous prie de bien vouloir transmettre la présente lettre à l'Assemblée générale.",
            "fr",
            "General Assembly",
        ),
    ],
)
def test_un_organs_are_glossed_whole(sentence, language, organ):
    from plenipo.reading.gloss import gloss

    assert organ in gloss(sentence, language)
