"""Schema selection to a token budget on BIRD mini-dev, measured without a model: prompt tokens of the
schema (full against selected) and how often the selection keeps every table and column the gold SQL
uses (a question whose gold needs something left out cannot be answered from the prompt).

    .venv/bin/python bench/schema_budget.py --data-dir ../shared/data --budget 1024 \\
        [--values] [--json bench/results/schema_budget/summary.json]

Tokens are the estimate the selection itself uses (3 characters a token) unless ``--tokenizer
MODEL`` names an embedded model, whose llama.cpp tokenizer then counts the rendered DDL.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

import sqlglot
from sqlglot import exp

from slmsql.db.render import render_schema
from slmsql.db.schema_source import SchemaSource
from slmsql.db.selection import approx_tokens, select_schema


def gold_needs(sql: str, schema) -> tuple[set[str], set[tuple[str, str]]]:
    """Tables and (table, column) pairs the gold SQL names (columns of aliased tables resolved)."""
    tree = sqlglot.parse_one(sql, read="sqlite")
    aliases = {}
    tables = set()
    for table in tree.find_all(exp.Table):
        name = table.name.lower()
        if schema.table(name):
            tables.add(name)
            aliases[(table.alias_or_name or name).lower()] = name
    columns = set()
    for column in tree.find_all(exp.Column):
        qualifier = column.table.lower()
        owners = [aliases[qualifier]] if qualifier in aliases else list(tables)
        for owner in owners:
            if schema.table(owner).column(column.name):
                columns.add((owner, column.name.lower()))
                break
    return tables, columns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", default=os.environ.get("SLMSQL_DATA_DIR", "../shared/data"))
    parser.add_argument("--budget", type=int, default=1024)
    parser.add_argument("--values", action="store_true", help="rank with the question's matched values")
    parser.add_argument("--tokenizer", help="count tokens with this embedded model's tokenizer")
    parser.add_argument("--json")
    args = parser.parse_args()

    bird = Path(args.data_dir) / "bird_minidev"
    questions = json.loads((bird / "mini_dev_sqlite.json").read_text())
    databases = bird / "dev_databases"
    present = [q for q in questions if (databases / q["db_id"] / f"{q['db_id']}.sqlite").is_file()]
    source = SchemaSource(bird / "dev_tables.json", description_root=databases)
    count = approx_tokens
    if args.tokenizer:
        from slmsql.models.backends.llamacpp import LlamaCppBackend
        from slmsql.models.registry import resolve

        backend = LlamaCppBackend(resolve(args.tokenizer).path)
        count = lambda text: len(backend.tokenize(text))  # noqa: E731

    full_tokens, chosen_tokens, shown = [], [], []
    tables_kept = columns_kept = selected = 0
    for q in present:
        path = databases / q["db_id"] / f"{q['db_id']}.sqlite"
        schema = source.schema(path, q["db_id"])
        places = [(m.table, m.column) for m in source.matches(path, q["question"])] if args.values else []
        question = f"{q['evidence']} {q['question']}"
        chosen = select_schema(schema, question, args.budget, matched=places)
        full_tokens.append(count(render_schema(schema)))
        chosen_tokens.append(count(render_schema(chosen)))
        selected += chosen is not schema
        shown.append(len(chosen.tables) / len(schema.tables))
        try:
            tables, columns = gold_needs(q["SQL"], schema)
        except sqlglot.errors.ParseError:
            continue
        kept_tables = {t.name.lower() for t in chosen.tables}
        kept_columns = {(t.name.lower(), c.name.lower()) for t in chosen.tables for c in t.columns}
        tables_kept += tables <= kept_tables
        columns_kept += columns <= kept_columns
    n = len(present)
    summary = {
        "questions": n,
        "questions_in_data": len(questions),
        "databases": sorted({q["db_id"] for q in present}),
        "budget_tokens": args.budget,
        "token_count": args.tokenizer or "estimate (3 characters a token)",
        "values_used": args.values,
        "schema_tokens_full_mean": round(statistics.mean(full_tokens)),
        "schema_tokens_selected_mean": round(statistics.mean(chosen_tokens)),
        "selection_ran": selected,
        "tables_shown_share_mean": round(statistics.mean(shown), 3),
        "gold_tables_all_kept": tables_kept,
        "gold_columns_all_kept": columns_kept,
    }
    print(json.dumps(summary, indent=1))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    sys.exit(main())
