"""A scripted backend and a fixed schema source for testing the inference flow without a model."""

from __future__ import annotations

from slmsql.db.schema import Column, ForeignKey, Schema, Table
from slmsql.db.schema_source import with_matched_values
from slmsql.db.values import ValueMatch
from slmsql.models.base import Backend, ChatPrompt, Completion, GenerationOutput, SamplingParams


class ScriptedBackend(Backend):
    """Returns the next scripted list of completion texts on each call; records every call."""

    name = "scripted"

    def __init__(self, *scripts: list[str]) -> None:
        self.scripts = list(scripts)
        self.calls: list[tuple[ChatPrompt, SamplingParams]] = []

    def render(self, prompt: ChatPrompt) -> str:
        return "\n".join(m["content"] for m in prompt.messages) + prompt.prefill

    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        self.calls.append((prompt, params))
        texts = self.scripts.pop(0)
        assert len(texts) == params.n, f"scripted {len(texts)} texts, asked for {params.n}"
        completions = tuple(Completion(t, "stop", len(t.split())) for t in texts)
        return GenerationOutput(
            completions, prompt_tokens=100, prompt_tokens_evaluated=40, prompt_s=0.01, generation_s=0.02
        )


SHOP_SCHEMA = Schema(
    db_id="shop",
    tables=(
        Table("customer", (Column("id", "INTEGER"), Column("name", "TEXT"), Column("city", "TEXT")), ("id",)),
        Table(
            "orders",
            (
                Column("id", "INTEGER"),
                Column("customer_id", "INTEGER"),
                Column("amount", "REAL"),
                Column("note", "TEXT"),
            ),
            ("id",),
            (ForeignKey("customer_id", "customer", "id"),),
        ),
    ),
)


class FixedSchemaSource:
    """One schema for every database; ``values`` are the matches every question gets."""

    def __init__(self, schema: Schema = SHOP_SCHEMA, values: list[ValueMatch] | None = None) -> None:
        self.fixed = schema
        self.values = values or []
        self.questions: list[str] = []

    def schema(self, db_path, db_id=None) -> Schema:
        return self.fixed

    def matches(self, db_path, question) -> list[ValueMatch]:
        self.questions.append(question)
        return self.values

    def for_question(self, db_path, question, db_id=None, use_values=True) -> Schema:
        self.questions.append(question)
        return with_matched_values(self.fixed, self.values if use_values else [])
