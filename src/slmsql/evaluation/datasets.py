"""Benchmark datasets: Spider and BIRD questions with their gold SQL and SQLite databases.

A dataset is a named set under the data folder (``spider-dev``, ``bird-minidev``, ...) or any JSON /
JSONL file in either layout. The field names tell the layout: ``query`` means Spider, ``SQL`` or
``evidence`` means BIRD. A question whose database file is absent keeps ``db_path=None``: it is
*skipped* by the evaluation, never counted right or wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from slmsql.errors import InputError
from slmsql.input_files import parse_json, read_regular_file
from slmsql.settings import data_dir as resolve_data_dir

Format = Literal["spider", "bird"]


@dataclass(frozen=True)
class Example:
    id: str
    db_id: str
    question: str
    evidence: str
    gold_sql: str | None
    difficulty: str | None
    db_path: Path | None  # None when the database file is missing

    @property
    def runnable(self) -> bool:
        return self.db_path is not None


@dataclass(frozen=True)
class Dataset:
    name: str
    format: Format
    path: Path
    db_dir: Path
    tables_json: Path | None
    examples: tuple[Example, ...]

    @property
    def runnable(self) -> tuple[Example, ...]:
        return tuple(e for e in self.examples if e.db_path is not None)

    @property
    def skipped(self) -> tuple[Example, ...]:
        """Questions whose database is missing: reported as skipped, never scored."""
        return tuple(e for e in self.examples if e.db_path is None)

    def limited(self, limit: int | None) -> Dataset:
        """The first ``limit`` questions (all when ``limit`` is None)."""
        if limit is None or limit >= len(self.examples):
            return self
        return Dataset(
            self.name, self.format, self.path, self.db_dir, self.tables_json, self.examples[:limit]
        )


@dataclass(frozen=True)
class NamedSet:
    questions: str  # relative to the data folder
    db_dir: str
    tables_json: str


NAMED_SETS: dict[str, NamedSet] = {
    "spider-dev": NamedSet("spider/dev.json", "spider/database", "spider/tables.json"),
    "spider-train": NamedSet("spider/train_spider.json", "spider/database", "spider/tables.json"),
    "bird-minidev": NamedSet(
        "bird_minidev/mini_dev_sqlite.json", "bird_minidev/dev_databases", "bird_minidev/dev_tables.json"
    ),
    "bird-dev": NamedSet("bird/dev.json", "bird/dev_databases", "bird/dev_tables.json"),
}

# Where the databases usually sit beside a questions file, and the schema file's usual names.
_SIBLING_DB_DIRS = ("database", "dev_databases", "train_databases")
_SIBLING_TABLES = ("tables.json", "dev_tables.json", "train_tables.json")


def load_dataset(
    name_or_path: str | Path,
    *,
    data_dir: str | Path | None = None,
    db_dir: str | Path | None = None,
) -> Dataset:
    """Load a named set (resolved under the data folder) or a JSON/JSONL questions file."""
    text = str(name_or_path)
    if text in NAMED_SETS:
        return _load_named(text, resolve_data_dir(data_dir), db_dir)
    path = Path(text).expanduser()
    if not path.exists():
        if path.suffix.lower() not in (".json", ".jsonl") and "/" not in text:
            known = ", ".join(NAMED_SETS)
            raise InputError(
                "unknown_dataset", f"dataset {text!r}: unknown name (known: {known}) and no such file"
            )
        raise InputError("dataset_missing", f"dataset {path}: no such file")
    return load_file(path, db_dir=db_dir)


def _load_named(name: str, root: Path, db_dir: str | Path | None) -> Dataset:
    spec = NAMED_SETS[name]
    questions = root / spec.questions
    if not questions.is_file():
        raise InputError(
            "dataset_missing", f"dataset {name}: {questions} not found (is it in the data folder?)"
        )
    databases = Path(db_dir).expanduser() if db_dir else root / spec.db_dir
    if not databases.is_dir():
        raise InputError("db_dir_missing", f"dataset {name}: database folder {databases} not found")
    tables = root / spec.tables_json
    return load_file(questions, db_dir=databases, name=name, tables_json=tables if tables.is_file() else None)


def load_file(
    path: Path,
    *,
    db_dir: str | Path | None = None,
    name: str | None = None,
    tables_json: Path | None = None,
) -> Dataset:
    """Load a Spider- or BIRD-style JSON (a list) or JSONL (one object a line) questions file."""
    if path.is_dir():
        raise InputError("dataset_is_directory", f"dataset {path}: is a directory, not a JSON file")
    records = _read_records(path)
    if not records:
        raise InputError("dataset_empty", f"dataset {path}: holds no questions")
    fmt = detect_format(records, path)
    databases = _find_db_dir(path, db_dir)
    if tables_json is None:
        tables_json = next((path.parent / n for n in _SIBLING_TABLES if (path.parent / n).is_file()), None)
    examples = tuple(_example(record, index, fmt, databases, path) for index, record in enumerate(records))
    _check_unique_ids(examples, path)
    return Dataset(name or path.stem, fmt, path, databases, tables_json, examples)


def _read_records(path: Path) -> list:
    try:
        text = read_regular_file(path, what="dataset", code="dataset").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("dataset_not_utf8", f"dataset {path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise InputError("dataset_unreadable", f"dataset {path}: cannot be read ({exc.strerror})") from exc
    stripped = text.lstrip()
    if path.suffix.lower() == ".jsonl" or (stripped.startswith("{") and path.suffix.lower() != ".json"):
        return _read_jsonl(text, path)
    data = parse_json(text, what=f"dataset {path}", code="dataset_malformed")
    if not isinstance(data, list):
        raise InputError("dataset_malformed", f"dataset {path}: expected a JSON list of questions")
    return data


def _read_jsonl(text: str, path: Path) -> list:
    return [record for _number, record in jsonl_records(text, f"dataset {path}", "dataset_malformed")]


def jsonl_records(text: str, what: str, code: str) -> Iterator[tuple[int, Any]]:
    """(line number, value) for each non-blank line of JSON Lines ``text``; a malformed line is an
    InputError ``code`` naming ``what`` (e.g. "dataset FILE") and the line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        yield number, parse_json(line, what=what, code=code, line=number)


