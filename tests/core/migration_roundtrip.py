"""Run as a script against a scratch database: load the built-in data, note every stored
date column and every status answer on 200 random days, migrate back to before the
DateBoundsField and forward again, and print whether anything changed."""

import datetime as dt
import json
import random
import sys

import django

BEFORE = [("registry", "0002_permanentmission"), ("treaties", "0002_action_kind_deposit")]
DATED_MODELS = [
    ("registry", "Membership"),
    ("registry", "PostHolding"),
    ("treaties", "Action"),
    ("treaties", "Snapshot"),
    ("treaties", "Participation"),
]


def stored_dates():
    from django.apps import apps  # noqa: PLC0415

    result = {}
    for app, name in DATED_MODELS:
        model = apps.get_model(app, name)
        columns = sorted(f.attname for f in model._meta.concrete_fields if "_not_" in f.attname)
        precisions = sorted(
            f.attname for f in model._meta.concrete_fields if f.attname.endswith("_precision")
        )
        rows = model.objects.order_by("pk").values_list("pk", *columns, *precisions)
        result[name] = [[str(value) for value in row] for row in rows]
    return result


def status_answers(days):
    from plenipo.treaties.models import Instrument  # noqa: PLC0415
    from plenipo.treaties.queries import status_matrix, status_of  # noqa: PLC0415

    answers = {}
    for instrument in Instrument.objects.order_by("code"):
        for day in days:
            status = status_of(instrument, day).status
            answers[f"{instrument.code} {day}"] = {
                "parties": sorted((p.participation.party, p.certain) for p in status.parties),
                "counts": {k: v.as_dict() for k, v in status.counts.items()},
            }
    for day in days:
        answers[f"matrix {day}"] = status_matrix(day)
    return answers


def main():
    django.setup()
    from django.core.management import call_command  # noqa: PLC0415

    from plenipo.core.importing import import_files  # noqa: PLC0415
    from plenipo.treaties.dataset import builtin_files  # noqa: PLC0415

    call_command("migrate", verbosity=0)
    import_files(builtin_files(), by=None)
    generator = random.Random(20261125)
    start = dt.date(2000, 1, 1)
    days = sorted(start + dt.timedelta(days=generator.randrange(9800)) for _ in range(200))
    before = {"dates": stored_dates(), "answers": status_answers(days)}
    for app, migration in BEFORE:
        call_command("migrate", app, migration, verbosity=0)
    call_command("migrate", verbosity=0)
    after = {"dates": stored_dates(), "answers": status_answers(days)}
    differences = [
        key for key in before["answers"] if before["answers"][key] != after["answers"][key]
    ]
    differences += [
        name for name in before["dates"] if before["dates"][name] != after["dates"][name]
    ]
    json.dump({"compared": len(before["answers"]), "differences": differences}, sys.stdout)


if __name__ == "__main__":
    main()
