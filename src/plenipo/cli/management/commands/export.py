import sys

from plenipo.cli.base import PlenipoCommand
from plenipo.treaties import exporters
from plenipo.treaties.queries import get_instrument, parse_as_of, status_of


class Command(PlenipoCommand):
    help = "Export an instrument's status (CSV, XLSX or JSON)."

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv")
        parser.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
        parser.add_argument("--out", help="File to write (default: standard output)")

    def handle(self, *args, code, format, as_of=None, out=None, **options):
        instrument = get_instrument(code)
        status = status_of(instrument, parse_as_of(as_of, instrument))
        _name, _type, content = exporters.export_status(status, format)
        if out:
            with open(out, "wb") as handle:
                handle.write(content)
            self.stdout.write(f"Wrote {out}")
        elif format == "xlsx":
            sys.stdout.buffer.write(content)
        else:
            self.stdout.write(content.decode("utf-8"), ending="")
