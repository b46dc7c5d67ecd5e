"""`slmsql ask`: answer one question over a SQLite database."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.syntax import Syntax

from slmsql.commands import options
from slmsql.commands.output import console, err_console, jsonable, print_json, require_text, result_table
from slmsql.db.demo import resolve_database
from slmsql.inference.result import Answer


def answer_json(answer: Answer) -> dict:
    return {
        "sql": answer.sql,
        "columns": list(answer.columns),
        "rows": [jsonable(r) for r in answer.rows],
        "truncated": answer.truncated,
        "error": answer.error,
        "message": answer.message,
        "mode": answer.mode,
        "model": answer.model,
        "candidates": [
            {
                "sql": c.sql,
                "votes": c.votes,
                "group": c.group,
                "error": c.error,
                "repaired_from": c.repaired_from,
            }
            for c in answer.candidates
        ],
        "merged": answer.merge.ran,
        "merge": {
            "ran": answer.merge.ran,
            "reason": answer.merge.reason,
            "drafts": list(answer.merge.drafts),
            "outputs": [{"sql": c.sql, "votes": c.votes, "error": c.error} for c in answer.merge.outputs],
            "chosen_sql": answer.merge.chosen_sql,
        },
        "fallback": answer.fallback,
        "stopped_early": answer.stopped_early,
        "timings": {k: round(v, 4) for k, v in vars(answer.timings).items()},
        "tokens": vars(answer.tokens),
    }


def ask(
    question: str = typer.Argument(..., help="The question, in plain language."),
    db: str = typer.Option(
        ..., "--db", help="SQLite database file, or 'demo' for the bundled shop database."
    ),
    evidence: str = typer.Option("", "--evidence", help="External knowledge (BIRD's evidence)."),
    model: str = typer.Option(
        "qwen2.5-coder-1.5b", "--model", help="Registry name, GGUF file, HF folder or hub id."
    ),
    mode: str = typer.Option(
        "csc", "--mode", help="greedy, sc (self-consistency) or csc (with merge revision)."
    ),
    n: int = typer.Option(8, "-n", "--samples", help="Candidates sampled (sc, csc)."),
    m: int = typer.Option(4, "-m", "--merge-samples", help="Merge-revision samples (csc)."),
    merge_min_ratio: float | None = options.MERGE_MIN_RATIO,
    value_placement: str | None = options.VALUE_PLACEMENT,
    repair_columns: bool = options.REPAIR_COLUMNS,
    early_stop: bool = options.EARLY_STOP,
    merge_model: str | None = typer.Option(
        None, "--merge-model", help="Model for the merge revision (default: same)."
    ),
    backend: str | None = typer.Option(None, "--backend", help="llama.cpp, transformers, vllm or openai."),
    base_url: str | None = typer.Option(None, "--base-url", help="Server URL for --backend openai."),
    prompt_style: str | None = typer.Option(
        None, "--prompt-style", help="direct or think (default: per model)."
    ),
    seed: int = typer.Option(0, "--seed"),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds each candidate query may run."),
    tables_json: Path | None = typer.Option(
        None, "--tables-json", help="Spider/BIRD tables.json with descriptions."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Answer a question with SQL: sample candidates, execute them, vote, revise disagreements."""
    require_text(question, "question")
    if evidence.strip():
        require_text(evidence, "evidence")
    db_path = resolve_database(db)
    from slmsql.inference.api import TextToSQL  # loads the model stack only when needed

    with TextToSQL(
        model,
        mode=mode,
        n=n,
        m=m,
        merge_min_ratio=merge_min_ratio,
        value_placement=value_placement,
        repair_columns=repair_columns,
        early_stop=early_stop,
        merge_model=merge_model,
        backend=backend,
        base_url=base_url,
        prompt_style=prompt_style,
        seed=seed,
        timeout_s=timeout,
        tables_json=tables_json,
    ) as t2s:
        if as_json:
            answer = t2s.ask(db_path, question, evidence=evidence)
        else:
            with err_console.status(f"{mode}: generating with {model} ..."):
                answer = t2s.ask(db_path, question, evidence=evidence)
    if as_json:
        print_json(answer_json(answer))
    else:
        show_answer(answer)
    if answer.error:
        raise typer.Exit(1)


def show_answer(answer: Answer) -> None:
    if answer.sql:
        console.print(Syntax(answer.sql, "sql", word_wrap=True, theme="ansi_dark"))
    if answer.error:
        err_console.print(f"error ({answer.error}): {answer.message}", highlight=False, soft_wrap=True)
    else:
        console.print(result_table(answer.columns, answer.rows, limit=50))
        more = " (more rows not shown)" if answer.truncated or len(answer.rows) > 50 else ""
        console.print(f"{len(answer.rows)} rows{more}", style="dim")
    t = answer.timings
    console.print(f"{answer.vote_summary()} · {t.total_s:.1f} s", style="dim", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
