"""Settings of one inference run: how many candidates, how they are sampled, run and voted on."""

from __future__ import annotations

from dataclasses import dataclass

from slmsql.db.limits import DEFAULT_MAX_RESULT_BYTES, MAX_RESULT_BYTES_LIMIT, MAX_TIMEOUT_S, MIN_RESULT_BYTES
from slmsql.prompts.styles import PromptStyle
from slmsql.settings import Settings, setting

MODES = ("greedy", "sc", "csc")
# Where the question's matched database values go: among the columns' examples in the schema (the
# OmniSQL format SLM-SQL trained on) or in a section of their own after it ("section"), which keeps
# the schema the same for every question on a database so its evaluation is reused.
VALUE_PLACEMENTS = ("schema", "section")


@dataclass(frozen=True)
class InferenceConfig(Settings):
    """The paper samples 64 candidates and 8 merge revisions on GPUs; the CPU defaults are 8 and 4.
    Settings left None follow the prompt style of the model (``PromptStyle``)."""

    concern = "inference"

    mode: str = setting(
        "csc", "greedy (one answer), sc (self-consistency) or csc (with merge revision).", choices=MODES
    )
    n: int = setting(8, "Candidates sampled (sc, csc).", flags=("-n", "--samples"), minimum=1, maximum=256)
    m: int = setting(
        4, "Merge-revision samples (csc).", flags=("-m", "--merge-samples"), minimum=1, maximum=64
    )
    temperature: float = setting(0.8, "Sampling temperature of sc and csc.", minimum=0.0, maximum=5.0)
    top_p: float = setting(
        0.95, "Nucleus sampling: keep the likeliest tokens up to this mass.", minimum=0.0, maximum=1.0
    )
    max_tokens: int | None = setting(
        None,
        "Most new tokens per candidate (default by prompt style: 320 direct, 1024 think).",
        minimum=1,
        maximum=32_768,
    )
    seed: int = setting(0, "Seed of sampling (and of predict's --sample).", minimum=0)
    timeout_s: float = setting(
        30.0,
        "Seconds each candidate query may run.",
        flags=("--timeout",),
        minimum=0.001,
        maximum=MAX_TIMEOUT_S,
    )
    max_rows: int = setting(1000, "Rows kept in the final answer.", minimum=1, maximum=1_000_000)
    max_result_bytes: int = setting(
        DEFAULT_MAX_RESULT_BYTES,
        "Memory one candidate's result may take; its rows are cut there (and the answer says so).",
        flags=("--max-bytes",),
        minimum=MIN_RESULT_BYTES,
        maximum=MAX_RESULT_BYTES_LIMIT,
    )
    use_values: bool = setting(
        True,
        "Find database values the question mentions and show them in the prompt.",
        flags=("--match-values/--no-match-values",),
    )
    repair_columns: bool = setting(
        True,
        "Requalify a column a candidate put on the wrong table of its FROM clause when the query "
        "fails with 'no such column'.",
        flags=("--repair/--no-repair",),
    )
    schema_tokens: int | None = setting(
        None,
        "Most tokens the schema may take in the prompt; a larger schema is cut to the tables and columns "
        "the question needs (default: half the model's context, 4096 when the backend does not say).",
        minimum=64,
        maximum=1_000_000,
    )
    early_stop: bool = setting(
        False,
        "Draw half the samples first and stop when they all execute and agree (sc, csc): the vote's "
        "answer is the one all N would give, at about half the sampling time on easy questions.",
    )
    merge_min_ratio: float | None = setting(
        None,
        "Merge only when the runner-up group has this share of the leader's votes (0: always, as the "
        "paper; default by prompt style: 0 for SLM-SQL-trained models, 0.75 for instruct ones).",
        minimum=0.0,
        maximum=1.0,
    )
    value_placement: str | None = setting(
        None,
        "Where matched values go: 'schema' (among the columns' examples, as SLM-SQL trained) or "
        "'section' (after the schema, so its evaluation is reused); default by prompt style.",
        flags=("--values",),
        choices=VALUE_PLACEMENTS,
    )

    def merge_trigger(self, merge_style: PromptStyle) -> float:
        """The merge_min_ratio in force for a merge model of ``merge_style``."""
        return self.merge_min_ratio if self.merge_min_ratio is not None else merge_style.merge_min_ratio

    def values_in(self, prompt_style: PromptStyle) -> str:
        """The value placement in force for a generation model of ``prompt_style``."""
        return self.value_placement or prompt_style.value_placement

    def tokens_for(self, prompt_style: PromptStyle) -> int:
        return self.max_tokens if self.max_tokens is not None else prompt_style.max_tokens

    @property
    def samples(self) -> int:
        return 1 if self.mode == "greedy" else self.n

    @property
    def most_samples(self) -> int:
        """The most sequences one generation call asks for (sampling or, in csc, merging)."""
        return max(self.samples, self.m if self.mode == "csc" else 1)
