"""Reads of treaty status shared by the public site, the API, the exports and the CLI."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import translation

from plenipo.core.errors import NotFound
from plenipo.core.fields import span_covers_q
from plenipo.core.listing import matches
from plenipo.core.partialdates import DateBounds, Precision
from plenipo.core.userdates import user_day
from plenipo.registry.models import Organization, localized
from plenipo.registry.queries import interface_language, members_on, official_names_on
from plenipo.treaties import status as engine
from plenipo.treaties.codes import lookup_key
from plenipo.treaties.models import (
    Action,
    ActionKind,
    DerivedNote,
    Instrument,
    InstrumentAlias,
    Participation,
)
from plenipo.treaties.services.status import action_facts


def get_instrument(code: str) -> Instrument:
    alias = (
        InstrumentAlias.objects.filter(key=lookup_key(code or ""))
        .select_related("instrument__source", "instrument__derived")  # what summaries read
        .first()
    )
    if alias is None:
        known = ", ".join(Instrument.objects.values_list("code", flat=True))
        raise NotFound(f"unknown instrument code {code!r} (known: {known})")
    return alias.instrument


def parse_as_of(text, instrument: Instrument) -> dt.date:
    """The day a status is asked for, from user input (empty: today). Any well-formed day
    is answered, one before the opening too: no party, no signatory, and the status says
    the instrument was not yet open (``exporters.opening_note``)."""
    return user_day(text)


def parse_day_since_opening(text, instrument: Instrument) -> dt.date:
    """A day from user input (empty: today) for what only exists once the instrument is
    open (a ratification campaign, its monitoring): refused before the opening."""
    return user_day(text, opened=instrument.open_from, code=instrument.code)


@dataclass(frozen=True)
class PartyRow:
    code: str
    name: str
    is_organization: bool
    certain: bool
    participation: engine.Participation
    consent_bounds: DateBounds | None


@dataclass(frozen=True)
class InstrumentStatus:
    instrument: Instrument
    as_of: dt.date
    status: engine.Status
    names: dict[str, str]
    derived: DerivedNote | None
    members_of: Organization | None = None
    members: list | None = None  # [(State, certain)] members of ``members_of`` on as_of
    participations: tuple = ()  # every party's engine view, for charts over time

    def over_time(self):
        return engine.parties_over_time(self.participations)

    def rows(self, items) -> list[PartyRow]:
        return [
            PartyRow(
                code=i.participation.party,
                name=self.names.get(i.participation.party, i.participation.party),
                is_organization=i.participation.is_organization,
                certain=i.certain,
                participation=i.participation,
                consent_bounds=i.participation.consent,
            )
            for i in items
        ]

    @property
    def parties(self) -> list[PartyRow]:
        return sorted(self.rows(self.status.parties), key=lambda r: r.name)

    @property
    def signatories(self) -> list[PartyRow]:
        return sorted(self.rows(self.status.signatories), key=lambda r: r.name)

    @property
    def members_not_parties(self):
        if self.members is None:
            return None
        party_codes = {p.participation.party for p in self.status.parties if p.certain}
        signed = {s.participation.party for s in self.status.signatories}
        # Members are named as the parties are: by the UN, on the day asked about.
        rows = [
            {
                "state": state,
                "name": self.names.get(state.code) or state.name,
                "signed": state.code in signed,
                "certain_member": certain,
            }
            for state, certain in self.members
            if state.code not in party_codes
        ]
        return sorted(rows, key=lambda row: row["name"])


def party_on_q(day: dt.date, *, through: str = "") -> tuple[Q, Q]:
    """``(certainly, possibly)`` a party on ``day``, as SQL over stored participations:
    the same rule as ``engine.Participation.is_party_on`` (consent up to the day the
    denunciation takes effect), from the same span definition."""
    return span_covers_q(Participation.consent, Participation.out, day, through=through)


_DATED = (
    ("signature", Participation.signature),
    ("consent", Participation.consent),
    ("denunciation_effective", Participation.out),
    ("entry_into_force", Participation.eif),
    ("recorded_eif", Participation.recorded_eif),
)
_PRECISIONS = {p.value: p for p in Precision}


def stored_participations(instrument: Instrument) -> tuple[list[engine.Participation], dict]:
    """Every party's stored participation in the engine's terms (``participation_facts``),
    and the name each goes by where the UN names it nowhere (CLDR's, an organization's
    own), in one query of plain columns: no model is built for each of some 200 parties."""
    columns = ["party_code", "organization_id", "consent_kind", "consent_action_id"]
    columns += ["implied_by_snapshot_id", "state__names", "organization__names"]
    for _, field in _DATED:
        columns += [field.not_before, field.not_after, field.precision]
    facts, names = [], {}
    for row in Participation.objects.filter(instrument=instrument).values_list(*columns):
        code, organization, kind, action, snapshot, state_names, organization_names = row[:7]
        dates, rest = {}, row[7:]
        for i, (name, _) in enumerate(_DATED):
            not_before, not_after, precision = rest[3 * i : 3 * i + 3]
            dates[name] = (
                DateBounds(not_before, not_after, _PRECISIONS[precision]) if precision else None
            )
        facts.append(
            engine.Participation(
                party=code,
                is_organization=organization is not None,
                consent_kind=kind or None,
                consent_action_id=action,
                implied_by_snapshot=snapshot,
                **dates,
            )
        )
        own_names = state_names if state_names is not None else organization_names
        if own_names is not None:
            names[code] = localized(own_names)
    return facts, names


def status_of(
    instrument: Instrument, as_of: dt.date, *, members_of: Organization | None = None
) -> InstrumentStatus:
    """The status of one instrument on one day, in a constant number of queries."""
    facts, names = stored_participations(instrument)
    # Parties are named as the United Nations named them on the day asked about.
    names.update(official_names_on(as_of, language=interface_language(translation.get_language())))
    reservations = Action.objects.filter(
        instrument=instrument, kind__in=["reservation", "withdrawal"]
    ).select_related("state", "organization")
    derived = DerivedNote.objects.filter(instrument=instrument).first()
    status = engine.status_as_of(
        facts,
        as_of,
        reservations=action_facts(reservations),
        complete_until=derived.complete_until if derived else None,
        opened_on=instrument.open_from,
    )
    members = members_on(members_of, as_of) if members_of else None
    return InstrumentStatus(
        instrument, as_of, status, names, derived, members_of, members, tuple(facts)
    )


def actions_of_state(state):
    return (
        Action.objects.filter(state=state)
        .select_related("instrument", "source")
        .order_by("instrument__code", "date_not_before")
    )


def instruments_acted_on(state):
    """The instruments ``state`` has an action on, by code: what a state's page lists, a
    page of them at a time (a state may have acted on hundreds)."""
    acted_on = Action.objects.filter(state=state).values("instrument_id")
    return Instrument.objects.filter(pk__in=acted_on).only("code", "titles").order_by("code")


# What a list of actions shows: the kind, the date, the source's title and link.
ACTION_LISTED = (
    "instrument_id",
    "kind",
    Action.date.not_before,
    Action.date.not_after,
    Action.date.precision,
    "source__title",
    "source__url",
    "source__symbol",
)


@dataclass(frozen=True)
class InstrumentActions:
    instrument: Instrument
    actions: list[Action]


def actions_by_instrument(state, instruments) -> list[InstrumentActions]:
    """``state``'s actions on each of ``instruments`` (a page of ``instruments_acted_on``),
    earliest first, read in one query with their sources."""
    instruments = list(instruments)
    actions = (
        Action.objects.filter(state=state, instrument__in=instruments)
        .select_related("source")
        .only(*ACTION_LISTED)
        .order_by("date_not_before", "pk")
    )
    by_instrument: dict[int, list[Action]] = {}
    for action in actions:
        by_instrument.setdefault(action.instrument_id, []).append(action)
    return [InstrumentActions(i, by_instrument.get(i.pk, [])) for i in instruments]


def instrument_names() -> list[tuple[str, list[str]]]:
    """(code, every name it goes by: titles, short title, aliases) of each instrument."""
    rows = []
    for instrument in Instrument.objects.prefetch_related("aliases").order_by("code"):
        names = [
            instrument.code,
            *instrument.titles.values(),
            instrument.short_title,
            *(alias.alias for alias in instrument.aliases.all()),
        ]
        # each once: titles are registered as aliases too
        rows.append((instrument.code, list(dict.fromkeys(name for name in names if name))))
    return rows


def action_kinds() -> list[tuple[str, str]]:
    """The kinds of action a depositary records, as (value, label) for a form's choices."""
    return list(ActionKind.choices)


