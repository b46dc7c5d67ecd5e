"""Training curves as a PNG: loss and, for GRPO, the reward and its parts, against the step."""

from __future__ import annotations

import json
from pathlib import Path

# Plotted when present: (metrics key, label). Rewards come from TRL's GRPO logs.
CURVES = (
    ("loss", "loss"),
    ("reward", "reward (total)"),
    ("rewards/execution/mean", "execution"),
    ("rewards/format_reward/mean", "format"),
    ("rewards/arctic/mean", "arctic"),
    ("rewards/graded/mean", "graded"),
)


def read_metrics(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def plot_metrics(metrics: Path, png: Path, title: str = "") -> Path | None:
    """Draw each known curve found in ``metrics`` (a metrics.jsonl) into ``png``; None when empty."""
    rows = read_metrics(metrics)
    present = [(key, label) for key, label in CURVES if any(key in r for r in rows)]
    if not present:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    has_loss = any(key == "loss" for key, _ in present)
    rewards = [(k, label) for k, label in present if k != "loss"]
    panels = int(has_loss) + int(bool(rewards))
    fig, axes = plt.subplots(1, panels, figsize=(6 * panels, 4), squeeze=False)
    column = 0
    if has_loss:
        points = [(r["step"], r["loss"]) for r in rows if "loss" in r]
        axes[0][column].plot(*zip(*points, strict=True), label="loss")
        axes[0][column].set_xlabel("step")
        axes[0][column].set_ylabel("training loss")
        column += 1
    for key, label in rewards:
        points = [(r["step"], r[key]) for r in rows if key in r]
        axes[0][column].plot(*zip(*points, strict=True), label=label)
    if rewards:
        axes[0][column].set_xlabel("step")
        axes[0][column].set_ylabel("mean reward")
        axes[0][column].legend()
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    png.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(png, dpi=110)
    plt.close(fig)
    return png
