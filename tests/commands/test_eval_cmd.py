from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import slmsql
from slmsql.cli import app, main

SRC = str(Path(slmsql.__file__).resolve().parents[1])


SEP = "\t----- bird -----\t"


def record(qid: int, db_id: str, sql: str, difficulty: str) -> dict:
    return {
        "question_id": qid,
        "db_id": db_id,
        "question": "q",
        "evidence": "",
        "SQL": sql,
        "difficulty": difficulty,
    }


RECORDS = [
    record(1, "shop", "SELECT count(*) FROM item", "simple"),
    record(2, "shop", "SELECT name FROM item", "moderate"),
    record(3, "gone", "SELECT 1", "simple"),
]


@pytest.fixture
def bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A BIRD-style set beside its dev_databases folder; returns the questions file."""
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    make_sqlite(
        tmp_path / "dev_databases" / "shop" / "shop.sqlite",
        "CREATE TABLE item (id INTEGER, name TEXT); INSERT INTO item VALUES (1, 'a'), (2, 'b');",
    )
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(RECORDS))
    return path


def make_sqlite(path: Path, script: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.close()
    return path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_prints_a_table(bench, tmp_path):
    preds = write(tmp_path / "p.sql", "SELECT count(*) FROM item\nSELECT name FROM item WHERE id = 1\n\n")
    result = CliRunner().invoke(
        app, ["eval", "--dataset", str(bench), "--predictions", str(preds), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "Evaluation of questions (bird_ex)" in result.output
    assert "50.00%" in result.output and "1 of 2 evaluated" in result.output
    assert "moderate" in result.output  # by difficulty


def test_eval_json_to_a_file_and_to_stdout(bench, tmp_path):
    preds = write(
        tmp_path / "p.jsonl",
        '{"id": 1, "sql": "SELECT count(*) FROM item"}\n{"id": 2, "sql": "SELEC name FROM item"}\n',
    )
    out = tmp_path / "report.json"
    args = ["eval", "--dataset", str(bench), "--predictions", str(preds), "--workers", "1", "--timeout", "5"]
    result = CliRunner().invoke(app, [*args, "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert (data["total"], data["evaluated"], data["skipped"], data["correct"]) == (3, 2, 1, 1)
    assert data["errors_by_class"] == {"syntax": 1} and "questions" not in data
    assert data["spider_semantics"]["name"] == "official" and data["databases_per_question"] == {"1": 2}
    result = CliRunner().invoke(app, [*args, "--json", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["accuracy"] == 0.5


def test_eval_limit(bench, tmp_path):
    preds = write(tmp_path / "p.sql", "SELECT count(*) FROM item\n")
    result = CliRunner().invoke(
        app, ["eval", "--dataset", str(bench), "--predictions", str(preds), "--limit", "1", "--json", "-"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["total"], data["correct"], data["accuracy"]) == (1, 1, 1.0)


def test_eval_named_set_with_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    root = tmp_path / "data" / "spider"
    (root / "database" / "one").mkdir(parents=True)
    sqlite3.connect(root / "database" / "one" / "one.sqlite").close()
    write(root / "dev.json", json.dumps([{"db_id": "one", "question": "q", "query": "SELECT 7"}]))
    preds = write(tmp_path / "p.sql", "SELECT 7\tone\n")
    args = [
        "eval",
        "--dataset",
        "spider-dev",
        "--data-dir",
        str(tmp_path / "data"),
        "--predictions",
        str(preds),
    ]
    result = CliRunner().invoke(app, [*args, "--json", "-"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["metric"] == "spider_ex"


def bad_cases(bench: Path, tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    good = write(tmp_path / "good.sql", "SELECT 1\nSELECT 2\nSELECT 3\n")
    latin = tmp_path / "latin.sql"
    latin.write_bytes(b"SELECT 1\nSELECT '\xe9'\nSELECT 3\n")
    return {
        "missing predictions": ([str(bench), str(tmp_path / "absent.sql")], "no such file"),
        "directory predictions": ([str(bench), str(tmp_path)], "is a directory"),
        "empty sql": ([str(bench), str(write(tmp_path / "e.sql", ""))], "is empty"),
        "non-utf8 sql": ([str(bench), str(latin)], "line 2 is not UTF-8"),
        "malformed jsonl": (
            [str(bench), str(write(tmp_path / "m.jsonl", '{"id": 1, "sql": "x"}\n{'))],
            "line 2",
        ),
        "wrong count": ([str(bench), str(write(tmp_path / "two.sql", "SELECT 1\nSELECT 2\n"))], "2 lines"),
        "unknown db_id": (
            [str(bench), str(write(tmp_path / "d.sql", "SELECT 1\tnope\nA\nB\n"))],
            "'nope', unknown",
        ),
        "bird predict_dev.json, not text": (
            [str(bench), str(write(tmp_path / "predict_dev.json", '{"1": 5, "2": "A"}'))],
            "question '1': not text",
        ),
        "bird predict_dev.json, other database": (
            [str(bench), str(write(tmp_path / "other_db.json", json.dumps({"1": f"A{SEP}x", "2": "B"})))],
            "db_id 'x' but question 1 is on 'shop'",
        ),
        "unknown dataset": (["spider-test", str(good)], "unknown name"),
        "malformed dataset": (
            [str(write(tmp_path / "bad.json", "[{")), str(good)],
            "malformed JSON at line 1",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing predictions",
        "directory predictions",
        "empty sql",
        "non-utf8 sql",
        "malformed jsonl",
        "wrong count",
        "unknown db_id",
        "bird predict_dev.json, not text",
        "bird predict_dev.json, other database",
        "unknown dataset",
        "malformed dataset",
    ],
)
def test_bad_input_gives_one_error_line(bench, tmp_path, monkeypatch, capsys, case):
    (dataset, predictions), message = bad_cases(bench, tmp_path)[case]
    monkeypatch.setattr(sys, "argv", ["slmsql", "eval", "--dataset", dataset, "--predictions", predictions])
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0], err


@pytest.mark.parametrize("case", ["missing predictions", "unknown db_id"])
def test_bad_input_in_a_real_process_has_no_traceback(bench, tmp_path, case):
    (dataset, predictions), message = bad_cases(bench, tmp_path)[case]
    env = {**os.environ, "PYTHONPATH": SRC, "SLMSQL_HOME": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, "-m", "slmsql.cli", "eval", "--dataset", dataset, "--predictions", predictions],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_bad_options(bench, tmp_path, monkeypatch, capsys):
    preds = write(tmp_path / "p.sql", "SELECT 1\nSELECT 2\nSELECT 3\n")
    for option, value in (
        ("--timeout", "0"),
        ("--workers", "-1"),
        ("--workers", "0"),
        ("--limit", "0"),
        ("--json", str(tmp_path)),
        ("--details", str(tmp_path)),
        ("--details", str(tmp_path / "absent" / "d.jsonl")),
        ("--test-suite", str(tmp_path / "absent")),
    ):
        argv = ["slmsql", "eval", "--dataset", str(bench), "--predictions", str(preds), option, value]
        monkeypatch.setattr(sys, "argv", argv)
        with pytest.raises(SystemExit) as info:
            main()
        assert info.value.code == 2
        assert capsys.readouterr().err.startswith("error: ")


def test_corrupt_database_does_not_stop_the_run(bench, tmp_path):
    (tmp_path / "dev_databases" / "shop" / "shop.sqlite").write_bytes(b"garbage" * 100)
    preds = write(tmp_path / "p.sql", "SELECT count(*) FROM item\nSELECT name FROM item\n\n")
    result = CliRunner().invoke(
        app, ["eval", "--dataset", str(bench), "--predictions", str(preds), "--json", "-"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["evaluated"] == 2 and data["correct"] == 0
    assert data["errors_by_class"] == {"database": 2} and len(data["gold_errors"]) == 2


def test_eval_details_file(bench, tmp_path):
    preds = write(tmp_path / "p.sql", "SELECT count(*) FROM item\nSELEC name FROM item\n\n")
    details = tmp_path / "details.jsonl"
    args = ["eval", "--dataset", str(bench), "--predictions", str(preds), "--details", str(details)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    assert [(r["id"], r["status"], r["correct"]) for r in rows] == [
        ("1", "correct", True),
        ("2", "error", False),
        ("3", "skipped", None),
    ]
    first, second = rows[0], rows[1]
    assert (first["db_id"], first["difficulty"], first["pred_rows"], first["gold_rows"]) == (
        "shop",
        "simple",
        1,
        1,
    )
    assert first["databases"] == 1 and first["pred_seconds"] >= 0
    assert second["error"] == "syntax" and "SELEC" in second["message"] and second["gold_rows"] == 2


@pytest.fixture
def spider_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Spider-style set whose answers are right only under the official reading."""
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    make_sqlite(
        tmp_path / "database" / "shop" / "shop.sqlite",
        "CREATE TABLE item (id INTEGER, name TEXT, kind TEXT);"
        "INSERT INTO item VALUES (1, 'apple', 'fruit'), (2, 'pear', 'fruit'), (3, 'leek', 'veg');",
    )
    questions = [
        {"db_id": "shop", "question": "Names and kinds?", "query": "SELECT name, kind FROM item"},
        {"db_id": "shop", "question": "Kinds?", "query": "SELECT kind FROM item"},
    ]
    return write(tmp_path / "dev.json", json.dumps(questions))


