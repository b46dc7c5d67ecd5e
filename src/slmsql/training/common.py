"""What the SFT and GRPO trainers share: checks, model and data loading, TRL arguments, logging
callbacks (metrics.jsonl, wall-time budget, rich progress) and the finished run's folder."""

from __future__ import annotations

import json
import math
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from transformers import TrainerCallback

from slmsql.errors import InputError
from slmsql.training.checkpoint import read_run_info, write_run_info
from slmsql.training.config import TrainSettings
from slmsql.training.data import load_records

METRICS_FILE = "metrics.jsonl"


# -- checks -----------------------------------------------------------------------------------------


def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def gpu_options(settings: TrainSettings) -> list[str]:
    """The options set that need a GPU, as their flags."""
    chosen = []
    if settings.device == "cuda":
        chosen.append("--device cuda")
    if settings.bf16:
        chosen.append("--bf16")
    if settings.deepspeed:
        chosen.append("--deepspeed")
    if getattr(settings, "use_vllm", False):
        chosen.append("--use-vllm")
    return chosen


def check_settings(settings: TrainSettings) -> None:
    """One line for a missing required setting or a GPU option on a machine without a GPU."""
    settings.require("model", "dataset", "output_dir", command=f"train {settings.concern}")
    needs_gpu = gpu_options(settings)
    if needs_gpu and not cuda_available():
        raise InputError(
            "gpu_required",
            f"train {settings.concern}: {', '.join(needs_gpu)} needs a CUDA GPU and none is available",
        )
    if settings.deepspeed and not Path(settings.deepspeed).expanduser().is_file():
        raise InputError("deepspeed_missing", f"deepspeed config {settings.deepspeed}: no such file")


def use_cpu(settings: TrainSettings) -> bool:
    return settings.device == "cpu" or (settings.device == "auto" and not cuda_available())


# -- model and data ---------------------------------------------------------------------------------


def resolve_trainable(model: str) -> tuple[str, str | None, dict]:
    """(weights folder or hub id, adapter folder or None, the folder's slmsql.json) for a model
    argument; a GGUF model is refused with the command that converts it."""
    from slmsql.models.registry import LocalModel, resolve

    resolved = resolve(model)
    if not isinstance(resolved, LocalModel) or resolved.path is None or resolved.path.is_file():
        raise InputError(
            "not_trainable",
            f"model {model}: GGUF models cannot be trained; convert it first: "
            "slmsql models convert NAME --out DIR",
        )
    folder = resolved.adapter or resolved.path
    return (
        str(resolved.path),
        str(resolved.adapter) if resolved.adapter else None,
        read_run_info(folder) or {},
    )


def load_model_and_tokenizer(settings: TrainSettings):
    """The model to train (a LoRA adapter to start from is merged into its base first) and its
    tokenizer."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    weights, adapter, _info = resolve_trainable(settings.model)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    dtype = torch.bfloat16 if settings.bf16 else torch.float32
    model = AutoModelForCausalLM.from_pretrained(weights, dtype=dtype)
    if adapter is not None:
        from peft import PeftModel

        if settings.use_lora:
            # Go on training the same adapter: the output then holds every step since the base, and
            # whatever loads it (export, the transformers backend) needs only the base beside it.
            model = PeftModel.from_pretrained(model, adapter, is_trainable=True)
        else:
            model = PeftModel.from_pretrained(model, adapter).merge_and_unload()
    tokenizer = AutoTokenizer.from_pretrained(adapter or weights)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    if not tokenizer.chat_template:
        raise InputError("no_chat_template", f"model {settings.model}: its tokenizer has no chat template")
    return model, tokenizer


def lora_config(settings: TrainSettings, model=None):
    """The LoRA to add; None for full training or when ``model`` already carries a trainable adapter
    (started from an adapter folder: its own rank and targets apply)."""
    if not settings.use_lora or hasattr(model, "peft_config"):
        return None
    from peft import LoraConfig

    targets = settings.lora_target_modules.strip()
    modules: str | list[str] = (
        targets if targets == "all-linear" else [t.strip() for t in targets.split(",") if t]
    )
    return LoraConfig(
        r=settings.lora_r,
        lora_alpha=settings.lora_alpha,
        lora_dropout=settings.lora_dropout,
        target_modules=modules,
        task_type="CAUSAL_LM",
    )


def load_training_data(settings: TrainSettings, columns: tuple[str, ...]):
    """The records as a ``datasets.Dataset`` holding ``columns`` (shuffled, then limited)."""
    import datasets

    records = load_records(settings.dataset)
    missing = [c for c in columns if c not in records[0]]
    if missing:
        raise InputError(
            "dataset_columns", f"training data {settings.dataset}: records have no {', '.join(missing)}"
        )
    data = datasets.Dataset.from_list([{c: r[c] for c in columns} for r in records])
    if settings.shuffle_seed is not None:
        data = data.shuffle(seed=settings.shuffle_seed)
    if settings.limit:
        data = data.select(range(min(settings.limit, len(data))))
    return data


def trainer_arguments(settings: TrainSettings, own: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments of TRL's config class shared by SFT and GRPO."""
    out = Path(settings.output_dir).expanduser()
    args = dict(
        output_dir=str(out),
        learning_rate=settings.learning_rate,
        lr_scheduler_type=settings.lr_scheduler_type,
        warmup_steps=settings.warmup_ratio,  # a float below 1 is a share of the steps
        weight_decay=settings.weight_decay,
        adam_beta2=settings.adam_beta2,
        max_grad_norm=settings.max_grad_norm,
        num_train_epochs=settings.num_train_epochs,
        max_steps=settings.max_steps,
        per_device_train_batch_size=settings.per_device_train_batch_size,
        gradient_accumulation_steps=settings.gradient_accumulation_steps,
        activation_checkpointing=settings.gradient_checkpointing,
        seed=settings.seed,
        logging_steps=settings.logging_steps,
        save_strategy="steps" if settings.save_steps else "no",
        save_steps=settings.save_steps or 500,
        report_to=[] if settings.report_to == "none" else [settings.report_to],
        use_cpu=use_cpu(settings),
        bf16=settings.bf16,
        deepspeed=settings.deepspeed,
        disable_tqdm=True,  # the rich progress bar replaces it
        dataloader_pin_memory=not use_cpu(settings),
    )
    args.update(own)
    return args


