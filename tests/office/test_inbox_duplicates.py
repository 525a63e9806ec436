"""The same file received twice: refused, naming the letter it already is, unless the
officer asks for it again (the page's checkbox, the CLI's --again, the API's ``again``)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter, Task
from plenipo.correspondence.services import incoming

pytestmark = pytest.mark.django_db
NOTE = (
    b"The Permanent Mission of Austria presents its compliments and has the honour to "
    b"enclose herewith a copy of the national report. The report is due by 30 June 2031."
)


def _upload(client, name="report-nv.txt", data=NOTE, **fields):
    return client.post("/office/inbox/", {"file": SimpleUploadedFile(name, data), **fields})


def test_the_same_file_uploaded_twice_is_refused_with_a_link_to_the_letter_it_is(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    first = IncomingLetter.objects.get(pk=_upload(client).url.split("/")[-2])
    incoming.accept(letter=first, item="deadlines/0", by=secretariat_officer)
    response = _upload(client, name="report-nv (copy).txt")
    html = response.content.decode()
    assert response.status_code == 400
    assert (
        f"report-nv (copy).txt is already received: the same file is received letter "
        f"{first.pk} (report-nv.txt, received {first.received_on})"
    ) in html
    assert f'<a href="{reverse("office:review", args=[first.pk])}" id="already-received">' in html
    assert 'name="again"' in html
    assert IncomingLetter.objects.count() == 1
    assert Task.objects.count() == 1


def test_a_file_differing_by_one_byte_is_another_letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _upload(client)
    assert _upload(client, data=NOTE + b"\n").status_code == 302
    assert IncomingLetter.objects.count() == 2
    assert 'name="again"' not in client.get("/office/inbox/").content.decode()


def test_ticking_receive_it_again_records_a_second_letter_and_says_so_in_the_audit(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    _upload(client)
    response = _upload(client, again="on")
    second = IncomingLetter.objects.latest("pk")
    assert response.status_code == 302
    assert response.url == reverse("office:review", args=[second.pk])
    first = IncomingLetter.objects.earliest("pk")
    entry = ActivityLog.objects.get(
        action_type="correspondence.incoming.received", object_id=str(second.pk)
    )
    assert entry.data == {"name": "report-nv.txt", "again": first.pk}


def test_the_cli_and_the_api_refuse_it_too_unless_asked(client, secretariat_officer, tmp_path):
    path = tmp_path / "report-nv.txt"
    path.write_bytes(NOTE)
    call_command("inbox", "receive", str(path), stdout=None)
    with pytest.raises(CommandError, match=r"already received.*\(--again receives it"):
        call_command("inbox", "receive", str(path))
    client.force_login(secretariat_officer)
    refused = client.post("/api/inbox", {"file": SimpleUploadedFile("r.txt", NOTE)})
    assert refused.status_code == 400
    assert "the same file is received letter" in refused.json()["detail"]
    again = client.post("/api/inbox", {"file": SimpleUploadedFile("r.txt", NOTE), "again": True})
    assert again.status_code == 201
    assert IncomingLetter.objects.count() == 2


def test_a_file_is_known_by_its_bytes_whatever_its_name():
    first = incoming.receive(name="a.txt", data=NOTE, by=None)
    assert len(first.digest) == 64
    with pytest.raises(incoming.AlreadyReceived) as refused:
        incoming.receive(name="b.txt", data=NOTE, by=None)
    assert refused.value.existing == first