@pytest.mark.parametrize(
    ("options", "correct", "semantics"),
    [
        ([], 2, "official"),
        (["--strict-columns"], 1, "custom"),
        (["--keep-distinct"], 1, "custom"),
        (["--strict-columns", "--keep-distinct", "--top-level-order"], 0, "strict"),
    ],
)
def test_eval_spider_semantics_options(spider_set, tmp_path, options, correct, semantics):
    preds = write(tmp_path / "p.sql", "SELECT kind, name FROM item\nSELECT DISTINCT kind FROM item\n")
    args = ["eval", "--dataset", str(spider_set), "--predictions", str(preds), *options]
    result = CliRunner().invoke(app, [*args, "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["correct"] == correct and data["spider_semantics"]["name"] == semantics
    table = CliRunner().invoke(app, args, terminal_width=200)
    assert f"{semantics}: columns" in table.output  # the report says which semantics it used


def test_eval_test_suite(spider_set, tmp_path):
    suite = tmp_path / "suite" / "shop"
    for name, rows in {
        "shop.sqlite": "(1, 'apple', 'fruit')",
        "shop_1.sqlite": "(9, 'fig', 'fruit')",
    }.items():
        make_sqlite(
            suite / name,
            f"CREATE TABLE item (id INTEGER, name TEXT, kind TEXT); INSERT INTO item VALUES {rows};",
        )
    # Right on the dataset's own database; on the suite, wrong for "fig" (id 9).
    preds = write(tmp_path / "p.sql", "SELECT name, kind FROM item WHERE id < 5\nSELECT kind FROM item\n")
    details = tmp_path / "d.jsonl"
    base = ["eval", "--dataset", str(spider_set), "--predictions", str(preds), "--json", "-"]
    plain = json.loads(CliRunner().invoke(app, base).stdout)
    assert plain["correct"] == 2 and plain["databases_per_question"] == {"1": 2}
    result = CliRunner().invoke(
        app, [*base, "--test-suite", str(tmp_path / "suite"), "--details", str(details)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["correct"] == 1 and data["databases_per_question"] == {"2": 2}
    assert [json.loads(line)["databases"] for line in details.read_text().splitlines()] == [2, 2]


def test_eval_bird_predict_dev_json(bench, tmp_path):
    released = {
        "1": f"SELECT count(*) FROM item{SEP}shop",
        "2": f"SELECT name FROM item WHERE id = 1{SEP}shop",
    }
    preds = write(tmp_path / "predict_dev.json", json.dumps(released, indent=4))
    result = CliRunner().invoke(
        app, ["eval", "--dataset", str(bench), "--predictions", str(preds), "--json", "-"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["evaluated"], data["correct"]) == (2, 1)
