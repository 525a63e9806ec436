"""The English campaign letter agrees with the parties that are not members."""

import datetime as dt

import pytest

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db
JUNE_2015 = dt.date(2015, 6, 15)


def letter_of(day):
    [letter, *_] = merge(
        template=get_template("campaign-ratification-en"),
        recipients=[r for r in resolve("ministers:COE:CETS-197", JUNE_2015) if r.key == "RUS"],
        day=day,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters
    return letter.body


def test_one_non_member_party_is_not_a_member_state():
    assert "including Belarus, which as you know is not a member State of the Council" in (
        letter_of(JUNE_2015)
    )


def test_two_non_member_parties_are_not_member_states():
    # By 2025 Belarus and Israel are parties though not members of the Council of Europe.
    body = letter_of(dt.date(2025, 6, 1))
    assert "which as you know are not member States of the Council of Europe." in body
    assert "a member State of the Council" not in body
