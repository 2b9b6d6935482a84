"""The source itself: a module-level name bound twice silently replaces the first (two
rules' patterns sharing a name, the later one winning everywhere)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, k in names.items() if k > 1)


@pytest.mark.parametrize("path", sorted([*ROOT.glob("assistant/**/*.py"), *ROOT.glob("ingest/**/*.py")]),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    assert _bound_twice(path) == []


def test_a_name_bound_twice_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import re\n_A = re.compile('x')\n\ndef f():\n    return _A\n\n_A = re.compile('y')\n", encoding="utf-8")
    assert _bound_twice(module) == ["_A"]
