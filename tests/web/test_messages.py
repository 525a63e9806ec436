"""What a screen says after an action (saved, refused) shows once, on whichever page the
action leads to: the site's base template shows it, no page repeats it."""

import pytest
from django.urls import reverse

from plenipo.meetings.models import Meeting

pytestmark = pytest.mark.django_db


def test_a_refusal_is_said_once_on_the_page_it_leads_to(client, secretariat_officer):
    client.force_login(secretariat_officer)
    meeting = Meeting.objects.order_by("pk").first()
    response = client.post(
        reverse("office:agenda-add", args=[meeting.pk]), {"number": "", "title": ""}, follow=True
    )
    page = response.content.decode()
    assert response.status_code == 400  # the form again, with what was typed
    assert page.count("an agenda item needs a number and a title") == 1
    assert '<div class="error" role="alert">an agenda item needs a number and a title</div>' in page
