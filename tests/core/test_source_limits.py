"""A source's URL or symbol that would not fit is refused, never cut short: a truncated
address would cite another document."""

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.sources import cited_source, source_fields

pytestmark = pytest.mark.django_db


def test_a_declared_source_with_an_over_long_url_is_refused():
    spec = {"title": "Page", "url": "https://example.org/" + "p" * 1000}
    with pytest.raises(InvalidInput, match=r"source 'long': url is 1020 characters long"):
        source_fields("long", spec)


def test_a_cited_symbol_is_kept_whole_or_refused():
    assert cited_source(reference="S" * 120, title="Note").symbol == "S" * 120
    with pytest.raises(InvalidInput, match=r"reference is 121 characters long \(at most 120\)"):
        cited_source(reference="S" * 121, title="Note")
