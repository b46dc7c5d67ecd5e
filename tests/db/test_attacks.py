"""The attack corpus (tests/db/attack_corpus.py) on SQLite, PostgreSQL, MariaDB and DuckDB, each case
through the pool as every caller runs queries. Afterwards every table's row count and checksum (and
PostgreSQL's roles and settings, MariaDB's grants) are unchanged, no file appeared beside the
database or where the attacks aim, and the harmless look-alikes all ran.

The attacks run as the database's owner, who may write: the read-only connection and the policy
must hold without the help of a read-only role."""

from __future__ import annotations

import glob
import json
import os
import time

import pytest

from slmsql.db.execute import ErrorClass
from slmsql.db.pool import QueryJob, QueryPool
from tests.db.attack_corpus import HARMLESS, TARGET, attacks
from tests.db.engine_data import files_under, snapshot

pytestmark = pytest.mark.engines

TIMEOUT_S = 1.5
GRACE_S = 0.5
# Starting work in a busy 2-core machine's worker adds to the limit's own grace.
SLACK_S = 0.5


def _report(kind: str, counts: dict) -> None:
    """Counts for docs/benchmarks.md, written when SLMSQL_ATTACK_REPORT names a folder."""
    folder = os.environ.get("SLMSQL_ATTACK_REPORT")
    if folder:
        with open(os.path.join(folder, f"attacks-{kind}.json"), "w") as fh:
            json.dump(counts, fh, indent=1)


def test_attack_corpus_changes_nothing(shop):
    cases = attacks()
    assert len(cases) >= 200
    before, files_before = snapshot(shop), files_under(shop.folder)
    outcomes: dict[str, str] = {}
    escaped: list[str] = []
    slow: list[str] = []
    with QueryPool(2, timeout_s=TIMEOUT_S, max_rows=1000, max_result_bytes=1 << 20) as pool:
        batch = [(expect, sql) for expect, sql in cases if expect != "stopped"]
        results = pool.run([QueryJob(shop.target, sql) for _, sql in batch])
        for (expect, sql), result in zip(batch, results, strict=True):
            if result.ok and not (expect == "capped" and result.truncated):
                escaped.append(f"{expect}: {sql!r} -> {result.rows[:3]}")
            outcomes[sql] = "ran (capped)" if result.ok else result.error.value
        with QueryPool(1, timeout_s=TIMEOUT_S) as single:
            single.run([QueryJob(shop.target, "SELECT 1")])  # the worker is up before the clock starts
            for expect, sql in cases:
                if expect != "stopped":
                    continue
                started = time.monotonic()
                result = single.run([QueryJob(shop.target, sql)])[0]
                took = time.monotonic() - started
                # Contained when it stops in time: refused, timed out, or bounded by the engine itself
                # (MariaDB ends a recursion after max_recursive_iterations rounds).
                if took > TIMEOUT_S + GRACE_S + SLACK_S:
                    slow.append(f"{sql!r} took {took:.2f} s ({result.error})")
                outcomes[sql] = result.error.value if result.error else "ran (bounded by the engine)"
    assert not escaped, "\n".join(escaped)
    assert not slow, "\n".join(slow)
    assert snapshot(shop) == before
    assert files_under(shop.folder) == files_before
    assert glob.glob(TARGET + "*") == []
    tally: dict[str, int] = {}
    for outcome in outcomes.values():
        tally[outcome] = tally.get(outcome, 0) + 1
    _report(shop.kind, {"attacks": len(cases), "outcomes": tally})


def test_harmless_look_alikes_run(shop):
    with QueryPool(2, timeout_s=10) as pool:
        results = pool.run([QueryJob(shop.target, sql) for sql in HARMLESS])
    failed = [f"{sql!r}: {r.error} {r.message}" for sql, r in zip(HARMLESS, results, strict=True) if not r.ok]
    assert not failed, "\n".join(failed)
    folder = os.environ.get("SLMSQL_ATTACK_REPORT")
    if folder:
        with open(os.path.join(folder, f"harmless-{shop.kind}.json"), "w") as fh:
            json.dump({"harmless": len(HARMLESS), "ran": sum(r.ok for r in results)}, fh)


def test_refusals_are_typed(shop):
    with QueryPool(1, timeout_s=5) as pool:
        result = pool.run([QueryJob(shop.target, "SELECT 1; DROP TABLE secrets")])[0]
    assert result.error is ErrorClass.REFUSED
