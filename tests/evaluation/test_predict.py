"""`predict`: questions answered grouped by database, lines written in dataset order, resumable
after an interruption, and one query pool for the checks of a run."""

from __future__ import annotations

import json
import threading

import pytest

import slmsql.db.pool as pool_module
from slmsql.db.pool import QueryPool
from slmsql.evaluation.datasets import load_file
from slmsql.evaluation.predict import answer_order, partial_path, predict
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.models.base import Backend, Completion, GenerationOutput
from slmsql.prompts.styles import DIRECT

COUNT = "SELECT count(*) FROM item"
FRUIT = "SELECT count(*) FROM item WHERE kind = 'fruit'"
# Questions alternate between two databases; the even ones are answered right.
QUESTIONS = [
    ("shop", "How many items in the shop?", COUNT),
    ("farm", "How many items on the farm?", COUNT),
    ("shop", "How many fruits in the shop?", FRUIT),
    ("farm", "How many fruits on the farm?", FRUIT),
    ("shop", "How many items are there in all?", COUNT),
]
ANSWERS = {q: (gold if i % 2 == 0 else "SELECT 0") for i, (_db, q, gold) in enumerate(QUESTIONS)}


class QuestionBackend(Backend):
    """Answers each question from ``ANSWERS``, records the questions in the order it sees them, and
    raises (a backend gone) on call number ``fail_at`` (counted from 1)."""

    name = "questions"

    def __init__(self, fail_at: int | None = None) -> None:
        self.seen: list[str] = []
        self.fail_at = fail_at
        self._lock = threading.Lock()

    def render(self, prompt) -> str:
        return "\n".join(m["content"] for m in prompt.messages) + prompt.prefill

    def generate(self, prompt, params) -> GenerationOutput:
        text = self.render(prompt)
        question = next(q for q in ANSWERS if q in text)
        with self._lock:
            if self.fail_at is not None and len(self.seen) + 1 >= self.fail_at:
                raise RuntimeError("backend gone")
            self.seen.append(question)
        completions = tuple(Completion(ANSWERS[question] + "\n", "stop", 5) for _ in range(params.n))
        return GenerationOutput(completions, 50, 50, prompt_s=0.0, generation_s=0.0)


@pytest.fixture
def dataset(tmp_path, make_db, write_json):
    db_dir = tmp_path / "database"
    for db_id in ("shop", "farm"):
        make_db(db_dir, db_id)
    records = [{"db_id": db, "question": q, "query": gold} for db, q, gold in QUESTIONS]
    return load_file(write_json(tmp_path / "dev.json", records), db_dir=db_dir)


def run(dataset, out, backend, **kw):
    # The pipeline's own queries run in this process: only the checks' pool starts workers.
    with CSCPipeline(
        backend,
        model_name="fake",
        prompt_style=DIRECT,
        config=InferenceConfig(mode="greedy"),
        pool=QueryPool(0),
    ) as pipeline:
        return predict(dataset, list(dataset.runnable), pipeline, out, **kw)


def lines(out):
    """The rows of ``out``; none when it was never made (a side file: with several questions in flight
    the failure may come before any row finished out of turn)."""
    if not out.exists():
        return []
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


IDS = ["0", "1", "2", "3", "4"]
GROUPED = [QUESTIONS[i][1] for i in (0, 2, 4, 1, 3)]


def test_answer_order_groups_by_first_appearance(dataset):
    assert [e.id for e in answer_order(list(dataset.runnable))] == ["0", "2", "4", "1", "3"]
    assert [e.id for e in answer_order(list(dataset.runnable), "dataset")] == IDS


def test_grouped_answers_written_in_dataset_order(dataset, tmp_path):
    out = tmp_path / "preds.jsonl"
    backend = QuestionBackend()
    records = run(dataset, out, backend)
    assert backend.seen == GROUPED
    rows = lines(out)
    assert [r["id"] for r in rows] == IDS == [r.id for r in records]
    assert [r["correct"] for r in rows] == [True, False, True, False, True]
    assert [r["sql"] for r in rows] == [ANSWERS[q] for _db, q, _gold in QUESTIONS]
    assert not partial_path(out).exists()


