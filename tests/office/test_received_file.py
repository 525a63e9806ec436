"""A received letter's file as it came: kept when it is received, downloaded by the
secretariat alone, under a safe name, with its type, never shown in the browser."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenipo.correspondence.models import IncomingLetter
from plenipo.correspondence.services.incoming import accept, receive

pytestmark = pytest.mark.django_db
NOTE = (
    "The Secretariat has the honour to inform the Permanent Missions that the meeting of the "
    "Working Group will be held in Vienna from 14 to 15 April 2030. I have the honour to "
    "enclose herewith a copy of the provisional agenda."
)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx() -> bytes:
    import docx  # heavy: for this test only

    document = docx.Document()
    document.add_paragraph(NOTE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _download(client, letter, pk=None):
    """The answer, read to its end, which closes a file answer (closing it a second time
    would end the request again and close the test's database connection)."""
    response = client.get(reverse("office:received-file", args=[pk or letter.pk]))
    response.body = b"".join(response.streaming_content) if response.streaming else b""
    return response


def test_an_uploaded_pdf_is_kept_and_downloaded_as_it_came(client, secretariat_officer):
    from weasyprint import HTML  # heavy: for this test only

    pdf = HTML(string=f"<p>{NOTE}</p>").write_pdf()
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("Note verbale.pdf", pdf)})
    letter = IncomingLetter.objects.get()
    assert letter.original.name.startswith(f"received/{letter.received_on:%Y}/{letter.pk}/")
    response = _download(client, letter)
    assert response.status_code == 200
    assert response.body == pdf
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Note_verbale.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_a_word_document_is_served_as_one(client, secretariat_officer):
    letter = receive(name="note", data=_docx(), by=secretariat_officer)
    client.force_login(secretariat_officer)
    response = _download(client, letter)
    assert response["Content-Type"] == DOCX_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="note.docx"'


def test_a_name_is_made_safe_and_a_text_file_is_never_named_as_a_page(client, secretariat_officer):
    letter = receive(name='..\\../évian "note".html', data=NOTE.encode(), by=secretariat_officer)
    client.force_login(secretariat_officer)
    response = _download(client, letter)
    assert response.body == NOTE.encode()
    assert response["Content-Type"] == "text/plain"
    disposition = response["Content-Disposition"]
    assert disposition == "attachment; filename*=utf-8''%C3%A9vian_note_.html.txt"
    assert ".." not in letter.original.name


def test_only_the_secretariat_downloads_a_received_file(
    client, secretariat_officer, focal_point_state_a
):
    letter = receive(name="note.txt", data=NOTE.encode(), by=secretariat_officer)
    anonymous = _download(client, letter)
    assert (anonymous.status_code, anonymous["Location"]) == (
        302,
        f"/accounts/login/?next=/office/inbox/{letter.pk}/file/",
    )
    client.force_login(focal_point_state_a)
    assert _download(client, letter).status_code == 403


def test_a_letter_without_a_kept_file_answers_not_found(client, secretariat_officer):
    letter = receive(name="note.txt", data=NOTE.encode(), by=secretariat_officer)
    enclosure = accept(letter=letter, item="enclosures/0", by=secretariat_officer)
    older = IncomingLetter.objects.create(
        name="before.txt", format="text", text=NOTE, received_on=letter.received_on
    )
    client.force_login(secretariat_officer)
    assert _download(client, enclosure).status_code == 404
    assert _download(client, older).status_code == 404
    letter.original.delete(save=False)  # gone from the disk, still named in the database
    assert _download(client, letter).status_code == 404
    assert _download(client, None, pk=999_999).status_code == 404


def test_the_inbox_links_each_kept_file_from_its_row(client, secretariat_officer):
    letter = receive(name="note.txt", data=NOTE.encode(), by=secretariat_officer)
    IncomingLetter.objects.create(
        name="before.txt", format="text", text=NOTE, received_on=letter.received_on
    )
    client.force_login(secretariat_officer)
    html = client.get("/office/inbox/").content.decode()
    url = reverse("office:received-file", args=[letter.pk])
    assert html.count("download>Download</a>") == 1
    assert f'<a href="{url}" download>Download</a>' in html


def test_the_review_page_links_the_file_and_the_letter_that_enclosed_it(
    client, secretariat_officer
):
    letter = receive(name="note.txt", data=NOTE.encode(), by=secretariat_officer)
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:review", args=[letter.pk])).content.decode()
    assert reverse("office:received-file", args=[letter.pk]) in page
    accept(letter=letter, item="enclosures/0", by=secretariat_officer)
    enclosed = IncomingLetter.objects.exclude(pk=letter.pk).get()
    page = client.get(reverse("office:review", args=[enclosed.pk])).content.decode()
    assert "Enclosed in:" in page
    assert reverse("office:review", args=[letter.pk]) in page
    # an enclosure has no file of its own to download
    assert reverse("office:received-file", args=[enclosed.pk]) not in page
