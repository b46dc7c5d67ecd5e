"""The merge-revision prompt: two disagreeing drafts with their results in, one corrected SQL out.

As in CSC-SQL, each draft is shown (cut at 500 characters) with its execution result (at most 20
rows and 1,000 characters; a failure as its error class), over a schema pruned to the tables and
columns the drafts use plus their keys, so a small model reads less and compares more.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.optimizer.qualify import qualify

from slmsql.db.execute import QueryResult
from slmsql.db.render import render_schema, schema_engine
from slmsql.db.schema import Schema
from slmsql.prompts.chat import ChatPrompt
from slmsql.prompts.styles import PromptStyle
from slmsql.prompts.text_to_sql import question_block

MAX_SQL_CHARS = 500
MAX_RESULT_ROWS = 20
MAX_RESULT_CHARS = 1000


def _columns_by_table(tree: exp.Expression, schema: Schema) -> dict[str, set[str]]:
    """Resolve each column to the schema table it reads (sqlglot's qualifier resolves aliases and
    unqualified names); a column it cannot place counts for every table the query reads."""
    mapping = {t.name: {c.name: (c.type or "TEXT") for c in t.columns} for t in schema.tables}
    try:
        tree = qualify(
            tree.copy(),
            schema=mapping,
            dialect="sqlite",
            validate_qualify_columns=False,
            quote_identifiers=False,
        )
    except Exception:  # noqa: BLE001 - a draft the qualifier cannot handle is matched loosely below
        pass
    aliases = {t.alias_or_name.lower(): t.name.lower() for t in tree.find_all(exp.Table)}
    tables = set(aliases.values())
    used: dict[str, set[str]] = {t: set() for t in tables}
    for column in tree.find_all(exp.Column):
        owner = aliases.get(column.table.lower()) if column.table else None
        for table in [owner] if owner else tables:
            used[table].add(column.name.lower())
    return used


def used_tables_and_columns(sqls: list[str], schema: Schema) -> dict[str, set[str]]:
    """Schema tables the queries read, each with the schema columns the queries take from it."""
    used: dict[str, set[str]] = {}
    for sql in sqls:
        try:
            tree = sqlglot.parse_one(sql, read="sqlite")
        except (ParseError, TokenError):
            continue
        for table, columns in _columns_by_table(tree, schema).items():
            used.setdefault(table, set()).update(columns)
    keep: dict[str, set[str]] = {}
    for table in schema.tables:
        if table.name.lower() in used:
            keep[table.name] = {c.name for c in table.columns if c.name.lower() in used[table.name.lower()]}
    return keep


def format_result(result: QueryResult) -> str:
    """A compact, bounded text form of an execution result for the prompt."""
    if not result.ok:
        return f"Error: {result.error.value}" + (f" ({result.message[:200]})" if result.message else "")
    header = " | ".join(result.columns)
    lines = [header] + [
        " | ".join("NULL" if v is None else str(v) for v in row) for row in result.rows[:MAX_RESULT_ROWS]
    ]
    more = len(result.rows) - MAX_RESULT_ROWS
    if more > 0 or result.truncated:
        lines.append(f"... ({'more' if result.truncated else more} more rows)")
    text = "\n".join(lines)
    if len(text) > MAX_RESULT_CHARS:
        text = text[:MAX_RESULT_CHARS] + "\n... (cut)"
    return text if result.rows else f"{header}\n(no rows)"


def _draft_block(label: str, sql: str, result: QueryResult) -> str:
    shown = sql if len(sql) <= MAX_SQL_CHARS else sql[:MAX_SQL_CHARS] + " ..."
    return f"{label} SQL:\n{shown}\n{label} result:\n{format_result(result)}"


def merge_prompt(
    schema: Schema,
    question: str,
    drafts: list[tuple[str, QueryResult]],
    style: PromptStyle,
    evidence: str = "",
) -> ChatPrompt:
    """The prompt asking the merge model to revise two drafts into one correct query."""
    if len(drafts) != 2:
        raise ValueError("the merge prompt takes exactly two drafts")
    keep = used_tables_and_columns([sql for sql, _ in drafts], schema)
    schema_text = render_schema(schema.pruned(keep) if keep else schema)
    engine = schema_engine(schema)
    user = "\n\n".join(
        [
            f"Task overview:\nTwo draft {engine} queries were written for the question below and they return "
            "different results. Compare the drafts and their results against the question and the schema, "
            f"decide what each gets right or wrong, and write one corrected {engine} query.",
            f"Database engine:\n{engine}",
            f"Database schema (the tables and columns the drafts use):\n{schema_text.strip()}",
            f"Question:\n{question_block(question, evidence)}",
            _draft_block("Draft 1", *drafts[0]),
            _draft_block("Draft 2", *drafts[1]),
            "Instructions:\n- Keep what is right in either draft and fix what is wrong.\n"
            "- Select only the columns the question asks for.\n"
            "- The corrected query may equal one of the drafts when that draft is right.",
            style.output_format.replace("SQLite", engine),
        ]
    )
    system = style.system.replace("SQLite", engine)
    messages = ({"role": "system", "content": system}, {"role": "user", "content": user})
    return ChatPrompt(messages=messages, prefill=style.prefill, stop=style.stop, detour=True)
