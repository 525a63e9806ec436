"""The reader's general rules for texts as other sites give them: in capitals, with OCR's
confusions, flattened onto few lines."""

from plenipo.reading.text import ocr_repaired, unflattened
from tests.reading.readings import reading

TELEGRAM = (
    "CIRCULAR TELEGRAM NO. 12/2019\n\nGENEVA, 3 MAY 2019\n\nTO ALL PERMANENT MISSIONS IN "
    "GENEVA\n\nDEAR SIR OR MADAM,\n\nTHE COMMITTEE WILL MEET ON 10 JUNE 2019 AT 10 A.M. IN "
    "ROOM XVII. THE PLAN FOR THE PURCHASE OF SUPPLIES WILL BE DISCUSSED. A REGISTRATION FORM "
    "IS ATTACHED. PLEASE RETURN IT BY 1 JUNE 2019.\n\nYOURS SINCERELY,\n\nJOHN A. ROE\n"
    "EXECUTIVE SECRETARY\n"
)


def test_a_letter_in_capitals_reads_as_any_letter_and_gives_its_values_as_written():
    found = reading(TELEGRAM)
    assert found["sender"]["name"] == "JOHN A. ROE"
    assert found["sender"]["title"] == "EXECUTIVE SECRETARY"
    assert found["date"] == "2019-05-03"
    assert found["place"] == "GENEVA"
    assert [m["start_date"] for m in found["meetings"]] == ["2019-06-10"]
    # every word of a text in capitals is capitalised: none makes it an instrument's name
    assert found["instruments_cited"] == []
    assert [e["description"] for e in found["enclosures"]] == ["A REGISTRATION FORM"]


def test_a_letter_in_capitals_keeps_its_acronyms_and_symbols():
    found = reading(
        "GATT/AIR/3566 21 MARCH 1994\n\nSUBJECT: TRADE NEGOTIATIONS COMMITTEE\n\nTHE IMO "
        "COMMITTEE WILL MEET ON 30 MARCH 1994 AT 10 A.M. IN GENEVA.\n\nPETER D. SMITH\n"
    )
    assert found["reference"] == "GATT/AIR/3566"
    assert found["sender"]["name"] == "PETER D. SMITH"
    assert found["meetings"][0]["start_time"] == "10:00"


def test_a_letterhead_post_with_each_word_capitalised():
    found = reading(
        "The President of the General Assembly\n\n1 March 2017\n\nExcellency,\n\nI have the "
        "pleasure to inform you of the meeting.\n"
    )
    assert found["sender"]["title"] == "President of the General Assembly"


def test_digits_and_letters_that_ocr_confused_are_read_as_meant():
    found = reading(
        "Ref.: 2O05/1l\n\nGeneva, l5 March 2O05\n\nDear Sir,\n\nThe meeting will be held on 2O "
        "April 2005 at l0am.\n\nYours sincere1y,\n\nJohn Roe\nExecutive Secretary\n"
    )
    assert found["reference"] == "2005/11"
    assert found["date"] == "2005-03-15"
    assert found["meetings"][0]["start_date"] == "2005-04-20"
    assert found["sender"]["name"] == "John Roe"
    # an acronym in capitals keeps its digits, a word its letters
    assert ocr_repaired("H1N1 G77 Oil Io 1st") == "H1N1 G77 Oil Io 1st"


def test_a_flattened_heading_and_signature_read_as_laid_out():
    found = reading(
        "SECRETARIAT OF THE CONVENTION Ref.: SC/2021/45 Geneva, 4 March 2021 To: All Parties to "
        "the Convention Subject: Meeting of the Bureau, 10 - 12 May 2021 Dear Sir or Madam, "
        "I have the honour to inform you that the Bureau will meet in Geneva from 10 to 12 May "
        "2021. You are requested to confirm your participation by 1 May 2021.\n\n"
        "Yours sincerely, Jane Roe Executive Secretary\n"
    )
    assert found["reference"] == "SC/2021/45"
    assert found["date"] == "2021-03-04"
    assert found["place"] == "Geneva"
    assert found["addressees"] == ["All Parties to the Convention"]
    assert found["sender"]["name"] == "Jane Roe"


def test_a_flattened_heading_keeps_a_letters_number_and_its_prose():
    text = (
        "INTERNATIONAL ORGANIZATION 1 Albert Street London Circular Letter No.3558 14 July 2015 "
        "To: All Members Subject: Symposium Parties are respectfully requested to reply by 1 "
        "June 2015, as set out in resolution No. 5 adopted on 2 May 2014 and in the annexes."
    )
    assert unflattened(text).split("\n") == [
        "INTERNATIONAL ORGANIZATION 1 Albert Street London",
        "Circular Letter No.3558",
        "14 July 2015",
        "To: All Members",
        "Subject: Symposium Parties are respectfully requested to reply by 1 June 2015, as set "
        "out in resolution No. 5 adopted on 2 May 2014 and in the annexes.",
    ]
    assert reading(text)["reference"] == "Circular Letter No.3558"
    prose = (
        "Ref.: 12/2020 The meeting held on 9 May 2006 was, with regard to: budgets, useful. "
        "Finally, Your Excellency, allow me to thank you for the letter dated 3 May 2006."
    )
    assert unflattened(prose) == prose


def test_a_count_of_annexes_is_no_enclosure():
    found = reading("Ref.: 2021/3\nAnnexes: 3 (in English only)\n\nDear Sir,\nI write.\n")
    assert found["enclosures"] == []


def test_the_post_the_writer_names_as_their_own():
    found = reading(
        "Sir/Madam,\n\nDuring my tenure as Director-General, I have supported the National "
        "Commissions.\n"
    )
    assert found["sender"]["title"] == "Director-General"


def test_a_postcode_before_its_town_is_no_reference_nor_a_name():
    found = reading(
        "INTERNATIONAL SECRETARIAT\nPlace du Parc 3 B-1000 Brussels\nT. +32 2 504 81 55\n\n"
        "6 March 2020\n\nDear colleagues,\n\nI write to inform you of the meeting of the "
        "Bureau, which will take place in Brussels on 10 May 2020.\n\nYours sincerely,\n\n"
        "John Roe\n"
    )
    assert found["reference"] is None
    found = reading("Place du Parc 3\nB-1000 Brussels\n\nSir/Madam,\n\nI write.\n")
    assert found["sender"] is None
