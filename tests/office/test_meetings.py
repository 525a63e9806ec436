import datetime as dt

import pytest
from django.urls import reverse

from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import register_delegation
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def test_reply_matrix_constant_queries(client, secretariat_officer, django_assert_max_num_queries):
    meeting = factories.meeting()
    for code in ["AUT", "BEL", "FRA", "DEU", "ITA", "ESP"]:
        factories.delegation(meeting, code)
    client.force_login(secretariat_officer)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("office:reply-matrix", args=[meeting.pk]))
    assert response.content.decode().count("no reply") == 6


def test_the_delegations_page_leads_back_to_the_meeting_and_the_meetings(
    client, secretariat_officer
):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert f'href="{reverse("office:meeting-edit", args=[meeting.pk])}"' in html
    assert f'href="{reverse("office:meetings")}"' in html


def test_the_delegations_page_gives_the_meetings_first_and_last_day(client, secretariat_officer):
    meeting = factories.meeting(start="2030-04-14", end="2030-04-16")
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert '<p id="meeting-dates">2030-04-14 to 2030-04-16, Vienna' in html


@pytest.mark.parametrize("count", [1, 8])
def test_reply_matrix_queries_do_not_grow(
    client, secretariat_officer, django_assert_num_queries, count
):
    meeting = factories.meeting()
    for code in ["AUT", "BEL", "FRA", "DEU", "ITA", "ESP", "PRT", "NLD"][:count]:
        delegation = factories.delegation(meeting, code)
        register_delegation(  # the names are shown in each row
            delegation=delegation, participants=factories.THREE, expected_version=1, by=None
        )
    client.force_login(secretariat_officer)
    client.get(reverse("office:reply-matrix", args=[meeting.pk]))  # warm the session
    # the UN's names of the states; the participants; the invitation link's template, the
    # mission place in the meeting's city and whether any state is invited yet
    with django_assert_num_queries(12):
        client.get(reverse("office:reply-matrix", args=[meeting.pk]))


def test_an_officer_approves_and_a_focal_point_cannot(
    client, secretariat_officer, focal_point_state_a
):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting)
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    url = reverse("office:decide", args=[delegation.pk])
    client.force_login(focal_point_state_a)
    assert client.post(url, {"decision": "approve"}).status_code == 403
    client.force_login(secretariat_officer)
    client.post(url, {"decision": "approve"})
    assert Delegation.objects.get(pk=delegation.pk).status == "approved"
    for unknown in ({"decision": "bogus"}, {}):
        page = client.post(url, unknown, follow=True).content.decode()
        assert "unknown decision" in page
        assert Delegation.objects.get(pk=delegation.pk).status == "approved"


def test_invite_all_un_members(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    url = reverse("office:invite-members", args=[meeting.pk])
    form = {"organization": "UN", "reference": "CU 2030/1 (A)"}
    first = client.post(url, form, follow=True).content.decode()
    assert meeting.delegations.count() == 193
    assert "Recorded 193 member States of UN as invited." in first
    assert "No letter has gone out yet: the invitation letters are written here." in first
    assert 'type="checkbox" name="only" value="RUS" ' in first
    again = client.post(url, form, follow=True).content.decode()
    assert "All 193 member States of UN were already invited." in again
    meeting.delegations.filter(state__code="AUT").delete()
    one_more = client.post(url, form, follow=True).content.decode()
    assert "Recorded 1 member State of UN as invited; 192 already invited." in one_more
    assert meeting.delegations.count() == 193


def test_an_unknown_organization_to_invite_is_refused_beside_the_field(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    url = reverse("office:invite-members", args=[meeting.pk])
    refused = client.post(url, {"organization": "UNODC"})
    assert refused.status_code == 400
    error = refused.content.decode().split('id="invite-error">')[1].split("</span>")[0]
    assert error.startswith("unknown organization code &#x27;UNODC&#x27;")
    assert meeting.delegations.count() == 0


def test_recording_a_reply_and_credentials(client, secretariat_officer):
    meeting = factories.meeting(requires_credentials=True)
    delegation = factories.delegation(meeting)
    client.force_login(secretariat_officer)
    client.post(
        reverse("office:record-reply", args=[delegation.pk]),
        {"on": "2030-03-20", "channel": "note verbale"},
    )
    client.post(reverse("office:credentials", args=[delegation.pk]), {"received": "yes"})
    delegation.refresh_from_db()
    assert (str(delegation.replied_on), delegation.reply_channel) == ("2030-03-20", "note verbale")
    assert delegation.credentials_received
    response = client.post(
        reverse("office:record-reply", args=[delegation.pk]),
        {"on": "2030-01-01", "channel": "fax"},
        follow=True,
    )
    assert "precedes the invitation" in response.content.decode()


def test_the_credentials_column_shows_the_state_apart_from_the_action(client, secretariat_officer):
    meeting = factories.meeting(requires_credentials=True)
    delegation = factories.delegation(meeting)
    client.force_login(secretariat_officer)
    matrix = reverse("office:reply-matrix", args=[meeting.pk])

    def credentials_cell():
        page = client.get(matrix).content.decode()
        row = page[page.index(f'data-party="{delegation.party_code}"') :]
        cell = row[row.index('<span class="credentials-state') :]
        return cell[: cell.index("</form>")]

    before = credentials_cell()
    assert "not received</span>" in before
    assert '<button name="received" value="yes">Mark credentials received</button>' in before
    client.post(reverse("office:credentials", args=[delegation.pk]), {"received": "yes"})
    after = credentials_cell()
    assert '<span class="credentials-state">received</span>' in after
    assert '<button name="received" value="no">Mark not received</button>' in after


def test_reply_matrix_writes_dates_as_the_un_does(client, secretariat_officer):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting, "AUT")
    Delegation.objects.filter(pk=delegation.pk).update(
        invited_on=dt.date(2009, 3, 4), replied_on=dt.date(2009, 3, 20)
    )
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert "4 March 2009" in page
    assert "20 March 2009" in page
    assert "March 4, 2009" not in page


def test_reply_matrix_names_states_as_the_un_did_when_the_meeting_opened(
    client, secretariat_officer
):
    meeting = factories.meeting()
    factories.delegation(meeting, "RUS")
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert "<td>Russian Federation <span" in page
    assert "<td>Russia <span" not in page


def test_a_decision_from_a_filtered_matrix_returns_to_the_same_filter(
    client, secretariat_officer, focal_point_state_a
):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting)
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    client.force_login(secretariat_officer)
    matrix = reverse("office:reply-matrix", args=[meeting.pk])
    page = client.get(matrix, {"status": "pending", "page": "1"}).content.decode()
    assert 'name="back" value="status=pending&amp;page=1"' in page
    response = client.post(
        reverse("office:decide", args=[delegation.pk]),
        {"decision": "approve", "back": "status=pending&page=1"},
    )
    assert response.url == f"{matrix}?status=pending&page=1"
    hostile = client.post(
        reverse("office:decide", args=[delegation.pk]),
        {"decision": "reject", "back": "//evil.example/"},
    )
    assert hostile.url.startswith(f"{matrix}?")
