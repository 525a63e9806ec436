import datetime as dt

import pytest

from plenipo.core.partialdates import DateBounds
from plenipo.treaties.eif import (
    Consent,
    Delay,
    DelayKind,
    EntryIntoForceRule,
    RuleError,
    instruments_still_needed,
    party_entry_into_force,
    threshold_reached,
)

D = dt.date
CETS = EntryIntoForceRule.parse(
    {
        "threshold": 10,
        "min_members": {"organization": "COE", "count": 8},
        "delay": {"kind": "first_day_of_month_after_months", "amount": 3},
        "later_delay": {"kind": "first_day_of_month_after_months", "amount": 3},
    }
)
UNTOC = EntryIntoForceRule.parse(
    {
        "threshold": 40,
        "delay": {"kind": "days_after", "amount": 90},
        "later_delay": {"kind": "days_after", "amount": 30},
    }
)


def exact(day, party="X", member=True, organization=False):
    return Consent(party, DateBounds.exact(day), organization, member)


def test_armenia_enters_into_force_on_the_first_day_after_three_months():
    # Armenia ratified CETS 197 on 14 April 2008; in force for it on 1 August 2008.
    assert CETS.later_delay.apply(D(2008, 4, 14)) == D(2008, 8, 1)


@pytest.mark.parametrize(
    ("deposit", "expected"),
    [
        (D(2007, 10, 24), D(2008, 2, 1)),
        (D(2007, 11, 30), D(2008, 3, 1)),  # 29 Feb 2008 expiry, month after is March
        (D(2007, 10, 31), D(2008, 2, 1)),
        (D(2007, 11, 1), D(2008, 3, 1)),
    ],
)
def test_first_day_of_month_rule_at_month_ends(deposit, expected):
    assert CETS.delay.apply(deposit) == expected


def test_ninetieth_day_after_is_deposit_plus_ninety_days():
    assert UNTOC.delay.apply(D(2003, 7, 1)) == D(2003, 9, 29)


def test_twelve_months_after():
    assert Delay(DelayKind.MONTHS_AFTER, 12).apply(D(2004, 2, 29)) == D(2005, 2, 28)


