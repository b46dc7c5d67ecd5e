"""`--db` takes a database URL on the command line: results, the schema, and bad URLs as one line
with the password masked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import slmsql

pytestmark = pytest.mark.engines


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(slmsql.__file__).parents[1])}
    env.pop("SLMSQL_DEBUG", None)
    command = [sys.executable, "-m", "slmsql.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True)


def test_run_sql_on_a_url(shop):
    from slmsql.db.engines import close_all

    close_all()  # DuckDB: the child opens the file itself
    done = cli("run-sql", "--db", shop.target, "SELECT count(*) AS n FROM customers")
    assert done.returncode == 0, done.stderr
    assert "4" in done.stdout
    if shop.kind in ("postgresql", "mariadb"):  # the owner can write: said once, password masked
        assert done.stderr.count("can write") == 1 and "s3cret-pw" not in done.stderr + done.stdout


def test_schema_command_names_the_engine(duckdb_shop):
    from slmsql.db.engines import close_all

    close_all()
    done = cli("schema", "--db", duckdb_shop.target)
    assert done.returncode == 0, done.stderr
    assert "CREATE TABLE customers" in done.stdout and '"delete"' in done.stdout


def test_bad_url_is_one_line_without_the_password():
    done = cli("run-sql", "--db", "postgresql+asyncpg://bob:hunter2@127.0.0.1/x", "SELECT 1")
    assert done.returncode == 2
    assert "hunter2" not in done.stderr + done.stdout
    assert "driver" in done.stderr and len(done.stderr.strip().splitlines()) == 1
