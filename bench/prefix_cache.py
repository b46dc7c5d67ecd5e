"""Warm schema prompts for several databases: questions that alternate between databases, answered
with the llama.cpp backend's saved prompt states (default) and without them (only the last prompt
stays in the KV cache). Prints prompt tokens evaluated and seconds per question for both.

    SLMSQL_DATA_DIR=/path/to/data PYTHONPATH=src .venv/bin/python bench/prefix_cache.py \\
        --model qwen2.5-coder-0.5b --per-db 3 --mode greedy
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time

from slmsql.evaluation.datasets import load_dataset
from slmsql.inference.api import TextToSQL


def alternating(dataset, dbs: int, per_db: int):
    by_db: dict[str, list] = {}
    for example in dataset.runnable:
        by_db.setdefault(example.db_id, []).append(example)
    chosen = sorted(by_db)[:dbs]
    return [by_db[db][i] for i in range(per_db) for db in chosen]  # a b c a b c ...


def run(t2s, examples, saved: bool) -> dict:
    backend = t2s.model.backend
    backend.prefix_cache_bytes = backend.prefix_cache_bytes if saved else 0
    times, evaluated, prompt = [], [], []
    for ex in examples:
        started = time.monotonic()
        answer = t2s.pipeline.answer(ex.db_path, ex.question, evidence=ex.evidence, db_id=ex.db_id)
        times.append(time.monotonic() - started)
        evaluated.append(answer.tokens.prompt_evaluated)
        prompt.append(answer.tokens.prompt)
    return {
        "saved_prefixes": saved,
        "questions": len(examples),
        "total_s": round(sum(times), 1),
        "mean_s": round(statistics.mean(times), 2),
        "prompt_tokens": sum(prompt),
        "prompt_tokens_evaluated": sum(evaluated),
        "per_question_s": [round(t, 1) for t in times],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", default="bird-minidev")
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--mode", default="greedy")
    parser.add_argument("--dbs", type=int, default=3)
    parser.add_argument("--per-db", type=int, default=3)
    args = parser.parse_args()
    data = load_dataset(args.dataset)
    examples = alternating(data, args.dbs, args.per_db)
    out = {"model": args.model, "mode": args.mode, "dbs": sorted({e.db_id for e in examples})}
    for saved in (False, True):  # a fresh model each time: nothing warm from the other run
        with TextToSQL(model=args.model, mode=args.mode, tables_json=data.tables_json) as t2s:
            out["with_saved" if saved else "last_only"] = run(t2s, examples, saved)
    out["cpus"], out["load_average"] = os.cpu_count(), os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
