"""Schemas larger than the model's context: keep the tables and columns a question needs, to a budget.

When the rendered schema fits the budget (in the model's tokens) it is left whole. Otherwise tables
are ranked by what the question says: tables holding a value the question mentions first, then BM25
over each table's name, column names and descriptions against the question's words. Tables are taken
in that order, each with the tables its foreign keys join it to (a join needs both ends), until the
next one would not fit; then, if even the first tables do not fit, their columns are cut to the
keys, the matched columns and the columns the question names, in the table's order. The result says
what it left out (``schema.extra["selection"]``), and the DDL notes it in a comment, so the model
knows the schema shown is the part that answers the question, not the whole database.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from slmsql.db.render import render_schema
from slmsql.db.schema import Schema, Table

_WORD = re.compile(r"[a-z0-9]+")
# BM25's usual constants.
_K1, _B = 1.2, 0.75


def approx_tokens(text: str) -> int:
    """Tokens of ``text`` for a code model's tokenizer, estimated at 3 characters a token (DDL is dense
    in punctuation and short names; Qwen2.5's tokenizer measured 3.1-3.6 on Spider and BIRD schemas)."""
    return math.ceil(len(text) / 3)


def _words(text: str) -> list[str]:
    """Lower-case words, with snake_case and camelCase split (``customerId`` -> customer, id)."""
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text).replace("_", " ")
    return _WORD.findall(text.lower())


def _table_words(table: Table) -> list[str]:
    parts = [table.name, table.description]
    for column in table.columns:
        parts += [column.name, column.description]
    return _words(" ".join(parts))


def _bm25(query: list[str], docs: list[list[str]]) -> list[float]:
    n = len(docs)
    avg = sum(map(len, docs)) / n if n else 0.0
    df = Counter(w for doc in docs for w in set(doc))
    scores = []
    for doc in docs:
        tf = Counter(doc)
        score = 0.0
        for word in set(query):
            if word not in tf:
                continue
            idf = math.log(1 + (n - df[word] + 0.5) / (df[word] + 0.5))
            score += idf * tf[word] * (_K1 + 1) / (tf[word] + _K1 * (1 - _B + _B * len(doc) / (avg or 1)))
        scores.append(score)
    return scores


def rank_tables(schema: Schema, question: str, matched: set[str] = frozenset()) -> list[str]:
    """Table names, the likeliest needed first: matched values, then BM25, then schema order."""
    docs = [_table_words(t) for t in schema.tables]
    scores = _bm25(_words(question), docs)
    order = sorted(
        range(len(schema.tables)),
        key=lambda i: (schema.tables[i].name.lower() not in matched, -scores[i], i),
    )
    return [schema.tables[i].name for i in order]


def _neighbours(schema: Schema, name: str) -> list[str]:
    table = schema.table(name)
    out = [fk.ref_table for fk in table.foreign_keys] if table else []
    lowered = name.lower()
    out += [t.name for t in schema.tables if any(fk.ref_table.lower() == lowered for fk in t.foreign_keys)]
    return out


def _essential_columns(table: Table, question_words: set[str], matched: set[tuple[str, str]]) -> set[str]:
    keep = {c.lower() for c in table.primary_key} | {fk.column.lower() for fk in table.foreign_keys}
    for column in table.columns:
        named = set(_words(column.name + " " + column.description)) & question_words
        if named or (table.name.lower(), column.name.lower()) in matched:
            keep.add(column.name.lower())
    return keep


def select_schema(
    schema: Schema,
    question: str,
    budget: int,
    *,
    matched: list[tuple[str, str]] = (),
    count: Callable[[str], int] = approx_tokens,
) -> Schema:
    """``schema`` cut to at most ``budget`` tokens of rendered DDL for ``question`` (``matched``: the
    (table, column) places of the values the question mentions). A schema that fits is returned as is."""
    if count(render_schema(schema)) <= budget:
        return schema
    matched_places = {(t.lower(), c.lower()) for t, c in matched}
    matched_tables = {t for t, _ in matched_places}
    ranked = rank_tables(schema, question, matched_tables)
    keep: dict[str, set[str]] = {}

    def full(names) -> dict[str, set[str]]:
        return {n: {c.name.lower() for c in schema.table(n).columns} for n in names}

    def fits(selection: dict[str, set[str]]) -> bool:
        return count(render_schema(schema.pruned(selection))) <= budget

    words = set(_words(question))
    for rank, name in enumerate(ranked):
        if name in keep:
            continue
        group = [name] + [n for n in _neighbours(schema, name) if n not in keep and schema.table(n)]
        # A table's join partners come with it while they fit; the table alone otherwise; one of the
        # three likeliest tables with its columns cut to keys, matched and named ones at the last.
        trials = [{**keep, **full(group)}, {**keep, **full([name])}]
        if rank < 3:
            trials.append({**keep, name: _essential_columns(schema.table(name), words, matched_places)})
        for trial in trials:
            if fits(trial):
                keep = trial
                break
        else:
            if not keep and rank == 0:  # nothing fits: the likeliest table's essentials, over budget
                keep = trials[-1]
    chosen = schema.pruned(keep)
    order = {t.name: i for i, t in enumerate(schema.tables)}
    tables = tuple(sorted(chosen.tables, key=lambda t: order[t.name]))
    note = (
        f"{len(tables)} of {len(schema.tables)} tables shown: those the question needs, with the tables "
        "their keys join; the others are left out"
    )
    return replace(chosen, tables=tables, extra={**schema.extra, "selection": note})
