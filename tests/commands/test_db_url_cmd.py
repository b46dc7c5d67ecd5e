"""`slmsql predict --db-url` and `slmsql eval --db-url` end to end on DuckDB files (a scripted
OpenAI-compatible server instead of a model); bad input as one line with exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import slmsql
from slmsql.cli import app
from tests.commands.sql_server import ScriptedSQLServer
from tests.evaluation.engine_copies import CASES, duckdb_shop_set, shop_set

pytestmark = pytest.mark.engines
runner = CliRunner()


@pytest.fixture
def server():
    srv = ScriptedSQLServer({question: [pred] for question, _gold, pred in CASES})
    yield srv
    srv.close()


def model_options(server) -> list[str]:
    return ["--backend", "openai", "--base-url", server.url, "--model", "fake", "--mode", "greedy"]


def test_predict_then_eval_on_duckdb(server, tmp_path):
    questions, db_dir, template = duckdb_shop_set(tmp_path)
    out = tmp_path / "preds.jsonl"
    dataset = ["--dataset", str(questions), "--db-dir", str(db_dir)]
    predicted = runner.invoke(
        app, ["predict", *dataset, "--out", str(out), "--db-url", template, *model_options(server)]
    )
    assert predicted.exit_code == 0, predicted.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    # Gold on SQLite, answers on DuckDB: the ``::`` cast is right there, the average right to 6 places.
    assert [r["correct"] for r in rows] == [True, True, False]
    assert {r["engine"] for r in rows} == {"duckdb"} and rows[0]["db"] == template.replace("{db_id}", "shop")
    assert "running EX 2/3" in predicted.stdout and f"--db-url '{template}'" in predicted.stdout

    report_file = tmp_path / "report.json"
    scored = runner.invoke(
        app, ["eval", *dataset, "--predictions", str(out), "--db-url", template, "--json", str(report_file)]
    )
    assert scored.exit_code == 0, scored.output
    report = json.loads(report_file.read_text())
    assert (report["correct"], report["evaluated"], report["skipped"]) == (2, 3, 1)
    assert report["predictions_on"] == {"engine": "duckdb", "db_url": template}
    assert "predictions ran on" in scored.stdout

    # The same file scored on SQLite: the DuckDB-only cast does not run there.
    plain = runner.invoke(app, ["eval", *dataset, "--predictions", str(out), "--json", "-"])
    assert plain.exit_code == 0, plain.output
    assert json.loads(plain.stdout)["correct"] == 1


def test_the_same_questions_with_and_without_db_url(server, tmp_path):
    questions, db_dir, template = duckdb_shop_set(tmp_path)
    chosen = {}
    for name, extra in (("sqlite", []), ("duckdb", ["--db-url", template])):
        out = tmp_path / f"{name}.jsonl"
        args = ["predict", "--dataset", str(questions), "--db-dir", str(db_dir), "--out", str(out)]
        result = runner.invoke(app, [*args, "--sample", "2", "--seed", "1", *extra, *model_options(server)])
        assert result.exit_code == 0, result.output
        chosen[name] = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert chosen["sqlite"] == chosen["duckdb"] and len(chosen["sqlite"]) == 2


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(slmsql.__file__).parents[1])}
    env.pop("SLMSQL_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "slmsql.cli", *args], env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize("command", ["predict", "eval"])
@pytest.mark.parametrize(
    ("template", "needle"),
    [
        ("postgresql+psycopg://bob:hunter2@127.0.0.1/shop", "has no {db_id}"),
        ("oracle://bob:hunter2@127.0.0.1/{db_id}", "unsupported engine 'oracle'"),
        ("postgresql+asyncpg://bob:hunter2@127.0.0.1/{db_id}", "driver 'asyncpg' is not supported"),
        ("duckdb:///{tmp}/nowhere/{db_id}.duckdb", "db_id shop: duckdb:///{tmp}/nowhere/shop.duckdb cannot"),
    ],
)
def test_bad_db_url_is_one_line(tmp_path, command, template, needle):
    questions, db_dir = shop_set(tmp_path)
    template, needle = template.replace("{tmp}", str(tmp_path)), needle.replace("{tmp}", str(tmp_path))
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps({"id": str(i), "sql": "SELECT 1"}) + "\n" for i in range(3)))
    files = ["--out", str(tmp_path / "out.jsonl")] if command == "predict" else ["--predictions", str(preds)]
    # The model is never loaded: the URL is refused first.
    model = ["--model", "no-such-model"] if command == "predict" else []
    done = cli(
        command, "--dataset", str(questions), "--db-dir", str(db_dir), *files, *model, "--db-url", template
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --db-url") and needle in lines[0], done.stderr
    assert "hunter2" not in done.stderr + done.stdout and "Traceback" not in done.stderr
