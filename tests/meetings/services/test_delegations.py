import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.models import ActivityLog
from plenipo.meetings.services.delegations import (
    ConcurrentEdit,
    register_delegation,
    upload_nomination_letter,
)
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def register(delegation, participants=factories.THREE, *, by, version=None, today=None):
    return register_delegation(
        delegation=delegation,
        participants=participants,
        expected_version=delegation.version if version is None else version,
        by=by,
        today=today or dt.date(2030, 3, 10),
    )


def test_a_focal_point_registers_its_own_delegation(focal_point_state_a):
    delegation = factories.delegation(factories.meeting())
    saved = register(delegation, by=focal_point_state_a)
    assert saved.status == "pending"
    assert [p.name for p in saved.participants.all()] == [
        "Anna Berger",
        "Bernd Huber",
        "Clara Wagner",
    ]
    assert ActivityLog.objects.filter(
        action_type="meetings.delegation.registered", actor=focal_point_state_a
    ).exists()


def test_another_states_focal_point_cannot_touch_it(focal_point_state_b):
    delegation = factories.delegation(factories.meeting())
    with pytest.raises(NotFound):
        register(delegation, by=focal_point_state_b)
    assert delegation.participants.count() == 0


def test_the_second_of_two_concurrent_saves_is_refused_and_the_first_kept(
    focal_point_state_a, secretariat_officer
):
    delegation = factories.delegation(factories.meeting())
    opened_by_both = delegation.version
    register(delegation, by=focal_point_state_a, version=opened_by_both)
    with pytest.raises(ConcurrentEdit, match="changed by someone else"):
        register(
            delegation,
            [{"role": "head", "name": "Someone Else"}],
            by=secretariat_officer,
            version=opened_by_both,
        )
    delegation.refresh_from_db()
    assert delegation.participants.first().name == "Anna Berger"


def test_quota_refused_by_default(focal_point_state_a):
    delegation = factories.delegation(factories.meeting(default_quota=2))
    with pytest.raises(InvalidInput, match="3 participants exceed the quota of 2"):
        register(delegation, by=focal_point_state_a)
    assert delegation.participants.count() == 0


def test_quota_flagged_when_the_meeting_says_so(focal_point_state_a):
    delegation = factories.delegation(factories.meeting(default_quota=2, limit_policy="flag"))
    saved = register(delegation, by=focal_point_state_a)
    assert saved.flags == ["3 participants exceed the quota of 2"]


def test_registration_after_the_deadline(focal_point_state_a):
    meeting = factories.meeting(registration_deadline=dt.date(2030, 3, 31))
    delegation = factories.delegation(meeting)
    with pytest.raises(InvalidInput, match="the registration deadline was 2030-03-31"):
        register(delegation, by=focal_point_state_a, today=dt.date(2030, 4, 1))
    register(delegation, by=focal_point_state_a, today=dt.date(2030, 3, 31))


@pytest.mark.parametrize(
    ("participants", "message"),
    [
        (
            [{"role": "head", "name": "Anna Berger"}, {"role": "adviser", "name": "anna  berger"}],
            "Anna Berger|anna  berger appears twice",
        ),
        ([{"role": "adviser", "name": "Anna Berger"}], "exactly one head of delegation, not 0"),
        ([], "at least one participant"),
    ],
)
def test_bad_delegations_are_refused(focal_point_state_a, participants, message):
    delegation = factories.delegation(factories.meeting())
    with pytest.raises(InvalidInput, match=message):
        register(delegation, participants, by=focal_point_state_a)


def test_nomination_letter_must_be_a_document(focal_point_state_a):
    delegation = factories.delegation(factories.meeting())
    with pytest.raises(InvalidInput, match="not an accepted file"):
        upload_nomination_letter(
            delegation=delegation, name="letter.exe", data=b"MZ\x90\x00", by=focal_point_state_a
        )
    with pytest.raises(InvalidInput, match="the limit is 10 MB"):
        upload_nomination_letter(
            delegation=delegation,
            name="big.pdf",
            data=PDF + b"0" * (11 * 1024 * 1024),
            by=focal_point_state_a,
        )
    saved = upload_nomination_letter(
        delegation=delegation, name="note-verbale.pdf", data=PDF, by=focal_point_state_a
    )
    assert saved.nomination_letter.name.endswith(".pdf")


