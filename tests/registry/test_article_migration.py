"""A database loaded before articles were recorded gets them from the names file on
migrating, as a new database gets them from load-data."""

import importlib

import pytest
from django.apps import apps

from plenipo.registry.models import StateName

pytestmark = pytest.mark.django_db
migration = importlib.import_module("plenipo.registry.migrations.0007_fill_state_name_articles")


def test_names_loaded_without_articles_get_them_on_migrating():
    loaded = dict(StateName.objects.exclude(article={}).values_list("pk", "article"))
    assert loaded[StateName.objects.get(party_code="AUT", scheme="un").pk] == {"fr": "l'"}
    StateName.objects.update(article={})
    migration.fill_articles(apps, None)
    assert dict(StateName.objects.exclude(article={}).values_list("pk", "article")) == loaded
