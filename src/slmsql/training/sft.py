"""Supervised fine-tuning with TRL's SFTTrainer on prompt/completion records (``slmsql data``).

Records are conversational prompt/completion pairs, so TRL applies the model's own chat template and
computes the loss on the completion (the assistant's tokens) only: no token ids of one model family
are hard-coded. Full fine-tuning or LoRA through peft.
"""

from __future__ import annotations

import time
from pathlib import Path

from slmsql.errors import InputError
from slmsql.training.common import (
    attach_callbacks,
    check_settings,
    finish,
    load_model_and_tokenizer,
    load_training_data,
    lora_config,
    trainer_arguments,
)
from slmsql.training.config import SFTSettings

SFT_COLUMNS = ("prompt", "completion")


def train_sft(settings: SFTSettings) -> Path:
    """Run SFT as ``settings`` say; returns the output folder."""
    check_settings(settings)
    started = time.monotonic()
    data = load_training_data(settings, SFT_COLUMNS)
    model, tokenizer = load_model_and_tokenizer(settings)
    from trl import SFTConfig, SFTTrainer

    args = SFTConfig(
        **trainer_arguments(
            settings,
            dict(
                max_length=settings.max_length,
                packing=settings.packing,
                completion_only_loss=True,
                dataset_num_proc=1,
            ),
        )
    )
    trainer = SFTTrainer(
        model=model,
        args=args,
        train_dataset=data,
        processing_class=tokenizer,
        peft_config=lora_config(settings, model),
    )
    if len(trainer.train_dataset) == 0:
        # TRL drops a record whose completion --max-length cuts off entirely
        raise InputError(
            "no_training_records",
            f"--dataset {settings.dataset}: none of its {len(data)} records has an answer token within "
            f"--max-length {settings.max_length}; raise --max-length",
        )
    budget = attach_callbacks(trainer, settings)
    trainer.train()
    return finish(trainer, tokenizer, settings, "sft", started, budget, {"records": len(data)})
