"""Smoke runs of both trainers on a tiny random model (a few steps, seconds), config loading and the
one-line refusals."""

from __future__ import annotations

import json

import pytest

from slmsql.errors import InputError
from slmsql.settings import resolve_settings
from slmsql.training.config import GRPOSettings, SFTSettings
from slmsql.training.grpo import train_grpo
from slmsql.training.sft import train_sft
from tests.training.conftest import smoke_sft


def metrics(out):
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]


def test_sft_smoke_run_writes_adapter_metrics_and_run_info(tiny_model, sft_data, tmp_path):
    out = smoke_sft(
        tiny_model,
        sft_data,
        tmp_path / "run",
        max_steps=3,
        per_device_train_batch_size=2,
        learning_rate=1e-3,
        recipe="smoke",
    )
    assert (out / "adapter_model.safetensors").is_file() and (out / "adapter_config.json").is_file()
    rows = metrics(out)
    losses = [r["loss"] for r in rows if "loss" in r]
    assert len(losses) == 3 and all(loss > 0 for loss in losses)
    assert {"learning_rate", "seconds", "step"} <= rows[0].keys()
    info = json.loads((out / "slmsql.json").read_text())
    assert info["prompt_style"] == "think" and info["trainer"] == "sft" and info["recipe"] == "smoke"
    assert info["steps"] == 3 and info["adapter"] is True
    assert (out / "curves.png").is_file()


def test_sft_loss_covers_the_completion_only(tiny_model, sft_data):
    """TRL's completion mask: prompt tokens carry no loss, every completion token does."""
    from transformers import AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    from slmsql.training.common import load_training_data

    settings = SFTSettings(model=str(tiny_model), dataset=str(sft_data), output_dir="/tmp/unused", limit=1)
    data = load_training_data(settings, ("prompt", "completion"))
    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model))
    trainer = SFTTrainer(
        model=str(tiny_model),
        args=SFTConfig(output_dir="/tmp/unused", report_to=[], use_cpu=True),
        train_dataset=data,
        processing_class=tokenizer,
    )
    row = trainer.train_dataset[0]
    print(sorted(row))
    mask = row["completion_mask"] if "completion_mask" in row else [int(t != -100) for t in row["labels"]]
    assert 0 < sum(mask) < len(mask) and mask[0] == 0
    first = mask.index(1)
    assert all(mask[first:])  # one contiguous completion, to the end
    completion = tokenizer.decode(row["input_ids"][first:])
    assert completion.lstrip().startswith("<think>") and "</answer>" in completion
    assert "Database schema" not in completion


def test_grpo_smoke_run_logs_rewards(tiny_model, sft_data, tmp_path):
    out = train_grpo(
        GRPOSettings(
            model=str(tiny_model),
            dataset=str(sft_data),
            output_dir=str(tmp_path / "grpo"),
            max_steps=2,
            num_generations=2,
            per_device_train_batch_size=2,
            max_completion_length=8,
            report_to="none",
            learning_rate=1e-4,
        )
    )
    rows = metrics(out)
    assert any("rewards/execution/mean" in r for r in rows)
    assert any("rewards/format_reward/mean" in r for r in rows)
    assert (out / "adapter_model.safetensors").is_file()
    assert json.loads((out / "slmsql.json").read_text())["reward"] == "slm-sql"


def test_config_file_and_unknown_key(tmp_path):
    good = tmp_path / "sft.yaml"
    good.write_text("model: m\ndataset: d\nout: o\nlearning_rate: 0.0002\nlora_r: 8\n")
    [settings] = resolve_settings((SFTSettings,), config=good, explicit={"lora_r": 4})
    assert settings.learning_rate == 2e-4 and settings.lora_r == 4 and settings.output_dir == "o"
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: m\nlerning_rate: 0.1\n")
    with pytest.raises(InputError, match="lerning_rate") as caught:
        resolve_settings((SFTSettings,), config=bad)
    assert str(bad) in caught.value.message


def test_refusals_are_one_line(tiny_model, sft_data, tmp_path, monkeypatch):
    import slmsql.training.common as common

    monkeypatch.setattr(common, "cuda_available", lambda: False)
    with pytest.raises(InputError, match="--bf16 needs a CUDA GPU"):
        train_sft(
            SFTSettings(model=str(tiny_model), dataset=str(sft_data), output_dir=str(tmp_path), bf16=True)
        )
    with pytest.raises(InputError, match="--use-vllm needs a CUDA GPU"):
        train_grpo(
            GRPOSettings(
                model=str(tiny_model), dataset=str(sft_data), output_dir=str(tmp_path), use_vllm=True
            )
        )
    with pytest.raises(InputError, match="training data .*nope"):
        train_sft(
            SFTSettings(model=str(tiny_model), dataset=str(tmp_path / "nope"), output_dir=str(tmp_path))
        )
    with pytest.raises(InputError, match="--dataset is required"):
        train_sft(SFTSettings(model=str(tiny_model), output_dir=str(tmp_path)))
    with pytest.raises(InputError, match="multiple of num_generations"):
        train_grpo(
            GRPOSettings(
                model=str(tiny_model),
                dataset=str(sft_data),
                output_dir=str(tmp_path),
                per_device_train_batch_size=3,
                num_generations=2,
            )
        )


def test_training_from_an_adapter_continues_that_adapter(tiny_model, sft_data, tmp_path):
    """GRPO from the SFT adapter: the output adapter holds both runs' steps on the same base, so export
    and the transformers backend need only the base beside it."""
    first = smoke_sft(tiny_model, sft_data, tmp_path / "a", max_steps=1, warmup_ratio=0.0)
    second = smoke_sft(first, sft_data, tmp_path / "b", max_steps=1, warmup_ratio=0.0)
    config = json.loads((second / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == str(tiny_model)
    from safetensors.numpy import load_file

    a, b = load_file(first / "adapter_model.safetensors"), load_file(second / "adapter_model.safetensors")
    assert a.keys() == b.keys()
    assert any(abs(a[k] - b[k]).max() > 0 for k in a)  # trained further, from the first adapter


def test_sft_refuses_in_one_line_when_max_length_leaves_no_answer_token(tiny_model, sft_data, tmp_path):
    """TRL drops every record whose completion the length cut removes; an empty run is one clear line
    (it was "internal error: num_samples=0")."""
    with pytest.raises(InputError, match="raise --max-length") as refused:
        smoke_sft(tiny_model, sft_data, tmp_path / "run", max_length=16)
    assert refused.value.code == "no_training_records"
