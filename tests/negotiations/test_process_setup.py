"""A process's facilitators, milestones and consultations as the services write them: each
write leaves an audit entry, bad input is refused in one line and writes nothing."""

import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.models import ActivityLog
from plenipo.core.partialdates import DateBounds
from plenipo.core.transitions import RefusedTransition
from plenipo.negotiations.models import Facilitator, Milestone
from plenipo.negotiations.services import processes
from plenipo.registry.queries import find_person, get_state
from tests.factories import meetings as meeting_factories
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db


def _entry(action, subject):
    return ActivityLog.objects.get(action_type=action, object_id=str(subject.pk))


def _written():
    """The audit entries of this test's process (the built-in data has its own)."""
    return ActivityLog.objects.filter(data__process="SETUP-TEST").count()


@pytest.fixture
def process():
    return factories.process("SETUP-TEST", draft=False)


def _appoint(process, state="AUT", phase="informal consultations", **more):
    return processes.appoint_facilitator(
        process=process, phase=phase, role="co-facilitator", state=get_state(state), by=None, **more
    )


def test_an_appointment_and_its_removal_are_both_in_the_audit_log(process, secretariat_officer):
    facilitator = processes.appoint_facilitator(
        process=process,
        phase="informal consultations",
        role="facilitator",
        state=get_state("AUT"),
        appointed_on="2026-02",
        by=secretariat_officer,
    )
    assert facilitator.appointed_on == DateBounds.month(2026, 2)
    appointed = _entry("negotiations.facilitator.appointed", facilitator)
    assert appointed.actor == secretariat_officer
    pk = facilitator.pk

    processes.remove_facilitator(facilitator, by=secretariat_officer)

    assert not process.facilitators.exists()
    removed = ActivityLog.objects.get(action_type="negotiations.facilitator.removed", object_id=pk)
    assert removed.actor == secretariat_officer
    assert removed.data == {
        "process": "SETUP-TEST",
        "state": "AUT",
        "phase": "informal consultations",
        "role": "facilitator",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"role": "rapporteur"}, "unknown facilitator role 'rapporteur'"),
        ({"phase": "  "}, "name the phase the facilitator serves in"),
        ({"phase": "x" * 81}, "the phase is 81 characters long"),
        ({"appointed_on": "2026-13"}, "appointed on:"),
        ({"appointed_by": "y" * 201}, "who appointed them is 201 characters long"),
    ],
)
def test_a_bad_appointment_is_refused_and_nothing_is_written(process, change, message):
    spec = {"phase": "informal consultations", "role": "facilitator"} | change
    before = _written()
    with pytest.raises(InvalidInput, match=message):
        processes.appoint_facilitator(process=process, state=get_state("BEL"), by=None, **spec)
    assert not Facilitator.objects.filter(process=process).exists()
    assert _written() == before


def test_the_same_state_twice_in_one_phase_is_refused_naming_both(process):
    _appoint(process)
    with pytest.raises(InvalidInput, match="AUT already facilitates 'informal consultations'"):
        _appoint(process)
    assert process.facilitators.count() == 1


def test_a_milestone_bounded_by_two_days_is_stored_with_its_bounds_and_audited(process):
    milestone = processes.add_milestone(
        process=process,
        kind="input_deadline",
        title="  Written input on the zero draft  ",
        date={"not_before": "2026-04-06", "not_after": "2026-04-10"},
        status="planned",
        time_text="COB",
        by=None,
    )
    milestone.refresh_from_db()
    assert milestone.title == "Written input on the zero draft"
    assert milestone.date == DateBounds(dt.date(2026, 4, 6), dt.date(2026, 4, 10))
    entry = _entry("negotiations.milestone.added", milestone)
    assert entry.data == {"process": "SETUP-TEST"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "deadline"}, "unknown milestone kind 'deadline'"),
        ({"title": " "}, "a milestone needs a title"),
        ({"title": "t" * 301}, "the milestone's title is 301 characters long"),
        ({"status": "postponed"}, "unknown milestone status 'postponed'"),
        ({"date": "2026-02-30"}, "milestone date: impossible date"),
        ({"date": {"not_before": "2026-05-02", "not_after": "2026-05-01"}}, "contradictory"),
        ({"time_text": "z" * 41}, "the milestone's time is 41 characters long"),
    ],
)
def test_a_bad_milestone_is_refused_and_nothing_is_written(process, change, message):
    spec = {"kind": "zero_draft", "title": "Zero draft", "date": "2026-03-02"} | change
    spec.setdefault("status", "planned")
    before = _written()
    with pytest.raises(InvalidInput, match=message):
        processes.add_milestone(process=process, by=None, **spec)
    assert not Milestone.objects.filter(process=process).exists()
    assert _written() == before


def test_marking_a_milestone_follows_the_table_and_is_audited(process, secretariat_officer):
    milestone = processes.add_milestone(
        process=process, kind="zero_draft", title="Zero", date="2026-03", status="planned", by=None
    )
    processes.set_milestone_status(milestone, "done", by=secretariat_officer)
    entry = _entry("negotiations.milestone.status", milestone)
    assert (entry.actor, entry.data) == (secretariat_officer, {"status": "done"})
    with pytest.raises(RefusedTransition, match="cannot go back to planned"):
        processes.set_milestone_status(milestone, "planned", by=secretariat_officer)
    with pytest.raises(RefusedTransition, match="unknown milestone status 'skipped'"):
        processes.set_milestone_status(milestone, "skipped", by=secretariat_officer)
    milestone.refresh_from_db()
    assert milestone.status == "done"
    marked = ActivityLog.objects.filter(action_type="negotiations.milestone.status")
    assert marked.filter(object_id=str(milestone.pk)).count() == 1


def test_a_meeting_is_linked_once(process):
    meeting = meeting_factories.meeting()
    link = processes.link_consultation(process=process, meeting=meeting, by=None)
    entry = _entry("negotiations.consultation.linked", link)
    assert entry.data == {"process": "SETUP-TEST", "meeting": meeting.pk}
    with pytest.raises(InvalidInput, match="is already a consultation of SETUP-TEST"):
        processes.link_consultation(process=process, meeting=meeting, by=None)
    assert list(process.consultations.all()) == [link]


def test_a_person_is_found_by_key_or_name_and_an_unknown_one_named():
    from plenipo.registry.models import Person  # noqa: PLC0415

    person = Person.objects.create(key="test-envoy", name="Ada Envoy")
    assert find_person("test-envoy") == person
    assert find_person(" ada envoy ") == person
    Person.objects.create(key="test-envoy-2", name="Ada Envoy")
    with pytest.raises(InvalidInput, match="more than one person is named 'Ada Envoy'"):
        find_person("Ada Envoy")
    with pytest.raises(NotFound, match="no person 'Nobody Here' in the registry"):
        find_person("Nobody Here")
