"""`slmsql schema`: output and bad input."""

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


@pytest.fixture
def pets_db(tmp_path: Path) -> Path:
    path = tmp_path / "pets.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE owner (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE pet (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owner, kind TEXT);
        INSERT INTO owner VALUES (1, 'Ann'), (2, 'Ben'), (3, 'Carla Dee');
        INSERT INTO pet VALUES (1, 1, 'cat'), (2, 2, 'dog'), (3, 3, 'parrot');
        """
    )
    conn.close()
    return path


@pytest.fixture
def tables_json(tmp_path: Path) -> Path:
    path = tmp_path / "tables.json"
    entry = {
        "db_id": "pets",
        "table_names_original": ["owner", "pet"],
        "table_names": ["owner", "pet"],
        "column_names_original": [[-1, "*"], [0, "id"], [0, "name"], [1, "id"], [1, "owner_id"], [1, "kind"]],
        "column_names": [
            [-1, "*"],
            [0, "id"],
            [0, "owner full name"],
            [1, "id"],
            [1, "owner id"],
            [1, "kind"],
        ],
        "column_types": ["text", "number", "text", "number", "number", "text"],
        "primary_keys": [1, 3],
        "foreign_keys": [[4, 1]],
    }
    path.write_text(json.dumps([entry]))
    return path


def test_prints_schema(pets_db: Path) -> None:
    result = runner.invoke(app, ["schema", "--db", str(pets_db)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "CREATE TABLE owner (\n"
        "    id integer, -- example: [1, 2]\n"
        "    name text, -- example: ['Ann', 'Ben']\n"
        "    PRIMARY KEY (id)\n"
        ");\n\n"
        "CREATE TABLE pet (\n"
        "    id integer, -- example: [1, 2]\n"
        "    owner_id integer, -- example: [1, 2]\n"
        "    kind text, -- example: ['cat', 'dog']\n"
        "    PRIMARY KEY (id),\n"
        "    CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id)\n"
        ");\n"
    )


def test_question_puts_matched_values_first(pets_db: Path) -> None:
    args = ["schema", "--db", str(pets_db), "--question", "Which pets does Carla Dee own, a parrot?"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "name text, -- example: ['Carla Dee', 'Ann', 'Ben']" in result.stdout
    assert "kind text, -- example: ['parrot', 'cat', 'dog']" in result.stdout
    result = runner.invoke(app, [*args, "--no-values"])
    assert "name text, -- example: ['Ann', 'Ben']" in result.stdout


def test_tables_json_descriptions(pets_db: Path, tables_json: Path) -> None:
    result = runner.invoke(app, ["schema", "--db", str(pets_db), "--tables-json", str(tables_json)])
    assert result.exit_code == 0, result.output
    assert "name text, -- owner full name, example: ['Ann', 'Ben']" in result.stdout
    assert "owner_id integer, -- example: [1, 2]" in result.stdout  # "owner id" adds nothing


def run_cli(*args: str) -> subprocess.CompletedProcess:
    src = str(Path(slmsql.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": src}
    env.pop("SLMSQL_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "slmsql.cli", "schema", *args], env=env, capture_output=True, text=True
    )


def bad_inputs(tmp_path: Path, pets_db: Path, tables_json: Path) -> list[tuple[list[str], str]]:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    return [
        (["--db", str(tmp_path / "missing.sqlite")], "no such file"),
        (["--db", str(tmp_path)], "is a directory"),
        (["--db", str(text)], "not a SQLite database"),
        (["--db", str(pets_db), "--tables-json", str(broken)], "malformed JSON"),
        (["--db", str(pets_db), "--tables-json", str(tmp_path / "none.json")], "no such file"),
        (["--db", str(pets_db), "--tables-json", str(tables_json), "--db-id", "zoo"], "no database 'zoo'"),
        (["--db", str(pets_db), "--question", "  "], "question is empty"),
    ]


def test_bad_input_raises_input_error(tmp_path: Path, pets_db: Path, tables_json: Path) -> None:
    for args, message in bad_inputs(tmp_path, pets_db, tables_json):
        result = runner.invoke(app, ["schema", *args])
        assert isinstance(result.exception, InputError), (args, result.exception)
        assert message in str(result.exception), (args, str(result.exception))


@pytest.mark.parametrize("case", [0, 3, 5])  # a missing db, a malformed tables.json, an unknown db_id
def test_bad_input_gives_one_error_line(tmp_path: Path, pets_db: Path, tables_json: Path, case: int) -> None:
    args, message = bad_inputs(tmp_path, pets_db, tables_json)[case]
    out = run_cli(*args)
    assert out.returncode == 2, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    assert message in lines[0]
    assert out.stdout == ""
