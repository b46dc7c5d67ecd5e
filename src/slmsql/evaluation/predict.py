"""Predict SQL for a dataset's questions with a pipeline, writing JSONL that `slmsql eval` reads.

Questions are answered grouped by database (``order="database"``: each database's questions
together, the databases in order of their first question), so that a backend keeping the evaluated
schema prefixes of a few databases (llama.cpp's prompt cache, a server's prefix cache) reuses them
instead of evaluating a schema again whenever the dataset moves to another database. ``--out``
still gets its lines in dataset order: a finished row goes to ``--out`` when every row before it is
there, and until then to the side file :func:`partial_path` (written and flushed at once, like
``--out``). ``--out`` is thus always a dataset-order prefix, and an interrupted run loses at most
the questions in flight; ``resume`` keeps the finished lines of both files (dropping a torn last
line), writes the side file's rows into ``--out`` as their turn comes and answers only the rest; the
side file is removed once all its rows are in ``--out``. When gold SQL is known, each prediction is
checked on the spot (one query pool for the run) so the caller can show a running accuracy.

With a database URL template (``db_url``, :mod:`slmsql.evaluation.engine_urls`) each question is
answered on its database on that engine; the check then runs the prediction there and the gold on
the SQLite file, and each row records the engine and the URL (password masked).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from slmsql.db.pool import QueryPool, default_workers
from slmsql.errors import InputError, SlmsqlError
from slmsql.evaluation.datasets import Dataset, Example
from slmsql.evaluation.engine_urls import DatabaseURLTemplate
from slmsql.evaluation.evaluator import checks_pool, judge_one
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
    # Answered on another engine (``--db-url``): which, and the database's URL, password masked.
    engine: str | None = None
    db: str | None = None

    @property
    def sql(self) -> str:
        return self.answer.get("sql") or ""

    def to_json(self) -> dict[str, Any]:
        """A JSONL row: the answer's JSON object with the question's id, database, text and verdict
        (and the engine and database URL it was answered on, when not the SQLite file)."""
        on = {"engine": self.engine, "db": self.db} if self.db is not None else {}
        return {
            "id": self.id,
            "db_id": self.db_id,
            **on,
            "question": self.question,
            "correct": self.correct,
            **self.answer,
        }

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> PredictionRecord:
        keys = ("id", "db_id", "question", "correct")
        if not isinstance(row, dict) or any(k not in row for k in keys) or "sql" not in row:
            raise TypeError("not a prediction row (needs id, db_id, question, correct, sql)")
        answer = {k: v for k, v in row.items() if k not in (*keys, *_ENGINE_KEYS)}
        return cls(*(row[k] for k in keys), answer, *(row.get(k) for k in _ENGINE_KEYS))


_ENGINE_KEYS = ("engine", "db")


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


# The orders questions may be answered in (lines are written in dataset order either way).
Order = Literal["database", "dataset"]
ORDERS: tuple[str, ...] = get_args(Order)


def answer_order(examples: list[Example], order: Order = "database") -> list[Example]:
    """``examples`` in the order to answer them: ``dataset`` as given; ``database`` grouped by
    database, the groups in order of each database's first question, dataset order within one."""
    if order not in ORDERS:
        raise InputError("bad_order", f"--order {order}: must be one of {', '.join(ORDERS)}")
    if order == "dataset":
        return list(examples)
    groups: dict[str, list[Example]] = {}
    for example in examples:
        groups.setdefault(example.db_id, []).append(example)
    return [example for group in groups.values() for example in group]


def partial_path(out: Path) -> Path:
    """The side file of ``out`` (``preds.jsonl`` -> ``preds.partial.jsonl``): rows answered before
    their turn in ``out``, kept there until it comes."""
    return out.with_name(f"{out.stem}.partial{out.suffix or '.jsonl'}")


def read_done(out: Path) -> dict[str, PredictionRecord]:
    """Finished records of an earlier run of ``out`` (or of its side file), in file order; a torn
    (unparseable) last line is dropped."""
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


def check_prediction(
    example: Example,
    dataset_format: str,
    sql: str,
    timeout_s: float,
    pool: QueryPool | None = None,
    db_url: DatabaseURLTemplate | None = None,
) -> bool | None:
    """Whether ``sql`` is right by the dataset's metric (Spider: the official semantics, as
    `slmsql eval` scores by default); None without gold SQL or database. ``pool``: as in
    :func:`~slmsql.evaluation.evaluator.judge_one` (made by ``checks_pool(timeout_s)``); ``db_url``:
    the engine ``sql`` runs on (the gold on the SQLite file)."""
    if not example.gold_sql or example.db_path is None:
        return None
    if not sql:
        return False
    outcome = judge_one(example, dataset_format, sql, timeout_s=timeout_s, pool=pool, db_url=db_url)
    return outcome.status == "correct"


