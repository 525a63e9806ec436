"""`plenipo inbox link` and `undo`: a registry match of a received letter decided from the
command line, through the service the review page uses."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from plenipo.core.models import ActivityLog
from tests.factories.correspondence import ADDRESSEES_STATE, PROGRAMME, letter_with_links

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_a_match_is_linked_to_an_alternative_and_undone():
    letter = letter_with_links()
    out = run("inbox", "link", str(letter.pk), ADDRESSEES_STATE, "--to", "AUT")
    assert out == f"{ADDRESSEES_STATE} of letter {letter.pk}: linked to Austria (AUT)\n"
    letter.refresh_from_db()
    assert letter.decisions[ADDRESSEES_STATE]["code"] == "AUT"
    assert ActivityLog.objects.filter(action_type="correspondence.incoming.link_decided").exists()
    undone = json.loads(run("inbox", "undo", str(letter.pk), ADDRESSEES_STATE, "--json"))
    assert (undone["item"], undone["undone"]["code"]) == (ADDRESSEES_STATE, "AUT")
    none = json.loads(run("inbox", "link", str(letter.pk), PROGRAMME, "--none", "--json"))
    assert none["decision"]["status"] == "not_linked"
    out = run("inbox", "undo", str(letter.pk), PROGRAMME)
    assert out == f"{PROGRAMME} of letter {letter.pk}: undecided again (was not linked)\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("{id}", PROGRAMME, "--to", "NOPE"), "unknown instrument 'NOPE'"),
        (("{id}", "instruments", "--none"), "bad link 'instruments'"),
        (("abc", PROGRAMME, "--none"), "bad letter id 'abc'"),
        (("999999", PROGRAMME, "--none"), "no received letter 999999"),
    ],
)
def test_a_bad_link_gets_one_line_and_exit_status_2(args, message):
    letter = letter_with_links()
    with pytest.raises(CommandError, match=message) as failure:
        run("inbox", "link", *(a.format(id=letter.pk) for a in args))
    assert failure.value.returncode == 2
    assert "\n" not in str(failure.value)
