"""The review screen's registry matches, as an officer decides them: confirming a proposal,
an alternative or another entry instead, none of them, undoing; bad posts answered 400."""

import pytest

from plenipo.correspondence.models import IncomingLetter
from tests.factories.correspondence import (
    ADDRESSEES_STATE,
    PROGRAMME,
    SENDERS_POST,
    letter_with_links,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return letter_with_links()


def _page(client, letter):
    return client.get(f"/office/inbox/{letter.pk}/").content.decode()


def _post(client, letter, **fields):
    return client.post(f"/office/inbox/{letter.pk}/links/", fields)


def _flash(html):
    return html.split('<p class="notice" role="status">')[1].split("</p>")[0]


def _row(html, place):
    """The part of the page that decides the match at ``place``."""
    return html.split(f'value="{place}"', 1)[1].split("</form>", 1)[0]


def test_a_proposed_match_offers_confirm_its_alternatives_and_none(client, letter):
    html = _page(client, letter)
    proposed = _row(html, PROGRAMME)
    assert '<button name="to" value="CIS-TIP-PROGRAMME-2007-2010">Confirm</button>' in proposed
    assert (
        '<button name="to" value="CIS-TIP-PROGRAMME-2011-2013">'
        "Link to CIS-TIP-PROGRAMME-2011-2013 instead</button>"
    ) in proposed
    assert '<button name="decision" value="none">None of these</button>' in proposed
    state = _row(html, ADDRESSEES_STATE)
    assert '<button name="to" value="AUT">Link to Austria instead</button>' in state
    # linked above the threshold: only "Not this"
    post = _row(html, SENDERS_POST)
    assert '<button name="decision" value="none">Not this</button>' in post
    assert "Confirm" not in post
    # another entry of the registry, chosen among the registry's codes
    assert '<datalist id="registry-state">' in html
    assert '<option value="AUT">Austria</option>' in html
    assert 'list="registry-instrument"' in html


def test_confirming_shows_who_linked_it_and_links_the_instruments_page(client, letter):
    answer = _post(client, letter, place=PROGRAMME, to="CIS-TIP-PROGRAMME-2007-2010")
    assert answer.status_code == 302
    assert answer["Location"] == f"/office/inbox/{letter.pk}/#links"
    html = client.get(answer["Location"]).content.decode()
    assert _flash(html) == "Done: the instrument cited is linked to CIS-TIP-PROGRAMME-2007-2010."
    row = html.split('<tr data-status="proposed" data-decision="linked">', 1)[1]
    row = row.split("</tr>", 1)[0]
    assert f'value="{PROGRAMME}"' in row
    assert '<a href="/instruments/CIS-TIP-PROGRAMME-2007-2010/">' in row
    assert "linked by officer" in row
    assert "proposed, as close as another" not in row  # the decision, not the computed status
    assert 'value="undo" class="undo">Undo</button>' in row
    assert "Confirm" not in row


def test_an_alternative_instead_then_undo_shows_the_proposal_again(client, letter):
    _post(client, letter, place=ADDRESSEES_STATE, to="AUT")
    letter.refresh_from_db()
    assert letter.decisions[ADDRESSEES_STATE]["code"] == "AUT"
    html = _page(client, letter)
    assert _flash(html) == "Done: the correspondent&#x27;s state is linked to Austria (AUT)."
    assert '<a href="/states/AUT/">Austria</a> <span class="decision">linked by officer' in html
    undone = _post(client, letter, place=ADDRESSEES_STATE, decision="undo")
    html = client.get(undone["Location"]).content.decode()
    assert _flash(html) == (
        "Done: the correspondent&#x27;s state is undecided again: the match read is shown."
    )
    assert '<button name="to" value="AUT">Link to Austria instead</button>' in html


def test_none_of_these_and_another_entry(client, letter):
    _post(client, letter, place=SENDERS_POST, decision="none")
    _post(client, letter, place=PROGRAMME, decision="other", other=" UNTOC ")
    letter.refresh_from_db()
    assert letter.decisions[SENDERS_POST]["status"] == "not_linked"
    assert letter.decisions[PROGRAMME]["code"] == "UNTOC"
    html = _page(client, letter)
    post = html.split('data-kind="post"', 1)[1].split("</div>", 1)[0]
    assert '<span class="decision">not linked</span>' in post
    assert "(read: Secretary General of the Council of Europe)" in post


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"place": PROGRAMME, "decision": "other", "other": "CETS-999"}, "unknown instrument"),
        ({"place": ADDRESSEES_STATE, "to": "XXX"}, "unknown state &#x27;XXX&#x27;"),
        ({"place": "instruments/x", "to": "UNTOC"}, "bad link &#x27;instruments/x&#x27;"),
        ({}, "bad link &#x27;&#x27;"),
        ({"place": PROGRAMME}, "choose the entry to link"),
        ({"place": PROGRAMME, "decision": "maybe", "to": "UNTOC"}, "choose the entry to link"),
        ({"place": "instruments/9", "decision": "none"}, "cites no instrument 9"),
        ({"place": PROGRAMME, "decision": "undo"}, "nothing to undo"),
    ],
)
def test_a_bad_post_is_answered_400_with_what_is_wrong(client, letter, fields, message):
    answer = _post(client, letter, **fields)
    assert answer.status_code == 400
    html = answer.content.decode()
    assert message in html.split('<p class="error" role="status">', 1)[1].split("</p>", 1)[0]
    assert IncomingLetter.objects.get(pk=letter.pk).decisions == {}


