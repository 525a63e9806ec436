"""Wave 17: a note's number kept with its kind, a letterhead split over lines as the
sender's organization, the city that ends a block of address under the signature. Made-up
letters, each with a variant the rule must leave alone."""

import pytest

from tests.reading.readings import reading

NOTE_BODY = (
    "\n\nThe Permanent Mission of Norland to the United Nations presents its compliments to "
    "the Secretariat of the Convention and has the honour to inform it of the appointment "
    "of a new focal point.\n\nThe Mission avails itself of this opportunity to renew the "
    "assurances of its highest consideration.\n\nNew York, 3 March 2031\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a note's kind heading its number is kept with it, as the note cites itself
        ("Note No. 123/2031", "Note No. 123/2031"),
        ("Note Verbale No. 7", "Note Verbale No. 7"),
        ("NOTE VERBALE No. 45/2031", "NOTE VERBALE No. 45/2031"),
        ("Nota No. 88/2031", "Nota No. 88/2031"),
        ("Note verbale n° 12/2031", "Note verbale n° 12/2031"),
        ("Note verbale No. 45/2031 of 3 May 2031", "Note verbale No. 45/2031"),
        # a bare sign is kept before a bare number only; a label is dropped
        ("No. 123/2031", "123/2031"),
        ("No. 123", "No. 123"),
        ("Ref.: No. 123", "No. 123"),
        ("Ref.: 123/2031", "123/2031"),
        # "Notes" is no note's kind: the number stands alone
        ("Notes No. 12/2031", "12/2031"),
    ],
)
def test_a_reference_is_written_by_one_rule(head, expected):
    assert reading(head + NOTE_BODY)["reference"] == expected


def test_a_note_cited_in_a_sentence_is_not_the_letters_number():
    text = (
        "Excellency,\n\nI have the honour to refer to the Ministry's\nNote Verbale No. 7 and to "
        "inform you that the Government agrees.\n\nAccept, Excellency, the assurances of my "
        "highest consideration.\n\nJon Alder\nAmbassador\n"
    )
    assert reading(text)["reference"] is None


SIGNED = (
    "\n\nNew York, 3 March 2031\n\nExcellency,\n\nI have the honour to inform you that the "
    "Government of Norland has decided to present the candidature of Ms. Ada Berg for the "
    "Committee.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n\n"
    "Jon Alder\nAmbassador\n"
)


@pytest.mark.parametrize(
    ("letterhead", "organization"),
    [
        (
            "PERMANENT MISSION\nOF NORLAND\nTO THE UNITED NATIONS",
            "PERMANENT MISSION OF NORLAND TO THE UNITED NATIONS",
        ),
        (
            "PERMANENT MISSION OF NORLAND\nTO THE UNITED NATIONS",
            "PERMANENT MISSION OF NORLAND TO THE UNITED NATIONS",
        ),
        (
            "MISSION PERMANENTE\nDE LA RÉPUBLIQUE DE NORLANDE\nAUPRÈS DE L'OFFICE DES NATIONS "
            "UNIES",
            "MISSION PERMANENTE DE LA RÉPUBLIQUE DE NORLANDE AUPRÈS DE L'OFFICE DES NATIONS UNIES",
        ),
        (
            "MISIÓN PERMANENTE\nDE LA REPÚBLICA DE NORLANDIA\nANTE LAS NACIONES UNIDAS",
            "MISIÓN PERMANENTE DE LA REPÚBLICA DE NORLANDIA ANTE LAS NACIONES UNIDAS",
        ),
        # the heading ends where a line no longer goes on from it
        ("EMBASSY OF NORLAND\nAnnual report office", "EMBASSY OF NORLAND"),
    ],
)
def test_a_letterhead_split_over_lines_is_the_senders_organization(letterhead, organization):
    sender = reading(letterhead + SIGNED)["sender"]
    assert (sender["name"], sender["organization"]) == ("Jon Alder", organization)


@pytest.mark.parametrize(
    "letterhead",
    [
        "PERMANENT MISSION",  # whose, it does not say
        "ANNUAL REPORT\nOF THE COMMITTEE",  # no office's heading
        "",
    ],
)
def test_no_organization_where_the_letterhead_names_no_office(letterhead):
    assert reading(letterhead + SIGNED)["sender"]["organization"] is None


BELOW = (
    "New York, 3 March 2031\n\nExcellency,\n\nI have the honour to inform you that the "
    "Government of Norland has decided to present the candidature of Ms. Ada Berg for the "
    "Committee.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n\n"
    "Jon Alder\nAmbassador\n\n"
)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "His Excellency\nMr. Karl Weiss\nMinister for Foreign Affairs of Ruritania\nStrelsau",
            "His Excellency Mr. Karl Weiss, Minister for Foreign Affairs of Ruritania, Strelsau",
        ),
        (
            "Son Excellence\nMonsieur Karl Weiss\nMinistre des Affaires étrangères\nAddis-Abeba\n",
            "Son Excellence Monsieur Karl Weiss, Ministre des Affaires étrangères, Addis-Abeba",
        ),
        (
            "His Excellency\nMr. Karl Weiss\nMinister for Foreign Affairs\nWashington, D.C.\n",
            "His Excellency Mr. Karl Weiss, Minister for Foreign Affairs, Washington, D.C.",
        ),
        # an enclosure's line under the address is no city
        (
            "His Excellency\nMr. Karl Weiss\nMinister for Foreign Affairs\nEnclosure\n",
            "His Excellency Mr. Karl Weiss, Minister for Foreign Affairs",
        ),
        # a line with more under it ends no block
        (
            "His Excellency\nMr. Karl Weiss\nMinister for Foreign Affairs\nStrelsau\nCopy to File",
            "His Excellency Mr. Karl Weiss, Minister for Foreign Affairs",
        ),
    ],
)
def test_the_city_ending_an_address_under_the_signature_is_kept(address, expected):
    assert reading(BELOW + address)["addressees"] == [expected]
