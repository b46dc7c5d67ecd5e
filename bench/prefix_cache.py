"""Warm schema prompts for several databases: the product's prompts for questions that alternate
between databases (a b c a b c ...), evaluated by the llama.cpp backend with its saved prompt states
(default) and without them (only the last prompt stays in the KV cache). One token is drawn per
prompt, so what is timed is the prompt's evaluation: the part the saved states save. Prints one line
per prompt as it goes, then the totals.

    SLMSQL_DATA_DIR=/path/to/data PYTHONPATH=src .venv/bin/python bench/prefix_cache.py \\
        --model qwen2.5-coder-0.5b --rounds 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from slmsql.evaluation.datasets import load_dataset
from slmsql.inference.api import TextToSQL
from slmsql.models.backends.llamacpp import PREFIX_CACHE_BYTES
from slmsql.models.base import SamplingParams

ONE_TOKEN = SamplingParams(n=1, temperature=0.0, max_tokens=1)


def alternating(dataset, dbs: int, rounds: int):
    by_db: dict[str, list] = {}
    for example in dataset.runnable:
        by_db.setdefault(example.db_id, []).append(example)
    chosen = sorted(by_db)[:dbs]
    return [by_db[db][i] for i in range(rounds) for db in chosen]


def run(t2s, examples, saved: bool) -> dict:
    backend = t2s.model.backend
    backend.prefix_cache_bytes = PREFIX_CACHE_BYTES if saved else 0
    seconds, evaluated, tokens = [], [], []
    for ex in examples:
        prompt, _schema = t2s.pipeline.prompt_for(ex.db_path, ex.question, ex.evidence, ex.db_id)
        out = backend.generate(prompt, ONE_TOKEN)
        seconds.append(out.prompt_s)
        evaluated.append(out.prompt_tokens_evaluated)
        tokens.append(out.prompt_tokens)
        line = f"{'saved' if saved else 'last '} {ex.db_id:24} {out.prompt_tokens:5} tokens"
        print(f"{line}, {out.prompt_tokens_evaluated:5} evaluated, {out.prompt_s:6.1f} s", file=sys.stderr)
    return {
        "prompts": len(examples),
        "prompt_tokens": sum(tokens),
        "evaluated": sum(evaluated),
        "seconds": round(sum(seconds), 1),
        "after_first_round_s": round(sum(seconds[len(set(e.db_id for e in examples)) :]), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dataset", default="bird-minidev")
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--dbs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", choices=("last", "saved"), help="run one of the two settings")
    args = parser.parse_args()
    data = load_dataset(args.dataset)
    examples = alternating(data, args.dbs, args.rounds)
    out = {"model": args.model, "dbs": sorted({e.db_id for e in examples})}
    # Values placed after the schema (the instruct models' default): each database's schema prompt is
    # the same for all its questions. No value matching: the index build is not what is measured.
    settings = {"mode": "greedy", "use_values": False, "value_placement": "section"}
    with TextToSQL(model=args.model, tables_json=data.tables_json, **settings) as t2s:
        for saved in [s for s in (False, True) if args.only in (None, "saved" if s else "last")]:
            t2s.model.backend._saved.clear()  # nothing warm from the other run
            t2s.model.backend._saved_bytes = 0
            out["with_saved" if saved else "last_only"] = run(t2s, examples, saved)
    out["cpus"], out["load_average"] = os.cpu_count(), os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
