"""The inbox's review page for an ordinary received letter, uploaded as an officer would."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from plenipo.correspondence.models import IncomingLetter
from plenipo.meetings.models import Meeting
from tests.reading.scans import NOTE, needs_tesseract, scanned_png

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# A letter that names no addressee: its reading has evidence for nothing there. It is from the
# development part of the corpus: the test part is only scored, never read for a fixture's
# values (docs/reading.md).
LETTER = CORPUS / "p5_27_cbd-notification-2023-029-soi-workshop-new-dates.txt"


def test_an_uploaded_letter_opens_for_review_with_its_values_marked(client, secretariat_officer):
    client.force_login(secretariat_officer)
    with LETTER.open("rb") as upload:
        response = client.post("/office/inbox/", {"file": upload})
    letter = IncomingLetter.objects.get()
    assert response.status_code == 302
    assert response.url == f"/office/inbox/{letter.pk}/"
    page = client.get(response.url)
    assert page.status_code == 200
    html = page.content.decode()
    # each mark says which finding it supports, and an item's mark is its anchor
    assert '<mark data-field="meetings-1" id="evidence-meetings-1" title="meeting 2">' in html
    assert '<mark data-field="deadlines-0" id="evidence-deadlines-0" title="deadline 1">' in html
    assert 'href="#evidence-meetings-1"' in html
    assert "2023-06-05" in html
    assert '<option value="WG-TIP">WG-TIP — Working Group on Trafficking …</option>' in html


def test_a_deadline_is_accepted_from_the_review_page_once(client, secretariat_officer):
    client.force_login(secretariat_officer)
    with LETTER.open("rb") as upload:
        client.post("/office/inbox/", {"file": upload})
    letter = IncomingLetter.objects.get()
    url = f"/office/inbox/{letter.pk}/deadlines/0/"
    made = client.post(url, {"decision": "accept"}, follow=True).content.decode()
    task = letter.tasks.get()
    said = f"Deadline “{escape(task.what)}”: a task due {task.due_on} created."
    assert f'<p class="notice" role="status">{said}</p>' in made
    again = client.post(url, {"decision": "accept"}, follow=True)
    letter.refresh_from_db()
    assert letter.decisions["deadlines/0"]["status"] == "task"
    assert letter.tasks.count() == 1
    assert "already decided" in again.content.decode()
    assert "deadlines/0" not in _flash_error(again.content.decode())  # named in words


def test_the_review_page_shows_each_cited_instrument_linked_or_proposed(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    with (CORPUS / "seed_000.txt").open("rb") as upload:
        response = client.post("/office/inbox/", {"file": upload})
    html = client.get(response.url).content.decode()
    assert '<tr data-status="linked">' in html
    assert 'href="/instruments/CETS-197/"' in html
    # The CIS programme is named at 89%, above the threshold, once per period: it is
    # proposed because the periods are as close as each other, not for its confidence.
    assert "proposed, as close as another: not linked" in html
    assert "below the threshold" not in html[: html.index("<h2>Meetings</h2>")]
    # each in the letter's own words, the reader's name for it beside them
    cited = html[html.index('<table id="cited-instruments">') : html.index("<h2>Meetings</h2>")]
    assert (
        "<td>Council of Europe Convention on Action against Trafficking "
        '<span class="muted">(CETS-197)</span></td>'
    ) in cited


def test_the_review_page_links_a_cited_resolution_to_its_recorded_decision(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    with (CORPUS / "seed_002.txt").open("rb") as upload:
        response = client.post("/office/inbox/", {"file": upload})
    html = client.get(response.url).content.decode()
    table = html[html.index('<table id="cited-instruments">') :]
    table = table[: table.index("</table>")]
    assert '<a href="/decisions/A/RES/64/293/">A/RES/64/293 of UNGA: United Nations' in table
    assert "not in the registry" not in table
    assert client.get("/decisions/A/RES/64/293/").status_code == 200


def test_the_review_page_shows_whom_the_letter_is_from_and_to_in_the_registry(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    with (CORPUS / "seed_000.txt").open("rb") as upload:
        response = client.post("/office/inbox/", {"file": upload})
    html = client.get(response.url).content.decode()
    table = html[
        html.index('<table id="correspondents">') : html.index(
            "</table>", html.index('id="correspondents"')
        )
    ]
    assert '<div data-kind="state" data-status="linked">State: <a href="/states/RUS/">' in table
    assert 'Person: Thorbjørn Jagland <span class="decision">linked</span> 100%' in table


def test_an_upload_over_the_limit_is_refused_by_its_size_and_nothing_is_stored(
    client, secretariat_officer
):

    client.force_login(secretariat_officer)
    big = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n" + b"0" * (21 * 1024 * 1024))
    response = client.post("/office/inbox/", {"file": big})
    assert response.status_code == 400
    assert "scan.pdf is 21.0 MB; the limit is 20 MB" in response.content.decode()
    assert not IncomingLetter.objects.exists()


def test_the_upload_field_is_labelled_and_its_button_says_what_it_does(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get("/office/inbox/").content.decode()
    assert '<label for="id_file">A received letter:</label>' in html
    assert "Upload and read</button>" in html


def test_an_empty_inbox_says_so_once(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get("/office/inbox/").content.decode()
    assert html.count("Nothing received yet.") == 1
    assert "Nothing found" not in html
    assert "{#" not in html


def test_an_accepted_meeting_is_linked_by_its_title(client, secretariat_officer):
    client.force_login(secretariat_officer)
    with LETTER.open("rb") as upload:
        client.post("/office/inbox/", {"file": upload})
    letter = IncomingLetter.objects.get()
    client.post(f"/office/inbox/{letter.pk}/meetings/0/", {"decision": "accept", "body": "WG-TIP"})
    letter.refresh_from_db()
    made = Meeting.objects.get(pk=letter.decisions["meetings/0"]["meeting"])
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    office_page = f'<a class="made" href="/office/meetings/{made.pk}/edit/">{escape(made.title)}'
    assert office_page in html
    assert f'<a class="public" href="/meetings/{made.pk}/">(public page)</a>' in html
    assert f">meeting {made.pk}</a>" not in html


AUSTRIAN_NOTE = b"""Permanent Mission of Austria to the United Nations (Vienna)
Reference: AUT/VIE/2024/117