def test_a_withdrawn_registration_is_registered_again_before_it_is_decided(
    focal_point_state_a,
):
    from plenipo.meetings.services.delegations import (  # noqa: PLC0415
        decide_registration,
        withdraw,
    )

    delegation = factories.delegation(factories.meeting())
    with pytest.raises(InvalidInput, match="has no registration to decide"):
        decide_registration(delegation=delegation, approve=True, by=None)
    register(delegation, by=focal_point_state_a)
    withdraw(delegation=delegation, by=focal_point_state_a)
    with pytest.raises(InvalidInput, match="registered again before it is decided"):
        decide_registration(delegation=delegation, approve=True, by=None)
    again = register(delegation, by=focal_point_state_a)
    assert (again.status, again.version) == ("pending", 4)
    decided = decide_registration(delegation=again, approve=True, by=None)
    assert (decided.status, decided.version) == ("approved", 5)


@pytest.mark.parametrize(
    ("person", "message"),
    [
        ({"role": "head", "name": "x" * 201}, "participant 1: the name is 201 characters long"),
        ({"role": "head", "name": "A", "phone": "1" * 41}, "the phone is 41 characters long"),
        ({"role": "head", "name": "A", "email": "not-an-address"}, "is not an e-mail address"),
        ({"role": "head", "name": "A\x00B"}, "participant 1: the name is not plain text"),
        ({"role": "head", "name": "A", "title": 7}, "the title is not plain text"),
        ({"role": "chief", "name": "A"}, "participant 1: unknown role 'chief'"),
        ({"role": "head", "name": "  "}, "participant 1: every participant needs a name"),
    ],
)
def test_a_participant_the_database_could_not_store_is_refused_with_its_number(
    focal_point_state_a, person, message
):
    delegation = factories.delegation(factories.meeting())
    with pytest.raises(InvalidInput, match=message):
        register(delegation, [person], by=focal_point_state_a)
    delegation.refresh_from_db()
    assert (delegation.status, delegation.participants.count()) == ("not_registered", 0)


def test_an_unknown_role_is_named_before_the_heads_are_counted(focal_point_state_a):
    people = [{"role": "head", "name": "A"}, {"role": "boss", "name": "B"}]
    with pytest.raises(InvalidInput, match="participant 2: unknown role 'boss'"):
        register(factories.delegation(factories.meeting()), people, by=focal_point_state_a)


def test_a_focal_points_registration_is_its_states_reply_through_the_portal(
    focal_point_state_a, secretariat_officer
):
    delegation = factories.delegation(factories.meeting())
    saved = register(delegation, by=focal_point_state_a, today=dt.date(2030, 3, 10))
    assert (saved.replied_on, saved.reply_channel) == (dt.date(2030, 3, 10), "portal")
    again = register(saved, by=focal_point_state_a, today=dt.date(2030, 3, 12))
    assert again.replied_on == dt.date(2030, 3, 10)  # the first answer stays the reply


def test_the_secretariat_registering_for_a_state_records_no_reply(secretariat_officer):
    delegation = factories.delegation(factories.meeting())
    saved = register(delegation, by=secretariat_officer)
    assert (saved.replied_on, saved.reply_channel) == (None, "")


def test_after_the_meetings_last_day_only_the_secretariat_changes_a_delegation(
    focal_point_state_a, secretariat_officer
):
    delegation = factories.delegation(factories.meeting())  # 14-15 April 2030
    register(delegation, by=focal_point_state_a, today=dt.date(2030, 4, 15))
    delegation.refresh_from_db()
    with pytest.raises(InvalidInput, match="ended on 2030-04-15: its delegations are no longer"):
        register(
            delegation,
            [{"role": "head", "name": "Late"}],
            by=focal_point_state_a,
            today=dt.date(2030, 4, 16),
        )
    delegation.refresh_from_db()
    assert "Late" not in [p.name for p in delegation.participants.all()]
    register(delegation, by=secretariat_officer, today=dt.date(2030, 4, 16))
