"""Every portal view, tried by the focal point of another state."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenipo.meetings.services.delegations import register_delegation, upload_nomination_letter
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def austria(focal_point_state_a):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    return delegation


def test_the_focal_point_sees_its_own_delegation(client, focal_point_state_a, austria):
    client.force_login(focal_point_state_a)
    assert (
        "Anna Berger"
        in client.get(reverse("portal:delegation", args=[austria.pk])).content.decode()
    )
    home = client.get(reverse("portal:home")).content.decode()
    assert austria.meeting.title in home


def test_another_states_focal_point_gets_404_on_the_delegation(
    client, focal_point_state_b, austria
):
    client.force_login(focal_point_state_b)
    response = client.get(reverse("portal:delegation", args=[austria.pk]))
    assert response.status_code == 404
    assert "Anna Berger" not in response.content.decode()


def test_the_edit_page_only_ever_shows_ones_own_delegation(client, focal_point_state_b, austria):
    client.force_login(focal_point_state_b)
    html = client.get(reverse("portal:edit-delegation", args=[austria.meeting_id])).content.decode()
    assert "<h1>Belgium: delegation</h1>" in html
    assert "Anna Berger" not in html


def test_the_portal_is_for_focal_points(client, secretariat_officer):
    assert client.get(reverse("portal:home")).status_code == 302  # to sign-in
    client.force_login(secretariat_officer)
    assert client.get(reverse("portal:home")).status_code == 403


def test_registering_through_the_form(client, focal_point_state_a):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    url = reverse("portal:edit-delegation", args=[meeting.pk])
    data = {
        "version": delegation.version,
        "p-TOTAL_FORMS": 2,
        "p-INITIAL_FORMS": 0,
        "p-0-role": "head",
        "p-0-name": "Anna Berger",
        "p-1-role": "adviser",
        "p-1-name": "",
    }
    assert client.post(url, data).status_code == 302
    delegation.refresh_from_db()
    assert (delegation.status, delegation.participants.count()) == ("pending", 1)


def test_each_participant_field_names_itself_and_its_row(client, focal_point_state_a):
    meeting = factories.meeting()
    factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:edit-delegation", args=[meeting.pk])).content.decode()
    assert 'aria-label="Name, participant 1"' in html
    assert 'aria-label="E-mail, participant 2"' in html


def test_the_registration_deadline_is_written_like_the_meeting_dates(client, focal_point_state_a):
    meeting = factories.meeting(registration_deadline=dt.date(2030, 3, 31))
    factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:edit-delegation", args=[meeting.pk])).content.decode()
    assert "deadline 2030-03-31" in html


def test_a_refused_form_asks_for_the_nomination_letter_again(client, focal_point_state_a):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    data = {
        "version": delegation.version,
        "p-TOTAL_FORMS": 1,
        "p-INITIAL_FORMS": 0,
        "p-0-role": "head",
        "p-0-name": "Anna Berger",
        "p-0-email": "not an address",
        "nomination_letter": SimpleUploadedFile("nomination.pdf", b"%PDF-1.4\n%%EOF\n"),
    }
    html = client.post(reverse("portal:edit-delegation", args=[meeting.pk]), data).content.decode()
    assert 'value="Anna Berger"' in html
    assert "Choose the letter again" in html


def test_a_stale_form_is_refused_and_keeps_what_was_typed(client, focal_point_state_a, austria):
    client.force_login(focal_point_state_a)
    url = reverse("portal:edit-delegation", args=[austria.meeting_id])
    stale = {
        "version": austria.version - 1,
        "p-TOTAL_FORMS": 1,
        "p-INITIAL_FORMS": 0,
        "p-0-role": "head",
        "p-0-name": "Dora Typed-Here",
    }
    html = client.post(url, stale).content.decode()
    assert "changed by someone else" in html
    assert 'value="Dora Typed-Here"' in html
    austria.refresh_from_db()
    assert austria.participants.first().name == "Anna Berger"


@pytest.mark.parametrize("meetings", [1, 4])
def test_the_portal_home_does_not_grow_with_delegations(
    client, focal_point_state_a, django_assert_num_queries, meetings
):
    titles = []
    for _ in range(meetings):
        meeting = factories.meeting()
        factories.delegation(meeting, "AUT")
        factories.delegation(meeting, "BEL")
        titles.append(meeting.title)
    client.force_login(focal_point_state_a)
    client.get(reverse("portal:home"))
    with django_assert_num_queries(7):  # the rows, one COUNT for the pages, the state's UN name
        html = client.get(reverse("portal:home")).content.decode()
    assert [title in html for title in titles] == [True] * meetings
    assert html.count("the delegation</a>") == meetings


def test_the_letter_on_file_is_named_by_its_file_name_and_can_be_opened(
    client, focal_point_state_a, austria
):
    austria.refresh_from_db()
    upload_nomination_letter(
        delegation=austria, name="nomination.pdf", data=b"%PDF-1.4\n", by=focal_point_state_a
    )
    client.force_login(focal_point_state_a)
    page = client.get(reverse("portal:edit-delegation", args=[austria.meeting.pk]))
    html = page.content.decode()
    link = reverse("nomination-letter", args=[austria.pk])
    assert f'<a href="{link}" id="nomination-on-file">nomination.pdf</a>' in html
    assert "nominations/" not in html.replace(link, "")  # never the storage folder
    response = client.get(link)
    response.close()  # a file answer holds its file open until closed
    assert response.status_code == 200


def test_the_home_page_links_to_each_registered_delegation(client, focal_point_state_a, austria):
    client.force_login(focal_point_state_a)
    home = client.get(reverse("portal:home")).content.decode()
    assert f'href="{reverse("portal:delegation", args=[austria.pk])}"' in home


def test_the_page_of_a_meeting_that_has_ended_says_so_instead_of_offering_the_form(
    client, focal_point_state_a
):
    ended = factories.meeting(start="2009-04-14", end="2009-04-15")
    factories.delegation(ended, "AUT")
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:edit-delegation", args=[ended.pk])).content.decode()
    assert "The meeting ended on 2009-04-15" in html
    assert 'id="delegation-form"' not in html


def test_the_portal_names_the_focal_points_state_as_the_un_does(client, django_user_model):
    from tests.conftest import _focal_point  # noqa: PLC0415

    russia = _focal_point(django_user_model, "RUS")
    delegation = factories.delegation(factories.meeting(), "RUS")
    client.force_login(russia)
    home = client.get(reverse("portal:home")).content.decode()
    assert "<h1>Russian Federation: meetings and delegations</h1>" in home
    edit = reverse("portal:edit-delegation", args=[delegation.meeting_id])
    assert "<h1>Russian Federation: delegation</h1>" in client.get(edit).content.decode()


def test_the_form_offers_no_more_rows_than_the_quota_and_says_it(client, focal_point_state_a):
    meeting = factories.meeting(default_quota=2)
    factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:edit-delegation", args=[meeting.pk])).content.decode()
    assert 'aria-label="Name, participant 2"' in html
    assert 'aria-label="Name, participant 3"' not in html
    assert "Up to <strong>2</strong> participants: the meeting's quota" in html


def test_a_delegations_own_quota_wins_over_the_meetings(client, focal_point_state_a):
    meeting = factories.meeting(default_quota=2)
    factories.delegation(meeting, quota=1)
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:edit-delegation", args=[meeting.pk])).content.decode()
    assert 'aria-label="Name, participant 1"' in html
    assert 'aria-label="Name, participant 2"' not in html


def test_a_registration_over_the_quota_is_refused_with_400_and_the_reason(
    client, focal_point_state_a
):
    meeting = factories.meeting(default_quota=1, limit_policy="refuse")
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    data = {
        "version": delegation.version,
        "p-TOTAL_FORMS": 2,
        "p-INITIAL_FORMS": 0,
        "p-0-role": "head",
        "p-0-name": "Anna Berger",
        "p-1-role": "adviser",
        "p-1-name": "Bernd Huber",
    }
    response = client.post(reverse("portal:edit-delegation", args=[meeting.pk]), data)
    assert response.status_code == 400
    assert "2 participants exceed the quota of 1" in response.content.decode()
    delegation.refresh_from_db()
    assert (delegation.status, delegation.participants.count()) == ("not_registered", 0)


def test_an_invalid_row_is_refused_with_400(client, focal_point_state_a):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    data = {
        "version": delegation.version,
        "p-TOTAL_FORMS": 1,
        "p-INITIAL_FORMS": 0,
        "p-0-role": "head",
        "p-0-name": "Anna Berger",
        "p-0-email": "not an address",
    }
    response = client.post(reverse("portal:edit-delegation", args=[meeting.pk]), data)
    assert response.status_code == 400
    assert "Enter a valid email address" in response.content.decode()


def test_a_refused_save_shows_the_stored_status_the_values_and_the_error(
    client, focal_point_state_a
):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    data = {
        "version": delegation.version,
        "p-TOTAL_FORMS": 1,
        "p-INITIAL_FORMS": 0,
        "p-0-role": "head",
        "p-0-name": "Anna Berger",
        "nomination_letter": SimpleUploadedFile("evil.pdf", b"<html><script>x</script></html>"),
    }
    response = client.post(reverse("portal:edit-delegation", args=[meeting.pk]), data)
    html = response.content.decode()
    assert response.status_code == 400
    delegation.refresh_from_db()
    stored = delegation.get_status_display()
    assert stored != "Pending"
    assert f'<strong id="registration-status">{stored}</strong>' in html
    assert 'value="Anna Berger"' in html
    assert '<div class="error" role="alert">' in html


def test_a_bad_day_in_the_portal_list_is_named_and_set_aside(client, focal_point_state_a, austria):
    # as on every list (core.listing): the page is shown unfiltered with one line naming it
    client.force_login(focal_point_state_a)
    response = client.get(reverse("portal:home"), {"from": "zz"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "&#x27;from&#x27; is ignored: malformed date &#x27;zz&#x27;" in html
    assert 'class="warning list-problem"' in html
