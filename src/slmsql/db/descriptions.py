"""Column descriptions from a Spider/BIRD ``tables.json`` and BIRD's ``database_description`` CSVs.

``tables.json`` gives a natural-language name per column (and the benchmark's key annotations);
BIRD's CSVs give a real description, sometimes with a note on the values. The text kept for a column
is the most informative one: the CSV description (with the value note appended when it is short),
else the CSV's natural name, else the ``tables.json`` one. Whether it is worth showing (it differs
from the column name) is the renderer's decision.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from slmsql.db.schema import ForeignKey, Schema
from slmsql.errors import InputError
from slmsql.input_files import parse_json, read_regular_file

DESCRIPTION_FOLDER = "database_description"
# A value note longer than this is an essay ("commonsense evidence: ..."); it would swamp the prompt.
VALUE_NOTE_MAX_CHARS = 200
# BIRD's CSVs come in several encodings; cp1252 first because it is what the non-UTF-8 ones use,
# latin-1 last because it decodes any byte string.
CSV_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_EVIDENCE_LABEL = re.compile(r"common\s*sense\s+(evidence|reasoning)\s*:", re.IGNORECASE)
_REQUIRED_KEYS = ("db_id", "table_names_original", "column_names_original")

ColumnKey = tuple[str, str]  # (table, column), both lower-case


@dataclass(frozen=True)
class TablesJsonEntry:
    """One database of a ``tables.json``. ``columns`` holds (table index, original name, natural
    name, type); key annotations are column indexes into it (a composite key is a tuple)."""

    db_id: str
    table_names_original: tuple[str, ...]
    table_names: tuple[str, ...]
    columns: tuple[tuple[int, str, str, str], ...]
    primary_keys: tuple[int | tuple[int, ...], ...] = ()
    foreign_keys: tuple[tuple[int, int], ...] = ()


def clean_text(text: str) -> str:
    """One line of readable text: mis-decoded cp1252 punctuation repaired, replacement characters
    and bullets dropped, lines joined with ``; `` unless they already end in punctuation."""
    repaired = "".join(_repair_char(ch) for ch in text or "")
    lines = [" ".join(line.replace("•", " ").split()) for line in repaired.splitlines()]
    out = ""
    for line in (x for x in lines if x):
        out = line if not out else out + (" " if out[-1] in ".,;:" else "; ") + line
    return out


def _repair_char(ch: str) -> str:
    if "\x80" <= ch <= "\x9f":  # a cp1252 byte decoded as latin-1: recover the intended character
        try:
            return ch.encode("latin-1").decode("cp1252")
        except UnicodeDecodeError:
            return " "
    return " " if ch == "\ufffd" else ch


def _value_note(value_description: str, description: str) -> str:
    parts = [clean_text(p).strip(" ;,") for p in _EVIDENCE_LABEL.split(value_description or "")]
    parts = [p for p in parts if p and p.lower() not in ("evidence", "reasoning")]
    note = "; ".join(parts)
    if not note or len(note) > VALUE_NOTE_MAX_CHARS or note.lower() in description.lower():
        return ""
    return note


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def read_description_csv(path: Path) -> dict[str, str]:
    """Column (lower-case) -> description for one BIRD description CSV."""
    try:
        rows = list(csv.reader(io.StringIO(_decode(path))))
    except (OSError, csv.Error) as exc:
        raise InputError(
            "description_csv_unreadable", f"description file {path}: cannot be read ({exc})"
        ) from exc
    if not rows:
        return {}
    header = [clean_text(h).lower().replace(" ", "_") for h in rows[0]]
    if "original_column_name" not in header:
        raise InputError(
            "description_csv_malformed", f"description file {path}: no original_column_name column"
        )
    notes: dict[str, str] = {}
    for row in rows[1:]:
        field = dict(zip(header, row, strict=False))
        column = " ".join(field.get("original_column_name", "").split())
        if not column:
            continue
        description = clean_text(field.get("column_description", ""))
        if description:
            note = _value_note(field.get("value_description", ""), description)
            text = f"{description.rstrip(' .')} ({note})" if note else description
        else:
            text = clean_text(field.get("column_name", ""))
        if text:
            notes[column.lower()] = text
    return notes


def read_description_folder(folder: Path) -> dict[ColumnKey, str]:
    """(table, column) -> description for every ``<table>.csv`` in a BIRD description folder."""
    notes: dict[ColumnKey, str] = {}
    for path in sorted(folder.glob("*.csv")):
        table = " ".join(path.stem.split()).lower()
        notes.update({(table, column): text for column, text in read_description_csv(path).items()})
    return notes


def description_folder_for(
    db_path: str | Path, description_root: Path | None = None, db_id: str = ""
) -> Path | None:
    """BIRD's description folder for a database: beside the file, else ``<root>/<db_id>/``."""
    beside = Path(db_path).parent / DESCRIPTION_FOLDER
    if beside.is_dir():
        return beside
    if description_root is not None and db_id:
        under_root = Path(description_root) / db_id / DESCRIPTION_FOLDER
        if under_root.is_dir():
            return under_root
    return None


