import pytest
from django.urls import reverse

from plenipo.correspondence.models import Letter

pytestmark = pytest.mark.django_db
MERGE = {
    "template": "campaign-ratification-en",
    "to": "ministers:COE:CETS-197",
    "date": "2015-06-15",
}


def test_an_officer_writes_approves_and_records_a_letter_sent_by_hand(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:merge-job"), MERGE, follow=True)
    page = response.content.decode()
    assert "Done: 5 of 5 done" in page
    assert "draft letters written: 5" in page
    letter = Letter.objects.get(recipient_key="RUS")
    page = client.get(reverse("office:letter", args=[letter.pk])).content.decode()
    assert "GRETA has so far evaluated the policies in 39 countries" in page
    client.post(reverse("office:letter-action", args=[letter.pk, "approve"]))
    client.post(reverse("office:letter-action", args=[letter.pk, "sent"]), {"channel": "hand"})
    letter.refresh_from_db()
    assert (letter.status, letter.approved_by, letter.channel) == (
        "sent",
        secretariat_officer,
        "hand",
    )
    docx = client.get(reverse("office:letter-file", args=[letter.pk, "docx"]))
    assert docx.content[:2] == b"PK"


def test_every_field_of_a_letters_page_has_a_label(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    letter = Letter.objects.get(recipient_key="RUS")
    url = reverse("office:letter", args=[letter.pk])
    client.post(reverse("office:letter-action", args=[letter.pk, "approve"]))
    assert '<select name="channel" aria-label="Sent how">' in client.get(url).content.decode()
    client.post(reverse("office:letter-action", args=[letter.pk, "sent"]), {"channel": "hand"})
    assert 'name="summary" placeholder="Summary" aria-label=' in client.get(url).content.decode()


def test_a_letters_page_leads_back_to_the_office(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    letter = Letter.objects.get(recipient_key="RUS")
    html = client.get(reverse("office:letter", args=[letter.pk])).content.decode()
    office, letters = reverse("office:dashboard"), reverse("office:letters")
    assert f'<p class="muted"><a href="{office}">Office</a> › <a href="{letters}">' in html


def test_a_bad_list_is_reported(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:merge-job"), {**MERGE, "to": "everyone"}, follow=True)
    assert "unknown distribution list" in response.content.decode()
    assert not Letter.objects.exists()


def test_focal_points_have_no_access_to_correspondence(client, focal_point_state_b):
    client.force_login(focal_point_state_b)
    assert client.get(reverse("office:letters")).status_code == 403
    assert client.post(reverse("office:merge-job"), MERGE).status_code == 403
    assert not Letter.objects.exists()


def test_a_reference_with_quotes_and_line_breaks_still_downloads(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    letter = Letter.objects.get(recipient_key="RUS")
    Letter.objects.filter(pk=letter.pk).update(reference='CM/"Del"\r\nX-Evil: 1 № 5')
    response = client.get(reverse("office:letter-file", args=[letter.pk, "txt"]))
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert "\n" not in disposition
    assert "\r" not in disposition
    assert disposition.startswith("attachment; filename")
    assert "X-Evil" not in response.headers


def _approved_letter(client, officer, *, email):
    client.force_login(officer)
    client.post(reverse("office:merge-job"), MERGE)
    letter = Letter.objects.get(recipient_key="RUS")
    Letter.objects.filter(pk=letter.pk).update(recipient_email=email)
    client.post(reverse("office:letter-action", args=[letter.pk, "approve"]))
    letter.refresh_from_db()
    return letter


def test_a_letter_with_no_e_mail_address_says_so_instead_of_offering_e_mail(
    client, secretariat_officer
):
    letter = _approved_letter(client, secretariat_officer, email="")
    html = client.get(reverse("office:letter", args=[letter.pk])).content.decode()
    assert "Send by e-mail" not in html
    assert f"No e-mail address for {letter.recipient_post}: print or send it by hand." in html
    # The refusal stays on the server for a form posted anyway.
    queue = reverse("office:letter-action", args=[letter.pk, "queue"])
    page = client.post(queue, follow=True).content.decode()
    assert f"{letter}: no e-mail address for {letter.recipient_post}" in page
    letter.refresh_from_db()
    assert letter.status == "approved"


def test_each_action_on_a_letter_says_what_was_done(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    letter = Letter.objects.get(recipient_key="RUS")
    Letter.objects.filter(pk=letter.pk).update(recipient_email="minister@example.org")
    letter.refresh_from_db()

    def act(action, **form):
        url = reverse("office:letter-action", args=[letter.pk, action])
        return client.post(url, form, follow=True).content.decode()

    assert f"{letter}: approved by {secretariat_officer}." in act("approve")
    html = client.get(reverse("office:letter", args=[letter.pk])).content.decode()
    assert "Send by e-mail</button>" in html
    assert 'id="no-email"' not in html
    assert f"{letter}: queued to be sent by e-mail to minister@example.org." in act("queue")
    assert f"{letter}: recorded as sent (by hand)." in act("sent", channel="hand")
    on = letter.date.isoformat()
    assert f"{letter}: reply received on {on} recorded." in act("reply", on=on, channel="fax")
    assert ": done." not in act("approve")  # refused now: the reason, not a success


def test_the_anonymous_are_sent_to_sign_in_and_brought_back(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    letter = Letter.objects.get(recipient_key="RUS")
    client.logout()
    page = reverse("office:letter", args=[letter.pk])
    for url in (page, reverse("office:inbox")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next={url}"
    # a form posted signed out comes back to the page it was on, not to its POST-only address
    response = client.post(reverse("office:letter-action", args=[letter.pk, "approve"]))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={page}"
    letter.refresh_from_db()
    assert letter.status == "draft"
