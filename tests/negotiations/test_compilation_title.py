"""A draft uploaded without a title line: its compilation is headed by the process's title,
not "Untitled"."""

import datetime as dt

import pytest

from plenipo.negotiations import exporters
from plenipo.negotiations.compile import render
from plenipo.negotiations.queries import latest_version
from plenipo.negotiations.services import texts
from plenipo.negotiations.texts import import_text
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
UNTITLED = """The Working Group,

1. Recommends that States strengthen cooperation;

2. Requests the secretariat to report on progress;
"""


def test_an_untitled_draft_is_compiled_under_the_process_title():
    process = factories.process("WG-RECS", draft=False)
    imported = import_text(UNTITLED, label="Zero draft", date=dt.date(2027, 1, 10)).version
    assert imported.title is None
    texts.import_version(process=process, imported=imported, expected_revision=None, by=None)
    compilation = exporters.compilation_of(process, latest_version(process))
    printed = render(compilation)
    assert printed.splitlines()[0] == (
        "Strengthening cooperation against trafficking in persons — compilation of Zero draft"
    )
    assert "Untitled" not in printed


def test_a_titled_draft_keeps_its_own_title():
    process = factories.process("WG-RECS", draft=False)
    titled = "Recommendations on trafficking in persons\n\n" + UNTITLED
    imported = import_text(titled, label="Zero draft", date=dt.date(2027, 1, 10)).version
    texts.import_version(process=process, imported=imported, expected_revision=None, by=None)
    printed = render(exporters.compilation_of(process, latest_version(process)))
    assert printed.splitlines()[0] == (
        "Recommendations on trafficking in persons — compilation of Zero draft"
    )
