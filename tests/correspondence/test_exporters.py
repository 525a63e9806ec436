import datetime as dt
import io
import shutil
import subprocess

import pytest

from plenipo.correspondence.exporters import letter_docx, letters_pdf
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db


@pytest.fixture
def letters():
    return merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", dt.date(2015, 6, 15)),
        day=dt.date(2015, 6, 15),
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters


def test_pdf_text_extracts_cleanly(letters, tmp_path):
    try:
        pdfs = letters_pdf(letters)
    except OSError as exc:
        pytest.skip(f"WeasyPrint cannot load its system libraries: {exc}")
    assert len(pdfs) == len(letters)
    russia = pdfs[[letter.recipient_key for letter in letters].index("RUS")]
    if shutil.which("pdftotext"):
        path = tmp_path / "RUS.pdf"
        path.write_bytes(russia)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        import pypdf  # noqa: PLC0415

        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(russia)).pages)
    assert "Dear Minister," in text
    assert "Sergey Lavrov" in text
    assert "Thorbjørn Jagland" in text


def test_docx_opens_with_python_docx(letters):
    import docx

    document = docx.Document(io.BytesIO(letter_docx(letters[0])))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Dear Minister," in text
    assert "Yours sincerely," in text
