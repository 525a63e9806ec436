from pathlib import Path

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.services import incoming, incoming_matches
from plenipo.meetings.models import Meeting
from plenipo.reading import Reading
from plenipo.reading.model import Mention, Person, Span

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "corpus" / "seed_002.txt"


def test_accepting_the_seed_meetings_links_them_to_the_recorded_ones():
    letter = incoming.receive(name="pga-2017-06-19.txt", data=SEED.read_bytes(), by=None)
    before = Meeting.objects.count()
    by_day = {m["start_date"]: i for i, m in enumerate(letter.reading["meetings"])}
    informal = incoming.accept_meeting(letter=letter, index=by_day["2017-06-29"], by=None)
    third = incoming.accept_meeting(letter=letter, index=by_day["2017-07-06"], by=None)
    high_level = incoming.accept_meeting(letter=letter, index=by_day["2017-09-27"], by=None)
    assert (informal.room.name, third.room.name) == ("ECOSOC Chamber", "Conference Room 3")
    assert high_level.body.code == "UNGA"
    assert Meeting.objects.count() == before
    assert letter.decisions[f"meetings/{by_day['2017-06-29']}"]["status"] == "linked"


def test_an_unmatched_meeting_needs_a_body_and_a_day():
    letter = incoming.receive(name="pga.txt", data=SEED.read_bytes(), by=None)
    tentative = next(i for i, m in enumerate(letter.reading["meetings"]) if m["start_date"] is None)
    with pytest.raises(InvalidInput, match="choose the body"):
        incoming.accept_meeting(letter=letter, index=tentative, by=None)


def test_an_unreadable_file_is_refused_with_its_reason():
    with pytest.raises(InvalidInput, match="not a letter the inbox can read; it accepts text"):
        incoming.receive(name="noise.bin", data=bytes(range(256)) * 10, by=None)


def test_a_new_meeting_keeps_its_time_only_where_the_room_gives_the_time_zone():
    from plenipo.bodies.queries import get_body  # noqa: PLC0415

    text = (
        b"19 June 2031\n\nExcellency,\n\nAn informal consultation will be held on Thursday, "
        b"26 June (10:00 am ECOSOC Chamber) and another on Friday, 27 June at 3 p.m. in "
        b"Room 42.\n\nYours sincerely,\n\nPeter Thomson\n"
    )
    letter = incoming.receive(name="later.txt", data=text, by=None)
    by_day = {m["start_date"]: i for i, m in enumerate(letter.reading["meetings"])}
    body = get_body("UNGA")
    known = incoming.accept_meeting(letter=letter, index=by_day["2031-06-26"], by=None, body=body)
    unknown = incoming.accept_meeting(letter=letter, index=by_day["2031-06-27"], by=None, body=body)
    assert (known.start_time.hour, known.timezone) == (10, "America/New_York")
    assert (unknown.start_time, unknown.timezone) == (None, "")
    assert "not recorded" in letter.decisions[f"meetings/{by_day['2031-06-27']}"]["note"]


def test_the_officers_time_zone_is_kept_for_a_meeting_without_a_time():
    from plenipo.bodies.queries import get_body  # noqa: PLC0415

    text = (
        b"Geneva, 2 June 2031\n\nThe Secretariat has the honour to inform the Permanent "
        b"Missions that the fifth meeting of the Working Group will be held on 14 October "
        b"2031 in Room 42, Geneva.\n"
    )
    letter = incoming.receive(name="untimed.txt", data=text, by=None)
    assert letter.reading["meetings"][0]["start_time"] is None
    meeting = incoming.accept_meeting(
        letter=letter, index=0, by=None, body=get_body("WG-TIP"), timezone="Europe/Zurich"
    )
    assert (meeting.start_time, meeting.timezone) == (None, "Europe/Zurich")


def test_the_instruments_a_letter_cites_are_linked_to_the_registry_with_a_confidence():
    campaign = Path(__file__).resolve().parents[2] / "corpus" / "seed_000.txt"
    letter = incoming.receive(name="coe.txt", data=campaign.read_bytes(), by=None)
    cited = incoming_matches.instrument_links(incoming.reading_of(letter), letter.text)
    links = {item["cited"]: item for item in cited}
    assert links["CETS-197"]["written"].startswith("Council of Europe Convention on Action")
    assert (links["CETS-197"]["code"], links["CETS-197"]["status"]) == ("CETS-197", "linked")
    assert links["CETS-197"]["confidence"] == 1.0
    # The registry holds the programme once per period: each is as close, none is linked.
    programme = links["CIS-TIP-PROGRAMME"]
    assert programme["status"] == "proposed"
    assert programme["code"].startswith("CIS-TIP-PROGRAMME-")
    assert {a["code"] for a in programme["alternatives"]} <= {
        "CIS-TIP-PROGRAMME-2007-2010",
        "CIS-TIP-PROGRAMME-2011-2013",
        "CIS-TIP-PROGRAMME-2014-2018",
    }
    assert programme["alternatives"]


def test_a_recorded_decisions_symbol_is_that_decision_not_a_new_instrument():
    seeds = Path(__file__).resolve().parents[2] / "corpus"
    plan = incoming.receive(name="pga.txt", data=(seeds / "seed_002.txt").read_bytes(), by=None)
    links = {
        item["cited"]: item for item in incoming_matches.instrument_links(incoming.reading_of(plan))
    }
    resolution = links["A/RES/64/293"]
    assert (resolution["kind"], resolution["status"], resolution["confidence"]) == (
        "decision",
        "linked",
        1.0,
    )
    assert resolution["label"].startswith("A/RES/64/293 of UNGA: United Nations Global Plan")
    # "decision 4/4" is numbered within its body: another body's decision 4/4 reads the same.
    note = incoming.receive(name="cu.txt", data=(seeds / "seed_001.txt").read_bytes(), by=None)
    links = {
        item["cited"]: item for item in incoming_matches.instrument_links(incoming.reading_of(note))
    }
    assert (links["decision 4/4"]["kind"], links["decision 4/4"]["status"]) == (
        "decision",
        "proposed",
    )
    assert (links["UNTOC"]["kind"], links["UNTOC"]["status"]) == ("instrument", "linked")