def predict(
    dataset: Dataset,
    examples: list[Example],
    pipeline: CSCPipeline,
    out: Path,
    *,
    resume: bool = False,
    on_record: Callable[[PredictionRecord, bool], None] | None = None,
    concurrency: int = 1,
    order: Order = "database",
    db_url: DatabaseURLTemplate | None = None,
) -> list[PredictionRecord]:
    """Answer ``examples`` in ``order`` (:func:`answer_order`) and write one JSON line each to
    ``out`` in the order of ``examples``; returns the records in that order. ``on_record(record,
    reused)`` is called per question as it is finished (``reused`` when it came from an earlier
    run). ``concurrency`` K keeps K questions in flight (for a model server that batches them).
    ``db_url``: answer each question on its database on that engine (a resumed ``out`` must have
    been answered on the same databases)."""
    if concurrency < 1:
        raise InputError("bad_concurrency", f"--concurrency {concurrency}: must be at least 1")
    side = partial_path(out)
    for path in (out, side):
        if path.exists() and path.is_dir():
            raise InputError("out_is_directory", f"output {path}: is a directory")
    in_order = answer_order(examples, order)
    written = read_done(out) if resume else {}
    # A row in both files (a run stopped after writing it to --out, before removing the side file)
    # counts once.
    ready = {k: r for k, r in read_done(side).items() if k not in written} if resume else {}
    early = dict(ready)  # finished by an earlier run, waiting for their turn in --out
    _check_same_databases([*written.values(), *early.values()], db_url, out)
    if not resume:
        out.unlink(missing_ok=True)
        side.unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if on_record:
        for example in examples:
            if example.id in written or example.id in early:
                on_record(written.get(example.id) or early[example.id], True)

    turns = [e.id for e in examples if e.id not in written]  # the lines --out still needs, in order
    todo = [e for e in in_order if e.id not in written and e.id not in early]
    new: dict[str, PredictionRecord] = {}
    workers = min(default_workers(), 2 * concurrency)  # a check runs two queries or more
    with (
        out.open("a", encoding="utf-8") as handle,
        closing(_SideFile(side)) as side_file,
        checks_pool(pipeline.config.timeout_s, workers=workers) as checks,
    ):
        position = _flush(handle, turns, 0, ready)
        answered = _answered(dataset, todo, pipeline, concurrency, checks, db_url)
        with closing(answered) as answers:
            for record in answers:
                new[record.id] = record
                ready[record.id] = record
                if turns[position] != record.id:  # before its turn: kept in the side file until then
                    side_file.write(_json_line(record))
                position = _flush(handle, turns, position, ready)
                if on_record:
                    on_record(record, False)
        # Side-file rows of questions this run does not cover (an earlier run with another --limit
        # or --sample) are kept, after this run's lines.
        for record in ready.values():
            handle.write(_json_line(record))
    side.unlink(missing_ok=True)
    return [written.get(e.id) or early.get(e.id) or new[e.id] for e in examples]


def _check_same_databases(
    records: list[PredictionRecord], db_url: DatabaseURLTemplate | None, out: Path
) -> None:
    """Refuse to resume rows answered on other databases than this run's (SQLite, another engine)."""
    for record in records:
        expected = db_url.shown_url(record.db_id) if db_url is not None else None
        if record.db != expected:
            raise InputError(
                "resume_other_database",
                f"--resume: {out} has question {record.id} answered on {record.db or 'its SQLite file'}, "
                f"this run answers on {expected or 'the SQLite files'}; write to another --out",
            )


def _flush(handle, turns: list[str], position: int, ready: dict[str, PredictionRecord]) -> int:
    """Write to ``handle`` the ready rows whose turn has come (from ``turns[position]`` on, removing
    them from ``ready``); returns the position of the first line still missing."""
    while position < len(turns) and turns[position] in ready:
        handle.write(_json_line(ready.pop(turns[position])))
        position += 1
    handle.flush()
    return position


class _SideFile:
    """The side file, opened for its first row: a run whose rows come in turn never makes one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = None

    def write(self, line: str) -> None:
        if self.handle is None:
            self.handle = self.path.open("a", encoding="utf-8")
        self.handle.write(line)
        self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _answered(
    dataset: Dataset,
    examples: list[Example],
    pipeline: CSCPipeline,
    concurrency: int,
    checks: QueryPool,
    db_url: DatabaseURLTemplate | None,
) -> Iterator[PredictionRecord]:
    """The records of ``examples`` as they are finished: started in the order given, up to
    ``concurrency`` answered at once. Should one question raise (a backend gone: one bad question
    only makes an error row), the rows other threads finished but this did not yield yet are lost
    and answered again on resume (at most ``concurrency - 1``)."""
    if concurrency == 1 or len(examples) < 2:
        yield from (_answer_one(dataset, e, pipeline, checks, db_url) for e in examples)
        return
    # Fork the query workers before the threads run SQLite here (db.pool's note on forking).
    checks.start()
    if isinstance(pipeline.pool, QueryPool):
        pipeline.pool.start()
    executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="slmsql-predict")
    try:
        futures = [executor.submit(_answer_one, dataset, e, pipeline, checks, db_url) for e in examples]
        yield from (future.result() for future in as_completed(futures))
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _json_line(record: PredictionRecord) -> str:
    return json.dumps(record.to_json(), ensure_ascii=False, allow_nan=False) + "\n"


def _answer_one(
    dataset: Dataset,
    example: Example,
    pipeline: CSCPipeline,
    checks: QueryPool,
    db_url: DatabaseURLTemplate | None,
) -> PredictionRecord:
    db = db_url.url(example.db_id) if db_url is not None else example.db_path
    on = (db_url.engine, db_url.shown_url(example.db_id)) if db_url is not None else ()
    try:
        answer = pipeline.answer(db, example.question, evidence=example.evidence, db_id=example.db_id)
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
        wrong = False if example.gold_sql else None
        return PredictionRecord(example.id, example.db_id, example.question, wrong, answer.to_json(), *on)
    sql = answer.sql or ""
    timeout_s = pipeline.config.timeout_s
    correct = check_prediction(example, dataset.format, sql, timeout_s, pool=checks, db_url=db_url)
    return PredictionRecord(example.id, example.db_id, example.question, correct, answer.to_json(), *on)
