import sys

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.registry.queries import get_organization
from plenipo.treaties import exporters
from plenipo.treaties.actions_export import export_actions
from plenipo.treaties.queries import get_instrument, parse_as_of, status_of


class Command(PlenipoCommand):
    help = (
        "Export an instrument's status (CSV, XLSX or JSON), or with --actions its recorded "
        "actions and their sources in the form `plenipo import` reads back."
    )

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv")
        parser.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
        parser.add_argument(
            "--members-of", help="Organization code, e.g. COE: also its members not parties"
        )
        parser.add_argument(
            "--actions", action="store_true", help="The recorded actions, not the status"
        )
        parser.add_argument("--out", help="File to write (default: standard output)")

    def handle(
        self, *args, code, format, as_of=None, members_of=None, actions=False, out=None, **options
    ):
        instrument = get_instrument(code)
        if actions:
            for option, value in (("--as-of", as_of), ("--members-of", members_of)):
                if value:
                    message = f"{option} applies to the status; --actions exports them all"
                    raise InvalidInput(message)
            _name, _type, content = export_actions(instrument, format)
        else:
            organization = get_organization(members_of) if members_of else None
            day = parse_as_of(as_of, instrument)
            status = status_of(instrument, day, members_of=organization)
            _name, _type, content = exporters.export_status(status, format)
        if out:
            try:
                with open(out, "wb") as handle:
                    handle.write(content)
            except OSError as exc:
                raise InvalidInput(f"{out}: cannot write: {exc.strerror}") from None
            self.stdout.write(f"Wrote {out}")
        elif format == "xlsx":
            sys.stdout.buffer.write(content)
        else:
            self.stdout.write(content.decode("utf-8"), ending="")