def _entry(raw: object, index: int, path: Path) -> TablesJsonEntry:
    if not isinstance(raw, dict) or any(k not in raw for k in _REQUIRED_KEYS):
        raise InputError(
            "tables_json_malformed",
            f"tables.json {path}: entry {index} lacks one of {', '.join(_REQUIRED_KEYS)}",
        )
    try:
        originals = raw["column_names_original"]
        naturals = raw.get("column_names") or originals
        types = raw.get("column_types") or [""] * len(originals)
        columns = tuple(
            (int(o[0]), str(o[1]), str(n[1]), str(t))
            for o, n, t in zip(originals, naturals, types, strict=False)
        )
        primary = tuple(
            tuple(int(x) for x in k) if isinstance(k, list) else int(k) for k in raw.get("primary_keys", [])
        )
        foreign = tuple((int(a), int(b)) for a, b in raw.get("foreign_keys", []))
        return TablesJsonEntry(
            db_id=str(raw["db_id"]),
            table_names_original=tuple(str(t) for t in raw["table_names_original"]),
            table_names=tuple(str(t) for t in raw.get("table_names") or raw["table_names_original"]),
            columns=columns,
            primary_keys=primary,
            foreign_keys=foreign,
        )
    except (TypeError, ValueError, IndexError, RecursionError) as exc:
        raise InputError(
            "tables_json_malformed",
            f"tables.json {path}: entry {index} ({raw.get('db_id')}) is malformed ({exc})",
        ) from exc


@lru_cache(maxsize=8)
def _load_tables_json(path: Path, _mtime_ns: int, _size: int) -> dict[str, TablesJsonEntry]:
    raw = read_regular_file(path, what="tables.json", code="tables_json")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("tables_json_malformed", f"tables.json {path}: not UTF-8 text") from exc
    data = parse_json(text, what=f"tables.json {path}", code="tables_json_malformed")
    if not isinstance(data, list):
        raise InputError("tables_json_malformed", f"tables.json {path}: expected a list of databases")
    return {entry.db_id: entry for entry in (_entry(raw, i, path) for i, raw in enumerate(data))}


def load_tables_json(path: str | Path) -> dict[str, TablesJsonEntry]:
    """db_id -> entry for a ``tables.json`` file (parsed once per file version per process)."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise InputError("tables_json_missing", f"tables.json {file}: no such file")
    stat = file.stat()
    return _load_tables_json(file.resolve(), stat.st_mtime_ns, stat.st_size)


def tables_json_descriptions(entry: TablesJsonEntry) -> dict[ColumnKey, str]:
    """(table, column) -> natural-language column name."""
    notes = {}
    for table_index, original, natural, _type in entry.columns:
        if 0 <= table_index < len(entry.table_names_original) and natural.strip():
            notes[(entry.table_names_original[table_index].lower(), original.lower())] = clean_text(natural)
    return notes


def apply_descriptions(schema: Schema, *sources: dict[ColumnKey, str]) -> Schema:
    """``schema`` with each column's description taken from the first source that has one."""
    tables = []
    for table in schema.tables:
        columns = []
        for column in table.columns:
            key = (table.name.lower(), column.name.lower())
            text = next((s[key] for s in sources if s.get(key)), column.description)
            columns.append(replace(column, description=text))
        tables.append(replace(table, columns=tuple(columns)))
    return replace(schema, tables=tuple(tables))


def apply_tables_json_keys(schema: Schema, entry: TablesJsonEntry) -> Schema:
    """Add the benchmark's key annotations the database file does not declare: a primary key for a
    table without one, and foreign keys that are missing."""

    def locate(index: int) -> tuple[str, str] | None:
        if not 0 <= index < len(entry.columns):
            return None
        table_index, column = entry.columns[index][0], entry.columns[index][1]
        if not 0 <= table_index < len(entry.table_names_original):
            return None
        table = schema.table(entry.table_names_original[table_index])
        found = table.column(column) if table else None
        return (table.name, found.name) if found else None

    primary: dict[str, list[str]] = {}
    for key in entry.primary_keys:
        for place in filter(None, map(locate, key if isinstance(key, tuple) else (key,))):
            primary.setdefault(place[0], []).append(place[1])
    foreign: dict[str, list[ForeignKey]] = {}
    for source, target in entry.foreign_keys:
        a, b = locate(source), locate(target)
        if a and b:
            foreign.setdefault(a[0], []).append(ForeignKey(column=a[1], ref_table=b[0], ref_column=b[1]))
    tables = []
    for table in schema.tables:
        pk = table.primary_key or tuple(primary.get(table.name, ()))
        have = {(f.column.lower(), f.ref_table.lower(), f.ref_column.lower()) for f in table.foreign_keys}
        extra = tuple(
            f
            for f in dict.fromkeys(foreign.get(table.name, ()))
            if (f.column.lower(), f.ref_table.lower(), f.ref_column.lower()) not in have
        )
        tables.append(replace(table, primary_key=pk, foreign_keys=table.foreign_keys + extra))
    return replace(schema, tables=tuple(tables))
