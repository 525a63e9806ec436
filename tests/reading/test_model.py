"""The typed reading: JSON round trips, refusals of malformed JSON, bounds for partial dates."""

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plenipo.core.partialdates import DateBounds, Precision
from plenipo.reading import (
    Deadline,
    Enclosure,
    Meeting,
    Mention,
    OwnDate,
    Person,
    Reading,
    ReadingFormatError,
    Span,
    read_text,
)
from plenipo.reading.dates import find_dates, relative_bounds

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
D = dt.date

days = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))
optional_text = st.none() | st.text(max_size=30)
confidences = st.floats(min_value=0, max_value=1, allow_nan=False)


@st.composite
def spans(draw):
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


@st.composite
def bounds(draw):
    kind = draw(st.sampled_from(["day", "month", "year", "between", "after", "before", "open"]))
    day, other = draw(days), draw(days)
    low, high = min(day, other), max(day, other)
    return {
        "day": DateBounds.exact(day),
        "month": DateBounds.month(day.year, day.month),
        "year": DateBounds.year(day.year),
        "between": DateBounds.between(low, high),
        "after": DateBounds(not_before=day),
        "before": DateBounds(not_after=day),
        "open": DateBounds(),
    }[kind]


mentions = st.builds(Mention, st.text(max_size=40), spans(), confidences)
people = st.builds(Person, optional_text, optional_text, optional_text, spans(), confidences)
meetings = st.builds(
    Meeting,
    title=st.text(max_size=40),
    start=bounds(),
    end=bounds(),
    date_text=st.text(max_size=30),
    start_time=st.none() | st.sampled_from(["10:00", "15:30"]),
    end_time=st.none() | st.just("17:00"),
    room=optional_text,
    venue=optional_text,
    city=optional_text,
    status=st.sampled_from(["scheduled", "tentative", "postponed", "cancelled"]),
    evidence=spans(),
    confidence=confidences,
)
deadlines = st.builds(
    Deadline, st.text(max_size=40), bounds(), optional_text, st.text(max_size=20), spans(),
    confidences,
)  # fmt: skip
enclosures = st.builds(Enclosure, st.text(max_size=40), st.none() | bounds(), spans(), confidences)
# an undated record is only made for the place it holds
own_dates = st.builds(OwnDate, bounds(), optional_text, st.none() | spans(), confidences).filter(
    lambda own: own.dated or own.place is not None
)
readings = st.builds(
    Reading,
    doc_type=st.sampled_from(["letter", "note_verbale", "information_note", "other"]),
    language=st.sampled_from(["en", "fr", "es"]),
    doc_type_confidence=confidences,
    date=st.none() | own_dates,
    date_text=optional_text,
    reference=st.none() | mentions,
    other_references=st.lists(mentions, max_size=2).map(tuple),
    sender=st.none() | people,
    co_signatories=st.lists(people, max_size=2).map(tuple),
    addressees=st.lists(mentions, max_size=3).map(tuple),
    enclosures=st.lists(enclosures, max_size=2).map(tuple),
    instruments=st.lists(mentions, max_size=3).map(tuple),
    documents=st.lists(mentions, max_size=2).map(tuple),
    meetings=st.lists(meetings, max_size=3).map(tuple),
    deadlines=st.lists(deadlines, max_size=2).map(tuple),
    actions=st.lists(mentions, max_size=2).map(tuple),
)


@settings(max_examples=200, deadline=None)
@given(readings)
def test_any_reading_survives_a_json_round_trip(reading):
    stored = json.loads(json.dumps(reading.to_json()))
    assert Reading.from_json(stored) == reading


