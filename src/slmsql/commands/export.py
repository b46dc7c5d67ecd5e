"""`slmsql export gguf`: a trained model (LoRA merged) as a GGUF file for the llama.cpp backend;
`slmsql export lora`: a LoRA adapter as a GGUF adapter file that llama.cpp applies beside its base."""

from __future__ import annotations

from pathlib import Path

import typer

from slmsql.commands.output import console
from slmsql.commands.settings_options import with_settings
from slmsql.training.export_lora import LoraExportSettings

export_app = typer.Typer(help="Export trained models.", no_args_is_help=True)


@export_app.command("gguf")
def export_gguf_command(
    model: Path = typer.Option(..., "--model", help="Trained model folder (full model or LoRA adapter)."),
    out: Path = typer.Option(..., "--out", help="GGUF file to write."),
    lora: Path | None = typer.Option(None, "--lora", help="A LoRA adapter folder to merge into --model."),
    quant: str = typer.Option("q8_0", "--quant", help="f32, f16, q8_0 or q4_k_m."),
    reference: str | None = typer.Option(
        None, "--reference", help="GGUF (or model name) whose tokenizer to copy (default: from slmsql.json)."
    ),
) -> None:
    """Merge LoRA, write GGUF, quantize with llama.cpp."""
    from slmsql.training.export import export_gguf

    path = export_gguf(model, out, lora=lora, quant=quant, reference=reference)
    console.print(f"wrote {path} ({path.stat().st_size / 1e6:.0f} MB)", soft_wrap=True)


@export_app.command("lora")
@with_settings
def export_lora_command(*, export: LoraExportSettings) -> None:
    """Write a LoRA adapter as a GGUF adapter (ask/predict/serve --model BASE.gguf --lora FILE.gguf)."""
    from slmsql.training.export_lora import export_lora

    path = export_lora(export)
    console.print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) and its .slmsql.json", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
