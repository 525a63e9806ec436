"""The received letters of a meeting (the sources the office may give a delegation) are
found by a query on the meetings the officer's decisions name, in the same number of queries
however many letters are decided; undoing a decision takes its letter off the meeting."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.meeting_letters import letter_source, letters_about
from plenipo.correspondence.models import MeetingNamed
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.reopen import reopen
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
NOTE = (
    "Vienna, 2 June 2031\n\nNo. {number}\n\nThe Secretariat presents its compliments to the "
    "Permanent Missions and has the honour to inform them that the fifth meeting of the "
    "Working Group on Trafficking in Persons will be held from 14 to 15 October 2031 in "
    "Vienna.\n"
)


def _received(number, by):
    data = NOTE.format(number=number).encode()
    return incoming.receive(name=f"nv-{number}.txt", data=data, by=by)


def _linked(meeting, number, by):
    letter = _received(number, by)
    incoming.link_meeting(letter=letter, index=0, meeting=meeting, by=by)
    return letter


def _queries(meeting) -> int:
    with CaptureQueriesContext(connection) as captured:
        letters_about(meeting)
    return len(captured.captured_queries)


def test_the_letters_of_a_meeting_are_those_decided_for_it(secretariat_officer):
    by = secretariat_officer
    created_from = _received(1, by)
    meeting = incoming.accept(
        letter=created_from, item="meetings/0", by=by, body=get_body("WG-TIP")
    )
    linked = _linked(meeting, 2, by)
    elsewhere = _linked(factories.meeting(), 3, by)
    rejected = _received(4, by)
    incoming.reject(letter=rejected, kind="meetings", index=0, by=by)
    assert {letter.pk for letter in letters_about(meeting)} == {created_from.pk, linked.pk}
    assert letter_source(meeting, linked.pk)[0] == linked.pk
    assert elsewhere.pk not in {letter.pk for letter in letters_about(meeting)}


def test_the_letters_of_a_meeting_take_the_same_queries_however_many(secretariat_officer):
    meeting = factories.meeting()
    _linked(meeting, 1, secretariat_officer)
    _linked(factories.meeting(), 2, secretariat_officer)
    few = _queries(meeting)
    for number in range(3, 7):
        _linked(meeting if number % 2 else factories.meeting(), number, secretariat_officer)
    assert _queries(meeting) == few
    assert len(letters_about(meeting)) == 3


def test_undoing_the_decision_takes_the_letter_off_the_meeting(secretariat_officer):
    meeting = factories.meeting()
    letter = _linked(meeting, 1, secretariat_officer)
    reopen(letter=letter, item="meetings/0", by=secretariat_officer)
    assert letters_about(meeting) == []
    assert not MeetingNamed.objects.filter(letter=letter).exists()


def test_a_created_meeting_named_by_another_letter_is_not_removed(secretariat_officer):
    by = secretariat_officer
    created_from = _received(1, by)
    meeting = incoming.accept(
        letter=created_from, item="meetings/0", by=by, body=get_body("WG-TIP")
    )
    other = _linked(meeting, 2, by)
    with pytest.raises(InvalidInput, match=f"received letter {other.pk} is linked to it"):
        reopen(letter=created_from, item="meetings/0", by=by)


def test_the_migration_names_the_meetings_of_decisions_already_taken(secretariat_officer):
    meeting = factories.meeting()
    letter = _linked(meeting, 1, secretariat_officer)
    MeetingNamed.objects.all().delete()
    migration = importlib.import_module("plenipo.correspondence.migrations.0009_meetings_named")
    migration.name_the_meetings_decided(apps, None)
    assert [letter_about.pk for letter_about in letters_about(meeting)] == [letter.pk]
