"""`slmsql export gguf`: a trained model (LoRA merged) as a GGUF file for the llama.cpp backend;
`slmsql export lora`: a LoRA adapter as a GGUF adapter file that llama.cpp applies beside its base."""

from __future__ import annotations

import typer

from slmsql.commands.output import console
from slmsql.commands.settings_options import with_settings
from slmsql.training.export import GgufExportSettings
from slmsql.training.export_lora import LoraExportSettings

export_app = typer.Typer(help="Export trained models.", no_args_is_help=True)


@export_app.command("gguf")
@with_settings
def export_gguf_command(*, export: GgufExportSettings) -> None:
    """Merge LoRA, write GGUF, quantize with llama.cpp."""
    from slmsql.training.export import export_gguf

    export.require("model", "out", command="export gguf")
    path = export_gguf(
        export.model or "", export.out or "", lora=export.lora, quant=export.quant, reference=export.reference
    )
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
