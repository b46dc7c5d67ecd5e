"""The HTTP API's contract, against a real server on a free port with a scripted model server:
every endpoint, its success and each bad input (4xx with an error code, never a 500)."""

from __future__ import annotations

import json
import threading

import httpx
import pytest

from slmsql.db.demo import demo_database_path
from slmsql.db.schema_source import SchemaSource
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.inference.result import Answer
from slmsql.models.base import Backend, Completion, GenerationOutput
from slmsql.prompts.styles import get_style
from slmsql.server.catalog import Catalog
from slmsql.server.engine import Engine
from tests.server.conftest import BY_COUNTRY, PARIS

STYLE = "direct"


def post(live, path, body, **kw):
    return httpx.post(live.url + path, json=body, timeout=30, **kw)


def error_of(response, status, code):
    assert response.status_code == status, response.text
    data = response.json()
    assert data["error"]["code"] == code, data
    assert data["error"]["message"] and "Traceback" not in response.text
    return data["error"]["message"]


def test_health_databases_schema_and_openapi(start):
    live = start()
    health = httpx.get(live.url + "/health").json()
    assert health["status"] == "ok" and health["model"] == "fake" and health["databases"] == 1
    listing = httpx.get(live.url + "/v1/databases").json()["databases"]
    assert [d["name"] for d in listing] == ["demo"] and listing[0]["tables"] > 0
    schema = httpx.get(live.url + "/v1/databases/demo/schema").json()
    customers = next(t for t in schema["tables"] if t["name"] == "customers")
    assert "customer_id" in [c["name"] for c in customers["columns"]]
    assert "CREATE TABLE" in schema["prompt_schema"]
    paths = httpx.get(live.url + "/openapi.json").json()["paths"]
    for path in ("/v1/ask", "/v1/ask/stream", "/v1/sql", "/v1/databases", "/v1/databases/{name}/schema"):
        assert path in paths


def test_ask_returns_the_answer_json_of_slmsql_ask(start, fake_llm):
    live = start()
    response = post(live, "/v1/ask", {"db": "demo", "question": "How many customers are there?", "n": 3})
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) == set(Answer(question="", db="", mode="csc", model="", sql=None).to_json())
    assert data["rows"] == [[60]] and data["mode"] == "csc" and data["model"] == "fake"
    assert [c["votes"] for c in data["candidates"]] == [3, 3, 3]
    assert fake_llm.requests[-1]["n"] == 3


def test_ask_with_a_close_vote_runs_the_merge_and_honours_mode(start):
    live = start()
    data = post(live, "/v1/ask", {"db": "demo", "question": "How many customers live in Paris?"}).json()
    assert data["merged"] is True and data["sql"] == PARIS and len(data["merge"]["outputs"]) == 2
    sc = post(live, "/v1/ask", {"db": "demo", "question": "How many customers live in Paris?", "mode": "sc"})
    assert sc.json()["merged"] is False and sc.json()["mode"] == "sc"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"db": "nope", "question": "How many?"}, 404, "unknown_db"),
        ({"db": "demo", "question": "   "}, 422, "empty_question"),
        ({"db": "demo", "question": "x" * 501}, 413, "question_too_long"),
        ({"db": "demo", "question": "ok", "evidence": "e" * 501}, 413, "evidence_too_long"),
        ({"db": "demo", "question": 12}, 422, "invalid_request"),
        ({"db": "demo"}, 422, "invalid_request"),
        ({"db": "demo", "question": "ok", "n": "3"}, 422, "invalid_request"),
        ({"db": "demo", "question": "ok", "n": 0}, 422, "invalid_request"),
        ({"db": "demo", "question": "ok", "n": 99}, 422, "too_many_samples"),
        ({"db": "demo", "question": "ok", "mode": "fast"}, 422, "invalid_request"),
        ({"db": "demo", "question": "ok", "extra": 1}, 422, "invalid_request"),
        ([1, 2], 422, "invalid_request"),
    ],
)
def test_ask_bad_input_is_a_4xx_with_a_code(start, body, status, code):
    live = start(max_question_chars=500)
    error_of(post(live, "/v1/ask", body), status, code)
    error_of(post(live, "/v1/ask/stream", body), status, code)


def test_invalid_json_and_oversized_body(start):
    live = start(max_body_bytes=1000)
    json_type = {"Content-Type": "application/json"}
    bad = httpx.post(
        live.url + "/v1/ask", content=b'{"db": "demo", "question": ', headers=json_type, timeout=10
    )
    error_of(bad, 400, "invalid_json")
    big = httpx.post(
        live.url + "/v1/sql", content=b'{"db": "demo", "sql": "' + b"x" * 5000 + b'"}', timeout=10
    )
    error_of(big, 413, "body_too_large")

    def chunks():  # no Content-Length: the limit still holds
        for _ in range(10):
            yield b" " * 500

    error_of(httpx.post(live.url + "/v1/sql", content=chunks(), timeout=10), 413, "body_too_large")


def test_sql_runs_read_only_and_caps_rows(start):
    live = start(sql_max_rows=5)
    data = post(live, "/v1/sql", {"db": "demo", "sql": BY_COUNTRY}).json()
    assert data["columns"] == ["country", "n"] and len(data["rows"]) == 5 and data["truncated"] is True
    two = post(live, "/v1/sql", {"db": "demo", "sql": BY_COUNTRY, "max_rows": 2}).json()
    assert len(two["rows"]) == 2


