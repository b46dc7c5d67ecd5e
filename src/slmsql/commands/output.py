"""Shared terminal output for the subcommands: consoles, result tables, JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

console = Console()
err_console = Console(stderr=True)


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def result_table(
    columns: tuple[str, ...] | list[str], rows, *, limit: int = 50, title: str | None = None
) -> Table:
    table = Table(title=title, show_lines=False)
    for name in columns:
        table.add_column(str(name), overflow="fold")
    for row in list(rows)[:limit]:
        table.add_row(*(_cell(v) for v in row))
    return table


def jsonable(value: Any) -> Any:
    """Make a query value JSON-safe (bytes become hex)."""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
