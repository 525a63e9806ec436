"""Status as JSON-ready dicts, CSV and XLSX; shared by the CLI, the API and the public site."""

import csv
import datetime as dt
import io

from django.utils import translation

from plenipo.core.cache import remembered
from plenipo.core.partialdates import DateBounds
from plenipo.treaties.eif import Consent, instruments_still_needed
from plenipo.treaties.queries import InstrumentStatus, status_matrix, status_of

CSV_HEADER = [
    "party",
    "name",
    "status",
    "action",
    "date",
    "not_before",
    "not_after",
    "entry_into_force",
    "date_certain",
]


def _iso(bounds: DateBounds | None):
    return bounds.day.isoformat() if bounds is not None and bounds.is_exact else None


def _bounds_dict(bounds: DateBounds | None):
    if bounds is None:
        return None
    return {
        "not_before": bounds.not_before.isoformat() if bounds.not_before else None,
        "not_after": bounds.not_after.isoformat() if bounds.not_after else None,
    }


def _eif_result(instrument):
    derived = getattr(instrument, "derived", None)
    return (derived.eif if derived else None) or {}


def instrument_eif(instrument) -> DateBounds | None:
    computed = _eif_result(instrument).get("entry_into_force")
    if computed:
        return DateBounds.between(computed["not_before"], computed["not_after"])
    return None


def instrument_as_dict(instrument) -> dict:
    computed = instrument_eif(instrument)
    recorded = instrument.recorded_eif
    return {
        "code": instrument.code,
        "title": instrument.title,
        "kind": instrument.kind,
        "entry_into_force": _iso(computed) or _iso(recorded),
        "entry_into_force_computed": _bounds_dict(computed),
        "entry_into_force_recorded": _iso(recorded),
        "depositary": instrument.depositary,
        "adopted": str(instrument.adopted) if instrument.adopted else None,
        "opened_for_signature": str(instrument.opened) if instrument.opened else None,
        "source": instrument.source.reference,
    }


def _party_dict(row, kind_key: str) -> dict:
    item = row.participation
    bounds = item.signature if kind_key == "signature" else item.consent
    return {
        "state": row.code,
        "name": row.name,
        "party_type": "organization" if row.is_organization else "state",
        "action": "signature" if kind_key == "signature" else item.consent_kind,
        "date": _iso(bounds),
        "not_before": bounds.not_before.isoformat() if bounds and bounds.not_before else None,
        "not_after": bounds.not_after.isoformat() if bounds and bounds.not_after else None,
        "entry_into_force": _iso(item.entry_into_force),
        "entry_into_force_bounds": _bounds_dict(item.entry_into_force),
        "certain": row.certain,
    }


def remembered_status(instrument, day, *, members_of=None, chart=None) -> dict:
    """``status_as_dict`` of one instrument on one day (and, given ``chart``, what it draws
    from the status over time, under ``"chart"``), remembered until the data change
    (``core.cache``): the status pages and the API ask the same few questions many times."""

    def compute():
        result = status_of(instrument, day, members_of=members_of)
        payload = status_as_dict(result)
        if chart is not None:
            payload["chart"] = chart(result.over_time())
        return payload

    language = translation.get_language() or "en"
    organization = members_of.code if members_of else ""
    parts = (instrument.code, day.isoformat(), organization, language, bool(chart))
    if chart is not None:
        parts += (dt.date.today().isoformat(),)  # noqa: DTZ011 -- a chart runs up to today
    return remembered("status", parts, compute)


def remembered_matrix(day) -> dict[str, dict[str, int]]:
    """``status_matrix`` of one day, remembered until the data change: the home page's counts
    of every instrument (600 at the scale of the UN Treaty Collection) in one read."""
    return remembered("matrix", (day.isoformat(),), lambda: status_matrix(day))


def _not_yet(bounds: DateBounds | None, day: dt.date) -> str | None:
    """ "yes" when ``day`` is certainly before ``bounds``, "possibly" when it falls inside
    them, else None. A date bounded only from below ("on or after") says nothing of the
    days after that bound: the actions recorded under it speak for themselves."""
    if bounds is None or bounds.not_before is None:
        return None
    if day < bounds.not_before:
        return "yes"
    return "possibly" if bounds.not_after is not None and day < bounds.not_after else None


def opening_note(instrument, day: dt.date) -> str | None:
    """What a status on ``day`` must say first when the instrument did not yet exist or was
    not yet open on that day (from its recorded adoption and opening), else None."""
    for bounds, what in ((instrument.adopted, "adopted"), (instrument.opened, "opened")):
        verdict = _not_yet(bounds, day)
        if verdict is None:
            continue
        stage = "adopted" if what == "adopted" else "opened for signature"
        prefix = "not yet" if verdict == "yes" else "possibly not yet"
        return f"{prefix} {stage} on {day.isoformat()} ({what} {bounds})"
    return None


