"""`plenipo negotiation …`: processes, versions, proposals, compilations, letters; the
silence procedure and the adoption are in ``cli.negotiation_outcomes``."""

import os
import tempfile
from pathlib import Path

from plenipo.bodies.queries import get_mandate
from plenipo.cli.base import PlenipoCommand
from plenipo.cli.negotiation_outcomes import (
    CONFIRM_HELP,
    OutcomeCommands,
    add_outcome_parsers,
    confirm_on_the_command_line,
)
from plenipo.core.errors import InvalidInput
from plenipo.core.userdates import user_day
from plenipo.negotiations import exporters, letters
from plenipo.negotiations.diff import Change, diff_versions
from plenipo.negotiations.payloads import process_payload, proposal_payload
from plenipo.negotiations.queries import (
    all_processes,
    get_process,
    get_proposal,
    get_version,
    pure_version,
)
from plenipo.negotiations.services import processes as process_services
from plenipo.negotiations.services import texts as text_services
from plenipo.negotiations.texts import TextError, import_text
from plenipo.registry.queries import get_organization

KEEP = "Not circulated to the parties until `negotiation circulate`"
DECISIONS = {
    "accept": "accepted",
    "reject": "rejected",
    "withdraw": "withdrawn",
    "merge": "merged",
}


def write_out(path, content: bytes) -> None:
    """Write the whole file or nothing: a temporary file renamed into place."""
    target = Path(path)
    if not target.parent.is_dir():
        raise InvalidInput(f"{target.parent}: no such folder")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    os.replace(temporary, target)


def mandate_from(reference):
    """``A/RES/71/287 OP10`` (or ``A/RES/71/287`` when it holds one mandate)."""
    if not reference:
        return None
    return get_mandate(reference)