def test_dataset_order_keeps_the_old_order(dataset, tmp_path):
    out = tmp_path / "preds.jsonl"
    backend = QuestionBackend(fail_at=4)
    with pytest.raises(RuntimeError):
        run(dataset, out, backend, order="dataset")
    assert backend.seen == [q for _db, q, _gold in QUESTIONS[:3]]
    assert [r["id"] for r in lines(out)] == IDS[:3]
    assert not partial_path(out).exists()  # every row came in its turn


@pytest.mark.parametrize("concurrency", [1, 3])
def test_resume_after_an_interruption_is_complete_and_in_order(dataset, tmp_path, concurrency):
    out = tmp_path / "preds.jsonl"
    first = QuestionBackend(fail_at=4)  # answers 0, 2 and 4; gone at 1
    with pytest.raises(RuntimeError):
        run(dataset, out, first, concurrency=concurrency)
    on_disk = {r["id"] for r in lines(out)} | {r["id"] for r in lines(partial_path(out))}
    assert [r["id"] for r in lines(out)] == IDS[: len(lines(out))]  # a dataset-order prefix
    if concurrency == 1:
        assert on_disk == {"0", "2", "4"}  # nothing answered was lost
    reused: list[str] = []
    second = QuestionBackend()
    records = run(
        dataset, out, second, resume=True, concurrency=concurrency,
        on_record=lambda r, was_reused: reused.append(r.id) if was_reused else None,
    )
    assert sorted(reused) == sorted(on_disk)
    assert {QUESTIONS[int(i)][1] for i in on_disk}.isdisjoint(second.seen)  # nothing answered twice
    rows = lines(out)
    assert [r["id"] for r in rows] == IDS == [r.id for r in records]
    assert [r["correct"] for r in rows] == [True, False, True, False, True]
    assert not partial_path(out).exists()


def test_resume_drops_a_torn_side_file_line_and_answers_it_again(dataset, tmp_path):
    out = tmp_path / "preds.jsonl"
    with pytest.raises(RuntimeError):
        run(dataset, out, QuestionBackend(fail_at=4))
    side = partial_path(out)
    kept, torn = side.read_text(encoding="utf-8").splitlines()  # questions 2 and 4
    side.write_text(kept + "\n" + torn[:20], encoding="utf-8")
    second = QuestionBackend()
    run(dataset, out, second, resume=True)
    assert second.seen == [QUESTIONS[i][1] for i in (4, 1, 3)]
    assert [r["id"] for r in lines(out)] == IDS


def test_a_fresh_run_starts_over(dataset, tmp_path):
    out = tmp_path / "preds.jsonl"
    with pytest.raises(RuntimeError):
        run(dataset, out, QuestionBackend(fail_at=4))
    backend = QuestionBackend()
    run(dataset, out, backend)
    assert backend.seen == GROUPED and [r["id"] for r in lines(out)] == IDS
    assert not partial_path(out).exists()


def test_one_pool_for_the_checks_of_a_run(dataset, tmp_path, monkeypatch):
    started: list[object] = []
    stopped: list[object] = []

    class CountingPool(pool_module.ProcessPool):
        def __init__(self, *args, **kw):
            super().__init__(*args, **kw)
            started.append(self)

        def stop(self):
            stopped.append(self)
            super().stop()

    monkeypatch.setattr(pool_module, "ProcessPool", CountingPool)
    rows = run(dataset, tmp_path / "preds.jsonl", QuestionBackend(), concurrency=2)
    assert [r.correct for r in rows] == [True, False, True, False, True]  # ten queries checked
    assert len(started) == 1 and stopped == started
