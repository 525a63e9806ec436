"""What the upload says: the accepted files and the limit before any upload, and a refusal
in words an officer reads, never the name of a library's exception."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from plenipo.correspondence.models import IncomingLetter
from plenipo.correspondence.services.incoming import plain_read_error

pytestmark = pytest.mark.django_db
ACCEPTED = (
    "text, a web page (HTML), PDF, Word (.docx), e-mail (.eml) or a scan (PDF, PNG, JPEG, TIFF)"
)


def _refusal(client, name, data):
    response = client.post("/office/inbox/", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 400
    assert not IncomingLetter.objects.exists()
    html = response.content.decode()
    return html[html.index('role="alert">') + len('role="alert">') : html.index("</div>")]


def test_the_accepted_files_and_the_limit_are_said_before_any_upload(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get("/office/inbox/").content.decode()
    assert f'<span class="muted" id="upload-help">{ACCEPTED.capitalize()}; at most 20 MB' in html
    assert 'aria-describedby="upload-help"' in html


def test_a_truncated_pdf_is_called_damaged_or_incomplete(client, secretariat_officer):
    from weasyprint import HTML  # heavy: for this test only

    pdf = HTML(string="<p>The meeting will be held on 4 May 2031.</p>").write_pdf()
    client.force_login(secretariat_officer)
    said = _refusal(client, "truncated.pdf", pdf[: len(pdf) // 2])
    assert said == "truncated.pdf is not a readable PDF (the file is damaged or incomplete)"


def test_a_program_is_refused_naming_the_files_accepted(client, secretariat_officer):
    client.force_login(secretariat_officer)
    said = _refusal(client, "setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff" * 200)
    assert said == f"setup.exe is not a letter the inbox can read; it accepts {ACCEPTED}"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "a (1).docx is not a readable Word document (BadZipFile)",
            "a (1).docx is not a readable Word document (the file is damaged or incomplete)",
        ),
        ("x.pdf is an encrypted PDF; ask for an unprotected copy", None),
        ("x.pdf is empty", None),
    ],
)
def test_other_refusals_are_kept_as_the_reader_words_them(said, plain):
    assert plain_read_error(said) == (plain or said)


NUL_TEXT = b"Dear Sir,\nThe meeting\x00 will be held on 4 May 2031.\n"
NUL_SAID = "nul.txt contains binary data (a NUL byte at position 21): not a text file"


def test_a_text_file_with_a_nul_byte_is_refused_naming_the_byte(client, secretariat_officer):
    client.force_login(secretariat_officer)
    assert _refusal(client, "nul.txt", NUL_TEXT) == NUL_SAID


def test_the_api_and_the_cli_refuse_a_nul_byte_in_the_same_words(
    client, secretariat_officer, tmp_path
):
    from django.core.management import CommandError, call_command  # noqa: PLC0415

    client.force_login(secretariat_officer)
    response = client.post("/api/inbox", {"file": SimpleUploadedFile("nul.txt", NUL_TEXT)})
    assert response.status_code == 400
    assert response.json()["detail"] == NUL_SAID
    path = tmp_path / "nul.txt"
    path.write_bytes(NUL_TEXT)
    with pytest.raises(CommandError) as refused:
        call_command("inbox", "receive", str(path))
    assert str(refused.value) == NUL_SAID
    assert not IncomingLetter.objects.exists()
