"""A meeting read from a letter that may be one already recorded: the review page warns,
links to the recorded meeting, and offers to link to it instead of recording it again."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from plenipo.correspondence.models import IncomingLetter
from plenipo.meetings.models import Meeting
from tests.factories.meetings import meeting as recorded_meeting
from tests.office.test_review import NOTE, _flash

pytestmark = pytest.mark.django_db
NAMED = NOTE.replace("the Working Group", "the Working Group on Trafficking in Persons")


@pytest.fixture
def letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("note.txt", NAMED.encode())})
    return IncomingLetter.objects.get()


def _warnings(html) -> str:
    table = html.split('id="extracted-meetings"')[1].split("</table>")[0]
    return "".join(part.split("</div>")[0] for part in table.split('class="warning duplicate"')[1:])


def test_a_meeting_of_the_same_body_on_overlapping_days_is_warned_of_and_linked(client, letter):
    # from the day before: not the same day, so not matched, but the days overlap
    recorded = recorded_meeting(title="Working Group session", start="2031-10-13", end="2031-10-15")
    count = Meeting.objects.count()
    html = client.get(f"/office/inbox/{letter.pk}/").content.decode()
    warned = _warnings(html)
    assert f'<a href="/office/meetings/{recorded.pk}/edit/">Working Group session</a>' in warned
    assert "WG-TIP, from 2031-10-13; the same body, on overlapping days" in warned
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    response = client.post(url, {"decision": "link", "meeting": recorded.pk}, follow=True)
    assert _flash(response.content.decode()) == escape(
        "Meeting “fifth meeting of the Working Group on Trafficking in Persons” linked to the "
        "recorded meeting “Working Group session”."
    )
    letter.refresh_from_db()
    assert letter.decisions["meetings/0"] == {"status": "linked", "meeting": recorded.pk}
    assert Meeting.objects.count() == count


def test_a_very_similar_title_of_another_year_is_warned_of(client, letter):
    recorded = recorded_meeting(
        title="Fifth meeting of the Working Group on Trafficking in Persons",
        start="2030-10-14",
        end="2030-10-14",
    )
    warned = _warnings(client.get(f"/office/inbox/{letter.pk}/").content.decode())
    assert f'href="/office/meetings/{recorded.pk}/edit/"' in warned
    assert "a very similar title, in 2030" in warned


def test_no_warning_where_nothing_alike_is_recorded(client, letter):
    recorded_meeting(title="Expert consultation", start="2029-01-10", end="2029-01-10")
    assert _warnings(client.get(f"/office/inbox/{letter.pk}/").content.decode()) == ""


def test_linking_to_a_meeting_that_is_not_recorded_is_refused_in_words(client, letter):
    url = f"/office/inbox/{letter.pk}/meetings/0/"
    html = client.post(url, {"decision": "link", "meeting": "999999"}, follow=True)
    assert "no meeting 999999" in html.content.decode()
    letter.refresh_from_db()
    assert letter.decisions == {}


def test_the_review_page_reads_the_recorded_meetings_once(
    client, letter, django_assert_max_num_queries
):
    for day in ("2031-10-13", "2030-10-14", "2029-10-14"):
        recorded_meeting(title="Fifth meeting", start=day, end=day)
    url = f"/office/inbox/{letter.pk}/"
    client.get(url)
    with django_assert_max_num_queries(40) as counted:
        client.get(url)
    few = len(counted.captured_queries)
    for day in ("2028-10-14", "2027-10-14", "2026-10-14"):
        recorded_meeting(title="Fifth meeting", start=day, end=day)
    with django_assert_max_num_queries(few):
        client.get(url)
