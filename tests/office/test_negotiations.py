"""The office's negotiation screens: the process, a draft uploaded, the compilation with
the proposals beside it, decisions, the revision, silence; two facilitators at once."""

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from plenipo.negotiations.models import ProposalStatus, Visibility
from plenipo.negotiations.queries import get_process, latest_version
from tests.factories import negotiations as factories
from tests.negotiations.conftest import ZERO_DRAFT

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"


@pytest.fixture
def officer(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return client


@pytest.fixture
def story():
    process = factories.process(CODE)
    eu = factories.propose(process, "EU", "replace", "OP1", old="combat", new="eradicate")
    g77 = factories.propose(process, "AUT", "insert", "OP2", old="cooperation", new=", urgently")
    usa = factories.propose(process, "facilitators", "delete", "OP3")
    return get_process(CODE), eu, g77, usa


def test_the_built_in_process_page_shows_its_facts(officer):
    page = officer.get(reverse("office:negotiation", args=["GPA-DECLARATION-2017"]))
    html = page.content.decode()
    assert page.status_code == 200
    for fact in ("A/RES/71/287 OP10", "QAT", "BEL", "2017-06-23", "2017-06-29", "A/RES/72/1"):
        assert fact in html
    listed = officer.get(reverse("office:negotiations")).content.decode()
    assert "GPA-DECLARATION-2017" in listed
    dashboard = officer.get(reverse("office:dashboard")).content.decode()
    assert f'href="{reverse("office:negotiations")}"' in dashboard


def test_the_process_page_gives_each_field_its_own_id_and_label(officer, story):
    url = reverse("office:negotiation", args=[CODE])
    html = officer.get(url).content.decode()
    ids = re.findall(r' id="([^"]+)"', html)
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []
    assert '<label for="outcome_symbol">' in html


def test_a_draft_uploaded_as_text_becomes_a_version(officer):
    process = factories.process(CODE, draft=False)
    url = reverse("office:negotiation-upload", args=[CODE])
    form = {"label": "Zero draft", "date": "2026-03-02", "revision": process.revision}
    response = officer.post(url, form | {"text": ZERO_DRAFT})
    assert response.status_code == 302
    version = latest_version(get_process(CODE))
    assert version.label == "Zero draft"
    assert version.paragraphs.count() == 6
    text = officer.get(response["Location"]).content.decode()
    assert "Calls upon Member States to combat" in text


ONE_A_LINE = (
    "PP1. Recalling its resolution 64/293,\n"
    "PP2. Reaffirming its commitment,\n"
    "OP1. Calls upon Member States to combat trafficking;\n"
    "OP2. Decides to remain seized of the matter.\n"
)


def _upload_text(officer, name, content):
    from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: PLC0415

    process = factories.process(CODE, draft=False)
    form = {"label": "Zero draft", "date": "2026-03-02", "revision": process.revision}
    upload = SimpleUploadedFile(name, content.encode(), content_type="text/plain")
    url = reverse("office:negotiation-upload", args=[CODE])
    return officer.post(url, form | {"file": upload}, follow=True).content.decode()


def test_a_text_with_one_labelled_paragraph_a_line_keeps_each_paragraph(officer):
    html = _upload_text(officer, "draft.txt", ONE_A_LINE)
    assert "Version Zero draft: 4 paragraphs." in html
    version = latest_version(get_process(CODE))
    assert [p.text for p in version.paragraphs.order_by("position")][2:] == [
        "Calls upon Member States to combat trafficking;",
        "Decides to remain seized of the matter.",
    ]


def test_a_text_of_several_lines_read_as_one_paragraph_is_warned_of_in_the_singular(officer):
    html = _upload_text(officer, "draft.txt", "Calls upon Member States\nto combat trafficking;\n")
    assert "Version Zero draft: 1 paragraph." in html
    assert "only one paragraph was found in 2 lines" in html


def test_a_word_document_without_numbering_imports_with_a_warning(officer):
    import docx  # python-docx stays out of module level (start-up speed)
    from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: PLC0415

    process = factories.process(CODE, draft=False)
    document = docx.Document()
    document.add_paragraph("Recalling its resolution 64/293,")
    document.add_paragraph("Decides to remain seized of the matter.")
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("draft.docx", buffer.getvalue())
    form = {"label": "Zero draft", "date": "2026-03-02", "revision": process.revision}
    response = officer.post(
        reverse("office:negotiation-upload", args=[CODE]), form | {"file": upload}, follow=True
    )
    html = response.content.decode()
    assert "no recognisable paragraph numbering" in html
    assert "Decides to remain seized of the matter." in html
    assert latest_version(get_process(CODE)).paragraphs.count() == 2


def test_an_unreadable_upload_is_refused_in_one_line_and_nothing_is_stored(officer):
    process = factories.process(CODE, draft=False)
    url = reverse("office:negotiation-upload", args=[CODE])
    upload = {"label": "Zero draft", "date": "2026-03-02", "revision": process.revision}
    from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: PLC0415 -- one test

    bad = SimpleUploadedFile("draft.docx", b"not a zip", content_type="application/octet-stream")
    response = officer.post(url, upload | {"file": bad})
    assert response.status_code == 400
    assert "draft.docx: not a readable Word document" in response.content.decode()
    assert latest_version(get_process(CODE)) is None


def test_the_compilation_shows_each_proposal_beside_its_paragraph(officer, story):
    process, eu, _aut, _facilitators = story
    page = officer.get(reverse("office:negotiation-text", args=[CODE, "Zero draft"]))
    html = page.content.decode()
    assert "[combat] [eradicate — EU]" in html
    assert '<p class="formula" id="formula">The General Assembly,</p>' in html
    assert f'id="proposal-{eu.pk}"' in html
    # Each proposal's party by name, not by code.
    assert f"{eu.pk} · European Union</strong>" in html
    assert f"{_aut.pk} · Austria</strong>" in html
    assert f"{_facilitators.pk} · the facilitators</strong>" in html
    assert html.count('name="decision" value="accept"') == 3
    assert f'name="revision" value="{process.revision}"' in html


def test_decide_then_revise_gives_rev1_with_the_accepted_changes_only(officer, story):
    _process, eu, aut, facilitators = story
    decide = "office:negotiation-decide"
    for proposal, decision in ((eu, "accept"), (aut, "reject"), (facilitators, "accept")):
        revision = get_process(CODE).revision
        response = officer.post(
            reverse(decide, args=[CODE, proposal.pk]),
            {"decision": decision, "revision": revision},
        )
        assert response.status_code == 302
    eu.refresh_from_db()
    aut.refresh_from_db()
    assert (eu.status, aut.status) == (ProposalStatus.ACCEPTED, ProposalStatus.REJECTED)
    form = {"base": "Zero draft", "label": "Rev.1", "date": "2026-03-20"}
    response = officer.post(
        reverse("office:negotiation-revise", args=[CODE]),
        form | {"revision": get_process(CODE).revision},
    )
    assert response.status_code == 302
    rev1 = officer.get(response["Location"]).content.decode()
    assert "eradicate trafficking" in rev1
    assert "Requests the Secretary-General" not in rev1
    assert "urgently" not in rev1
    assert "[" not in rev1.split('id="compilation"')[1].split("</table>")[0]


def test_two_facilitators_deciding_at_once_the_second_is_refused(officer, story):
    process, eu, _aut, _ = story
    read_by_both = process.revision
    url = reverse("office:negotiation-decide", args=[CODE, eu.pk])
    officer.post(url, {"decision": "accept", "revision": read_by_both})
    second = officer.post(url, {"decision": "reject", "revision": read_by_both}, follow=True)
    assert "changed since you read it" in second.content.decode()
    eu.refresh_from_db()
    assert eu.status == ProposalStatus.ACCEPTED


def test_a_revision_over_a_newer_save_comes_back_as_typed(officer, story):
    process, eu, *_ = story
    stale = process.revision
    officer.post(
        reverse("office:negotiation-decide", args=[CODE, eu.pk]),
        {"decision": "accept", "revision": stale},
    )
    response = officer.post(
        reverse("office:negotiation-revise", args=[CODE]),
        {"base": "Zero draft", "label": "Rev.1", "date": "2026-03-20", "revision": stale},
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "nothing was saved" in html
    assert 'value="Rev.1"' in html
    assert 'value="2026-03-20"' in html
    assert latest_version(get_process(CODE)).label == "Zero draft"


def test_silence_started_and_broken_from_the_office(officer, story):
    url = reverse("office:negotiation-silence", args=[CODE, "start"])
    form = {"version": "Zero draft", "until": "2036-03-25T18:00", "timezone": "Europe/Vienna"}
    form["confirm"] = (
        "1"  # the story's proposals are still pending (tests/negotiations/test_cautions.py)
    )
    assert officer.post(url, form).status_code == 302
    running = officer.get(reverse("office:negotiation", args=[CODE])).content.decode()
    assert 'id="break-form"' in running
    assert '<td class="silence-status">under silence</td>' in running
    assert 'id="silence-form"' not in running  # one silence at a time
    assert 'id="close-form"' not in running  # its deadline is ahead
    broken = officer.post(
        reverse("office:negotiation-silence", args=[CODE, "break"]),
        {"party": "USA", "at": "2036-03-24T12:00"},
        follow=True,
    )
    html = broken.content.decode()
    assert "broken by USA" in html
    assert '<td class="silence-status">broken</td>' in html
    assert 'id="break-form"' not in html
    assert 'id="silence-form"' in html


def test_a_silence_whose_deadline_is_past_is_refused_from_the_office(officer, story):
    url = reverse("office:negotiation-silence", args=[CODE, "start"])
    form = {"version": "Zero draft", "until": "2020-03-25T18:00", "timezone": "Europe/Vienna"}
    refused = officer.post(url, form)
    assert refused.status_code == 400
    assert (
        "the deadline 25 March 2020, 18:00 (UTC+01:00) is already past" in refused.content.decode()
    )
    assert not get_process(CODE).silences.exists()


def test_a_silence_deadline_reads_as_a_date_and_time_in_the_venue_zone(officer, story):
    url = reverse("office:negotiation-silence", args=[CODE, "start"])
    form = {"version": "Zero draft", "until": "2036-03-25T18:00", "timezone": "Europe/Vienna"}
    form["confirm"] = "1"  # the story's proposals are still pending
    html = officer.post(url, form, follow=True).content.decode()
    assert "under silence until 25 March 2036, 18:00 (UTC+01:00), Europe/Vienna." in html
    assert "<td>2036-03-25, 18:00 (Europe/Vienna)</td>" in html
    assert "18:00:00+01:00" not in html


def test_a_silence_with_an_unknown_zone_is_refused(officer, story):
    url = reverse("office:negotiation-silence", args=[CODE, "start"])
    form = {"version": "Zero draft", "until": "2026-03-25T18:00", "timezone": "Mars/Olympus"}
    response = officer.post(url, form)
    assert response.status_code == 400
    assert "unknown time zone" in response.content.decode()


def test_focal_points_have_no_office(client, focal_point_state_a):
    factories.process(CODE, visibility=Visibility.PUBLIC)
    client.force_login(focal_point_state_a)
    assert client.get(reverse("office:negotiation", args=[CODE])).status_code == 403


def test_a_draft_kept_to_the_secretariat_is_circulated_later(officer, focal_point_state_a, client):
    process = factories.process(CODE)
    url = reverse("office:negotiation-upload", args=[CODE])
    form = {"label": "Rev.1", "date": "2026-03-20", "revision": process.revision}
    officer.post(url, form | {"text": ZERO_DRAFT, "keep_to_secretariat": "on"})
    rev1 = latest_version(get_process(CODE))
    assert (rev1.label, rev1.circulated) == ("Rev.1", False)
    page = officer.get(reverse("office:negotiation-text", args=[CODE, "Rev.1"])).content.decode()
    assert "the parties do not see this version yet" in page
    officer.post(reverse("office:negotiation-circulate", args=[CODE, "Rev.1"]))
    rev1.refresh_from_db()
    assert rev1.circulated


def test_silence_passed_and_its_notices_drafted_for_the_batch_page(officer):
    from plenipo.negotiations.services import processes, silence  # noqa: PLC0415
    from plenipo.registry.queries import get_organization  # noqa: PLC0415

    process = processes.create_process(
        code="NY-TEXT", title="Draft declaration on cooperation", audience=get_organization("UN"),
        timezone="America/New_York", by=None,
    )  # fmt: skip
    meeting = get_process("GPA-DECLARATION-2017").consultations.first().meeting
    processes.link_consultation(process=process, meeting=meeting, by=None)
    url = reverse("office:negotiation-upload", args=["NY-TEXT"])
    form = {"label": "Rev.1", "date": "2020-03-02", "revision": process.revision}
    officer.post(url, form | {"text": ZERO_DRAFT})
    silence_url = "office:negotiation-silence"
    until = dt.datetime(2020, 3, 5, 18, tzinfo=ZoneInfo("America/New_York"))
    silence.start_silence(process=get_process("NY-TEXT"), version=latest_version(process),
                          until=until, timezone="America/New_York", by=None,
                          now=until - dt.timedelta(days=3))  # fmt: skip
    page = officer.get(reverse("office:negotiation", args=["NY-TEXT"])).content.decode()
    silence_id = get_process("NY-TEXT").silences.get().pk
    row = page.split(f'data-silence="{silence_id}"')[1].split("</tr>")[0]
    assert "deadline passed, not yet recorded" in row
    assert "Record as passed" in row
    assert '<td class="silence-status">deadline passed, not yet recorded</td>' in page
    notice = {"silence": silence_id, "kind": "result", "date": "2020-03-06"}
    refused = officer.post(reverse(silence_url, args=["NY-TEXT", "notice"]), notice)
    assert refused.status_code == 400
    assert "has no result yet" in refused.content.decode()
    passed = officer.post(reverse(silence_url, args=["NY-TEXT", "close"]), follow=True)
    html = passed.content.decode()
    assert "Silence on Rev.1: passed." in html
    assert '<td class="silence-status">passed</td>' in html
    for gone in ("close-form", "break-form", "not yet recorded"):
        assert gone not in html
    drafted = officer.post(reverse(silence_url, args=["NY-TEXT", "notice"]), notice)
    assert drafted.status_code == 302
    assert "template=silence-result-nv-en" in drafted["Location"]
    batch = officer.get(drafted["Location"]).content.decode()
    assert re.search(
        r"<p class=\"notice\" role=\"status\">\d+ draft notices to the missions written\.", batch
    )
    assert 'data-key="AUT"' in batch
    assert "Permanent Representative of Austria" in batch
    page = officer.get(reverse("office:negotiation", args=["NY-TEXT"])).content.decode()
    assert "drafted" in page


@pytest.mark.usefixtures("story")
def test_a_notice_where_no_mission_place_is_known_is_refused(officer):
    until = {"version": "Zero draft", "until": "2036-03-25T18:00", "timezone": "Europe/Vienna"}
    until["confirm"] = "1"  # proposals are still pending
    officer.post(reverse("office:negotiation-silence", args=[CODE, "start"]), until)
    silence_id = get_process(CODE).silences.get().pk
    response = officer.post(
        reverse("office:negotiation-silence", args=[CODE, "notice"]),
        {"silence": silence_id, "kind": "start"},
    )
    assert response.status_code == 400
    assert "name the missions&#x27; place" in response.content.decode()


@pytest.mark.usefixtures("story")
def test_the_notice_form_names_the_missions_place_when_the_city_gives_none(officer):
    until = {"version": "Zero draft", "until": "2036-03-25T18:00", "timezone": "Europe/Vienna"}
    until["confirm"] = "1"  # proposals are still pending
    officer.post(reverse("office:negotiation-silence", args=[CODE, "start"]), until)
    page = officer.get(reverse("office:negotiation", args=[CODE])).content.decode()
    form = page.split('class="notice-form"')[1].split("</form>")[0]
    assert '<option value="UN-VIE">' in form  # nothing chosen: the city gives no place
    assert form.count("selected") == 1
    assert '<option value="" selected>choose the place</option>' in form
    silence_id = get_process(CODE).silences.get().pk
    url = reverse("office:negotiation-silence", args=[CODE, "notice"])
    unknown = officer.post(url, {"silence": silence_id, "kind": "start", "place": "UN-XX"})
    assert unknown.status_code == 400
    assert "Place: Select a valid choice" in unknown.content.decode()
    drafted = officer.post(url, {"silence": silence_id, "kind": "start", "place": "UN-VIE"})
    assert drafted.status_code == 302
    assert "template=silence-start-nv-en" in drafted["Location"]


def test_the_notice_form_preselects_the_place_of_the_consultations():
    from plenipo.negotiations.services.notices import suggested_missions_place  # noqa: PLC0415
    from plenipo.office.negotiations import _silence_forms  # noqa: PLC0415

    process = get_process("GPA-DECLARATION-2017")  # consultations in New York
    assert suggested_missions_place(process) == "UN-NY"
    assert _silence_forms(process)["notice"]["place"].value() == "UN-NY"


def test_an_unknown_silence_step_is_not_found(officer, story):
    url = reverse("office:negotiation-silence", args=[CODE, "extend"])
    assert officer.post(url).status_code == 404


def test_the_outcome_is_recorded_from_the_office_and_a_vote_needs_its_tally(officer, story):
    url = reverse("office:negotiation-outcome", args=[CODE])
    vote = {"symbol": "A/RES/81/1", "date": "2026-04-02", "method": "vote"}
    refused = officer.post(url, vote)
    assert refused.status_code == 400
    assert "needs its tally" in refused.content.decode()
    assert not get_process(CODE).outcome_symbol
    tally = {"votes_for": "120", "votes_against": "8", "abstentions": "40"}
    page = officer.post(url, vote | tally, follow=True).content.decode()
    assert "A/RES/81/1, 2026-04-02, by a recorded vote of 120 to 8, with 40 abstentions" in page
    consensus = officer.post(url, vote | {"method": "consensus", "votes_for": "3"})
    assert "by consensus has no tally" in consensus.content.decode()


def test_an_adopted_process_offers_no_more_changes(officer, story):
    process, eu, *_ = story
    text_url = reverse("office:negotiation-text", args=[CODE, latest_version(process).label])
    before = officer.get(text_url).content.decode()
    assert f'action="{reverse("office:negotiation-decide", args=[CODE, eu.pk])}"' in before
    officer.post(reverse("office:negotiation-outcome", args=[CODE]),
                 {"symbol": "A/RES/81/2", "date": "2026-04-02", "method": "consensus"})  # fmt: skip
    page = officer.get(reverse("office:negotiation", args=[CODE])).content.decode()
    assert "Adopted as A/RES/81/2: the text is final" in page
    for form in ("upload-form", "silence-form", "break-form", "close-form", "outcome-form"):
        assert f'id="{form}"' not in page
    text = officer.get(text_url).content.decode()
    assert 'id="revise-form"' not in text
    assert "negotiation-decide" not in text
    assert "/decide" not in text
    assert f'id="proposal-{eu.pk}"' in text
