import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO  # noqa: PLC0415

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_status_json_has_the_documented_keys():
    payload = json.loads(
        run("status", "CETS 197", "--as-of", "2015-06-15", "--members-of", "COE", "--json")
    )
    assert set(payload) >= {
        "instrument",
        "as_of",
        "parties",
        "signatories",
        "counts",
        "members_not_parties",
    }
    assert set(payload["instrument"]) >= {"code", "title", "entry_into_force"}
    assert set(payload["parties"][0]) >= {
        "state",
        "name",
        "action",
        "date",
        "not_before",
        "not_after",
        "entry_into_force",
    }
    assert payload["counts"]["parties"] == {"min": 43, "max": 43}


def test_eif_json():
    payload = json.loads(run("eif", "CETS-197", "--json"))
    assert {
        k: payload[k] for k in ("code", "entry_into_force", "recorded", "threshold_reached_on")
    } == {
        "code": "CETS-197",
        "entry_into_force": "2008-02-01",
        "recorded": "2008-02-01",
        "threshold_reached_on": "2007-10-24",
    }
    assert payload["rule"] == (
        "Art. 42(3)-(4), 43(3): the first day of the month following 3 months after the deposit "
        "of the 10th instrument, at least 8 of them by members of COE; for later parties, the "
        "first day of the month following 3 months after their own deposit"
    )


def test_who_held():
    out = run(
        "who-held", "Minister for Foreign Affairs of the Russian Federation", "--on", "2015-06-15"
    )
    assert out.strip() == "Sergey Lavrov"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("status", "CETS-999"), "unknown instrument code 'CETS-999'"),
        (("status", "CETS-197", "--members-of", "NATO"), "unknown organization code 'NATO'"),
        (("status", "CETS-197", "--as-of", "2015-02-30"), "impossible date '2015-02-30'"),
        (("status", "CETS-197", "--as-of", "15.06.2015"), "malformed date"),
        (("who-held", "Emperor of Europe", "--on", "2015-06-15"), "unknown post"),
    ],
)
def test_bad_input_is_one_line_with_exit_status_2(args, message):
    with pytest.raises(CommandError, match=message) as failure:
        run(*args)
    assert failure.value.returncode == 2
    assert "\n" not in str(failure.value)


def test_export_csv_and_xlsx(tmp_path):
    out = run("export", "CETS-197", "--format", "csv", "--as-of", "2015-06-15")
    assert out.splitlines()[0].startswith("party,name,status")
    assert sum(1 for line in out.splitlines() if ",party," in line) == 43
    target = tmp_path / "status.xlsx"
    run("export", "CETS-197", "--format", "xlsx", "--out", str(target))
    assert target.read_bytes()[:2] == b"PK"


def test_check_data_reports_contradictions(tmp_path):
    path = tmp_path / "contradiction.yaml"
    path.write_text(
        "instrument: CETS-197\n"
        "sources:\n  test-wrong: {title: Wrong list, url: 'https://example.org/w'}\n"
        "snapshots:\n  - {as_of: 2014-01-01, source: test-wrong, parties: [TUR]}\n"
    )
    run("import", str(path))
    out = run("check-data")
    assert (
        "test-wrong names TUR as a party on 2014-01-01, but its consent is dated 2016-05-02" in out
    )