def detect_format(records: list, path: Path) -> Format:
    """``query`` → spider; ``SQL`` / ``evidence`` / ``question_id`` → bird (checked on every record)."""
    first = records[0]
    if not isinstance(first, dict):
        raise InputError("dataset_malformed", f"dataset {path}: question 0 is not a JSON object")
    if "query" in first:
        return "spider"
    if {"SQL", "evidence", "question_id"} & first.keys():
        return "bird"
    raise InputError(
        "dataset_format_unknown",
        f"dataset {path}: cannot tell the format (no 'query' for Spider, no 'SQL'/'evidence' for BIRD)",
    )


def _find_db_dir(path: Path, db_dir: str | Path | None) -> Path:
    if db_dir is not None:
        databases = Path(db_dir).expanduser()
        if not databases.is_dir():
            raise InputError("db_dir_missing", f"database folder {databases}: not a directory")
        return databases
    for candidate in _SIBLING_DB_DIRS:
        if (path.parent / candidate).is_dir():
            return path.parent / candidate
    raise InputError("db_dir_missing", f"dataset {path}: no database folder beside it; pass --db-dir")


def database_path(db_dir: Path, db_id: str) -> Path | None:
    """``<db_dir>/<db_id>/<db_id>.sqlite`` (or a flat ``<db_dir>/<db_id>.sqlite``), None when absent."""
    if not db_id or "/" in db_id or "\\" in db_id or db_id in (".", ".."):
        return None
    for candidate in (db_dir / db_id / f"{db_id}.sqlite", db_dir / f"{db_id}.sqlite"):
        if candidate.is_file():
            return candidate
    return None


def _field(record: dict, key: str, index: int, path: Path, *, required: bool = True) -> str | None:
    value = record.get(key)
    if value is None:
        if required:
            raise InputError("dataset_malformed", f"dataset {path}: question {index} has no {key!r}")
        return None
    if not isinstance(value, (str, int)):
        raise InputError("dataset_malformed", f"dataset {path}: question {index}: {key!r} is not text")
    return str(value)


def _example(record, index: int, fmt: Format, databases: Path, path: Path) -> Example:
    if not isinstance(record, dict):
        raise InputError("dataset_malformed", f"dataset {path}: question {index} is not a JSON object")
    db_id = _field(record, "db_id", index, path)
    question = _field(record, "question", index, path)
    if fmt == "bird":
        qid = record.get("question_id")
        gold = _field(record, "SQL", index, path, required=False)
        evidence = _field(record, "evidence", index, path, required=False) or ""
        difficulty = _field(record, "difficulty", index, path, required=False)
    else:
        qid = None
        gold = _field(record, "query", index, path, required=False)
        evidence, difficulty = "", None
    return Example(
        id=str(qid) if qid is not None else str(index),
        db_id=db_id,
        question=question,
        evidence=evidence,
        gold_sql=gold,
        difficulty=difficulty,
        db_path=database_path(databases, db_id),
    )


def _check_unique_ids(examples: tuple[Example, ...], path: Path) -> None:
    seen: set[str] = set()
    for example in examples:
        if example.id in seen:
            raise InputError("dataset_malformed", f"dataset {path}: question id {example.id} appears twice")
        seen.add(example.id)


__all__ = [
    "NAMED_SETS",
    "Dataset",
    "Example",
    "database_path",
    "detect_format",
    "jsonl_records",
    "load_dataset",
    "load_file",
]
