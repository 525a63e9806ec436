"""Shared fixtures: the built-in dataset, loaded once per test session."""

import pytest
from django.db import connection

from plenipo.core.importing import import_files
from plenipo.treaties.dataset import builtin_files, database_is_empty
from tests.dataset_snapshot import DATASET

PASSWORD = "correct horse battery staple"  # every test user's, for the sign-in page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the real, cited dataset (as `make run` does)."""
    with django_db_blocker.unblock():
        import_files(builtin_files(), by=None)
        DATASET.capture()
    yield
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            # The live server's request threads may still hold connections; PostgreSQL
            # refuses to drop a database that is in use.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture
def dataset(django_db_setup):
    """Transactional tests may start after another one emptied the database: the
    dataset's rows are copied back (or, if anything else is there, imported again)."""
    if database_is_empty() and not DATASET.restore():
        import_files(builtin_files(), by=None)


@pytest.fixture
def secretariat_officer(django_user_model):
    from plenipo.registry.roles import ensure_secretariat_group  # noqa: PLC0415

    user = django_user_model.objects.create_user("officer", password=PASSWORD)
    user.groups.add(ensure_secretariat_group())
    return user


def _focal_point(django_user_model, code, language="en"):
    from plenipo.registry.models import FocalPoint  # noqa: PLC0415
    from plenipo.registry.services.states import ensure_state  # noqa: PLC0415

    user = django_user_model.objects.create_user(
        f"focal-point-{code.lower()}",
        email=f"focal.point@{code.lower()}.example",
        password=PASSWORD,
    )
    FocalPoint.objects.create(user=user, state=ensure_state(code, by=None), language=language)
    return user


@pytest.fixture
def focal_point_state_a(django_user_model):
    """The focal point of Austria's permanent mission (writes in French)."""
    return _focal_point(django_user_model, "AUT", language="fr")


@pytest.fixture
def focal_point_state_b(django_user_model):
    """The focal point of Belgium's permanent mission: must never see Austria's data."""
    return _focal_point(django_user_model, "BEL")


@pytest.fixture(autouse=True)
def _an_empty_cache():
    """The database rolls back after every test; remembered answers must go with it."""
    from django.core.cache import cache  # noqa: PLC0415

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    """Uploads made by tests never land in the developer's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def keep_the_test_connection(monkeypatch):
    """Whatever closes database connections outside Django's test client (a response
    closed by hand, the WSGI application called directly, a command run as from the
    console) would close the test's own transaction on PostgreSQL: keep it open. The test
    client reconnects ``close_old_connections`` after every request, so detaching that
    signal receiver is not enough; the check it runs is what is turned off."""
    from django.db import connections  # noqa: PLC0415
    from django.db.backends.base.base import BaseDatabaseWrapper  # noqa: PLC0415

    monkeypatch.setattr(connections, "close_all", lambda: None)
    monkeypatch.setattr(BaseDatabaseWrapper, "close_if_unusable_or_obsolete", lambda self: None)