@pytest.mark.parametrize("name", sorted(p.stem for p in CORPUS.glob("*.txt")))
def test_every_corpus_reading_survives_a_json_round_trip(name):
    reading = read_text((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    assert Reading.from_json(json.loads(json.dumps(reading.to_json()))) == reading


def test_partial_dates_are_written_as_in_data_files():
    march = Deadline("send", DateBounds.month(2018, 3), None, "by", Span(0, 4), 0.5)
    assert march.to_json()["date"] == "2018-03"
    later = Meeting(
        title="informal",
        start=DateBounds(not_before=D(2017, 6, 20)),
        end=DateBounds(not_before=D(2017, 6, 20)),
        date_text="later",
        start_time=None,
        end_time=None,
        room=None,
        venue=None,
        city=None,
        status="tentative",
        evidence=Span(0, 5),
        confidence=0.6,
    ).to_json()
    assert (later["start_date"], later["start"]) == (
        None,
        {"not_before": "2017-06-20", "not_after": None},
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["evidence"].update(addressees=[]), "1 values but 0 evidence"),
        (lambda r: r["evidence"]["addressees"].__setitem__(0, []), r"not \[\]"),
        (lambda r: r["evidence"]["addressees"].__setitem__(0, [9, 3]), "not a span"),
        (lambda r: r["meetings"][0].update(status="maybe"), "unknown meeting status"),
        (lambda r: r["meetings"][0].update(start="29 June"), "malformed"),
        (lambda r: r.pop("deadlines"), "KeyError"),
    ],
)
def test_a_malformed_reading_is_refused_with_the_reason(change, message):
    stored = read_text((CORPUS / "seed_002.txt").read_text()).to_json()
    change(stored)
    with pytest.raises(ReadingFormatError, match=message):
        Reading.from_json(stored)


def test_a_reading_is_a_json_object():
    with pytest.raises(ReadingFormatError, match="not list"):
        Reading.from_json([])


def test_marks_cover_every_value_and_never_an_empty_evidence():
    reading = read_text((CORPUS / "seed_001.txt").read_text())
    keys = {key for _, key in reading.marks()}
    assert {"date", "reference", "sender", "meetings-0", "enclosures-0"} <= keys
    assert all(isinstance(span, Span) for span, _ in reading.marks())


def test_relative_dates_are_bounds_not_nothing():
    letter = D(2017, 6, 19)  # a Monday
    assert relative_bounds("next week", letter, None) == DateBounds.between(
        D(2017, 6, 26), D(2017, 7, 2)
    )
    assert relative_bounds("the following week", letter, D(2017, 7, 6)) == DateBounds.between(
        D(2017, 7, 10), D(2017, 7, 16)
    )
    assert relative_bounds("later this month", letter, None) == DateBounds.between(
        D(2017, 6, 20), D(2017, 6, 30)
    )
    assert relative_bounds("later in the", letter, None) == DateBounds(not_before=D(2017, 6, 20))
    assert relative_bounds("next week", None, None).precision is Precision.BOUNDS


def test_the_seed_tentative_meeting_falls_in_the_week_after_the_third_informal():
    reading = read_text((CORPUS / "seed_002.txt").read_text())
    [further] = [m for m in reading.meetings if not m.start.is_exact]
    assert further.start == DateBounds.between(D(2017, 7, 10), D(2017, 7, 16))
    assert further.to_json()["start_date"] is None


def test_a_month_alone_is_a_month_not_nothing():
    dated = read_text("Our ref.: 42487/2017/WDS/AN/MG December 2017\n\nDear Sir/Madam,\n")
    assert dated.date.bounds == DateBounds.month(2017, 12)
    assert dated.to_json()["date"] == "2017-12"
    reading = read_text(
        "Geneva, 15 January 2018\n\nDear Sir/Madam,\n\n"
        "The next session of the group will be held in Geneva in March 2018.\n"
    )
    [session] = reading.meetings
    assert (session.start, session.city) == (DateBounds.month(2018, 3), "Geneva")
    assert session.to_json()["start_date"] is None


def test_a_month_after_a_day_number_is_part_of_that_day():
    # the day's ordinal parted by OCR: the whole day, not its month
    [day] = find_dates("entrée en vigueur le 1 er mars 1999")
    assert (day.month_only, day.last) == (False, dt.date(1999, 3, 1))
    [month] = find_dates("se tiendra en mai 1999")
    assert (month.month_only, month.first_bounds()) == (True, DateBounds.month(1999, 5))
