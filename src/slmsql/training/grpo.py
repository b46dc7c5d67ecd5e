"""GRPO with execution rewards through TRL's GRPOTrainer.

Prompts are the records' chat prompts; the rewards (``slmsql.training.rewards``) read each record's
``db_path`` and ``gold_sql`` and run completions through our safe execution. Generations, beta, loss
type, learning rate and lengths come from :class:`GRPOSettings`; vLLM generation (colocated or a
``trl vllm-serve`` server) when configured on a GPU machine.
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
from slmsql.training.config import GRPOSettings
from slmsql.training.rewards import ExecutionJudge, reward_functions

GRPO_COLUMNS = ("prompt", "db_path", "gold_sql")


def grpo_arguments(settings: GRPOSettings) -> dict:
    """GRPOConfig keywords beyond the shared ones."""
    own = dict(
        num_generations=settings.num_generations,
        max_completion_length=settings.max_completion_length,
        temperature=settings.temperature,
        beta=settings.beta,
        loss_type=settings.loss_type,
        scale_rewards=settings.scale_rewards,
        use_vllm=settings.use_vllm,
        log_completions=False,
    )
    if settings.epsilon_high is not None:
        own["epsilon_high"] = settings.epsilon_high
    if settings.use_vllm:
        own.update(
            vllm_mode=settings.vllm_mode, vllm_gpu_memory_utilization=settings.vllm_gpu_memory_utilization
        )
        if settings.vllm_mode == "server" and settings.vllm_server_base_url:
            own["vllm_server_base_url"] = settings.vllm_server_base_url
    return own


def check_batch(settings: GRPOSettings) -> None:
    batch = settings.per_device_train_batch_size * settings.gradient_accumulation_steps
    if batch % settings.num_generations:
        raise InputError(
            "bad_setting",
            f"train grpo: batch size x accumulation ({batch}) must be a multiple of num_generations "
            f"({settings.num_generations})",
        )


def train_grpo(settings: GRPOSettings) -> Path:
    """Run GRPO as ``settings`` say; returns the output folder."""
    check_settings(settings)
    check_batch(settings)
    started = time.monotonic()
    data = load_training_data(settings, GRPO_COLUMNS)
    model, tokenizer = load_model_and_tokenizer(settings)
    from trl import GRPOConfig, GRPOTrainer

    with ExecutionJudge(timeout_s=settings.reward_timeout_s) as judge:
        funcs, weights = reward_functions(settings.reward, judge)
        args = GRPOConfig(
            **trainer_arguments(settings, {**grpo_arguments(settings), "reward_weights": weights})
        )
        trainer = GRPOTrainer(
            model=model,
            reward_funcs=funcs,
            args=args,
            train_dataset=data,
            processing_class=tokenizer,
            peft_config=lora_config(settings, model),
        )
        budget = attach_callbacks(trainer, settings)
        trainer.train()
        extra = {"records": len(data), "reward": settings.reward, "reward_weights": weights}
        return finish(trainer, tokenizer, settings, "grpo", started, budget, extra)