# -- callbacks --------------------------------------------------------------------------------------


class MetricsLog(TrainerCallback):
    """One JSON line per log event in ``metrics.jsonl``: step, loss, reward and its parts, learning
    rate, seconds since the start."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.started = time.monotonic()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("", encoding="utf-8")

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or not logs:
            return
        row = {
            "step": state.global_step,
            "epoch": state.epoch,
            "seconds": round(time.monotonic() - self.started, 2),
        }
        for key, value in logs.items():
            if isinstance(value, (int, float)) and math.isfinite(value):
                row[key] = value
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")


class TimeBudget(TrainerCallback):
    """Stops training (the model is still saved) once ``minutes`` have passed."""

    def __init__(self, minutes: float) -> None:
        self.deadline = time.monotonic() + minutes * 60
        self.stopped_at: int | None = None

    def on_step_end(self, args, state, control, **kwargs):
        if time.monotonic() >= self.deadline:
            control.should_training_stop = True
            self.stopped_at = state.global_step
        return control


def attach_callbacks(trainer, settings: TrainSettings) -> TimeBudget | None:
    from transformers.trainer_callback import PrinterCallback, ProgressCallback
    from trl.trainer.callbacks import RichProgressCallback

    for callback in (ProgressCallback, PrinterCallback):
        trainer.remove_callback(callback)
    trainer.add_callback(RichProgressCallback())
    trainer.add_callback(MetricsLog(Path(settings.output_dir).expanduser() / METRICS_FILE))
    if settings.max_minutes:
        budget = TimeBudget(settings.max_minutes)
        trainer.add_callback(budget)
        return budget
    return None


def throughput(metrics: Path) -> dict[str, float]:
    """Tokens per second, seconds per step and peak GPU memory of a run, from its metrics.jsonl
    (TRL logs ``num_tokens``, the tokens seen so far) and torch's memory statistics."""
    from slmsql.training.plots import read_metrics

    rows = [r for r in read_metrics(metrics) if "num_tokens" in r and r.get("step")]
    found: dict[str, float] = {}
    if rows:
        last = rows[-1]
        found["tokens"] = last["num_tokens"]
        found["tokens_per_second"] = round(last["num_tokens"] / max(last["seconds"], 1e-9), 1)
        found["seconds_per_step"] = round(last["seconds"] / last["step"], 3)
    if cuda_available():
        import torch

        found["peak_gpu_memory_gb"] = round(torch.cuda.max_memory_allocated() / 1e9, 2)
    return found


# -- the finished run -------------------------------------------------------------------------------


def finish(
    trainer, tokenizer, settings: TrainSettings, kind: str, started: float, budget, extra=None
) -> Path:
    """Save the model (adapter) and tokenizer, write slmsql.json and the curves PNG."""
    out = Path(settings.output_dir).expanduser()
    trainer.save_model(str(out))
    tokenizer.save_pretrained(str(out))
    weights, adapter, info = resolve_trainable(settings.model)
    base = info.get("base_model") or settings.model
    state = trainer.state
    write_run_info(out, throughput=throughput(out / METRICS_FILE))
    write_run_info(
        out,
        base_model=base,
        trained_from=str(settings.model),
        source_gguf=info.get("source_gguf"),
        prompt_style="think",
        task=settings.task,
        trainer=kind,
        recipe=settings.recipe,
        adapter=settings.use_lora,
        steps=state.global_step,
        seconds=round(time.monotonic() - started, 1),
        stopped_by_time_budget=bool(budget and budget.stopped_at is not None),
        settings={f.name: getattr(settings, f.name) for f in fields(settings)},
        **(extra or {}),
    )
    from slmsql.training.plots import plot_metrics

    plot_metrics(out / METRICS_FILE, out / "curves.png", title=f"{kind} {Path(settings.output_dir).name}")
    return out
