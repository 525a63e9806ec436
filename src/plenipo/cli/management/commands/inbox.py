from pathlib import Path

from plenipo.bodies.queries import get_body
from plenipo.cli.base import PlenipoCommand
from plenipo.cli.management.commands.read import meeting_of
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.queries import get_incoming, get_sent_letter
from plenipo.correspondence.services import incoming, incoming_links, reopen, replies
from plenipo.correspondence.transitions import LINK
from plenipo.meetings.queries import get_meeting

MAX_ID = 2**31 - 1


class Command(PlenipoCommand):
    help = (
        "The inbox: receive a letter (stored and read, as an upload to /office/inbox/ is), "
        "accept what was read from it, decide a registry match, or undo a decision, as the "
        "review page's buttons do."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        receive = sub.add_parser("receive", help="Store and read a received file")
        receive.add_argument("file")
        receive.add_argument("--json", action="store_true")
        receive.add_argument(
            "--again",
            action="store_true",
            help="receive it even if the same file was received before (a second letter)",
        )
        accept = sub.add_parser("accept", help="Accept one read item of a received letter")
        accept.add_argument("id", help="the received letter's id (printed by receive)")
        accept.add_argument("item", help="meetings/N, deadlines/N or enclosures/N")
        accept.add_argument("--body", help="body of a meeting not yet recorded (e.g. UNGA)")
        accept.add_argument(
            "--set",
            action="append",
            default=[],
            metavar="FIELD=VALUE",
            help="correct the reading before accepting, as the review page's form does "
            "(repeatable; e.g. start=2031-10-15, time=17:00, kind=informal, room= to clear)",
        )
        accept.add_argument(
            "--timezone",
            default="",
            metavar="ZONE",
            help="the meeting's time zone, an IANA name (e.g. Europe/Vienna), where the "
            "venue's is not known, as the review page's form takes it",
        )
        accept.add_argument(
            "--meeting",
            metavar="MEETING_ID",
            help="link a read meeting to this recorded one instead of recording it (as the "
            "review page's 'Link to it instead' does)",
        )
        accept.add_argument("--json", action="store_true")
        link = sub.add_parser("link", help="Decide a registry match of a received letter")
        link.add_argument("id", help="the received letter's id")
        link.add_argument("place", help="instruments/N or correspondents/N/KIND")
        chosen = link.add_mutually_exclusive_group(required=True)
        chosen.add_argument("--to", help="the registry code to link it to")
        chosen.add_argument("--none", action="store_true", help="none of the entries")
        link.add_argument("--json", action="store_true")
        reply = sub.add_parser(
            "reply", help="Record a received letter as the reply to a sent letter, or undo it"
        )
        reply.add_argument("id", help="the received letter's id")
        answered = reply.add_mutually_exclusive_group(required=True)
        answered.add_argument(
            "--to", metavar="LETTER", help="the sent letter it answers: its reference or id"
        )
        answered.add_argument("--undo", action="store_true", help="it answers no letter")
        reply.add_argument("--json", action="store_true")
        undo = sub.add_parser(
            "undo", help="Reopen a decided item, removing what accepting it created"
        )
        undo.add_argument("id", help="the received letter's id")
        undo.add_argument(
            "item",
            help="meetings/N, deadlines/N, enclosures/N, or a match's instruments/N or "
            "correspondents/N/KIND",
        )
        undo.add_argument("--json", action="store_true")

    def handle(self, *args, action, **options):
        if action == "receive":
            self.receive(options["file"], options["json"], again=options["again"])
        elif action == "undo":
            self.undo(options["id"], options["item"], options["json"])
        elif action == "reply":
            self.reply(options["id"], options["to"], options["json"])
        elif action == "link":
            self.link(options["id"], options["place"], options["to"], options["json"])
        else:
            corrections = parse_settings(options["set"])
            if options.get("meeting"):
                self.link_meeting(options, corrections)
                return
            self.accept(
                options["id"],
                options["item"],
                (options.get("body"), options["timezone"]),
                corrections,
                options["json"],
            )

    def receive(self, file, json, *, again=False):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot open {file}: {exc.strerror}") from None
        try:
            letter = incoming.receive(name=path.name, data=data, by=None, again=again)
        except incoming.AlreadyReceived as exc:
            raise InvalidInput(f"{exc} (--again receives it as a second letter)") from None
        stored = incoming.incoming_as_dict(letter)
        if json:
            self.print_json(stored)
            return
        reading = incoming.reading_of(letter)
        dated = reading.date.bounds if reading.date and reading.date.dated else "undated"
        self.stdout.write(
            f"Received letter {letter.pk}: {letter.name} ({reading.doc_type}, {dated})"
        )
        for kind in ("meetings", "deadlines", "enclosures"):
            for index, item in enumerate(getattr(reading, kind)):
                self.stdout.write(f"  {kind}/{index}: {describe(kind, item)}")

    def accept(self, letter_id, item, meeting, corrections, json):
        """``meeting``: the body code and the time zone given for a meeting."""
        (body, timezone), (letter, key) = meeting, _letter_and_item(letter_id, item)
        made = incoming.accept(
            letter=letter,
            item=key,
            by=None,
            body=get_body(body) if body else None,
            corrections=corrections,
            timezone=timezone,
        )
        decision = letter.decisions[key]
        if json:
            self.print_json({"id": letter.pk, "item": key, "decision": decision})
            return
        self.stdout.write(f"{key} of letter {letter.pk}: {decision['status']} — {made}")

    def link_meeting(self, options, corrections):
        """The read meeting linked to the recorded one the officer names."""
        if options.get("body") or options["timezone"] or corrections:
            raise InvalidInput("--meeting links to the recorded meeting as it is: no --body, "
                               "--timezone or --set")  # fmt: skip
        letter, key = _letter_and_item(options["id"], options["item"])
        kind, index = incoming.parse_item(key)
        if kind != "meetings":
            raise InvalidInput(f"--meeting links a read meeting, not {key}")
        made = incoming.link_meeting(
            letter=letter, index=index, meeting=get_meeting(options["meeting"]), by=None
        )
        decision = letter.decisions[key]
        if options["json"]:
            self.print_json({"id": letter.pk, "item": key, "decision": decision})
            return
        self.stdout.write(f"{key} of letter {letter.pk}: {decision['status']} — {made}")

    def link(self, letter_id, place, to, json):
        place = incoming_links.parse_place(place)
        letter = _letter(letter_id)
        decision = incoming_links.decide_link(letter=letter, place=place, to=to, by=None)
        if json:
            self.print_json({"id": letter.pk, "place": place, "decision": decision})
            return
        linked = f"linked to {decision['label']} ({decision['code']})" if to else "not linked"
        self.stdout.write(f"{place} of letter {letter.pk}: {linked}")

    def reply(self, letter_id, sent, json):
        """``sent`` None: undo the record."""
        letter = _letter(letter_id)
        if sent is None:
            answered = replies.unlink_reply(letter=letter, by=None)
            said = f"letter {letter.pk} is no longer recorded as the reply to {answered}"
        else:
            answered = get_sent_letter(sent)
            replies.link_reply(letter=letter, sent=answered, by=None)
            said = f"letter {letter.pk} is recorded as the reply to {answered}"
        if json:
            self.print_json(
                {"id": letter.pk, "answers": None if sent is None else answered.pk,
                 "reference": answered.reference or ""}
            )  # fmt: skip
            return
        self.stdout.write(said)

    def undo(self, letter_id, item, json):
        if item.strip().startswith(incoming_links.PLACE_PREFIXES):
            self.undo_link(letter_id, item, json)
            return
        letter, key = _letter_and_item(letter_id, item)
        undone = reopen.reopen(letter=letter, item=key, by=None)
        if json:
            self.print_json({"id": letter.pk, "item": key, **undone})
            return
        removed = f"; {undone['removed']} removed" if undone["removed"] else ""
        self.stdout.write(
            f"{key} of letter {letter.pk}: reopened (was {undone['undone']['status']}){removed}"
        )

    def undo_link(self, letter_id, place, json):
        place = incoming_links.parse_place(place)
        letter = _letter(letter_id)
        undone = incoming_links.undo_link(letter=letter, place=place, by=None)
        if json:
            self.print_json({"id": letter.pk, "item": place, "undone": undone, "removed": ""})
            return
        was = LINK.labels[undone["status"]]
        self.stdout.write(f"{place} of letter {letter.pk}: undecided again (was {was})")


def parse_settings(settings) -> dict:
    """ "--set start=2031-10-15 --set room=" → {"start": "2031-10-15", "room": ""}: the
    corrections ``incoming.accept`` takes (and checks), as the review page's form gives them."""
    corrections = {}
    for setting in settings:
        name, equals, value = setting.partition("=")
        name = name.strip()
        if not equals or not name:
            raise InvalidInput(f"bad --set {setting!r}: give FIELD=VALUE (e.g. start=2031-10-15)")
        if name in corrections:
            raise InvalidInput(f"--set {name} is given twice: give each field once")
        corrections[name] = value
    return corrections


def _letter_id(letter_id) -> int:
    if not letter_id.isdigit() or int(letter_id) > MAX_ID:
        raise InvalidInput(f"bad letter id {letter_id!r}: give the number receive printed")
    return int(letter_id)


def _letter(letter_id):
    return get_incoming(_letter_id(letter_id))


def _letter_and_item(letter_id, item):
    number = _letter_id(letter_id)
    kind, index = incoming.parse_item(item)
    return get_incoming(number), f"{kind}/{index}"


def describe(kind, item) -> str:
    if kind == "meetings":
        time = f" {item.start_time}" if item.start_time else ""
        return f"meeting {item.start}{time}: {item.title} [{item.status}]"
    if kind == "deadlines":
        due = item.due if item.dated else "(no day given)"
        return f"deadline {item.qualifier} {due}: {item.what}{meeting_of(item)}"
    dated = f" ({item.date})" if item.date else ""
    return f"enclosure {item.description}{dated}"
