"""Past one machine: `slmsql serve` and `slmsql predict --concurrency K` against a fake
OpenAI-compatible server that records how many requests it had in flight at once."""

from __future__ import annotations

import json
import shutil
import threading
import time

import httpx
from typer.testing import CliRunner

from slmsql.cli import app
from slmsql.db.demo import demo_database_path
from tests.commands.sql_server import ScriptedSQLServer
from tests.server.conftest import ANSWERS, COUNT, PARIS, make_engine

runner = CliRunner()


class CountingServer(ScriptedSQLServer):
    """Each reply takes ``delay_s``; ``most_in_flight`` is the most requests being answered at once."""

    def __init__(self, answers, delay_s: float = 0.2, **kw) -> None:
        super().__init__(answers, **kw)
        self.delay_s = delay_s
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def reply(self, body):
        with self._lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(self.delay_s)
            return super().reply(body)
        finally:
            with self._lock:
                self.in_flight -= 1


def test_serve_keeps_max_concurrent_questions_in_flight(start):
    llm = CountingServer(ANSWERS)
    try:
        live = start(engine=make_engine(llm), max_concurrent=3, queue_size=20)
        body = {"db": "demo", "question": "How many customers are there?", "mode": "sc"}
        results: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: results.append(
                    httpx.post(live.url + "/v1/ask", json=body, timeout=60).status_code
                )
            )
            for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert results == [200] * 8
        assert llm.most_in_flight == 3  # the limit, reached and never passed
        assert all(r["n"] == 4 for r in llm.requests)  # the samples of a question: one request of n
    finally:
        llm.close()


def _dataset(tmp_path, count: int):
    db_dir = tmp_path / "database" / "shop"
    db_dir.mkdir(parents=True)
    shutil.copy(demo_database_path(), db_dir / "shop.sqlite")
    questions = [
        {"db_id": "shop", "question": q, "query": sql}
        for i in range(count)
        for q, sql in [
            (("How many customers are there?", COUNT), ("How many customers live in Paris?", PARIS))[i % 2]
        ]
    ]
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(questions))
    return path


def _predict(llm, dataset, out, *extra):
    args = ["predict", "--dataset", str(dataset), "--out", str(out), "--backend", "openai"]
    args += ["--base-url", llm.url, "--model", "fake", "--mode", "sc", "-n", "2", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_predict_concurrency_keeps_k_in_flight_and_writes_in_order(tmp_path):
    dataset = _dataset(tmp_path, 9)
    answers = {"How many customers are there?": [COUNT], "How many customers live in Paris?": [PARIS]}
    llm = CountingServer(answers, delay_s=0.3)
    try:
        rows = _predict(llm, dataset, tmp_path / "k4.jsonl", "--concurrency", "4")
        assert llm.most_in_flight == 4
    finally:
        llm.close()
    one = CountingServer(answers, delay_s=0.01)
    try:
        serial = _predict(one, dataset, tmp_path / "k1.jsonl")
        assert one.most_in_flight == 1
    finally:
        one.close()
    assert [r["question"] for r in rows] == [r["question"] for r in serial]  # dataset order
    assert [r["id"] for r in rows] == [r["id"] for r in serial]
    assert [r["sql"] for r in rows] == [COUNT, PARIS] * 4 + [COUNT]
    assert all(r["correct"] for r in rows)


def test_predict_concurrency_must_be_positive(tmp_path):
    result = runner.invoke(
        app, ["predict", "--dataset", "x", "--out", str(tmp_path / "o"), "--concurrency", "0"]
    )
    assert result.exit_code != 0 and "--concurrency" in result.output
