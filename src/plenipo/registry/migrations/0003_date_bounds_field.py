"""A span that has not ended has no end (``None``): the ``has_ended`` flags go."""

from django.db import migrations


def end_from_flag(apps, schema_editor):
    for name in ("Membership", "PostHolding"):
        model = apps.get_model("registry", name)
        model.objects.filter(has_ended=False).update(
            end_not_before=None, end_not_after=None, end_precision=""
        )
        # Ended on a day no source gives: an end with both bounds open.
        model.objects.filter(has_ended=True, end_precision="").update(end_precision="bounds")


def flag_from_end(apps, schema_editor):
    for name in ("Membership", "PostHolding"):
        model = apps.get_model("registry", name)
        model.objects.exclude(end_precision="").update(has_ended=True)


class Migration(migrations.Migration):
    dependencies = [("registry", "0002_permanentmission")]

    operations = [
        migrations.RunPython(end_from_flag, flag_from_end),
        migrations.RemoveField(model_name="membership", name="has_ended"),
        migrations.RemoveField(model_name="postholding", name="has_ended"),
    ]
