"""Entry into force, computed from a final clause written as data. Pure Python.

A rule reads, for example (CETS No. 197, art. 42):

    {"threshold": 10, "min_members": {"organization": "COE", "count": 8},
     "delay": {"kind": "first_day_of_month_after_months", "amount": 3},
     "later_delay": {"kind": "first_day_of_month_after_months", "amount": 3},
     "article": "Art. 42"}

Dates are ``DateBounds``: when deposits are known only within bounds, so is the result, and
the parties whose dates leave it open are named instead of guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from plenipo.core.partialdates import ONE_DAY, DateBounds

# "deposit": a consent whose kind (ratification, accession, ...) no source states.
CONSENT_KINDS = frozenset(
    {"ratification", "acceptance", "approval", "accession", "succession", "deposit"}
)


class RuleError(ValueError):
    """A final clause that cannot be read."""


class DelayKind(StrEnum):
    DAYS_AFTER = "days_after"
    MONTHS_AFTER = "months_after"
    FIRST_OF_MONTH_AFTER_MONTHS = "first_day_of_month_after_months"


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Delay:
    kind: DelayKind
    amount: int

    @classmethod
    def parse(cls, spec) -> Delay:
        if not isinstance(spec, dict) or set(spec) != {"kind", "amount"}:
            raise RuleError(f"a delay needs exactly 'kind' and 'amount', got {spec!r}")
        try:
            kind = DelayKind(spec["kind"])
        except ValueError:
            known = ", ".join(k.value for k in DelayKind)
            raise RuleError(f"unknown delay kind {spec['kind']!r} (known: {known})") from None
        amount = spec["amount"]
        if not isinstance(amount, int) or amount < 0:
            raise RuleError(f"a delay amount must be a whole number of days or months: {amount!r}")
        return cls(kind, amount)

    def apply(self, day: dt.date) -> dt.date:
        """The date this delay after ``day`` falls on."""
        if self.kind is DelayKind.DAYS_AFTER:
            # "the ninetieth day after the date of deposit" is deposit + 90 days.
            return day + dt.timedelta(days=self.amount)
        if self.kind is DelayKind.MONTHS_AFTER:
            # "one year after the date of receipt of the notification".
            return add_months(day, self.amount)
        # "the first day of the month following the expiration of a period of three months
        # after the date of deposit".
        expiry = add_months(day, self.amount)
        return (expiry.replace(day=1) + dt.timedelta(days=32)).replace(day=1)

    def as_dict(self) -> dict:
        return {"kind": self.kind.value, "amount": self.amount}

    def __str__(self) -> str:
        if self.kind is DelayKind.DAYS_AFTER:
            return f"the {_ordinal(self.amount)} day after"
        if self.kind is DelayKind.MONTHS_AFTER:
            return f"{self.amount} months after"
        return f"the first day of the month following {self.amount} months after"


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


@dataclass(frozen=True, slots=True)
class EntryIntoForceRule:
    threshold: int
    delay: Delay
    later_delay: Delay
    min_members: tuple[str, int] | None = None
    not_before_instrument: str | None = None
    count_organizations: bool = False
    denunciation_delay: Delay | None = None
    article: str = ""

    KEYS = frozenset(
        {
            "threshold",
            "delay",
            "later_delay",
            "min_members",
            "not_before_instrument",
            "count_organizations",
            "denunciation_delay",
            "article",
        }
    )

    @classmethod
    def parse(cls, spec) -> EntryIntoForceRule:
        if not isinstance(spec, dict):
            raise RuleError("an entry-into-force clause must be a mapping")
        unknown = set(spec) - cls.KEYS
        if unknown:
            raise RuleError(f"unknown keys in entry-into-force clause: {sorted(unknown)}")
        threshold = spec.get("threshold")
        if not isinstance(threshold, int) or threshold < 1:
            raise RuleError(f"threshold must be a positive number of instruments: {threshold!r}")
        min_members = None
        if spec.get("min_members"):
            members = spec["min_members"]
            if not isinstance(members, dict) or set(members) != {"organization", "count"}:
                raise RuleError("min_members needs 'organization' and 'count'")
            if not 0 < members["count"] <= threshold:
                raise RuleError("min_members count must be between 1 and the threshold")
            min_members = (str(members["organization"]), int(members["count"]))
        return cls(
            threshold=threshold,
            delay=Delay.parse(spec.get("delay")),
            later_delay=Delay.parse(spec.get("later_delay")),
            min_members=min_members,
            not_before_instrument=spec.get("not_before_instrument"),
            count_organizations=bool(spec.get("count_organizations", False)),
            denunciation_delay=(
                Delay.parse(spec["denunciation_delay"]) if spec.get("denunciation_delay") else None
            ),
            article=str(spec.get("article", "")),
        )

    def as_dict(self) -> dict:
        result = {
            "threshold": self.threshold,
            "delay": self.delay.as_dict(),
            "later_delay": self.later_delay.as_dict(),
            "count_organizations": self.count_organizations,
            "article": self.article,
        }
        if self.min_members:
            result["min_members"] = {
                "organization": self.min_members[0],
                "count": self.min_members[1],
            }
        if self.not_before_instrument:
            result["not_before_instrument"] = self.not_before_instrument
        if self.denunciation_delay:
            result["denunciation_delay"] = self.denunciation_delay.as_dict()
        return result

    def describe(self) -> str:
        text = f"{self.delay} the deposit of the {_ordinal(self.threshold)} instrument"
        if self.min_members:
            org, count = self.min_members
            text += f", at least {count} of them by members of {org}"
        if self.not_before_instrument:
            text += f", but not before {self.not_before_instrument} is in force"
        text += f"; for later parties, {self.later_delay} their own deposit"
        return f"{self.article}: {text}" if self.article else text


@dataclass(frozen=True, slots=True)
class Consent:
    """One expression of consent to be bound, as the rule needs to see it."""

    party: str
    when: DateBounds
    is_organization: bool = False
    is_member: bool = False  # of the rule's min_members organization, at deposit


@dataclass(frozen=True)
class ThresholdResult:
    reached_on: DateBounds | None  # None: not reached on the recorded data
    entry_into_force: DateBounds | None
    nth_party: str | None  # the party whose deposit met the threshold, when determinable
    undetermined: tuple[str, ...] = ()  # parties whose inexact dates leave it open
    complete_until: dt.date | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_exact(self) -> bool:
        return self.entry_into_force is not None and self.entry_into_force.is_exact


def _first_reaching(rule: EntryIntoForceRule, dated: list[tuple[dt.date, Consent]]):
    """Earliest date at which the consents (sorted by date) satisfy the threshold."""
    members = 0
    for total, (day, consent) in enumerate(dated, start=1):
        members += consent.is_member
        member_ok = rule.min_members is None or members >= rule.min_members[1]
        if total >= rule.threshold and member_ok:
            return day, consent.party
    return None, None


def threshold_reached(
    rule: EntryIntoForceRule,
    consents: list[Consent],
    *,
    opened_on: dt.date,
    complete_until: dt.date | None = None,
    prerequisite_eif: DateBounds | None = None,
) -> ThresholdResult:
    """When the threshold was reached and the instrument entered into force.

    ``complete_until`` is the last day up to which the recorded consents are known to be
    all there were (from a complete status snapshot); before it nothing unrecorded can
    have happened, after it something may have.
    """
    counted = [c for c in consents if rule.count_organizations or not c.is_organization]
    by_latest = sorted(
        ((c.when.not_after, c) for c in counted if c.when.not_after), key=lambda x: x[0]
    )
    upper, upper_party = _first_reaching(rule, by_latest)
    by_earliest = sorted(((c.when.not_before or opened_on, c) for c in counted), key=lambda x: x[0])
    lower, lower_party = _first_reaching(rule, by_earliest)

    notes = []
    floor = (complete_until + ONE_DAY) if complete_until else opened_on
    if lower is None or lower > floor:
        if upper is None or floor < upper:
            notes.append(
                "no source shows the recorded parties to be complete after "
                f"{(floor - ONE_DAY).isoformat()}: an unrecorded deposit could come first"
            )
        lower = floor if lower is None else min(lower, floor)

    if upper is None:
        return ThresholdResult(None, None, None, (), complete_until, tuple(notes))

    reached = DateBounds.between(min(lower, upper), upper)
    undetermined = tuple(
        sorted(
            c.party
            for c in counted
            if not c.when.is_exact
            and c.when.possibly_by(upper)
            and (c.when.not_after is None or c.when.not_after >= reached.not_before)
        )
    )
    nth = upper_party if reached.is_exact and upper_party == lower_party else None
    eif = reached.map(rule.delay.apply)
    if prerequisite_eif is not None:
        eif = latest_of(eif, prerequisite_eif)
    return ThresholdResult(reached, eif, nth, undetermined, complete_until, tuple(notes))


def latest_of(first: DateBounds, second: DateBounds) -> DateBounds:
    """Bounds of max(x, y) for x within ``first`` and y within ``second``."""

    def _max(a, b):
        return None if a is None or b is None else max(a, b)

    low = max(filter(None, (first.not_before, second.not_before)), default=None)
    return DateBounds.between(low, _max(first.not_after, second.not_after))


def party_entry_into_force(
    rule: EntryIntoForceRule,
    deposit: DateBounds,
    *,
    threshold: ThresholdResult,
) -> DateBounds | None:
    """Entry into force for one party that deposited within ``deposit``."""
    if threshold.entry_into_force is None:
        return None
    treaty_eif = threshold.entry_into_force
    reached = threshold.reached_on
    own = latest_of(deposit.map(rule.later_delay.apply), treaty_eif)
    if deposit.not_after is not None and deposit.not_after <= reached.not_before:
        return treaty_eif  # among the instruments that brought it into force
    if deposit.not_before is not None and deposit.not_before > reached.not_after:
        return own
    return DateBounds.between(
        min(filter(None, (treaty_eif.not_before, own.not_before)), default=None),
        None
        if treaty_eif.not_after is None or own.not_after is None
        else max(treaty_eif.not_after, own.not_after),
    )


def instruments_still_needed(
    rule: EntryIntoForceRule, consents: list[Consent], on: dt.date
) -> dict[str, int]:
    """How many more instruments (and member instruments) the rule needs, counting those
    certainly deposited by ``on``."""
    counted = [
        c
        for c in consents
        if (rule.count_organizations or not c.is_organization) and c.when.certainly_by(on)
    ]
    needed = {"instruments": max(0, rule.threshold - len(counted))}
    if rule.min_members:
        members = sum(c.is_member for c in counted)
        needed["member_instruments"] = max(0, rule.min_members[1] - members)
    return needed
