"""The office's meeting screens, as a secretariat officer uses them."""

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenipo.meetings.models import Meeting, Room
from plenipo.meetings.services.venues import define_room
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def two_rooms():
    first = factories.room()
    second = Room.objects.filter(venue=first.venue, code="M3").first() or define_room(
        venue=first.venue, code="M3", name="Conference Room M3", source=SourceFactory(), by=None
    )
    return first, second


def meeting_form(**changes):
    first, second = two_rooms()
    data = {
        "body": "WG-TIP",
        "kind": "working_group",
        "title": "Fourteenth meeting of the test working group",
        "status": "scheduled",
        "start": "2035-06-04",
        "end": "2035-06-05",
        "start_time": "10:00",
        "end_time": "13:00",
        "venue": first.venue.code,
        "room": first.pk,
        "second_room": second.pk,
        "languages": ["en", "fr"],
        "limit_policy": "refuse",
        "source": "https://example.org/notice",
        "source_title": "Notice of the meeting",
    }
    return {**data, **changes}


def test_an_officer_creates_a_meeting_in_two_rooms_with_agenda_and_document(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:meeting-create"), meeting_form())
    meeting = Meeting.objects.get(title="Fourteenth meeting of the test working group")
    assert response.url == reverse("office:meeting-edit", args=[meeting.pk])
    assert [r.code for r in meeting.rooms] == ["BR", "M3"]
    assert (meeting.timezone, meeting.city, meeting.languages) == (
        "Europe/Vienna",
        "Vienna",
        ["en", "fr"],
    )
    agenda_url = reverse("office:agenda-add", args=[meeting.pk])
    client.post(agenda_url, {"number": "1", "title": "Opening"})
    client.post(agenda_url, {"number": "2", "title": "Adoption of the agenda"})
    item = meeting.agenda.get(number="2")
    client.post(reverse("office:agenda-item", args=[item.pk]), {"move": "up"})
    assert [i.number for i in meeting.agenda.order_by("position")] == ["2", "1"]
    client.post(
        reverse("office:document-add", args=[meeting.pk]),
        {
            "symbol": "TEST/WG.99/2035/1",
            "title": "Provisional agenda",
            "kind": "agenda",
            "agenda_item": item.pk,
            "issued_on": "2035-05-20",
            "status_en": "available",
            "file_en": SimpleUploadedFile("agenda-en.pdf", PDF),
            "status_fr": "in_translation",
        },
    )
    document = meeting.documents.get(symbol="TEST/WG.99/2035/1")
    versions = {v.language: (v.status, bool(v.file)) for v in document.versions.all()}
    assert versions == {"en": ("available", True), "fr": ("in_translation", False)}
    page = client.get(reverse("office:meeting-edit", args=[meeting.pk])).content.decode()
    assert "TEST/WG.99/2035/1" in page
    assert "Conference Room M3" in page


def test_an_officer_edits_a_meeting(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    url = reverse("office:meeting-edit", args=[meeting.pk])
    form = meeting_form(title="Renamed", status="postponed", participants_published="on")
    client.post(url, form)
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert (meeting.title, meeting.status, meeting.participants_published) == (
        "Renamed",
        "postponed",
        True,
    )
    assert [r.code for r in meeting.rooms] == ["BR", "M3"]


def test_the_edit_form_offers_only_allowed_statuses_and_refuses_others(client, secretariat_officer):
    meeting = factories.meeting(status="held", start="2011-03-01", end="2011-03-01")
    client.force_login(secretariat_officer)
    url = reverse("office:meeting-edit", args=[meeting.pk])
    page = client.get(url).content.decode()
    assert 'value="held"' in page
    assert 'value="cancelled"' not in page
    form = meeting_form(title="Changed", status="cancelled", start="2011-03-01", end="2011-03-01")
    response = client.post(url, form)
    assert "a held meeting cannot be cancelled" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).title != "Changed"


def test_a_service_refusal_shows_its_message_and_writes_nothing(client, secretariat_officer):
    client.force_login(secretariat_officer)
    count = Meeting.objects.count()
    response = client.post(reverse("office:meeting-create"), meeting_form(end="2035-06-01"))
    assert "ends (2035-06-01) before it starts (2035-06-04)" in response.content.decode()
    assert Meeting.objects.count() == count


def test_a_registration_deadline_after_the_start_is_refused_on_the_page(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    count = Meeting.objects.count()
    late = meeting_form(registration_deadline="2035-06-05")
    response = client.post(reverse("office:meeting-create"), late)
    assert response.status_code == 400
    assert "the registration deadline 2035-06-05 is after the meeting&#x27;s start" in (
        response.content.decode()
    )
    assert Meeting.objects.count() == count


def test_a_refusal_is_shown_once_above_the_form(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:meeting-create"), meeting_form(end="2035-06-01"))
    html = response.content.decode()
    assert html.count("before it starts (2035-06-04)") == 1
    assert "{#" not in html


def test_the_meeting_page_gives_each_field_its_own_id_and_label(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:meeting-edit", args=[meeting.pk])).content.decode()
    ids = re.findall(r' id="([^"]+)"', page)
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []
    assert '<label for="agenda_title">' in page
    assert '<label for="document_title">' in page


def test_copy_prefills_a_new_draft_without_dates(client, secretariat_officer):
    previous = factories.meeting(room=factories.room())
    factories.delegation(previous)
    client.force_login(secretariat_officer)
    url = reverse("office:meeting-copy", args=[previous.pk])
    page = client.get(url).content.decode()
    assert previous.title in page
    assert "2030-04-14" not in page
    response = client.post(
        url, meeting_form(title="Next session", room="", second_room="", timezone="Europe/Vienna")
    )
    assert response.status_code == 302
    copy = Meeting.objects.get(title="Next session")
    assert (copy.delegations.count(), str(copy.start)) == (0, "2035-06-04")


@pytest.mark.parametrize("name", ["meetings", "meeting-create"])
def test_focal_points_and_visitors_cannot_open_the_screens(client, focal_point_state_a, name):
    url = reverse(f"office:{name}")
    assert client.get(url).status_code in {302, 403}
    count = Meeting.objects.count()
    assert client.post(url, meeting_form()).status_code in {302, 403}
    assert Meeting.objects.count() == count
    client.force_login(focal_point_state_a)
    assert client.get(url).status_code == 403


def test_focal_points_cannot_edit_copy_or_add_agenda(client, focal_point_state_a):
    meeting = factories.meeting()
    client.force_login(focal_point_state_a)
    for name in ("meeting-edit", "meeting-copy", "agenda-add", "document-add"):
        assert client.post(reverse(f"office:{name}", args=[meeting.pk])).status_code == 403


def test_a_refused_agenda_item_keeps_what_was_typed(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:meeting-create"), meeting_form())
    meeting = Meeting.objects.get(title="Fourteenth meeting of the test working group")
    agenda_url = reverse("office:agenda-add", args=[meeting.pk])
    client.post(agenda_url, {"number": "1", "title": "Opening"})
    response = client.post(agenda_url, {"number": "1", "title": "Election of officers"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "already exists" in page
    assert 'value="Election of officers"' in page
    assert list(meeting.agenda.values_list("title", flat=True)) == ["Opening"]


def _label_row(html, name):
    return html.split(f'<label for="id_{name}"')[1].split("</th>")[0]


def test_the_new_meeting_form_marks_its_required_fields(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:meeting-create")).content.decode()
    for name in ("source", "source_title", "title", "start"):
        assert "(required)" in _label_row(html, name), name
    for name in ("end", "room", "written_venue", "note"):
        assert "(required)" not in _label_row(html, name), name


def test_a_missing_source_is_refused_beside_its_field_with_a_400(client, secretariat_officer):
    client.force_login(secretariat_officer)
    count = Meeting.objects.count()
    response = client.post(reverse("office:meeting-create"), meeting_form(source_title=""))
    assert response.status_code == 400
    row = response.content.decode().split('<label for="id_source_title"')[1].split("</tr>")[0]
    assert "This field is required." in row
    assert Meeting.objects.count() == count


def _selected(html, name):
    select = html.split(f'name="{name}"')[1].split("</select>")[0]
    return re.findall(r'<option value="([^"]*)" selected>|<option selected>([^<]*)<', select)


def test_a_body_given_in_the_address_is_chosen_in_advance(client, secretariat_officer):
    client.force_login(secretariat_officer)
    url = reverse("office:meeting-create")
    assert _selected(client.get(f"{url}?body=COE-CP197").content.decode(), "body") == [
        ("COE-CP197", "")
    ]
    assert _selected(client.get(f"{url}?body=NO-SUCH").content.decode(), "body") == [("", "")]


@pytest.mark.parametrize(("body", "organization"), [("COE-CP197", "COE"), ("WG-TIP", "UN")])
def test_the_invitation_form_offers_the_bodys_own_organization_first(
    client, secretariat_officer, body, organization
):
    from plenipo.bodies.queries import get_body  # noqa: PLC0415

    meeting = factories.meeting(body=get_body(body))
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert _selected(html, "organization") == [("", organization)]


def _document_with_files(client, meeting, **fields):
    return client.post(
        reverse("office:document-add", args=[meeting.pk]),
        {"title": "Report of the meeting", "kind": "report", "issued_on": "2020-01-01", **fields},
    )


@pytest.mark.usefixtures("keep_the_test_connection")  # the download is closed by hand
def test_a_file_uploaded_in_translation_stays_in_translation_and_private(
    client, secretariat_officer, focal_point_state_a
):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    _document_with_files(
        client,
        meeting,
        symbol="TEST/WG.99/2035/2",
        status_en="available",
        file_en=SimpleUploadedFile("report-en.pdf", PDF),
        status_fr="in_translation",
        file_fr=SimpleUploadedFile("rapport-fr.pdf", PDF),
    )
    document = meeting.documents.get(symbol="TEST/WG.99/2035/2")
    versions = {v.language: (v.status, bool(v.file)) for v in document.versions.all()}
    assert versions == {"en": ("available", True), "fr": ("in_translation", True)}
    french = document.versions.get(language="fr")
    file_url = reverse("document-file", args=[french.pk])
    download = client.get(file_url)
    assert download.status_code == 200  # the secretariat has it
    download.close()
    client.force_login(focal_point_state_a)
    assert client.get(file_url).status_code == 404  # nobody else, until it is available
    page = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
    assert file_url not in page
    english = document.versions.get(language="en")
    assert reverse("document-file", args=[english.pk]) in page


def test_a_file_for_a_version_not_planned_is_refused_and_nothing_written(
    client, secretariat_officer
):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    response = _document_with_files(
        client,
        meeting,
        symbol="TEST/WG.99/2035/3",
        status_fr="not_planned",
        file_fr=SimpleUploadedFile("rapport-fr.pdf", PDF),
    )
    assert response.status_code == 400
    assert "a not planned language version has no file" in response.content.decode()
    assert not meeting.documents.filter(symbol="TEST/WG.99/2035/3").exists()


def test_a_file_with_no_status_chosen_makes_the_version_available(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    _document_with_files(
        client,
        meeting,
        symbol="TEST/WG.99/2035/4",
        file_en=SimpleUploadedFile("report-en.pdf", PDF),
    )
    version = meeting.documents.get(symbol="TEST/WG.99/2035/4").versions.get()
    assert (version.language, version.status, bool(version.file)) == ("en", "available", True)


def test_the_day_of_issue_is_asked_for_and_filled_in_with_today(client, secretariat_officer):
    """An undated document would be public at once without anyone having said so."""
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:meeting-edit", args=[meeting.pk])).content.decode()
    field = re.search(r'<input[^>]*name="issued_on"[^>]*>', page).group(0)
    assert f'value="{dt.date.today().isoformat()}"' in field
    assert "required" in field
    response = _document_with_files(client, meeting, symbol="TEST/WG.99/2035/5", issued_on="")
    assert response.status_code == 400
    assert not meeting.documents.filter(symbol="TEST/WG.99/2035/5").exists()


def test_a_later_day_of_issue_keeps_the_document_back(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    _document_with_files(client, meeting, symbol="TEST/WG.99/2035/6", issued_on=later)
    page = reverse("public:meeting", args=[meeting.pk])
    assert "TEST/WG.99/2035/6" in client.get(page).content.decode()
    client.logout()
    public = client.get(page).content.decode()
    assert "TEST/WG.99/2035/6" not in public


def test_a_room_in_another_city_is_refused_on_the_page(client, secretariat_officer):
    client.force_login(secretariat_officer)
    count = Meeting.objects.count()
    response = client.post(reverse("office:meeting-create"), meeting_form(city="New York"))
    assert response.status_code == 400
    assert "is at Test Centre in Vienna, not in New York, the meeting&#x27;s city" in (
        response.content.decode()
    )
    assert Meeting.objects.count() == count


def test_the_note_field_says_it_is_public(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:meeting-create")).content.decode()
    assert 'id="id_note_helptext">Shown on the public meeting page</span>' in html
