"""Execution accuracy and speed of greedy vs sc vs csc on Spider dev (a fixed sample) and BIRD mini-dev.

One csc run yields both the sc and the csc answer (sc is the first vote's winner, before any merge
revision), so each model runs twice per set: greedy and csc. Predictions, per-question timings and
the evaluation reports go to bench/results/<model>/<set>/; a summary table is printed and a PNG plot
written to docs/accuracy.png.

    .venv/bin/python bench/accuracy.py --model qwen2.5-coder-1.5b --sets spider-dev:200 bird-minidev
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.predict import select_examples
from slmsql.inference.api import TextToSQL
from slmsql.inference.config import UNTRAINED_MERGE_MIN_RATIO
from slmsql.inference.voting import contested

ROOT = Path(__file__).resolve().parent / "results"
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


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--sets", nargs="+", default=["spider-dev:200", "bird-minidev"])
    parser.add_argument("--modes", nargs="+", default=["greedy", "csc"], choices=["greedy", "csc"])
    parser.add_argument("-n", type=int, default=8)
    parser.add_argument("-m", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--merge-min-ratio",
        type=float,
        default=0.0,
        help="the run's merge trigger (0, the paper's, lets the ablation table cover every ratio)",
    )
    parser.add_argument(
        "--value-placement",
        choices=["schema", "section"],
        default=None,
        help="where question-matched values go in the prompt (default: by prompt style)",
    )
    parser.add_argument(
        "--no-repair",
        action="store_true",
        help="leave candidates that put a column on the wrong table as they are (ablation)",
    )
    parser.add_argument(
        "--early-stop",
        action="store_true",
        help="draw half the samples first and stop when they agree (adaptive sampling)",
    )
    parser.add_argument(
        "--tag", default="", help="suffix of the result folder and set name, to keep an A/B arm apart"
    )
    parser.add_argument("--data-dir", default=None)
    parser.add_argument(
        "--budget-minutes",
        type=float,
        default=None,
        help="stop asking new questions after this long per mode; the summary then covers the "
        "questions every mode answered (marked partial); a later run resumes",
    )
    args = parser.parse_args()

    summary_file = ROOT / args.model / "summary.json"
    summary = {(r["set"], r["mode"]): r for r in _read_json(summary_file, [])}
    labels = [spec + (f"-{args.tag}" if args.tag else "") for spec in args.sets]
    for spec, label in zip(args.sets, labels, strict=True):
        name, _, size = spec.partition(":")
        dataset = load_dataset(name, data_dir=args.data_dir)
        examples = select_examples(dataset, sample=int(size) if size else None, seed=args.seed)
        out_dir = ROOT / args.model / label.replace(":", "-")
        out_dir.mkdir(parents=True, exist_ok=True)
        rows = {}
        for mode in args.modes:
            with TextToSQL(
                args.model,
                mode=mode,
                n=args.n,
                m=args.m,
                seed=args.seed,
                tables_json=dataset.tables_json,
                merge_min_ratio=args.merge_min_ratio,
                value_placement=args.value_placement,
                repair_columns=not args.no_repair,
                early_stop=args.early_stop,
            ) as t2s:
                deadline = time.monotonic() + 60 * args.budget_minutes if args.budget_minutes else None
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
                print_ablation(args.model, label, ablation)
        for mode, by_id in preds.items():
            report = evaluate(answered, {k: v["sql"] for k, v in by_id.items()})
            (out_dir / f"report-{mode}.json").write_text(json.dumps(report.to_json(), indent=2))
            summary[(label, mode)] = summarize(args.model, label, mode, report, by_id)
            if len(common) < len(examples):
                summary[(label, mode)]["partial"] = f"{len(common)} of {len(examples)} questions"
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    for row in summary.values():
        if row["set"] in labels:
            row["peak_rss_gb"] = round(peak_gb, 2)
    rows = sorted(summary.values(), key=lambda r: (r["set"], MODES.index(r["mode"])))
    summary_file.write_text(json.dumps(rows, indent=2))
    print_table(args.model, rows)
    console.print(
        f"peak memory (RSS of this process) {peak_gb:.2f} GB; finished {time.strftime('%Y-%m-%d %H:%M')}"
    )
    docs = Path(__file__).resolve().parent.parent / "docs"
    console.print(f"plots: {plot_accuracy(ROOT, docs / 'accuracy.png')}, {plot_merge_trigger(ROOT, docs)}")


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


def plot_accuracy(root: Path, out: Path) -> Path:
    """Grouped bars: EX per (model, set), one bar per mode, from every model's summary.json."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for f in sorted(root.glob("*/summary.json")) for r in _read_json(f, [])]
    keys = sorted({(r["model"], r["set"]) for r in rows})
    # csc under the default merge trigger of instruct models, from the ablation where recorded
    default = f"csc, trigger {UNTRAINED_MERGE_MIN_RATIO:g}"
    for model, spec in keys:
        ablation = _read_json(root / model / spec.replace(":", "-") / "merge-trigger.json", [])
        hit = [a for a in ablation if abs(a["merge_min_ratio"] - UNTRAINED_MERGE_MIN_RATIO) < 1e-3]
        if hit:
            rows.append({"model": model, "set": spec, "mode": default, "accuracy": hit[0]["accuracy"]})
    modes = [*MODES, default]
    fig, ax = plt.subplots(figsize=(max(6, 2.6 * len(keys)), 4))
    width = 0.8 / len(modes)
    for i, mode in enumerate(modes):
        found = [
            next((r for r in rows if (r["model"], r["set"], r["mode"]) == (*k, mode)), None) for k in keys
        ]
        values = [100 * r["accuracy"] if r else float("nan") for r in found]  # NaN: not measured, no bar
        offset = (i - (len(modes) - 1) / 2) * width
        label = "csc, paper trigger" if mode == "csc" else mode
        bars = ax.bar([x + offset for x in range(len(keys))], values, width, label=label)
        ax.bar_label(
            bars, labels=[f"{v:.1f}" if r else "" for v, r in zip(values, found, strict=True)], fontsize=7
        )
    partial = {(r["model"], r["set"]): r.get("partial") for r in rows if r.get("partial")}
    ax.set_xticks(
        range(len(keys)),
        [f"{m}\n{s}" + (f"\n({partial[(m, s)]})" if (m, s) in partial else "") for m, s in keys],
        fontsize=8,
    )
    ax.set_ylabel("execution accuracy (%)")
    ax.set_ylim(0, 100)
    ax.set_title("slmsql execution accuracy on CPU (llama.cpp, Q4_K_M)", fontsize=10)
    ax.legend()
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
    main()
