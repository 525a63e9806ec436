"""The built-in dataset, loaded once per session and put back by copying its rows.

Transactional tests (the browser tests, a few others) end by emptying the database;
importing the dataset again through the services takes about 30 seconds a test. The rows
the first import wrote are kept in memory and copied back in one transaction instead
(COPY on PostgreSQL, plain INSERTs on SQLite), which takes well under a second. Foreign
keys are deferred to the commit on both databases, so the tables' order does not matter.
"""

import datetime as dt
from decimal import Decimal

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

# Emptying the database re-creates these through the post_migrate signal, possibly with
# other ids than the snapshot's: they are replaced by the snapshot's rows.
RECREATED_ON_FLUSH = frozenset({"django_content_type", "auth_permission"})


class Snapshot:
    def __init__(self):
        self._rows: dict[str, object] = {}

    def capture(self) -> None:
        """Keep every non-empty table's rows as they are now."""
        with connection.cursor() as cursor:
            for table in _tables():
                rows = _read(cursor, table)
                if rows:
                    self._rows[table] = rows

    def restore(self) -> bool:
        """Put the captured rows back into an emptied database. False (and nothing
        written) when the database holds anything but what emptying it re-creates."""
        if not self._rows or _holds_other_rows():
            return False
        with transaction.atomic(), connection.cursor() as cursor:
            for table in RECREATED_ON_FLUSH & self._rows.keys():
                cursor.execute(f'DELETE FROM "{table}"')
            for table, rows in self._rows.items():
                _write(cursor, table, rows)
            _reset_sequences(cursor, self._rows.keys())
        return True


DATASET = Snapshot()  # captured by the session's database set-up (tests/conftest.py)


def _tables() -> list[str]:
    return connection.introspection.django_table_names(only_existing=True, include_views=False)


def _holds_other_rows() -> bool:
    with connection.cursor() as cursor:
        for table in _tables():
            if table in RECREATED_ON_FLUSH:
                continue
            cursor.execute(f'SELECT 1 FROM "{table}" LIMIT 1')
            if cursor.fetchone():
                return True
    return False


def _read(cursor, table):
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f'COPY "{table}" TO STDOUT') as copy:
            return b"".join(bytes(block) for block in copy)
    cursor.execute(f'SELECT * FROM "{table}"')
    return [tuple(map(_as_stored, row)) for row in cursor.fetchall()]


def _as_stored(value):
    """Django's SQLite converters turn stored text into dates, times and decimals; the
    text is what goes back (it is what Django wrote)."""
    if isinstance(value, dt.date | dt.time | Decimal):
        return str(value)
    return value


def _write(cursor, table, rows) -> None:
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f'COPY "{table}" FROM STDIN') as copy:
            copy.write(rows)
        return
    marks = ", ".join(["%s"] * len(rows[0]))
    cursor.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)


def _reset_sequences(cursor, tables) -> None:
    """PostgreSQL's sequences do not follow rows written with their ids; SQLite's do."""
    models = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.db_table in tables
    ]
    for statement in connection.ops.sequence_reset_sql(no_style(), models):
        cursor.execute(statement)
