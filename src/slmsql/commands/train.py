"""`slmsql train sft | grpo --config FILE.yaml`: post-training with TRL (see docs/training.md)."""

from __future__ import annotations

from pathlib import Path

import typer

from slmsql.commands.output import console
from slmsql.commands.settings_options import with_settings
from slmsql.training.config import GRPOSettings, SFTSettings

train_app = typer.Typer(help="Train: SFT and GRPO with execution rewards (TRL).", no_args_is_help=True)


def _done(out: Path) -> None:
    console.print(f"trained: {out} (metrics.jsonl, curves.png, slmsql.json)", soft_wrap=True)


@train_app.command("sft")
@with_settings
def sft_command(*, train: SFTSettings) -> None:
    """Supervised fine-tuning (loss on the assistant's tokens; full or LoRA)."""
    from slmsql.training.sft import train_sft

    _done(train_sft(train))


@train_app.command("grpo")
@with_settings
def grpo_command(*, train: GRPOSettings) -> None:
    """GRPO with execution + format rewards."""
    from slmsql.training.grpo import train_grpo

    _done(train_grpo(train))


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
