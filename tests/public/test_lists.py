"""The public lists: search, filters and pages read from the URL, bad parameters named and
set aside, and a number of queries that does not grow with the list."""

import re

import pytest
from django.urls import reverse

from plenipo.meetings.services.meetings import issue_document
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def _problems(html):
    return re.findall(r'class="warning list-problem" role="status">([^<]*)<', html)


def _codes(html):
    return re.findall(r'<a href="/states/([A-Z]{3})/">', html)


def test_states_are_found_by_a_un_name_cldr_does_not_give(client):
    # CLDR says "Moldova"; only the UN's recorded names say "Republic of Moldova".
    html = client.get(reverse("public:states"), {"q": "Republic of Moldova"}).content.decode()
    assert _codes(html) == ["MDA"]


@pytest.mark.parametrize(
    ("words", "code"),
    [("Беларусь", "BLR"), ("cote d'ivoire", "CIV"), ("aut", "AUT"), ("  belgium ", "BEL")],
)
def test_states_are_found_in_any_script_accents_and_case_aside(client, words, code):
    html = client.get(reverse("public:states"), {"q": words}).content.decode()
    assert code in _codes(html)
    assert len(_codes(html)) < 5


def test_the_states_come_in_pages_whose_links_keep_the_search(client):
    first = client.get(reverse("public:states")).content.decode()
    second = client.get(reverse("public:states"), {"page": "2"}).content.decode()
    assert len(_codes(first)) == 50
    assert set(_codes(first)).isdisjoint(_codes(second))
    assert 'href="?page=2"' in first
    found = client.get(reverse("public:states"), {"q": "republic", "page": "1"}).content.decode()
    assert 'href="?q=republic&amp;page=2"' in found or "Page" not in found


@pytest.mark.parametrize(
    ("url", "params", "problem"),
    [
        ("public:states", {"page": "abc"}, "page 'abc' is not a number: showing page 1"),
        ("public:states", {"page": "99"}, "there is no page 99 (pages 1 to 4): showing 4"),
        ("public:states", {"page": "0"}, "there is no page 0 (pages 1 to 4): showing 1"),
        ("public:meetings", {"status": "finished"}, "unknown status 'finished'"),
        ("public:meetings", {"body": "NOPE"}, "unknown body 'NOPE'"),
        ("public:meetings", {"from": "2015-02-30"}, "'from' is ignored: impossible date"),
        ("public:meetings", {"to": "yesterday"}, "'to' is ignored: malformed date"),
        (
            "public:meetings",
            {"from": "2020-01-01", "to": "2019-01-01"},
            "'from' (2020-01-01) is after 'to' (2019-01-01): 'to' is ignored",
        ),
        ("public:instruments", {"page": "2.5"}, "page '2.5' is not a number"),
        ("public:meetings", {"from": "0001-01-01"}, "'from' is ignored: date '0001-01-01' is out"),
        ("public:meetings", {"to": "9999-12-31"}, "'to' is ignored: date '9999-12-31' is out"),
    ],
)
def test_a_bad_parameter_is_named_and_set_aside(client, url, params, problem):
    response = client.get(reverse(url), params)
    assert response.status_code == 200
    problems = [p.replace("&#x27;", "'") for p in _problems(response.content.decode())]
    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_a_search_with_a_nul_character_is_refused_in_one_line(client):
    # PostgreSQL cannot compare text holding NUL: ops.errors refuses it before any view.
    for url in ("public:states", "public:instruments", "public:bodies", "public:meetings"):
        response = client.get(reverse(url), {"q": "a\x00b"})
        assert response.status_code == 400
        assert "a NUL character in &#x27;q&#x27; is refused" in response.content.decode()


def test_treaties_are_searched_by_title_and_code(client):
    html = client.get(reverse("public:instruments"), {"q": "trafficking"}).content.decode()
    assert 'href="/instruments/CETS-197/"' in html
    nothing = client.get(reverse("public:instruments"), {"q": "zzzz"}).content.decode()
    assert "No treaty matches." in nothing
    assert 'href="/instruments/CETS-197/"' not in nothing


