"""Check the merge-trigger ablation on Spider dev questions it was not chosen on.

The default trigger for instruct merge models (``DIRECT.merge_min_ratio``) was picked from the
ablation on the seed-0 sample of 200 (bench/accuracy.py). This runs csc with the paper's trigger on
questions outside that sample (shuffled with ``--seed``, grouped by database), records each first
vote's group sizes, and prints sc and csc EX under every trigger.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/merge_trigger_heldout.py \
        --model qwen2.5-coder-1.5b --count 100

A rerun resumes from the saved predictions when the folder's manifest matches. Every setting of
`slmsql ask` is an option here too (the mode is csc and the trigger the paper's unless told).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace
from pathlib import Path

import typer
from accuracy import ROOT, ROW_FILES, merge_trigger_ablation, model_identity, print_ablation, run_mode

from slmsql.commands.runner import run_command
from slmsql.commands.settings_options import with_settings
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.manifest import build_manifest, claim_folder
from slmsql.evaluation.predict import select_examples
from slmsql.inference.api import TextToSQL
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings


@with_settings(exclude=("mode", "seed"), defaults={"merge_min_ratio": 0.0})
def main(
    count: int = typer.Option(100, "--count", help="Held-out questions to answer."),
    seed: int = typer.Option(
        1, "--seed", help="Shuffle of the held-out questions (generation seed stays 0)."
    ),
    budget_minutes: float | None = typer.Option(
        None, "--budget-minutes", help="Stop asking after this long."
    ),
    data_dir: str | None = typer.Option(
        None, "--data-dir", help="Benchmark data folder (or SLMSQL_DATA_DIR)."
    ),
    results_dir: Path | None = typer.Option(None, "--results-dir", help="Default: bench/results."),
    *,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """csc with the paper's trigger on Spider dev questions outside the seed-0 sample of 200."""
    dataset = load_dataset("spider-dev", data_dir=data_dir)
    chosen_on = {e.id for e in select_examples(dataset, sample=200, seed=0)}
    pool = [e for e in select_examples(dataset) if e.id not in chosen_on]
    random.Random(seed).shuffle(pool)
    examples = sorted(pool[:count], key=lambda e: e.db_id)
    out_dir = (results_dir or ROOT) / model.model / f"spider-dev-heldout-seed{seed}"
    run = {"set": "spider-dev", "questions": [e.id for e in examples]}
    settings = {"model": model.to_json(), "inference": inference.to_json() | {"mode": "csc"}, "run": run}
    claim_folder(out_dir, build_manifest(settings, *model_identity(model)), ROW_FILES)
    deadline = time.monotonic() + 60 * budget_minutes if budget_minutes else None
    csc = replace(inference, mode="csc")
    with TextToSQL.from_settings(model, csc, tables_json=dataset.tables_json) as t2s:
        rows = run_mode(t2s, examples, "csc", out_dir, deadline)  # resumes from csc.jsonl
    answered = replace(dataset, examples=tuple(e for e in examples if e.id in rows))
    sc = evaluate(answered, {k: v["sc_sql"] for k, v in rows.items()})
    (out_dir / "report-sc.json").write_text(json.dumps(sc.to_json(), indent=2))
    ablation = merge_trigger_ablation(answered, rows)
    (out_dir / "merge-trigger.json").write_text(json.dumps(ablation, indent=2))
    print(f"{len(rows)} held-out questions; sc EX {100 * sc.accuracy:.2f}")
    print_ablation(model.model, out_dir.name, ablation)


if __name__ == "__main__":
    run_command(main)
