"""What every `plenipo` command shares: one-line errors with exit status 2, JSON output."""

import json

from django.core.management.base import BaseCommand, CommandError

from plenipo.core.errors import PlenipoError


class PlenipoCommand(BaseCommand):
    def execute(self, *args, **options):
        try:
            return super().execute(*args, **options)
        except PlenipoError as exc:
            raise CommandError(str(exc), returncode=2) from None

    def print_json(self, payload):
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
