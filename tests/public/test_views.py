import csv
import datetime as dt
import html
import io
import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory, state
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db


def test_status_page_shows_the_seed_letter_answer(client):
    response = client.get(
        reverse("public:instrument", args=["CETS-197"]),
        {"as_of": "2015-06-15", "members_of": "COE"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<strong id="party-count">43</strong>' in html
    assert "Belarus" in html


def test_status_page_shows_the_signatory_count_as_a_number_not_a_range_dict(client):
    response = client.get(reverse("public:instrument", args=["CETS-197"]), {"as_of": "2015-06-15"})
    html = response.content.decode()
    assert '<strong id="signatory-count">1</strong>' in html
    assert "'min'" not in html


def test_status_page_refuses_a_bad_date_with_a_message(client):
    response = client.get(reverse("public:instrument", args=["CETS-197"]), {"as_of": "2015-02-30"})
    assert response.status_code == 400
    assert "impossible date" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message", "kept"),
    [
        ({"as_of": "2010-13-45"}, "2010-13-45", 'value="2010-13-45"'),
        (
            {"as_of": "2015-06-15", "members_of": "NOPE"},
            "unknown organization code",
            '<option value="NOPE" selected>',
        ),
    ],
)
def test_a_refused_question_keeps_what_was_asked_and_shows_no_table(client, query, message, kept):
    """Today's table under the message would read as the answer to the question asked."""
    response = client.get(reverse("public:instrument", args=["CETS-197"]), query)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert kept in page
    for table in ('id="parties"', 'id="signatories"', 'id="party-count"', "Download:"):
        assert table not in page


@pytest.mark.parametrize(
    ("day", "note"),
    [
        ("1990-01-01", "not yet adopted on 1990-01-01 (adopted 2005-05-03)"),
        ("2005-05-10", "not yet opened for signature on 2005-05-10 (opened 2005-05-16)"),
    ],
)
def test_a_day_before_the_opening_is_answered_the_same_by_page_api_and_cli(client, day, note):
    page = client.get(reverse("public:instrument", args=["CETS-197"]), {"as_of": day})
    assert page.status_code == 200
    html = page.content.decode()
    assert f"CETS-197: {note}." in html
    assert '<strong id="party-count">0</strong>' in html
    assert '<strong id="signatory-count">0</strong>' in html
    api = client.get("/api/instruments/CETS-197/status", {"as_of": day})
    assert api.status_code == 200
    out = StringIO()
    call_command("status", "CETS-197", "--as-of", day, "--json", stdout=out)
    cli = json.loads(out.getvalue())
    for payload in (api.json(), cli):
        assert payload["not_yet_open"] == note
        assert (payload["parties"], payload["signatories"]) == ([], [])
    assert api.json()["counts"] == cli["counts"]


def test_the_status_on_the_day_of_opening_has_no_opening_note(client):
    api = client.get("/api/instruments/CETS-197/status", {"as_of": "2005-05-16"}).json()
    assert api["not_yet_open"] is None


def test_unknown_instrument_is_404(client):
    assert client.get(reverse("public:instrument", args=["NOPE"])).status_code == 404


@pytest.mark.parametrize("party_count", [1, 3])
def test_status_page_query_count_does_not_grow_with_parties(
    client, django_assert_num_queries, party_count
):
    treaty = instrument(eligibility={})
    for code in ["ALB", "AUT", "BEL"][:party_count]:
        record_action(
            instrument=treaty,
            party=state(code),
            kind="accession",
            date="2007-01-10",
            source=SourceFactory(),
            by=None,
        )
    # The instrument (with its derived note, which its summary reads), its participations, the
    # UN names of the day, its reservations, its derived note read afresh for the status.
    with django_assert_num_queries(5):
        response = client.get(
            reverse("public:instrument", args=[treaty.code]), {"as_of": "2008-01-01"}
        )
    assert response.status_code == 200


def test_state_page_lists_memberships_and_actions(client):
    html = client.get(reverse("public:state", args=["BLR"])).content.decode()
    assert "Commonwealth of Independent States" in html
    assert "CETS-197" in html


def test_exports(client):
    url = reverse("public:export", args=["CETS-197", "xlsx"])
    response = client.get(url, {"as_of": "2015-06-15"})
    assert response.content[:2] == b"PK"
    assert dt.date(2015, 6, 15).isoformat() in response["Content-Disposition"]


def test_export_links_carry_the_page_parameters_and_the_exports_hold_what_it_shows(client):
    """The seed letter's question, downloaded: the members of the Council of Europe that
    were not parties on 15 June 2015 are in every file the page offers."""
    page = client.get(
        reverse("public:instrument", args=["CETS-197"]),
        {"as_of": "2015-06-15", "members_of": "COE"},
    ).content.decode()
    shown = re.search(r'<table id="members-not-parties">.*?</table>', page, re.S).group(0)
    names = sorted(html.unescape(n) for n in re.findall(r'<a href="[^"]*">([^<]+)</a>', shown))
    assert "Russian Federation" in names
    links = re.findall(r'href="([^"]*/status\.(?:csv|xlsx|json)\?[^"]*)"', page)
    assert len(links) == 3
    for link in links:
        url = html.unescape(link)
        assert "as_of=2015-06-15" in url
        assert "members_of=COE" in url
        response = client.get(url)
        assert response.status_code == 200
        body = response.content
        if url.split("?")[0].endswith(".json"):
            exported = [m["name"] for m in json.loads(body)["members_not_parties"]]
        elif url.split("?")[0].endswith(".csv"):
            rows = list(csv.reader(io.StringIO(body.decode())))
            exported = [r[1] for r in rows if r[2] == "member of COE, not a party"]
        else:
            from openpyxl import load_workbook

            sheet = load_workbook(io.BytesIO(body)).active
            rows = list(sheet.iter_rows(values_only=True))
            exported = [r[1] for r in rows if r[2] == "member of COE, not a party"]
        assert sorted(exported) == names, url


def test_export_refuses_an_unknown_organization(client):
    url = reverse("public:export", args=["CETS-197", "csv"])
    response = client.get(url, {"as_of": "2015-06-15", "members_of": "NOPE"})
    assert response.status_code == 400
    assert "NOPE" in response.content.decode()


def test_armenia_state_page_shows_its_greta_rounds(client):
    html = client.get(reverse("public:state", args=["ARM"])).content.decode()
    assert 'id="monitoring"' in html
    assert "GRETA(2017)1" in html
    assert html.count(">GRETA</a>") >= 4  # steps from several rounds


def test_cop_page_shows_sessions_and_the_working_group_beneath(client):
    html = client.get(reverse("public:body", args=["COP-UNTOC"])).content.decode()
    assert 'id="sessions"' in html
    assert "Working Group on Trafficking in Persons" in html
    assert "2008-10-08 to 2008-10-17" in html


def test_decision_page_and_monitoring_page(client):
    html = client.get(reverse("public:decision", args=["decision 4/4"])).content.decode()
    assert "Facilitate implementation of the Trafficking in Persons Protocol" in html
    html = client.get(
        reverse("public:monitoring", args=["GRETA"]), {"as_of": "2015-06-15"}
    ).content.decode()
    assert '<strong id="evaluated-count">39</strong>' in html


def test_state_calendar_is_for_its_own_focal_points(
    client, focal_point_state_a, focal_point_state_b
):
    from plenipo.registry.services.tokens import renew_calendar_feed  # noqa: PLC0415
    from tests.factories import meetings as factories  # noqa: PLC0415

    meeting = factories.meeting()
    delegation = factories.delegation(meeting, "AUT")
    delegation.status = "approved"
    delegation.save()
    url = reverse("public:state-calendar", args=["AUT"])
    assert client.get(url).status_code == 404
    client.force_login(focal_point_state_b)
    assert client.get(url).status_code == 404
    client.force_login(focal_point_state_a)
    assert meeting.title.encode() in client.get(url).content
    client.logout()
    _feed, token = renew_calendar_feed(user=focal_point_state_a, by=focal_point_state_a)
    assert client.get(url, {"token": token}).status_code == 200
    _feed, other = renew_calendar_feed(user=focal_point_state_b, by=focal_point_state_b)
    assert client.get(url, {"token": other}).status_code == 404
    assert client.get(url, {"token": "guess"}).status_code == 404


def test_body_and_meeting_calendars_are_public(client):
    response = client.get(reverse("public:body-calendar", args=["UNGA"]))
    assert response["Content-Type"].startswith("text/calendar")
    assert b"TZID=America/New_York" in response.content


@pytest.mark.parametrize(
    "code",
    ["CIS-TIP-PROGRAMME-2007-2010", "CIS-TIP-PROGRAMME-2011-2013", "CIS-TIP-PROGRAMME-2014-2018"],
)
def test_what_the_data_do_not_say_reads_as_not_stated_never_as_a_value(client, code):
    html = client.get(reverse("public:instrument", args=[code])).content.decode()
    assert '<dt>Depositary</dt><dd><span class="muted">not stated</span></dd>' in html
    assert "at least 0" not in html
    assert '<strong id="party-count">No party recorded</strong>' in html
    listed = client.get(reverse("public:instruments"), {"q": code}).content.decode()
    assert "at least 0" not in listed
    assert '<td class="num" data-label="Parties today">none recorded</td>' in listed


def test_a_day_before_the_entry_into_force_counts_parties_but_none_bound(client):
    day = "2007-01-01"  # CETS 197 entered into force on 2008-02-01
    page = client.get(reverse("public:instrument", args=["CETS-197"]), {"as_of": day})
    html = page.content.decode()
    assert "CETS-197: not yet in force on 2007-01-01 (entry into force 2008-02-01)." in html
    assert '<strong id="bound-count">0</strong> bound (in force for them)' in html
    api = client.get("/api/instruments/CETS-197/status", {"as_of": day}).json()
    out = StringIO()
    call_command("status", "CETS-197", "--as-of", day, "--json", stdout=out)
    cli = json.loads(out.getvalue())
    for payload in (api, cli):
        assert payload["not_yet_in_force"] == (
            "not yet in force on 2007-01-01 (entry into force 2008-02-01)"
        )
        assert payload["counts"]["bound"] == {"min": 0, "max": 0}
        assert payload["counts"]["parties"]["min"] > 0


def test_once_in_force_the_status_has_no_in_force_note(client):
    api = client.get("/api/instruments/CETS-197/status", {"as_of": "2015-06-15"}).json()
    assert api["not_yet_in_force"] is None
    assert api["counts"]["bound"]["min"] > 0
