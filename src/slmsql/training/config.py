"""Training configs: settings dataclasses, one per trainer (as TRL pairs SFTConfig with SFTTrainer), so
``slmsql train sft --config FILE.yaml`` reads the same keys as the flags and an unknown key is named.

Field names follow TRL/transformers' (``learning_rate``, ``num_generations``, ``beta``, ...) so a TRL
recipe reads almost unchanged. Options that need a GPU (bf16, DeepSpeed, vLLM, device cuda) are
refused on a machine without one, with one line naming the option.
"""

from __future__ import annotations

from dataclasses import dataclass

from slmsql.settings import Settings, setting
from slmsql.training.rewards import REWARD_NAMES

SCHEDULERS = ("cosine", "linear", "constant", "constant_with_warmup", "cosine_with_min_lr")
DEVICES = ("auto", "cpu", "cuda")
TASKS = ("sql", "merge")
REPORT_TO = ("tensorboard", "none")
GRPO_LOSSES = ("dapo", "grpo", "dr_grpo", "bnpo")
SCALE_REWARDS = ("group", "batch", "none")
VLLM_MODES = ("colocate", "server")


@dataclass(frozen=True)
class TrainSettings(Settings):
    """Settings both trainers share."""

    concern = "train"

    model: str | None = setting(
        None, "Hugging Face folder (see slmsql models convert), hub id, or LoRA adapter folder to start from."
    )
    dataset: str | None = setting(None, "Training data folder or JSONL file written by slmsql data.")
    output_dir: str | None = setting(
        None, "Where the adapter or model, logs and slmsql.json go.", flags=("--out",)
    )
    task: str = setting(
        "sql", "What the model learns: sql (text-to-SQL) or merge (merge revision).", choices=TASKS
    )
    recipe: str | None = setting(None, "Name recorded in slmsql.json (default: the config file's name).")
    use_lora: bool = setting(
        True, "Train a LoRA adapter (peft) instead of every weight.", flags=("--lora/--full",)
    )
    lora_r: int = setting(16, "LoRA rank.", minimum=1)
    lora_alpha: int = setting(32, "LoRA alpha.", minimum=1)
    lora_dropout: float = setting(0.05, "LoRA dropout.", minimum=0.0, maximum=1.0)
    lora_target_modules: str = setting(
        "all-linear", "Modules LoRA adapts: all-linear or names, comma-separated."
    )
    learning_rate: float = setting(1e-4, "Peak learning rate.", minimum=0.0)
    lr_scheduler_type: str = setting("cosine", "Learning-rate schedule.", choices=SCHEDULERS)
    warmup_ratio: float = setting(0.05, "Share of steps spent warming up.", minimum=0.0, maximum=1.0)
    weight_decay: float = setting(0.0, "AdamW weight decay.", minimum=0.0)
    adam_beta2: float = setting(0.999, "AdamW beta2 (OmniSQL: 0.95).", minimum=0.0, maximum=1.0)
    max_grad_norm: float = setting(1.0, "Gradient clipping norm.", minimum=0.0)
    num_train_epochs: float = setting(1.0, "Epochs over the data.", minimum=0.0)
    max_steps: int = setting(-1, "Stop after this many optimizer steps (-1: by epochs).", minimum=-1)
    max_minutes: float | None = setting(
        None, "Wall-time budget: stop (and save) after this many minutes.", minimum=0
    )
    per_device_train_batch_size: int = setting(1, "Batch per device.", flags=("--batch-size",), minimum=1)
    gradient_accumulation_steps: int = setting(8, "Batches per optimizer step.", minimum=1)
    gradient_checkpointing: bool = setting(False, "Recompute activations to save memory.")
    limit: int | None = setting(None, "Train on the first K records only.", minimum=1)
    shuffle_seed: int | None = setting(
        0, "Shuffle the records with this seed before --limit (null: keep order)."
    )
    seed: int = setting(42, "Seed of initialisation and sampling.", minimum=0)
    logging_steps: int = setting(1, "Log every this many steps.", minimum=1)
    save_steps: int = setting(0, "Save a checkpoint every this many steps (0: only at the end).", minimum=0)
    report_to: str = setting("tensorboard", "Logs besides metrics.jsonl.", choices=REPORT_TO)
    device: str = setting("auto", "auto, cpu or cuda.", choices=DEVICES)
    bf16: bool = setting(False, "bfloat16 mixed precision (GPU).")
    deepspeed: str | None = setting(None, "DeepSpeed JSON config (GPU; launch with accelerate).")
    threads: int | None = setting(None, "CPU threads torch uses.", minimum=1)


@dataclass(frozen=True)
class SFTSettings(TrainSettings):
    """Supervised fine-tuning on prompt/completion records: the loss covers the completion (the
    assistant's tokens) only, whatever the chat template."""

    concern = "sft"

    max_length: int = setting(4096, "Longest tokenised record; longer ones are cut.", minimum=16)
    packing: bool = setting(False, "Pack several records into one sequence.")


@dataclass(frozen=True)
class GRPOSettings(TrainSettings):
    """GRPO with execution rewards (TRL GRPOTrainer)."""

    concern = "grpo"

    learning_rate: float = setting(1e-6, "Peak learning rate.", minimum=0.0)
    gradient_accumulation_steps: int = setting(1, "Batches per optimizer step.", minimum=1)
    per_device_train_batch_size: int = setting(
        8,
        "Completions per device per step (a multiple of num_generations).",
        flags=("--batch-size",),
        minimum=1,
    )
    num_generations: int = setting(8, "Completions sampled per prompt (the group).", minimum=2)
    max_completion_length: int = setting(512, "Most new tokens per completion.", minimum=1)
    temperature: float = setting(1.0, "Sampling temperature of the rollouts.", minimum=0.0, maximum=5.0)
    beta: float = setting(0.0, "KL coefficient (0: no reference model).", minimum=0.0)
    loss_type: str = setting("dapo", "Loss aggregation.", choices=GRPO_LOSSES)
    scale_rewards: str = setting("group", "Advantage scaling.", choices=SCALE_REWARDS)
    epsilon_high: float | None = setting(
        None, "Upper clip range (DAPO's clip-higher, e.g. 0.28).", minimum=0.0
    )
    reward: str = setting("slm-sql", "Reward recipe.", choices=REWARD_NAMES)
    reward_timeout_s: float = setting(10.0, "Seconds a completion's query may run.", minimum=0.01)
    use_vllm: bool = setting(False, "Generate with vLLM (GPU).")
    vllm_mode: str = setting(
        "colocate", "vLLM beside the trainer or as a server (trl vllm-serve).", choices=VLLM_MODES
    )
    vllm_server_base_url: str | None = setting(None, "URL of the vLLM server (server mode).")
    vllm_gpu_memory_utilization: float = setting(
        0.3, "GPU memory vLLM takes (colocate).", minimum=0.05, maximum=1.0
    )
