"""A batch is approved and sent the same way from every surface: e-mail where there is an
address, post (or hand, fax) where there is only a postal address, nothing where there is
neither; a bad channel sends none of it."""

import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import Letter
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services import batches
from plenipo.correspondence.services import letters as service

pytestmark = pytest.mark.django_db
DAY = dt.date(2009, 3, 4)


@pytest.fixture
def three_letters():
    """Russia by e-mail, Austria by post only, a third mission with no address at all."""
    missions = resolve("missions:UN-VIE", DAY)
    third = next(r.key for r in missions if r.key not in {"RUS", "AUT"})
    recipients = [r for r in missions if r.key in {"RUS", "AUT", third}]
    result = service.merge(
        template=get_template("meeting-invitation-nv-en"), recipients=recipients, day=DAY, by=None
    )
    letters = {letter.recipient_key: letter for letter in result.letters}
    Letter.objects.filter(pk=letters["RUS"].pk).update(recipient_email="registry@rus.test")
    Letter.objects.filter(pk=letters["AUT"].pk).update(
        recipient_email="", recipient_address="Gottfried-Keller-Gasse 2, Vienna"
    )
    Letter.objects.filter(pk=letters[third].pk).update(recipient_email="", recipient_address="")
    return list(Letter.objects.filter(pk__in=[x.pk for x in letters.values()]))


def _status_by_key():
    return dict(Letter.objects.values_list("recipient_key", "status"))


def test_approving_a_batch_approves_only_its_drafts(three_letters):
    approved = batches.approve_batch(letters=three_letters, by=None)
    assert len(approved) == 3
    assert set(_status_by_key().values()) == {"approved"}
    again = batches.approve_batch(letters=list(Letter.objects.all()), by=None)
    assert again == []


def test_sending_queues_e_mail_records_post_and_leaves_the_unreachable(three_letters):
    batches.approve_batch(letters=three_letters, by=None)
    dispatch = batches.dispatch_batch(letters=list(Letter.objects.all()), channel="post", by=None)
    assert [x.recipient_key for x in dispatch.queued] == ["RUS"]
    assert [x.recipient_key for x in dispatch.by_hand] == ["AUT"]
    [nowhere] = dispatch.unreachable
    assert _status_by_key() == {"RUS": "queued", "AUT": "sent", nowhere.recipient_key: "approved"}
    assert Letter.objects.get(recipient_key="AUT").channel == "post"


def test_a_bad_channel_sends_nothing(three_letters):
    batches.approve_batch(letters=three_letters, by=None)
    with pytest.raises(InvalidInput, match="post, hand or fax, not 'email'"):
        batches.dispatch_batch(letters=list(Letter.objects.all()), channel="email", by=None)
    assert set(_status_by_key().values()) == {"approved"}


def test_drafts_are_not_sent(three_letters):
    dispatch = batches.dispatch_batch(letters=three_letters, channel="post", by=None)
    assert (dispatch.queued, dispatch.by_hand, dispatch.unreachable) == ([], [], [])
    assert set(_status_by_key().values()) == {"draft"}
