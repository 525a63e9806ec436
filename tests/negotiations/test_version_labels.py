"""A version's label must be there, short, one line, without '/', and new for its text:
refused in one line by the service, the office's forms (400) and the command line."""

import datetime as dt
import html
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from plenipo.core.errors import InvalidInput
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import texts
from plenipo.negotiations.texts import import_text
from plenipo.negotiations.version_labels import LabelError, clean_label
from tests.factories import negotiations as factories
from tests.negotiations.conftest import ZERO_DRAFT

CODE = "TIP-RES"
REFUSED = [
    ("", "needs a label"),
    ("   ", "needs a label"),
    ("R" * 61, "at most 60 characters"),
    ("Rev.1/Add.1", "cannot contain '/'"),
    ("Rev.1\nRev.2", "one line"),
    ("zero DRAFT", "already has a version 'zero DRAFT'"),
    (" Zero draft ", "already has a version 'Zero draft'"),
]


def test_a_label_is_kept_without_its_surrounding_spaces():
    assert clean_label("  Rev.1 ") == "Rev.1"
    assert clean_label("R" * 60) == "R" * 60
    with pytest.raises(LabelError, match="needs a label"):
        clean_label(None)


@pytest.mark.django_db
@pytest.mark.parametrize(("label", "message"), REFUSED)
def test_the_service_refuses_a_bad_label_and_stores_nothing(label, message):
    process = factories.process(CODE)
    revision = process.revision
    draft = import_text(ZERO_DRAFT, label=label, date=dt.date(2026, 3, 20)).version
    with pytest.raises(InvalidInput, match=message):
        texts.import_version(process=process, imported=draft, expected_revision=None, by=None)
    base = latest_version(process)
    with pytest.raises(InvalidInput, match=message):
        texts.issue_revision(process=process, base=base, label=label, date=None,
                             expected_revision=None, by=None)  # fmt: skip
    assert get_process(CODE).revision == revision
    assert [v.label for v in get_process(CODE).versions.all()] == ["Zero draft"]


@pytest.mark.django_db
def test_a_label_with_spaces_around_it_is_stored_without_them():
    process = factories.process(CODE)
    version = texts.issue_revision(process=process, base=latest_version(process),
                                   label=" Rev.1  ", date=None, expected_revision=None,
                                   by=None)  # fmt: skip
    assert version.label == "Rev.1"


@pytest.mark.django_db
@pytest.mark.parametrize(("label", "message"), REFUSED[2:])
def test_the_office_forms_answer_400_naming_the_label(client, secretariat_officer, label, message):
    factories.process(CODE)
    client.force_login(secretariat_officer)
    form = {"base": "Zero draft", "label": label, "date": "2026-03-20"}
    response = client.post(
        reverse("office:negotiation-revise", args=[CODE]),
        form | {"revision": get_process(CODE).revision},
    )
    assert response.status_code == 400
    assert message in html.unescape(response.content.decode())
    upload = client.post(
        reverse("office:negotiation-upload", args=[CODE]),
        form | {"text": ZERO_DRAFT, "revision": get_process(CODE).revision},
    )
    assert upload.status_code == 400
    assert [v.label for v in get_process(CODE).versions.all()] == ["Zero draft"]


@pytest.mark.django_db
def test_the_command_line_refuses_a_bad_label_in_one_line(tmp_path):
    factories.process(CODE)
    draft = tmp_path / "rev.txt"
    draft.write_text(ZERO_DRAFT, encoding="utf-8")
    args = ["negotiation", "import", CODE, str(draft), "--date", "2026-03-20", "--version"]
    with pytest.raises(CommandError, match="cannot contain '/'"):
        call_command(*args, "Rev.1/Add.1", stdout=StringIO(), stderr=StringIO())
