from pathlib import Path

from django.template.defaultfilters import pluralize

from plenipo.campaigns.queries import distribution_list
from plenipo.campaigns.services.letters import merge_to_list
from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.core.userdates import user_day
from plenipo.correspondence.exporters import render_all, zip_of
from plenipo.correspondence.queries import get_template
from plenipo.meetings.queries import get_meeting


class Command(PlenipoCommand):
    help = "Correspondence: resolve distribution lists, and write letters from a template."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        recipients = sub.add_parser("recipients", help="Who a distribution list reaches on a date")
        recipients.add_argument(
            "list",
            help="missions:UN-VIE, members:BODY:UN-VIE, ministers:COE:CETS-197, "
            "focal-points:ID, campaign:CODE",
        )
        recipients.add_argument("--as-of")
        recipients.add_argument("--json", action="store_true")
        merge_cmd = sub.add_parser("merge", help="One letter per recipient, from data")
        merge_cmd.add_argument("--template", required=True)
        merge_cmd.add_argument("--to", required=True, dest="to_list")
        merge_cmd.add_argument("--meeting", type=int)
        merge_cmd.add_argument("--as-of")
        merge_cmd.add_argument("--format", choices=["pdf", "docx", "txt", "zip"], required=True)
        merge_cmd.add_argument("--out", required=True)

    def handle(self, *args, action, **options):
        if action == "recipients":
            day = user_day(options.get("as_of"))
            people = [r.as_dict() for r in distribution_list(options["list"], day).recipients]
            if options["json"]:
                self.print_json(people)
            else:
                for person in people:
                    mark = (
                        "" if person["deliverable"] else "  (undeliverable: no address or e-mail)"
                    )
                    self.stdout.write(f"{person['key']:<6} {person['post']}{mark}")
                    for problem in person["problems"]:
                        self.stdout.write(f"       {problem}")
            return
        template = get_template(options["template"])
        day = user_day(options.get("as_of"))
        meeting = get_meeting(options["meeting"]) if options.get("meeting") else None
        result = merge_to_list(
            template=template, to=options["to_list"], day=day, meeting=meeting, by=None
        )
        write_letters(self, result, options["format"], options["out"])


def write_letters(command, result, fmt, out):
    """Write one file per letter (named by the recipient's key), or one ZIP of all."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for kind in ["pdf", "docx", "txt"] if fmt == "zip" else [fmt]:
        for letter, content in render_all(result.letters, kind):
            files[f"{letter.recipient_key or letter.pk}.{kind}"] = content
    if fmt == "zip":
        (folder / "letters.zip").write_bytes(zip_of(files))
    else:
        for name, content in files.items():
            (folder / name).write_bytes(content)
    written = len(result.letters)
    command.stdout.write(f"Wrote {written} letter{pluralize(written)} to {folder}")
    for key in result.undeliverable:
        command.stdout.write(f"  {key}: undeliverable (no address or e-mail recorded)")
    for key, reason in result.refused:
        command.stderr.write(f"  {key}: not written: {reason}")
    if not result.letters and result.refused:
        raise InvalidInput("no letter could be written: " + "; ".join(r for _, r in result.refused))
