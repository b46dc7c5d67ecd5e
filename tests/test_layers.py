"""The stages depend one way: db -> prompts -> models -> inference -> evaluation -> training -> server,
with the CLI (commands, cli) on top and the shared basics (errors, settings, input files) below all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import slmsql

PACKAGE = Path(slmsql.__file__).resolve().parent
# Lower first; a module may import its own stage and any stage below it.
STAGES = (
    ("errors", "input_files", "settings"),
    ("db",),
    ("prompts",),
    ("models",),
    ("inference",),
    ("evaluation",),
    ("training",),
    ("server",),
    ("commands", "cli"),
)
RANK = {name: rank for rank, names in enumerate(STAGES) for name in names}


def _stage(module: str) -> str:
    return module.split(".")[1] if module.startswith("slmsql.") else ""


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in ("__init__.py", "__main__.py"):
            continue
        yield relative.parts[0].removesuffix(".py"), path


MODULES = list(_modules())


@pytest.mark.parametrize(("stage", "path"), MODULES, ids=[str(p.relative_to(PACKAGE)) for _, p in MODULES])
def test_no_module_imports_a_higher_stage(stage, path):
    assert stage in RANK, f"{stage}: a new top-level part of slmsql must be given a stage here"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        and (node.module if isinstance(node, ast.ImportFrom) else True)
        for alias in (node.names if isinstance(node, ast.Import) else [None])
    ]
    higher = [m for m in imported if m and _stage(m) in RANK and RANK[_stage(m)] > RANK[stage]]
    assert not higher, f"{path.relative_to(PACKAGE)} ({stage}) imports {higher}"
