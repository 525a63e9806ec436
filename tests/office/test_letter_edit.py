"""A draft letter is edited before it is approved (its date, place, subject, text,
signatory and recipient), with an audit entry; once approved it is refused with a message."""

import pytest
from django.urls import reverse

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import Letter
from plenipo.correspondence.services.drafts import edit_draft
from plenipo.correspondence.transitions import LETTER, letter_edit_refusal
from tests.office.test_correspondence import MERGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    return Letter.objects.get(recipient_key="RUS")


def _as_shown(client, letter) -> dict:
    form = client.get(reverse("office:letter-edit", args=[letter.pk])).context["form"]
    return {field.html_name: field.value() or "" for field in form}


def test_only_a_draft_may_be_edited_as_the_transition_table_says():
    assert [s for s in LETTER.statuses if not letter_edit_refusal(s)] == ["draft"]
    assert letter_edit_refusal("approved") == (
        "an approved letter is not edited any more; only a draft is"
    )


def test_the_draft_page_offers_its_edit_form_prefilled(client, draft):
    page = client.get(reverse("office:letter", args=[draft.pk])).content.decode()
    assert f'href="/office/letters/{draft.pk}/edit/" id="edit-draft"' in page
    shown = _as_shown(client, draft)
    assert shown["body"] == draft.body
    assert shown["recipient_name"] == draft.recipient_name


def test_an_edited_draft_keeps_the_changes_with_an_audit_entry(client, draft, secretariat_officer):
    url = reverse("office:letter-edit", args=[draft.pk])
    posted = {
        **_as_shown(client, draft),
        "subject": "Ratification of CETS No. 197",
        "body": draft.body + "\n\nA paragraph added before approval.",
        "recipient_email": "minister@example.org",
    }
    response = client.post(url, posted, follow=True)
    page = response.content.decode()
    assert (
        f"{draft}: draft edited (the subject, the text, the recipient&#x27;s e-mail address)."
        in page
    )
    draft.refresh_from_db()
    assert draft.subject == "Ratification of CETS No. 197"
    assert draft.body.endswith("A paragraph added before approval.")
    assert "A paragraph added before approval." in page  # the letter's text as it now reads
    entry = ActivityLog.objects.get(action_type="correspondence.letter.edited")
    assert entry.actor == secretariat_officer
    assert entry.data == {"fields": ["subject", "body", "recipient_email"]}


def test_a_bad_value_is_refused_beside_its_field_and_nothing_is_written(client, draft):
    url = reverse("office:letter-edit", args=[draft.pk])
    posted = {**_as_shown(client, draft), "body": "  ", "recipient_email": "not an address"}
    response = client.post(url, posted)
    assert response.status_code == 400
    page = response.content.decode()
    assert "the text of the letter cannot be left empty" in page
    assert "not an e-mail address (e.g. mission@example.org)" in page
    assert Letter.objects.get(pk=draft.pk).body == draft.body
    assert not ActivityLog.objects.filter(action_type="correspondence.letter.edited").exists()


def test_an_approved_letter_is_not_edited_and_the_officer_is_told(client, draft):
    client.post(reverse("office:letter-action", args=[draft.pk, "approve"]))
    url = reverse("office:letter-edit", args=[draft.pk])
    posted = {**_as_shown_draft(draft), "subject": "Changed after approval"}
    response = client.post(url, posted, follow=True)
    assert "an approved letter is not edited any more; only a draft is." in (
        response.content.decode()
    )
    assert Letter.objects.get(pk=draft.pk).subject == draft.subject
    page = client.get(reverse("office:letter", args=[draft.pk])).content.decode()
    assert 'id="edit-draft"' not in page
    shown = client.get(url, follow=True)
    assert shown.redirect_chain == [(f"/office/letters/{draft.pk}/", 302)]


def test_the_service_refuses_an_approved_letter_and_an_unknown_field(draft, secretariat_officer):
    with pytest.raises(Exception, match="has no reference to edit"):
        edit_draft(letter=draft, by=secretariat_officer, changes={"reference": "NV/1"})
    draft.status = "approved"
    draft.save(update_fields=["status"])
    with pytest.raises(Exception, match="an approved letter is not edited any more"):
        edit_draft(letter=draft, by=secretariat_officer, changes={"subject": "x"})


def test_focal_points_cannot_edit_a_draft(client, draft, focal_point_state_b):
    client.force_login(focal_point_state_b)
    response = client.post(reverse("office:letter-edit", args=[draft.pk]), {"body": "x"})
    assert response.status_code == 403
    assert Letter.objects.get(pk=draft.pk).body == draft.body


def _as_shown_draft(letter) -> dict:
    from plenipo.correspondence.services.drafts import EDITABLE  # noqa: PLC0415

    return {name: getattr(letter, name) for name in EDITABLE}


def test_the_date_place_and_signatory_of_a_draft_are_edited_and_printed(client, draft):
    url = reverse("office:letter-edit", args=[draft.pk])
    day = draft.date.replace(month=1 if draft.date.month != 1 else 2, day=15)
    posted = {**_as_shown(client, draft), "date": day.isoformat(), "place": "Vienne",
              "signatory_name": "A. Officer"}  # fmt: skip
    client.post(url, posted)
    draft.refresh_from_db()
    assert (draft.date, draft.place, draft.signatory_name) == (day, "Vienne", "A. Officer")
    entry = ActivityLog.objects.get(action_type="correspondence.letter.edited")
    assert entry.data == {"fields": ["date", "place", "signatory_name"]}
    printed = client.get(reverse("office:letter-file", args=[draft.pk, "txt"])).content.decode()
    assert "Vienne, " in printed


def test_a_numbered_draft_is_not_dated_in_another_year(draft):
    # numbered as a template with a numbering scheme numbers it, in its date's year
    Letter.objects.filter(pk=draft.pk).update(reference=f"NV/{draft.date.year}/7")
    draft.refresh_from_db()
    other_year = draft.date.replace(year=draft.date.year + 1, day=1)
    with pytest.raises(InvalidInput, match=f"NV/{draft.date.year}/7 was numbered in"):
        edit_draft(letter=draft, by=None, changes={"date": other_year})
    draft.refresh_from_db()
    assert draft.date.year == other_year.year - 1


def test_an_unnumbered_draft_may_be_dated_in_another_year(draft):
    other_year = draft.date.replace(year=draft.date.year + 1, day=1)
    assert edit_draft(letter=draft, by=None, changes={"date": other_year.isoformat()}) == ["date"]
    draft.refresh_from_db()
    assert draft.date == other_year


def test_a_date_that_is_no_day_is_refused_beside_its_field(client, draft):
    url = reverse("office:letter-edit", args=[draft.pk])
    response = client.post(url, {**_as_shown(client, draft), "date": "2026-02-30"})
    assert response.status_code == 400
    assert "give a day as YYYY-MM-DD" in response.content.decode()
