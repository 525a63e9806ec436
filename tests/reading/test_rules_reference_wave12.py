"""The letter's own reference under an empty label: the line below is its value only when it
is no other field's label and no date (made-up letters)."""

from plenipo.reading import read_text

BODY = "\n\nDear Sir,\n\nI am pleased to invite you to the meeting.\n\nYours sincerely,\nJane Roe\n"


def reference(text):
    return read_text(text).to_json()["reference"]


def test_an_empty_label_over_the_addressees_label_gives_no_reference():
    header = "MINISTRY OF FISHERIES\nOur ref.:\nYour ref.: FIS/12/2031\nDate: 3 May 2031"
    assert reference(header + BODY) is None
    assert reference(header.replace("Our ref.:\n", "Our ref.:\nMF/45/2031\n") + BODY) == (
        "MF/45/2031"
    )


def test_an_empty_label_over_the_date_gives_no_reference():
    header = "EMBASSY OF NORLAND\nConsular Section\nRef. No.:\n3 May 2031"
    assert reference(header + BODY) is None
    assert reference(header.replace("Ref. No.:\n", "Ref. No.:\nCS/2031/77\n") + BODY) == (
        "CS/2031/77"
    )


def test_an_empty_french_label_over_the_date_gives_no_reference():
    header = "AMBASSADE DE NORLANDE\nN/Réf. :\nLe 3 mai 2031"
    assert reference(header + BODY) is None


def test_a_number_a_sentence_of_the_body_names_is_not_the_letters():
    texts = [
        "Dear Colleagues,\n\nAs announced in notification No. 2031-012 of 3 April, the workshop "
        "will take place in June.\n\nYours sincerely,\nJane Roe\n",
        "Excellency,\n\nThe Government, by Law No. 45/2030, has approved the accession.\n\n"
        "Accept, Excellency, the assurances of my highest consideration.\n",
        "Excellency,\n\nI have the honour to inform you that the Government of Norland has "
        "approved, by Law\nNo. 45/2030, the accession of Norland to the Convention.\n\n"
        "Accept, Excellency, the assurances of my highest consideration.\n",
    ]
    assert [reference(text) for text in texts] == [None, None, None]


def test_a_number_heading_the_note_is_the_letters():
    head = "Permanent Mission of the Republic of Norland to the United Nations\n"
    assert reference(head + "Note verbale No. 45/2031 of 3 May 2031\n" + BODY) == (
        "Note verbale No. 45/2031"
    )
    flat = "MINISTRY OF FOREIGN AFFAIRS No. 45/2031 The Ministry presents its compliments.\n"
    assert reference(flat) == "45/2031"
