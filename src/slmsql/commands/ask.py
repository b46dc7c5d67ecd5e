"""`slmsql ask`: answer one question over a SQLite database."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.syntax import Syntax

from slmsql.commands.output import console, err_console, print_json, printable, require_text, result_table
from slmsql.commands.settings_options import with_settings
from slmsql.db.demo import resolve_database
from slmsql.inference.config import InferenceConfig
from slmsql.inference.result import Answer
from slmsql.models.settings import ModelSettings


@with_settings
def ask(
    question: str = typer.Argument(..., help="The question, in plain language."),
    db: str = typer.Option(
        ..., "--db", help="SQLite database file, 'demo' (the bundled shop database), or a database URL."
    ),
    evidence: str = typer.Option("", "--evidence", help="External knowledge (BIRD's evidence)."),
    tables_json: Path | None = typer.Option(
        None, "--tables-json", help="Spider/BIRD tables.json with descriptions."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    *,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """Answer a question with SQL: sample candidates, execute them, vote, revise disagreements."""
    require_text(question, "question")
    if evidence.strip():
        require_text(evidence, "evidence")
    db_path = resolve_database(db)
    from slmsql.inference.api import TextToSQL  # loads the model stack only when needed

    with TextToSQL.from_settings(model, inference, tables_json=tables_json) as t2s:
        if as_json:
            answer = t2s.ask(db_path, question, evidence=evidence)
        else:
            with err_console.status(printable(f"{inference.mode}: generating with {model.model} ...")):
                answer = t2s.ask(db_path, question, evidence=evidence)
    if as_json:
        print_json(answer.to_json())
    else:
        show_answer(answer)
    if answer.error:
        raise typer.Exit(1)


def show_answer(answer: Answer) -> None:
    if answer.sql:
        # Model output is data: control characters are shown escaped, line by line (newlines stay).
        shown = "\n".join(printable(line) for line in answer.sql.split("\n"))
        console.print(Syntax(shown, "sql", word_wrap=True, theme="ansi_dark"))
    if answer.error:
        err_console.print(printable(f"error ({answer.error}): {answer.message}"), soft_wrap=True)
    else:
        console.print(result_table(answer.columns, answer.rows, limit=50))
        more = " (more rows not shown)" if answer.truncated or len(answer.rows) > 50 else ""
        console.print(f"{len(answer.rows)} rows{more}", style="dim")
    t = answer.timings
    console.print(f"{answer.vote_summary()} · {t.total_s:.1f} s", style="dim", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
