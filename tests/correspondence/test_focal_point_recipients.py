"""Letters to a meeting's focal points name them only as recorded: no made-up honorific,
and no sign-in name written as a person's name."""

import datetime as dt

import pytest

from plenipo.correspondence.facts import _recipient_facts
from plenipo.correspondence.recipients import focal_points_of_meeting
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
DAY = dt.date(2030, 3, 1)


def test_a_focal_point_without_a_recorded_name_is_written_to_by_post(focal_point_state_a):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    [recipient] = focal_points_of_meeting(meeting.pk, DAY)
    assert recipient.name is None
    assert recipient.post.startswith("Focal point of")
    assert _recipient_facts(recipient, DAY, "en")["form_of_address"] is None


def test_a_named_focal_point_of_unrecorded_gender_gets_no_honorific(focal_point_state_a):
    focal_point_state_a.first_name, focal_point_state_a.last_name = "Anna", "Beispiel"
    focal_point_state_a.save()
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    [recipient] = focal_points_of_meeting(meeting.pk, DAY)
    facts = _recipient_facts(recipient, DAY, "en")
    assert facts["name"] == "Anna Beispiel"
    assert facts["form_of_address"] == "Anna Beispiel"  # not "Mr Anna Beispiel"


def test_an_invited_state_with_no_mission_recorded_points_to_its_focal_point(
    focal_point_state_a,
):
    from plenipo.correspondence.recipients import resolve  # noqa: PLC0415

    meeting = factories.meeting()
    for code in ("AUT", "BEL"):
        factories.delegation(meeting, code)
    # Neither can be reached at Vienna (no address recorded for Austria's mission, no
    # mission of Belgium); only Austria has a focal point.
    by_state = {r.state.code: r for r in resolve(f"invited:{meeting.pk}:UN-VIE", DAY)}
    assert not by_state["AUT"].reachable
    assert (
        by_state["AUT"]
        .problems[-1]
        .endswith(f"; its focal point can be written to by e-mail (list focal-points:{meeting.pk})")
    )
    assert "focal point" not in " ".join(by_state["BEL"].problems)
    [written] = resolve(f"focal-points:{meeting.pk}", DAY)
    assert written.email == focal_point_state_a.email
