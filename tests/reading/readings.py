"""What the rule tests ask of a reading, shared: each rule test file reads short made-up
letters and looks at one field."""

from plenipo.reading import read_text
from plenipo.reading.instruments import canonical


def reading(text):
    return read_text(text).to_json()


def kind(text):
    return reading(text)["doc_type"]


def sender_name(text):
    return (reading(text)["sender"] or {}).get("name")


def addressees(text):
    return reading(text)["addressees"]


def meetings_of(text):
    return [(m["start_date"], m["start_time"], m["status"]) for m in reading(text)["meetings"]]


def meeting_days(text):
    return [(m["start_date"], m["end_date"]) for m in reading(text)["meetings"]]


def actions_of(text):
    return reading(text)["requested_actions"]


def enclosed(text):
    return [e["description"] for e in reading(text)["enclosures"]]


def cited(text):
    return [canonical(x) for x in reading(text)["instruments_cited"]]
