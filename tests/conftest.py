"""Shared fixtures: the built-in dataset, loaded once per test session."""

import pytest
from django.db import connection

from plenipo.core.importing import import_files
from plenipo.treaties.dataset import builtin_files


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the real, cited dataset (as `make run` does)."""
    with django_db_blocker.unblock():
        import_files(builtin_files(), by=None)
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
def secretariat_officer(django_user_model):
    from plenipo.office.roles import ensure_secretariat_group  # noqa: PLC0415

    user = django_user_model.objects.create_user("officer", password="x")
    user.groups.add(ensure_secretariat_group())
    return user


@pytest.fixture
def focal_point_state_b(django_user_model):
    """A mission's focal point: signed in, but no secretariat rights."""
    return django_user_model.objects.create_user("focal-point-bel", password="x")