def in_force_note(instrument, day: dt.date) -> str | None:
    """What a status on ``day`` must say when the instrument itself was not yet in force
    then (its parties had consented, none was bound), from its computed entry into force,
    else the one its sources record; None once it is in force or when neither is known."""
    eif = instrument_eif(instrument) or instrument.recorded_eif
    verdict = _not_yet(eif, day)
    if verdict is None:
        return None
    prefix = "not yet" if verdict == "yes" else "possibly not yet"
    return f"{prefix} in force on {day.isoformat()} (entry into force {eif})"


def status_as_dict(result: InstrumentStatus) -> dict:
    status = result.status
    payload = {
        "instrument": instrument_as_dict(result.instrument),
        "as_of": result.as_of.isoformat(),
        "parties": [_party_dict(row, "consent") for row in result.parties],
        "signatories": [_party_dict(row, "signature") for row in result.signatories],
        "counts": {key: count.as_dict() for key, count in status.counts.items()},
        "reservations": [
            {
                "state": r.action.party,
                "date": _iso(r.action.when),
                "text": r.action.text,
                "certain": r.certain,
            }
            for r in status.reservations
        ],
    }
    note = opening_note(result.instrument, result.as_of)
    if note:
        payload["not_yet_open"] = note
    not_in_force = in_force_note(result.instrument, result.as_of)
    if not_in_force and not note:
        payload["not_yet_in_force"] = not_in_force
    eif = instrument_eif(result.instrument)
    rule = result.instrument.rule
    if rule and not (eif and eif.certainly_by(result.as_of)):
        consents = [
            Consent(p.participation.party, p.participation.consent, p.participation.is_organization)
            for p in status.parties
        ]
        payload["instruments_still_needed"] = instruments_still_needed(rule, consents, result.as_of)
    if result.members_of is not None:
        payload["members_of"] = result.members_of.code
        payload["members_not_parties"] = [
            {
                "state": item["state"].code,
                "name": item["name"],
                "signed": item["signed"],
                "certain_member": item["certain_member"],
            }
            for item in result.members_not_parties
        ]
    return payload


def eif_as_dict(instrument) -> dict:
    result = _eif_result(instrument)
    computed = instrument_eif(instrument)
    reached = result.get("threshold_reached_on") or {}
    rule = instrument.rule
    recorded = instrument.recorded_eif
    return {
        "code": instrument.code,
        "entry_into_force": _iso(computed),
        "bounds": _bounds_dict(computed),
        "recorded": _iso(recorded),
        "threshold_reached_on": reached.get("date"),
        "threshold_bounds": (
            {"not_before": reached.get("not_before"), "not_after": reached.get("not_after")}
            if reached
            else None
        ),
        "nth_instrument": result.get("nth_party"),
        "rule": rule.describe() if rule else None,
        "missing": result.get("undetermined", []),
        "complete_until": result.get("complete_until"),
        "notes": result.get("notes", []),
        "agrees_with_record": (
            None
            if computed is None or recorded is None or not computed.is_exact
            else computed.day == recorded.day
        ),
    }


def status_rows(result: InstrumentStatus):
    for row in result.parties:
        item = _party_dict(row, "consent")
        yield [
            item["state"],
            item["name"],
            "party",
            item["action"] or "",
            item["date"] or "",
            item["not_before"] or "",
            item["not_after"] or "",
            item["entry_into_force"] or "",
            "yes" if item["certain"] else "no",
        ]
    for row in result.signatories:
        item = _party_dict(row, "signature")
        yield [
            item["state"],
            item["name"],
            "signatory",
            "signature",
            item["date"] or "",
            item["not_before"] or "",
            item["not_after"] or "",
            "",
            "yes" if item["certain"] else "no",
        ]
    if result.members_of is not None:
        # The members that are not parties, as the status page lists them: the day of
        # signature is in the signatory rows above; "certain" is that of the membership.
        status = f"member of {result.members_of.code}, not a party"
        for item in result.members_not_parties:
            signed = "signed" if item["signed"] else "not signed"
            certain = "yes" if item["certain_member"] else "no"
            yield [item["state"].code, item["name"], status, signed, "", "", "", "", certain]


def export_status(result: InstrumentStatus, fmt: str):
    """(filename, content type, bytes) for one status table."""
    stem = f"{result.instrument.code}-status-{result.as_of.isoformat()}"
    if result.members_of is not None:
        stem += f"-members-of-{result.members_of.code}"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_HEADER)
        writer.writerows(status_rows(result))
        return f"{stem}.csv", "text/csv; charset=utf-8", buffer.getvalue().encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Status"
        title = f"{result.instrument.code}: status as of {result.as_of.isoformat()}"
        if result.members_of is not None:
            title += f", with the members of {result.members_of.code} not parties"
        sheet.append([title])
        sheet.append(CSV_HEADER)
        for row in status_rows(result):
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return (
            f"{stem}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            buffer.getvalue(),
        )
    if fmt == "json":
        import json  # noqa: PLC0415

        body = json.dumps(status_as_dict(result), ensure_ascii=False, indent=2)
        return f"{stem}.json", "application/json", body.encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")
