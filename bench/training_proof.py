"""The proof-of-learning runs of docs/training.md in one figure and one table, read from their files.

Each figure is computed here from what the runs wrote, nothing typed in: training curves from each
run's ``metrics.jsonl``; Spider dev EX from the accuracy bench's ``greedy.jsonl`` rows, scored as
``slmsql eval`` scores (official Spider reading); held-out EX from ``slmsql predict`` rows (their
``correct``); GRPO's evaluation reward from ``slmsql data difficulty`` manifests (the mean of the
pass rates); the merge models from ``bench/merge_model.py``'s ``summary.json``.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/training_proof.py \
        --sft runs/sft2-0.5b-lora --grpo runs/grpo2-0.5b-lora --merge runs/merge2-0.5b-lora \
        --dev-base bench/results/qwen2.5-coder-0.5b/spider-dev-200-section/greedy.jsonl \
        --dev-sft runs/bench/runs/sft2-0.5b-lora.gguf/spider-dev-200/greedy.jsonl \
        --holdout-base runs/eval/base-holdout100.jsonl --holdout-sft runs/eval/sft2-holdout100.jsonl \
        --grpo-start runs/eval/grpo2-start --grpo-end runs/eval/grpo2-end \
        --merge-bench runs/merge-bench --out docs/training_proof.png
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from slmsql.commands.runner import run_command
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.predict import select_examples
from slmsql.training.plots import read_metrics

console = Console()


def _rows(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text().splitlines()) if r}


def dev_ex(paths: dict[str, Path], data_dir: str | None) -> dict[str, tuple[float, int]]:
    """EX of each greedy.jsonl on the questions all of them answered (Spider dev sample, seed 0)."""
    dataset = load_dataset("spider-dev", data_dir=data_dir)
    rows = {name: _rows(p) for name, p in paths.items()}
    common = set.intersection(*(set(r) for r in rows.values()))
    sample = [e for e in select_examples(dataset, sample=200, seed=0) if e.id in common]
    answered = replace(dataset, examples=tuple(sample))
    return {
        name: (evaluate(answered, {k: r[k]["sql"] for k in common}).accuracy, len(sample))
        for name, r in rows.items()
    }


def predict_ex(path: Path, ids: set[str] | None = None) -> tuple[float, int]:
    rows = [r for r in _rows(path).values() if ids is None or r["id"] in ids]
    return sum(bool(r["correct"]) for r in rows) / max(1, len(rows)), len(rows)


def mean_pass_rate(folder: Path) -> tuple[float, int]:
    """The mean of a difficulty run's pass rates (its histogram holds every prompt's rate)."""
    rates = json.loads((folder / "manifest.json").read_text())["pass_rates"]
    count = sum(rates.values())
    return sum(float(rate) * n for rate, n in rates.items()) / count, count


def main(
    sft: Path = typer.Option(..., "--sft", help="SFT run folder."),
    grpo: Path = typer.Option(..., "--grpo", help="GRPO run folder."),
    merge: Path = typer.Option(..., "--merge", help="Merge-model SFT run folder."),
    dev_base: Path = typer.Option(..., "--dev-base", help="Base model's greedy.jsonl on the dev sample."),
    dev_sft: Path = typer.Option(..., "--dev-sft", help="SFT model's greedy.jsonl on the dev sample."),
    holdout_base: Path = typer.Option(..., "--holdout-base", help="Base model's predict rows, held out."),
    holdout_sft: Path = typer.Option(..., "--holdout-sft", help="SFT model's predict rows, held out."),
    grpo_start: Path = typer.Option(..., "--grpo-start", help="Difficulty run of the start model."),
    grpo_end: Path = typer.Option(..., "--grpo-end", help="Difficulty run of the end model."),
    merge_bench: Path = typer.Option(..., "--merge-bench", help="Results folder of bench/merge_model.py."),
    out: Path = typer.Option(Path("docs/training_proof.png"), "--out", help="PNG to write."),
    data_dir: str | None = typer.Option(
        None, "--data-dir", help="Benchmark data folder (or SLMSQL_DATA_DIR)."
    ),
) -> None:
    """Figures and curves of the SFT, GRPO and merge-model proof runs."""
    dev = dev_ex({"base": dev_base, "sft": dev_sft}, data_dir)
    sft_rows = _rows(holdout_sft)
    held = {"base": predict_ex(holdout_base, set(sft_rows)), "sft": predict_ex(holdout_sft)}
    reward = {"start": mean_pass_rate(grpo_start), "end": mean_pass_rate(grpo_end)}
    merges = json.loads((merge_bench / "summary.json").read_text())

    table = Table(title="Proof runs (0.5B)")
    for column in ("measure", "before", "after", "questions"):
        table.add_column(column)
    table.add_row(
        "Spider dev sample EX, greedy",
        *(f"{100 * dev[k][0]:.1f}" for k in ("base", "sft")),
        str(dev["sft"][1]),
    )
    table.add_row(
        "held-out train EX, greedy",
        *(f"{100 * held[k][0]:.1f}" for k in ("base", "sft")),
        str(held["sft"][1]),
    )
    table.add_row(
        "GRPO eval reward (mean pass rate)",
        *(f"{reward[k][0]:.3f}" for k in ("start", "end")),
        str(reward["end"][1]),
    )
    figures = merges["figures"]
    untrained = figures.get("csc, merge model untrained", figures["csc as recorded"])
    trained = figures["csc, merge model trained"]
    table.add_row(
        "csc EX, paper trigger: merge model",
        f"{100 * untrained['ex']:.1f}",
        f"{100 * trained['ex']:.1f}",
        str(merges["questions"]),
    )
    console.print(table)
    plot(sft, grpo, merge, dev, held, reward, figures, out)
    console.print(f"wrote {out}")


def plot(sft, grpo, merge, dev, held, reward, figures, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(16, 4.2))
    for run, label in ((sft, "SFT (text-to-SQL)"), (merge, "SFT (merge revision)")):
        points = [(r["step"], r["loss"]) for r in read_metrics(run / "metrics.jsonl") if "loss" in r]
        axes[0].plot(*zip(*points, strict=True), label=label)
    axes[0].set(xlabel="optimizer step (2 records)", ylabel="training loss", title="SFT: loss")
    axes[0].legend()

    rows = [r for r in read_metrics(grpo / "metrics.jsonl") if "rewards/execution/mean" in r]
    axes[1].plot(
        [r["step"] for r in rows],
        [r["rewards/execution/mean"] for r in rows],
        "o-",
        alpha=0.6,
        label="training group (4 samples of 1 prompt)",
    )
    last = rows[-1]["step"] if rows else 1
    axes[1].plot(
        [0, last],
        [reward["start"][0], reward["end"][0]],
        "s--",
        color="black",
        label=f"{reward['end'][1]} held-out prompts × 4, start → end",
    )
    axes[1].set(
        xlabel="GRPO step", ylabel="execution reward (mean)", ylim=(-0.05, 1.05), title="GRPO: reward"
    )
    axes[1].legend(fontsize=8)

    names = ["dev EX\ngreedy", "held-out EX\ngreedy", "csc EX, paper\ntrigger"]
    before = [
        dev["base"][0],
        held["base"][0],
        figures.get("csc, merge model untrained", figures["csc as recorded"])["ex"],
    ]
    after = [dev["sft"][0], held["sft"][0], figures["csc, merge model trained"]["ex"]]
    x = range(len(names))
    axes[2].bar([i - 0.2 for i in x], [100 * v for v in before], 0.4, label="base / untrained merge model")
    axes[2].bar([i + 0.2 for i in x], [100 * v for v in after], 0.4, label="SFT / trained merge model")
    for i, (b, a) in enumerate(zip(before, after, strict=True)):
        axes[2].text(i - 0.2, 100 * b + 1, f"{100 * b:.1f}", ha="center", fontsize=8)
        axes[2].text(i + 0.2, 100 * a + 1, f"{100 * a:.1f}", ha="center", fontsize=8)
    axes[2].set_xticks(list(x), names)
    axes[2].set(ylabel="execution accuracy (%)", ylim=(0, 100), title="0.5B before and after training")
    axes[2].legend(fontsize=8)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    run_command(main)
