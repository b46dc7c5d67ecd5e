"""Branch sharing on and off on real questions: sampling seconds, decode rows and sampled tokens.

Asks the first K questions of the seed-0 Spider dev sample (grouped by database, as
bench/accuracy.py asks them) in sc mode (N samples, no merge), once with the llama.cpp backend's
branch sharing and once with one decode row per sample, and checks that both draw the same SQL.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/branch_sharing.py \
        --model qwen2.5-coder-0.5b --count 30
"""

from __future__ import annotations

import argparse

from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.predict import select_examples
from slmsql.inference.api import TextToSQL


def run(model: str, examples, tables_json, n: int, share: bool) -> dict:
    totals = {"generation_s": 0.0, "rows": 0, "tokens": 0, "sqls": []}
    with TextToSQL(model, mode="sc", n=n, seed=0, tables_json=tables_json) as t2s:
        backend = t2s.model.backend
        backend.share_branches = share
        generate = backend.generate

        def counting(prompt, params):
            out = generate(prompt, params)
            totals["rows"] += out.extra["rows_decoded"]
            totals["tokens"] += out.generated_tokens
            return out

        backend.generate = counting
        for example in examples:
            answer = t2s.ask(
                example.db_path, example.question, evidence=example.evidence, db_id=example.db_id
            )
            totals["generation_s"] += answer.timings.generation_s
            totals["sqls"].append([c.sql for c in answer.candidates])
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("-n", type=int, default=8)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()
    dataset = load_dataset("spider-dev", data_dir=args.data_dir)
    examples = sorted(select_examples(dataset, sample=200, seed=0), key=lambda e: e.db_id)[: args.count]
    results = {
        share: run(args.model, examples, dataset.tables_json, args.n, share) for share in (False, True)
    }
    for share, t in results.items():
        print(
            f"{'shared  ' if share else 'unshared'}  {t['generation_s']:7.1f} s sampling  "
            f"{t['rows']:6d} decode rows  {t['tokens']:6d} sampled tokens"
        )
    off, on = results[False], results[True]
    print(
        f"{args.model}, {len(examples)} questions, n={args.n}: sharing saves "
        f"{100 * (1 - on['generation_s'] / off['generation_s']):.1f}% of sampling time and "
        f"{100 * (1 - on['rows'] / off['rows']):.1f}% of decode rows; "
        f"same candidates: {on['sqls'] == off['sqls']}"
    )


if __name__ == "__main__":
    main()
