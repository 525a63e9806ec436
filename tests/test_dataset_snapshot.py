"""The dataset's rows are put back as they were after a transactional test emptied them."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from plenipo.core.models import Source
from plenipo.treaties.dataset import database_is_empty
from tests.dataset_snapshot import DATASET

pytestmark = pytest.mark.django_db(transaction=True)


def _counts():
    counts = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.django_table_names(only_existing=True):
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            counts[table] = cursor.fetchone()[0]
    return counts


def test_an_emptied_database_gets_every_row_back_and_new_rows_new_ids(dataset):
    before = _counts()
    sources = sorted(Source.objects.values_list("pk", "key"))
    call_command("flush", interactive=False, verbosity=0)
    assert database_is_empty()

    assert DATASET.restore()

    assert _counts() == before
    assert sorted(Source.objects.values_list("pk", "key")) == sources
    added = Source.objects.create(key="added-after-restore", title="Added")
    assert added.pk > max(pk for pk, _ in sources)


def test_a_database_holding_anything_else_is_left_alone(dataset):
    call_command("flush", interactive=False, verbosity=0)
    get_user_model().objects.create_user("early-fixture")

    assert not DATASET.restore()

    assert database_is_empty()
    assert get_user_model().objects.count() == 1
