"""Schemas larger than the budget: a generated 300-table database cut to the tables a question needs."""

from __future__ import annotations

import random
import sqlite3

import pytest

from slmsql.db.render import render_schema
from slmsql.db.schema_source import SchemaSource
from slmsql.db.selection import approx_tokens, rank_tables, select_schema

WORDS = "alpha bravo delta echo golf hotel kilo lima oscar romeo tango zulu".split()


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """300 tables: 297 filler tables with made-up names, and singer, concert, stadium joined by keys."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    rng = random.Random(0)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stadium (stadium_id INTEGER PRIMARY KEY, name TEXT, capacity INTEGER)")
    conn.execute("CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, name TEXT, country TEXT, age INTEGER)")
    conn.execute(
        "CREATE TABLE concert (concert_id INTEGER PRIMARY KEY, concert_name TEXT, year INTEGER, "
        "stadium_id INTEGER REFERENCES stadium (stadium_id), singer_id INTEGER REFERENCES singer (singer_id))"
    )
    conn.execute("INSERT INTO singer VALUES (1, 'Joe Sharp', 'Netherlands', 52)")
    for i in range(297):
        name = f"{rng.choice(WORDS)}_{rng.choice(WORDS)}_{i:03d}"
        cols = ", ".join(f"{rng.choice(WORDS)}_{j} TEXT" for j in range(8))
        conn.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, {cols})")
    conn.commit()
    conn.close()
    return path


def test_a_schema_that_fits_is_left_whole(big_db):
    schema = SchemaSource(examples_per_column=0).schema(big_db)
    assert select_schema(schema, "How many singers?", 10**6) is schema


def test_large_schema_is_cut_to_the_question(big_db):
    schema = SchemaSource(examples_per_column=0).schema(big_db)
    assert len(schema.tables) == 300
    full = approx_tokens(render_schema(schema))
    budget = 600
    assert full > 20 * budget
    chosen = select_schema(schema, "Which singers from the Netherlands sang in concerts after 2014?", budget)
    names = [t.name for t in chosen.tables]
    assert {"singer", "concert"} <= set(names)
    assert "stadium" in names  # joined to concert by its key: a join needs both ends
    text = render_schema(chosen)
    assert approx_tokens(text) <= budget
    assert text.startswith(f"-- {len(names)} of 300 tables shown")
    assert "CONSTRAINT fk_concert_singer_id FOREIGN KEY (singer_id) REFERENCES singer (singer_id)" in text


def test_matched_values_rank_their_table_first(big_db):
    schema = SchemaSource(examples_per_column=0).schema(big_db)
    ranked = rank_tables(schema, "Who is Joe Sharp?", {"singer"})
    assert ranked[0] == "singer"


def test_a_tiny_budget_keeps_the_likeliest_tables_essentials(big_db):
    schema = SchemaSource(examples_per_column=0).schema(big_db)
    chosen = select_schema(schema, "What is the age of each singer?", 40)
    singer = chosen.table("singer")
    assert singer is not None
    assert {c.name for c in singer.columns} >= {"singer_id", "age"}


def test_the_pipeline_prompt_uses_the_budget(big_db):
    from slmsql.inference.config import InferenceConfig
    from slmsql.inference.csc import CSCPipeline
    from slmsql.prompts.styles import DIRECT
    from tests.inference.fakes import ScriptedBackend

    backend = ScriptedBackend(["SELECT count(*) FROM singer\n"])
    config = InferenceConfig(mode="greedy", schema_tokens=500)
    with CSCPipeline(backend, model_name="fake", prompt_style=DIRECT, config=config,
                     schema_source=SchemaSource(examples_per_column=0)) as pipeline:
        answer = pipeline.answer(big_db, "How many singers are there?")
    prompt = backend.render(backend.calls[0][0])
    assert "CREATE TABLE singer" in prompt and "of 300 tables shown" in prompt
    assert prompt.count("CREATE TABLE") < 30
    assert answer.rows == ((1,),)