def test_bodies_are_searched(client):
    html = client.get(reverse("public:bodies"), {"q": "firearms"}).content.decode()
    assert 'href="/bodies/WG-FIREARMS/"' in html
    assert 'href="/bodies/GRETA/"' not in html


def test_meetings_are_filtered_by_body_status_and_dates(client):
    held = factories.meeting(title="Firearms talks", start="2012-05-21", end="2012-05-23")
    later = factories.meeting(title="Firearms follow-up", start="2031-05-21", end="2031-05-22")
    url = reverse("public:meetings")
    by_body = client.get(url, {"body": "WG-TIP", "q": "firearms"}).content.decode()
    assert held.title in by_body
    assert later.title in by_body
    # A scheduled meeting whose days have passed shows as held, and is found as held.
    as_held = client.get(url, {"status": "held", "q": "firearms"}).content.decode()
    assert held.title in as_held
    assert later.title not in as_held
    scheduled = client.get(url, {"status": "scheduled", "q": "firearms"}).content.decode()
    assert held.title not in scheduled
    assert later.title in scheduled
    in_2012 = client.get(url, {"from": "2012-01-01", "to": "2012-12-31"}).content.decode()
    assert held.title in in_2012
    assert later.title not in in_2012
    assert "From 2012-01-01 to 2012-12-31" in in_2012
    other_body = client.get(url, {"body": "GRETA", "q": "firearms"}).content.decode()
    assert held.title not in other_body


def test_the_body_filter_names_each_body_beside_its_code(client):
    body = factories.meeting(title="Firearms talks", start="2012-05-21").body
    page = client.get(reverse("public:meetings")).content.decode()
    assert f'<option value="{body.code}">{body.code} — {body.name}</option>' in page


@pytest.mark.parametrize(
    ("url", "few", "many", "queries"),
    [
        ("public:states", {"q": "moldova"}, {"q": "a"}, 5),  # and the UN names of the day
        ("public:states", {"page": "1"}, {"page": "2"}, 3),
        ("public:bodies", {"q": "firearms"}, {"q": "wg"}, 3),
        ("public:instruments", {"q": "CETS-197"}, {"q": "convention"}, 4),
    ],
)
def test_public_lists_do_not_grow(client, django_assert_max_num_queries, url, few, many, queries):
    for params in (few, many):  # at most: the home page's counts are remembered after the first
        with django_assert_max_num_queries(queries):
            assert client.get(reverse(url), params).status_code == 200


@pytest.mark.parametrize("count", [1, 3])
def test_the_meetings_list_does_not_grow(client, django_assert_num_queries, count):
    for number in range(count):
        past = factories.meeting(title=f"Past {number}", start="2012-05-21", end="2012-05-23")
        issue_document(
            meeting=past, title="Report", kind="report", languages={"en": "available"}, by=None
        )
        factories.meeting(title=f"Coming {number}", start="2031-05-21", end="2031-05-22")
    # The bodies offered; the past meetings counted; each table read in one query (a list
    # shows no documents, so none are read).
    with django_assert_num_queries(4):
        html = client.get(reverse("public:meetings"), {"body": "WG-TIP"}).content.decode()
    assert html.count(">Past ") == count
    assert html.count(">Coming ") == count


def test_the_meeting_count_says_it_counts_the_past_meetings_beside_the_upcoming(client):
    factories.meeting(title="Quokka follow-up", start="2031-05-21", end="2031-05-22")
    factories.meeting(title="Quokka talks", start="2012-05-21", end="2012-05-23")
    url = reverse("public:meetings")
    page = client.get(url, {"q": "quokka"}).content.decode()
    assert "Quokka follow-up" in page  # upcoming, above the paged list of past meetings
    assert "1–1 of 1 past meetings</span>" in page
    between = client.get(url, {"q": "quokka", "from": "2000-01-01"}).content.decode()
    assert "1–2 of 2 meetings</span>" in between
