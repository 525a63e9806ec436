"""The layers of docs/architecture.md hold: `lint-imports` checks the contracts in
pyproject.toml, so every test run (SQLite and PostgreSQL alike) checks them."""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "plenipo"
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]


def _contract(name_start):
    [contract] = [c for c in CONFIG["contracts"] if c["name"].startswith(name_start)]
    return contract


def test_every_import_contract_is_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    kept = f"Contracts: {len(CONFIG['contracts'])} kept, 0 broken."
    assert kept in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0


def _declared_pure():
    """Modules whose docstring says they are pure Python."""
    for path in sorted(PACKAGE.rglob("*.py")):
        docstring = ast.get_docstring(ast.parse(path.read_text())) or ""
        if "Pure" in docstring or "no Django" in docstring:
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_module_that_says_it_is_pure_is_held_to_it():
    checked = _contract("Pure modules")["source_modules"]
    unchecked = [
        module
        for module in _declared_pure()
        if not any(module == c or module.startswith(c + ".") for c in checked)
    ]
    assert unchecked == []


def test_the_surfaces_are_forbidden_to_every_domain_app():
    domain = _contract("The domain apps never import")["source_modules"]
    layered = _contract("The domain apps in dependency order")["layers"]
    in_layers = {f"plenipo.{app.strip()}" for layer in layered for app in layer.split("|")}
    assert set(domain) == in_layers
    surfaces = set(_contract("The surfaces do not import each other")["modules"])
    assert set(_contract("The domain apps never import")["forbidden_modules"]) == surfaces
