"""The meeting invitations: the general one for any meeting, in the project's own words, and
seed letter 001's, which quotes decision 4/4 and is only right for the working group it set up."""

import datetime as dt
from pathlib import Path

import pytest

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.meetings.models import Meeting

pytestmark = pytest.mark.django_db
CONSULTATION = "Informal consultation with all Member States on the political declaration"


def _to_austria(template, meeting, day, place="UN-NY"):
    austria = [r for r in resolve(f"missions:{place}", day) if r.key == "AUT"]
    return merge(
        template=get_template(template), recipients=austria, day=day, by=None, meeting=meeting
    )


def test_the_general_invitation_to_another_bodys_meeting_cites_no_decision():
    meeting = Meeting.objects.get(body__code="UNGA", title__startswith=CONSULTATION)
    [letter] = _to_austria("meeting-invitation-nv-en", meeting, dt.date(2017, 6, 19)).letters
    assert f"to participate in the meeting “{CONSULTATION}" in letter.body
    assert "which will be held in New York on 29 June 2017." in letter.body
    assert "composition of its delegation" in letter.body
    for wording in ("decision", "4/4", "open-ended", "working group", "Conference"):
        assert wording not in letter.body
    assert "documentation" not in letter.body  # the meeting has none recorded
    assert letter.subject == f"Invitation: {meeting.title}"


def test_the_general_invitation_to_a_working_group_another_decision_created_cites_none():
    # Decision 2/6 created this working group: the seed's wording would credit decision 2/6
    # with establishing a working group on the Trafficking in Persons Protocol.
    meeting = Meeting.objects.get(body__code="WG-TA", start_not_before="2022-05-23")
    [letter] = _to_austria(
        "meeting-invitation-nv-en", meeting, dt.date(2022, 4, 1), place="UN-VIE"
    ).letters
    assert (
        "to participate in the meeting “Thirteenth session of the Working Group of Government "
        "Experts on Technical Assistance”, which will be held in Vienna from 23 to 27 May 2022."
    ) in letter.body
    for wording in ("decision", "2/6", "4/4", "Trafficking", "Protocol"):
        assert wording not in letter.body


def test_the_seed_invitation_to_a_meeting_held_under_no_recorded_decision_quotes_none():
    # The working group's 2010 meeting: decision 4/4 created the group, but the meeting's
    # record names no decision it is held under, so the letter names none.
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2010-01-27")
    [letter] = _to_austria(
        "wg-tip-invitation-nv-en", meeting, dt.date(2009, 12, 1), place="UN-VIE"
    ).letters
    assert letter.body.startswith("invite the Government to participate in the ")
    assert "which will be held in Vienna, from 27 to 29 January 2010." in letter.body
    for wording in ("decision", "4/4", "decided", "functions", "accordingly"):
        assert wording not in letter.body
    # No documents nor information note recorded: their paragraphs leave no gap.
    assert not meeting.documents.exists()
    assert "\n\n\n" not in letter.body


def test_the_general_invitation_gives_the_documents_and_encloses_the_note():
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    [letter] = _to_austria(
        "meeting-invitation-nv-en", meeting, dt.date(2009, 3, 4), place="UN-VIE"
    ).letters
    assert "which will be held in Vienna from 14 to 15 April 2009." in letter.body
    assert (
        "The documentation of the meeting, including the annotated provisional agenda"
        in letter.body
    )
    assert "in all the official United Nations languages." in letter.body
    assert "A copy of the information note for participants is enclosed." in letter.body
    assert "decision 4/4" not in letter.body
    assert "\n\n\n" not in letter.body


def test_the_seed_invitation_still_quotes_decision_4_4_for_its_working_group():
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    [letter] = _to_austria(
        "wg-tip-invitation-nv-en", meeting, dt.date(2009, 3, 4), place="UN-VIE"
    ).letters
    assert "draw the attention of the Government to decision 4/4 of the Conference" in letter.body
    assert "decided to establish an open-ended interim working group" in letter.body
    # The functions, the seed's lines word for word.
    seed = (Path(__file__).parents[2] / "corpus" / "seed_001.txt").read_text()
    start = letter.body.index("It also decided")
    end = letter.body.index("The Conference further decided")
    for line in letter.body[start:end].splitlines():
        assert line.strip() in seed, line
    # The requirements, as the seed joins them.
    further = letter.body[end:].split("\n\n")[0]
    assert further in seed, further


def test_the_working_groups_invitation_asks_for_the_delegation_by_the_registration_deadline():
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    meeting.registration_deadline = dt.date(2009, 4, 1)
    meeting.save(update_fields=["registration_deadline"])
    [letter] = _to_austria(
        "wg-tip-invitation-nv-en", meeting, dt.date(2009, 3, 4), place="UN-VIE"
    ).letters
    assert "contact details, should be provided to the Office by 1 April 2009." in letter.body
    assert "as soon as possible" not in letter.body
