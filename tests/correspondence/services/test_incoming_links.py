"""The officer's decision on a registry match of a received letter: confirmed, an
alternative or another entry chosen, none of them, undone; unknown codes refused."""

import pytest

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.models import ActivityLog
from plenipo.core.transitions import RefusedTransition
from plenipo.correspondence.queries import waiting_items
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.incoming_links import decide_link, decided_links, undo_link
from plenipo.correspondence.transitions import LINK, LINK_NONE, UNDECIDED
from tests.factories.correspondence import (
    ADDRESSEES_STATE,
    CONVENTION,
    PROGRAMME,
    SENDERS_POST,
    letter_with_links,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter():
    return letter_with_links()


def _match(letter, place):
    links = decided_links(letter)
    if place.startswith("instruments/"):
        return links["instruments"][int(place.split("/")[1])]
    _, row, kind = place.split("/")
    return next(m for m in links["correspondents"][int(row)]["links"] if m["kind"] == kind)


def _logged(letter, action):
    return list(
        ActivityLog.objects.filter(action_type=action, object_id=str(letter.pk)).order_by("pk")
    )


def test_the_letter_reads_as_the_tests_need_it(letter):
    # what the other tests decide on: the computed matches, before any decision
    programme = _match(letter, PROGRAMME)
    assert (programme["code"], programme["status"]) == ("CIS-TIP-PROGRAMME-2007-2010", "proposed")
    assert [a["code"] for a in programme["alternatives"]] == [
        "CIS-TIP-PROGRAMME-2011-2013",
        "CIS-TIP-PROGRAMME-2014-2018",
    ]
    assert (_match(letter, CONVENTION)["status"], _match(letter, SENDERS_POST)["status"]) == (
        "linked",
        "linked",
    )
    state = _match(letter, ADDRESSEES_STATE)
    assert (state["code"], state["status"], state["alternatives"][0]["code"]) == (
        "AUS",
        "proposed",
        "AUT",
    )
    assert all(_match(letter, p)["decision"] is None for p in (PROGRAMME, ADDRESSEES_STATE))


def test_confirming_a_proposed_instrument_links_it_and_says_who_did(letter, secretariat_officer):
    decision = decide_link(
        letter=letter, place=PROGRAMME, to="CIS-TIP-PROGRAMME-2007-2010", by=secretariat_officer
    )
    assert decision["status"] == "linked"
    assert (decision["code"], decision["kind"], decision["by"]) == (
        "CIS-TIP-PROGRAMME-2007-2010",
        "instrument",
        "officer",
    )
    assert decision["read"] == {
        "code": "CIS-TIP-PROGRAMME-2007-2010",
        "status": "proposed",
        "confidence": 0.89,
    }
    letter.refresh_from_db()
    shown = _match(letter, PROGRAMME)
    assert shown["decision"] == decision
    assert shown["status"] == "proposed"  # what was computed stays beside the decision
    (entry,) = _logged(letter, "correspondence.incoming.link_decided")
    assert entry.actor == secretariat_officer
    assert entry.data["item"] == PROGRAMME
    assert entry.data["code"] == "CIS-TIP-PROGRAMME-2007-2010"


def test_an_alternative_or_any_entry_of_the_registry_of_that_kind_may_be_linked_instead(letter):
    state = decide_link(letter=letter, place=ADDRESSEES_STATE, to="AUT", by=None)
    assert (state["code"], state["kind"], state["label"]) == ("AUT", "state", "Austria")
    # neither proposed nor an alternative, but an instrument of the registry
    other = decide_link(letter=letter, place=PROGRAMME, to="UNTOC", by=None)
    assert (other["code"], other["kind"]) == ("UNTOC", "instrument")
    letter.refresh_from_db()
    assert letter.decisions[ADDRESSEES_STATE]["code"] == "AUT"
    assert letter.decisions[PROGRAMME]["code"] == "UNTOC"


def test_an_unknown_code_is_refused_naming_it_and_nothing_is_written(letter):
    with pytest.raises(InvalidInput, match=r"^unknown instrument 'CETS-999': the registry"):
        decide_link(letter=letter, place=PROGRAMME, to="CETS-999", by=None)
    # a state's code is no person's, nor an instrument's a state's
    with pytest.raises(InvalidInput, match=r"^unknown state 'UNTOC'"):
        decide_link(letter=letter, place=ADDRESSEES_STATE, to="UNTOC", by=None)
    with pytest.raises(InvalidInput, match="give the code"):
        decide_link(letter=letter, place=ADDRESSEES_STATE, to="  ", by=None)
    letter.refresh_from_db()
    assert letter.decisions == {}
    assert _logged(letter, "correspondence.incoming.link_decided") == []


@pytest.mark.parametrize(
    ("place", "error", "message"),
    [
        ("instruments/x", InvalidInput, "bad link 'instruments/x': give instruments/NUMBER"),
        ("correspondents/0/planet", InvalidInput, "bad link 'correspondents/0/planet'"),
        ("meetings/0", InvalidInput, "bad link 'meetings/0'"),
        ("instruments/9", NotFound, "cites no instrument 9"),
        ("correspondents/7/state", NotFound, "has no correspondent 7"),
        ("correspondents/1/person", NotFound, "is matched to no person of the registry"),
    ],
)
def test_a_place_that_names_no_match_is_refused(letter, place, error, message):
    with pytest.raises(error, match=message):
        decide_link(letter=letter, place=place, to=None, by=None)


def test_none_of_these_leaves_a_wrong_automatic_link_unlinked(letter, secretariat_officer):
    decision = decide_link(letter=letter, place=SENDERS_POST, to=None, by=secretariat_officer)
    assert decision["status"] == LINK_NONE
    assert "code" not in decision
    assert decision["read"]["code"] == "sg-coe"
    letter.refresh_from_db()
    assert _match(letter, SENDERS_POST)["decision"]["status"] == LINK_NONE


def test_a_decided_match_is_undone_before_it_is_decided_otherwise(letter, secretariat_officer):
    decide_link(letter=letter, place=ADDRESSEES_STATE, to="AUS", by=None)
    with pytest.raises(RefusedTransition, match=r"already decided \(linked\): undo it first"):
        decide_link(letter=letter, place=ADDRESSEES_STATE, to="AUT", by=None)
    undone = undo_link(letter=letter, place=ADDRESSEES_STATE, by=secretariat_officer)
    assert undone["code"] == "AUS"
    letter.refresh_from_db()
    assert ADDRESSEES_STATE not in letter.decisions
    assert _match(letter, ADDRESSEES_STATE)["decision"] is None
    (entry,) = _logged(letter, "correspondence.incoming.link_reopened")
    assert (entry.actor, entry.data["item"], entry.data["undone"]["code"]) == (
        secretariat_officer,
        ADDRESSEES_STATE,
        "AUS",
    )
    assert decide_link(letter=letter, place=ADDRESSEES_STATE, to="AUT", by=None)["code"] == "AUT"
    with pytest.raises(InvalidInput, match="not decided: there is nothing to undo"):
        undo_link(letter=letter, place=PROGRAMME, by=None)


def test_a_link_decided_or_undecided_is_no_item_waiting(letter):
    waiting = waiting_items(letter)
    decide_link(letter=letter, place=PROGRAMME, to=None, by=None)
    letter.refresh_from_db()
    assert waiting_items(letter) == waiting


def test_the_letter_as_the_api_gives_it_carries_each_matchs_decision(letter):
    decide_link(letter=letter, place=ADDRESSEES_STATE, to="AUT", by=None)
    letter.refresh_from_db()
    links = incoming.incoming_as_dict(letter)["links"]
    state = next(m for m in links["correspondents"][1]["links"] if m["kind"] == "state")
    assert (state["place"], state["decision"]["code"]) == (ADDRESSEES_STATE, "AUT")
    assert links["instruments"][1]["place"] == PROGRAMME
    assert links["instruments"][1]["decision"] is None


def test_a_decided_link_only_goes_back_to_undecided():
    assert LINK.allowed["linked"] == {UNDECIDED}
    assert LINK.allowed[LINK_NONE] == {UNDECIDED}
    assert LINK.refusal(UNDECIDED, UNDECIDED) == "the link is not decided: there is nothing to undo"
