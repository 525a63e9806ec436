"""A module's private names (a leading underscore) are its own: no other Plenipo module
imports one, so what a module shares is a public function named for what it does."""

import ast
from pathlib import Path

import plenipo

SOURCE = Path(plenipo.__file__).parent


def _private_imports():
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("plenipo"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        yield f"{path.relative_to(SOURCE)}: {node.module}.{alias.name}"


def test_no_module_imports_another_modules_private_name():
    assert list(_private_imports()) == []
