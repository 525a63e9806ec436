"""The secretariat enters a delegation itself, with the portal's checks."""

import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.models import ActivityLog
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import ConcurrentEdit, register_delegation
from plenipo.meetings.services.office_entry import enter_delegation, enter_delegation_of
from tests.factories import meetings as factories
from tests.factories.registry import state

pytestmark = pytest.mark.django_db
DAY = dt.date(2030, 3, 10)


def test_an_uninvited_state_is_added_and_its_delegation_entered(secretariat_officer):
    meeting = factories.meeting()
    saved = enter_delegation_of(
        meeting=meeting,
        party=state("FRA"),
        participants=factories.THREE,
        source="note verbale No. 123 of 2 May",
        by=secretariat_officer,
        today=DAY,
    )
    assert (saved.state.code, saved.status, saved.not_invited) == ("FRA", "pending", True)
    assert saved.invited_on is None
    assert (saved.entered_by_secretariat, saved.entry_source) == (
        True,
        "note verbale No. 123 of 2 May",
    )
    assert [p.name for p in saved.participants.all()] == [
        "Anna Berger",
        "Bernd Huber",
        "Clara Wagner",
    ]
    actions = set(
        ActivityLog.objects.filter(actor=secretariat_officer).values_list("action_type", flat=True)
    )
    assert {
        "meetings.delegation.added_not_invited",
        "meetings.delegation.registered",
        "meetings.delegation.entered_by_secretariat",
    } <= actions
    entry = ActivityLog.objects.get(action_type="meetings.delegation.entered_by_secretariat")
    assert entry.data["source"] == "note verbale No. 123 of 2 May"


def test_an_invited_state_is_not_marked_uninvited(secretariat_officer):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    saved = enter_delegation_of(
        meeting=meeting,
        party=state("AUT"),
        participants=factories.THREE,
        by=secretariat_officer,
        today=DAY,
    )
    assert (saved.not_invited, saved.entered_by_secretariat, saved.entry_source) == (
        False,
        True,
        "",
    )


@pytest.mark.parametrize(
    ("participants", "message"),
    [
        ([], "at least one participant"),
        ([{"role": "adviser", "name": "Clara Wagner"}], "exactly one head"),
        ([{"role": "head", "name": "A B", "email": "not-an-address"}], "not an e-mail address"),
        (
            [{"role": "head", "name": "A B"}, {"role": "adviser", "name": "a  b"}],
            "appears twice",
        ),
    ],
)
def test_the_portals_checks_refuse_and_nothing_is_added(secretariat_officer, participants, message):
    meeting = factories.meeting()
    with pytest.raises(InvalidInput, match=message):
        enter_delegation_of(
            meeting=meeting,
            party=state("FRA"),
            participants=participants,
            by=secretariat_officer,
            today=DAY,
        )
    assert not Delegation.objects.filter(meeting=meeting).exists()  # no invitation left behind


def test_over_the_quota_is_refused_as_in_the_portal(secretariat_officer):
    meeting = factories.meeting(default_quota=2)
    with pytest.raises(InvalidInput, match="exceed the quota of 2"):
        enter_delegation_of(
            meeting=meeting,
            party=state("FRA"),
            participants=factories.THREE,
            by=secretariat_officer,
            today=DAY,
        )


def test_a_registered_delegation_is_not_overwritten_from_the_new_entry(
    secretariat_officer, focal_point_state_a
):
    delegation = factories.delegation(factories.meeting(), "AUT")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=1,
        by=focal_point_state_a,
        today=DAY,
    )
    with pytest.raises(InvalidInput, match="already registered its delegation"):
        enter_delegation_of(
            meeting=delegation.meeting,
            party=state("AUT"),
            participants=[{"role": "head", "name": "Someone Else"}],
            by=secretariat_officer,
            today=DAY,
        )
    assert delegation.participants.count() == 3


def test_a_correction_needs_the_version_read(secretariat_officer, focal_point_state_a):
    delegation = factories.delegation(factories.meeting(), "AUT")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=1,
        by=focal_point_state_a,
        today=DAY,
    )
    head = [{"role": "head", "name": "Dora Egger", "title": "Minister"}]
    with pytest.raises(ConcurrentEdit):
        enter_delegation(
            delegation=delegation, participants=head, expected_version=1, by=secretariat_officer
        )
    saved = enter_delegation(
        delegation=delegation,
        participants=head,
        expected_version=2,
        source="e-mail of 3 May",
        by=secretariat_officer,
        today=DAY,
    )
    assert [p.name for p in saved.participants.all()] == ["Dora Egger"]
    assert saved.entry_source == "e-mail of 3 May"


def test_the_focal_points_later_edit_is_no_longer_the_secretariats(
    secretariat_officer, focal_point_state_a
):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    saved = enter_delegation_of(
        meeting=meeting,
        party=state("AUT"),
        participants=factories.THREE,
        source="at the door",
        letter=None,
        by=secretariat_officer,
        today=DAY,
    )
    again = register_delegation(
        delegation=saved,
        participants=factories.THREE[:1],
        expected_version=saved.version,
        by=focal_point_state_a,
        today=DAY,
    )
    assert (again.entered_by_secretariat, again.entry_source) == (False, "")


def test_a_focal_point_cannot_use_the_secretariats_entry(focal_point_state_a):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    with pytest.raises(NotFound):
        enter_delegation_of(
            meeting=meeting,
            party=state("AUT"),
            participants=factories.THREE,
            by=focal_point_state_a,
            today=DAY,
        )


def test_an_over_long_source_is_refused(secretariat_officer):
    with pytest.raises(InvalidInput, match="the source is 301 characters long"):
        enter_delegation_of(
            meeting=factories.meeting(),
            party=state("FRA"),
            participants=factories.THREE,
            source="x" * 301,
            by=secretariat_officer,
            today=DAY,
        )
