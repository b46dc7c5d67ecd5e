"""Execution accuracy and speed of greedy vs sc vs csc on Spider dev (a fixed sample) and BIRD mini-dev.

One csc run yields both the sc and the csc answer (sc is the first vote's winner, before any merge
revision), so each model runs twice per set: greedy and csc. Predictions, per-question timings and
the evaluation reports go to bench/results/<model>/<set>/; a summary table is printed and a PNG plot
written to docs/accuracy.png.

    .venv/bin/python bench/accuracy.py --model qwen2.5-coder-1.5b --sets spider-dev:200 --sets bird-minidev

Every setting of `slmsql ask` is an option here too (and `--config FILE.yaml`). Each results folder
gets a manifest.json (code, settings, model file, machine); rows in a folder are resumed only when its
manifest matches this run.
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from dataclasses import replace
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from slmsql.commands.runner import run_command
from slmsql.commands.settings_options import with_settings
from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.manifest import build_manifest, claim_folder
from slmsql.evaluation.predict import select_examples
from slmsql.inference.api import TextToSQL
from slmsql.inference.config import InferenceConfig
from slmsql.inference.voting import contested
from slmsql.models.assemble import cached_location
from slmsql.models.registry import LocalModel, resolve
from slmsql.models.settings import ModelSettings
from slmsql.prompts.styles import DIRECT

ROOT = Path(__file__).resolve().parent / "results"
# Which runs show the current defaults (docs/accuracy.png); edit when a new run replaces one.
CURRENT_RUNS = "current.json"
ROW_FILES = ("greedy.jsonl", "csc.jsonl")
console = Console(width=120)


def sc_choice(answer) -> str:
    """The self-consistency answer inside a csc answer: the first vote's winner (the earliest
    candidate of the top group), or, when no candidate executed, sc's fallback: the first SQL."""
    generated = [c for c in answer.candidates if c.stage == "generation"]
    winner = next((c for c in generated if c.group == 0), None)
    if winner is not None:
        return winner.sql or ""
    return next((c.sql for c in generated if c.sql), "")


def first_vote(answer) -> list[int]:
    """The sizes of the first vote's result groups, largest first (what a merge trigger sees)."""
    generated = [c for c in answer.candidates if c.stage == "generation" and c.group is not None]
    return sorted({c.group: c.votes for c in generated}.values(), reverse=True)


def run_mode(t2s: TextToSQL, examples, label: str, out_dir: Path, deadline: float | None) -> dict:
    """Answer ``examples`` (resuming from ``<label>.jsonl``) until done or past ``deadline``
    (time.monotonic()); returns {id: row} for the answered ones."""
    cache = out_dir / f"{label}.jsonl"
    done = {}
    if cache.exists():
        for line in cache.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                done[row["id"]] = row
    # Grouped by database so consecutive prompts share the schema prefix (llama.cpp reuses it).
    ordered = sorted(examples, key=lambda e: e.db_id)
    with cache.open("a") as handle, Progress(console=console) as progress:
        task = progress.add_task(f"{label} {out_dir.parent.name}/{out_dir.name}", total=len(examples))
        for example in ordered:
            if example.id not in done:
                if deadline is not None and time.monotonic() > deadline:
                    break
                answer = t2s.ask(
                    example.db_path, example.question, evidence=example.evidence, db_id=example.db_id
                )
                row = {
                    "id": example.id,
                    "sql": answer.sql or "",
                    "sc_sql": sc_choice(answer) if label == "csc" else answer.sql or "",
                    "merged": answer.merge.ran,
                    "votes": first_vote(answer),
                    "stopped_early": answer.stopped_early,
                    # per generated candidate, for offline re-voting: SQL, vote group, repaired or not
                    "candidates": [
                        [c.sql, c.group, c.repaired_from is not None]
                        for c in answer.candidates
                        if c.stage == "generation"
                    ],
                    "repaired": sum(c.repaired_from is not None for c in answer.candidates),
                    "seconds": answer.timings.total_s,
                    "generation_s": answer.timings.generation_s,
                    "prompt_tokens": answer.tokens.prompt,
                    "prompt_tokens_evaluated": answer.tokens.prompt_evaluated,
                    "generated_tokens": answer.tokens.generated,
                }
                handle.write(json.dumps(row) + "\n")
                handle.flush()
                done[example.id] = row
            progress.advance(task)
    return {e.id: done[e.id] for e in examples if e.id in done}