def test_tenth_instrument_with_eight_members_brings_into_force():
    consents = [exact(D(2007, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(10)]
    result = threshold_reached(
        CETS, consents, opened_on=D(2005, 5, 16), complete_until=D(2008, 1, 1)
    )
    assert result.reached_on.day == D(2007, 1, 10)
    assert result.entry_into_force.day == D(2007, 5, 1)
    assert result.nth_party == "S9"


def test_non_members_do_not_meet_the_member_condition():
    members = [exact(D(2007, 1, i + 1), f"M{i}") for i in range(7)]
    others = [exact(D(2007, 2, i + 1), f"N{i}", member=False) for i in range(3)]
    late_member = [exact(D(2007, 6, 1), "M7")]
    result = threshold_reached(
        CETS,
        members + others + late_member,
        opened_on=D(2005, 5, 16),
        complete_until=D(2008, 1, 1),
    )
    assert result.reached_on.day == D(2007, 6, 1)


def test_organization_instruments_are_not_counted_unless_the_rule_says_so():
    states = [exact(D(2003, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(39)]
    eu = [exact(D(2003, 3, 1), "EU", organization=True)]
    fortieth = [exact(D(2003, 7, 1), "ARM")]
    result = threshold_reached(
        UNTOC, states + eu + fortieth, opened_on=D(2000, 12, 12), complete_until=D(2003, 12, 31)
    )
    assert result.entry_into_force.day == D(2003, 9, 29)


def test_uncertain_dates_give_bounds_and_name_the_parties_to_find():
    consents = [exact(D(2007, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(9)]
    consents.append(Consent("GEO", DateBounds.parse("2007-03"), False, True))
    result = threshold_reached(
        CETS, consents, opened_on=D(2005, 5, 16), complete_until=D(2008, 1, 1)
    )
    assert (result.reached_on.not_before, result.reached_on.not_after) == (
        D(2007, 3, 1),
        D(2007, 3, 31),
    )
    # Any day in March 2007 gives the same entry into force: it is exact though the
    # threshold day is not.
    assert result.entry_into_force.day == D(2007, 7, 1)
    assert result.undetermined == ("GEO",)


def test_uncertain_dates_spanning_months_leave_the_eif_open():
    consents = [exact(D(2007, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(9)]
    consents.append(Consent("GEO", DateBounds.between("2007-03-20", "2007-04-10"), False, True))
    result = threshold_reached(
        CETS, consents, opened_on=D(2005, 5, 16), complete_until=D(2008, 1, 1)
    )
    assert (result.entry_into_force.not_before, result.entry_into_force.not_after) == (
        D(2007, 7, 1),
        D(2007, 8, 1),
    )
    assert not result.is_exact


def test_without_proof_of_completeness_an_unrecorded_deposit_could_come_first():
    consents = [exact(D(2007, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(10)]
    result = threshold_reached(CETS, consents, opened_on=D(2005, 5, 16))
    assert result.reached_on.not_before == D(2005, 5, 16)
    assert result.reached_on.not_after == D(2007, 1, 10)
    assert "complete" in result.notes[0]


def test_not_reached_when_too_few_instruments():
    result = threshold_reached(CETS, [exact(D(2007, 1, 1))], opened_on=D(2005, 5, 16))
    assert (result.reached_on, result.entry_into_force) == (None, None)


def test_protocol_not_before_its_convention():
    consents = [exact(D(2003, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(40)]
    result = threshold_reached(
        UNTOC,
        consents,
        opened_on=D(2000, 12, 12),
        complete_until=D(2003, 12, 31),
        prerequisite_eif=DateBounds.exact(D(2003, 9, 29)),
    )
    assert result.entry_into_force.day == D(2003, 9, 29)


def test_party_eif_for_first_parties_is_the_treaty_eif_and_later_ones_their_own():
    consents = [exact(D(2007, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(10)]
    threshold = threshold_reached(
        CETS, consents, opened_on=D(2005, 5, 16), complete_until=D(2008, 1, 1)
    )
    first = party_entry_into_force(CETS, DateBounds.exact(D(2007, 1, 1)), threshold=threshold)
    later = party_entry_into_force(CETS, DateBounds.exact(D(2008, 4, 14)), threshold=threshold)
    assert (first.day, later.day) == (D(2007, 5, 1), D(2008, 8, 1))


def test_thirty_days_rule_never_precedes_the_treaty_eif():
    consents = [exact(D(2003, 1, 1) + dt.timedelta(days=i), f"S{i}") for i in range(40)]
    threshold = threshold_reached(
        UNTOC, consents, opened_on=D(2000, 12, 12), complete_until=D(2004, 1, 1)
    )
    forty_first = party_entry_into_force(
        UNTOC, DateBounds.exact(D(2003, 2, 12)), threshold=threshold
    )
    assert forty_first.day == threshold.entry_into_force.day


def test_instruments_still_needed_counts_certain_deposits_only():
    consents = [exact(D(2007, 1, i + 1), f"S{i}") for i in range(6)]
    consents.append(Consent("LATE", DateBounds.parse("2007-02"), False, True))
    assert instruments_still_needed(CETS, consents, D(2007, 1, 31)) == {
        "instruments": 4,
        "member_instruments": 2,
    }


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"threshold": 0, "delay": {}, "later_delay": {}}, "threshold"),
        (
            {
                "threshold": 3,
                "delay": {"kind": "weeks", "amount": 1},
                "later_delay": {"kind": "days_after", "amount": 1},
            },
            "unknown delay kind",
        ),
        (
            {
                "threshold": 3,
                "delay": {"kind": "days_after", "amount": 1},
                "later_delay": {"kind": "days_after", "amount": 1},
                "quorum": 2,
            },
            "unknown keys",
        ),
    ],
)
def test_rule_parse_names_the_problem(spec, message):
    with pytest.raises(RuleError, match=message):
        EntryIntoForceRule.parse(spec)
