"""`slmsql predict`: answer a dataset's questions and write JSONL predictions for `slmsql eval`."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from slmsql.commands.output import console, err_console
from slmsql.commands.settings_options import with_settings
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.engine_urls import DatabaseURLTemplate
from slmsql.evaluation.predict import Order, PredictionRecord, predict, select_examples
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings


@with_settings
def predict_command(
    dataset: str = typer.Option(
        ..., "--dataset", help="spider-dev, spider-train, bird-minidev, bird-dev or a file."
    ),
    out: Path = typer.Option(..., "--out", help="JSONL file to write (one object per question)."),
    db_dir: Path | None = typer.Option(None, "--db-dir", help="Database folder for a dataset file."),
    data_dir: Path | None = typer.Option(
        None, "--data-dir", help="Benchmark data folder (or SLMSQL_DATA_DIR)."
    ),
    db_url: str | None = typer.Option(
        None,
        "--db-url",
        help="Answer each question on another engine: a database URL with {db_id} in it, e.g. "
        "'postgresql+psycopg://user@host:5432/{db_id}' or 'duckdb:////data/duck/{db_id}.duckdb' "
        "({db_id_lower}: lower-cased); the gold SQL still runs on the SQLite files.",
    ),
    limit: int | None = typer.Option(None, "--limit", help="Only the first K runnable questions."),
    sample: int | None = typer.Option(
        None, "--sample", help="A random sample of K runnable questions (seeded by --seed)."
    ),
    resume: bool = typer.Option(False, "--resume", help="Keep finished lines of --out and do the rest."),
    concurrency: int = typer.Option(
        1,
        "--concurrency",
        min=1,
        max=256,
        help="Questions in flight at once (for an OpenAI-compatible server that batches; 1 on a CPU).",
    ),
    order: Order = typer.Option(
        "database",
        "--order",
        help="Answer the questions grouped by database (reuses the model's cached schema prompt) or "
        "in dataset order; --out is written in dataset order either way.",
    ),
    *,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """Predict SQL for a dataset (resumable); prints the running accuracy when gold SQL is known."""
    target = DatabaseURLTemplate.parse(db_url) if db_url is not None else None
    data = load_dataset(dataset, data_dir=data_dir, db_dir=db_dir)
    examples = select_examples(data, limit=limit, sample=sample, seed=inference.seed)
    if target is not None:
        target.check(e.db_id for e in examples)  # before the model loads: a bad URL fails at once
    from slmsql.inference.api import TextToSQL

    with TextToSQL.from_settings(model, inference, tables_json=data.tables_json) as t2s:
        scored = {"checked": 0, "correct": 0}
        columns = [
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[acc]}"),
            TimeElapsedColumn(),
        ]
        with Progress(*columns, console=err_console) as progress:
            task = progress.add_task(f"predict {data.name}", total=len(examples), acc="")

            def on_record(record: PredictionRecord, _reused: bool) -> None:
                if record.correct is not None:
                    scored["checked"] += 1
                    scored["correct"] += int(record.correct)
                acc = scored["correct"] / scored["checked"] if scored["checked"] else 0.0
                progress.update(task, advance=1, acc=f"EX {acc:.1%}" if scored["checked"] else "")

            records = predict(
                data,
                examples,
                t2s.pipeline,
                out,
                resume=resume,
                on_record=on_record,
                concurrency=concurrency,
                order=order,
                db_url=target,
            )
    skipped = len(data.examples) - len(data.runnable)
    line = f"wrote {len(records)} predictions to {out}"
    if scored["checked"]:
        right, checked = scored["correct"], scored["checked"]
        line += f"; running EX {right}/{checked} = {right / checked:.2%}"
    if skipped:
        line += f"; {skipped} questions skipped: no database"
    if target is not None:
        line += f"; answered on {target.shown}"
    console.print(line, highlight=False, soft_wrap=True)  # paths and URLs whole, never cut
    subset = " --only-predicted" if len(examples) < len(data.runnable) else ""
    on = f" --db-url '{target.shown}'" if target is not None else ""
    score = f"score it: slmsql eval --dataset {dataset} --predictions {out}{subset}{on}"
    console.print(score, style="dim", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("predict")(predict_command)