def model_identity(model: ModelSettings) -> tuple[Path | None, str | None]:
    """The weights file a run loads and its sha256 (the registry's, for embedded models), without
    assembling anything; (None, None) for a model behind a server."""
    if model.served:
        return None, None
    resolved = resolve(model.model)
    if isinstance(resolved, LocalModel):
        return resolved.path, None
    return cached_location(resolved), resolved.sha256


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


@with_settings(exclude=("mode",), defaults={"merge_min_ratio": 0.0})
def main(
    sets: list[str] = typer.Option(
        ["spider-dev:200", "bird-minidev"], "--sets", help="Datasets, NAME or NAME:SAMPLE (seeded by --seed)."
    ),
    modes: list[str] = typer.Option(
        ["greedy", "csc"], "--modes", help="greedy and/or csc (csc also gives sc)."
    ),
    tag: str = typer.Option("", "--tag", help="Suffix of the result folder and set name (an A/B arm)."),
    data_dir: str | None = typer.Option(
        None, "--data-dir", help="Benchmark data folder (or SLMSQL_DATA_DIR)."
    ),
    budget_minutes: float | None = typer.Option(
        None,
        "--budget-minutes",
        help="Stop asking new questions after this long per mode; the summary then covers the questions "
        "every mode answered (marked partial); a later run resumes.",
    ),
    results_dir: Path | None = typer.Option(
        None, "--results-dir", help="Where result folders go (default: bench/results, the committed ones)."
    ),
    *,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """Execution accuracy and time of greedy, sc and csc. The merge trigger defaults to the paper's (0)
    here, so that the ablation table covers every ratio from one run."""
    if not set(modes) <= {"greedy", "csc"}:
        raise InputError("bad_modes", f"--modes {' '.join(modes)}: use greedy and/or csc")
    root = results_dir or ROOT
    summary_file = root / model.model / "summary.json"
    summary = {(r["set"], r["mode"]): r for r in _read_json(summary_file, [])}
    labels = [spec + (f"-{tag}" if tag else "") for spec in sets]
    model_file, model_sha = model_identity(model)
    for spec, label in zip(sets, labels, strict=True):
        name, _, size = spec.partition(":")
        dataset = load_dataset(name, data_dir=data_dir)
        examples = select_examples(dataset, sample=int(size) if size else None, seed=inference.seed)
        out_dir = root / model.model / label.replace(":", "-")
        run = {"set": spec, "questions": [e.id for e in examples]}
        settings = {"model": model.to_json(), "inference": inference.to_json() | {"mode": None}, "run": run}
        claim_folder(out_dir, build_manifest(settings, model_file, model_sha), ROW_FILES)
        rows = {}
        for mode in modes:
            with TextToSQL.from_settings(
                model, replace(inference, mode=mode), tables_json=dataset.tables_json
            ) as t2s:
                deadline = time.monotonic() + 60 * budget_minutes if budget_minutes else None
                rows[mode] = run_mode(t2s, examples, mode, out_dir, deadline)
        common = set.intersection(*(set(r) for r in rows.values()))
        rows = {mode: {k: v for k, v in r.items() if k in common} for mode, r in rows.items()}
        answered = replace(dataset, examples=tuple(e for e in examples if e.id in common))
        preds = {}
        if "greedy" in rows:
            preds["greedy"] = rows["greedy"]
        if "csc" in rows:
            preds["sc"] = {k: {**v, "sql": v["sc_sql"]} for k, v in rows["csc"].items()}
            preds["csc"] = rows["csc"]
            ablation = merge_trigger_ablation(answered, rows["csc"])
            if ablation:
                (out_dir / "merge-trigger.json").write_text(json.dumps(ablation, indent=2))
                print_ablation(model.model, label, ablation)
        for mode, by_id in preds.items():
            report = evaluate(answered, {k: v["sql"] for k, v in by_id.items()})
            (out_dir / f"report-{mode}.json").write_text(json.dumps(report.to_json(), indent=2))
            summary[(label, mode)] = summarize(model.model, label, mode, report, by_id)
            if len(common) < len(examples):
                summary[(label, mode)]["partial"] = f"{len(common)} of {len(examples)} questions"
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    for row in summary.values():
        if row["set"] in labels:
            row["peak_rss_gb"] = round(peak_gb, 2)
    rows = sorted(summary.values(), key=lambda r: (r["set"], MODES.index(r["mode"])))
    summary_file.write_text(json.dumps(rows, indent=2))
    print_table(model.model, rows)
    console.print(
        f"peak memory (RSS of this process) {peak_gb:.2f} GB; finished {time.strftime('%Y-%m-%d %H:%M')}"
    )
    docs = Path(__file__).resolve().parent.parent / "docs"
    if root == ROOT:  # the published plots show the committed results only
        plots = [plot_accuracy(root, docs / "accuracy.png", data_dir), plot_merge_trigger(root, docs)]
        console.print(f"plots: {', '.join(map(str, plots))}")


MODES = ["greedy", "sc", "csc"]
MERGE_RATIOS = [0.0, 0.2, 0.25, 1 / 3, 0.5, 0.75, 1.0]


def merge_trigger_ablation(dataset, csc_rows: dict) -> list[dict]:
    """EX of csc under other merge triggers (``merge_min_ratio``), from one run with the paper's
    trigger: a question whose first vote a stricter trigger would not merge keeps the sc answer.
    Exact, since the merge that does run is the same call either way. Empty when the rows predate
    the recorded vote sizes."""
    if not csc_rows or any("votes" not in row for row in csc_rows.values()):
        return []
    out = []
    for ratio in MERGE_RATIOS:
        chosen = {}
        merges = 0
        for key, row in csc_rows.items():
            merges_here = row["merged"] and contested(row["votes"], ratio)
            merges += merges_here
            chosen[key] = row["sql"] if merges_here else row["sc_sql"]
        report = evaluate(dataset, chosen)
        out.append({"merge_min_ratio": round(ratio, 3), "merges": merges, "accuracy": report.accuracy})
    return out


def print_ablation(model: str, spec: str, ablation: list[dict]) -> None:
    table = Table(title=f"{model} on {spec}: csc EX by merge trigger (runner-up share of the leader's votes)")
    for col in ["merge_min_ratio", "merges", "EX %"]:
        table.add_column(col)
    for row in ablation:
        table.add_row(f"{row['merge_min_ratio']:.2f}", str(row["merges"]), f"{100 * row['accuracy']:.2f}")
    console.print(table)


def _read_json(path: Path, default):
    return json.loads(path.read_text()) if path.exists() else default


def summarize(model: str, spec: str, mode: str, report, by_id: dict) -> dict:
    seconds = [v["seconds"] for v in by_id.values()]
    gen_s = sum(v["generation_s"] for v in by_id.values())
    return {
        "model": model,
        "set": spec,
        "mode": mode,
        "questions": len(by_id),
        "correct": report.correct,
        "accuracy": report.accuracy,
        "by_difficulty": {k: v.get("accuracy") for k, v in report.to_json()["by_difficulty"].items()},
        "mean_s": statistics.mean(seconds),
        "median_s": statistics.median(seconds),
        "p90_s": percentile(seconds, 0.9),
        "merged": sum(v["merged"] for v in by_id.values()) if mode == "csc" else 0,
        # generation_s covers the prompt and the sampling of every candidate (merge excluded)
        "prompt_tokens_evaluated": sum(v["prompt_tokens_evaluated"] for v in by_id.values()),
        "generated_tokens": sum(v["generated_tokens"] for v in by_id.values()),
        "model_s": gen_s,
    }


def print_table(model: str, rows: list[dict]) -> None:
    table = Table(title=f"{model}: execution accuracy and seconds per question")
    for col in ["set", "mode", "questions", "EX %", "median s", "p90 s", "mean s", "x greedy", "merges"]:
        table.add_column(col)
    greedy_mean = {r["set"]: r["mean_s"] for r in rows if r["mode"] == "greedy"}
    for row in rows:
        base = greedy_mean.get(row["set"])
        ratio = f"{row['mean_s'] / base:.2f}" if base else "-"
        table.add_row(
            row["set"],
            row["mode"],
            str(row["questions"]),
            f"{100 * row['accuracy']:.2f}",
            f"{row['median_s']:.2f}",
            f"{row['p90_s']:.2f}",
            f"{row['mean_s']:.2f}",
            ratio if row["mode"] != "sc" else "(in csc)",
            str(row["merged"]),
        )
    console.print(table)


def current_figures(root: Path, data_dir: str | None = None) -> list[dict]:
    """EX of greedy, sc and csc per (model, set) from the runs ``current.json`` names, rescored from
    their recorded answers as ``slmsql eval`` scores today (Spider: the official evaluator's reading),
    csc at the default merge trigger of instruct models: a question whose first vote that trigger
    would not merge keeps the sc answer."""
    trigger = DIRECT.merge_min_ratio
    out = []
    for model, by_set in _read_json(root / CURRENT_RUNS, {}).items():
        if model.startswith("_"):
            continue
        for spec, runs in by_set.items():
            name, _, size = spec.partition(":")
            dataset = load_dataset(name, data_dir=data_dir)
            examples = select_examples(dataset, sample=int(size) if size else None, seed=0)
            figures = {"model": model, "set": spec}
            predictions = {}
            if runs.get("greedy"):
                greedy = _rows(root / model / runs["greedy"].replace(":", "-") / "greedy.jsonl")
                predictions["greedy"] = {k: v["sql"] for k, v in greedy.items()}
            if runs.get("csc"):
                csc = _rows(root / model / runs["csc"].replace(":", "-") / "csc.jsonl")
                predictions["sc"] = {k: v["sc_sql"] for k, v in csc.items()}
                predictions["csc"] = {
                    k: v["sql"] if v["merged"] and contested(v["votes"], trigger) else v["sc_sql"]
                    for k, v in csc.items()
                }
            for mode, chosen in predictions.items():
                answered = replace(dataset, examples=tuple(e for e in examples if e.id in chosen))
                figures[mode] = evaluate(answered, chosen).accuracy
                if len(answered.examples) < len(examples):
                    figures["partial"] = f"{len(answered.examples)} of {len(examples)} questions"
            out.append(figures)
    return out


def _rows(path: Path) -> dict:
    return {row["id"]: row for row in map(json.loads, path.read_text().splitlines()) if row}


def plot_accuracy(root: Path, out: Path, data_dir: str | None = None) -> Path:
    """One panel per set, a group of bars per model: greedy, sc and csc side by side, with the
    current defaults only (the history stays in docs/benchmarks.md)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figures = current_figures(root, data_dir)
    sets = sorted({f["set"] for f in figures})
    fig, axes = plt.subplots(1, len(sets), figsize=(4.2 * len(sets), 4), sharey=True, squeeze=False)
    for ax, spec in zip(axes[0], sets, strict=True):
        here = sorted((f for f in figures if f["set"] == spec), key=lambda f: f["model"])
        for i, mode in enumerate(MODES):
            values = [100 * f[mode] if mode in f else float("nan") for f in here]
            xs = [x + (i - 1) * 0.27 for x in range(len(here))]
            bars = ax.bar(xs, values, 0.27, label=mode, color=("#9e9e9e", "#5b8fd1", "#1f4e9c")[i])
            ax.bar_label(bars, labels=[f"{v:.1f}" for v in values], fontsize=7)
            for x, v in zip(xs, values, strict=True):
                if v != v:  # NaN: no run with the current defaults
                    ax.text(x, 1, "not run", rotation=90, ha="center", va="bottom", fontsize=7, color="#666")
        names = [
            f["model"].replace("qwen2.5-coder-", "Qwen2.5-Coder ")
            + (f"\n({f['partial']})" if "partial" in f else "")
            for f in here
        ]
        ax.set_xticks(range(len(here)), names)
        ax.set_title(spec, fontsize=10)
        ax.set_ylim(0, 100)
    axes[0][0].set_ylabel("execution accuracy (%)")
    axes[0][0].legend(loc="upper left", fontsize=8)
    fig.suptitle(
        "slmsql on CPU (llama.cpp, Q4_K_M), current defaults "
        f"(csc merges at trigger {DIRECT.merge_min_ratio:g})\n"
        "Spider scored as the official evaluator scores it; BIRD mini-dev as BIRD's script",
        fontsize=10,
    )
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


def plot_merge_trigger(root: Path, docs: Path) -> Path:
    """csc EX against merge_min_ratio, a line per (model, set), with the set's sc EX dashed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for path in sorted(root.glob("*/*/merge-trigger.json")):
        model, spec = path.parent.parent.name, path.parent.name
        ablation = _read_json(path, [])
        xs = [r["merge_min_ratio"] for r in ablation]
        line = ax.plot(xs, [100 * r["accuracy"] for r in ablation], marker="o", label=f"{model} {spec} csc")
        sc = _read_json(path.parent / "report-sc.json", {}).get("accuracy")
        if sc is not None:
            ax.axhline(100 * sc, linestyle="--", color=line[0].get_color(), label=f"{model} {spec} sc")
    ax.set_xlabel("merge_min_ratio (runner-up votes / leader votes needed to merge; 0 = the paper)")
    ax.set_ylabel("execution accuracy (%)")
    ax.set_title("csc accuracy by merge trigger (untrained model as its own merge model)", fontsize=10)
    ax.legend(fontsize=7)
    fig.tight_layout()
    out = docs / "merge_trigger.png"
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


if __name__ == "__main__":
    run_command(main)
