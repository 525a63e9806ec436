"""Drafting from a template to a list in the office: who cannot be reached is shown before
anything is written; drafts are approved, sent through the outbox, and replies recorded."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse

from plenipo.correspondence.models import Letter, LetterTemplate
from plenipo.correspondence.recipients import resolve
from plenipo.meetings.models import Delegation, Meeting
from plenipo.registry.models import Membership, PermanentMission
from tests.factories import campaigns as campaign_factories

pytestmark = pytest.mark.django_db
INVITATION = {
    "template": "meeting-invitation-nv-en",
    "to": "missions:UN-VIE",
    "date": "2009-03-04",
    "reach": "reachable",
}


@pytest.fixture
def officer_client(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return client


@pytest.fixture
def invitation(db):
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    return {**INVITATION, "meeting": str(meeting.pk)}


def test_the_preview_names_who_cannot_be_reached_and_why_and_writes_nothing(
    officer_client, invitation
):
    html = officer_client.get(reverse("office:draft"), invitation).content.decode()
    missions = PermanentMission.objects.filter(place__code="UN-VIE").count()
    reachable = PermanentMission.objects.filter(place__code="UN-VIE").exclude(address="", email="")
    assert [m.state.code for m in reachable] == ["RUS"]
    assert f"<strong>1</strong> can be reached · <strong>{missions - 1}</strong> cannot" in html
    assert '<tr data-key="AUT"><td>AUT</td>' in html
    assert "no address or e-mail is recorded for the Permanent Mission of Austria" in html
    assert not Letter.objects.exists()


def test_only_the_reachable_are_drafted_approved_and_recorded_as_posted(officer_client, invitation):
    response = officer_client.post(reverse("office:merge"), invitation)
    assert response.status_code == 302
    assert response.url.startswith(reverse("office:batch"))
    [letter] = Letter.objects.all()
    assert letter.recipient_key == "RUS"
    approved = officer_client.post(response.url, {"action": "approve"}, follow=True)
    assert "1 letter approved." in approved.content.decode()
    page = officer_client.post(response.url, {"action": "send", "channel": "post"}, follow=True)
    letter.refresh_from_db()
    assert (letter.status, letter.channel) == ("sent", "post")
    assert "1 recorded as sent by post" in page.content.decode()
    invited = Delegation.objects.get(meeting_id=invitation["meeting"], state__code="RUS")
    assert (invited.invited_on, invited.invitation_reference) == (letter.date, letter.reference)


def test_a_mission_with_an_email_gets_its_letter_through_the_outbox_and_a_reply(
    officer_client, invitation
):
    PermanentMission.objects.filter(state__code="AUT", place__code="UN-VIE").update(
        email="registry@aut-mission.test"
    )
    batch = officer_client.post(reverse("office:merge"), invitation).url
    officer_client.post(batch, {"action": "approve"})
    officer_client.post(batch, {"action": "send"})
    austria = Letter.objects.get(recipient_key="AUT")
    assert austria.status == "sent"
    assert [m.to for m in mail.outbox] == [["registry@aut-mission.test"]]
    officer_client.post(
        reverse("office:letter-action", args=[austria.pk, "reply"]),
        {"on": "2009-03-20", "channel": "note verbale", "summary": "Two delegates"},
    )
    assert "<td>1</td>" in officer_client.get(batch).content.decode()


def test_the_batch_page_offers_only_the_actions_left_to_take(officer_client, invitation):
    batch = officer_client.post(reverse("office:merge"), invitation).url
    drafted = officer_client.get(batch).content.decode()
    assert 'id="approve-form"' in drafted
    assert 'id="send-form"' not in drafted
    officer_client.post(batch, {"action": "approve"})
    approved = officer_client.get(batch).content.decode()
    assert 'id="approve-form"' not in approved
    assert 'id="send-form"' in approved
    officer_client.post(batch, {"action": "send"})
    sent = officer_client.get(batch).content.decode()
    assert 'id="approve-form"' not in sent
    assert 'id="send-form"' not in sent


def test_a_campaigns_targets_are_a_list_and_their_letters_join_the_campaign(officer_client):
    campaign = campaign_factories.cets_2015("CETS 197 as of 2015")
    choice = {
        "template": "campaign-ratification-en",
        "to": "campaign:cets-2015",
        "date": "2015-06-15",
    }
    html = officer_client.get(reverse("office:draft"), choice).content.decode()
    assert "no address or e-mail is recorded for the ministry" in html
    nobody = officer_client.post(reverse("office:merge"), {**choice, "reach": "reachable"},
                                 follow=True)  # fmt: skip
    assert nobody.redirect_chain[-1][0].startswith(reverse("office:draft"))
    assert (
        '<p class="warning" role="status">No letter written: nobody on the list can be reached.'
        in nobody.content.decode()
    )
    assert sum(t.letters.count() for t in campaign.targets.all()) == 0
    officer_client.post(reverse("office:merge"), {**choice, "reach": "all"})
    assert sorted(t.letters.count() for t in campaign.targets.all()) == [1] * 5


def test_a_bodys_members_are_reached_through_their_missions_in_a_city(officer_client):
    choice = {**INVITATION, "to": "members:COP-UNTOC", "at": "UN-VIE"}
    html = officer_client.get(reverse("office:draft"), choice).content.decode()
    assert '<tr data-key="RUS">' in html
    assert "no permanent mission at" in html  # a party with no mission recorded in Vienna


def test_the_place_of_members_missions_is_not_preselected(officer_client):
    html = officer_client.get(reverse("office:draft")).content.decode()
    select = html[html.index('<select name="at">') :]
    select = select[: select.index("</select>")]
    assert '<option value="">' in select
    assert " selected" not in select


def test_the_meeting_page_opens_the_letter_form_with_its_invitation_chosen(
    officer_client, invitation
):
    meeting = Meeting.objects.get(pk=invitation["meeting"])
    page = officer_client.get(reverse("office:meeting-edit", args=[meeting.pk])).content.decode()
    start = page.index('id="invitation-letters"')
    link = page[
        page.rindex('href="', 0, start) + 6 : page.index('"', page.rindex('href="', 0, start) + 6)
    ]
    html = officer_client.get(link.replace("&amp;", "&")).content.decode()
    assert '<option value="wg-tip-invitation-nv-en" selected>' in html
    assert f'<option value="{meeting.pk}" selected>' in html
    assert 'type="checkbox" name="only" value="RUS"' in html
    assert 'type="checkbox" name="only" value="AUT"' in html
    assert not Letter.objects.exists()


def test_the_invitation_is_written_to_the_invited_states_once_invited(officer_client, invitation):
    meeting = Meeting.objects.get(pk=invitation["meeting"])
    already = set(meeting.delegations.values_list("state__code", flat=True))
    choice = {**invitation, "to": f"invited:{meeting.pk}", "at": "UN-VIE"}
    choice.pop("reach")
    html = officer_client.get(reverse("office:draft"), choice).content.decode()
    boxes = html.count('type="checkbox" name="only"')
    assert boxes == len(already - {None})


def test_only_the_ticked_recipients_get_a_draft(officer_client, invitation):
    choice = {**invitation, "choose": "1", "only": ["AUT", "RUS"]}
    choice.pop("reach")
    response = officer_client.post(reverse("office:merge"), choice)
    assert response.status_code == 302
    assert sorted(Letter.objects.values_list("recipient_key", flat=True)) == ["AUT", "RUS"]


def test_no_tick_writes_nothing_and_says_so(officer_client, invitation):
    choice = {**invitation, "choose": "1"}
    page = officer_client.post(reverse("office:merge"), choice, follow=True).content.decode()
    assert "tick at least one recipient to write to" in page
    assert not Letter.objects.exists()


def test_a_tick_not_on_the_list_writes_nothing(officer_client, invitation):
    choice = {**invitation, "choose": "1", "only": ["RUS", "XXX"]}
    page = officer_client.post(reverse("office:merge"), choice, follow=True).content.decode()
    assert "not on the list missions:UN-VIE: XXX" in page
    assert not Letter.objects.exists()


def test_the_letters_page_offers_lists_to_choose_not_syntax_to_type(officer_client):
    html = officer_client.get(reverse("office:letters")).content.decode()
    assert '<select name="to" required>' in html
    assert '<option value="missions:UN-VIE">' in html
    assert 'placeholder="missions:UN-VIE' not in html


def test_the_letters_page_offers_the_ministers_of_members_not_parties(officer_client):
    html = officer_client.get(reverse("office:letters")).content.decode()
    assert (
        '<option value="ministers:COE:CETS-197">Ministers for foreign affairs of COE member '
        "States not party to CETS-197</option>"
    ) in html
    offered = re.findall(r'<option value="(ministers:[^"]+)">', html)
    assert offered == re.findall(
        r'<option value="(ministers:[^"]+)">',
        officer_client.get(reverse("office:draft")).content.decode(),
    )
    # each names an organization whose members the registry records: each can be written to
    for spec in offered:
        assert isinstance(resolve(spec, dt.date(2015, 6, 15)), list), spec
    organizations = {spec.split(":")[1] for spec in offered}
    assert organizations == set(
        Membership.objects.values_list("organization__code", flat=True).distinct()
    )


def test_a_recipient_already_written_to_is_not_ticked_again(officer_client, invitation):
    officer_client.post(reverse("office:merge"), invitation)  # RUS, the one reachable
    html = officer_client.get(reverse("office:draft"), invitation).content.decode()
    assert _box("RUS", html) is not None
    assert " checked" not in _box("RUS", html)
    assert re.search(r"letter CU [^<]* draft", html)


def _box(key, html):
    found = re.search(rf'<input type="checkbox" name="only" value="{key}"[^>]*>', html)
    return found and found.group(0)


def test_a_reachable_recipient_not_yet_written_to_is_ticked(officer_client, invitation):
    html = officer_client.get(reverse("office:draft"), invitation).content.decode()
    assert " checked" in _box("RUS", html)
    assert " checked" not in _box("AUT", html)  # cannot be reached


def _greta_meeting():
    from plenipo.bodies.queries import get_body  # noqa: PLC0415
    from tests.factories import meetings as meeting_factories  # noqa: PLC0415

    return meeting_factories.meeting(
        body=get_body("GRETA"), title="GRETA plenary", start="2030-07-06", end="2030-07-10"
    )


def test_a_council_of_europe_meeting_offers_only_the_council_of_europe_invitation(officer_client):
    meeting = _greta_meeting()
    html = officer_client.get(reverse("office:draft"), {"meeting": meeting.pk}).content.decode()
    select = html[html.index('<select name="template">') :]
    select = select[: select.index("</select>")]
    assert re.findall(r'<option value="([^"]+)"', select) == ["meeting-invitation-coe-en"]
    assert 'id="no-invitation"' not in html


def test_a_meeting_of_an_organization_without_invitation_says_so_and_offers_its_office(
    officer_client,
):
    meeting = _greta_meeting()
    LetterTemplate.objects.filter(name="meeting-invitation-coe-en").delete()
    html = officer_client.get(reverse("office:draft"), {"meeting": meeting.pk}).content.decode()
    assert (
        "The project has no invitation template for COE (the body GRETA): draft from a general "
        "template, written from the office of COE."
    ) in html
    assert '<select name="office"><option value="COE-SG">' in html


def test_a_un_letterhead_for_a_council_of_europe_meeting_is_refused_and_writes_nothing(
    officer_client,
):
    meeting = _greta_meeting()
    choice = {**INVITATION, "meeting": meeting.pk, "to": "missions:UN-VIE", "choose": "1"}
    choice["only"] = ["AUT"]
    page = officer_client.post(reverse("office:merge"), choice, follow=True).content.decode()
    assert "the meeting&#x27;s body GRETA belongs to COE" in page
    assert not Letter.objects.exists()
