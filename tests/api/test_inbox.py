"""POST /api/inbox and /api/inbox/{id}/accept: the office's inbox service over HTTP."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from plenipo.correspondence.models import IncomingLetter

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def upload(client, name="seed_002.txt"):
    with (CORPUS / name).open("rb") as letter:
        return client.post("/api/inbox", {"file": letter})


def test_the_inbox_is_for_the_secretariat(client, focal_point_state_b):
    assert upload(client).status_code == 401
    assert (
        client.post("/api/inbox/1/accept", {"item": "meetings/0"}, "application/json").status_code
        == 401
    )
    client.force_login(focal_point_state_b)
    refused = upload(client)
    assert (refused.status_code, refused.json()["detail"]) == (
        403,
        "only secretariat officers work with the inbox",
    )
    assert (
        client.post("/api/inbox/1/accept", {"item": "meetings/0"}, "application/json").status_code
        == 403
    )
    assert not IncomingLetter.objects.exists()


def test_an_officer_uploads_a_letter_and_accepts_a_meeting(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = upload(client)
    assert response.status_code == 201
    stored = response.json()
    letter = IncomingLetter.objects.get(pk=stored["id"])
    assert (stored["name"], stored["reading"]) == ("seed_002.txt", letter.reading)
    assert letter.received_by == secretariat_officer
    index = next(
        i for i, m in enumerate(stored["reading"]["meetings"]) if m["start_date"] == "2017-07-06"
    )
    accepted = client.post(
        f"/api/inbox/{letter.pk}/accept", {"item": f"meetings/{index}"}, "application/json"
    )
    assert accepted.status_code == 200
    assert accepted.json()["decision"]["status"] == "linked"
    letter.refresh_from_db()
    assert letter.decisions[f"meetings/{index}"] == accepted.json()["decision"]


def test_the_upload_answers_the_registry_entries_the_letter_names(client, secretariat_officer):
    client.force_login(secretariat_officer)
    links = upload(client, "seed_000.txt").json()["links"]
    cited = {link["cited"]: link for link in links["instruments"]}
    assert (cited["CETS-197"]["code"], cited["CETS-197"]["status"]) == ("CETS-197", "linked")
    addressee = next(row for row in links["correspondents"] if row["role"] == "To")
    assert {(link["kind"], link["code"]) for link in addressee["links"]} == {
        ("person", "sergey-lavrov"),
        ("post", "mfa-rus"),
        ("state", "RUS"),
    }


@pytest.mark.parametrize(
    ("path", "payload", "status", "message"),
    [
        ("/api/inbox/999999/accept", {"item": "meetings/0"}, 404, "no received letter 999999"),
        ("/api/inbox/{id}/accept", {"item": "nonsense"}, 400, "bad item 'nonsense'"),
        ("/api/inbox/{id}/accept", {"item": "enclosures/5"}, 404, "has no enclosures item 5"),
        ("/api/inbox/{id}/accept", {"item": "meetings/3", "body": "NOPE"}, 404, "unknown body"),
    ],
)
def test_bad_accepts_are_json_errors(client, secretariat_officer, path, payload, status, message):
    client.force_login(secretariat_officer)
    letter_id = upload(client).json()["id"]
    response = client.post(path.format(id=letter_id), payload, "application/json")
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_an_unreadable_or_missing_file_is_a_json_error(client, secretariat_officer):
    client.force_login(secretariat_officer)
    noise = client.post("/api/inbox", {"file": _binary()})
    assert (noise.status_code, "not a letter the inbox can read" in noise.json()["detail"]) == (
        400,
        True,
    )
    program = SimpleUploadedFile("x.exe", b"MZ\x90\x00\x03\x00 This program cannot be run")
    refused = client.post("/api/inbox", {"file": program})
    assert refused.status_code == 400
    assert refused.json()["detail"].startswith("x.exe is not a letter the inbox can read")
    missing = client.post("/api/inbox", {})
    assert missing.status_code == 400
    assert missing.json()["detail"] == "send the letter as the multipart field 'file'"


def test_the_inbox_is_described_in_openapi(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "post" in paths["/api/inbox"]
    assert "post" in paths["/api/inbox/{letter_id}/accept"]


def _binary():
    from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: PLC0415

    return SimpleUploadedFile("noise.bin", bytes(range(256)) * 10)


DEADLINE = "p5_27_cbd-notification-2023-029-soi-workshop-new-dates.txt"


def test_an_officer_accepts_a_corrected_deadline_and_undoes_it(client, secretariat_officer):
    client.force_login(secretariat_officer)
    letter = IncomingLetter.objects.get(pk=upload(client, DEADLINE).json()["id"])
    accepted = client.post(
        f"/api/inbox/{letter.pk}/accept",
        {"item": "deadlines/0", "corrections": {"what": "Nominate an expert", "time": "12:00"}},
        "application/json",
    )
    assert accepted.status_code == 200
    decision = accepted.json()["decision"]
    assert decision["corrected"]["what"]["given"] == "Nominate an expert"
    task = letter.tasks.get()
    assert (task.what, task.due_time) == ("Nominate an expert", "12:00")
    undone = client.post(
        f"/api/inbox/{letter.pk}/undo", {"item": "deadlines/0"}, "application/json"
    )
    assert undone.status_code == 200
    assert undone.json()["removed"] == "task “Nominate an expert”"
    assert not letter.tasks.exists()
    again = client.post(f"/api/inbox/{letter.pk}/undo", {"item": "deadlines/0"}, "application/json")
    assert again.status_code == 400
    assert "nothing to undo" in again.json()["detail"]
