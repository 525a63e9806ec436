"""A meeting's letter on its way to a state is that state's invitation, whichever surface
sent it: the service records it, once."""

import datetime as dt

import pytest

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services import letters as service
from plenipo.meetings.models import Delegation, Meeting
from plenipo.meetings.services.delegations import invite
from plenipo.registry.models import State

pytestmark = pytest.mark.django_db


def test_a_letter_recorded_as_sent_by_post_invites_its_state_once():
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    russia = [r for r in resolve("missions:UN-VIE", dt.date(2009, 3, 4)) if r.key == "RUS"]
    result = service.merge(
        template=get_template("meeting-invitation-nv-en"),
        recipients=russia,
        day=dt.date(2009, 3, 4),
        meeting=meeting,
        by=None,
    )
    [letter] = result.letters
    assert not Delegation.objects.filter(meeting=meeting, state__code="RUS").exists()
    service.approve(letter=letter, by=None)
    service.record_sent(letter=letter, channel="post", by=None)
    delegation = Delegation.objects.get(meeting=meeting, state__code="RUS")
    assert delegation.invited_on == dt.date(2009, 3, 4)
    assert service.invite_recipients([letter], by=None) == 0  # already invited


def test_a_state_invited_before_its_letter_takes_the_letters_reference_and_keeps_its_day():
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    russia_state = State.objects.get(code="RUS")
    invite(meeting=meeting, party=russia_state, invited_on=dt.date(2009, 3, 2), by=None)
    russia = [r for r in resolve("missions:UN-VIE", dt.date(2009, 3, 4)) if r.key == "RUS"]
    [letter] = service.merge(
        template=get_template("meeting-invitation-nv-en"),
        recipients=russia,
        day=dt.date(2009, 3, 4),
        meeting=meeting,
        by=None,
    ).letters
    service.approve(letter=letter, by=None)
    service.record_sent(letter=letter, channel="post", by=None)
    delegation = Delegation.objects.get(meeting=meeting, state__code="RUS")
    assert letter.reference
    assert delegation.invitation_reference == letter.reference
    assert delegation.invited_on == dt.date(2009, 3, 2)


def test_a_later_letter_does_not_replace_the_reference_of_the_first():
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    russia = [r for r in resolve("missions:UN-VIE", dt.date(2009, 3, 4)) if r.key == "RUS"]
    first, second = (
        service.merge(
            template=get_template("meeting-invitation-nv-en"),
            recipients=russia,
            day=day,
            meeting=meeting,
            by=None,
        ).letters[0]
        for day in (dt.date(2009, 3, 4), dt.date(2009, 3, 9))
    )
    for letter in (first, second):
        service.approve(letter=letter, by=None)
        service.record_sent(letter=letter, channel="post", by=None)
    delegation = Delegation.objects.get(meeting=meeting, state__code="RUS")
    assert first.reference != second.reference
    assert delegation.invitation_reference == first.reference
    assert delegation.invited_on == dt.date(2009, 3, 4)
