"""`slmsql ask` and `slmsql predict` end to end against a scripted OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from slmsql.cli import app
from slmsql.db.demo import demo_database_path
from tests.commands.sql_server import ScriptedSQLServer

runner = CliRunner()
COUNT = "SELECT count(*) FROM customers"
PARIS = "SELECT count(*) FROM customers WHERE city = 'Paris'"
LYON = "SELECT count(*) FROM customers WHERE city = 'Lyon'"


@pytest.fixture
def server():
    srv = ScriptedSQLServer(
        {
            "How many customers are there?": [COUNT, "SELECT count(customer_id) FROM customers", COUNT],
            "How many customers live in Paris?": [PARIS, LYON, LYON, PARIS],
            "Broken?": ["SELECT nope FROM customers"],
        },
        merge_answer=PARIS,
    )
    yield srv
    srv.close()


def ask(server, question, *extra):
    args = [
        "ask",
        "--db",
        "demo",
        question,
        "--backend",
        "openai",
        "--base-url",
        server.url,
        "--model",
        "fake",
    ]
    return runner.invoke(app, [*args, *extra])


def test_ask_json_has_the_documented_keys(server):
    result = ask(server, "How many customers are there?", "-n", "3", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("sql", "columns", "rows", "mode", "model", "candidates", "merged", "timings"):
        assert key in data
    assert data["rows"] == [[60]] and data["mode"] == "csc" and data["merged"] is False
    assert [c["votes"] for c in data["candidates"]] == [3, 3, 3]
    assert data["timings"]["total_s"] > 0
    assert server.requests[0]["n"] == 3


def test_ask_merges_a_disagreement(server):
    result = ask(server, "How many customers live in Paris?", "-n", "4", "-m", "2", "--json")
    data = json.loads(result.stdout)
    assert data["merged"] is True and data["sql"] == PARIS
    assert len(data["merge"]["outputs"]) == 2


def test_ask_for_people_shows_sql_table_and_vote_line(server):
    result = ask(server, "How many customers are there?", "--mode", "sc", "-n", "3")
    assert result.exit_code == 0
    assert "count(*)" in result.stdout and "60" in result.stdout
    assert "3 candidates, 3 executed" in result.stdout


def test_ask_reports_a_failing_answer_with_exit_1(server):
    result = ask(server, "Broken?", "--mode", "greedy")
    assert result.exit_code == 1
    assert "no_such_column" in result.output


def run_cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"), **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "slmsql.cli", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["ask", "--db", "demo", "   "], "question is empty"),
        (["ask", "--db", "demo", b"How many caf\xe9s?"], "question is not valid UTF-8"),
        (["ask", "--db", "/nonexistent/x.sqlite", "How many?"], "no such file"),
        (["ask", "--db", "demo", "How many?", "--model", "no-such-model"], "no-such-model"),
        (["ask", "--db", "demo", "How many?", "--mode", "vote"], "option --mode: 'vote' is not one of"),
        (
            ["ask", "--db", "demo", "How many?", "--merge-min-ratio", "2"],
            "option --merge-min-ratio: 2.0 is above the maximum 1",
        ),
        (
            ["ask", "--db", "demo", "How many?", "--values", "inline"],
            "option --values: 'inline' is not one of schema, section",
        ),
    ],
)
def test_ask_bad_input_is_one_line(args, needle):
    proc = run_cli(*args)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and needle in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_ask_rejects_a_model_file_that_is_not_gguf(tmp_path):
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"not a gguf file at all")
    proc = run_cli("ask", "--db", "demo", "How many?", "--model", str(fake))
    assert proc.returncode != 0 and proc.stderr.startswith("error:") and "Traceback" not in proc.stderr


@pytest.fixture
def tiny_dataset(tmp_path):
    db_dir = tmp_path / "database" / "shop"
    db_dir.mkdir(parents=True)
    shutil.copy(demo_database_path(), db_dir / "shop.sqlite")
    questions = [
        {"db_id": "shop", "question": "How many customers are there?", "query": COUNT},
        {"db_id": "shop", "question": "How many customers live in Paris?", "query": PARIS},
        {"db_id": "shop", "question": "Broken?", "query": "SELECT 1"},
        {"db_id": "gone", "question": "Missing database?", "query": "SELECT 1"},
    ]
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(questions))
    return path


def test_predict_then_eval_and_resume(server, tiny_dataset, tmp_path):
    out = tmp_path / "preds.jsonl"
    common = [
        "--dataset",
        str(tiny_dataset),
        "--out",
        str(out),
        "--backend",
        "openai",
        "--base-url",
        server.url,
        "--model",
        "fake",
        "-n",
        "2",
        "-m",
        "1",
    ]
    result = runner.invoke(app, ["predict", *common])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["0", "1", "2"]
    assert [r["correct"] for r in records] == [True, True, False]
    assert "running EX 2/3" in result.stdout and "1 questions skipped" in result.stdout

    report_file = tmp_path / "report.json"
    result = runner.invoke(
        app, ["eval", "--dataset", str(tiny_dataset), "--predictions", str(out), "--json", str(report_file)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(report_file.read_text())
    assert report["correct"] == 2 and report["evaluated"] == 3 and report["skipped"] == 1

    # Interrupted run: drop the last line and tear the one before; resume redoes only those.
    lines = out.read_text().splitlines()
    out.write_text(lines[0] + "\n" + lines[1][:10])
    calls = len(server.requests)
    result = runner.invoke(app, ["predict", *common, "--resume"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["0", "1", "2"]
    assert len(server.requests) - calls >= 2  # questions 1 and 2 again, not question 0


def test_predict_sample_is_seeded_and_eval_scores_only_predicted(server, tiny_dataset, tmp_path):
    out = tmp_path / "sample.jsonl"
    args = [
        "predict",
        "--dataset",
        str(tiny_dataset),
        "--out",
        str(out),
        "--backend",
        "openai",
        "--base-url",
        server.url,
        "--model",
        "fake",
        "--mode",
        "greedy",
        "--sample",
        "2",
        "--seed",
        "3",
    ]
    assert runner.invoke(app, args).exit_code == 0
    first = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert runner.invoke(app, args).exit_code == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == first and len(first) == 2
    result = runner.invoke(app, ["eval", "--dataset", str(tiny_dataset), "--predictions", str(out)])
    assert result.exit_code != 0 and "--only-predicted" in str(result.exception)
    result = runner.invoke(
        app,
        [
            "eval",
            "--dataset",
            str(tiny_dataset),
            "--predictions",
            str(out),
            "--only-predicted",
            "--json",
            "-",
        ],
    )
    assert result.exit_code == 0, result.output


def test_predict_unknown_dataset_is_one_line():
    proc = run_cli("predict", "--dataset", "nope-set", "--out", "/tmp/x.jsonl")
    assert proc.returncode != 0 and proc.stderr.startswith("error:") and "nope-set" in proc.stderr


def test_ask_json_and_a_predict_row_are_the_same_object(server, tiny_dataset, tmp_path):
    question = "How many customers live in Paris?"
    db = tiny_dataset.parent / "database" / "shop" / "shop.sqlite"
    settings = ["--backend", "openai", "--base-url", server.url, "--model", "fake", "-n", "4", "-m", "2"]
    asked = runner.invoke(app, ["ask", "--db", str(db), question, *settings, "--json"])
    assert asked.exit_code == 0, asked.output
    out = tmp_path / "preds.jsonl"
    predicted = runner.invoke(app, ["predict", "--dataset", str(tiny_dataset), "--out", str(out), *settings])
    assert predicted.exit_code == 0, predicted.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    row = next(r for r in rows if r["question"] == question)
    answer = json.loads(asked.stdout)
    assert {k: row[k] for k in ("id", "db_id", "question", "correct")} == {
        "id": "1", "db_id": "shop", "question": question, "correct": True
    }
    del row["id"], row["db_id"], row["question"], row["correct"]
    assert row.keys() == answer.keys()
    # The same answer, but each run has its own timings.
    assert {**row, "timings": None} == {**answer, "timings": None} and answer["merged"] is True


def test_predict_order_groups_by_database_and_writes_dataset_order(server, tmp_path):
    for db_id in ("shop", "shop2"):
        (tmp_path / "database" / db_id).mkdir(parents=True)
        shutil.copy(demo_database_path(), tmp_path / "database" / db_id / f"{db_id}.sqlite")
    asked = ["How many customers are there?", "How many customers live in Paris?"]
    dbs = ["shop", "shop2", "shop", "shop2"]
    questions = [{"db_id": db, "question": asked[i // 2], "query": COUNT} for i, db in enumerate(dbs)]
    dataset = tmp_path / "two.json"
    dataset.write_text(json.dumps(questions))
    settings = ["--backend", "openai", "--base-url", server.url, "--model", "fake", "--mode", "greedy"]

    def predicted(*order):
        out = tmp_path / f"{'-'.join(order) or 'default'}.jsonl"
        first = len(server.requests)
        args = ["predict", "--dataset", str(dataset), "--out", str(out), *settings, *order]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        users = [m["content"] for r in server.requests[first:] for m in r["messages"] if m["role"] == "user"]
        asked_in_turn = [asked.index(q) for text in users for q in asked if q in text]
        return [json.loads(line)["id"] for line in out.read_text().splitlines()], asked_in_turn

    assert predicted() == (["0", "1", "2", "3"], [0, 1, 0, 1])  # questions 0 and 2 (shop), then shop2's
    assert predicted("--order", "dataset") == (["0", "1", "2", "3"], [0, 0, 1, 1])
    bad_order = ["--out", str(tmp_path / "x"), "--order", "x"]
    bad = runner.invoke(app, ["predict", "--dataset", str(dataset), *bad_order])
    assert bad.exit_code != 0 and "--order" in bad.output
