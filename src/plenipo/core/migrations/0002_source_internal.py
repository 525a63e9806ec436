"""Sources the secretariat keeps to itself: a meeting read from a received letter cites
"Received letter N" and the letter's file name, which are shown to the secretariat alone.
Those already recorded are marked, as ``accept_meeting`` marks new ones."""

from django.db import migrations, models


def mark_received_letters(apps, schema_editor):
    source = apps.get_model("core", "Source")
    source.objects.filter(url="", symbol__regex=r"^Received letter [0-9]+$").update(internal=True)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="source",
            name="internal",
            field=models.BooleanField(
                default=False,
                help_text="The secretariat's own record (a received letter): shown to it alone",
            ),
        ),
        migrations.RunPython(mark_received_letters, migrations.RunPython.noop),
    ]
