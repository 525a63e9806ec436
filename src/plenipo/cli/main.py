"""The `plenipo` console script: Django's management commands behind one name."""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenipo.settings")
    from django.conf import settings  # noqa: PLC0415 -- after env
    from django.core.exceptions import ImproperlyConfigured  # noqa: PLC0415
    from django.core.management import execute_from_command_line  # noqa: PLC0415

    try:
        # Read the settings first: a bad PLENIPO_* value is one line, not a traceback from
        # whichever command happened to touch them.
        settings.INSTALLED_APPS  # noqa: B018 -- loads the settings
    except ImproperlyConfigured as error:
        sys.stderr.write(f"ImproperlyConfigured: {error}\n")
        sys.exit(2)
    execute_from_command_line(["plenipo", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
