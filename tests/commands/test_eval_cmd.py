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
    db = tmp_path / "dev_databases" / "shop" / "shop.sqlite"
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE item (id INTEGER, name TEXT); INSERT INTO item VALUES (1, 'a'), (2, 'b');"
    )
    conn.close()
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(RECORDS))
    return path


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_prints_a_table(bench, tmp_path):
    preds = write(tmp_path / "p.sql", "SELECT count(*) FROM item\nSELECT name FROM item WHERE id = 1\n\n")
    result = CliRunner().invoke(
        app, ["eval", "--dataset", str(bench), "--predictions", str(preds), "--workers", "0"]
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
    result = CliRunner().invoke(app, [*args, "--json", str(out), "--details"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert (data["total"], data["evaluated"], data["skipped"], data["correct"]) == (3, 2, 1, 1)
    assert data["errors_by_class"] == {"syntax": 1} and len(data["questions"]) == 3
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
        ("--limit", "0"),
        ("--json", str(tmp_path)),
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
