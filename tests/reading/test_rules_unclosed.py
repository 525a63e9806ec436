"""The reader's rules for letters in capitals and letters signed without a closing
formula (notifications, press releases, cables), each on a short letter written that way."""

from tests.reading.readings import reading

PARAGRAPH = (
    "I have the pleasure to inform you that the Committee will meet in Geneva from 10 to 12 "
    "May 2021 and to invite you to send your views before the meeting."
)


def test_a_closing_formula_in_capitals_is_no_name():
    found = reading(f"DEAR ALL,\n{PARAGRAPH.upper()}\nKIND REGARDS\n")
    assert found["sender"] is None
    found = reading(f"REF: 2024/PR/123\n{PARAGRAPH.upper()}\n\nENDS\n")
    assert found["sender"] is None


def test_a_circulars_number_in_capitals():
    found = reading(
        "4 ALBERT STREET LONDON TELEPHONE: +44 20 0000 0000 FAX: +44 20 0000 0001 CIRCULAR "
        "LETTER NO.4001 14 JULY 2015 TO: ALL MEMBERS SUBJECT: SYMPOSIUM ON SHIPPING "
        f"{PARAGRAPH.upper()}\n"
    )
    assert found["doc_type"] == "information_note"
    assert found["reference"] == "CIRCULAR LETTER NO.4001"


def test_a_press_release_reproducing_a_message_is_a_letter():
    found = reading(
        "Ref: 2024/PR/343\n\nThe Minister of Foreign Affairs of Ruritania, Dr. Jane Roe sends "
        "a message of felicitations to the Minister of Foreign Affairs of Freedonia.\n\n"
        f"Minister's message reads as follows:\n\n{PARAGRAPH}\n"
    )
    assert found["doc_type"] == "letter"


def test_a_salutation_without_its_comma():
    found = reading(f"Mission of Ruritania\n\nEstimada Embajadora Roe\n\n{PARAGRAPH}\n")
    assert found["doc_type"] == "letter"
    # (a text in the third person: one from "I" to "you" reads as a letter even unsaluted;
    # one without any letter's or note's formula informs whoever reads it)
    costs = "The Committee will meet in Geneva from 10 to 12 May 2021 to review the costs."
    found = reading(f"Mission of Ruritania\n\nEstimación de costos\n\n{costs}\n")
    assert found["doc_type"] == "information_note"


def test_the_addressee_under_a_signature_without_a_closing_formula():
    found = reading(
        f"Paris, le 15 juin 2003\n\nMonsieur le Président,\n\n{PARAGRAPH}\n\nJean DUPONT\n"
        "Monsieur Pierre MARTIN Président de la République de Ruritanie\n"
    )
    assert found["sender"]["name"] == "Jean DUPONT"
    assert found["addressees"] == ["Monsieur Pierre MARTIN Président de la République de Ruritanie"]


def test_the_writers_post_in_a_heading_or_a_sentence_in_capitals():
    found = reading(
        "LETTER DATED 3 APRIL 2013 FROM THE PERMANENT REPRESENTATIVE OF RURITANIA TO THE UNITED "
        "NATIONS ADDRESSED TO THE SECRETARY-GENERAL\n\nI HAVE THE HONOUR TO REFER TO THE MEETING "
        "HELD IN CAIRO FROM 2 TO 7 FEBRUARY 2013 AND TO REQUEST THAT THIS LETTER BE CIRCULATED.\n"
    )
    assert found["sender"]["title"] == (
        "PERMANENT REPRESENTATIVE OF RURITANIA TO THE UNITED NATIONS"
    )
    found = reading(
        "SIR/MADAM,\n\nDURING MY TENURE AS DIRECTOR-GENERAL, I HAVE SUPPORTED THE NATIONAL "
        "COMMISSIONS IN EVERY REGION OF THE WORLD AND THEIR WORK.\n"
    )
    assert found["sender"]["title"] == "DIRECTOR-GENERAL"


def test_those_a_notice_in_capitals_informs():
    found = reading(
        "NOTE\n\n3 MARCH 2005\n\nTHE SECRETARIAT HAS THE HONOUR TO INFORM NON-GOVERNMENTAL "
        "ORGANIZATIONS IN CONSULTATIVE STATUS THAT THE CONSULTATIONS WILL BE HELD IN GENEVA.\n"
    )
    assert found["addressees"] == ["NON-GOVERNMENTAL ORGANIZATIONS IN CONSULTATIVE STATUS"]
