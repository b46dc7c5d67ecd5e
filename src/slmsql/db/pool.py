"""Parallel execution of many queries in a pool of worker processes: the hard time limit.

Each query first stops itself at its deadline (SQLite's interrupt, see :mod:`slmsql.db.execute`).
The pool is the guard for work SQLite cannot interrupt (one long function call, a parse): a worker
still busy :data:`ALARM_GRACE_S` after the deadline ends itself (SIGALRM with its default action,
which needs no Python code to run), one still alive :data:`GRACE_S` after it is killed by the pool,
either way it is replaced and the query reported as a timeout of the time asked for. Workers apply
the byte budget before sending rows back, so a result never crosses to the parent larger than the
budget. A failure of one query, or the death of a worker, never stops the batch.

Workers are forked from this process, on first use or by :meth:`QueryPool.start`. A child forked
while another thread is inside SQLite (SQLite takes its allocator mutex on every malloc) starts with
that mutex held and hangs on its first query until the pool kills it at the deadline: a process
that runs SQLite in several threads starts its pool before they do. (A fork server would avoid this,
but then every worker imports the main script again, and scripts calling the Python API at their top
level, as the README's example does, would start pools inside their workers.)

``workers=0`` runs the queries in this process: SQLite's interrupt is then the only time limit.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

from slmsql.db.connection import open_read_only
from slmsql.db.engines import is_url, run_on_url
from slmsql.db.execute import ErrorClass, QueryResult, run_on_connection, shown_sql
from slmsql.db.limits import DEFAULT_MAX_RESULT_BYTES, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryLimits
from slmsql.errors import SlmsqlError, shown_path

# A worker ends itself (SIGALRM, default action) ALARM_GRACE_S after its query's deadline when
# SQLite's interrupt did not take; the pool kills a worker still busy GRACE_S after the deadline
# (pebble checks every 0.1 s), should the alarm not fire. Both stay under the 0.5 s the limit
# promises; the pool notices a dead worker within 0.1 s.
ALARM_GRACE_S = 0.1
GRACE_S = 0.3


@dataclass(frozen=True)
class QueryJob:
    db_path: str
    sql: str


# Each worker keeps a few connections open: evaluations run hundreds of queries per database. The
# cache is per thread: with ``workers=0`` threads run jobs in one process, and a connection shared
# between two of them deadlocks (one thread holds the GIL waiting in ``set_authorizer`` for the
# connection's mutex, the other holds the mutex in the authorizer callback waiting for the GIL),
# besides one query's deadline handler replacing another's.
_LOCAL = threading.local()
_MAX_OPEN = 8


def _connection(db_path: str, busy_timeout_s: float) -> sqlite3.Connection:
    cache: OrderedDict[tuple, sqlite3.Connection] = _LOCAL.__dict__.setdefault("connections", OrderedDict())
    stat = os.stat(db_path)
    key = (os.path.realpath(db_path), stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size)
    conn = cache.pop(key, None) or open_read_only(db_path, busy_timeout_s=busy_timeout_s)
    cache[key] = conn
    while len(cache) > _MAX_OPEN:
        cache.popitem(last=False)[1].close()
    return conn


def run_job(
    job: QueryJob, timeout_s: float, max_rows: int, max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES
) -> QueryResult:
    """Run one job in this process, reusing a cached connection. In a pool worker an alarm ends the
    process :data:`ALARM_GRACE_S` after the deadline, whatever it is doing."""
    if _IN_WORKER:
        signal.setitimer(signal.ITIMER_REAL, timeout_s + ALARM_GRACE_S)
    try:
        if is_url(job.db_path):  # PostgreSQL, MySQL/MariaDB, DuckDB: their own read-only walls
            limits = dict(timeout_s=timeout_s, max_rows=max_rows, max_result_bytes=max_result_bytes)
            return run_on_url(job.db_path, job.sql, **limits)
        try:
            conn = _connection(job.db_path, timeout_s)
        except (SlmsqlError, OSError, ValueError) as exc:
            shown = shown_path(job.db_path)
            message = exc.message if isinstance(exc, SlmsqlError) else f"database {shown}: {exc}"
            return QueryResult(sql=shown_sql(job.sql), error=ErrorClass.DATABASE, message=message)
        return run_on_connection(
            conn, job.sql, timeout_s=timeout_s, max_rows=max_rows, max_result_bytes=max_result_bytes
        )
    finally:
        if _IN_WORKER:
            signal.setitimer(signal.ITIMER_REAL, 0)


_IN_WORKER = False


def _worker_start() -> None:
    global _IN_WORKER
    _IN_WORKER = True
    # Both signals end the process by their default action, which needs no Python code to run:
    # pebble's own SIGTERM handler would wait until SQLite returned from one long C call (the kill
    # then took 3 s more, until SIGKILL), and SIGALRM is the worker's own deadline (see run_job).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class QueryPool:
    """A pool of worker processes running :class:`QueryJob` s. Use as a context manager, or call
    :meth:`close`. ``workers=0`` runs jobs in this process (SQLite's interrupt is then the only
    time limit). Threads may share one pool: its workers start once, on first use. Raises
    :class:`~slmsql.errors.InputError` for a limit out of its range."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_rows: int = DEFAULT_MAX_ROWS,
        max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
        grace_s: float = GRACE_S,
    ) -> None:
        limits = QueryLimits.checked(timeout_s, max_rows, max_result_bytes)
        self.workers = default_workers() if workers is None else workers
        self.timeout_s = limits.timeout_s
        self.max_rows = limits.max_rows
        self.max_result_bytes = limits.max_result_bytes
        self.grace_s = grace_s
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()  # one start (and one close) among threads sharing the pool

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.stop()
                self._pool.join()
                self._pool = None

    def _started(self) -> ProcessPool:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPool(max_workers=self.workers, initializer=_worker_start)
            return self._pool

    def start(self) -> QueryPool:
        """Fork the workers now rather than on first use: call it before other threads of this
        process run SQLite (see the module's note); a no-op for ``workers=0`` or a started pool."""
        if self.workers:
            self._started().submit(os.getpid, None).result()  # the first submit forks every worker
        return self

    def _args(self, job: QueryJob) -> tuple:
        return job, self.timeout_s, self.max_rows, self.max_result_bytes

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
                results.append(run_job(*self._args(job)))
                if on_result:
                    on_result(i, results[-1])
            return results
        pool = self._started()
        budget = self.timeout_s + self.grace_s
        futures = [pool.submit(run_job, budget, *self._args(job)) for job in jobs]
        results: list[QueryResult] = []
        for i, (job, future) in enumerate(zip(jobs, futures, strict=True)):
            results.append(self._collect(job, future))
            if on_result:
                on_result(i, results[-1])
        return results

    def _collect(self, job: QueryJob, future) -> QueryResult:
        sql = shown_sql(job.sql)
        try:
            return future.result()
        except FutureTimeout:
            return self._timed_out(sql)
        except ProcessExpired as exc:
            if exc.exitcode == -signal.SIGALRM:  # the worker's own deadline
                return self._timed_out(sql)
            return QueryResult(sql=sql, error=ErrorClass.OTHER, message=f"worker died ({exc})")
        except Exception as exc:  # a result that cannot be sent back, e.g. an unpicklable value
            return QueryResult(sql=sql, error=ErrorClass.OTHER, message=f"{type(exc).__name__}: {exc}")


    def _timed_out(self, sql: str) -> QueryResult:
        return QueryResult(
            sql=sql,
            error=ErrorClass.TIMEOUT,
            message=f"timed out after {self.timeout_s:g} s (worker stopped)",
            elapsed_s=self.timeout_s,
        )


def execute_many(
    jobs: Sequence[QueryJob],
    *,
    workers: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
    on_result: Callable[[int, QueryResult], None] | None = None,
) -> list[QueryResult]:
    """Run ``jobs`` in a fresh pool and close it."""
    limits = dict(timeout_s=timeout_s, max_rows=max_rows, max_result_bytes=max_result_bytes)
    with QueryPool(workers, **limits) as pool:
        return pool.run(jobs, on_result)


__all__ = ["ALARM_GRACE_S", "GRACE_S", "QueryJob", "QueryPool", "execute_many", "run_job"]
