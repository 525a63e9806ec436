import datetime as dt

from plenipo.bodies.mandates import (
    MandateStatus,
    MeetingFact,
    RequirementFact,
    RequirementKind,
    mandate_status,
)
from plenipo.core.partialdates import DateBounds

D = dt.date
ADOPTED = DateBounds.parse("2008-10-17")
COP5 = {
    "session_id": 5,
    "session_start": DateBounds.parse("2010-10-18"),
    "session_end": DateBounds.parse("2010-10-22"),
}
DURING = RequirementFact(1, RequirementKind.DURING_SESSION, "meet during COP 5", **COP5)
BEFORE = RequirementFact(2, RequirementKind.BEFORE_SESSION, "meet once before COP 5", **COP5)


def meeting(start, end=None, held=True, session_id=None, id_=1):
    return MeetingFact(
        id_, "WG", DateBounds.parse(start), DateBounds.parse(end or start), held, session_id
    )


def status(meetings, as_of, **extra):
    return mandate_status([DURING, BEFORE], meetings, adopted=ADOPTED, as_of=as_of, **extra)


def test_active_while_the_session_is_ahead():
    result, details = status([meeting("2010-01-27", "2010-01-29")], D(2010, 6, 1))
    assert result is MandateStatus.ACTIVE
    assert [d.met for d in details] == [False, True]


def test_fulfilled_when_both_meetings_are_held():
    meetings = [meeting("2010-01-27", "2010-01-29"), meeting("2010-10-19", id_=2)]
    result, details = status(meetings, D(2010, 11, 1))
    assert result is MandateStatus.FULFILLED
    assert details[0].meetings[0].id == 2


def test_not_known_when_the_session_passed_without_a_recorded_meeting():
    result, details = status([meeting("2010-01-27", "2010-01-29")], D(2010, 11, 1))
    assert result is MandateStatus.NOT_KNOWN
    assert details[0].unrecorded
    assert not details[1].unrecorded


def test_a_scheduled_meeting_does_not_count_as_held():
    result, _ = status([meeting("2010-01-27", held=False)], D(2010, 11, 1))
    assert result is MandateStatus.NOT_KNOWN


def test_a_meeting_before_the_decision_does_not_count():
    _, details = status([meeting("2008-01-10")], D(2010, 6, 1))
    assert not details[1].met


def test_superseded_wins():
    result, _ = status([], D(2013, 1, 1), superseded_on=DateBounds.parse("2012-10-19"))
    assert result is MandateStatus.SUPERSEDED


def test_deadline_delivered_or_not_recorded():
    due = DateBounds.parse("2017-09-27")
    kept = RequirementFact(3, RequirementKind.DEADLINE, "adopt", due=due, delivered=due)
    missed = RequirementFact(4, RequirementKind.DEADLINE, "adopt", due=due)
    assert mandate_status([kept], [], adopted=ADOPTED, as_of=D(2018, 1, 1))[0] is (
        MandateStatus.FULFILLED
    )
    assert mandate_status([missed], [], adopted=ADOPTED, as_of=D(2018, 1, 1))[0] is (
        MandateStatus.NOT_KNOWN
    )
