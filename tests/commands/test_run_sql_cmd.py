"""`slmsql run-sql`: results, refusals, timeouts and bad input as one line."""

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
from slmsql.cli import app

runner = CliRunner()
FOREVER = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def run_cli(*args: str | bytes) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(slmsql.__file__).parents[1])}
    env.pop("SLMSQL_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "slmsql.cli", "run-sql", *args], env=env, capture_output=True, text=True
    )


def test_table_for_people(shop_db):
    result = runner.invoke(
        app, ["run-sql", "--db", str(shop_db), "SELECT name, city FROM customer ORDER BY id"]
    )
    assert result.exit_code == 0, result.output
    assert "Ada" in result.stdout and "Paris" in result.stdout and "3 rows" in result.stdout


def test_json_with_row_cap(shop_db):
    result = runner.invoke(
        app,
        ["run-sql", "--db", str(shop_db), "SELECT id FROM orders ORDER BY id", "--max-rows", "2", "--json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["columns"] == ["id"] and data["rows"] == [[1], [2]] and data["truncated"] is True
    assert data["error"] is None


def test_demo_database_by_name():
    result = runner.invoke(app, ["run-sql", "--db", "demo", "SELECT count(*) FROM customers", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == [[60]]


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        ("DELETE FROM customer", "refused"),
        ("SELECT * FROM nowhere", "no_such_table"),
        ("SELEC 1", "syntax"),
        (FOREVER, "timeout"),
    ],
)
def test_failures_exit_1_with_their_error_class(shop_db, sql, error):
    before = shop_db.read_bytes()
    out = run_cli("--db", str(shop_db), sql, "--timeout", "0.5")
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error (") and error in lines[0], out.stderr
    assert shop_db.read_bytes() == before


def test_bad_input_is_one_line(tmp_path, shop_db):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database")
    cases = [
        (["--db", str(tmp_path / "missing.sqlite"), "SELECT 1"], "no such file"),
        (["--db", str(tmp_path), "SELECT 1"], "is a directory"),
        (["--db", str(notes), "SELECT 1"], "not a SQLite database"),
        (["--db", str(shop_db), "   "], "SQL is empty"),
        (["--db", str(shop_db), b"SELECT '\xff'"], "SQL is not valid UTF-8"),
        (["--db", str(shop_db), "SELECT 1", "--timeout", "0"], "--timeout 0.0: must be a finite number"),
    ]
    for args, message in cases:
        out = run_cli(*args)
        assert out.returncode == 2, (args, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], (args, out.stderr)
        assert out.stdout == ""
    assert sqlite3.connect(shop_db).execute("SELECT count(*) FROM orders").fetchone() == (4,)