def test_deciding_twice_is_refused_until_undone(client, letter):
    _post(client, letter, place=ADDRESSEES_STATE, to="AUS")
    again = _post(client, letter, place=ADDRESSEES_STATE, to="AUT")
    assert again.status_code == 400
    assert "already decided (linked): undo it first" in again.content.decode()
    letter.refresh_from_db()
    assert letter.decisions[ADDRESSEES_STATE]["code"] == "AUS"


def test_the_links_are_the_secretariats(client, letter, focal_point_state_a):
    assert client.get(f"/office/inbox/{letter.pk}/links/").status_code == 405
    client.force_login(focal_point_state_a)
    assert _post(client, letter, place=PROGRAMME, decision="none").status_code == 403
    assert IncomingLetter.objects.get(pk=letter.pk).decisions == {}
    assert client.post("/office/inbox/999999/links/", {}).status_code == 403


def test_the_api_decides_a_match_and_undoes_it(client, letter):
    answer = client.post(
        f"/api/inbox/{letter.pk}/link", {"place": ADDRESSEES_STATE, "to": "AUT"}, "application/json"
    )
    assert answer.status_code == 200
    body = answer.json()
    assert (body["place"], body["decision"]["code"]) == (ADDRESSEES_STATE, "AUT")
    state = next(m for m in body["links"]["correspondents"][1]["links"] if m["kind"] == "state")
    assert state["decision"]["by"] == "officer"
    none = client.post(
        f"/api/inbox/{letter.pk}/link", {"place": PROGRAMME, "to": None}, "application/json"
    )
    assert none.json()["decision"]["status"] == "not_linked"
    bad = client.post(
        f"/api/inbox/{letter.pk}/link", {"place": PROGRAMME, "to": "NOPE"}, "application/json"
    )
    assert (bad.status_code, bad.json()["detail"]) == (
        400,
        "unknown instrument 'NOPE': the registry has no instrument of that code",
    )
    undone = client.post(
        f"/api/inbox/{letter.pk}/undo", {"item": ADDRESSEES_STATE}, "application/json"
    )
    assert (undone.status_code, undone.json()["undone"]["code"]) == (200, "AUT")
    letter.refresh_from_db()
    assert list(letter.decisions) == [PROGRAMME]
