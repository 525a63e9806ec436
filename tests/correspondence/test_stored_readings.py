"""Readings stored before the reading was typed, converted by the data migration."""

import importlib
import json
from pathlib import Path

import pytest

from plenipo.core.partialdates import DateBounds
from plenipo.reading import Reading

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
migration = importlib.import_module("plenipo.correspondence.migrations.0003_typed_readings")


def stored(name):
    """A reading in the format the previous reader stored, and the letter's text: a seed
    from the corpus with the reading the previous reader stored of it, or a made-up letter
    kept beside a reading written by hand in that format."""
    old = json.loads((HERE / "stored" / f"{name}.json").read_text(encoding="utf-8"))
    made_up = HERE / "stored" / f"{name}.txt"
    letter = made_up if made_up.exists() else CORPUS / f"{name}.txt"
    return old, letter.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["seed_002", "made_up_call_for_speakers"])
def test_every_stored_reading_reads_back_typed(name):
    old, text = stored(name)
    reading = Reading.from_json(migration.converted(old, text))
    for span, _ in reading.marks():
        assert 0 <= span.start < span.end <= len(text)


def test_stored_meetings_keep_their_days_and_a_dayless_one_comes_after_the_letter():
    old, text = stored("seed_002")
    reading = Reading.from_json(migration.converted(old, text))
    days = {str(m.start) for m in reading.meetings if m.start.is_exact}
    assert days == {"2017-06-29", "2017-07-06", "2017-09-27"}
    [dayless] = [m for m in reading.meetings if not m.start.is_exact]
    assert (dayless.date_text, dayless.start) == (
        "the following week",
        DateBounds.between("2017-06-20", None),
    )
    assert [a.text for a in reading.addressees] == old["addressees"]


def test_a_letter_naming_no_addressee_converts_with_no_addressee():
    old, text = stored("made_up_call_for_speakers")
    assert old["evidence"]["addressees"] == []  # what the review page could not show
    reading = Reading.from_json(migration.converted(old, text))
    assert (reading.addressees, reading.deadlines[0].due) == ((), DateBounds.parse("2020-09-25"))


def test_an_enclosure_record_takes_its_enclosing_letters_language():
    reading = Reading.from_json(migration.converted({"date": "2017-06-16"}, "", "fr"))
    assert (reading.language, str(reading.date.bounds), reading.date.evidence) == (
        "fr",
        "2017-06-16",
        None,
    )
