"""The portal's negotiation pages: a focal point reads the current text, proposes for its
state or a group it is registered for, supports or objects; a process it may not read is a
404."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from plenipo.negotiations.models import Visibility
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import processes, silence, texts
from plenipo.registry.models import Organization
from plenipo.registry.services.focal_points import appoint_focal_point
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
REPLACE = {"version": "Zero draft", "paragraph": "OP1", "action": "replace", "occurrence": 1}


@pytest.fixture
def austria(client, focal_point_state_a):
    client.force_login(focal_point_state_a)
    return client


def test_the_focal_point_reads_the_current_text_and_proposes(austria, focal_point_state_a):
    factories.process(CODE)
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert "Calls upon Member States to combat" in page
    assert '<option value="AUT">Austria</option>' in page  # named, not a bare code
    assert '<option value="EU"' not in page  # a group Austria belongs to, not its voice
    assert '<option value="BEL">' not in page
    refused = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "EU", "words": "combat", "text": "eradicate"},
    )
    assert refused.status_code == 400
    assert not get_process(CODE).proposals.exists()
    _register_for_the_eu(focal_point_state_a)
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert '<option value="EU">European Union</option>' in page
    response = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "EU", "words": "combat", "text": "eradicate"},
        follow=True,
    )
    html = response.content.decode()
    assert "[combat] [eradicate — EU]" in html
    [proposal] = get_process(CODE).proposals.all()
    assert (proposal.party, proposal.made_by.username) == ("EU", "focal-point-aut")
    assert f"Proposal {proposal.pk} (European Union) recorded on Zero draft." in html


def _register_for_the_eu(user):
    eu = Organization.objects.get(code="EU")
    appoint_focal_point(user=user, state=user.focal_point.state, groups=[eu], by=None)


def test_proposals_and_stances_name_their_parties(austria, focal_point_state_a):
    process = factories.process(CODE)
    proposal = factories.propose(process, "BEL", "delete", "OP3")
    austria.post(reverse("portal:negotiation-stance", args=[CODE, proposal.pk, "object"]),
                 {"party": "AUT"})  # fmt: skip
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert f"{proposal.pk} · Belgium</strong>" in page
    assert "opposed by Austria" in page
    assert '<option value="AUT">Austria</option>' in page


def test_words_not_in_the_paragraph_are_refused_and_the_form_keeps_them(austria):
    factories.process(CODE)
    response = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "AUT", "words": "eliminate", "text": "end"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "does not contain" in html or "not found" in html, html[-2000:]
    assert 'value="eliminate"' in html
    assert not get_process(CODE).proposals.exists()


def test_a_focal_point_cannot_propose_for_another_state(austria):
    factories.process(CODE)
    response = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "BEL", "words": "combat", "text": "end"},
    )
    assert response.status_code == 400
    assert not get_process(CODE).proposals.exists()


def test_support_and_objection(client, austria, focal_point_state_b):
    process = factories.process(CODE)
    proposal = factories.propose(process, "BEL", "delete", "OP3")
    url = reverse("portal:negotiation-stance", args=[CODE, proposal.pk, "support"])
    austria.post(url, {"party": "AUT"})
    proposal.refresh_from_db()
    assert proposal.supporters == ["AUT"]
    austria.post(url.replace("support", "object"), {"party": "AUT"})
    proposal.refresh_from_db()
    assert (proposal.supporters, proposal.objectors) == ([], ["AUT"])
    client.force_login(focal_point_state_b)
    own = client.post(url, {"party": "BEL"}, follow=True).content.decode()
    assert f"proposal {proposal.pk} is BEL&#x27;s own" in own


def test_a_secretariat_only_process_is_404_to_focal_points(austria):
    factories.process(CODE, visibility=Visibility.SECRETARIAT)
    assert austria.get(reverse("portal:negotiation", args=[CODE])).status_code == 404
    assert (
        austria.post(reverse("portal:negotiation-propose", args=[CODE]), REPLACE).status_code == 404
    )
    assert CODE not in austria.get(reverse("portal:negotiations")).content.decode()


def test_a_proposal_on_a_version_kept_to_the_secretariat_is_404_on_the_portal(austria):
    process = factories.process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=factories.DAY, expected_revision=None, circulated=False,
                         by=None)  # fmt: skip
    hidden = factories.propose(process, "facilitators", "delete", "OP3")
    url = reverse("portal:negotiation-stance", args=[CODE, hidden.pk, "support"])
    assert austria.post(url, {"party": "AUT"}).status_code == 404
    hidden.refresh_from_db()
    assert hidden.supporters == []


def test_a_version_kept_to_the_secretariat_does_not_exist_for_focal_points(austria):
    process = factories.process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=factories.DAY, expected_revision=None, circulated=False,
                         by=None)  # fmt: skip
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert "Current text: Zero draft" in page
    assert "Rev.1" not in page
    response = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"version": "Rev.1", "party": "AUT", "words": "combat", "text": "end"},
    )
    assert response.status_code == 400
    assert "has no version &#x27;Rev.1&#x27; (versions: Zero draft)" in response.content.decode()
    # Proposals on the circulated text go on while the facilitators prepare theirs.
    made = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "AUT", "words": "combat", "text": "end"},
    )
    assert made.status_code == 302
    [proposal] = get_process(CODE).proposals.all()
    assert proposal.made_on.label == "Zero draft"


def test_an_adopted_text_is_shown_final_and_a_late_proposal_is_refused(austria):
    process = factories.process(CODE)
    factories.propose(process, "BEL", "delete", "OP3")
    processes.record_outcome(process=get_process(CODE), symbol="A/RES/81/2", date="2026-04-02",
                             method="consensus", by=None)  # fmt: skip
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert "Adopted as A/RES/81/2: the text is final" in page
    assert 'id="propose-form"' not in page
    assert "Support</button>" not in page
    late = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "AUT", "words": "combat", "text": "end"},
    )
    assert late.status_code == 400
    assert "its text takes no more changes" in late.content.decode()
    assert get_process(CODE).proposals.count() == 1


def test_a_text_under_silence_is_shown_so_and_takes_no_proposal_until_it_ends(austria):
    process = factories.process(CODE)
    until = dt.datetime(2099, 3, 5, 18, 0, tzinfo=ZoneInfo("America/New_York"))
    silence.start_silence(process=process, version=latest_version(process), until=until,
                          timezone="America/New_York", by=None)  # fmt: skip
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert (
        "Zero draft is under silence procedure until 2099-03-05, 18:00 (America/New_York)" in page
    )
    assert 'id="propose-form"' not in page
    refused = austria.post(
        reverse("portal:negotiation-propose", args=[CODE]),
        REPLACE | {"party": "AUT", "words": "combat", "text": "end"},
    )
    assert refused.status_code == 400
    assert "under silence until 5 March 2099, 18:00 (UTC-05:00), America/New_York" in (
        refused.content.decode()
    )
    assert not get_process(CODE).proposals.exists()
    silence.break_silence(process=process, party="BEL", at=until - dt.timedelta(days=1), by=None)
    again = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert 'id="silence-notice"' not in again
    assert 'id="propose-form"' in again


def test_under_silence_the_page_offers_exactly_what_the_service_takes(austria):
    """Under silence the service refuses proposals but still records stances on the pending
    ones: the notice says so, the stance buttons stay and work, the proposal form goes."""
    process = factories.process(CODE)
    proposal = factories.propose(process, "BEL", "delete", "OP3")
    until = dt.datetime(2099, 3, 5, 18, 0, tzinfo=ZoneInfo("America/New_York"))
    silence.start_silence(process=process, version=latest_version(process), until=until,
                          timezone="America/New_York", by=None, confirmed=True)  # fmt: skip
    page = austria.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert "it takes no new proposals; support for or objection to a pending proposal" in page
    assert 'id="propose-form"' not in page
    stance_url = reverse("portal:negotiation-stance", args=[CODE, proposal.pk, "support"])
    assert f'action="{stance_url}"' in page
    assert austria.post(stance_url, {"party": "AUT"}).status_code == 302
    proposal.refresh_from_db()
    assert proposal.supporters == ["AUT"]
