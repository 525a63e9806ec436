"""The letters sent to a focal point's state, in the portal and the API: its own state's
sent letters only, newest first, each downloadable."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import correspondence as letter_factories
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def letters(focal_point_state_a, focal_point_state_b):
    """Two meetings' invitations: the first sent to Austria and Belgium, the second written
    to both and sent to Belgium only (Austria's stays a draft)."""
    first, second = factories.meeting(), factories.meeting()
    for meeting in (first, second):
        factories.delegation(meeting, "AUT")
        factories.delegation(meeting, "BEL")
    early = letter_factories.sent_invitations(first, "AUT", "BEL", day=dt.date(2030, 3, 5))
    late = letter_factories.sent_invitations(second, "BEL", day=dt.date(2030, 3, 9))
    return {"first": first, "second": second, "early": early, "late": late}


def test_the_focal_point_sees_only_its_states_sent_letters(client, focal_point_state_a, letters):
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:letters")).content.decode()
    sent = letters["early"]["AUT"]
    assert sent.reference in html
    assert letters["first"].title in html
    assert sent.subject in html
    assert reverse("portal:letter-file", args=[sent.pk, "pdf"]) in html
    assert letters["early"]["BEL"].reference not in html  # Belgium's
    assert letters["late"]["AUT"].reference not in html  # a draft


def test_the_letters_come_newest_first(client, focal_point_state_b, letters):
    client.force_login(focal_point_state_b)
    html = client.get(reverse("portal:letters")).content.decode()
    late, early = letters["late"]["BEL"], letters["early"]["BEL"]
    assert html.index(late.reference) < html.index(early.reference)


def test_the_focal_point_downloads_its_letter(client, focal_point_state_a, letters):
    client.force_login(focal_point_state_a)
    sent = letters["early"]["AUT"]
    text = client.get(reverse("portal:letter-file", args=[sent.pk, "txt"]))
    assert text.status_code == 200
    assert sent.reference in text.content.decode()
    docx = client.get(reverse("portal:letter-file", args=[sent.pk, "docx"]))
    assert docx.content.startswith(b"PK")
    assert "attachment" in docx["Content-Disposition"]


def test_state_bs_focal_point_gets_404_on_state_as_letter(client, focal_point_state_b, letters):
    client.force_login(focal_point_state_b)
    austrias = letters["early"]["AUT"]
    response = client.get(reverse("portal:letter-file", args=[austrias.pk, "txt"]))
    assert response.status_code == 404
    assert austrias.reference not in response.content.decode()


def test_a_draft_to_ones_own_state_is_404(client, focal_point_state_a, letters):
    client.force_login(focal_point_state_a)
    draft = letters["late"]["AUT"]
    assert client.get(reverse("portal:letter-file", args=[draft.pk, "txt"])).status_code == 404


def test_an_unknown_format_is_404(client, focal_point_state_a, letters):
    client.force_login(focal_point_state_a)
    sent = letters["early"]["AUT"]
    assert client.get(reverse("portal:letter-file", args=[sent.pk, "odt"])).status_code == 404


def test_the_api_gives_a_focal_point_its_states_sent_letters(client, focal_point_state_a, letters):
    client.force_login(focal_point_state_a)
    answer = client.get("/api/letters").json()
    assert [row["reference"] for row in answer] == [letters["early"]["AUT"].reference]
    assert answer[0]["meeting"] == letters["first"].pk
    assert answer[0]["status"] == "sent"
    belgiums = letters["early"]["BEL"]
    missing = client.get(f"/api/letters/{belgiums.pk}")
    assert missing.status_code == 404
    assert missing.json()["detail"]


def test_the_list_page_reads_in_constant_queries(
    client, focal_point_state_b, letters, django_assert_max_num_queries
):
    client.force_login(focal_point_state_b)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("portal:letters")).status_code == 200
