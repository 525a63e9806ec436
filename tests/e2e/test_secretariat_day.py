"""The secretariat's working day, played through the pages in Chromium: a meeting prepared,
its invitation sent to the missions that can be reached, a delegation registered, accepted
and published, three received letters reviewed, and a ratification campaign started."""

import datetime as dt
from pathlib import Path

import pytest

from plenipo.correspondence.recipients import permanent_missions
from plenipo.meetings.models import Meeting
from tests.conftest import _focal_point
from tests.e2e.conftest import needs_chromium, sign_in, sign_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Development letters of the corpus: the test part is only scored, never a fixture.
LETTERS = [
    "p5_27_cbd-notification-2023-029-soi-workshop-new-dates.txt",
    "p5_22_ramsar-nota-diplomatica-2025-5-cop15.txt",
    "p2_01_oas-mexico-mcmfa-request.txt",
]
TITLE = "Working Group on Trafficking in Persons, test session"


def create_meeting(page, rooms):
    """A meeting in two rooms, with an agenda and a document in English and French."""
    page.click("text=New meeting")
    page.select_option("select[name=body]", "WG-TIP")
    page.select_option("select[name=kind]", "working_group")
    page.fill("input[name=title]", TITLE)
    page.fill("input[name=start]", "2037-05-04")
    page.fill("input[name=end]", "2037-05-05")
    page.fill("input[name=start_time]", "10:00")
    page.fill("input[name=end_time]", "13:00")
    page.select_option("select[name=room]", str(rooms[0].pk))
    page.select_option("select[name=second_room]", str(rooms[1].pk))
    page.check("input[name=languages][value=en]")
    page.check("input[name=languages][value=fr]")
    page.fill("input[name=source]", "https://example.org/notice-2037")
    page.fill("input[name=source_title]", "Notice of the meeting")
    page.click("#meeting-form button[type=submit]")
    assert page.inner_text("#rooms") == "Board Room B, Conference Room M3"
    for number, title in [("1", "Opening of the meeting"), ("2", "Adoption of the agenda")]:
        page.fill("#agenda-form input[name=number]", number)
        page.fill("#agenda-form input[name=title]", title)
        page.click("#agenda-form button[type=submit]")
    assert page.locator("#agenda tr").count() == 2
    page.fill("#document-form input[name=symbol]", "TEST/2037/1")
    page.fill("#document-form input[name=title]", "Provisional agenda")
    page.select_option("#document-form select[name=kind]", "agenda")
    for language in ("en", "fr"):
        page.set_input_files(
            f"#document-form input[name=file_{language}]",
            {"name": f"agenda-{language}.pdf", "mimeType": "application/pdf", "buffer": PDF},
        )
    page.click("#document-form button[type=submit]")
    row = page.locator("#documents tr[data-symbol='TEST/2037/1']").inner_text()
    assert "en: Available" in row
    assert "fr: Available" in row


def next_step(page, url, title):
    """Open the office home and follow the meeting's next step."""
    page.goto(f"{url}/office/")
    line = page.locator("#meetings-ahead li", has_text=title)
    link = line.locator("a.next-step")
    label = link.inner_text()
    link.click()
    return label


def send_the_invitation(page, url):
    assert next_step(page, url, TITLE) == "invitation to send"
    page.select_option("#draft-form select[name=template]", "meeting-invitation-nv-en")
    page.select_option("#draft-form select[name=to]", "missions:UN-VIE")
    assert (
        page.locator("#draft-form select[name=meeting] option:checked").inner_text().endswith(TITLE)
    )
    page.click("#draft-form button[type=submit]")
    unreachable = page.locator("#unreachable tbody tr")
    recorded = permanent_missions("UN-VIE", dt.date.today())
    assert unreachable.count() == sum(not r.deliverable for r in recorded) > 0
    austria = page.inner_text("#unreachable tr[data-key=AUT]")
    assert "no address or e-mail is recorded for the Permanent Mission of Austria" in austria
    assert page.locator("#reachable tbody tr").all_inner_texts() == [
        "RUS\tPermanent Representative of the Russian Federation to the United Nations (Vienna)\t"
        "post or hand"
    ]
    page.click("#merge-form button[type=submit]")
    assert "1 draft letter written." in page.inner_text("main")
    page.click("#approve-form button")
    page.select_option("#send-form select[name=channel]", "post")
    page.click("#send-form button")
    assert "1 recorded as sent by post" in page.inner_text("main")
    assert page.inner_text("#batch tr[data-key=RUS] .status") == "Sent"


