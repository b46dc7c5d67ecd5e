"""Shared terminal output for the subcommands: consoles, result tables, JSON.

Database values and names are data, never formatting: the consoles read no rich markup and no emoji
codes (a stored ``[/x]`` prints as ``[/x]``), table cells are plain :class:`~rich.text.Text`, and
control characters (ANSI escapes, carriage returns, bidirectional overrides) are shown escaped as
``\\x1b``, ``\\n``, ``\\u202e``, so a value cannot restyle or rewrite the terminal. Long values are cut
in tables and in JSON, and say so.

JSON output is always valid JSON (RFC 8259). A cell that plain JSON cannot hold becomes an object
naming its encoding: ``{"base64": ..., "bytes": n}`` for a blob, ``{"float": "NaN"}`` (or
``"Infinity"``, ``"-Infinity"``) for a non-finite float, and a text or blob cut to
:data:`JSON_MAX_CHARS` carries ``"truncated": true`` with its full length.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from slmsql.db.json_values import JSON_MAX_CHARS, jsonable
from slmsql.errors import InputError

__all__ = ["JSON_MAX_CHARS", "console", "err_console", "jsonable", "print_json", "printable", "result_table"]

console = Console(markup=False, emoji=False, highlight=False)
err_console = Console(stderr=True, markup=False, emoji=False, highlight=False)

# A table cell shows at most this many characters (JSON keeps JSON_MAX_CHARS of a text or blob).
CELL_MAX_CHARS = 200

# Bidirectional overrides and isolates reorder what follows them on screen ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


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


def _escape_char(char: str) -> str:
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _is_control(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cc", "Zl", "Zp", "Cs") or char in _BIDI_CONTROLS


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\n``, ``\\u202e``)."""
    if text.isprintable() and not any(c in _BIDI_CONTROLS for c in text):
        return text  # the common case, at C speed
    return "".join(_escape_char(c) if _is_control(c) else c for c in text)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, float):
        # 12 significant digits hide binary noise (4208.200000000001) without hiding real digits
        # of money or measurements; --json keeps the exact value.
        return format(value, ".12g")
    # Cut before escaping: escaping a huge value first would cost time and memory for nothing.
    return printable(_clip(str(value), CELL_MAX_CHARS))


def result_table(
    columns: tuple[str, ...] | list[str], rows, *, limit: int = 50, title: str | None = None
) -> Table:
    table = Table(title=title, show_lines=False)
    for name in columns:
        table.add_column(Text(printable(_clip(str(name), CELL_MAX_CHARS))), overflow="fold")
    for row in list(rows)[:limit]:
        table.add_row(*(Text(_cell(v)) for v in row))
    return table


def print_json(obj: Any) -> None:
    """One JSON document on stdout, valid whatever values ``obj`` holds."""
    text = json.dumps(jsonable(obj), ensure_ascii=False, allow_nan=False, default=str)
    # Lone surrogates (undecodable bytes in a file name) cannot be written as UTF-8: escape them.
    sys.stdout.write(text.encode("utf-8", "backslashreplace").decode("utf-8") + "\n")
