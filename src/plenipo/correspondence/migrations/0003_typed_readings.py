"""Stored readings to the typed shape of ``plenipo.reading.model``.

Before: evidence only for some fields (an empty list where a field found nothing, which the
review page could not show), one confidence per field, meetings dated only by
``start_date``/``end_date`` (``null`` when the letter gave less than a day), and an
enclosure recorded from another letter with ``{"date": …}`` alone. After: every value has
its evidence and confidence; meetings carry ``start``/``end`` bounds. The conversion is
written out here, as the shapes stood, so that later changes to the reader cannot change
what this migration does.
"""

import datetime as dt

from django.db import migrations

MENTIONS = ["addressees", "instruments_cited", "documents_cited", "requested_actions"]
MENTION_CONFIDENCE = {
    "addressees": 0.7,
    "instruments_cited": 0.8,
    "documents_cited": 0.7,
    "requested_actions": 0.6,
}


def _find(text, value, after=0):
    start = text.find(value, after) if value else -1
    return [start, start + len(value)] if start >= 0 else None


def _meeting(meeting, own_date):
    start, end = meeting.get("start_date"), meeting.get("end_date")
    if start:
        meeting["start"], meeting["end"] = start, end or start
    else:
        # The letter gave no day; the reader keeps only meetings to come, so after its date.
        after = dt.date.fromisoformat(own_date) + dt.timedelta(days=1) if own_date else None
        bounds = {"not_before": after.isoformat() if after else None, "not_after": None}
        meeting["start"], meeting["end"] = bounds, bounds
    return meeting


def _mentions(reading, text, evidence, confidence):
    for key in MENTIONS:
        values = reading.setdefault(key, [])
        spans = evidence.get(key) or []
        if key == "documents_cited" or len(spans) != len(values):
            spans = [_find(text, value) for value in values]
        kept = [(v, s) for v, s in zip(values, spans, strict=True) if s]
        reading[key] = [v for v, _ in kept]
        evidence[key] = [s for _, s in kept]
        confidence[key] = [MENTION_CONFIDENCE[key]] * len(kept)
    reading["other_references"] = []
    evidence["other_references"], confidence["other_references"] = [], []


def _people(reading, text, evidence, confidence):
    if reading.get("sender") and not evidence.get("sender"):
        reading["sender"] = None
    if reading.get("sender"):
        confidence["sender"] = 0.7
    after = (evidence.get("sender") or [0, 0])[1]
    kept, spans = [], []
    for person in reading.get("co_signatories") or []:
        span = _find(text, person.get("name"), after)
        if span:
            kept.append(person)
            spans.append(span)
    reading["co_signatories"] = kept
    evidence["co_signatories"], confidence["co_signatories"] = spans, [0.7] * len(kept)


def converted(reading: dict, text: str, language: str | None = None) -> dict:
    """``language``: for an enclosure recorded without text, its enclosing letter's."""
    old_confidence = reading.get("confidence") or {}
    evidence = {k: v for k, v in (reading.get("evidence") or {}).items() if v}
    confidence = {"doc_type": old_confidence.get("doc_type", 0.0)}
    reading.setdefault("doc_type", "other")
    reading.setdefault("language", language or "en")
    for key in ("date", "place", "reference", "sender"):
        reading.setdefault(key, None)
    if reading["date"]:
        confidence["date"] = old_confidence.get("date") or 0.5
    if reading["reference"] and evidence.get("reference"):
        confidence["reference"] = old_confidence.get("reference") or 0.5
    else:
        reading["reference"] = None
    _people(reading, text, evidence, confidence)
    _mentions(reading, text, evidence, confidence)
    reading["meetings"] = [_meeting(m, reading["date"]) for m in reading.get("meetings") or []]
    reading.setdefault("deadlines", [])
    reading.setdefault("enclosures", [])
    reading["evidence"], reading["confidence"] = evidence, confidence
    return reading


def forwards(apps, schema_editor):
    IncomingLetter = apps.get_model("correspondence", "IncomingLetter")
    for letter in IncomingLetter.objects.select_related("enclosed_in").order_by("pk"):
        enclosing = letter.enclosed_in.reading if letter.enclosed_in else {}
        letter.reading = converted(
            dict(letter.reading or {}), letter.text, enclosing.get("language")
        )
        letter.save(update_fields=["reading"])


class Migration(migrations.Migration):
    dependencies = [("correspondence", "0002_incomingletter_task")]

    # Backwards: the new shape keeps every old key, so old code reads it unchanged.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
