"""Settings of one inference run."""

from __future__ import annotations

from dataclasses import dataclass

from slmsql.errors import InputError

MODES = ("greedy", "sc", "csc")
# Where the question's matched database values go: among the columns' examples in the schema (the
# OmniSQL format SLM-SQL trained on) or in a section of their own after it ("section"), which keeps
# the schema the same for every question on a database so its evaluation is reused.
VALUE_PLACEMENTS = ("schema", "section")


@dataclass(frozen=True)
class InferenceConfig:
    """``n`` samples per question and ``m`` merge samples; the paper uses 64 and 8 on GPUs, CPU
    defaults are 8 and 4. ``max_tokens`` None picks by prompt style (reasoning needs more)."""

    mode: str = "csc"
    n: int = 8
    m: int = 4
    temperature: float = 0.8
    top_p: float = 0.95
    max_tokens: int | None = None
    seed: int = 0
    timeout_s: float = 30.0
    max_rows: int = 1000  # rows kept for the final answer
    use_values: bool = True  # question-matched values in the schema
    # Requalify columns a candidate put on the wrong table of its FROM clause (db.repair) when it
    # failed with "no such column".
    repair_columns: bool = True
    # Adaptive sampling (sc, csc): draw half the samples first and stop when they all execute and
    # agree; the vote's answer is the one all N would give, at about half the sampling cost.
    early_stop: bool = False
    # The merge revision runs when the runner-up result group has at least this fraction of the
    # leading group's votes; 0 is the paper's rule (any two groups). None: by the merge model's
    # prompt style (see default_merge_min_ratio).
    merge_min_ratio: float | None = None
    # None: by the prompt style (see default_value_placement).
    value_placement: str | None = None

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise InputError("unknown_mode", f"mode {self.mode!r}: unknown (use {', '.join(MODES)})")
        if self.value_placement is not None and self.value_placement not in VALUE_PLACEMENTS:
            raise InputError(
                "unknown_value_placement",
                f"value placement {self.value_placement!r}: unknown (use {', '.join(VALUE_PLACEMENTS)})",
            )
        if self.n < 1 or self.m < 1:
            raise InputError("bad_samples", f"sample counts must be at least 1 (n={self.n}, m={self.m})")
        if self.merge_min_ratio is not None and not 0.0 <= self.merge_min_ratio <= 1.0:
            raise InputError(
                "bad_merge_ratio", f"merge_min_ratio {self.merge_min_ratio}: must be between 0 and 1"
            )
        if self.timeout_s <= 0:
            raise InputError("bad_timeout", f"timeout {self.timeout_s}: must be positive")

    def merge_trigger(self, merge_style: str) -> float:
        """The merge_min_ratio in force for a merge model of ``merge_style``."""
        if self.merge_min_ratio is not None:
            return self.merge_min_ratio
        return default_merge_min_ratio(merge_style)

    def values_in(self, prompt_style: str) -> str:
        """The value placement in force for a generation model of ``prompt_style``."""
        return self.value_placement or default_value_placement(prompt_style)

    @property
    def samples(self) -> int:
        return 1 if self.mode == "greedy" else self.n

    def tokens_for(self, prompt_style: str) -> int:
        if self.max_tokens is not None:
            return self.max_tokens
        return 1024 if prompt_style == "think" else 320


# A think-style model is an SLM-SQL-trained one, whose merge model learned the job: it gets the
# paper's trigger. An untrained instruct model revising its own drafts replaced correct clear
# majorities (7 votes to 1) more often than it fixed wrong ones, so it revises only close votes
# (4 to 3, 3 to 3, 5 to 4, ...). The merge-trigger ablation in docs/benchmarks.md measures each
# ratio on the Spider sample (1.5B: 60.0 with the paper's trigger, 66.0 at 0.5, 70.0 at 0.75).
UNTRAINED_MERGE_MIN_RATIO = 0.75


def default_merge_min_ratio(merge_style: str) -> float:
    return 0.0 if merge_style == "think" else UNTRAINED_MERGE_MIN_RATIO


def default_value_placement(prompt_style: str) -> str:
    # Trained (think-style) models saw the values inside the schema; untrained instruct models read
    # either layout (A/B in docs/benchmarks.md) and the section makes every question on a database
    # after the first reuse the schema's evaluation.
    return "schema" if prompt_style == "think" else "section"
