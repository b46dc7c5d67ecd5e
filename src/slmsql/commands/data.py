"""`slmsql data build-sft | build-merge | difficulty`: training data for `slmsql train`."""

from __future__ import annotations

import json

import typer

from slmsql.commands.output import console
from slmsql.commands.settings_options import with_settings
from slmsql.training.data import (
    MANIFEST,
    DifficultySettings,
    MergeDataSettings,
    SFTDataSettings,
    build_difficulty,
    build_merge,
    build_sft,
)

data_app = typer.Typer(
    help="Build training data: reasoning SFT, merge revision, difficulty.", no_args_is_help=True
)


def _report(out) -> None:
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    counts = ", ".join(f"{k} {v}" for k, v in manifest.get("counts", {}).items())
    console.print(f"{manifest['records']} records in {out} ({counts})", soft_wrap=True)


@data_app.command("build-sft")
@with_settings
def build_sft_command(*, data: SFTDataSettings) -> None:
    """Reasoning-SFT records: think-style prompt, <think>/<answer> target with the gold SQL."""
    _report(build_sft(data))


@data_app.command("build-merge")
@with_settings
def build_merge_command(*, data: MergeDataSettings) -> None:
    """Merge-revision records from a drafting model's disagreeing drafts."""
    _report(build_merge(data))


@data_app.command("difficulty")
@with_settings
def difficulty_command(*, data: DifficultySettings) -> None:
    """Each record's pass rate under k samples; keeps 0 < rate < 1 by default (for GRPO)."""
    _report(build_difficulty(data))


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")