Vienna, 12 March 2024

The Permanent Mission of Austria to the United Nations (Vienna) presents its compliments to
the Secretariat and has the honour to refer to the session of the Working Group on
Trafficking in Persons, to be held in Vienna from 8 to 9 July 2024.

The Mission would be grateful if the Secretariat could confirm the registration of the
delegation by 15 June 2024.
"""


def test_the_review_page_says_how_sure_the_reading_is_of_each_value(client, secretariat_officer):

    client.force_login(secretariat_officer)
    upload = SimpleUploadedFile("austria.txt", AUSTRIAN_NOTE, content_type="text/plain")
    response = client.post("/office/inbox/", {"file": upload})
    html = client.get(response.url).content.decode()
    assert '<dd id="letter-kind">Note verbale (en) <span class="muted">' in html
    assert "note_verbale" not in html
    sender = html.split('<dd id="letter-sender">')[1].split("</dd>")[0]
    assert "Permanent Mission of Austria" in sender
    assert "% sure" in sender
    assert "<th>Confidence</th><th>Decision</th>" in html
    deadlines = html.split('<ul id="extracted-deadlines">')[1].split("</ul>")[0]
    assert "<li>Due 2024-06-15 (“by”)" in deadlines  # the letter's own word, quoted
    assert "% sure)" in deadlines


@needs_tesseract
def test_a_scanned_letter_is_read_through_ocr_and_opens_for_review(client, secretariat_officer):

    client.force_login(secretariat_officer)
    scan = SimpleUploadedFile("scan.png", scanned_png(NOTE), content_type="image/png")
    response = client.post("/office/inbox/", {"file": scan})
    letter = IncomingLetter.objects.get()
    assert response.status_code == 302
    assert "Conference Room XVII" in letter.text
    html = client.get(response.url).content.decode()
    assert '<mark data-field="meetings-0" id="evidence-meetings-0" title="meeting 1">' in html
    assert "2025-04-14" in html
    assert "2025-03-31" in html


UNDATED_CIRCULAR = b"""SECRETARIAT OF THE REGIONAL FISHERIES COMMISSION
12 Harbour Road, Nairobi, Kenya

