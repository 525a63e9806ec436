"""What every `plenipo` command shares: one-line errors with a non-zero exit status (2 for a
mistake in what was asked, 1 when the output is closed early or the database cannot be
used), JSON output."""

import getpass
import json
import os
import re
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from plenipo.core.errors import InvalidInput, PlenipoError

# SQLite's "no such table: x" and PostgreSQL's 'relation "x" does not exist': a database
# that was never migrated, the usual first mistake on a new machine.
NO_TABLE = re.compile(r"no such table|relation \S+ does not exist")


def database_problem(exc: DatabaseError) -> str:
    """One line on a database that cannot answer, saying what to do where that is known."""
    said = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if NO_TABLE.search(said):
        return (
            f"the database is not set up ({said}): run `plenipo migrate`, then `plenipo load-data`"
        )
    return f"the database could not be used: {said}"


def _silence_stdout():
    """After a broken pipe nothing more can be written; point standard output at the null
    device so that the interpreter's last flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class PlenipoCommand(BaseCommand):
    def execute(self, *args, **options):
        try:
            result = super().execute(*args, **options)
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
            return result
        except BrokenPipeError:
            _silence_stdout()
            raise CommandError("output closed before it was all written", returncode=1) from None
        except PlenipoError as exc:
            raise CommandError(str(exc), returncode=2) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise CommandError(f"{where}{exc.strerror or exc}", returncode=2) from None
        except DatabaseError as exc:
            raise CommandError(database_problem(exc), returncode=1) from None
        except EOFError:
            raise CommandError("input ended before it was complete", returncode=2) from None
        except KeyboardInterrupt:
            raise CommandError("interrupted", returncode=130) from None

    def print_json(self, payload):
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))

    def secret(self, variable: str, prompt: str) -> str:
        """A secret from the environment, or asked for on the terminal; never read from a
        pipe or file, where it would be echoed or logged."""
        if value := os.environ.get(variable):
            return value
        if not sys.stdin.isatty():
            raise InvalidInput(f"no terminal to ask for it on: set {variable}")
        return getpass.getpass(prompt)
