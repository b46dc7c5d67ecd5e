"""The merge-revision model alone: one set of recorded drafts, revised by two merge models.

csc's answer depends on the drafts (sampled) and on the merge revision. To compare merge models
(SLM-SQL's trained merge model against the untrained drafter revising its own drafts) without the
noise of sampling the drafts again, this reads the candidates a csc run recorded
(``bench/accuracy.py`` writes them to ``csc.jsonl``), re-runs them, and calls only the merge
revision, with the model named by ``--merge-model``, on every question the trigger sends to it.
Each arm's rows go to ``merge-<label>.jsonl`` (resumable); the table compares sc, the recorded csc
and each arm run so far.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/merge_model.py \
        --drafts bench/results/qwen2.5-coder-0.5b/spider-dev-200-current/csc.jsonl \
        --model qwen2.5-coder-0.5b --merge-model runs/merge-0.5b-lora.gguf --label trained \
        --results-dir runs/merge-bench
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import typer
from accuracy import ROW_FILES, model_identity
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from slmsql.commands.runner import run_command
from slmsql.commands.settings_options import with_settings
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.manifest import build_manifest, claim_folder
from slmsql.inference.api import TextToSQL
from slmsql.inference.config import InferenceConfig
from slmsql.inference.voting import contested, vote
from slmsql.models.settings import ModelSettings

console = Console()


def _rows(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    return {row["id"]: row for row in map(json.loads, path.read_text().splitlines()) if row}


def revise(t2s: TextToSQL, example, recorded: dict) -> dict:
    """The merge revision of ``recorded``'s candidates by ``t2s``'s merge model."""
    pipeline = t2s.pipeline
    _prompt, schema = pipeline.prompt_for(example.db_path, example.question, example.evidence, example.db_id)
    sqls = [c[0] for c in recorded["candidates"]]
    executed = pipeline.execute(example.db_path, sqls, schema)
    # The recorded SQL is already the repair where one ran; it votes as the run let it vote.
    marks = [sql if was_repaired else None for sql, _group, was_repaired in recorded["candidates"]]
    executed = replace(executed, repaired_from=marks)
    ballot = vote(executed.ballot())
    started = time.monotonic()
    info, merged, tokens = pipeline.merge(
        example.db_path, schema, example.question, example.evidence, executed, ballot
    )
    return {
        "id": example.id,
        "sql": merged[0] if merged else recorded["sc_sql"],
        "votes": [g.size for g in ballot.groups],
        "votes_as_recorded": [g.size for g in ballot.groups] == recorded["votes"],
        "outputs": [o.sql for o in info.outputs],
        "seconds": time.monotonic() - started,
        "generated_tokens": tokens.generated,
    }


@with_settings(exclude=("mode",), defaults={"merge_min_ratio": 0.0})
def main(
    drafts: Path = typer.Option(..., "--drafts", help="csc.jsonl of a bench/accuracy.py run."),
    label: str = typer.Option(..., "--label", help="Name of this arm (its rows: merge-LABEL.jsonl)."),
    dataset_name: str = typer.Option("spider-dev", "--dataset", help="The set the drafts answer."),
    results_dir: Path = typer.Option(..., "--results-dir", help="Folder of the arms' rows and manifest."),
    data_dir: str | None = typer.Option(
        None, "--data-dir", help="Benchmark data folder (or SLMSQL_DATA_DIR)."
    ),
    budget_minutes: float | None = typer.Option(None, "--budget-minutes", help="Stop after this long."),
    *,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """Revise recorded csc drafts with --merge-model and score against sc and the recorded csc."""
    dataset = load_dataset(dataset_name, data_dir=data_dir)
    recorded = _rows(drafts)
    examples = sorted((e for e in dataset.runnable if e.id in recorded), key=lambda e: e.db_id)
    merges = [e for e in examples if contested(recorded[e.id]["votes"], inference.merge_min_ratio)]
    out_dir = results_dir / label
    settings = {"model": model.to_json(), "inference": inference.to_json(), "drafts": str(drafts)}
    claim_folder(out_dir, build_manifest(settings, *model_identity(model)), (*ROW_FILES, "merge.jsonl"))
    done = _rows(out_dir / "merge.jsonl")
    deadline = time.monotonic() + 60 * budget_minutes if budget_minutes else None
    csc = replace(inference, mode="csc")
    with TextToSQL.from_settings(model, csc, tables_json=dataset.tables_json) as t2s:
        with (out_dir / "merge.jsonl").open("a") as handle, Progress(console=console) as progress:
            task = progress.add_task(f"merge revisions ({label})", total=len(merges), completed=len(done))
            for example in merges:
                if example.id in done:
                    continue
                if deadline is not None and time.monotonic() > deadline:
                    break
                row = revise(t2s, example, recorded[example.id])
                handle.write(json.dumps(row) + "\n")
                handle.flush()
                done[example.id] = row
                progress.advance(task)
    report(dataset, examples, recorded, results_dir, inference.merge_min_ratio)


def report(dataset, examples, recorded: dict, results_dir: Path, ratio: float) -> None:
    """EX of sc, the recorded csc, and each arm in ``results_dir``, on the questions every arm has
    revised (a question the trigger does not send to the merge keeps its sc answer in every arm)."""
    arms = {p.parent.name: _rows(p) for p in sorted(results_dir.glob("*/merge.jsonl"))}
    merged_ids = {e.id for e in examples if contested(recorded[e.id]["votes"], ratio)}
    common = set.intersection(merged_ids, *(set(rows) for rows in arms.values())) if arms else merged_ids
    answered = [e for e in examples if e.id in common or e.id not in merged_ids]
    scored = replace(dataset, examples=tuple(answered))
    chosen = {"sc": {e.id: recorded[e.id]["sc_sql"] for e in answered}}
    chosen["csc as recorded"] = {
        e.id: recorded[e.id]["sql"]
        if e.id in merged_ids and recorded[e.id]["merged"]
        else recorded[e.id]["sc_sql"]
        for e in answered
    }
    for label, rows in arms.items():
        chosen[f"csc, merge model {label}"] = {
            e.id: rows[e.id]["sql"] if e.id in common else recorded[e.id]["sc_sql"] for e in answered
        }
    table = Table(title=f"{len(answered)} questions, {len(common)} sent to the merge (trigger {ratio:g})")
    for column in ("answers", "EX", "EX on merged questions"):
        table.add_column(column)
    merged_only = replace(dataset, examples=tuple(e for e in answered if e.id in common))
    figures = {}
    for name, sqls in chosen.items():
        whole = evaluate(scored, sqls).accuracy
        part = (
            evaluate(merged_only, {k: v for k, v in sqls.items() if k in common}).accuracy if common else 0.0
        )
        figures[name] = {"ex": whole, "ex_merged": part}
        table.add_row(name, f"{100 * whole:.2f}", f"{100 * part:.2f}")
    console.print(table)
    summary = {"questions": len(answered), "merged": len(common), "trigger": ratio, "figures": figures}
    (results_dir / "summary.json").write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    run_command(main)
