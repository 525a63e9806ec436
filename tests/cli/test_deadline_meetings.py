"""`plenipo read` and `plenipo inbox receive` say which meeting a registration deadline is
for, as the review page does."""

from io import StringIO

import pytest
from django.core.management import call_command

LETTER = (
    "Vienna, 20 November 2026\n\n"
    "The Secretariat has the honour to inform the States Parties that the second meeting of "
    "the Working Group will be held in Paris from 14 to 16 April 2027. States Parties are "
    "requested to send the names of their participants no later than 15 March 2027.\n"
)
ON_ITS_OWN = LETTER.replace(
    "send the names of their participants", "send their comments on the draft report"
)


def _run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_read_names_the_meeting_a_registration_deadline_is_for(tmp_path):
    (tmp_path / "note.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "comments.txt").write_text(ON_ITS_OWN, encoding="utf-8")
    tied = _run("read", str(tmp_path / "note.txt"))
    assert "2027-03-15" in tied
    assert "(registration for meetings/0)" in tied
    assert "for meetings/" not in _run("read", str(tmp_path / "comments.txt"))


@pytest.mark.django_db
def test_the_inbox_names_it_too(tmp_path):
    (tmp_path / "note.txt").write_text(LETTER, encoding="utf-8")
    out = _run("inbox", "receive", str(tmp_path / "note.txt"))
    [line] = [line for line in out.splitlines() if line.strip().startswith("deadlines/0")]
    assert line.endswith("(registration for meetings/0)")
