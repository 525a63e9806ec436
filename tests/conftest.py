"""Shared fixtures: the built-in dataset, loaded once per test session."""

import pytest

from plenipo.treaties.dataset import builtin_files
from plenipo.treaties.services.imports import import_files


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the real, cited dataset (as `make run` does)."""
    with django_db_blocker.unblock():
        import_files(builtin_files(), by=None)
