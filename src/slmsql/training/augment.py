"""Schema augmentation for training prompts (OmniSQL / SLM-SQL): tables shuffled; each table keeps
its keys and the columns the gold SQL uses, and every other column with probability ``keep_ratio``.
At evaluation time the whole schema is shown; training on varied partial schemas teaches the model
to read the schema rather than memorise it."""

from __future__ import annotations

import random
from dataclasses import replace

from slmsql.db.schema import Schema
from slmsql.prompts.merge import used_tables_and_columns


def key_columns(schema: Schema) -> dict[str, set[str]]:
    """Per table (lower case), its primary key and both ends of its foreign keys."""
    keys: dict[str, set[str]] = {t.name.lower(): {c.lower() for c in t.primary_key} for t in schema.tables}
    for table in schema.tables:
        for fk in table.foreign_keys:
            keys[table.name.lower()].add(fk.column.lower())
            keys.setdefault(fk.ref_table.lower(), set()).add(fk.ref_column.lower())
    return keys


def augment_schema(
    schema: Schema, gold_sql: str, rng: random.Random, *, keep_ratio: float = 0.7, shuffle: bool = True
) -> Schema:
    """A variant of ``schema`` for one training prompt (see the module text)."""
    used = {
        t.lower(): {c.lower() for c in cols}
        for t, cols in used_tables_and_columns([gold_sql], schema).items()
    }
    keys = key_columns(schema)
    tables = []
    for table in schema.tables:
        must = used.get(table.name.lower(), set()) | keys.get(table.name.lower(), set())
        columns = tuple(c for c in table.columns if c.name.lower() in must or rng.random() < keep_ratio)
        tables.append(replace(table, columns=columns or table.columns[:1]))
    if shuffle:
        rng.shuffle(tables)
    return replace(schema, tables=tuple(tables))
