"""A source is linked only when it has a web address: a source known by its document symbol
alone (a note verbale) is shown as text, not as a relative link to a page that is not there."""

import re

import pytest
from django.urls import reverse

from plenipo.core.models import Source
from plenipo.meetings.models import Meeting
from plenipo.public.templatetags.sources import source_link

pytestmark = pytest.mark.django_db


def _hrefs(html):
    return re.findall(r'<a href="([^"]*)"', html)


def test_every_link_on_the_meeting_pages_is_a_path_or_a_web_address(client):
    meetings = Meeting.objects.all()
    assert meetings.filter(source__url="").exists(), "the dataset has a symbol-only source"
    for meeting in meetings:
        html = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
        wrong = [h for h in _hrefs(html) if not h.startswith(("/", "https://", "http://"))]
        assert not wrong, f"meeting {meeting.pk}: {wrong}"


def test_a_source_without_address_is_shown_with_its_symbol_as_text():
    note = Source(key="nv", title="Note verbale of 4 March", symbol="CU 2009/33 (A)")
    assert source_link(note) == "Note verbale of 4 March (CU 2009/33 (A))"


def test_a_source_with_an_address_is_linked_and_escaped():
    page = Source(key="p", title="<b>Treaty</b> page", url="https://example.org/?a=1&b=2")
    assert source_link(page) == (
        '<a href="https://example.org/?a=1&amp;b=2">&lt;b&gt;Treaty&lt;/b&gt; page</a>'
    )


def test_an_address_that_is_not_on_the_web_is_never_a_link():
    assert "<a" not in source_link(Source(key="j", title="T", url="javascript:alert(1)"))


def test_a_long_title_is_cut_to_the_length_asked():
    assert source_link(Source(key="l", title="x" * 80, url="https://e.org/"), 10).endswith(
        ">xxxxxxxxx…</a>"
    )
