"""The `plenipo` console script: Django's management commands behind one name."""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenipo.settings")
    from django.core.management import execute_from_command_line  # noqa: PLC0415 -- after env

    execute_from_command_line(["plenipo", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
