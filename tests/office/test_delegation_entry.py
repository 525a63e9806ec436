"""The office's own entry of a delegation, and the names it sees before deciding."""

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenipo.bodies.queries import get_body
from plenipo.core.errors import NotFound
from plenipo.correspondence.services import incoming
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import register_delegation
from plenipo.office.delegation_forms import DelegationEntryForm
from plenipo.registry.queries import get_party
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
NOTE = (
    "Vienna, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
    "Missions and has the honour to inform them that the fifth meeting of the Working Group "
    "on Trafficking in Persons will be held from 14 to 15 October 2031 in Vienna.\n"
)


def rows(*people) -> dict:
    """The participant rows as the page posts them."""
    data = {"p-TOTAL_FORMS": str(len(people)), "p-INITIAL_FORMS": "0"}
    for number, (role, name, title, email) in enumerate(people):
        data |= {
            f"p-{number}-role": role,
            f"p-{number}-name": name,
            f"p-{number}-title": title,
            f"p-{number}-email": email,
        }
    return data


FRANCE = rows(
    ("head", "Camille Martin", "Ambassador", "c.martin@example.org"),
    ("adviser", "Luc Bernard", "Counsellor", ""),
    ("adviser", "", "", ""),  # a blank row is not saved
)


def test_an_officer_records_an_uninvited_states_delegation(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    url = reverse("office:delegation-enter-new", args=[meeting.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"party": "fra", "source": "note verbale No. 123 of 2 May", **FRANCE}
    )
    assert response.status_code == 302
    france = Delegation.objects.get(meeting=meeting, state__code="FRA")
    assert (france.status, france.not_invited, france.entry_source) == (
        "pending",
        True,
        "note verbale No. 123 of 2 May",
    )
    page = client.get(response.url).content.decode()
    assert "entered by the secretariat" in page  # the message
    assert "not invited, registered by the secretariat" in page
    assert "Camille Martin, Ambassador" in page
    assert "Luc Bernard, Counsellor" in page
    assert "from note verbale No. 123 of 2 May" in page


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"party": "XXX", **FRANCE}, "unknown state or organization"),
        ({"party": "FRA", **rows(("adviser", "Luc Bernard", "", ""))}, "exactly one head"),
        ({"party": "FRA", **rows(("head", "A B", "", "not-an-address"))}, "valid email"),
        ({"party": "FRA", "letter": "99999", **FRANCE}, "99999"),
    ],
)
def test_bad_input_is_refused_beside_the_field_and_nothing_is_saved(
    client, secretariat_officer, data, said
):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:delegation-enter-new", args=[meeting.pk]), data)
    assert response.status_code == 400
    assert said in response.content.decode()
    assert not Delegation.objects.filter(meeting=meeting).exists()


def test_a_registered_delegation_is_corrected_from_its_own_page(
    client, secretariat_officer, focal_point_state_a
):
    delegation = factories.delegation(factories.meeting(), "AUT")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=1,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    client.force_login(secretariat_officer)
    new = reverse("office:delegation-enter-new", args=[delegation.meeting_id])
    refused = client.post(new, {"party": "AUT", **FRANCE})
    assert refused.status_code == 400
    assert "already registered its delegation" in refused.content.decode()
    url = reverse("office:delegation-enter", args=[delegation.pk])
    shown = client.get(url).content.decode()
    assert 'value="Anna Berger"' in shown
    stale = client.post(url, {"version": "1", **FRANCE})
    assert stale.status_code == 400
    assert "changed by someone else" in stale.content.decode()
    saved = client.post(url, {"version": "2", "source": "e-mail of 3 May", **FRANCE})
    assert saved.status_code == 302
    delegation.refresh_from_db()
    assert [p.name for p in delegation.participants.all()] == ["Camille Martin", "Luc Bernard"]
    assert delegation.not_invited is False


def test_a_received_letter_linked_to_the_meeting_is_the_source(client, secretariat_officer):
    letter = incoming.receive(name="nv-123.txt", data=NOTE.encode(), by=secretariat_officer)
    meeting = incoming.accept(
        letter=letter, item="meetings/0", by=secretariat_officer, body=get_body("WG-TIP")
    )
    other = incoming.receive(name="other.txt", data=b"Nothing about a meeting.", by=None)
    client.force_login(secretariat_officer)
    url = reverse("office:delegation-enter-new", args=[meeting.pk])
    page = client.get(url).content.decode()
    assert "nv-123.txt" in page
    assert "other.txt" not in page
    refused = client.post(url, {"party": "FRA", "letter": str(other.pk), **FRANCE})
    assert refused.status_code == 400
    response = client.post(url, {"party": "FRA", "letter": str(letter.pk), **FRANCE})
    assert response.status_code == 302
    france = Delegation.objects.get(meeting=meeting, state__code="FRA")
    assert france.entry_letter == letter.pk
    assert france.entry_source.startswith(f"received letter No. {letter.pk}, nv-123.txt")
    matrix = client.get(response.url).content.decode()
    assert f'href="{reverse("office:review", args=[letter.pk])}"' in matrix


def test_the_decide_row_shows_the_names_the_letter_and_the_credentials(
    client, secretariat_officer, focal_point_state_a
):
    meeting = factories.meeting(requires_credentials=True)
    delegation = factories.delegation(meeting, "AUT")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=1,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    row = html[html.index('data-party="AUT"') :]
    row = row[: row.index("</tr>")]
    for shown in (
        "Anna Berger, Ambassador",
        "Bernd Huber, Counsellor",
        "Clara Wagner, Legal adviser",
    ):
        assert shown in row
    assert row.index("Anna Berger") < row.index('value="approve"')
    assert 'value="yes">Mark credentials received</button>' in row  # not yet received
    assert "Head of delegation" in row


