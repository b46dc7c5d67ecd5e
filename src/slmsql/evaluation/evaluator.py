"""Score predicted SQL against a dataset's gold SQL by execution.

Every question is planned (its databases, and its queries as written and as Spider's execution
match runs them: :mod:`slmsql.evaluation.judge`); each distinct (database, SQL) pair then runs once
in one :class:`~slmsql.db.pool.QueryPool` (worker processes, a real per-query timeout, a stuck worker
killed). Gold results come from the disk cache when they can and are stored there after a run, keyed
by database path (so each test-suite database has its own entries). With a database URL template
(``--db-url``, :mod:`slmsql.evaluation.engine_urls`) the predictions run on each question's database
on that engine instead, the gold on its SQLite file. A failure of one question (its
prediction, its gold SQL or its database) is recorded in that question's outcome and never stops
the evaluation.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path

from slmsql.db.execute import DEFAULT_TIMEOUT_S, QueryResult
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.errors import InputError
from slmsql.evaluation.datasets import Dataset, Example
from slmsql.evaluation.engine_urls import DatabaseURLTemplate
from slmsql.evaluation.gold_cache import GoldCache, gold_key
from slmsql.evaluation.judge import Query, QuestionPlan, judge, plan_question
from slmsql.evaluation.metrics import DATASET_METRIC, OFFICIAL, SpiderSemantics
from slmsql.evaluation.report import EvaluationReport, QuestionOutcome, build_report
from slmsql.evaluation.suites import SuiteFinder

# Large enough that a gold result is almost never cut; a cut comparison is flagged as truncated.
EVAL_MAX_ROWS = 100_000

Progress = Callable[[int, int], None]  # (queries done, queries in all)


def evaluate(
    dataset: Dataset,
    predictions: Mapping[str, str],
    *,
    workers: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = EVAL_MAX_ROWS,
    details: bool = False,
    cache: GoldCache | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    spider: SpiderSemantics = OFFICIAL,
    test_suite: Path | None = None,
    db_url: DatabaseURLTemplate | None = None,
) -> EvaluationReport:
    """Evaluate ``predictions`` (SQL keyed by example id; a missing one counts as empty) on every
    question of ``dataset``. ``cache`` defaults to the gold cache under ``$SLMSQL_HOME``; ``spider``
    is the reading of Spider's execution match; ``test_suite`` a folder of ``<db_id>/*.sqlite``
    test-suite databases (see :mod:`slmsql.evaluation.suites`); ``db_url`` the engine the predictions
    run on (each against the gold on the question's own SQLite file; not with ``test_suite``; a
    database it cannot reach makes errors of its questions: ``db_url.check`` first to refuse it)."""
    if db_url is not None and test_suite is not None:
        raise InputError("bad_option", "--test-suite and --db-url cannot go together")
    started = time.monotonic()
    finder = SuiteFinder(test_suite)
    plans = [_plan(e, predictions.get(e.id, ""), finder, spider, db_url) for e in dataset.examples]
    gold_queries = dict.fromkeys(q for plan in plans for q in plan.gold_queries())
    pred_queries = dict.fromkeys(q for plan in plans for q in plan.pred_queries())
    keys = {q: gold_key(q[0], q[1], timeout_s, max_rows) for q in gold_queries}

    own_cache = cache is None and use_cache
    if own_cache:
        cache = GoldCache()
    try:
        cached = cache.get_many(k for k in keys.values() if k) if cache else {}
        results: dict[Query, QueryResult] = {q: cached[k] for q, k in keys.items() if k in cached}
        to_run = [q for q in {**gold_queries, **pred_queries} if q not in results]
        jobs = [QueryJob(db, sql) for db, sql in to_run]
        ran = _run(jobs, workers=workers, timeout_s=timeout_s, max_rows=max_rows, progress=progress)
        results.update(zip(to_run, ran, strict=True))
        if cache:
            fresh = [(keys[q], results[q]) for q in to_run if keys.get(q)]
            if fresh:
                cache.put_many(fresh)
    finally:
        if own_cache and cache:
            cache.close()

    metric = DATASET_METRIC[dataset.format]
    return build_report(
        dataset=dataset.name,
        format=dataset.format,
        metric=metric,
        outcomes=[judge(plan, results, metric, spider) for plan in plans],
        seconds=time.monotonic() - started,
        details=details,
        spider_semantics=spider,
        predictions_on=db_url,
    )


def _plan(
    example: Example,
    sql: str,
    finder: SuiteFinder,
    spider: SpiderSemantics,
    db_url: DatabaseURLTemplate | None,
) -> QuestionPlan:
    """The plan of one question: on its databases, or its prediction on ``db_url``'s database
    against the gold on its own SQLite file."""
    if db_url is None:
        return plan_question(example, sql, finder.databases(example), spider)
    own = (example.db_path,) if example.db_path is not None else ()
    return plan_question(example, sql, own, spider, pred_on=db_url.url(example.db_id))


def judge_one(
    example: Example,
    dataset_format: str,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    spider: SpiderSemantics = OFFICIAL,
    pool: QueryPool | None = None,
    db_url: DatabaseURLTemplate | None = None,
) -> QuestionOutcome:
    """Score one prediction (no cache): for a running accuracy while predicting. The same rules as
    :func:`evaluate`, test-suite databases beside the database included (or the prediction on
    ``db_url``'s database). The queries run in ``pool`` (its limits apply: :func:`checks_pool` makes
    one for a run of checks) or, without one, in a pool started for this call (``timeout_s``,
    :data:`EVAL_MAX_ROWS`)."""
    plan = _plan(example, sql, SuiteFinder(), spider, db_url)
    queries = list(dict.fromkeys([*plan.gold_queries(), *plan.pred_queries()]))
    jobs = [QueryJob(db, query) for db, query in queries]
    if pool is None:
        with checks_pool(timeout_s, workers=1) as own:
            ran = own.run(jobs)
    else:
        ran = pool.run(jobs)
    return judge(plan, dict(zip(queries, ran, strict=True)), DATASET_METRIC[dataset_format], spider)


def checks_pool(timeout_s: float = DEFAULT_TIMEOUT_S, *, workers: int | None = None) -> QueryPool:
    """A query pool with :func:`judge_one`'s limits (``timeout_s``, :data:`EVAL_MAX_ROWS` rows), to
    hold for many checks: its workers start once instead of once per check."""
    return QueryPool(workers, timeout_s=timeout_s, max_rows=EVAL_MAX_ROWS)


def _run(jobs, *, workers, timeout_s, max_rows, progress) -> list[QueryResult]:
    if not jobs:
        return []
    total = len(jobs)
    done = 0

    def on_result(_index: int, _result: QueryResult) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    with QueryPool(
        min(workers, total) if workers else workers, timeout_s=timeout_s, max_rows=max_rows
    ) as pool:
        return pool.run(jobs, on_result)


__all__ = ["EVAL_MAX_ROWS", "checks_pool", "evaluate", "judge_one"]
