"""Check the merge-trigger ablation on Spider dev questions it was not chosen on.

The default trigger for instruct merge models (``UNTRAINED_MERGE_MIN_RATIO``) was picked from the
ablation on the seed-0 sample of 200 (bench/accuracy.py). This runs csc with the paper's trigger on
questions outside that sample (shuffled with ``--seed``, grouped by database), records each first
vote's group sizes, and prints sc and csc EX under every trigger.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/merge_trigger_heldout.py \
        --model qwen2.5-coder-1.5b --count 100

A rerun resumes from the saved predictions.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import replace

from accuracy import ROOT, merge_trigger_ablation, print_ablation, run_mode

from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.predict import select_examples
from slmsql.inference.api import TextToSQL


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1, help="shuffle of the held-out questions")
    parser.add_argument("--budget-minutes", type=float, default=None)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()

    dataset = load_dataset("spider-dev", data_dir=args.data_dir)
    chosen_on = {e.id for e in select_examples(dataset, sample=200, seed=0)}
    pool = [e for e in select_examples(dataset) if e.id not in chosen_on]
    random.Random(args.seed).shuffle(pool)
    examples = sorted(pool[: args.count], key=lambda e: e.db_id)
    out_dir = ROOT / args.model / f"spider-dev-heldout-seed{args.seed}"
    out_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + 60 * args.budget_minutes if args.budget_minutes else None
    with TextToSQL(args.model, mode="csc", merge_min_ratio=0.0, tables_json=dataset.tables_json) as t2s:
        rows = run_mode(t2s, examples, "csc", out_dir, deadline)  # resumes from csc.jsonl
    answered = replace(dataset, examples=tuple(e for e in examples if e.id in rows))
    sc = evaluate(answered, {k: v["sc_sql"] for k, v in rows.items()})
    (out_dir / "report-sc.json").write_text(json.dumps(sc.to_json(), indent=2))
    ablation = merge_trigger_ablation(answered, rows)
    (out_dir / "merge-trigger.json").write_text(json.dumps(ablation, indent=2))
    print(f"{len(rows)} held-out questions; sc EX {100 * sc.accuracy:.2f}")
    print_ablation(args.model, out_dir.name, ablation)


if __name__ == "__main__":
    main()