@pytest.mark.parametrize(
    ("sql", "status", "code"),
    [
        ("DELETE FROM customers", 403, "sql_refused"),
        ("DROP TABLE customers", 403, "sql_refused"),
        ("SELECT 1; DROP TABLE customers", 403, "sql_refused"),
        ("WITH x AS (SELECT 1) DELETE FROM customers", 403, "sql_refused"),
        ("SELECT nope FROM customers", 422, "sql_no_such_column"),
        ("SELECT * FROM nowhere", 422, "sql_no_such_table"),
        ("", 422, "empty_sql"),
    ],
)
def test_sql_bad_input(start, sql, status, code):
    live = start()
    error_of(post(live, "/v1/sql", {"db": "demo", "sql": sql}), status, code)
    assert post(live, "/v1/sql", {"db": "demo", "sql": "SELECT count(*) FROM customers"}).json()["rows"] == [
        [60]
    ]


def test_unknown_paths_and_methods_are_json_errors(start):
    live = start()
    error_of(httpx.get(live.url + "/v1/nothing"), 404, "not_found")
    error_of(httpx.get(live.url + "/v1/ask"), 405, "method_not_allowed")
    error_of(httpx.get(live.url + "/v1/databases/nope/schema"), 404, "unknown_db")


def test_api_key_required_when_set(start):
    live = start(server_key="s3cret-key")
    message = error_of(httpx.get(live.url + "/v1/databases"), 401, "missing_api_key")
    assert "Bearer" in message
    error_of(httpx.get(live.url + "/v1/databases", headers={"X-API-Key": "wrong"}), 401, "bad_api_key")
    ok = httpx.get(live.url + "/v1/databases", headers={"Authorization": "Bearer s3cret-key"})
    assert ok.status_code == 200
    assert httpx.get(live.url + "/v1/databases", headers={"X-API-Key": "s3cret-key"}).status_code == 200
    assert httpx.get(live.url + "/health").status_code == 200  # open, for load balancers


def test_cors_off_unless_configured(start):
    preflight = {"Origin": "http://example.org", "Access-Control-Request-Method": "POST"}
    off = start()
    assert "access-control-allow-origin" not in httpx.options(off.url + "/v1/ask", headers=preflight).headers
    on = start(cors_origins="http://example.org")
    response = httpx.options(on.url + "/v1/ask", headers=preflight)
    assert response.headers["access-control-allow-origin"] == "http://example.org"


class GatedBackend(Backend):
    """Every generation waits until the test opens the gate."""

    name = "gated"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Semaphore(0)

    def render(self, prompt):
        return ""

    def generate(self, prompt, params):
        self.entered.release()
        self.gate.wait(30)
        return GenerationOutput(
            tuple(Completion("SELECT 1", "stop", 2) for _ in range(params.n)), 10, 10, 0.0, 0.0
        )


def gated_engine(backend: GatedBackend) -> Engine:
    pipeline = CSCPipeline(
        backend,
        model_name="gated",
        prompt_style=get_style(STYLE),
        config=InferenceConfig(mode="greedy"),
        schema_source=SchemaSource(),
    )
    return Engine(pipeline)


def test_full_queue_answers_503_with_retry_after(start):
    backend = GatedBackend()
    live = start(engine=gated_engine(backend), max_concurrent=1, queue_size=1)
    body = {"db": "demo", "question": "How many customers are there?"}
    results: list[httpx.Response] = []
    threads = [threading.Thread(target=lambda: results.append(post(live, "/v1/ask", body))) for _ in range(2)]
    for t in threads:
        t.start()
    assert backend.entered.acquire(timeout=10)  # one generating
    for _ in range(100):  # and one waiting
        if httpx.get(live.url + "/health").json()["waiting"] == 1:
            break
        threading.Event().wait(0.02)
    full = post(live, "/v1/ask", body)
    error_of(full, 503, "queue_full")
    assert int(full.headers["retry-after"]) >= 1
    assert post(live, "/v1/sql", {"db": "demo", "sql": "SELECT 1"}).status_code == 200  # SQL does not wait
    backend.gate.set()
    for t in threads:
        t.join(30)
    assert [r.status_code for r in results] == [200, 200]


def test_deadline_answers_504(start):
    backend = GatedBackend()
    live = start(engine=gated_engine(backend), deadline_s=0.5)
    response = post(live, "/v1/ask", {"db": "demo", "question": "How many customers are there?"})
    error_of(response, 504, "deadline_exceeded")
    backend.gate.set()


def test_server_serves_named_databases(start, tmp_path):
    import shutil

    copy = tmp_path / "shop.sqlite"
    shutil.copy(demo_database_path(), copy)
    live = start(catalog=Catalog.from_specs([f"shop={copy}", "demo"]))
    names = [d["name"] for d in httpx.get(live.url + "/v1/databases").json()["databases"]]
    assert names == ["demo", "shop"]
    data = post(live, "/v1/sql", {"db": "shop", "sql": "SELECT count(*) FROM customers"}).json()
    assert data["rows"] == [[60]]
    assert json.loads(json.dumps(data)) == data
