"""`slmsql run-sql`: run one read-only query on a SQLite database."""

from __future__ import annotations

import typer

from slmsql.commands.output import (
    console,
    err_console,
    jsonable,
    print_json,
    printable,
    require_text,
    result_table,
)
from slmsql.db.demo import resolve_database
from slmsql.db.execute import execute_sql
from slmsql.db.limits import (
    DEFAULT_MAX_RESULT_BYTES,
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT_S,
    validate_max_result_bytes,
    validate_max_rows,
    validate_timeout,
)

# Rows a table on the terminal shows; --json has them all.
SHOWN_ROWS = 1_000


def run_sql(
    sql: str = typer.Argument(..., help="One read-only SQL query."),
    db: str = typer.Option(..., "--db", help="SQLite database file, `demo`, or a database URL."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT_S, "--timeout", help="Seconds before the query is stopped (at most 3600)."
    ),
    max_rows: int = typer.Option(DEFAULT_MAX_ROWS, "--max-rows", help="Rows fetched at most."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_RESULT_BYTES, "--max-bytes", help="Memory the fetched rows may take, in bytes."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Run one read-only query and print its result."""
    require_text(sql, "SQL")
    timeout = validate_timeout(timeout, "--timeout")
    max_rows = validate_max_rows(max_rows, "--max-rows")
    max_bytes = validate_max_result_bytes(max_bytes, "--max-bytes")
    result = execute_sql(
        resolve_database(db), sql, timeout_s=timeout, max_rows=max_rows, max_result_bytes=max_bytes
    )
    if as_json:
        print_json(
            {
                "sql": result.sql,
                "columns": list(result.columns),
                "rows": [jsonable(r) for r in result.rows],
                "truncated": result.truncated,
                "truncated_by": result.truncated_by or None,
                "elapsed_s": round(result.elapsed_s, 6),
                "error": result.error.value if result.error else None,
                "message": result.message,
            }
        )
    if not result.ok:
        if not as_json:
            err_console.print(f"error ({result.error.value}): {printable(result.message)}", soft_wrap=True)
        raise typer.Exit(1)
    if not as_json:
        console.print(result_table(result.columns, result.rows, limit=SHOWN_ROWS))
        shown = min(len(result.rows), SHOWN_ROWS)
        notes = [f"{len(result.rows)} rows in {result.elapsed_s:.3f} s"]
        if shown < len(result.rows):
            notes.append(f"first {shown} shown (--json has all)")
        if result.truncated:
            cut = "row cap" if result.truncated_by == "rows" else "byte budget"
            notes.append(f"truncated by the {cut}")
        console.print("; ".join(notes), style="dim")


def register(app: typer.Typer) -> None:
    app.command("run-sql")(run_sql)
