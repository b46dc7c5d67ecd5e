"""End to end with the real Qwen2.5-Coder-0.5B on the bundled demo database. Tolerant checks: the
chosen SQL executes and its answer matches the one a hand-written query gives."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from slmsql.cli import app
from slmsql.db.demo import demo_database_path
from slmsql.models.assemble import missing_packages
from slmsql.models.registry import REGISTRY

pytestmark = pytest.mark.integration
MODEL = "qwen2.5-coder-0.5b"


def expected(sql: str):
    with sqlite3.connect(demo_database_path()) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture(scope="module")
def t2s():
    if missing_packages(REGISTRY[MODEL]):
        pytest.skip(f"the {MODEL} weight packages are not installed")
    from slmsql import TextToSQL

    with TextToSQL(MODEL, mode="csc", n=8, m=4, seed=0) as loaded:
        yield loaded


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        ("How many customers are there?", "SELECT COUNT(*) FROM customers"),
        ("How many customers live in Paris?", "SELECT COUNT(*) FROM customers WHERE city = 'Paris'"),
    ],
)
def test_csc_answers_easy_demo_questions(t2s, question, truth):
    answer = t2s.ask("demo", question)
    assert answer.error is None, answer.message
    assert answer.fallback is None
    assert len(answer.rows) == 1 and answer.rows[0][0] == expected(truth), answer.sql
    generated = [c for c in answer.candidates if c.stage == "generation"]
    assert len(generated) == 8
    assert sum(c.votes for c in generated if c.group == 0) >= 1
    assert answer.tokens.generated > 0 and answer.timings.total_s > 0


def test_second_question_on_a_database_reuses_the_schema_prefix(t2s):
    t2s.ask("demo", "How many products are there?")
    answer = t2s.ask("demo", "How many orders are there?")
    assert 0 < answer.tokens.prompt_evaluated < answer.tokens.prompt / 2
    assert answer.rows[0][0] == expected("SELECT COUNT(*) FROM orders"), answer.sql


def test_same_seed_gives_the_same_answer(t2s):
    first = t2s.ask("demo", "How many products are there?")
    again = t2s.ask("demo", "How many products are there?")
    assert [c.sql for c in first.candidates] == [c.sql for c in again.candidates]
    assert first.sql == again.sql


def test_ask_command_json_greedy():
    if missing_packages(REGISTRY[MODEL]):
        pytest.skip(f"the {MODEL} weight packages are not installed")
    result = CliRunner().invoke(
        app,
        [
            "ask",
            "--db",
            "demo",
            "How many customers are there?",
            "--model",
            MODEL,
            "--mode",
            "greedy",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # progress bars go to stderr
    assert data["mode"] == "greedy" and data["model"] == MODEL
    assert data["rows"] == [[60]], data["sql"]
    assert len(data["candidates"]) == 1 and data["timings"]["total_s"] > 0