def register_a_delegation(page, meeting):
    page.click(f"a[href='/portal/meetings/{meeting.pk}/delegation/']")
    people = [
        ("head", "Anna Ivanova", "Ambassador", "a.ivanova@mission.example", "+43 1 712 12 29"),
        ("adviser", "Boris Petrov", "Counsellor", "", ""),
    ]
    for row, (role, name, title, email, phone) in enumerate(people):
        page.select_option(f"select[name=p-{row}-role]", role)
        page.fill(f"input[name=p-{row}-name]", name)
        page.fill(f"input[name=p-{row}-title]", title)
        page.fill(f"input[name=p-{row}-email]", email)
        page.fill(f"input[name=p-{row}-phone]", phone)
    page.click("#delegation-form button[type=submit]")
    assert page.inner_text("#registration-status") == "Pending"


def accept_and_publish(page, url):
    assert next_step(page, url, TITLE) == "1 registration to decide"
    page.click("tr[data-party=RUS] button[value=approve]")
    page.wait_for_selector("text=registration approved")
    assert next_step(page, url, TITLE) == "list of participants to publish"
    page.check("input[name=participants_published]")
    page.click("#meeting-form button[type=submit]")
    assert f"Saved: {TITLE}." in page.inner_text("main")


def the_public_list(page, url, meeting_url):
    page.goto(meeting_url)
    link = page.locator("main a", has_text="CSV")
    listed = page.request.get(url + link.get_attribute("href")).text()
    assert "Anna Ivanova" in listed
    assert "Boris Petrov" in listed
    assert "mission.example" not in listed
    assert "712 12 29" not in listed


def review_letters(page, url):
    """Upload three received letters and decide every value the reader found."""
    from playwright.sync_api import expect  # noqa: PLC0415 -- optional, e2e only

    for name in LETTERS:
        page.goto(f"{url}/office/inbox/")
        page.set_input_files("#upload-form input[type=file]", str(CORPUS / name))
        page.click("#upload-form button[type=submit]")
        assert page.inner_text("h1") == name
        undecided = page.locator("main form:has(button[value=reject])")
        assert undecided.count() > 0  # the reader found something to decide in each
        while (left := undecided.count()) > 0:
            tasks = page.locator("main form button[value=accept]", has_text="Make a task")
            button = tasks.first if tasks.count() else page.locator("button[value=reject]").first
            button.click()
            expect(undecided).to_have_count(left - 1)
        # every item decided: only each decision's Undo is left
        decided = page.locator("main form button[value=accept], main form button[value=reject]")
        assert decided.count() == 0
    page.goto(f"{url}/office/")
    to_review = page.inner_text("#to-review")
    assert all(name not in to_review for name in LETTERS)


def start_a_campaign(page, url):
    page.goto(f"{url}/office/")
    page.click("main a:has-text('Campaigns')")
    page.select_option("#campaign-form select[name=instrument]", "CETS-197")
    page.select_option("#campaign-form select[name=members_of]", "COE")
    page.fill("#campaign-form input[name=as_of]", "2015-06-15")
    page.click("#campaign-form button[type=submit]")
    targets = page.locator("#targets tbody tr")
    assert [targets.nth(i).get_attribute("data-state") for i in range(targets.count())] == [
        "CZE",
        "LIE",
        "MCO",
        "RUS",
        "TUR",
    ]
    assert page.locator("svg.chart path.min").count() == 1


def test_the_secretariats_day(
    live_server, page, dataset, django_user_model, secretariat_officer, two_rooms
):
    url = live_server.url
    _focal_point(django_user_model, "RUS")
    first, second = two_rooms

    sign_in(page, url, "officer")
    create_meeting(page, [first, second])
    meeting = Meeting.objects.get(title=TITLE)
    send_the_invitation(page, url)
    sign_out(page)

    sign_in(page, url, "focal-point-rus")
    register_a_delegation(page, meeting)
    sign_out(page)

    sign_in(page, url, "officer")
    accept_and_publish(page, url)
    sign_out(page)
    the_public_list(page, url, f"{url}/meetings/{meeting.pk}/")

    sign_in(page, url, "officer")
    review_letters(page, url)
    start_a_campaign(page, url)
