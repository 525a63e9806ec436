from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("negotiations", "0003_silence_notices"),
    ]

    operations = [
        migrations.AddField(
            model_name="silence",
            name="started",
            field=models.DateTimeField(
                blank=True,
                help_text="Stored in UTC; empty for a silence recorded without it",
                null=True,
            ),
        ),
    ]
