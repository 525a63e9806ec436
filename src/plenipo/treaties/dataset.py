"""Where the built-in dataset lives."""

from django.conf import settings

from plenipo.treaties.models import Instrument


def builtin_files():
    return sorted(settings.DATA_DIR.glob("*/*.yaml"))


def database_is_empty() -> bool:
    return not Instrument.objects.exists()
