"""An API token made before tokens expired gets the default lifetime, counted from the day
the migration runs; a calendar feed keeps none; from then on the database refuses an API
token without an expiry."""

import datetime as dt

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from plenipo.registry.models import AccessToken, AccessTokenKind
from plenipo.registry.services.tokens import DEFAULT_LIFETIME

BEFORE = [("registry", "0010_focal_point_groups")]
AFTER = [("registry", "0011_api_token_expiry_for_all")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_old_api_tokens_get_the_default_lifetime_and_calendar_feeds_none(django_user_model):
    old = _migrate(BEFORE)
    user = old.get_model("auth", "User").objects.create(username="scripted")
    tokens = old.get_model("registry", "AccessToken")
    made = {
        kind: tokens.objects.create(user_id=user.pk, kind=kind, name=kind, digest=kind * 8)
        for kind in ("api", "calendar")
    }
    dated = tokens.objects.create(
        user_id=user.pk, kind="api", name="dated", digest="d" * 64, expires_on=dt.date(2027, 1, 5)
    )
    _migrate(AFTER)
    expiry = dict(AccessToken.objects.values_list("pk", "expires_on"))
    assert expiry[made["api"].pk] == timezone.localdate() + DEFAULT_LIFETIME
    assert expiry[made["calendar"].pk] is None
    assert expiry[dated.pk] == dt.date(2027, 1, 5)


@pytest.mark.django_db
def test_the_database_refuses_an_api_token_without_expiry(focal_point_state_a):
    with pytest.raises(IntegrityError), transaction.atomic():
        AccessToken.objects.create(
            user=focal_point_state_a, kind=AccessTokenKind.API, name="x", digest="a" * 64
        )
    AccessToken.objects.create(
        user=focal_point_state_a, kind=AccessTokenKind.CALENDAR, name="feed", digest="b" * 64
    )
