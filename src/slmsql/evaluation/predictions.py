"""Predicted SQL for a dataset, read from a file.

Two layouts:

* a ``.sql`` (or any non-JSON) file: one query per line, in dataset order, one line per question
  (skipped questions included). A trailing TAB and db_id, as in the official gold files, is allowed;
  it must then name the question's own database, which catches files out of order.
* a ``.jsonl`` / ``.json`` file: one object a line with ``id`` and ``sql`` (and optionally ``db_id``).
  Every runnable question evaluated needs one; questions without a database need none.

An empty SQL is a prediction like any other (it scores wrong); a malformed file is an InputError.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from slmsql.errors import InputError
from slmsql.evaluation.datasets import Dataset

_TRAILING_DB_ID = re.compile(r"\t\s*([A-Za-z_][A-Za-z0-9_]*)\s*$")


def read_predictions(
    path: str | Path, dataset: Dataset, *, evaluated: Dataset | None = None, require_all: bool = True
) -> dict[str, str]:
    """Predictions keyed by example id. ``dataset`` is the whole set (line files follow its order);
    ``evaluated`` is the part being scored (``--limit``), which a JSONL file must cover unless
    ``require_all`` is False (a file covering a sample, as `slmsql predict --sample` writes)."""
    file = Path(path).expanduser()
    text = _read_text(file)
    if file.suffix.lower() in (".jsonl", ".json"):
        return _from_jsonl(text, file, dataset, evaluated or dataset, require_all)
    return _from_lines(text, file, dataset, evaluated)


def _read_text(file: Path) -> str:
    if not file.exists():
        raise InputError("predictions_missing", f"predictions {file}: no such file")
    if file.is_dir():
        raise InputError("predictions_is_directory", f"predictions {file}: is a directory, not a file")
    try:
        raw = file.read_bytes()
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


def _from_jsonl(
    text: str, file: Path, dataset: Dataset, evaluated: Dataset, require_all: bool = True
) -> dict[str, str]:
    if text.lstrip().startswith("["):
        raise InputError(
            "predictions_malformed",
            f"predictions {file}: a JSON list; expected JSON Lines, one object with 'id' and 'sql' a line",
        )
    by_id = {e.id: e for e in dataset.examples}
    predictions: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                "predictions_malformed", f"predictions {file}: line {number}: malformed JSON ({exc.msg})"
            ) from exc
        if not isinstance(record, dict) or "id" not in record or "sql" not in record:
            raise InputError(
                "predictions_malformed",
                f"predictions {file}: line {number}: needs an object with 'id' and 'sql'",
            )
        qid, sql = str(record["id"]), record["sql"]
        if sql is None:
            sql = ""
        if not isinstance(sql, str):
            raise InputError("predictions_malformed", f"predictions {file}: line {number}: 'sql' is not text")
        example = by_id.get(qid)
        if example is None:
            raise InputError(
                "predictions_unknown_id",
                f"predictions {file}: line {number}: id {qid!r} is not in dataset {dataset.name}",
            )
        db_id = record.get("db_id")
        if db_id is not None and str(db_id) != example.db_id:
            raise InputError(
                "predictions_db_id",
                f"predictions {file}: line {number}: db_id {db_id!r} but question {qid} "
                f"is on {example.db_id!r}",
            )
        if qid in predictions:
            raise InputError(
                "predictions_duplicate_id", f"predictions {file}: line {number}: id {qid!r} appears twice"
            )
        predictions[qid] = sql.strip()
    missing = [e.id for e in evaluated.runnable if e.id not in predictions]
    if missing and require_all:
        raise InputError(
            "predictions_missing_ids",
            f"predictions {file}: no prediction for {len(missing)} of {len(evaluated.runnable)} runnable "
            f"questions (first missing id: {missing[0]}); --only-predicted scores just those predicted",
        )
    return predictions


__all__ = ["read_predictions"]
