"""A real server on a free loopback port, answering with a scripted OpenAI-compatible backend."""

from __future__ import annotations

import pytest

from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings
from slmsql.server.app import create_app
from slmsql.server.catalog import Catalog
from slmsql.server.engine import Engine
from slmsql.server.settings import ServerSettings
from tests.commands.sql_server import ScriptedSQLServer
from tests.server.live import LiveServer

COUNT = "SELECT count(*) FROM customers"
PARIS = "SELECT count(*) FROM customers WHERE city = 'Paris'"
LYON = "SELECT count(*) FROM customers WHERE city = 'Lyon'"
BY_COUNTRY = "SELECT country, count(*) AS n FROM customers GROUP BY country ORDER BY n DESC"
ANSWERS = {
    "How many customers are there?": [COUNT, "SELECT count(customer_id) FROM customers", COUNT],
    "How many customers live in Paris?": [PARIS, LYON, LYON, PARIS],
    "How many customers per country?": [BY_COUNTRY],
}


@pytest.fixture
def fake_llm():
    srv = ScriptedSQLServer(ANSWERS, merge_answer=PARIS)
    yield srv
    srv.close()


def make_engine(fake_llm, **inference) -> Engine:
    model = ModelSettings(model="fake", backend="openai", base_url=fake_llm.url)
    return Engine.from_settings(model, InferenceConfig(**{"n": 4, "m": 2, **inference}))


@pytest.fixture
def start(fake_llm):
    """``start(**server_settings)`` → a running LiveServer (stopped after the test)."""
    started: list[tuple[LiveServer, Engine]] = []

    def _start(engine: Engine | None = None, catalog: Catalog | None = None, **settings) -> LiveServer:
        engine = engine or make_engine(fake_llm)
        app = create_app(ServerSettings(**settings), engine, catalog or Catalog())
        live = LiveServer(app)
        started.append((live, engine))
        return live

    yield _start
    for live, engine in started:
        live.stop()
        engine.close()
