"""Each main office and portal page's <title> names the page (its heading, or what the
heading is about), never another page's name."""

import re

import pytest
from django.urls import reverse

from tests.factories import meetings as meeting_factories
from tests.factories import negotiations as negotiation_factories

pytestmark = pytest.mark.django_db


def _title(html: str) -> str:
    [title] = re.findall(r"<title>(.*?)</title>", html, re.S)
    return " ".join(title.split()).removesuffix(" · Plenipo")


def test_every_main_office_page_is_titled_after_itself(client, secretariat_officer):
    meeting = meeting_factories.meeting(title="Consultation on trafficking")
    process = negotiation_factories.process("TIP-RES")
    client.force_login(secretariat_officer)
    expected = {
        reverse("office:dashboard"): "Office",
        reverse("office:meetings"): "Meetings",
        reverse("office:meeting-create"): "New meeting",
        reverse("office:reply-matrix", args=[meeting.pk]): "Consultation on trafficking",
        reverse("office:meeting-edit", args=[meeting.pk]): "Edit Consultation on trafficking",
        reverse("office:venues"): "Venues and rooms",
        reverse("office:letters"): "Letters",
        reverse("office:replies"): "Replies",
        reverse("office:campaigns"): "Campaigns",
        reverse("office:inbox"): "Inbox",
        reverse("office:tasks"): "Tasks",
        reverse("office:jobs"): "Jobs",
        reverse("office:negotiations"): "Negotiations",
        reverse("office:negotiation", args=[process.code]): process.code,
    }
    titles = {url: _title(client.get(url).content.decode()) for url in expected}
    assert titles == expected


def test_every_main_portal_page_is_titled_after_itself(client, focal_point_state_a):
    meeting = meeting_factories.meeting()
    meeting_factories.delegation(meeting)
    process = negotiation_factories.process("TIP-RES")
    client.force_login(focal_point_state_a)
    expected = {
        reverse("portal:home"): "Portal",
        reverse("portal:edit-delegation", args=[meeting.pk]): "Delegation",
        reverse("portal:negotiations"): "Negotiations",
        reverse("portal:negotiation", args=[process.code]): process.code,
    }
    titles = {url: _title(client.get(url).content.decode()) for url in expected}
    assert titles == expected
