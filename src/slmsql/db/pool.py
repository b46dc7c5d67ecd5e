"""Parallel execution of many queries in a pool of worker processes.

Each query already stops itself at its deadline (see :mod:`slmsql.db.execute`); the pool adds a
second guard for work SQLite cannot interrupt: a worker still busy ``grace_s`` after the deadline
is killed and replaced (pebble does both), and the query is reported as a timeout. A failure of one
query, or the death of a worker, never stops the batch.
"""

from __future__ import annotations

import os
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from slmsql.db.connection import open_read_only
from slmsql.db.execute import (
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT_S,
    ErrorClass,
    QueryResult,
    run_on_connection,
)
from slmsql.errors import SlmsqlError

GRACE_S = 2.0


@dataclass(frozen=True)
class QueryJob:
    db_path: str
    sql: str


# Each worker keeps a few connections open: evaluations run hundreds of queries per database.
_CONNECTIONS: OrderedDict[tuple, sqlite3.Connection] = OrderedDict()
_MAX_OPEN = 8


def _connection(db_path: str) -> sqlite3.Connection:
    stat = os.stat(db_path)
    key = (os.path.realpath(db_path), stat.st_mtime_ns, stat.st_size)
    conn = _CONNECTIONS.pop(key, None) or open_read_only(db_path)
    _CONNECTIONS[key] = conn
    while len(_CONNECTIONS) > _MAX_OPEN:
        _CONNECTIONS.popitem(last=False)[1].close()
    return conn


def run_job(job: QueryJob, timeout_s: float, max_rows: int) -> QueryResult:
    """Run one job in this process, reusing a cached connection."""
    try:
        conn = _connection(job.db_path)
    except (SlmsqlError, OSError) as exc:
        message = exc.message if isinstance(exc, SlmsqlError) else f"database {job.db_path}: {exc.strerror}"
        return QueryResult(sql=job.sql, error=ErrorClass.DATABASE, message=message)
    return run_on_connection(conn, job.sql, timeout_s=timeout_s, max_rows=max_rows)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class QueryPool:
    """A pool of worker processes running :class:`QueryJob` s. Use as a context manager, or call
    :meth:`close`. ``workers=0`` runs jobs in this process (still with the in-SQLite timeout)."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_rows: int = DEFAULT_MAX_ROWS,
        grace_s: float = GRACE_S,
    ) -> None:
        self.workers = default_workers() if workers is None else workers
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.grace_s = grace_s
        self._pool: ProcessPool | None = None

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None

    def run(
        self,
        jobs: Sequence[QueryJob],
        on_result: Callable[[int, QueryResult], None] | None = None,
    ) -> list[QueryResult]:
        """Run ``jobs``; results come back in job order. ``on_result(index, result)`` is called as
        each finishes (for progress bars)."""
        if self.workers == 0:
            results = []
            for i, job in enumerate(jobs):
                results.append(run_job(job, self.timeout_s, self.max_rows))
                if on_result:
                    on_result(i, results[-1])
            return results
        if self._pool is None:
            self._pool = ProcessPool(max_workers=self.workers)
        futures = [
            self._pool.submit(run_job, self.timeout_s + self.grace_s, job, self.timeout_s, self.max_rows)
            for job in jobs
        ]
        results: list[QueryResult] = []
        for i, (job, future) in enumerate(zip(jobs, futures, strict=True)):
            results.append(self._collect(job, future))
            if on_result:
                on_result(i, results[-1])
        return results

    def _collect(self, job: QueryJob, future) -> QueryResult:
        try:
            return future.result()
        except FutureTimeout:
            return QueryResult(
                sql=job.sql,
                error=ErrorClass.TIMEOUT,
                message=f"timed out after {self.timeout_s:g} s (worker stopped)",
                elapsed_s=self.timeout_s + self.grace_s,
            )
        except ProcessExpired as exc:
            return QueryResult(sql=job.sql, error=ErrorClass.OTHER, message=f"worker died ({exc})")
        except Exception as exc:  # a result that cannot be sent back, e.g. an unpicklable value
            return QueryResult(sql=job.sql, error=ErrorClass.OTHER, message=f"{type(exc).__name__}: {exc}")


def execute_many(
    jobs: Sequence[QueryJob],
    *,
    workers: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    on_result: Callable[[int, QueryResult], None] | None = None,
) -> list[QueryResult]:
    """Run ``jobs`` in a fresh pool and close it."""
    with QueryPool(workers, timeout_s=timeout_s, max_rows=max_rows) as pool:
        return pool.run(jobs, on_result)


__all__ = ["QueryJob", "QueryPool", "execute_many", "run_job"]
