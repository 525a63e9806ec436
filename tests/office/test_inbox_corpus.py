"""Every letter of the reading corpus, uploaded through the inbox page, opens for review
whatever the reader found or missed in it."""

from pathlib import Path

import pytest

from plenipo.correspondence.models import IncomingLetter

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LETTERS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_is_there():
    assert len(LETTERS) > 100


def test_every_corpus_letter_uploads_and_opens_for_review(client, secretariat_officer):
    client.force_login(secretariat_officer)
    failures = []
    for path in LETTERS:
        with path.open("rb") as upload:
            response = client.post("/office/inbox/", {"file": upload})
        if response.status_code != 302:
            failures.append(f"{path.name}: upload answered {response.status_code}")
            continue
        review = client.get(response.url)
        html = review.content.decode()
        if review.status_code != 200 or 'id="letter-text"' not in html:
            failures.append(f"{path.name}: review answered {review.status_code}")
    assert failures == []
    assert IncomingLetter.objects.filter(enclosed_in__isnull=True).count() == len(LETTERS)
