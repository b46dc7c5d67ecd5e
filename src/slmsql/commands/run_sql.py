"""`slmsql run-sql`: run one read-only query on a SQLite database."""

from __future__ import annotations

from pathlib import Path

import typer

from slmsql.commands.output import console, err_console, jsonable, print_json, require_text, result_table
from slmsql.db.demo import resolve_database
from slmsql.db.execute import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, execute_sql
from slmsql.errors import InputError


def run_sql(
    sql: str = typer.Argument(..., help="One read-only SQL query."),
    db: Path = typer.Option(..., "--db", help="SQLite database file, or `demo`."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT_S, "--timeout", help="Seconds before the query is stopped."
    ),
    max_rows: int = typer.Option(DEFAULT_MAX_ROWS, "--max-rows", help="Rows fetched at most."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Run one read-only query and print its result."""
    require_text(sql, "SQL")
    if timeout <= 0 or max_rows <= 0:
        raise InputError("bad_option", "--timeout and --max-rows must be positive")
    result = execute_sql(resolve_database(db), sql, timeout_s=timeout, max_rows=max_rows)
    if as_json:
        print_json(
            {
                "sql": result.sql,
                "columns": list(result.columns),
                "rows": [jsonable(r) for r in result.rows],
                "truncated": result.truncated,
                "elapsed_s": round(result.elapsed_s, 6),
                "error": result.error.value if result.error else None,
                "message": result.message,
            }
        )
    if not result.ok:
        if not as_json:
            err_console.print(
                f"error ({result.error.value}): {result.message}", highlight=False, soft_wrap=True
            )
        raise typer.Exit(1)
    if not as_json:
        console.print(result_table(result.columns, result.rows, limit=max_rows))
        note = " (truncated)" if result.truncated else ""
        console.print(f"{len(result.rows)} rows in {result.elapsed_s:.3f} s{note}", style="dim")


def register(app: typer.Typer) -> None:
    app.command("run-sql")(run_sql)
