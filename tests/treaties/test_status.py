import datetime as dt
import random

from plenipo.core.partialdates import DateBounds
from plenipo.treaties.status import (
    ActionFact,
    Participation,
    SnapshotFact,
    change_points,
    count_parties,
    derive_participations,
    parties_over_time,
    reservations_in_force,
    status_as_of,
)

D = dt.date
OPENED = D(2005, 5, 16)


def act(party, kind, when, id_=None, **extra):
    return ActionFact(id_, party, kind, DateBounds.parse(when), **extra)


def derive(actions, snapshots=()):
    return derive_participations(actions, list(snapshots), opened_on=OPENED)


def test_a_snapshot_naming_a_party_bounds_its_unknown_date():
    derivation = derive(
        [
            act("ISL", "signature", "2005-05-16"),
            act("ISL", "ratification", {"not_before": "2008-01-24"}),
        ],
        [SnapshotFact(1, D(2013, 10, 21), "greta", parties=frozenset({"ISL"}))],
    )
    consent = derivation.participations["ISL"].consent
    assert (consent.not_before, consent.not_after) == (D(2008, 1, 24), D(2013, 10, 21))


def test_a_party_known_only_from_a_snapshot_is_implied_with_bounds():
    derivation = derive([], [SnapshotFact(1, D(2010, 1, 1), "list", parties=frozenset({"MLT"}))])
    party = derivation.participations["MLT"]
    assert party.consent_kind is None
    assert (party.consent.not_before, party.consent.not_after) == (OPENED, D(2010, 1, 1))


def test_a_complete_list_pushes_everyone_else_after_its_date():
    derivation = derive(
        [act("ALB", "ratification", "2007-02-06"), act("POL", "ratification", "2008")],
        [SnapshotFact(1, D(2008, 6, 30), "list", parties=frozenset({"ALB"}), complete=True)],
    )
    consent = derivation.participations["POL"].consent
    assert (consent.not_before, consent.not_after) == (D(2008, 7, 1), D(2008, 12, 31))
    assert derivation.complete_until == D(2008, 6, 30)


def test_a_count_already_reached_by_certain_parties_settles_the_rest():
    derivation = derive(
        [act("ALB", "ratification", "2007-02-06"), act("POL", "ratification", "2007")],
        [SnapshotFact(1, D(2007, 6, 30), "count", party_count=1)],
    )
    assert derivation.participations["POL"].consent.not_before == D(2007, 7, 1)


def test_a_snapshot_contradicting_a_dated_action_is_reported_not_applied():
    derivation = derive(
        [act("TUR", "ratification", "2016-05-02")],
        [SnapshotFact(7, D(2015, 1, 1), "wiki", parties=frozenset({"TUR"}))],
    )
    assert derivation.participations["TUR"].consent.day == D(2016, 5, 2)
    [contradiction] = derivation.contradictions
    assert contradiction.party == "TUR"
    assert "wiki names TUR as a party on 2015-01-01" in contradiction.message


def test_a_count_above_the_records_is_a_gap_not_a_contradiction():
    derivation = derive(
        [act("ALB", "ratification", "2007-02-06")],
        [SnapshotFact(1, D(2008, 1, 1), "count", party_count=13)],
    )
    assert derivation.contradictions == []
    assert derivation.gaps[0].counted - derivation.gaps[0].recorded == 12


def test_a_count_below_the_certain_parties_is_a_contradiction():
    derivation = derive(
        [act("ALB", "ratification", "2007-02-06"), act("AUT", "ratification", "2006-10-12")],
        [SnapshotFact(1, D(2008, 1, 1), "count", party_count=1)],
    )
    assert "at least 2" in derivation.contradictions[0].message


def test_status_counts_are_ranges_when_dates_are_uncertain():
    derivation = derive(
        [
            act("ALB", "signature", "2005-12-22"),
            act("ALB", "ratification", "2007-02-06"),
            act("FRA", "signature", "2006-05-22"),
            act("FRA", "ratification", "2008-01"),
            act("TUR", "signature", "2009-03-19"),
        ]
    )
    status = status_as_of(
        derivation.participations.values(), D(2008, 1, 15), complete_until=D(2008, 1, 15)
    )
    assert status.counts["parties"].as_dict() == {"min": 1, "max": 2}
    assert status.counts["signatories"].as_dict() == {"min": 0, "max": 1}
    certain = {p.participation.party: p.certain for p in status.parties}
    assert certain == {"ALB": True, "FRA": False}


def test_denunciation_takes_effect_after_its_delay():
    from plenipo.treaties.eif import Delay, DelayKind  # noqa: PLC0415

    derivation = derive_participations(
        [act("XXA", "ratification", "2006-01-01"), act("XXA", "denunciation", "2010-01-15")],
        [],
        opened_on=OPENED,
        denunciation_delay=Delay(DelayKind.FIRST_OF_MONTH_AFTER_MONTHS, 3),
    )
    party = derivation.participations["XXA"]
    assert party.is_party_on(D(2010, 4, 30)) is True
    assert party.is_party_on(D(2010, 5, 1)) is False