def test_an_instrument_sharing_only_the_word_convention_is_new_to_the_registry():
    nowhere = Span(0, 0)
    reading = Reading(
        doc_type="letter",
        language="fr",
        instruments=(
            Mention("Convention on Wetlands (Ramsar, Iran, 1971)", nowhere, 0.9),
            Mention("la Convention de Vienne", nowhere, 0.9),
        ),
    )
    assert [row["status"] for row in incoming_matches.instrument_links(reading)] == ["new", "new"]


def _links(row) -> dict:
    return {link["kind"]: link for link in row["links"]}


def test_the_sender_and_addressee_are_linked_to_the_people_posts_and_states_they_name():
    campaign = Path(__file__).resolve().parents[2] / "corpus" / "seed_000.txt"
    letter = incoming.receive(name="coe.txt", data=campaign.read_bytes(), by=None)
    rows = incoming_matches.correspondent_links(incoming.reading_of(letter))
    sender = next(row for row in rows if row["role"] == "From")
    assert (_links(sender)["person"]["code"], _links(sender)["person"]["status"]) == (
        "thorbjorn-jagland",
        "linked",
    )
    minister = _links(next(row for row in rows if row["role"] == "To"))
    assert minister["person"]["label"] == "Sergey Lavrov"
    assert minister["state"]["code"] == "RUS"
    assert minister["post"]["label"] == "Minister for Foreign Affairs of the Russian Federation"
    assert {link["status"] for link in minister.values()} == {"linked"}


def _reading(sender=None, addressees=()):
    nowhere = Span(0, 0)
    return Reading(
        doc_type="letter",
        language="en",
        sender=sender and Person(*sender, evidence=nowhere, confidence=0.9),
        addressees=tuple(Mention(text, nowhere, 0.9) for text in addressees),
    )


def test_a_states_post_is_never_proposed_for_another_states_correspondent():
    rows = incoming_matches.correspondent_links(
        _reading(
            sender=(None, "Permanent Representative of Honduras to the United Nations", None),
            addressees=["Permanent Representative of Greece to the United Nations (New York)"],
        )
    )
    honduras, greece = (_links(row) for row in rows)
    assert "post" not in honduras  # the registry holds no post of Honduras's
    assert honduras["state"]["code"] == "HND"
    assert (greece["post"]["label"], greece["post"]["status"]) == (
        "Permanent Representative of Greece to the United Nations (New York)",
        "linked",
    )


def test_a_correspondent_the_registry_does_not_know_is_shown_without_links():
    rows = incoming_matches.correspondent_links(
        _reading(sender=("Jane Roe", "Executive Secretary", "Secretariat of the Wetlands"))
    )
    assert rows == [
        {
            "role": "From",
            "written": "Jane Roe, Executive Secretary, Secretariat of the Wetlands",
            "links": [],
        }
    ]
    assert incoming_matches.correspondent_links(_reading()) == []


def test_a_signatory_whose_name_only_looks_like_a_registered_persons_is_not_linked():
    transliterated, reversed_name = incoming_matches.correspondent_links(
        _reading(
            sender=("Sergei V. LAVROV", "Permanent Representative", None),
            addressees=["Thomas Peter"],
        )
    )
    assert (
        _links(transliterated)["person"]["label"],
        _links(transliterated)["person"]["status"],
    ) == (
        "Sergey Lavrov",
        "proposed",
    )
    assert "person" not in _links(reversed_name)  # not Peter Thomson


def test_an_organization_the_title_already_names_is_written_once():
    (row,) = incoming_matches.correspondent_links(
        _reading(sender=(None, "Secretary-General of the United Nations", "United Nations"))
    )
    assert row["written"] == "Secretary-General of the United Nations"
    (row,) = incoming_matches.correspondent_links(
        _reading(sender=("Jane Roe", "Executive Secretary", "Secretariat of the Wetlands"))
    )
    assert row["written"] == "Jane Roe, Executive Secretary, Secretariat of the Wetlands"


def test_where_a_mission_is_accredited_is_not_whose_mission_it_is():
    rows = incoming_matches.correspondent_links(
        _reading(
            addressees=[
                "Permanent Mission of Austria to the United Nations (Vienna)",
                "Mission permanente de la France auprès de l'Office des Nations Unies à Genève",
                "Misión Permanente de Chile ante las Naciones Unidas",
                "United Nations Office on Drugs and Crime",
            ]
        )
    )
    austria, france, chile, unodc = (_links(row) for row in rows)
    assert austria["state"]["code"] == "AUT"
    assert "organization" not in austria
    assert france["state"]["code"] == "FRA"
    assert "organization" not in france
    assert chile["state"]["code"] == "CHL"
    assert "organization" not in chile
    # Without a mission's words the organization named is the correspondent.
    assert "organization" in unodc


def test_whose_keeps_a_name_with_no_accreditation():
    assert incoming_matches.whose("Ministry of Foreign Affairs of Austria") == (
        "Ministry of Foreign Affairs of Austria"
    )
    assert incoming_matches.whose("Permanent Mission of Austria to the UN") == (
        "Permanent Mission of Austria"
    )
