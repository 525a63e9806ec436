"""Reading a list's search, filters and page from the URL."""

import datetime as dt

import pytest
from django.http import QueryDict

from plenipo.core.listing import fold, matches, paginate, read_listing

STATUSES = [("draft", "Draft"), ("sent", "Sent")]


def test_a_search_ignores_case_accents_and_apostrophes():
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert matches("cote IVOIRE", "Côte d’Ivoire")
    assert matches("republic moldova", "the Republic of Moldova")
    assert not matches("republic moldova", "Moldova")
    assert matches("", "anything")


def test_good_parameters_are_kept_for_the_page_links():
    params = QueryDict("q=  two   words &status=SENT&from=2015-06-01&to=2015-06-30&page=2")
    listing = read_listing(params, statuses=STATUSES, dates=True)
    assert (listing.q, listing.status) == ("two words", "sent")
    assert (listing.start, listing.end) == (dt.date(2015, 6, 1), dt.date(2015, 6, 30))
    assert listing.problems == []
    assert listing.page_query(3) == "?q=two+words&status=sent&from=2015-06-01&to=2015-06-30&page=3"


def test_a_search_drops_control_characters_and_stops_at_200_characters():
    assert read_listing(QueryDict("q=a%00b%0Ac")).q == "a b c"
    assert len(read_listing(QueryDict("q=" + "x" * 500)).q) == 200


def test_bad_parameters_are_set_aside_each_with_one_line():
    params = QueryDict("status=lost&from=2015-02-30&to=soon")
    listing = read_listing(params, statuses=STATUSES, dates=True)
    assert (listing.status, listing.start, listing.end) == ("", None, None)
    assert listing.problems == [
        "unknown status 'lost' (known: draft, sent): every status is shown",
        "'from' is ignored: impossible date '2015-02-30': day is out of range for month",
        "'to' is ignored: malformed date 'soon': expected YYYY-MM-DD",
    ]
    assert listing.page_query(2) == "?page=2"


@pytest.mark.parametrize(
    ("page", "shown", "problem"),
    [
        ("", 1, None),
        ("3", 3, None),
        ("x", 1, "page 'x' is not a number: showing page 1"),
        ("-1", 1, "there is no page -1 (pages 1 to 3): showing 1"),
        ("4", 3, "there is no page 4 (pages 1 to 3): showing 3"),
    ],
)
def test_a_page_out_of_range_shows_the_nearest(page, shown, problem):
    params = QueryDict(f"page={page}")
    listing = read_listing(params)
    rows = paginate(listing, list(range(120)), params, per_page=50)
    assert listing.page.number == shown
    assert rows[0] == (shown - 1) * 50
    assert listing.problems == ([problem] if problem else [])