def test_withdrawn_reservations_are_no_longer_in_force():
    reservation = act("DNK", "reservation", "2007-09-19", id_=1, text="Greenland")
    withdrawal = act("DNK", "withdrawal", "2012-01-01", id_=2, withdraws=1)
    assert len(reservations_in_force([reservation, withdrawal], D(2011, 1, 1))) == 1
    assert reservations_in_force([reservation, withdrawal], D(2012, 1, 1)) == []


def test_parties_over_time_steps_at_each_change():
    derivation = derive(
        [act("ALB", "ratification", "2007-02-06"), act("FRA", "ratification", "2008-01")]
    )
    series = dict(parties_over_time(derivation.participations.values()))
    assert series[D(2007, 2, 6)].as_dict() == {"min": 1, "max": 1}
    assert series[D(2008, 1, 1)].as_dict() == {"min": 1, "max": 2}
    assert series[D(2008, 2, 1)].as_dict() == {"min": 2, "max": 2}


def _random_bounds(rng, first):
    start = first + dt.timedelta(days=rng.randint(0, 3000))
    kind = rng.random()
    if kind < 0.6:
        return DateBounds.exact(start)
    if kind < 0.8:
        return DateBounds.month(start.year, start.month)
    if kind < 0.9:
        return DateBounds(not_before=None, not_after=start)  # "by then", no earlier bound
    return DateBounds(not_before=start, not_after=None)  # "not before", no later bound


def test_parties_over_time_counts_as_asking_day_by_day():
    """The one-sweep series equals count_parties on every change point (random parties with
    exact, monthly and open bounds, denunciations, and signatories who never consented)."""
    rng = random.Random(197)
    first = D(1990, 1, 1)
    for _ in range(20):
        participations = []
        for number in range(rng.randint(0, 60)):
            consent = _random_bounds(rng, first) if rng.random() < 0.9 else None
            denounced = None
            if consent is not None and consent.not_after and rng.random() < 0.2:
                denounced = _random_bounds(rng, consent.not_after)
            participations.append(
                Participation(party=f"P{number}", consent=consent, denunciation_effective=denounced)
            )
        expected = [
            (day, count_parties(participations, day)) for day in change_points(participations)
        ]
        assert parties_over_time(participations) == expected


def test_before_the_opening_there_is_no_signatory_even_where_a_date_is_open_on_the_early_side():
    signed_by = Participation(party="UKR", signature=DateBounds.between(None, "2008-01-23"))
    before = status_as_of([signed_by], D(1990, 1, 1), opened_on=OPENED)
    assert (before.parties, before.signatories) == ([], [])
    assert (before.counts["signatories"].min, before.counts["signatories"].max) == (0, 0)
    assert (before.counts["parties"].min, before.counts["parties"].max) == (0, 0)
    after = status_as_of([signed_by], OPENED, opened_on=OPENED)
    assert [s.participation.party for s in after.signatories] == ["UKR"]


def test_a_party_is_bound_only_from_the_entry_into_force_for_it():
    consented = Participation(
        "AAA",
        consent=DateBounds.parse("2010-02-17"),
        consent_kind="ratification",
        entry_into_force=DateBounds.parse("2010-03-19"),
    )
    unknown = Participation(
        "BBB", consent=DateBounds.parse("2009-01-05"), consent_kind="ratification"
    )
    before, after = D(2010, 3, 1), D(2010, 3, 19)
    assert (consented.is_party_on(before), consented.is_bound_on(before)) == (True, False)
    assert consented.is_bound_on(after) is True
    assert unknown.is_bound_on(before) is None  # its entry into force is not known
    status = status_as_of([consented, unknown], before, complete_until=D(2011, 1, 1))
    assert (status.counts["parties"].min, status.counts["parties"].max) == (2, 2)
    assert (status.counts["bound"].min, status.counts["bound"].max) == (0, 1)


def test_a_denounced_party_is_no_longer_bound():
    party = Participation(
        "AAA",
        consent=DateBounds.parse("2010-02-17"),
        consent_kind="ratification",
        entry_into_force=DateBounds.parse("2010-03-19"),
        denunciation_effective=DateBounds.parse("2015-01-01"),
    )
    assert party.is_bound_on(D(2014, 12, 31)) is True
    assert party.is_bound_on(D(2015, 1, 1)) is False


def test_a_status_lists_only_the_reservations_of_its_parties_and_signatories_by_then():
    actions = [
        act("DNK", "ratification", "2007-09-19"),
        act("DNK", "reservation", "2007-09-19", id_=1),
        act("FRA", "signature", "2008-01-02"),
        act("FRA", "reservation", "2008-01-02", id_=2),
        act("AUT", "ratification", "2010-01-01"),
        act("AUT", "reservation", "2010-01-01", id_=3),  # made after the day
        act("ISL", "ratification", "2010-03-01"),
        act("ISL", "reservation", "2006-01-01", id_=4),  # made before it was anything
        act("POL", "ratification", "2008"),
        act("POL", "reservation", "2008-02-01", id_=5),  # a party that day, or not yet
    ]
    reservations = [a for a in actions if a.kind == "reservation"]
    participations = derive(actions).participations.values()
    status = status_as_of(participations, D(2008, 6, 1), reservations, opened_on=OPENED)
    listed = {r.action.party: r.certain for r in status.reservations}
    assert listed == {"DNK": True, "FRA": True, "POL": False}
