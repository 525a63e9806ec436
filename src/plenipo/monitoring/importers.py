"""The monitoring sections of data files: mechanisms, rounds, steps."""

from plenipo.bodies.queries import get_body
from plenipo.core.importing import check_keys, register_section, sources_of, strip
from plenipo.monitoring.models import Step
from plenipo.monitoring.procedure import ORDER, StepKind
from plenipo.monitoring.queries import get_mechanism, get_round
from plenipo.monitoring.services import steps as services
from plenipo.registry.services.states import ensure_state
from plenipo.treaties.queries import get_instrument

STEP_KEYS = {
    "mechanism",
    "round",
    "state",
    "kind",
    "date",
    "end",
    "document",
    "source",
    "sources",
    "note",
    "conflicts",
}


def _load_mechanisms(run, documents, counts):
    def create(document, record):
        check_keys(
            record,
            {"code", "body", "instrument", "names", "source", "sources", "note"},
            "mechanism",
        )
        source, _ = sources_of(run, record)
        return services.define_mechanism(
            code=record["code"],
            names=strip(record["names"]),
            body=get_body(record["body"]),
            instrument=get_instrument(record["instrument"]),
            source=source,
            by=run.by,
        )

    run.each(documents, "mechanisms", lambda r: f"mechanism {r.get('code')}", create, counts)


def _load_rounds(run, documents, counts):
    def create(document, record):
        check_keys(
            record,
            {"mechanism", "number", "launched", "title", "timetable", "source", "sources", "note"},
            "round",
        )
        source, _ = sources_of(run, record)
        return services.open_round(
            mechanism=get_mechanism(record["mechanism"]),
            number=record["number"],
            launched=strip(record.get("launched")),
            title=record.get("title") or "",
            timetable=strip(record.get("timetable")),
            source=source,
            by=run.by,
        )

    run.each(documents, "rounds", lambda r: f"round {r.get('number')}", create, counts)


def _load_steps(run, documents, counts):
    def create(document, record):
        check_keys(record, STEP_KEYS, "step")
        source, _ = sources_of(run, record)
        mechanism = get_mechanism(record["mechanism"])
        return services.record_step(
            evaluation_round=get_round(mechanism, record["round"]),
            state=ensure_state(record["state"], by=None),
            kind=record["kind"],
            date=strip(record.get("date")),
            end=strip(record.get("end")),
            document=str(record.get("document") or ""),
            note=record.get("note") or "",
            conflicts=strip(record.get("conflicts") or []),
            source=source,
            by=run.by,
        )

    def order(item):
        _, record = item
        kind = record.get("kind")
        return ORDER.index(StepKind(kind)) if kind in StepKind.__members__.values() else 99

    # Steps in procedural order, so that the order check sees the earlier ones first.
    pending = sorted(((d, r) for d in documents for r in d.data.get("steps") or []), key=order)
    for document, record in pending:
        label = f"{record.get('state')} {record.get('kind')} (round {record.get('round')})"
        if run.attempt(document, record, label, lambda d=document, r=record: create(d, r)):
            counts["steps"] = counts.get("steps", 0) + 1
    return Step


def register():
    register_section(order=50, keys={"mechanisms"}, load=_load_mechanisms)
    register_section(order=51, keys={"rounds"}, load=_load_rounds)
    register_section(order=52, keys={"steps"}, load=_load_steps)
