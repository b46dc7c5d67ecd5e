"""Training questions from the formats people have: Spider and BIRD (named sets or files, through
``slmsql.evaluation.datasets``), SynSQL-2.5M-format JSON (``question``, ``sql``, ``db_id``,
``external_knowledge``, optional ``cot``) with its tables.json and databases, and Hugging Face dataset
ids loaded with ``datasets`` where a network exists (records already in chat form pass through)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from slmsql.errors import InputError
from slmsql.evaluation.datasets import database_path, load_dataset

_HUB_ID_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")


@dataclass(frozen=True)
class Question:
    """One training question. ``reasoning``: the record's own chain of thought, when it has one.
    ``db_path`` None: its database is missing (filtered, counted)."""

    id: str
    db_id: str
    question: str
    evidence: str
    gold_sql: str
    db_path: Path | None
    reasoning: str = ""


@dataclass(frozen=True)
class Source:
    """Questions plus where their schemas' descriptions come from. ``chat_records``: a hub dataset
    already in chat form (``messages`` or ``prompt``/``completion``), used as it is."""

    name: str
    questions: tuple[Question, ...]
    tables_json: Path | None
    chat_records: tuple[dict, ...] = ()


def load_source(
    dataset: str, *, db_dir: str | None = None, tables_json: str | None = None, data_dir: str | None = None
) -> Source:
    """Questions from a named set, a Spider/BIRD/SynSQL file, or a hub dataset id."""
    text = (dataset or "").strip()
    if not text:
        raise InputError("no_dataset", "data: no dataset given (--dataset NAME|PATH|HUB_ID)")
    path = Path(text).expanduser()
    if path.is_file() and _is_synsql(path):
        return _load_synsql(path, db_dir, tables_json)
    if path.exists() or text.endswith((".json", ".jsonl")) or "/" not in text or text.startswith((".", "/")):
        data = load_dataset(text, data_dir=data_dir, db_dir=db_dir)
        questions = tuple(
            Question(e.id, e.db_id, e.question, e.evidence, e.gold_sql or "", e.db_path)
            for e in data.examples
        )
        tables = Path(tables_json).expanduser() if tables_json else data.tables_json
        return Source(data.name, questions, tables)
    if set(text) <= _HUB_ID_CHARS and text.count("/") == 1:
        return _load_hub(text)
    raise InputError("dataset_missing", f"dataset {text}: no such file, named set or hub id")


def _is_synsql(path: Path) -> bool:
    """A JSON list whose first record has ``sql`` (lower case) and ``db_id``: SynSQL-2.5M's layout."""
    try:
        with open(path, encoding="utf-8") as handle:
            head = handle.read(4096).lstrip()
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("[") and '"sql"' in head and '"db_id"' in head and '"query"' not in head


def _load_synsql(path: Path, db_dir: str | None, tables_json: str | None) -> Source:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError("dataset_malformed", f"dataset {path}: not readable JSON ({exc})") from exc
    databases = Path(db_dir).expanduser() if db_dir else path.parent / "databases"
    if not databases.is_dir():
        raise InputError(
            "db_dir_missing", f"dataset {path}: database folder {databases} not found; pass --db-dir"
        )
    tables = Path(tables_json).expanduser() if tables_json else path.parent / "tables.json"
    questions = []
    for index, record in enumerate(records):
        if not isinstance(record, dict) or not all(isinstance(record.get(k), str) for k in ("db_id", "sql")):
            raise InputError("dataset_malformed", f"dataset {path}: record {index} has no db_id/sql text")
        questions.append(
            Question(
                id=str(record.get("id", index)),
                db_id=record["db_id"],
                question=str(record.get("question") or ""),
                evidence=str(record.get("external_knowledge") or ""),
                gold_sql=record["sql"],
                db_path=database_path(databases, record["db_id"]),
                reasoning=str(record.get("cot") or ""),
            )
        )
    return Source(path.stem, tuple(questions), tables if tables.is_file() else None)


def _load_hub(repo_id: str) -> Source:
    try:
        import datasets
    except ImportError as exc:
        raise InputError(
            "missing_extra", "hub datasets need the train extra: pip install 'slmsql[train]'"
        ) from exc
    try:
        loaded = datasets.load_dataset(repo_id, split="train")
    except Exception as exc:  # noqa: BLE001 - offline, unknown id, gated: all one line for the user
        raise InputError(
            "hub_unavailable", f"dataset {repo_id}: cannot load from the hub ({type(exc).__name__})"
        ) from exc
    columns = set(loaded.column_names)
    if not ({"messages"} <= columns or {"prompt", "completion"} <= columns):
        raise InputError(
            "dataset_format_unknown",
            f"dataset {repo_id}: needs 'messages' or 'prompt'/'completion' columns (has {sorted(columns)})",
        )
    return Source(repo_id, (), None, tuple(loaded))
