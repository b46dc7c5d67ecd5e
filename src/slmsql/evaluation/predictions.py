"""Predicted SQL for a dataset, read from a file.

Three layouts:

* a ``.sql`` (or any non-JSON) file: one query per line, in dataset order, one line per question
  (skipped questions included), as SLM-SQL releases its BIRD dev answers. A trailing TAB and db_id,
  as in the official gold files (or BIRD's ``TAB----- bird -----TAB`` and db_id), is allowed; it
  must then name the question's own database, which catches files out of order.
* a ``.jsonl`` / ``.json`` file: one object a line with ``id`` and ``sql`` (and optionally ``db_id``).
* a ``.json`` file holding one object, BIRD's ``predict_dev.json``: question id ->
  ``SQL\t----- bird -----\tdb_id`` (the db_id is checked like the others).

In both JSON layouts every runnable question evaluated needs a prediction; questions without a
database need none.

An empty SQL is a prediction like any other (it scores wrong); a malformed file is an InputError.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from slmsql.errors import InputError
from slmsql.evaluation.datasets import Dataset, jsonl_records
from slmsql.input_files import read_regular_file

# BIRD's released predictions end each SQL with this and the database's id.
BIRD_SEPARATOR = "\t----- bird -----\t"
_TRAILING_DB_ID = re.compile(r"\t(?:----- bird -----\t)?\s*([A-Za-z_][A-Za-z0-9_]*)\s*$")


def read_predictions(
    path: str | Path, dataset: Dataset, *, evaluated: Dataset | None = None, require_all: bool = True
) -> dict[str, str]:
    """Predictions keyed by example id. ``dataset`` is the whole set (line files follow its order);
    ``evaluated`` is the part being scored (``--limit``), which a JSONL file must cover unless
    ``require_all`` is False (a file covering a sample, as `slmsql predict --sample` writes)."""
    file = Path(path).expanduser()
    text = _read_text(file)
    if file.suffix.lower() in (".jsonl", ".json"):
        return _from_json(text, file, dataset, evaluated or dataset, require_all)
    return _from_lines(text, file, dataset, evaluated)


def _read_text(file: Path) -> str:
    if not file.exists():
        raise InputError("predictions_missing", f"predictions {file}: no such file")
    if file.is_dir():
        raise InputError("predictions_is_directory", f"predictions {file}: is a directory, not a file")
    try:
        raw = read_regular_file(file, what="predictions", code="predictions")
    except OSError as exc:
        raise InputError(
            "predictions_unreadable", f"predictions {file}: cannot be read ({exc.strerror})"
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            "predictions_not_utf8", f"predictions {file}: line {line} is not UTF-8 text"
        ) from exc
    if not text.strip():
        raise InputError("predictions_empty", f"predictions {file}: the file is empty")
    return text


def _from_lines(text: str, file: Path, dataset: Dataset, evaluated: Dataset | None) -> dict[str, str]:
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()  # the final newline
    expected = len(dataset.examples)
    while len(lines) > expected and not lines[-1].strip():
        lines.pop()  # blank lines at the very end
    if len(lines) != expected:
        # A file made for the first ``--limit`` questions is fine when that is what is evaluated.
        if evaluated is None or len(lines) != len(evaluated.examples):
            also = (
                f" (or {len(evaluated.examples)} with --limit)"
                if evaluated and evaluated is not dataset
                else ""
            )
            raise InputError(
                "predictions_count",
                f"predictions {file}: {len(lines)} lines but dataset {dataset.name} has "
                f"{expected} questions{also}; one query per line in dataset order",
            )
    known_dbs = {e.db_id for e in dataset.examples}
    predictions: dict[str, str] = {}
    for number, (line, example) in enumerate(zip(lines, dataset.examples, strict=False), start=1):
        sql = line
        match = _TRAILING_DB_ID.search(line)
        if match:
            db_id = match.group(1)
            if db_id not in known_dbs:
                raise InputError(
                    "predictions_db_id",
                    f"predictions {file}: line {number} names database {db_id!r}, "
                    f"unknown in dataset {dataset.name}",
                )
            if db_id != example.db_id:
                raise InputError(
                    "predictions_db_id",
                    f"predictions {file}: line {number} names database {db_id!r} but question "
                    f"{example.id} is on {example.db_id!r} (is the file in dataset order?)",
                )
            sql = line[: match.start()]
        predictions[example.id] = sql.strip()
    return predictions


def _from_json(
    text: str, file: Path, dataset: Dataset, evaluated: Dataset, require_all: bool = True
) -> dict[str, str]:
    if text.lstrip().startswith("["):
        raise InputError(
            "predictions_malformed",
            f"predictions {file}: a JSON list; expected JSON Lines, one object with 'id' and 'sql' a line",
        )
    bird = _as_bird_object(text) if file.suffix.lower() == ".json" else None
    entries = _bird_entries(bird, file) if bird is not None else _jsonl_entries(text, file)
    by_id = {e.id: e for e in dataset.examples}
    predictions: dict[str, str] = {}
    for entry in entries:
        example = by_id.get(entry.id)
        if example is None:
            raise InputError(
                "predictions_unknown_id",
                f"predictions {file}: {entry.where}: id {entry.id!r} is not in dataset {dataset.name}",
            )
        if entry.db_id is not None and entry.db_id != example.db_id:
            raise InputError(
                "predictions_db_id",
                f"predictions {file}: {entry.where}: db_id {entry.db_id!r} but question {entry.id} "
                f"is on {example.db_id!r}",
            )
        if entry.id in predictions:
            raise InputError(
                "predictions_duplicate_id",
                f"predictions {file}: {entry.where}: id {entry.id!r} appears twice",
            )
        predictions[entry.id] = entry.sql.strip()
    missing = [e.id for e in evaluated.runnable if e.id not in predictions]
    if missing and require_all:
        raise InputError(
            "predictions_missing_ids",
            f"predictions {file}: no prediction for {len(missing)} of {len(evaluated.runnable)} runnable "
            f"questions (first missing id: {missing[0]}); --only-predicted scores just those predicted",
        )
    return predictions


@dataclass(frozen=True)
class _Entry:
    where: str  # "line 3" or "question '17'": named in error messages
    id: str
    sql: str
    db_id: str | None


def _jsonl_entries(text: str, file: Path) -> Iterator[_Entry]:
    for number, record in jsonl_records(text, f"predictions {file}", "predictions_malformed"):
        where = f"line {number}"
        if not isinstance(record, dict) or "id" not in record or "sql" not in record:
            raise InputError(
                "predictions_malformed", f"predictions {file}: {where}: needs an object with 'id' and 'sql'"
            )
        sql = "" if record["sql"] is None else record["sql"]
        if not isinstance(sql, str):
            raise InputError("predictions_malformed", f"predictions {file}: {where}: 'sql' is not text")
        db_id = record.get("db_id")
        yield _Entry(where, str(record["id"]), sql, None if db_id is None else str(db_id))


def _as_bird_object(text: str) -> dict | None:
    """The file as BIRD's ``predict_dev.json`` object (question id -> text), or None when it is
    JSON Lines (a one-line file is one object too, with an ``id`` or ``sql`` key)."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None  # several lines of objects: JSON Lines (read line by line, with clear errors)
    if not isinstance(data, dict) or "id" in data or "sql" in data:
        return None
    return data


def _bird_entries(data: dict, file: Path) -> Iterator[_Entry]:
    for qid, value in data.items():
        where = f"question {qid!r}"
        if not isinstance(value, str):
            raise InputError(
                "predictions_malformed",
                f"predictions {file}: {where}: not text (BIRD's predict_dev.json maps each question id "
                f"to 'SQL{BIRD_SEPARATOR.encode('unicode_escape').decode()}db_id')",
            )
        sql, separator, db_id = value.rpartition(BIRD_SEPARATOR)
        if not separator:  # a bare SQL: accepted, without the database check
            sql, db_id = value, None
        yield _Entry(where, str(qid), sql, db_id.strip() if db_id is not None else None)


__all__ = ["BIRD_SEPARATOR", "read_predictions"]
