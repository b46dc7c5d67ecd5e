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
    name: str
    system: str
    output_format: str
    prefill: str
    stop: tuple[str, ...]


DIRECT = PromptStyle(
    name="direct",
    system="You are an expert SQLite developer. You answer with a single correct SQLite query.",
    output_format=(
        "Output format:\nWrite only the final SQLite query inside one ```sql code block, with no explanation."
    ),
    prefill="```sql\n",
    stop=("```",),
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
)

STYLES = {style.name: style for style in (DIRECT, THINK)}


def get_style(name: str) -> PromptStyle:
    try:
        return STYLES[name]
    except KeyError:
        known = ", ".join(sorted(STYLES))
        raise InputError("unknown_prompt_style", f"prompt style {name!r}: unknown (known: {known})") from None
