"""Runaway and oversized queries against the hard limits: wall time against the timeout, and the peak
resident memory of the process that ran each query (this one and its query worker).

Each case runs in a fresh Python process (so peaks do not carry over from one case to the next)
through ``execute_sql`` with the default limits, on a small database this script builds. Targets
(issue 13): every query stopped within timeout + 0.5 s, peak resident memory under 1 GB.

    .venv/bin/python bench/hardening.py [--timeout 1] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SERIES = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < {n}) "
CASES: dict[str, str] = {
    # The reproductions.
    "instr over printf 50 MB": "SELECT instr(printf('%.*c',50000000,'a'), printf('%.*c',10000,'a')||'b')",
    "instr over printf 16 MB (uninterruptible)": (
        "SELECT instr(printf('%.*c', 16000000, 'a'), printf('%.*c', 20000, 'a') || 'b')"
    ),
    "endless recursive CTE": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
    "SELECT count(*) FROM c",
    "zeroblob(999999999)": "SELECT zeroblob(999999999)",
    "string-doubling CTE": "WITH RECURSIVE r(s) AS (SELECT 'ab' UNION ALL SELECT s || s FROM r) "
    "SELECT length(s) FROM r",
    "ORDER BY random() over 1.2 GB of blobs": SERIES.format(n=12_000)
    + "SELECT length(b) FROM (SELECT randomblob(100000) AS b FROM r ORDER BY random())",
    "500,000-term expression": "SELECT " + "+".join(["1"] * 500_000),
    "47 nested parentheses": "SELECT " + "(" * 47 + "1" + ")" * 47,
    # More of the same classes.
    "1 GB of 10 kB values": SERIES.format(n=100_000) + "SELECT x, randomblob(10000) FROM r",
    "10 million small rows": SERIES.format(n=10_000_000) + "SELECT x, x * 2, 'row' FROM r",
    "UNION dedup table of 4 GB": SERIES.format(n=400_000)
    + "SELECT count(*) FROM (SELECT randomblob(10000) FROM r UNION SELECT randomblob(10000) FROM r)",
    "replace() blow-up": "SELECT length(replace(printf('%.*c', 1000000, 'a'), 'a', "
    "printf('%.*c', 1000, 'b')))",
    "LIKE with a long pattern": "SELECT 'a' LIKE '" + "%a" * 600 + "'",
    "cross join count": SERIES.format(n=100_000) + "SELECT count(*) FROM r AS a, r AS b",
    "group_concat of 100 MB": SERIES.format(n=1_000_000)
    + "SELECT length(group_concat(printf('%.*c', 100, 'x'))) FROM r",
}

CHILD = """
import json, resource, sys, time
from slmsql.db.execute import execute_sql
db, sql, timeout = sys.argv[1], sys.stdin.read(), float(sys.argv[2])
started = time.monotonic()
result = execute_sql(db, sql, timeout_s=timeout)
wall = time.monotonic() - started
print(json.dumps({
    "wall_s": wall,
    "error": result.error.value if result.error else None,
    "message": result.message[:120],
    "rows": len(result.rows),
    "truncated_by": result.truncated_by,
    "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def run_case(db: Path, sql: str, timeout: float) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), str(timeout)], input=sql, capture_output=True, text=True
    )
    if out.returncode != 0:
        return {"error": "crashed", "message": out.stderr.strip().splitlines()[-1:], "wall_s": float("nan")}
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=1.0)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite"
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE t (a)")
        conn.commit()
        conn.close()
        rows = []
        print(f"timeout {args.timeout:g} s; target: wall <= {args.timeout + 0.5:g} s, peak RSS < 1024 MB")
        print(f"{'case':44} {'outcome':22} {'wall s':>7} {'parent MB':>9} {'worker MB':>9}  ok")
        for name, sql in CASES.items():
            figures = run_case(db, sql, args.timeout)
            cut = figures.get("truncated_by")
            outcome = figures["error"] or (f"cut by {cut}" if cut else "ran")
            peak = max(figures.get("self_mb", 0), figures.get("worker_mb", 0))
            ok = figures["wall_s"] <= args.timeout + 0.5 and peak < 1024
            rows.append({"case": name, "timeout_s": args.timeout, "ok": ok, **figures})
            print(
                f"{name:44} {outcome:22} {figures['wall_s']:7.2f} {figures.get('self_mb', 0):9.0f} "
                f"{figures.get('worker_mb', 0):9.0f}  {'yes' if ok else 'NO'}"
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    driver_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    within = sum(r["ok"] for r in rows)
    print(f"{within}/{len(rows)} within targets; driver {driver_mb:.0f} MB; {time.strftime('%Y-%m-%d')}")


if __name__ == "__main__":
    main()
