"""Predict SQL for a dataset's questions with a pipeline, writing JSONL that `slmsql eval` reads.

Each line is written and flushed as soon as its question is answered, so an interrupted run loses
at most the question in flight; ``resume`` keeps the finished lines (dropping a torn last line)
and answers only the rest. When gold SQL is known, each prediction is checked on the spot so
the caller can show a running accuracy.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slmsql.errors import InputError, SlmsqlError
from slmsql.evaluation.datasets import Dataset, Example
from slmsql.evaluation.evaluator import judge_one
from slmsql.inference.csc import CSCPipeline
from slmsql.inference.result import Answer


@dataclass(frozen=True)
class PredictionRecord:
    """One predicted question: which one, whether it was right (None without gold SQL), and the
    answer in its one JSON form (``Answer.to_json``, what `slmsql ask --json` prints)."""

    id: str
    db_id: str
    question: str
    correct: bool | None
    answer: dict[str, Any]

    @property
    def sql(self) -> str:
        return self.answer.get("sql") or ""

    def to_json(self) -> dict[str, Any]:
        """A JSONL row: the answer's JSON object with the question's id, database, text and verdict."""
        return {
            "id": self.id,
            "db_id": self.db_id,
            "question": self.question,
            "correct": self.correct,
            **self.answer,
        }

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> PredictionRecord:
        keys = ("id", "db_id", "question", "correct")
        if not isinstance(row, dict) or any(k not in row for k in keys) or "sql" not in row:
            raise TypeError("not a prediction row (needs id, db_id, question, correct, sql)")
        return cls(*(row[k] for k in keys), {k: v for k, v in row.items() if k not in keys})


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
            record = PredictionRecord.from_json(json.loads(line))
        except (json.JSONDecodeError, TypeError) as exc:
            if number == len(lines):
                break  # interrupted while writing this line
            raise InputError(
                "predictions_malformed", f"predictions {out}: line {number} is malformed ({exc})"
            ) from exc
        done[record.id] = record
    # Rewrite without the torn line so that appending continues a well-formed file.
    out.write_text("".join(_json_line(r) for r in done.values()), encoding="utf-8")
    return done


def check_prediction(example: Example, dataset_format: str, sql: str, timeout_s: float) -> bool | None:
    """Whether ``sql`` is right by the dataset's metric (Spider: the official semantics, as
    `slmsql eval` scores by default); None without gold SQL or database."""
    if not example.gold_sql or example.db_path is None:
        return None
    if not sql:
        return False
    return judge_one(example, dataset_format, sql, timeout_s=timeout_s).status == "correct"


def predict(
    dataset: Dataset,
    examples: list[Example],
    pipeline: CSCPipeline,
    out: Path,
    *,
    resume: bool = False,
    on_record: Callable[[PredictionRecord, bool], None] | None = None,
    concurrency: int = 1,
) -> list[PredictionRecord]:
    """Answer ``examples`` and write one JSON line each to ``out``. ``on_record(record, reused)``
    is called per question (``reused`` when it came from an earlier run). ``concurrency`` K keeps K
    questions in flight (for a model server that batches them); lines are still written in order."""
    if concurrency < 1:
        raise InputError("bad_concurrency", f"--concurrency {concurrency}: must be at least 1")
    if out.exists() and out.is_dir():
        raise InputError("out_is_directory", f"output {out}: is a directory")
    done = read_done(out) if resume else {}
    if not resume and out.exists():
        out.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    records: list[PredictionRecord] = []
    answers = _answers(dataset, [e for e in examples if e.id not in done], pipeline, concurrency)
    with out.open("a", encoding="utf-8") as handle:
        for example in examples:
            if example.id in done:
                records.append(done[example.id])
                if on_record:
                    on_record(done[example.id], True)
                continue
            record = next(answers)
            handle.write(_json_line(record))
            handle.flush()
            records.append(record)
            if on_record:
                on_record(record, False)
    return records


def _answers(
    dataset: Dataset, examples: list[Example], pipeline: CSCPipeline, concurrency: int
) -> Iterator[PredictionRecord]:
    """The records of ``examples`` in their order, with up to ``concurrency`` answered at once. The
    first is answered alone: the pipeline's query pool starts its workers on first use."""
    if concurrency == 1 or len(examples) < 2:
        yield from (_answer_one(dataset, e, pipeline) for e in examples)
        return
    yield _answer_one(dataset, examples[0], pipeline)
    executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="slmsql-predict")
    try:
        yield from executor.map(lambda e: _answer_one(dataset, e, pipeline), examples[1:])
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _json_line(record: PredictionRecord) -> str:
    return json.dumps(record.to_json(), ensure_ascii=False, allow_nan=False) + "\n"


def _answer_one(dataset: Dataset, example: Example, pipeline: CSCPipeline) -> PredictionRecord:
    try:
        answer = pipeline.answer(
            example.db_path, example.question, evidence=example.evidence, db_id=example.db_id
        )
    except SlmsqlError as exc:  # one bad question (e.g. an empty one) never stops the run
        answer = Answer(
            example.question,
            example.db_id,
            pipeline.config.mode,
            pipeline.model_name,
            None,
            error=exc.code,
            message=exc.message,
        )
        return PredictionRecord(
            example.id, example.db_id, example.question, False if example.gold_sql else None, answer.to_json()
        )
    correct = check_prediction(example, dataset.format, answer.sql or "", pipeline.config.timeout_s)
    return PredictionRecord(example.id, example.db_id, example.question, correct, answer.to_json())