def test_another_method_is_405(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    assert client.put(reverse("office:delegation-enter-new", args=[meeting.pk])).status_code == 405


def test_entering_an_invited_delegation_records_the_partys_reply(client, secretariat_officer):
    meeting = factories.meeting()
    austria = factories.delegation(meeting, "AUT")
    client.force_login(secretariat_officer)
    url = reverse("office:delegation-enter", args=[austria.pk])
    form = {"version": austria.version, "reply_channel": "note verbale", **FRANCE}
    assert client.post(url, form).status_code == 302
    austria.refresh_from_db()
    today = dt.date.today()
    assert (austria.replied_on, austria.reply_channel) == (
        max(today, austria.invited_on),
        "note verbale",
    )
    assert austria.entered_on == today
    matrix = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert f"Entered by the secretariat on {today:%Y-%m-%d}" in matrix


def test_a_reply_already_recorded_is_kept_and_an_unknown_channel_is_not_stated(
    client, secretariat_officer
):
    meeting = factories.meeting()
    austria, belgium = factories.delegation(meeting, "AUT"), factories.delegation(meeting, "BEL")
    client.force_login(secretariat_officer)
    client.post(
        reverse("office:record-reply", args=[austria.pk]),
        {"on": "2030-03-20", "channel": "fax"},
    )
    austria.refresh_from_db()
    client.post(
        reverse("office:delegation-enter", args=[austria.pk]),
        {"version": austria.version, **FRANCE},
    )
    client.post(
        reverse("office:delegation-enter", args=[belgium.pk]),
        {"version": belgium.version, **FRANCE},
    )
    austria.refresh_from_db()
    belgium.refresh_from_db()
    assert (str(austria.replied_on), austria.reply_channel) == ("2030-03-20", "fax")
    assert belgium.reply_channel == "not stated"


def test_an_uninvited_delegation_has_no_reply_to_record(client, secretariat_officer):
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    client.post(
        reverse("office:delegation-enter-new", args=[meeting.pk]), {"party": "FRA", **FRANCE}
    )
    france = Delegation.objects.get(meeting=meeting, state__code="FRA")
    assert (france.not_invited, france.replied_on) == (True, None)


def test_the_office_uploads_a_nomination_letter_seen_by_the_state_not_by_others(
    client, secretariat_officer, focal_point_state_a, focal_point_state_b
):
    meeting = factories.meeting()
    austria = factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    client.force_login(secretariat_officer)
    letter = SimpleUploadedFile("nomination.pdf", b"%PDF-1.4\n%%EOF\n")
    client.post(
        reverse("office:delegation-enter", args=[austria.pk]),
        {"version": austria.version, "nomination_letter": letter, **FRANCE},
    )
    austria.refresh_from_db()
    assert austria.nomination_letter_filename == "nomination.pdf"
    url = reverse("nomination-letter", args=[austria.pk])
    answers = []
    for user in (secretariat_officer, focal_point_state_a, focal_point_state_b):
        client.force_login(user)
        answers.append(client.get(url))
    client.logout()
    answers.append(client.get(url))
    # A file answer holds its file open until closed; closing it ends the request, so
    # only once the test has done its queries.
    for answer in answers:
        answer.close()
    assert [a.status_code for a in answers[:3]] == [200, 200, 404]
    assert answers[3].status_code != 200


def test_a_refused_upload_saves_nothing(client, secretariat_officer):
    meeting = factories.meeting()
    austria = factories.delegation(meeting, "AUT")
    client.force_login(secretariat_officer)
    bad = SimpleUploadedFile("nomination.exe", b"MZ\x90\x00")
    response = client.post(
        reverse("office:delegation-enter", args=[austria.pk]),
        {"version": austria.version, "nomination_letter": bad, **FRANCE},
    )
    assert response.status_code == 400
    austria.refresh_from_db()
    assert (austria.status, austria.replied_on, bool(austria.nomination_letter)) == (
        "not_registered",
        None,
        False,
    )


def test_the_portal_tells_the_focal_point_the_secretariat_entered_the_delegation(
    client, secretariat_officer, focal_point_state_a
):
    meeting = factories.meeting()
    austria = factories.delegation(meeting, "AUT")
    client.force_login(secretariat_officer)
    client.post(
        reverse("office:delegation-enter", args=[austria.pk]),
        {"version": austria.version, "source": "note verbale No. 123 of 2 May", **FRANCE},
    )
    client.force_login(focal_point_state_a)
    today = f"{dt.date.today():%Y-%m-%d}"
    said = f"Entered by the secretariat on {today} from note verbale No. 123 of 2 May."
    for url in (
        reverse("portal:edit-delegation", args=[meeting.pk]),
        reverse("portal:delegation", args=[austria.pk]),
    ):
        assert said in client.get(url).content.decode()


def _examples(text: str) -> list[str]:
    return re.findall(r"e\.g\. ([A-Z]{2,})(?:, or ([A-Z]{2,}))?", text)


def test_the_party_codes_given_as_examples_are_known_to_the_registry():
    with pytest.raises(NotFound) as refusal:
        get_party("NOWHERE")
    texts = [DelegationEntryForm.base_fields["party"].help_text, str(refusal.value)]
    codes = [code for text in texts for found in _examples(text) for code in found if code]
    assert len(codes) >= 3  # FRA and EU in the help text, FRA … in the refusal
    for code in codes:
        assert get_party(code).code == code
