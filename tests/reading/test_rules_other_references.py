"""The reader's other references of a letter: its own numbers beside the one it is known by
(a file code, a second number, another own label, an archive's number), and the
addressee's reference a reply quotes (so that the office can match the letter it answers),
never a document it cites. Made-up letters."""

from plenipo.reading import read_text


def read(text):
    found = read_text(text).to_json()
    return found["reference"], found["other_references"]


def test_a_file_code_after_a_circulars_number():
    text = (
        "OCEAN COMMISSION\nCircular Letter No. 2417 OC/PB/JR (Available in English only)\n"
        "Paris, 3 May 2031\n\nTo: Member States\n\nDear Sir/Madam,\n\nI invite you.\n"
    )
    assert read(text) == ("Circular Letter No. 2417", ["OC/PB/JR"])


def test_a_second_number_under_the_first():
    text = (
        "Berne, April 13, 2031.\nNo. 412\nL. N. No. 1320\n\nSir: I have the honor to report "
        "that the Conference will reconvene.\n"
    )
    assert read(text) == ("No. 412", ["L. N. No. 1320"])


def test_a_file_code_on_the_line_under_the_reference():
    text = (
        "TELECOMMUNICATION UNION\nRef:\nDM-31/1204\nTSB/JR / Geneva, 16 March 2031\n\n"
        "Dear Sir/Madam,\n\nI invite you to the meeting.\n"
    )
    assert read(text) == ("DM-31/1204", ["TSB/JR"])


def test_another_own_label_then_the_addressees_but_not_a_cited_document():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\n\nOur ref.: MFA/ML/2031/0778\nFile No.: 2031-4455\n"
        "Your ref.: OHCHR/SP/2031/12\n\nThe Hague, 21 November 2031\n\nDear Rapporteur,\n\n"
        "I refer to document A/HRC/55/12 and to your letter No. 45/2031.\n"
    )
    reference, others = read(text)
    assert reference == "MFA/ML/2031/0778"
    assert others == ["File No. 2031-4455", "OHCHR/SP/2031/12"]


def test_an_archives_number_for_the_document():
    text = (
        "Document Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\n"
        "ARC-RDP31-00412R000100020003-4\nRelease Decision:\nRIFPUB\n\nMEMORANDUM FOR THE "
        "DIRECTOR\n\nSubject: Attachés\n\n1. The Department agrees.\n"
    )
    assert read(text)[1] == ["ARC-RDP31-00412R000100020003-4"]


def test_a_letter_with_one_reference_has_no_other():
    text = (
        "SECRETARIAT\n\nRef.: SCBD/SSSF/AS/91234\n\n8 April 2031\n\nDear Madam/Sir,\n\n"
        "Further to notification 2031-012, I invite Parties to nominate experts.\n"
    )
    assert read(text) == ("SCBD/SSSF/AS/91234", [])
