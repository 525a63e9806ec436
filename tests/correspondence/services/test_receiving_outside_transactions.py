"""A received letter is read before any transaction opens: on SQLite a transaction that
has read holds back every other user's save for as long as it stays open, and reading a
long letter takes seconds."""

from pathlib import Path

import pytest
from django.db import connection

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import IncomingLetter
from plenipo.correspondence.services import incoming

SEED = Path(__file__).resolve().parents[2] / "corpus" / "seed_002.txt"


def reading_that_notes_transactions(monkeypatch, during=None):
    """The real reader, noting whether a transaction was open each time it read."""
    seen = []
    real = incoming.read_text

    def read_text(text):
        seen.append(connection.in_atomic_block)
        if during is not None and len(seen) == 1:
            during()
        return real(text)

    monkeypatch.setattr(incoming, "read_text", read_text)
    return seen


@pytest.mark.django_db(transaction=True)
def test_a_letter_is_read_with_no_transaction_open_and_then_kept(monkeypatch):
    seen = reading_that_notes_transactions(monkeypatch)
    letter = incoming.receive(name="pga.txt", data=SEED.read_bytes(), by=None)
    assert seen == [False]
    assert IncomingLetter.objects.get(pk=letter.pk).reading["meetings"]


@pytest.mark.django_db(transaction=True)
def test_the_same_file_kept_while_it_was_read_is_refused_when_storing(monkeypatch):
    data = SEED.read_bytes()

    def another_upload_of_it():
        incoming.receive(name="first.txt", data=data, by=None)

    reading_that_notes_transactions(monkeypatch, during=another_upload_of_it)
    with pytest.raises(incoming.AlreadyReceived, match="already received"):
        incoming.receive(name="second.txt", data=data, by=None)
    assert list(IncomingLetter.objects.values_list("name", flat=True)) == ["first.txt"]


@pytest.mark.django_db
def test_a_text_longer_than_the_inbox_reads_is_refused_naming_the_limit():
    letter = SEED.read_text(encoding="utf-8")
    data = (letter * (incoming.MAX_READ_CHARACTERS // len(letter) + 1)).encode("utf-8")
    with pytest.raises(InvalidInput, match="the inbox reads letters of up to 5,000,000"):
        incoming.receive(name="long.txt", data=data, by=None)
    assert not IncomingLetter.objects.exists()
