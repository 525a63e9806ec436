"""The letter's own reference, not a number its header names as something else: short
made-up letters."""

import pytest

from plenipo.reading import read_text

BODY = (
    "\n\nDear Madam/Sir,\n\nI am pleased to invite you to the meeting.\n\n"
    "Yours sincerely,\nJane Roe\n"
)


def reference(text):
    return read_text(text).to_json()["reference"]


@pytest.mark.parametrize(
    "header",
    [
        "UNITED NATIONS\nResolution 78/212\n\nNew York, 4 March 2031",
        "SECRETARIAT OF THE CONVENTION\nDecision 15/4\n\nMontreal, 3 May 2031",
        "Resolución 2031/45\n\nLima, 3 de mayo de 2031",
        "Item 4/2031 of the provisional agenda",
        "Friends of the Wetlands\nRegistered charity No. 1045/221\nOxford OX1 4AB\n\n3 May 2031",
        "Annual Report 2030\nISBN 978-92-1-101234-5",
        "UNITED NATIONS OFFICE\nP.O. Box 30552, 00100 Nairobi, Kenya\nTel: 254-20-7621234\n\n"
        "3 May 2031",
        "PERMANENT MISSION OF NORLAND\nFax: 0041-22-917-0123\nGeneva\n\n4 May 2031",
        "1/3\n\nMinistry of Health\n\n3 May 2031",
        "RECEIVED 12/5\nREGISTRY",
        "Bulletin of the Society, Vol. 12, No. 3/2031",
        "Posted by admin | 12/05/2031\nArticle 4471/31",
        "Re: document A/78/L.12\n\nNew York, 3 May 2031",
    ],
)
def test_a_number_its_line_names_as_something_else_is_no_reference(header):
    assert reference(header + BODY) is None


def test_the_writers_own_symbol_in_the_header_stays():
    assert reference("INTERNATIONAL COURT\nICJ/2031/77\n\nThe Hague, 4 May 2031" + BODY) == (
        "ICJ/2031/77"
    )


def test_an_oficio_keeps_its_kind_and_number_as_written():
    assert reference("Oficio No. 2031/118\n\nMontevideo, 3 de mayo de 2031" + BODY) == (
        "Oficio No. 2031/118"
    )
    assert reference("Colonia, 9 de diciembre de 2031. Oficio Nº 418/2031.\n" + BODY) == (
        "Oficio Nº 418/2031"
    )