def test_console_script_exits_2_on_bad_input(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    script = os.path.join(os.path.dirname(sys.executable), "plenipo")
    subprocess.run([script, "migrate", "-v0"], env=env, check=True)
    result = subprocess.run(
        [script, "status", "NOPE", "--json"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "CommandError: unknown instrument code 'NOPE' (known: )"


def test_monitoring_json():
    payload = json.loads(run("monitoring", "GRETA", "--as-of", "2015-06-15", "--json"))
    assert set(payload) >= {
        "body",
        "instrument",
        "as_of",
        "round",
        "evaluated",
        "parties",
        "states",
    }
    assert set(payload["states"][0]) >= {
        "state",
        "name",
        "evaluated",
        "published",
        "not_before",
        "not_after",
    }
    assert payload["evaluated"] == {"min": 39, "max": 39}


def test_mandate_json():
    payload = json.loads(run("mandate", "decision 4/4", "--json"))
    assert set(payload) >= {"symbol", "title", "body", "functions", "required_meetings", "status"}
    assert len(payload["functions"]) == 4
    # No meeting of the working group during the fifth session is recorded, while the
    # intersessional one before it is: on any day after that session the mandate's status
    # is not known (the record, not the working group, may be what is missing).
    assert [(r["held"], r["unrecorded"]) for r in payload["required_meetings"]] == [
        (False, True),
        (True, False),
    ]
    assert payload["status"] == "not known"


def test_mandate_with_a_bad_symbol_exits_2():
    with pytest.raises(CommandError, match="cannot read 'decision four' as a decision symbol") as e:
        run("mandate", "decision four")
    assert e.value.returncode == 2


def test_meetings_json_for_the_2017_consultations():
    payload = json.loads(run("meetings", "--from", "2017-06-01", "--to", "2017-09-30", "--json"))
    by_day = {m["start_date"] or m["date_text"]: m for m in payload}
    first = by_day["2017-06-29"]
    assert (first["room"], first["start"], first["timezone"]) == (
        "ECOSOC Chamber",
        "2017-06-29T10:00:00-04:00",
        "America/New_York",
    )
    assert (by_day["2017-07-06"]["room"], by_day["2017-07-06"]["start_time"]) == (
        "Conference Room 3",
        "10:00",
    )
    # Past meetings show as held; only the first and the high-level one are recorded so.
    assert [
        (day, m["recorded_status"], m["status"], m["status_confirmed"]) for day, m in by_day.items()
    ] == [
        ("2017-06-16", "held", "held", True),
        ("2017-06-29", "scheduled", "held", False),
        ("2017-07-06", "scheduled", "held", False),
        ("between 2017-07-10 and 2017-07-16", "tentative", "held", False),
        ("2017-09-27", "held", "held", True),
    ]
    assert by_day["2017-09-27"]["kind"] == "high_level"


def test_meetings_ics_parses_and_gives_utc(capfdbinary):
    import datetime as dt  # noqa: PLC0415

    import icalendar  # noqa: PLC0415

    call_command("meetings", "--from", "2017-06-01", "--to", "2017-09-30", "--ics")
    cal = icalendar.Calendar.from_ical(capfdbinary.readouterr().out)
    starts = sorted(
        e.decoded("dtstart").astimezone(dt.UTC)
        for e in cal.walk("VEVENT")
        if isinstance(e.decoded("dtstart"), dt.datetime)
    )
    assert starts[0] == dt.datetime(2017, 6, 29, 14, 0, tzinfo=dt.UTC)


def test_add_user_appoints_a_focal_point(monkeypatch, django_user_model):
    monkeypatch.setenv("PLENIPO_PASSWORD", "a long enough password")
    run(
        "add-user",
        "anna",
        "--email",
        "anna@aut.example",
        "--focal-point",
        "AUT",
        "--mission",
        "UN-VIE",
        "--language",
        "fr",
    )
    user = django_user_model.objects.get(username="anna")
    assert (user.focal_point.state.code, user.focal_point.mission.code) == ("AUT", "UN-VIE")
    assert list(user.focal_point.groups.all()) == []  # an EU member's, not the EU's
    run("add-user", "ben", "--focal-point", "BEL", "--for-group", "EU")
    groups = django_user_model.objects.get(username="ben").focal_point.groups
    assert list(groups.values_list("code", flat=True)) == ["EU"]
    with pytest.raises(CommandError, match="COE is not a group"):
        run("add-user", "cleo", "--focal-point", "BEL", "--for-group", "COE")
    assert not django_user_model.objects.filter(username="cleo").exists()
    with pytest.raises(CommandError, match="CHE is not a member of EU"):
        run("add-user", "dora", "--focal-point", "CHE", "--for-group", "EU")
    assert not django_user_model.objects.filter(username="dora").exists()
    with pytest.raises(CommandError, match="already exists") as failure:
        run("add-user", "anna", "--secretariat")
    assert failure.value.returncode == 2


def test_add_user_makes_an_officer_who_manages_accounts(monkeypatch, client, django_user_model):
    monkeypatch.setenv("PLENIPO_PASSWORD", "a long enough password")
    said = run("add-user", "dora", "--secretariat", "--manages-accounts")
    assert said == "Created dora, secretariat officer who manages accounts.\n"
    run("add-user", "eli", "--secretariat")
    for username, status in (("dora", 200), ("eli", 403)):
        client.force_login(django_user_model.objects.get(username=username))
        assert client.get("/office/users/").status_code == status
    with pytest.raises(CommandError, match="only a secretariat officer manages accounts"):
        run("add-user", "fay", "--focal-point", "AUT", "--manages-accounts")
    assert not django_user_model.objects.filter(username="fay").exists()


def test_first_seed_letter_regenerated_from_data(tmp_path):
    run(
        "campaign",
        "letters",
        "CETS-197",
        "--members-of",
        "COE",
        "--as-of",
        "2015-06-15",
        "--format",
        "txt",
        "--out",
        str(tmp_path),
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "CZE.txt",
        "LIE.txt",
        "MCO.txt",
        "RUS.txt",
        "TUR.txt",
    ]
    russia = (tmp_path / "RUS.txt").read_text()
    assert "Mr Sergey Lavrov\nMinister for Foreign Affairs of the Russian Federation" in russia
    assert "\nThorbjørn Jagland\n" in russia
    assert (
        "43 States have ratified this Convention, including Belarus, which as you know "
        "is not a member State" in russia
    )
    assert "GRETA has so far evaluated the policies in 39 countries" in russia
    assert (
        "the Russian Federation has signed the Programme of Co-operation between CIS Member States"
        in russia
    )
    assert (
        "towards the ratification of this important Convention"
        in (tmp_path / "TUR.txt").read_text()
    )


def test_second_seed_letter_to_every_mission_in_vienna(tmp_path):
    from plenipo.meetings.models import Meeting  # noqa: PLC0415
    from plenipo.registry.models import PermanentMission  # noqa: PLC0415

    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    run(
        "letters",
        "merge",
        "--template",
        "wg-tip-invitation-nv-en",
        "--to",
        "missions:UN-VIE",
        "--meeting",
        str(meeting.pk),
        "--as-of",
        "2009-03-04",
        "--format",
        "txt",
        "--out",
        str(tmp_path),
    )
    missions = PermanentMission.objects.filter(place__code="UN-VIE").count()
    files = sorted(tmp_path.iterdir())
    assert len(files) == missions
    references = sorted(int(f.read_text().splitlines()[0].split("/")[1].split()[0]) for f in files)
    assert references == list(range(33, 33 + missions))
    austria = (tmp_path / "AUT.txt").read_text()
    assert austria.startswith("Reference: CU 2009/")
    assert (
        "The Secretary-General of the United Nations presents his compliments to the "
        "Permanent Representative of Austria to the United Nations (Vienna)"
    ) in austria  # the seed letter leaves the addressee blank; the UN formal name of 2009
    assert "from 14 to 15 April 2009" in austria
    assert "Enclosure:\n- Information note for participants" in austria


def test_recipients_json():
    payload = json.loads(
        run("letters", "recipients", "ministers:COE:CETS-197", "--as-of", "2015-06-15", "--json")
    )
    russia = next(p for p in payload if p["state"] == "RUS")
    assert (russia["name"], russia["deliverable"]) == ("Sergey Lavrov", False)


def test_read_json_with_one_unreadable_file(tmp_path):
    good = tmp_path / "note.txt"
    good.write_text(
        "Reference: CU 2009/33 (A)\n\nThe meeting will be held in Vienna from 14 to 15 "
        "April 2009.\n\n4 March 2009\n"
    )
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing")
    out = StringIO()
    with pytest.raises(CommandError, match=r"^1 of 2 files could not be read$") as failed:
        call_command("read", str(good), str(bad), "--json", stdout=out)
    assert failed.value.returncode == 1
    payload = json.loads(out.getvalue())
    assert payload[0]["file"] == str(good)
    assert (payload[0]["reference"], payload[0]["date"]) == ("CU 2009/33 (A)", "2009-03-04")
    assert payload[0]["meetings"][0]["start_date"] == "2009-04-14"
    assert "broken.pdf" in payload[1]["error"]


def test_read_a_mailbox(tmp_path):
    import mailbox  # noqa: PLC0415
    from email.message import EmailMessage  # noqa: PLC0415

    box = mailbox.mbox(str(tmp_path / "inbox.mbox"))
    for day in ("14", "15"):
        message = EmailMessage()
        message["From"], message["Subject"] = "secretariat@example.org", f"Meeting {day}"
        message.set_content(f"The meeting will be held on {day} April 2031 in Geneva.")
        box.add(message)
    box.close()
    payload = json.loads(run("read", str(tmp_path / "inbox.mbox"), "--json"))
    assert [p["meetings"][0]["start_date"] for p in payload] == ["2031-04-14", "2031-04-15"]


def test_score_a_labelled_folder():
    payload = json.loads(run("read", "--score", "tests/corpus", "--part", "development", "--json"))
    assert payload["documents"] >= 124
    assert payload["fields"]["language"]["f1"] >= 0.95


def test_score_one_part_reads_only_that_part(tmp_path):
    letters = {"kept": "Geneva, 4 March 2031\n\nDear colleague,", "held": "Paris, 5 May 2031"}
    for name, text in letters.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        label = {"language": "en", "date": "2031-03-04", "source": {"url": f"https://{name}.org"}}
        (tmp_path / f"{name}.json").write_text(json.dumps(label), encoding="utf-8")
    split = {"development": ["kept"], "test": ["held"]}
    (tmp_path / "split.json").write_text(json.dumps(split), encoding="utf-8")
    development = json.loads(
        run("read", "--score", str(tmp_path), "--part", "development", "--json")
    )
    assert (development["documents"], development["fields"]["date"]["f1"]) == (1, 1.0)
    test = json.loads(run("read", "--score", str(tmp_path), "--part", "test", "--json"))
    assert (test["documents"], test["fields"]["date"]["f1"]) == (1, 0.0)
    (tmp_path / "split.json").unlink()
    with pytest.raises(CommandError, match="has no development part"):
        run("read", "--score", str(tmp_path), "--part", "development")
    with pytest.raises(CommandError, match="--part is only for --score"):
        run("read", str(tmp_path / "kept.txt"), "--part", "test")


def test_meetings_create_and_edit_go_through_the_same_checks(db):
    from plenipo.meetings.models import Meeting  # noqa: PLC0415

    created = json.loads(
        run(
            "meetings",
            "create",
            "--body", "WG-TIP",
            "--title", "Command-line test meeting",
            "--kind", "working_group",
            "--start", "2036-02-02",
            "--timezone", "Europe/Vienna",
            "--start-time", "10:00",
            "--languages", "en,fr",
            "--source", "https://example.org/cli-notice",
            "--source-title", "Notice",
            "--json",
        )
    )  # fmt: skip
    assert (created["status"], created["start"]) == ("scheduled", "2036-02-02T10:00:00+01:00")
    meeting_id = str(created["id"])
    out = run("meetings", "edit", meeting_id, "--status", "postponed", "--title", "Renamed")
    assert out.strip() == f"Meeting {meeting_id}: Renamed [Postponed]"
    with pytest.raises(CommandError, match="a postponed meeting is scheduled again") as error:
        run("meetings", "edit", meeting_id, "--status", "held")
    assert error.value.returncode == 2
    with pytest.raises(CommandError, match="a new meeting needs --kind"):
        run("meetings", "create", "--body", "WG-TIP", "--title", "T", "--start", "2036")
    assert Meeting.objects.get(pk=meeting_id).languages == ["en", "fr"]


@pytest.mark.parametrize(
    ("template", "invited", "no_documents", "no_enclosure"),
    [
        ("wg-tip-invitation-nv-en", "invite the Government to participate in the test meeting",
         "Documentation including", "Attached is a copy"),
        ("meeting-invitation-nv-en", "to participate in the meeting “Test meeting",
         "documentation", "enclosed"),
    ],
)  # fmt: skip
def test_a_meeting_without_documents_still_gets_its_invitation_note_verbale(
    tmp_path, template, invited, no_documents, no_enclosure
):
    meeting = factories.meeting(languages=["en", "fr"])
    run(
        "letters", "merge", "--template", template, "--to", "missions:UN-VIE",
        "--meeting", str(meeting.pk), "--as-of", "2009-03-04", "--format", "txt",
        "--out", str(tmp_path),
    )  # fmt: skip
    austria = (tmp_path / "AUT.txt").read_text()
    assert invited in austria
    assert "from 14 to 15 April 2030" in austria
    assert no_documents not in austria
    assert no_enclosure not in austria
