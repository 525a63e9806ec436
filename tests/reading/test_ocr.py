"""Scans read through Tesseract: an image, a PDF without a text layer, in English, French and
Spanish, each then read like any letter. The letters are made up and printed by the test."""

import pytest

from plenipo.reading import ReadError, read_bytes, read_text
from tests.reading.scans import CARTA, LETTRE, NOTE, needs_tesseract, scanned_pdf, scanned_png

pytestmark = needs_tesseract


def test_a_scanned_note_verbale_is_read_into_its_meeting_and_deadline():
    text, kind = read_bytes("scan.png", scanned_png(NOTE))
    assert kind == "image"
    reading = read_text(text).to_json()
    assert reading["doc_type"] == "note_verbale"
    assert (reading["date"], reading["place"], reading["reference"]) == (
        "2025-03-12",
        "Geneva",
        "NV/2025/117",
    )
    [meeting] = reading["meetings"]
    assert (meeting["start_date"], meeting["start_time"], meeting["room"]) == (
        "2025-04-14",
        "10:00",
        "Conference Room XVII",
    )
    assert [d["date"] for d in reading["deadlines"]] == ["2025-03-31"]


def test_a_french_scan_keeps_its_accents_and_its_dates():
    text, _ = read_bytes("lettre.png", scanned_png(LETTRE))
    assert "Hélène Dupré" in text
    assert "Présidente du Comité" in text
    reading = read_text(text).to_json()
    assert (reading["language"], reading["date"]) == ("fr", "2025-02-03")
    assert [m["start_date"] for m in reading["meetings"]] == ["2025-03-05"]
    assert [d["date"] for d in reading["deadlines"]] == ["2025-02-20"]
    assert reading["sender"]["name"] == "Hélène Dupré"


def test_a_spanish_scan_is_read_with_the_spanish_language_data():
    text, _ = read_bytes("carta.png", scanned_png(CARTA))
    assert "José Ángel Núñez" in text
    assert "Señora Secretaria" in text
    reading = read_text(text).to_json()
    assert (reading["language"], reading["date"]) == ("es", "2025-05-07")
    assert [d["date"] for d in reading["deadlines"]] == ["2025-05-30"]


def test_a_pdf_without_a_text_layer_is_read_page_by_page():
    text, kind = read_bytes("scan.pdf", scanned_pdf(NOTE, LETTRE))
    assert kind == "pdf"
    assert text.index("Permanent Mission of Norland") < text.index("Hélène Dupré")


def test_an_image_with_nothing_printed_on_it_gives_no_text_and_no_error():
    text, kind = read_bytes("blank.png", scanned_png(""))
    assert kind == "image"
    assert text.strip() == ""


def test_a_damaged_image_is_refused_with_the_reason():
    with pytest.raises(ReadError, match=r"^broken\.png is not a readable image$"):
        read_bytes("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)


def test_a_list_of_paths_dressed_as_an_image_never_reaches_tesseract(tmp_path):
    # Tesseract reads a file it cannot decode as a list of images to read, one path a line
    secret = tmp_path / "secret.png"
    secret.write_bytes(scanned_png("Confidential 4711"))
    with pytest.raises(ReadError, match=r"is not a readable image$"):
        read_bytes("list.png", b"\x89PNG\n" + str(secret).encode() + b"\n")
