"""One shape for uncertain dates: an action's stated entry into force is ``recorded_eif``
(as on instruments and participations), a snapshot's date is bounds like every other."""

import calendar

from django.db import migrations, models

PRECISION_CHOICES = [("day", "day"), ("month", "month"), ("year", "year"), ("bounds", "bounds")]


def _precision(earliest, latest):
    if earliest is None or earliest == latest:
        return "day"
    if earliest.day == 1 and earliest.year == latest.year:
        if earliest.month == 1 and (latest.month, latest.day) == (12, 31):
            return "year"
        last = calendar.monthrange(latest.year, latest.month)[1]
        if earliest.month == latest.month and latest.day == last:
            return "month"
    return "bounds"


def snapshot_bounds(apps, schema_editor):
    Snapshot = apps.get_model("treaties", "Snapshot")
    for snapshot in Snapshot.objects.all():
        earliest, latest = snapshot.as_of_not_before, snapshot.as_of_not_after
        snapshot.as_of_precision = _precision(earliest, latest)
        snapshot.as_of_not_before = earliest or latest
        snapshot.save(update_fields=["as_of_precision", "as_of_not_before"])


def snapshot_columns_back(apps, schema_editor):
    Snapshot = apps.get_model("treaties", "Snapshot")
    for snapshot in Snapshot.objects.all():
        if snapshot.as_of_not_before == snapshot.as_of_not_after:
            snapshot.as_of_not_before = None
            snapshot.save(update_fields=["as_of_not_before"])


class Migration(migrations.Migration):
    dependencies = [("treaties", "0002_action_kind_deposit")]

    operations = [
        migrations.RenameField("action", "eif_not_before", "recorded_eif_not_before"),
        migrations.RenameField("action", "eif_not_after", "recorded_eif_not_after"),
        migrations.RenameField("action", "eif_precision", "recorded_eif_precision"),
        migrations.AlterField(
            model_name="action",
            name="recorded_eif_not_before",
            field=models.DateField(
                blank=True, help_text="The entry into force the source states", null=True
            ),
        ),
        migrations.AlterModelOptions(
            name="snapshot", options={"ordering": ["instrument__code", "as_of_not_after"]}
        ),
        migrations.RenameField("snapshot", "as_of", "as_of_not_after"),
        migrations.RenameField("snapshot", "as_of_earliest", "as_of_not_before"),
        migrations.AddField(
            model_name="snapshot",
            name="as_of_precision",
            field=models.CharField(choices=PRECISION_CHOICES, default="day", max_length=8),
            preserve_default=False,
        ),
        migrations.RunPython(snapshot_bounds, snapshot_columns_back),
        migrations.AlterField(
            model_name="snapshot",
            name="as_of_not_before",
            field=models.DateField(
                blank=True, help_text="The days the source may speak for", null=True
            ),
        ),
        migrations.AlterField(
            model_name="snapshot",
            name="as_of_not_after",
            field=models.DateField(blank=True, null=True),
        ),
    ]
