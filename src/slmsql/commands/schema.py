"""`slmsql schema`: print a database's schema as the prompt shows it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from slmsql.commands.output import err_console, printable
from slmsql.db.demo import resolve_database
from slmsql.db.schema_source import SchemaSource
from slmsql.errors import InputError


def schema(
    db: Annotated[str, typer.Option("--db", help="SQLite database file, or 'demo'.")],
    question: Annotated[
        str | None, typer.Option("--question", help="Show the values this question mentions first.")
    ] = None,
    tables_json: Annotated[
        Path | None, typer.Option("--tables-json", help="Spider/BIRD tables.json with column descriptions.")
    ] = None,
    db_id: Annotated[
        str | None, typer.Option("--db-id", help="The database's id in tables.json (default: file stem).")
    ] = None,
    no_values: Annotated[
        bool, typer.Option("--no-values", help="Do not search the question's values.")
    ] = False,
) -> None:
    """Print the schema of a database (CREATE TABLE blocks with descriptions and example values)."""
    if question is not None and not question.strip():
        raise InputError("empty_question", "--question is empty")
    # The bar appears only when a value index is actually being built (not when it is cached).
    progress = Progress(
        TextColumn("indexing values"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )
    task = None

    def on_progress(done: int, total: int) -> None:
        nonlocal task
        if task is None:
            progress.start()
            task = progress.add_task("values", total=total)
        progress.update(task, completed=done)

    try:
        source = SchemaSource(tables_json, on_index_progress=on_progress)
        text = source.render(resolve_database(db), question=question, db_id=db_id, use_values=not no_values)
    finally:
        if task is not None:
            progress.stop()
    # Plain stdout, not rich: the DDL holds brackets that rich would read as markup. Control
    # characters in names and example values are shown escaped, line by line.
    sys.stdout.write("\n".join(printable(line) for line in text.split("\n")) + "\n")


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
