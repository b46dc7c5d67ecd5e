"""Shared terminal output for the subcommands: consoles, result tables, JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from slmsql.errors import InputError

console = Console()
err_console = Console(stderr=True)


def require_text(value: str, what: str) -> str:
    """``value`` as given, or InputError when it is blank or not valid UTF-8 (a command line in
    another encoding reaches Python as lone surrogates)."""
    if not value.strip():
        raise InputError(f"empty_{what.replace(' ', '_')}", f"the {what} is empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("not_utf8", f"the {what} is not valid UTF-8") from None
    return value


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, float):
        # 12 significant digits hide binary noise (4208.200000000001) without hiding real digits
        # of money or measurements; --json keeps the exact value.
        return format(value, ".12g")
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
