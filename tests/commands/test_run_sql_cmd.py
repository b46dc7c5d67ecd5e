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
from slmsql.errors import InputError

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


@pytest.mark.timeout(60)  # a FIFO opened the plain way would block forever
def test_every_bad_input_a_user_can_type_is_one_line(tmp_path, shop_db):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    cases = [
        (["--db", str(fifo), "SELECT 1"], "not a regular file"),
        (["--db", str(tmp_path / ("x" * 300)), "SELECT 1"], "too long"),
        (["--db", str(shop_db), "SELECT 1", "--timeout", "inf"], "--timeout inf"),
        (["--db", str(shop_db), "SELECT 1", "--timeout", "nan"], "--timeout nan"),
        (["--db", str(shop_db), "SELECT 1", "--timeout", "99999"], "at most 3600"),
        (["--db", str(shop_db), "SELECT 1", "--max-rows", "2147483647"], "--max-rows 2147483647"),
        (["--db", str(shop_db), "SELECT 1", "--max-rows", "-1"], "--max-rows -1"),
        (["--db", str(shop_db), "SELECT 1", "--max-bytes", "10"], "--max-bytes 10"),
    ]
    for args, message in cases:  # in process: the one-line printing is tested above
        result = runner.invoke(app, ["run-sql", *args])
        assert isinstance(result.exception, InputError), (args, result.output)
        assert message in result.exception.message and "\n" not in result.exception.message


def test_runaway_and_oversized_queries_fail_as_one_line(shop_db):
    cases = [
        ("SELECT " + "(" * 47 + "1" + ")" * 47, "refused (too_deeply_nested)"),
        ("SELECT zeroblob(999999999)", "error (resource)"),
        ("SELECT instr(printf('%.*c', 16000000, 'a'), printf('%.*c', 20000, 'a') || 'b')", "error (timeout)"),
    ]
    for sql, message in cases:
        out = run_cli("--db", str(shop_db), sql, "--timeout", "0.5")
        assert out.returncode == 1, out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], out.stderr


def test_hostile_values_print_as_themselves(tmp_path):
    db = tmp_path / "values.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE v (a)")
    hostile = [("[/x]",), ("[link=http://e.example]click[/link]",), ("\x1b[2J",)]
    conn.executemany("INSERT INTO v VALUES (?)", hostile)
    conn.commit()
    conn.close()
    out = run_cli("--db", str(db), "SELECT a, 1e999 FROM v")
    assert out.returncode == 0, out.stderr
    assert "[/x]" in out.stdout and "[link=http://e.example]click[/link]" in out.stdout
    assert "\\x1b[2J" in out.stdout and "\x1b" not in out.stdout
    data = json.loads(run_cli("--db", str(db), "SELECT a, 1e999, x'00' FROM v", "--json").stdout)
    assert data["rows"][0] == ["[/x]", {"float": "Infinity"}, {"base64": "AA==", "bytes": 1}]


def test_the_byte_budget_cuts_the_result_and_says_so(shop_db):
    sql = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 99) SELECT x FROM r"
    data = json.loads(run_cli("--db", str(shop_db), sql, "--max-bytes", "2000", "--json").stdout)
    assert data["truncated"] is True and data["truncated_by"] == "bytes" and 0 < len(data["rows"]) < 99