def instrument_codes() -> list[str]:
    return list(Instrument.objects.order_by("code").values_list("code", flat=True))


def all_instruments():
    """Instruments for lists, with what their summaries read."""
    return Instrument.objects.select_related("derived", "source", "depositary_organization")


def search_instruments(text):
    """Instruments whose code, titles (any authentic language), short title, adoption
    symbol or depositary hold every word of ``text``; accents and case aside."""
    instruments = all_instruments().order_by("code")
    if not str(text or "").split():
        return instruments
    columns = ("pk", "code", "short_title", "titles", "adoption_symbol", "depositary")
    found = [
        row["pk"]
        for row in Instrument.objects.values(*columns)
        if matches(
            text,
            row["code"],
            row["short_title"],
            row["adoption_symbol"],
            row["depositary"],
            *(row["titles"] or {}).values(),
        )
    ]
    return instruments.filter(pk__in=found)


def status_matrix(as_of: dt.date) -> dict[str, dict[str, int]]:
    """Party counts {min, max} of every instrument on one day, in one aggregate query."""
    certain, possible = party_on_q(as_of, through="participations")
    columns = ["code", "derived__complete_until", "opened_not_before", "adopted_not_before"]
    rows = Instrument.objects.values_list(*columns).annotate(
        low=Count("participations", filter=certain), high=Count("participations", filter=possible)
    )
    matrix = {}
    for code, complete, opened, adopted, low, high in rows:
        open_from = opened or adopted  # as ``Instrument.open_from``, from the same columns
        if open_from and as_of < open_from:
            matrix[code] = {"min": 0, "max": 0}  # as ``status_of``: none before the opening
            continue
        complete_then = engine.records_complete_on(as_of, complete)
        matrix[code] = {"min": low, "max": high if complete_then else None}
    return matrix


