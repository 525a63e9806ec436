"""A read meeting of a body the registry lacks: the officer adds the body on the review
page, through the bodies app's service, and the meeting is accepted with it."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from plenipo.bodies.models import Body
from plenipo.bodies.queries import body_names
from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter
from plenipo.meetings.models import Meeting
from plenipo.registry.models import Organization
from tests.office.test_review import NOTE, _flash, _read_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("note.txt", NOTE.encode())})
    return IncomingLetter.objects.get()


def _new_body(**given):
    values = {"code": "WG-FIN", "name": "Working Group on Finance", "kind": "working_group"}
    return {f"meetings-0-new-body-{name}": value for name, value in {**values, **given}.items()}


def test_the_review_page_offers_to_add_a_body_beside_the_list(client, letter):
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    assert "The body is not in the list: add it" in html
    assert 'name="meetings-0-new-body-code"' in html
    assert '<option value="working_group">Working group</option>' in html
    # the closed form must not stop the browser from sending the row's Accept or Reject
    fields = re.findall(r"<(?:input|select)[^>]*name=\"meetings-0-new-body-[^>]*>", html)
    assert len(fields) == 9  # the body, and an organization the registry lacks
    assert not [field for field in fields if " required" in field]


def test_a_body_added_on_the_review_page_is_recorded_and_the_meeting_accepted_with_it(
    client, letter, secretariat_officer
):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", "body": "", **_read_meeting(), **_new_body(organization="UN")}
    html = client.post(url, posted, follow=True).content.decode()
    body = Body.objects.get(code="WG-FIN")
    assert (body.name, body.kind, body.organization.code) == (
        "Working Group on Finance",
        "working_group",
        "UN",
    )
    assert body.source.internal
    meeting = Meeting.objects.get(title="fifth meeting of the Working Group")
    assert meeting.body == body
    assert _flash(html).startswith(
        escape("Body WG-FIN (Working Group on Finance) added. Meeting “fifth meeting")
    )
    entry = ActivityLog.objects.get(action_type="bodies.body.created", object_id=str(body.pk))
    assert entry.actor == secretariat_officer


def test_a_body_whose_code_is_taken_is_refused_and_nothing_is_written(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", **_read_meeting(), **_new_body(code="WG-TIP")}
    response = client.post(url, posted)
    assert response.status_code == 400
    html = response.content.decode()
    assert "a body WG-TIP is already recorded" in html
    # the officer's input is kept
    assert 'name="meetings-0-new-body-name" value="Working Group on Finance"' in html
    assert not Meeting.objects.filter(title="fifth meeting of the Working Group").exists()


def test_a_body_added_is_removed_again_when_the_meeting_is_refused(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    # a conference of the parties does not say what kind of meeting "the fifth meeting" is
    posted = {"decision": "accept", **_read_meeting(), **_new_body(kind="conference_of_parties")}
    response = client.post(url, posted)
    assert response.status_code == 400
    assert "says what kind of meeting this is" in response.content.decode()
    assert not Body.objects.filter(code="WG-FIN").exists()


def test_a_body_without_its_kind_is_refused_beside_the_field(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    response = client.post(url, {"decision": "accept", **_read_meeting(), **_new_body(kind="")})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not Body.objects.filter(code="WG-FIN").exists()


def test_choosing_a_body_and_adding_one_is_refused(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", "body": "WG-TIP", **_read_meeting(), **_new_body()}
    response = client.post(url, posted)
    assert response.status_code == 400
    assert "choose a recorded body or add a new one, not both" in response.content.decode()
    assert not Body.objects.filter(code="WG-FIN").exists()


def test_a_refusal_opens_the_new_body_only_where_the_officer_filled_it(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    html = client.post(url, {"decision": "accept", **_read_meeting()}).content.decode()
    assert '<details class="new-body">' in html
    posted = {"decision": "accept", **_read_meeting(), **_new_body(code="WG-TIP")}
    html = client.post(url, posted).content.decode()
    assert '<details class="new-body" open>' in html


def test_a_body_added_with_its_french_and_spanish_names_is_found_by_them(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    names = {"name_fr": "Groupe de travail sur les finances", "name_es": "  Grupo de trabajo  "}
    client.post(url, {"decision": "accept", "body": "", **_read_meeting(), **_new_body(**names)})
    body = Body.objects.get(code="WG-FIN")
    assert body.names == {
        "en": "Working Group on Finance",
        "fr": "Groupe de travail sur les finances",
        "es": "Grupo de trabajo",
    }
    english, french, spanish = (body.names[lang] for lang in ("en", "fr", "es"))
    assert ("WG-FIN", [english, french, spanish, "WG-FIN"]) in body_names()


def test_a_body_added_with_only_its_english_name_records_no_other(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    client.post(url, {"decision": "accept", "body": "", **_read_meeting(), **_new_body()})
    assert Body.objects.get(code="WG-FIN").names == {"en": "Working Group on Finance"}


def _new_organization(**given):
    values = {"code": "OSCE-X", "name": "Organization for Security and Co-operation"}
    values |= {"kind": "regional"}
    return {
        f"meetings-0-new-body-organization_{name}": value
        for name, value in {**values, **given}.items()
    }


def test_every_recorded_organization_is_offered_for_a_new_body(client, letter):
    Organization.objects.create(code="ZZ-ORG", names={"en": "Zed Organization"}, kind="regional")
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    select = html.split('name="meetings-0-new-body-organization"')[1].split("</select>")[0]
    offered = re.findall(r'<option value="([^"]+)"', select)
    assert offered == list(Organization.objects.order_by("code").values_list("code", flat=True))
    assert "ZZ-ORG" in offered


def test_an_organization_the_registry_lacks_is_added_with_the_body(
    client, letter, secretariat_officer
):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", "body": "", **_read_meeting(), **_new_body()}
    client.post(url, {**posted, **_new_organization()})
    organization = Organization.objects.get(code="OSCE-X")
    assert (organization.name, organization.kind) == (
        "Organization for Security and Co-operation",
        "regional",
    )
    assert Body.objects.get(code="WG-FIN").organization == organization
    entry = ActivityLog.objects.get(
        action_type="registry.organization.created", object_id=str(organization.pk)
    )
    assert entry.actor == secretariat_officer


def test_an_organization_whose_code_is_taken_is_refused_and_nothing_is_written(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", "body": "", **_read_meeting(), **_new_body()}
    response = client.post(url, {**posted, **_new_organization(code="coe")})
    assert response.status_code == 400
    html = response.content.decode()
    assert "an organization COE is already recorded" in html
    assert Organization.objects.get(code="COE").name != "Organization for Security and Co-operation"
    assert not Body.objects.filter(code="WG-FIN").exists()
    assert not Meeting.objects.filter(title__icontains="fifth meeting").exists()


def test_a_new_organization_is_not_added_when_the_meeting_is_refused(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    posted = {"decision": "accept", **_read_meeting(), **_new_body(kind="conference_of_parties")}
    response = client.post(url, {**posted, **_new_organization()})
    assert response.status_code == 400
    assert not Organization.objects.filter(code="OSCE-X").exists()
    assert not Body.objects.filter(code="WG-FIN").exists()
