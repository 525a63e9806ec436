import datetime as dt

import pytest

from plenipo.core.errors import NotFound
from plenipo.registry.queries import find_post, get_state, holders_on
from plenipo.registry.services.states import record_post_holding
from tests.factories.registry import PersonFactory, PostFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_who_held_is_uncertain_when_the_handover_is_known_only_by_month():
    post = PostFactory()
    first, second = PersonFactory(name="First"), PersonFactory(name="Second")
    record_post_holding(
        person=first, post=post, start="2010-01-01", end="2014-09", source=SourceFactory(), by=None
    )
    record_post_holding(person=second, post=post, start="2014-09", source=SourceFactory(), by=None)
    assert [(h.person.name, c) for h, c in holders_on(post, dt.date(2014, 9, 10))] == [
        ("First", False),
        ("Second", False),
    ]
    assert [(h.person.name, c) for h, c in holders_on(post, dt.date(2014, 10, 1))] == [
        ("Second", True),
    ]


def test_find_post_by_title_is_case_insensitive():
    assert find_post("secretary general of the council of europe").key == "sg-coe"


def test_unknown_codes_are_named():
    with pytest.raises(NotFound, match="unknown state code 'XX'"):
        get_state("XX")
