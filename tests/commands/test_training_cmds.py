"""`slmsql data`, `slmsql train`, `slmsql export` and `slmsql models convert` as a user runs them:
bad input is one line and exit 2 (the end-to-end runs are in tests/training)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


def slmsql(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys; from slmsql.cli import main; sys.argv = ['slmsql', *sys.argv[1:]]; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["train", "sft", "--model", "m", "--dataset", "d", "--out", "o", "--bf16"],
            "--bf16 needs a CUDA GPU",
        ),
        (
            ["train", "grpo", "--model", "m", "--dataset", "d", "--out", "o", "--use-vllm"],
            "--use-vllm needs a CUDA GPU",
        ),
        (
            ["train", "sft", "--model", "m", "--dataset", "nope", "--out", "o"],
            "training data nope: no such file",
        ),
        (["train", "sft", "--dataset", "d", "--out", "o"], "--model is required"),
        (["data", "build-sft", "--dataset", "nope.json", "--out", "o"], "no such file"),
        (["data", "build-merge", "--out", "o"], "--dataset is required"),
        (["export", "gguf", "--model", "nope", "--out", "x.gguf"], "model folder nope not found"),
        (["export", "lora", "--out", "x.gguf"], "export lora: --lora is required"),
        (["export", "lora", "--lora", ".", "--out", "x.gguf"], "is not a LoRA adapter folder"),
        (["models", "convert", "nope-model", "--out", "o"], "not a known name"),
    ],
)
def test_bad_input_is_one_line(args, message, tmp_path, monkeypatch):
    import torch

    if torch.cuda.is_available() and "GPU" in message:
        pytest.skip("this machine has a GPU")
    done = slmsql(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], done.stderr


def test_unknown_config_key_is_named(tmp_path):
    config = tmp_path / "sft.yaml"
    config.write_text("model: m\nlerning_rate: 0.1\n")
    done = slmsql("train", "sft", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2
    assert (
        "lerning_rate" in done.stderr
        and str(config) in done.stderr
        and len(done.stderr.strip().splitlines()) == 1
    )


def test_shipped_recipes_load(tmp_path):
    """Every YAML recipe in configs/ is valid for its trainer or builder."""
    from slmsql.settings import resolve_settings
    from slmsql.training.config import GRPOSettings, SFTSettings
    from slmsql.training.data import DifficultySettings, MergeDataSettings, SFTDataSettings

    kinds = {
        "sft": SFTSettings,
        "grpo": GRPOSettings,
        "data-sft": SFTDataSettings,
        "data-merge": MergeDataSettings,
        "data-difficulty": DifficultySettings,
    }
    recipes = sorted((SRC.parent / "configs").rglob("*.yaml"))
    assert len(recipes) >= 8
    checked = 0
    for path in recipes:
        kind = next((k for k in sorted(kinds, key=len, reverse=True) if path.stem.startswith(k + "-")), None)
        if kind is None:
            continue  # accelerate configs
        [settings] = resolve_settings((kinds[kind],), config=path)
        checked += 1
        assert settings.recipe if hasattr(settings, "recipe") else True, path
    assert checked >= 6
