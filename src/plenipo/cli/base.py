"""What every `plenipo` command shares: one-line errors with a non-zero exit status (2 for a
mistake in what was asked, 1 when the output is closed early), JSON output."""

import getpass
import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError

from plenipo.core.errors import InvalidInput, PlenipoError


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
