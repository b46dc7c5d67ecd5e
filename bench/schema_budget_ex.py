"""Execution accuracy with the schema cut to a token budget against the full schema: two `slmsql
predict` runs on the same questions, one with ``--schema-tokens`` small enough to force selection and
one with a budget the full schema fits in.

    SLMSQL_DATA_DIR=../shared/data slmsql predict --dataset bird-minidev --model qwen2.5-coder-0.5b \\
        --mode greedy --threads 1 --schema-tokens 1024 --out selected.jsonl
    ... the same with --schema-tokens 100000 --out full.jsonl
    .venv/bin/python bench/schema_budget_ex.py --selected selected.jsonl --full full.jsonl \\
        [--json bench/results/schema_budget/ex_summary.json]

Compared on the questions both runs answered (a stopped run still compares its part): EX (each row's
``correct``, BIRD's metric as ``slmsql eval`` scores it), prompt tokens, prompt tokens the model
evaluated (a full schema is one prefix that llama.cpp's cache keeps from question to question; a
selection differs per question), and seconds a question; and the same on the questions whose prompt
the budget changed (selection ran), where the outcome can differ at all.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path


def _rows(path: str) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, Path(path).read_text().splitlines())}


def _arm(rows: list[dict]) -> dict:
    if not rows:
        return {"questions": 0}
    return {
        "questions": len(rows),
        "correct": sum(bool(r["correct"]) for r in rows),
        "ex": round(100 * sum(bool(r["correct"]) for r in rows) / len(rows), 1),
        "prompt_tokens_mean": round(statistics.mean(r["tokens"]["prompt"] for r in rows)),
        "prompt_tokens_evaluated_mean": round(statistics.mean(r["tokens"]["prompt_evaluated"] for r in rows)),
        "seconds_mean": round(statistics.mean(r["timings"]["total_s"] for r in rows), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--selected", required=True, help="predictions with the small --schema-tokens")
    parser.add_argument("--full", required=True, help="predictions with the full schema")
    parser.add_argument("--json", help="write the summary here")
    args = parser.parse_args()
    selected, full = _rows(args.selected), _rows(args.full)
    common = [i for i in full if i in selected]
    cut = [i for i in common if selected[i]["tokens"]["prompt"] != full[i]["tokens"]["prompt"]]
    summary = {
        "questions": len(common),
        "selection_ran": len(cut),
        "all": {"selected": _arm([selected[i] for i in common]), "full": _arm([full[i] for i in common])},
        "selection_ran_only": {
            "selected": _arm([selected[i] for i in cut]),
            "full": _arm([full[i] for i in cut]),
        },
        "only_selected_right": sum(bool(selected[i]["correct"]) and not full[i]["correct"] for i in cut),
        "only_full_right": sum(bool(full[i]["correct"]) and not selected[i]["correct"] for i in cut),
    }
    print(f"{len(common)} questions answered by both runs; the budget cut the prompt of {len(cut)}")
    for part in ("all", "selection_ran_only"):
        for arm in ("selected", "full"):
            s = summary[part][arm]
            if s["questions"]:
                print(f"{part:18} {arm:8} EX {s['ex']:5.1f} ({s['correct']}/{s['questions']})  prompt tokens "
                      f"{s['prompt_tokens_mean']} (evaluated {s['prompt_tokens_evaluated_mean']})  "
                      f"{s['seconds_mean']} s a question")
    print(f"right only with the selection: {summary['only_selected_right']}; "
          f"only with the full schema: {summary['only_full_right']}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
