"""Received letters are searched accents and case aside ("reunion" finds "réunion"): their
name and text are kept folded as `core.listing.fold` folds a search (its rule, copied here
so that this migration stays as it is when the function changes)."""

import unicodedata

from django.db import migrations, models


def _fold(text):
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("\u2019", "'").casefold().strip()


def fold_received_letters(apps, schema_editor):
    letters = apps.get_model("correspondence", "IncomingLetter")
    for letter in letters.objects.only("pk", "name", "text").iterator():
        letter.folded = _fold(f"{letter.name}\n{letter.text}")
        letter.save(update_fields=["folded"])


class Migration(migrations.Migration):
    dependencies = [("correspondence", "0006_incomingletter_digest")]

    operations = [
        migrations.AddField(
            model_name="incomingletter",
            name="folded",
            field=models.TextField(
                blank=True,
                editable=False,
                help_text="Name and text as searched: accents and case aside",
            ),
        ),
        migrations.RunPython(fold_received_letters, migrations.RunPython.noop),
    ]
