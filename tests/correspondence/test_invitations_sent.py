"""A meeting's letter on its way to a state is that state's invitation, whichever surface
sent it: the service records it, once."""

import datetime as dt

import pytest

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services import letters as service
from plenipo.meetings.models import Delegation, Meeting

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
