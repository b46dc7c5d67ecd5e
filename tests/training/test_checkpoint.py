"""slmsql.json: written by training runs, read by the registry so a trained model gets the think
prompt (and with it the paper's merge trigger) by itself."""

from __future__ import annotations

import json

import pytest

from slmsql.errors import InputError
from slmsql.inference.config import InferenceConfig
from slmsql.models.registry import resolve
from slmsql.prompts.styles import get_style
from slmsql.training.checkpoint import read_run_info, sidecar_path, write_run_info
from slmsql.training.common import resolve_trainable


def fake_hf_folder(path):
    path.mkdir(parents=True)
    (path / "config.json").write_text("{}")
    (path / "model.safetensors").write_bytes(b"")
    return path


def test_trained_folder_gets_the_think_prompt_and_the_paper_trigger(tmp_path):
    folder = fake_hf_folder(tmp_path / "m")
    assert resolve(str(folder)).prompt_style == "direct"
    write_run_info(folder, prompt_style="think", base_model="qwen2.5-coder-0.5b", recipe="r")
    style = resolve(str(folder)).prompt_style
    assert style == "think"
    assert InferenceConfig().merge_trigger(get_style(style)) == 0.0  # any disagreement, as the paper
    write_run_info(folder, steps=3)  # updates keep earlier keys
    assert read_run_info(folder)["recipe"] == "r" and read_run_info(folder)["steps"] == 3


def test_gguf_sidecar(tmp_path):
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 16)
    assert resolve(str(gguf)).prompt_style == "direct"
    sidecar_path(gguf).write_text(json.dumps({"prompt_style": "think"}))
    assert resolve(str(gguf)).prompt_style == "think" and read_run_info(gguf)["prompt_style"] == "think"


def test_gguf_models_are_not_trainable(tmp_path):
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 16)
    with pytest.raises(InputError, match="slmsql models convert"):
        resolve_trainable(str(gguf))


def test_random_checkpoint_shrinks_a_model_with_per_layer_types(tiny_model, tmp_path):
    """Qwen2's config lists one attention type per layer; fewer layers keep the first entries (the GPU
    check's CPU rehearsal shrinks Qwen2.5-Coder this way)."""
    import shutil

    from transformers import AutoConfig, Qwen2Config

    from slmsql.training.checkpoint import random_checkpoint

    source = tmp_path / "qwen"
    shutil.copytree(tiny_model, source)
    for weights in source.glob("*.safetensors"):
        weights.unlink()
    vocab = AutoConfig.from_pretrained(str(tiny_model)).vocab_size
    config = Qwen2Config(
        vocab_size=vocab,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=4,
        num_attention_heads=4,
        num_key_value_heads=2,
    )
    assert len(config.layer_types) == 4
    config.save_pretrained(str(source))
    out = random_checkpoint(str(source), tmp_path / "small", num_hidden_layers=2)
    saved = AutoConfig.from_pretrained(str(out))
    assert saved.num_hidden_layers == 2 and len(saved.layer_types) == 2
