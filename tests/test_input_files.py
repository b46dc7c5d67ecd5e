"""Input files that would hang or crash the plain readers: FIFOs and deeply nested JSON, in the
dataset, predictions and tables.json loaders alike."""

from __future__ import annotations

import json
import os

import pytest

from slmsql.db.descriptions import load_tables_json
from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_dataset, load_file
from slmsql.evaluation.predictions import read_predictions
from slmsql.input_files import parse_json, read_regular_file

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (DEEP, "nested too deeply"),
        ("{not json", "malformed JSON at line 1"),
        ("[" + "1" * 5000 + "]", "unreadable JSON"),
    ],
)
def test_parse_json_turns_every_failure_into_one_line(text, message):
    with pytest.raises(InputError) as info:
        parse_json(text, what="dataset d.json", code="dataset_malformed")
    assert info.value.code == "dataset_malformed" and message in info.value.message
    assert info.value.message.startswith("dataset d.json: ") and "\n" not in info.value.message


@pytest.mark.timeout(20)
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "preds.jsonl"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as info:
        read_regular_file(fifo, what="predictions", code="predictions")
    assert info.value.code == "predictions_not_regular"
    with pytest.raises(InputError):
        load_tables_json(fifo)


@pytest.mark.timeout(20)
def test_every_loader_refuses_deep_json_and_fifos(tmp_path, monkeypatch):
    from tests.evaluation.conftest import SPIDER_RECORDS, make_db

    db_dir = tmp_path / "database"
    make_db(db_dir, "shop")
    dataset_file = tmp_path / "dev.json"
    dataset_file.write_text(json.dumps(SPIDER_RECORDS))
    dataset = load_file(dataset_file, db_dir=db_dir)

    deep = tmp_path / "deep.json"
    deep.write_text(DEEP)
    deep_lines = tmp_path / "deep.jsonl"
    deep_lines.write_text('{"id": "0", "sql": "SELECT 1"}\n' + DEEP + "\n")
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    for load in (
        lambda: load_file(deep, db_dir=db_dir),
        lambda: load_file(deep_lines, db_dir=db_dir),
        lambda: load_dataset(str(fifo), db_dir=db_dir),
        lambda: read_predictions(deep, dataset),
        lambda: read_predictions(deep_lines, dataset),
        lambda: read_predictions(fifo, dataset),
        lambda: load_tables_json(deep),
    ):
        with pytest.raises(InputError) as info:
            load()
        assert "\n" not in info.value.message