def data_coverage() -> dict:
    """Per instrument: how many actions have an exact day, parties recorded, gaps and
    contradictions found by the last status computation."""
    report = {}
    for instrument in Instrument.objects.select_related("derived").order_by("code"):
        actions = instrument.actions.all()
        total = actions.count()
        exact = actions.filter(Action.date.is_exact()).count()
        derived = getattr(instrument, "derived", None)
        report[instrument.code] = {
            "actions": total,
            "exact_actions": exact,
            "exact_share": exact / total if total else 0.0,
            "parties_recorded": instrument.participations.filter(
                Participation.consent.is_set()
            ).count(),
            "gaps": derived.gaps if derived else [],
            "contradictions": derived.contradictions if derived else [],
            "entry_into_force_disagreements": eif_disagreements(instrument),
            "date_conflicts": source_conflicts(actions),
        }
    return report


def source_conflicts(actions) -> list[dict]:
    """Actions whose sources give different dates: the kept one, and the others."""
    found = []
    for action in actions.exclude(conflicts=[]).select_related("source", "state", "organization"):
        others = [c for c in action.conflicts if c.get("date")]
        if not others:
            continue
        unresolved = any(c.get("unresolved") for c in others)
        said = "; ".join(
            f"{c.get('source', 'another source')} gives {DateBounds.parse(c['date'])}"
            for c in others
        )
        found.append(
            {
                "party": action.party_code,
                "kind": action.kind,
                "date": str(action.date),
                "source": action.source.key,
                "other": action.conflicts,
                "unresolved": unresolved,
                "message": (
                    f"{action.party_code} {action.kind}: {action.source.key} gives "
                    f"{action.date}; {said}; "
                    + ("unresolved: the status spans them" if unresolved else f"{action.date} kept")
                ),
            }
        )
    return found


def _disjoint(one: DateBounds, other: DateBounds) -> bool:
    return bool(
        (one.not_after and other.not_before and one.not_after < other.not_before)
        or (other.not_after and one.not_before and other.not_after < one.not_before)
    )


def eif_disagreements(instrument: Instrument) -> list[dict]:
    """Where the entry into force computed from the final clauses cannot be the one a
    source states: for the instrument, and for each party."""
    found = []
    derived = getattr(instrument, "derived", None)
    computed = (derived.eif.get("entry_into_force") if derived else None) or None
    if computed and instrument.recorded_eif:
        bounds = DateBounds.between(computed["not_before"], computed["not_after"])
        if _disjoint(bounds, instrument.recorded_eif):
            found.append(
                {"party": None, "computed": str(bounds), "stated": str(instrument.recorded_eif)}
            )
    rows = instrument.participations.filter(
        Participation.eif.is_set(), Participation.recorded_eif.is_set()
    )
    for row in rows:
        if _disjoint(row.eif, row.recorded_eif):
            found.append(
                {"party": row.party_code, "computed": str(row.eif), "stated": str(row.recorded_eif)}
            )
    return found
