"""Predict SQL for a dataset's questions with a pipeline, writing JSONL that `slmsql eval` reads.

Each line is written and flushed as soon as its question is answered, so an interrupted run loses
at most the question in flight; ``resume`` keeps the finished lines (dropping a torn last line)
and answers only the rest. When gold SQL is known, each prediction is checked on the spot so
the caller can show a running accuracy.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from slmsql.db.execute import execute_sql
from slmsql.errors import InputError, SlmsqlError
from slmsql.evaluation.datasets import Dataset, Example
from slmsql.evaluation.evaluator import EVAL_MAX_ROWS
from slmsql.evaluation.metrics import bird_ex, has_top_level_order_by, spider_ex
from slmsql.inference.csc import CSCPipeline


@dataclass(frozen=True)
class PredictionRecord:
    id: str
    db_id: str
    question: str
    sql: str
    error: str | None
    merged: bool
    seconds: float
    correct: bool | None  # None when there is no gold SQL to check against


def select_examples(
    dataset: Dataset, *, limit: int | None = None, sample: int | None = None, seed: int = 0
) -> list[Example]:
    """The runnable questions to predict: the first ``limit``, or a seeded random ``sample`` of them
    (kept in dataset order so output files line up with the dataset)."""
    runnable = list(dataset.runnable)
    if sample is not None:
        if sample < 1:
            raise InputError("bad_sample", f"--sample {sample}: must be at least 1")
        picked = set(random.Random(seed).sample(range(len(runnable)), min(sample, len(runnable))))
        runnable = [e for i, e in enumerate(runnable) if i in picked]
    if limit is not None:
        if limit < 1:
            raise InputError("bad_limit", f"--limit {limit}: must be at least 1")
        runnable = runnable[:limit]
    return runnable


def read_done(out: Path) -> dict[str, PredictionRecord]:
    """Finished records of an earlier run of ``out``; a torn (unparseable) last line is dropped."""
    if not out.exists():
        return {}
    lines = out.read_text(encoding="utf-8").splitlines()
    done: dict[str, PredictionRecord] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = PredictionRecord(**json.loads(line))
        except (json.JSONDecodeError, TypeError) as exc:
            if number == len(lines):
                break  # interrupted while writing this line
            raise InputError(
                "predictions_malformed", f"predictions {out}: line {number} is malformed ({exc})"
            ) from exc
        done[record.id] = record
    # Rewrite without the torn line so that appending continues a well-formed file.
    out.write_text(
        "".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in done.values()), encoding="utf-8"
    )
    return done


def check_prediction(example: Example, dataset_format: str, sql: str, timeout_s: float) -> bool | None:
    if not example.gold_sql or example.db_path is None:
        return None
    if not sql:
        return False
    gold = execute_sql(example.db_path, example.gold_sql, timeout_s=timeout_s, max_rows=EVAL_MAX_ROWS)
    pred = execute_sql(example.db_path, sql, timeout_s=timeout_s, max_rows=EVAL_MAX_ROWS)
    if dataset_format == "bird":
        return bird_ex(pred, gold)
    return spider_ex(pred, gold, ordered=has_top_level_order_by(example.gold_sql))


def predict(
    dataset: Dataset,
    examples: list[Example],
    pipeline: CSCPipeline,
    out: Path,
    *,
    resume: bool = False,
    on_record: Callable[[PredictionRecord, bool], None] | None = None,
) -> list[PredictionRecord]:
    """Answer ``examples`` and write one JSON line each to ``out``. ``on_record(record, reused)``
    is called per question (``reused`` when it came from an earlier run)."""
    if out.exists() and out.is_dir():
        raise InputError("out_is_directory", f"output {out}: is a directory")
    done = read_done(out) if resume else {}
    if not resume and out.exists():
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    records: list[PredictionRecord] = []
    with out.open("a", encoding="utf-8") as handle:
        for example in examples:
            if example.id in done:
                records.append(done[example.id])
                if on_record:
                    on_record(done[example.id], True)
                continue
            record = _answer_one(dataset, example, pipeline)
            handle.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")
            handle.flush()
            records.append(record)
            if on_record:
                on_record(record, False)
    return records


def _answer_one(dataset: Dataset, example: Example, pipeline: CSCPipeline) -> PredictionRecord:
    try:
        answer = pipeline.answer(
            example.db_path, example.question, evidence=example.evidence, db_id=example.db_id
        )
    except SlmsqlError as exc:  # one bad question (e.g. an empty one) never stops the run
        return PredictionRecord(
            example.id,
            example.db_id,
            example.question,
            "",
            exc.code,
            False,
            0.0,
            False if example.gold_sql else None,
        )
    sql = answer.sql or ""
    correct = check_prediction(example, dataset.format, sql, pipeline.config.timeout_s)
    return PredictionRecord(
        example.id,
        example.db_id,
        example.question,
        sql,
        answer.error,
        answer.merge.ran,
        round(answer.timings.total_s, 3),
        correct,
    )
