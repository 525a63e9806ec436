"""`plenipo negotiation` subcommands for how a text ends: the silence procedure (start,
break, passed) with its notices to all missions, and the adoption."""

import datetime as dt
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from django.template.defaultfilters import pluralize

from plenipo.core.errors import InvalidInput
from plenipo.core.userdates import user_day
from plenipo.meetings.schedule import ScheduleError, zone
from plenipo.negotiations.cautions import NeedsConfirmation
from plenipo.negotiations.payloads import outcome_payload
from plenipo.negotiations.queries import get_process, get_silence, get_version, silences_of
from plenipo.negotiations.services import notices as notice_services
from plenipo.negotiations.services import processes as process_services
from plenipo.negotiations.services import silence as silence_services

NOTIFY = "Also draft the notice to all missions (notes verbales left as drafts)"
CONFIRM_HELP = "Go ahead despite the warning (a proposal objected to, proposals still pending)"


@contextmanager
def confirm_on_the_command_line():
    """A step that needs confirming is refused with how to confirm it here."""
    try:
        yield
    except NeedsConfirmation as exc:
        raise InvalidInput(f"{exc} (run it again with --confirm)") from None


def parse_moment(text: str, timezone: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM`` in ``timezone`` (or with its own UTC offset)."""
    try:
        moment = dt.datetime.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput(f"malformed date and time {text!r}: expected YYYY-MM-DD HH:MM") from None
    if moment.tzinfo is None:
        if not timezone:
            raise InvalidInput("give --timezone: the process has no time zone recorded")
        try:
            moment = moment.replace(tzinfo=zone(timezone))
        except ScheduleError as exc:
            raise InvalidInput(str(exc)) from None
    return moment


def _notice_options(parser, *, notify: bool):
    if notify:
        parser.add_argument("--notify", action="store_true", help=NOTIFY)
    parser.add_argument("--date", help="The notices' date (default: today)")
    parser.add_argument("--place", help="The missions' place, e.g. UN-NY (default: from the "
                        "city of the consultations)")  # fmt: skip
    parser.add_argument("--template", help="A letter template instead of the built-in one")


def add_outcome_parsers(sub):
    silence = sub.add_parser("silence", help="Place a version under silence")
    silence.add_argument("code")
    silence.add_argument("--version", required=True, dest="label")
    silence.add_argument("--until", required=True, help="YYYY-MM-DD HH:MM, venue time")
    silence.add_argument("--timezone", help="Default: the process's zone")
    silence.add_argument("--confirm", action="store_true", help=CONFIRM_HELP)
    _notice_options(silence, notify=True)
    broken = sub.add_parser("break-silence", help="Record a party breaking the silence")
    broken.add_argument("code")
    broken.add_argument("--by", required=True, dest="party")
    broken.add_argument("--at", help="YYYY-MM-DD HH:MM, venue time (default: now)")
    _notice_options(broken, notify=True)
    closed = sub.add_parser("close-silence", help="Record that the silence passed unbroken")
    closed.add_argument("code")
    closed.add_argument("--at", help="YYYY-MM-DD HH:MM, venue time (default: now)")
    _notice_options(closed, notify=True)
    notice = sub.add_parser("notice", help="Draft a silence notice to all missions")
    notice.add_argument("code")
    notice.add_argument("--kind", choices=["start", "result"], required=True)
    notice.add_argument("--silence", type=int, help="Its id (default: the latest silence)")
    notice.add_argument("--json", action="store_true")
    _notice_options(notice, notify=False)
    adopt = sub.add_parser("adopt", help="Record the adopted text")
    adopt.add_argument("code")
    adopt.add_argument("--symbol", required=True, help="e.g. A/RES/72/1")
    adopt.add_argument("--date", required=True)
    adopt.add_argument("--method", choices=["consensus", "vote"], required=True)
    adopt.add_argument("--for", type=int, dest="votes_for")
    adopt.add_argument("--against", type=int, dest="votes_against")
    adopt.add_argument("--abstentions", type=int)
    adopt.add_argument("--json", action="store_true")


class OutcomeCommands:
    """Mixed into the `negotiation` command (a ``PlenipoCommand``)."""

    def do_silence(self, code, label, until, timezone=None, notify=False, **options):
        process = get_process(code)
        timezone = timezone or process.timezone
        with confirm_on_the_command_line():
            silence = silence_services.start_silence(
                process=process,
                version=get_version(process, label),
                until=parse_moment(until, timezone),
                timezone=timezone,
                by=None,
                confirmed=options.get("confirm", False),
            )
        local = silence.until.astimezone(ZoneInfo(silence.timezone))
        self.stdout.write(f"{process.code} {label} under silence until {local.isoformat()}")
        if notify:
            self._draft_notice(silence, "start", **options)

    def do_break_silence(self, code, party, at=None, notify=False, **options):
        process = get_process(code)
        moment = parse_moment(at, process.timezone) if at else dt.datetime.now(dt.UTC)
        entry = silence_services.break_silence(process=process, party=party, at=moment, by=None)
        self.stdout.write(f"Silence on {entry.silence.version.label} broken by {entry.party}")
        if notify:
            entry.silence.refresh_from_db()
            self._draft_notice(entry.silence, "result", **options)

    def do_close_silence(self, code, at=None, notify=False, **options):
        process = get_process(code)
        moment = parse_moment(at, process.timezone) if at else dt.datetime.now(dt.UTC)
        silence = silence_services.close_silence(process=process, now=moment, by=None)
        self.stdout.write(f"Silence on {silence.version.label}: passed")
        if notify:
            self._draft_notice(silence, "result", **options)

    def do_notice(self, code, kind, silence=None, json=False, **options):
        process = get_process(code)
        if silence is not None:
            chosen = get_silence(process, silence)
        else:
            chosen = silences_of(process).last()
            if chosen is None:
                raise InvalidInput(f"{process.code} has no silence procedure")
        self._draft_notice(chosen, kind, json=json, **options)

    def _draft_notice(self, silence, kind, *, date=None, place=None, template=None, json=False,
                      **options):  # fmt: skip
        day = user_day(date)
        result = notice_services.draft_silence_notice(
            silence=silence, kind=kind, day=day, by=None, template=template, place=place or ""
        )
        letters = result.letters
        payload = {
            "notice": kind,
            "silence": silence.pk,
            "template": letters[0].template.name,
            "date": day.isoformat(),
            "drafted": len(letters),
            "refused": [{"to": key, "reason": reason} for key, reason in result.refused],
            "undeliverable": result.undeliverable,
        }
        if json:
            return self.print_json(payload)
        notices = f"{payload['drafted']} draft {kind} notice{pluralize(payload['drafted'])}"
        self.stdout.write(
            f"{notices} to the missions ({payload['template']}, "
            f"{payload['date']}): approve and send them from the office's letters"
        )
        for item in payload["refused"]:
            self.stderr.write(f"not written: {item['to']}: {item['reason']}")

    def do_adopt(self, code, *, symbol, date, method, json=False, **options):
        process = process_services.record_outcome(
            process=get_process(code),
            symbol=symbol,
            date=date,
            method=method,
            votes_for=options.get("votes_for"),
            votes_against=options.get("votes_against"),
            abstentions=options.get("abstentions"),
            by=None,
        )
        payload = outcome_payload(process)
        if json:
            return self.print_json(payload)
        tally = payload["tally"]
        how = "without a vote" if method == "consensus" else (
            f"by a recorded vote of {tally['for']} to {tally['against'] or 0}, "
            f"with {tally['abstentions'] or 0} abstentions"
        )  # fmt: skip
        self.stdout.write(f"{process.code} adopted as {symbol} on {payload['date']}, {how}")
