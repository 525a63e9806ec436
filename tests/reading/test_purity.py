"""The reader is pure Python, and its scoring tools stay off the reading path."""

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "plenipo" / "reading"
PROBE = """
import importlib, pkgutil, sys
import plenipo.reading
from plenipo.reading import read_file, read_text
read_text("Vienna, 4 March 2009. The meeting will be held from 14 to 15 April 2009.")
scoring = "plenipo.reading.evaluation" in sys.modules
print("evaluation loaded" if scoring else "evaluation not loaded")
for module in pkgutil.walk_packages(plenipo.reading.__path__, "plenipo.reading."):
    importlib.import_module(module.name)
print("django loaded" if any(m.split(".")[0] == "django" for m in sys.modules) else "no django")
"""


def test_reading_imports_no_django_and_reading_loads_no_scoring():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env={}
    )
    assert result.stdout.split("\n")[:2] == ["evaluation not loaded", "no django"]


def test_no_module_of_the_reader_names_django():
    named = [p.name for p in PACKAGE.rglob("*.py") if "django" in p.read_text(encoding="utf-8")]
    assert named == []
