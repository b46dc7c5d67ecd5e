"""`slmsql eval`: score a predictions file on a benchmark dataset by execution accuracy."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from slmsql.commands.output import console, err_console, jsonable
from slmsql.db.execute import DEFAULT_TIMEOUT_S
from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.engine_urls import DatabaseURLTemplate
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.metrics import SpiderSemantics
from slmsql.evaluation.predictions import read_predictions
from slmsql.evaluation.report import render_report, write_details


def eval_command(
    dataset: Annotated[
        str,
        typer.Option(
            "--dataset",
            help="A named set (spider-dev, spider-train, bird-minidev, bird-dev) or a JSON/JSONL file.",
        ),
    ],
    predictions: Annotated[
        Path,
        typer.Option(
            "--predictions",
            help="Predicted SQL: one query per line in dataset order, JSONL with id and sql, or BIRD's "
            "predict_dev.json (question id -> SQL<TAB>----- bird -----<TAB>db_id).",
        ),
    ],
    db_dir: Annotated[
        Path | None, typer.Option("--db-dir", help="Folder of <db_id>/<db_id>.sqlite databases.")
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Benchmark data folder (else $SLMSQL_DATA_DIR).")
    ] = None,
    json_out: Annotated[
        str | None, typer.Option("--json", help="Write the report as JSON to this file ('-': stdout).")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds before a query is stopped.")
    ] = DEFAULT_TIMEOUT_S,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Worker processes (default: one per core).")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Evaluate only the first K questions.")] = None,
    details: Annotated[
        Path | None,
        typer.Option(
            "--details",
            help="Write one JSON line per question to this file: id, database, difficulty, correct, "
            "error class and message, row counts, seconds, databases it ran on.",
        ),
    ] = None,
    strict_columns: Annotated[
        bool,
        typer.Option(
            "--strict-columns",
            help="Spider: the predicted columns must come in the gold order (officially any order).",
        ),
    ] = False,
    keep_distinct: Annotated[
        bool,
        typer.Option(
            "--keep-distinct",
            help="Spider: run both queries with their DISTINCT (officially it is removed first).",
        ),
    ] = False,
    top_level_order: Annotated[
        bool,
        typer.Option(
            "--top-level-order",
            help="Spider: compare row order only when the gold SQL's outermost query has ORDER BY "
            "(officially: ORDER BY anywhere in its text).",
        ),
    ] = False,
    test_suite: Annotated[
        Path | None,
        typer.Option(
            "--test-suite",
            help="Folder of <db_id>/*.sqlite test-suite databases: a question is right only when it "
            "matches on all of its db_id's databases.",
        ),
    ] = None,
    only_predicted: Annotated[
        bool,
        typer.Option(
            "--only-predicted",
            help="Score only the questions a JSONL file predicts (e.g. from `slmsql predict --sample`).",
        ),
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Run the gold SQL even when its result is cached.")
    ] = False,
    db_url: Annotated[
        str | None,
        typer.Option(
            "--db-url",
            help="Run the predictions on another engine: a database URL with {db_id} in it (as for "
            "`slmsql predict --db-url`); the gold SQL runs on the SQLite files, floats are compared "
            "to 6 decimals.",
        ),
    ] = None,
) -> None:
    """Score predicted SQL against the gold SQL of a dataset (execution accuracy)."""
    if timeout <= 0:
        raise InputError("bad_option", "--timeout must be positive")
    # Worker processes are what bound a query that ignores SQLite's interrupt (docs/benchmarks.md,
    # "Hardening"): the command line has no in-process mode.
    if workers is not None and workers < 1:
        raise InputError("bad_option", f"--workers {workers}: must be 1 or more")
    if limit is not None and limit <= 0:
        raise InputError("bad_option", "--limit must be positive")
    out_file = _check_json_out(json_out)
    details_file = _check_out_file(details, "--details") if details is not None else None
    if test_suite is not None and not test_suite.expanduser().is_dir():
        raise InputError("test_suite_missing", f"--test-suite {test_suite}: not a directory")
    target = DatabaseURLTemplate.parse(db_url) if db_url is not None else None
    semantics = SpiderSemantics(
        permute_columns=not strict_columns,
        remove_distinct=not keep_distinct,
        order_anywhere=not top_level_order,
    )
    full = load_dataset(dataset, data_dir=data_dir, db_dir=db_dir)
    chosen = full.limited(limit)
    predicted = read_predictions(predictions, full, evaluated=chosen, require_all=not only_predicted)
    if only_predicted:
        chosen = replace(chosen, examples=tuple(e for e in chosen.examples if e.id in predicted))
        err_console.print(f"scoring the {len(chosen.examples)} questions the predictions file covers")
    if target is not None:
        if test_suite is not None:
            raise InputError("bad_option", "--test-suite and --db-url cannot go together")
        target.check(e.db_id for e in chosen.runnable)  # one line for a database it cannot reach

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task(f"evaluating {chosen.name}", total=None)
        report = evaluate(
            chosen,
            predicted,
            workers=workers,
            timeout_s=timeout,
            details=details_file is not None,
            use_cache=not no_cache,
            spider=semantics,
            test_suite=test_suite.expanduser() if test_suite is not None else None,
            db_url=target,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )

    if details_file is not None:
        write_details(report, details_file)
    if json_out is not None:
        text = json.dumps(jsonable_report(report.to_json()), ensure_ascii=False, indent=2)
        if out_file is None:
            typer.echo(text)
        else:
            out_file.write_text(text + "\n", encoding="utf-8")
    if out_file is not None or json_out is None:
        console.print(render_report(report))


def jsonable_report(data):
    """Make the report safe for JSON (it holds only plain values; bytes never reach it)."""
    if isinstance(data, dict):
        return {k: jsonable_report(v) for k, v in data.items()}
    if isinstance(data, list):
        return [jsonable_report(v) for v in data]
    return jsonable(data)


def _check_json_out(json_out: str | None) -> Path | None:
    if json_out is None or json_out == "-":
        return None
    return _check_out_file(Path(json_out), "--json")


def _check_out_file(path: Path, option: str) -> Path:
    path = path.expanduser()
    if path.is_dir():
        raise InputError("bad_output", f"{option} {path}: is a directory")
    if not path.parent.is_dir():
        raise InputError("bad_output", f"{option} {path}: folder {path.parent} does not exist")
    return path


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