CIRCULAR LETTER

To all Members of the Commission

The Secretariat wishes to inform Members that the list of focal points has been updated.
Members are invited to review their entries.
"""


def test_an_undated_letter_shows_no_date_and_where_it_was_written(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("circular.txt", UNDATED_CIRCULAR)})
    letter = IncomingLetter.objects.get()
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert '<dd id="letter-dated">not stated</dd>' in html
    assert '<dd id="letter-place">Nairobi</dd>' in html
    assert "unknown" not in html
    assert letter.reading["date"] is None


COUNTED_DEADLINE = b"""Geneva, 3 May 2031

Dear Colleagues,

The fourth session of the Working Group will be held on 12 June 2031 in Conference Room 2.
Amendments must be submitted no later than 48 hours after the opening of the session.

Yours sincerely,
"""


def test_a_deadline_counted_from_a_meeting_shows_no_day_and_makes_no_task(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("note.txt", COUNTED_DEADLINE)})
    letter = IncomingLetter.objects.get()
    assert letter.reading["deadlines"][0]["date"] is None
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert "No day given" in html
    assert "unknown" not in html
    response = client.post(f"/office/inbox/{letter.pk}/deadlines/0/", {"decision": "accept"})
    assert "the letter gives no day for this deadline" in client.get(response.url).content.decode()


def _flash_error(html):
    return html.split('<p class="error" role="status">')[1].split("</p>")[0]


ACCEPTED = (
    "text, a web page (HTML), PDF, Word (.docx), e-mail (.eml) or a scan (PDF, PNG, JPEG, TIFF)"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("seal.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>"),
        ("seal.txt", b"<?xml version='1.0'?>\n<!-- drawn -->\n<svg></svg>"),  # by content
        ("list.xml", b"The Permanent Mission presents its compliments"),  # by name
    ],
)
def test_a_drawing_or_xml_document_is_refused_naming_the_file_and_the_kinds_read(
    client, secretariat_officer, name, data
):
    client.force_login(secretariat_officer)
    response = client.post("/office/inbox/", {"file": SimpleUploadedFile(name, data)})
    page = response.content.decode()
    assert escape(f"{name} is a drawing or an XML document (SVG or XML)") in page
    assert escape(f"it reads {ACCEPTED}") in page
    assert not IncomingLetter.objects.exists()


@pytest.mark.parametrize(
    "name",
    ["note.html", "note.txt"],  # by name, and by what it begins with
)
def test_a_web_page_is_read_as_the_text_a_browser_shows(client, secretariat_officer, name):
    page = (
        b"<!DOCTYPE html><html><head><title>Inbox</title><style>p {color: red}</style>"
        b"<script>alert(1)</script></head><body><p>The Permanent Mission of Norland "
        b"presents its compliments&nbsp;to the Secretariat</p><p>Vienna, 3 May 2027</p>"
        b"</body></html>"
    )
    client.force_login(secretariat_officer)
    response = client.post("/office/inbox/", {"file": SimpleUploadedFile(name, page)})
    assert response.status_code == 302
    letter = IncomingLetter.objects.get()
    assert letter.text == (
        "The Permanent Mission of Norland presents its compliments to the Secretariat\n\n"
        "Vienna, 3 May 2027"
    )
    assert letter.format == "html"
    download = client.get(f"/office/inbox/{letter.pk}/file/")
    assert download["Content-Type"] == "text/plain"
    assert download["Content-Disposition"].endswith('.txt"')
    assert download["Content-Disposition"].startswith("attachment")
    download.close()


def test_a_text_letter_with_angle_brackets_is_still_read(client, secretariat_officer):
    client.force_login(secretariat_officer)
    text = b"<Ministry of Foreign Affairs>\n\nThe Ministry presents its compliments to <b>all</b>."
    response = client.post("/office/inbox/", {"file": SimpleUploadedFile("note.txt", text)})
    assert response.status_code == 302
    assert IncomingLetter.objects.get().name == "note.txt"
