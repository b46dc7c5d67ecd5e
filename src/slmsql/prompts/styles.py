"""Prompt styles: how a model is asked to lay out its answer, and where that answer ends.

*direct* suits base instruct models: the SQL alone in a ```sql block; the answer is pre-filled
with the opening fence and stops at the closing one, which keeps small models from rambling.
*think* suits SLM-SQL-trained models: reasoning in ``<think>``, the final query in ``<answer>``,
under an R1-style system prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

from slmsql.errors import InputError


@dataclass(frozen=True)
class PromptStyle:
    """How a model is asked, and the inference defaults that follow from it: ``max_tokens`` (room
    for reasoning), ``merge_min_ratio`` (when a merge revision runs; see docs/benchmarks.md, merge
    trigger) and ``value_placement`` (where question-matched values go in the prompt)."""

    name: str
    system: str
    output_format: str
    prefill: str
    stop: tuple[str, ...]
    max_tokens: int
    merge_min_ratio: float
    value_placement: str


DIRECT = PromptStyle(
    name="direct",
    system="You are an expert SQLite developer. You answer with a single correct SQLite query.",
    output_format=(
        "Output format:\nWrite only the final SQLite query inside one ```sql code block, with no explanation."
    ),
    prefill="```sql\n",
    stop=("```",),
    max_tokens=320,
    # An untrained instruct model revising its own drafts replaced correct clear majorities (7 votes
    # to 1) more often than it fixed wrong ones, so it revises only close votes (4 to 3, 3 to 3, ...).
    merge_min_ratio=0.75,
    # Untrained models read either layout; a section after the schema keeps the schema the same for
    # every question on a database, so its evaluation is reused.
    value_placement="section",
)

THINK = PromptStyle(
    name="think",
    system=(
        "You are a helpful assistant. You first think through the problem step by step, then give the "
        "answer. The reasoning goes inside <think> </think> tags and the answer inside <answer> </answer> "
        "tags, i.e. <think> reasoning here </think><answer> answer here </answer>."
    ),
    output_format=(
        "Output format:\nReason inside <think> </think>, then put the final SQLite query, starting with "
        "SELECT or WITH, inside <answer> </answer>."
    ),
    prefill="",
    stop=("</answer>",),
    max_tokens=1024,
    # SLM-SQL-trained models learned the merge job and the OmniSQL layout: the paper's trigger (any
    # disagreement) and values among the schema's examples.
    merge_min_ratio=0.0,
    value_placement="schema",
)

STYLES = {style.name: style for style in (DIRECT, THINK)}
PROMPT_STYLES = tuple(STYLES)


def style_for_model(name: str) -> PromptStyle:
    """The style a model answers in when nobody says: SLM-SQL-trained models reason in <think>
    tags, everything else is asked directly."""
    return THINK if "slm-sql" in name.lower() else DIRECT


def get_style(name: str) -> PromptStyle:
    try:
        return STYLES[name]
    except KeyError:
        known = ", ".join(sorted(STYLES))
        raise InputError("unknown_prompt_style", f"prompt style {name!r}: unknown (known: {known})") from None
