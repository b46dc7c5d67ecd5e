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

from accuracy import ROOT, first_vote, merge_trigger_ablation, print_ablation, sc_choice
from rich.progress import Progress

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
    cache = out_dir / "csc.jsonl"
    rows = {}
    if cache.exists():
        for line in cache.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    with (
        TextToSQL(args.model, mode="csc", merge_min_ratio=0.0, tables_json=dataset.tables_json) as t2s,
        cache.open("a") as handle,
        Progress() as progress,
    ):
        task = progress.add_task(f"csc {args.model} held-out", total=len(examples))
        for example in examples:
            if example.id in rows:
                progress.advance(task)
                continue
            if deadline is not None and time.monotonic() > deadline:
                break
            answer = t2s.ask(
                example.db_path, example.question, evidence=example.evidence, db_id=example.db_id
            )
            row = {
                "id": example.id,
                "sql": answer.sql or "",
                "sc_sql": sc_choice(answer),
                "merged": answer.merge.ran,
                "votes": first_vote(answer),
                "seconds": answer.timings.total_s,
            }
            rows[example.id] = row
            handle.write(json.dumps(row) + "\n")
            handle.flush()
            progress.advance(task)
    rows = {e.id: rows[e.id] for e in examples if e.id in rows}
    answered = replace(dataset, examples=tuple(e for e in examples if e.id in rows))
    sc = evaluate(answered, {k: v["sc_sql"] for k, v in rows.items()})
    (out_dir / "report-sc.json").write_text(json.dumps(sc.to_json(), indent=2))
    ablation = merge_trigger_ablation(answered, rows)
    (out_dir / "merge-trigger.json").write_text(json.dumps(ablation, indent=2))
    print(f"{len(rows)} held-out questions; sc EX {100 * sc.accuracy:.2f}")
    print_ablation(args.model, out_dir.name, ablation)


if __name__ == "__main__":
    main()
