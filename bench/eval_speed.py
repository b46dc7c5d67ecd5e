"""How long `slmsql eval` takes on a whole dataset with the gold SQL as predictions.

Runs the evaluation twice in this process: first with an empty gold cache (a fresh SLMSQL_HOME in a
temporary folder, so every gold query runs), then again with the cache filled (only the predictions
run). Checks that the gold SQL scores right wherever it runs and prints the seconds.

    SLMSQL_DATA_DIR=/path/to/data python bench/eval_speed.py [--dataset spider-dev] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from slmsql.db.pool import default_workers
from slmsql.errors import SlmsqlError
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="spider-dev")
    parser.add_argument("--data-dir", default=None, help="benchmark data folder (else $SLMSQL_DATA_DIR)")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()

    try:
        dataset = load_dataset(args.dataset, data_dir=args.data_dir)
    except SlmsqlError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    predictions = {e.id: e.gold_sql or "" for e in dataset.examples}
    workers = default_workers() if args.workers is None else args.workers
    runnable = len(dataset.runnable)
    print(f"{dataset.name}: {len(dataset.examples)} questions, {runnable} runnable; {workers} workers")

    with tempfile.TemporaryDirectory(prefix="slmsql-bench-") as home:
        os.environ["SLMSQL_HOME"] = home  # a cold gold cache
        for label in ("cold cache", "warm cache"):
            started = time.perf_counter()
            report = evaluate(dataset, predictions, workers=workers, timeout_s=args.timeout)
            seconds = time.perf_counter() - started
            gold_errors = len(report.gold_errors)
            print(
                f"{label}: {seconds:.2f} s  (accuracy {report.accuracy:.4f}, {report.evaluated} evaluated, "
                f"{gold_errors} gold SQL failing)"
            )
            # Gold SQL scores right wherever it runs; a failing gold query is a data problem, listed apart.
            if report.correct + gold_errors != report.evaluated:
                print("error: some gold predictions that ran scored wrong", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
