"""The three seed letters, read: every field they state, exactly."""

from pathlib import Path

import pytest

from plenipo.reading import read_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def seeds():
    """Each seed's reading in the stored JSON shape (docs/reading.md)."""
    return {n: read_text((CORPUS / f"seed_00{n}.txt").read_text()).to_json() for n in range(3)}


def test_the_campaign_letter(seeds):
    letter = seeds[0]
    assert (letter["doc_type"], letter["date"], letter["place"]) == (
        "letter",
        "2015-06-15",
        "Strasbourg",
    )
    assert letter["sender"]["name"] == "Thorbjørn Jagland"
    assert letter["addressees"] == [
        "Mr Sergey Lavrov Minister for Foreign Affairs of the Russian Federation"
    ]
    assert "CETS-197" in letter["instruments_cited"]
    [conference] = letter["meetings"]
    assert (conference["start_date"], conference["city"]) == ("2015-06-16", "Strasbourg")


def test_the_note_verbale(seeds):
    note = seeds[1]
    assert (note["doc_type"], note["date"], note["reference"]) == (
        "note_verbale",
        "2009-03-04",
        "CU 2009/33 (A)",
    )
    assert note["sender"]["title"] == "Secretary-General of the United Nations"
    [meeting] = note["meetings"]
    assert (meeting["start_date"], meeting["end_date"], meeting["city"], meeting["status"]) == (
        "2009-04-14",
        "2009-04-15",
        "Vienna",
        "scheduled",
    )
    assert {"decision 4/4", "TIP-PROTOCOL"} <= set(note["instruments_cited"])
    actions = " ".join(note["requested_actions"])
    assert "response to this invitation" in actions
    assert "composition of the Government's delegation" in actions
    assert "information note for participants" in note["enclosures"][0]["description"]


def test_the_letter_forwarding_a_letter(seeds):
    letter = seeds[2]
    assert (letter["doc_type"], letter["date"], letter["sender"]["name"]) == (
        "letter",
        "2017-06-19",
        "Peter Thomson",
    )
    [enclosure] = letter["enclosures"]
    assert enclosure["date"] == "2017-06-16"
    assert "A/RES/71/287" in letter["instruments_cited"]
    meetings = {
        (m["start_date"], m["start_time"], m["room"], m["status"]) for m in letter["meetings"]
    }
    assert ("2017-06-29", "10:00", "ECOSOC Chamber", "scheduled") in meetings
    assert ("2017-07-06", "10:00", "CR3", "scheduled") in meetings
    assert ("2017-09-27", None, None, "scheduled") in meetings
    [further] = [m for m in letter["meetings"] if m["start_date"] is None]
    assert (further["status"], further["date_text"]) == ("tentative", "the following week")
    # This morning's consultation is background, not a meeting to come.
    assert not any(m["start_date"] == "2017-06-16" for m in letter["meetings"])


def test_every_value_carries_evidence(seeds):
    text = (CORPUS / "seed_001.txt").read_text()
    start, end = seeds[1]["evidence"]["reference"]
    assert text[start:end] == "CU 2009/33 (A)"
    start, end = seeds[1]["meetings"][0]["evidence"]
    assert text[start:end] == "from 14 to 15 April 2009"
