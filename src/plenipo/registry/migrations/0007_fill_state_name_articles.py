"""Fills the new articles of names already in a database from the built-in names file, as
``load-data`` writes them for a new one: a database loaded before articles were recorded
would otherwise title every state by its formal name in French and Spanish letters."""

from pathlib import Path

import yaml
from django.db import migrations

NAMES_FILE = Path(__file__).resolve().parents[2] / "data" / "registry" / "un-names.yaml"


def fill_articles(apps, schema_editor):
    state_name = apps.get_model("registry", "StateName")
    records = yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8")).get("names", [])
    articles = {
        (r["state"], r["scheme"], tuple(sorted(r["short"].items()))): r["article"]
        for r in records
        if r.get("article") and r.get("short")
    }
    for name in state_name.objects.filter(article={}):
        key = (name.party_code, name.scheme, tuple(sorted(name.short.items())))
        if key in articles:
            name.article = articles[key]
            name.save(update_fields=["article"])


class Migration(migrations.Migration):
    dependencies = [("registry", "0006_state_name_articles")]

    operations = [migrations.RunPython(fill_articles, migrations.RunPython.noop)]
