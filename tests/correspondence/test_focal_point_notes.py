"""A note verbale to a meeting's focal points is addressed to each state -- its permanent
mission as the registry records it, else its Government -- never to the focal point's
role; it still goes to the focal point's own e-mail address."""

import datetime as dt

import pytest

from plenipo.correspondence.exporters import letter_text
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.registry.models import FocalPoint, Mission
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
DAY = dt.date(2030, 3, 1)


def _invitation(template, code="AUT"):
    meeting = factories.meeting()
    factories.delegation(meeting, code)
    written = merge(
        template=get_template(template),
        recipients=resolve(f"focal-points:{meeting.pk}", DAY),
        day=DAY,
        by=None,
        meeting=meeting,
    )
    [letter] = written.letters
    return letter


def _at_the_mission_in_vienna(user):
    FocalPoint.objects.filter(user=user).update(mission=Mission.objects.get(code="UN-VIE"))


def test_a_note_to_a_focal_point_at_a_recorded_mission_is_addressed_to_the_mission(
    focal_point_state_a,
):
    _at_the_mission_in_vienna(focal_point_state_a)
    letter = _invitation("meeting-invitation-nv-en")
    assert letter.recipient_post.startswith("Permanent Mission of")
    assert "Austria" in letter.recipient_post
    assert "presents his compliments to the Permanent Mission of" in letter.opening
    assert "Focal point" not in letter_text(letter)
    assert letter.recipient_email == focal_point_state_a.email


def test_a_note_to_a_focal_point_with_no_mission_is_addressed_to_the_government(
    focal_point_state_a,
):
    letter = _invitation("meeting-invitation-nv-en")
    assert letter.recipient_post == "Government of the Republic of Austria"
    assert "compliments to the Government of the Republic of Austria and" in letter.opening
    assert "renew to the Government of the Republic of Austria" in letter.closing
    assert "Focal point" not in letter_text(letter)
    assert letter.recipient_email == focal_point_state_a.email


def test_a_french_note_names_the_mission_in_french(focal_point_state_a):
    _at_the_mission_in_vienna(focal_point_state_a)
    letter = _invitation("meeting-invitation-nv-fr")
    assert letter.recipient_post.startswith("Mission permanente")
    assert "compliments à la Mission permanente" in letter.opening


def test_a_letter_that_is_no_note_verbale_keeps_the_focal_points_post(focal_point_state_a):
    [recipient] = resolve(f"focal-points:{_meeting_with('AUT').pk}", DAY)
    assert recipient.post == "Focal point of the Republic of Austria"
    assert recipient.state_addressee == {"en": ("Government of the Republic of Austria", False)}


def _meeting_with(code):
    meeting = factories.meeting()
    factories.delegation(meeting, code)
    return meeting
