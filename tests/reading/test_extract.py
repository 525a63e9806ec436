import io
import zipfile

import pytest

from plenipo.reading import read_text
from plenipo.reading.files import MAX_BYTES, ReadError, read_bytes
from plenipo.reading.instruments import canonical_instruments


def test_plain_text_in_several_encodings():
    assert (
        read_bytes("a.txt", "Genève, le 15 juin 2015".encode("cp1252"))[0]
        == "Genève, le 15 juin 2015"
    )
    assert read_bytes("b.txt", "\ufeffNote verbale".encode("utf-8"))[0] == "Note verbale"
    assert read_bytes("c.txt", "Excellence,".encode("utf-16"))[0] == "Excellence,"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.pdf", b"   ", "is empty"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "not a readable PDF|no text layer"),
        ("noise.bin", bytes(range(256)) * 20, "binary data"),
        ("x.exe", b"MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode.", "binary"),
        ("a.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03letter", "binary data"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "Word 97-2003"),
        ("archive.docx", b"PK\x03\x04" + b"\x00" * 100, "damaged ZIP"),
        ("fake.pdf", b"<html><body>Note verbale</body></html>", "named as a PDF but is not"),
        ("fake.docx", b"Dear Sir, I have the honour", "named as a Word document"),
        ("scan.jpg", b"Dear Sir, I have the honour", "named as an image"),
    ],
)
def test_bad_files_are_refused_with_the_reason(name, data, message):
    with pytest.raises(ReadError, match=message):
        read_bytes(name, data)


def test_a_huge_file_is_refused():
    with pytest.raises(ReadError, match="the limit is 20 MB"):
        read_bytes("huge.txt", b"a" * (MAX_BYTES + 1))


def test_a_zip_bomb_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (60 * 1024 * 1024))
    with pytest.raises(ReadError, match="ZIP bomb"):
        read_bytes("bomb.docx", buffer.getvalue())


def test_an_encrypted_pdf_is_refused():
    from pypdf import PdfWriter  # noqa: PLC0415

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ReadError, match="encrypted PDF"):
        read_bytes("locked.pdf", buffer.getvalue())


def test_docx_and_email_with_attachment():
    import docx

    document = docx.Document()
    document.add_paragraph("Vienna, 4 March 2009")
    document.add_paragraph("The meeting will be held from 14 to 15 April 2009.")
    buffer = io.BytesIO()
    document.save(buffer)
    text, kind = read_bytes("note.docx", buffer.getvalue())
    assert (kind, "14 to 15 April 2009" in text) == ("docx", True)

    from email.message import EmailMessage  # noqa: PLC0415

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = (
        "a@example.org",
        "b@example.org",
        "Invitation",
    )
    message["Date"] = "Wed, 04 Mar 2009 10:00:00 +0100"
    message.set_content("Please find attached the invitation.")
    message.add_attachment(
        buffer.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="note.docx",
    )
    text, kind = read_bytes("mail.eml", message.as_bytes())
    assert kind == "email"
    assert "--- Attachment: note.docx ---" in text
    assert "14 to 15 April 2009" in text


def test_every_gazetteer_entry_has_cue_words_each_of_its_spellings_holds():
    from plenipo.reading.instrument_names import CUE_WORDS  # noqa: PLC0415
    from plenipo.reading.instruments import GAZETTEER  # noqa: PLC0415

    assert set(CUE_WORDS) == {name for _, name in GAZETTEER}
    spellings = {
        "Charter of the United Nations": ["UN Charter", "Carta de las Naciones Unidas"],
        "Vienna Convention on Diplomatic Relations": [
            "Convention de Vienne sur les relations diplomatiques"
        ],
        "Paris Agreement": ["Acuerdo de París"],
        "rules of procedure": ["Règlement intérieur"],
    }
    for name, written in spellings.items():
        for text in written:
            found = [m.text for m in canonical_instruments(f"Under the {text}, we write.")]
            assert name in found, text


def test_a_word_documents_tables_stand_where_the_page_shows_them():
    import docx

    document = docx.Document()
    document.add_paragraph("The Secretariat is requested to contact:")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Jane Roe", "roe@example.org"
    document.add_paragraph("Yours sincerely,")
    buffer = io.BytesIO()
    document.save(buffer)
    text, _ = read_bytes("note.docx", buffer.getvalue())
    assert text.split("\n\n") == [
        "The Secretariat is requested to contact:",
        "Jane Roe\troe@example.org",
        "Yours sincerely,",
    ]


def test_a_word_letter_sets_its_running_text_apart_and_keeps_its_short_lines_together():
    import docx

    document = docx.Document()
    for line in ("MINISTRY OF EXAMPLES", "Department of Treaties", "Ref. TR/31/7"):
        document.add_paragraph(line)
    document.add_paragraph(
        "The Ministry has the honour to inform the Secretariat that its delegation to the "
        "third session of the Example Working Group will be composed as follows:"
    )
    for line in ("Head of delegation:", "Ms. Ann Example, Ambassador", "Members:"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Mr. Bo Sample", "Adviser"
    document.add_paragraph(
        "The Ministry kindly requests the Secretariat to issue the passes not later than "
        "2 May 2031."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    text, _ = read_bytes("note.docx", buffer.getvalue())
    assert text.split("\n\n") == [
        "MINISTRY OF EXAMPLES\nDepartment of Treaties\nRef. TR/31/7",
        "The Ministry has the honour to inform the Secretariat that its delegation to the third "
        "session of the Example Working Group will be composed as follows:",
        "Head of delegation:\nMs. Ann Example, Ambassador\nMembers:",
        "Mr. Bo Sample\tAdviser",
        "The Ministry kindly requests the Secretariat to issue the passes not later than "
        "2 May 2031.",
    ]
    [deadline] = read_text(text).deadlines
    assert deadline.what.startswith("The Ministry kindly requests")
