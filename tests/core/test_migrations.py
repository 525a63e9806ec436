"""The DateBoundsField migrations keep every stored value: a round trip through the
migrations before it changes no date column and no status answer."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

pytestmark = pytest.mark.dataset

SCRIPT = Path(__file__).with_name("migration_roundtrip.py")


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="runs on a scratch SQLite file; once is enough"
)
def test_migrating_back_and_forth_keeps_every_date_and_every_answer(tmp_path):
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "plenipo.settings",
        "PYTHONPATH": os.pathsep.join([str(SCRIPT.parents[2] / "src"), str(SCRIPT.parents[2])]),
    }
    result = subprocess.run(
        [sys.executable, str(SCRIPT)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["compared"] > 200 * 6
    assert report["differences"] == []