class Command(OutcomeCommands, PlenipoCommand):
    help = "Negotiation processes: drafts, proposals, compilations, revisions, silence."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="Every process").add_argument("--json", action="store_true")
        show = sub.add_parser("show", help="One process in full")
        show.add_argument("code")
        show.add_argument("--json", action="store_true")
        new = sub.add_parser("new", help="Start a process")
        new.add_argument("code")
        new.add_argument("--title", required=True)
        new.add_argument("--mandate", help='e.g. "A/RES/71/287 OP10"')
        new.add_argument("--visibility", default="secretariat")
        new.add_argument("--audience", help="Organization whose members are the parties, e.g. UN")
        new.add_argument("--timezone", default="", help="IANA zone of the venue")
        imported = sub.add_parser("import", help="A draft from a .txt or .docx file")
        imported.add_argument("code")
        imported.add_argument("file")
        imported.add_argument("--version", required=True, dest="label")
        imported.add_argument("--date", required=True)
        imported.add_argument("--symbol")
        imported.add_argument("--keep-to-secretariat", action="store_true", help=KEEP)
        imported.add_argument("--json", action="store_true")
        self._add_propose(sub)
        decide = sub.add_parser("decide", help="Accept or reject a proposal")
        decide.add_argument("code")
        decide.add_argument("id")
        decide.add_argument("decision", choices=list(DECISIONS))
        decide.add_argument("--confirm", action="store_true", help=CONFIRM_HELP)
        revise = sub.add_parser("revise", help="The next version from the accepted proposals")
        revise.add_argument("code")
        revise.add_argument("--from", required=True, dest="base")
        revise.add_argument("--version", required=True, dest="label")
        revise.add_argument("--date", required=True)
        revise.add_argument("--symbol")
        revise.add_argument("--keep-to-secretariat", action="store_true", help=KEEP)
        revise.add_argument("--json", action="store_true")
        circulate = sub.add_parser("circulate", help="Show a version kept back to the parties")
        circulate.add_argument("code")
        circulate.add_argument("label")
        self._add_outputs(sub)

    def _add_propose(self, sub):
        propose = sub.add_parser("propose", help="A proposal on a paragraph")
        propose.add_argument("code")
        propose.add_argument("--version", required=True, dest="label")
        propose.add_argument("--by", required=True, dest="party")
        propose.add_argument("--paragraph", required=True, help="OP1, PP2, OP3(a) …")
        propose.add_argument("--replace", help="The words replaced (with --with)")
        propose.add_argument("--with", dest="with_words", help="The new words")
        propose.add_argument("--insert-after", help="Words after which --text is inserted")
        propose.add_argument("--delete", action="store_true", help="Delete the paragraph")
        propose.add_argument("--add-after", action="store_true", help="A new paragraph after it")
        propose.add_argument("--text", help="The words inserted or the new paragraph")
        propose.add_argument("--occurrence", type=int, default=1)
        propose.add_argument("--supported-by", nargs="*", default=[])
        propose.add_argument("--opposed-by", nargs="*", default=[])
        propose.add_argument("--json", action="store_true")

    def _add_outputs(self, sub):
        compiled = sub.add_parser("compile", help="The compilation text of a version")
        compiled.add_argument("code")
        compiled.add_argument("--version", required=True, dest="label")
        compiled.add_argument("--format", choices=["txt", "docx", "pdf", "akn"], default="txt")
        compiled.add_argument("--out")
        diff = sub.add_parser("diff", help="What changed between two versions")
        diff.add_argument("code")
        diff.add_argument("old")
        diff.add_argument("new")
        diff.add_argument("--json", action="store_true")
        add_outcome_parsers(sub)
        letter = sub.add_parser("letter", help="A letter from the process's data")
        letter.add_argument("code")
        letter.add_argument("--kind", choices=["schedule"], required=True)
        letter.add_argument("--format", choices=["txt", "pdf"], default="txt")
        letter.add_argument("--date", help="The letter's date (default: today)")
        letter.add_argument("--as-of", help="Only consultations from this day on")
        letter.add_argument("--out")

    def handle(self, *args, action, **options):
        getattr(self, "do_" + action.replace("-", "_"))(**options)

    # -- reading -----------------------------------------------------------------------------

    def do_list(self, json=False, **options):
        payload = [
            {
                "code": p.code,
                "title": p.title,
                "visibility": p.visibility,
                "outcome": p.outcome_symbol or None,
            }
            for p in all_processes()
        ]
        if json:
            return self.print_json(payload)
        for item in payload:
            self.stdout.write(f"{item['code']:<24} {item['outcome'] or '-':<12} {item['title']}")

    def do_show(self, code, json=False, **options):
        payload = process_payload(get_process(code))
        if json:
            return self.print_json(payload)
        self.stdout.write(f"{payload['code']}: {payload['title']}")
        if payload["mandate"]:
            self.stdout.write(f"Mandate: {payload['mandate']['reference']}")
        for item in payload["facilitators"]:
            person = f"{item['person']}, " if item["person"] else ""
            self.stdout.write(f"  {item['role']} ({item['phase']}): {person}{item['state']}")
        for item in payload["milestones"]:
            when = item["date"] or item["text"]
            self.stdout.write(f"  {when}  {item['title']}  ({item['status_shown']})")
        for item in payload["consultations"]:
            when = item["start"] or item["start_date"] or item["date_text"]
            room = f", {item['room']}" if item["room"] else ""
            self.stdout.write(f"  {when}{room}  {item['status_label']}  {item['title']}")
        for item in payload["versions"]:
            self.stdout.write(f"  version {item['label']} ({item['date']})")
        for item in payload["silence"]:
            status = (
                "deadline passed, not yet recorded" if item["deadline_passed"] else item["status"]
            )
            self.stdout.write(f"  silence on {item['version']} until {item['until']}: {status}")
        if payload["outcome"]:
            outcome = payload["outcome"]
            self.stdout.write(
                f"Outcome: {outcome['symbol']}, {outcome['date']} ({outcome['method']})"
            )

    # -- writing -----------------------------------------------------------------------------

    def do_new(self, code, *, title, mandate=None, visibility="secretariat", audience=None,
               timezone="", **options):  # fmt: skip
        process = process_services.create_process(
            code=code,
            title=title,
            mandate=mandate_from(mandate),
            visibility=visibility,
            audience=get_organization(audience) if audience else None,
            timezone=timezone,
            by=None,
        )
        self.stdout.write(f"Created {process.code}: {process.title}")

    def do_import(self, code, file, *, label, date, symbol=None, json=False,
                  keep_to_secretariat=False, **options):  # fmt: skip
        process = get_process(code)
        path = Path(file)
        if not path.is_file():
            raise InvalidInput(f"{file}: no such file")
        day = user_day(date)
        try:
            if path.suffix.lower() == ".docx":
                from plenipo.negotiations.docx_import import import_docx  # noqa: PLC0415

                imported = import_docx(str(path), label=label, date=day, symbol=symbol)
            else:
                text = path.read_text(encoding="utf-8")
                imported = import_text(text, label=label, date=day, symbol=symbol)
        except (TextError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"{path.name}: {exc}") from None
        version = text_services.import_version(
            process=process,
            imported=imported.version,
            expected_revision=process.revision,
            circulated=not keep_to_secretariat,
            by=None,
        )
        self._print_version(version, json, warnings=imported.warnings)

    def _print_version(self, version, json, warnings=()):
        pure = pure_version(version)
        paragraphs = [{"label": pure.label_of(p.pid), "text": p.text} for p in pure.paragraphs]
        if json:
            return self.print_json(
                {
                    "version": version.label,
                    "date": version.date.isoformat() if version.date else None,
                    "symbol": version.symbol or None,
                    "paragraphs": paragraphs,
                    "warnings": list(warnings),
                }
            )
        self.stdout.write(f"{version.process.code} {version.label} ({version.date}):")
        for item in paragraphs:
            self.stdout.write(f"  {item['label']:<8} {item['text']}")
        for warning in warnings:
            self.stderr.write(f"warning: {warning}")

    def do_propose(self, code, label, party, paragraph, json=False, **options):
        process = get_process(code)
        version = get_version(process, label)
        action, old, new = self._proposal_change(options)
        proposal = text_services.propose(
            process=process,
            version=version,
            action=action,
            label=paragraph.strip().upper(),
            party=party,
            old=old,
            new=new,
            occurrence=options["occurrence"],
            supporters=options["supported_by"],
            objectors=options["opposed_by"],
            expected_revision=process.revision,
            by=None,
        )
        payload = proposal_payload(proposal, label=paragraph.strip().upper())
        if json:
            return self.print_json(payload)
        self.stdout.write(
            f"Proposal {payload['id']}: {payload['party']} {payload['action']} on "
            f"{payload['paragraph']} of {payload['version']} ({payload['status']})"
        )

    @staticmethod
    def _proposal_change(options):
        """(action, old, new) from exactly one of the four forms of a proposal."""
        forms = {
            "replace": options.get("replace") is not None,
            "insert": options.get("insert_after") is not None,
            "delete": options.get("delete"),
            "add": options.get("add_after"),
        }
        chosen = [name for name, given in forms.items() if given]
        if len(chosen) != 1:
            raise InvalidInput(
                "give exactly one of --replace OLD --with NEW, --insert-after WORDS --text NEW, "
                "--delete, --add-after --text NEW"
            )
        action = chosen[0]
        if action == "replace":
            if options.get("with_words") is None:
                raise InvalidInput("--replace needs --with (an empty --with deletes the words)")
            return action, options["replace"], options["with_words"]
        if action in {"insert", "add"} and not options.get("text"):
            raise InvalidInput(
                f"--{'insert-after' if action == 'insert' else 'add-after'} needs --text"
            )
        if action == "insert":
            return action, options["insert_after"], options["text"]
        return action, "", options.get("text") or ""

    def do_decide(self, code, id, decision, **options):
        process = get_process(code)
        proposal = get_proposal(process, id)
        with confirm_on_the_command_line():
            text_services.set_proposal_status(
                proposal=proposal,
                status=DECISIONS[decision],
                expected_revision=process.revision,
                by=None,
                confirmed=options.get("confirm", False),
            )
        self.stdout.write(f"Proposal {proposal.pk} ({proposal.party}): {proposal.status}")

    def do_revise(self, code, *, base, label, date, symbol=None, json=False,
                  keep_to_secretariat=False, **options):  # fmt: skip
        process = get_process(code)
        version = text_services.issue_revision(
            process=process,
            base=get_version(process, base),
            label=label,
            date=user_day(date),
            symbol=symbol,
            expected_revision=process.revision,
            circulated=not keep_to_secretariat,
            by=None,
        )
        self._print_version(version, json)

    def do_circulate(self, code, label, **options):
        process = get_process(code)
        version = text_services.circulate(version=get_version(process, label), by=None)
        self.stdout.write(f"{process.code} {version.label} is circulated to the parties")

    # -- outputs -----------------------------------------------------------------------------

    def do_compile(self, code, label, format="txt", out=None, **options):
        process = get_process(code)
        version = get_version(process, label)
        if format == "akn":
            content = exporters.version_akn(version).encode("utf-8")
        else:
            compilation = exporters.compilation_of(process, version)
            content = {
                "txt": lambda: compilation.render(line_numbers=False).encode("utf-8"),
                "docx": lambda: exporters.compilation_docx(compilation),
                "pdf": lambda: exporters.compilation_pdf(compilation),
            }[format]()
        self._emit(content, out, binary=format in {"docx", "pdf"})

    def _emit(self, content: bytes, out, *, binary: bool):
        if out:
            write_out(out, content)
            self.stdout.write(f"Wrote {out}")
        elif binary:
            raise InvalidInput("a binary format needs --out FILE")
        else:
            self.stdout.write(content.decode("utf-8"), ending="")

    def do_diff(self, code, old, new, json=False, **options):
        process = get_process(code)
        result = diff_versions(
            pure_version(get_version(process, old)), pure_version(get_version(process, new))
        )
        changes = [p.to_json() for p in result.paragraphs if p.change is not Change.UNCHANGED]
        if json:
            return self.print_json(
                {
                    "old": result.old,
                    "new": result.new,
                    "changes": changes,
                    "renumbered": dict(result.renumbering),
                }
            )
        for item in changes:
            self.stdout.write(
                f"{item['change']:<9} {item['old_label'] or '-'} → {item['new_label'] or '-'}"
            )
        for before, after in result.renumbering.items():
            self.stdout.write(f"renumbered {before} → {after}")

    def do_letter(self, code, *, format="txt", date=None, as_of=None, out=None, **options):
        process = get_process(code)
        letter = letters.schedule_letter(
            process, date=user_day(date), as_of=user_day(as_of) if as_of else None
        )
        if format == "pdf":
            content = exporters.html_pdf(
                "negotiations/letter.html", {"letter": letter, "day": letters.long_day(letter.date)}
            )
        else:
            content = letter.text().encode("utf-8")
        self._emit(content, out, binary=format == "pdf")
