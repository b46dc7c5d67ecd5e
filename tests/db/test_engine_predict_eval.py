"""`slmsql predict --db-url` and `slmsql eval --db-url` on a real PostgreSQL server: the dataset's SQLite
database copied into a PostgreSQL database named by its db_id, read by the SELECT-only role."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from slmsql.cli import app
from tests.commands.sql_server import ScriptedSQLServer
from tests.db.servers import PASSWORD
from tests.evaluation.engine_copies import CASES, shop_set, sqlite_tables

pytestmark = pytest.mark.engines


def postgres_copy(server, sqlite_path, db_id: str) -> None:
    """A database ``db_id`` (owned by the owner role, readable by the reader) with the tables and rows
    of ``sqlite_path``."""
    import psycopg

    login = dict(host="127.0.0.1", port=server.port, password=PASSWORD, autocommit=True)
    with psycopg.connect(user="admin", dbname="postgres", **login) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {db_id}")
        admin.execute(f"CREATE DATABASE {db_id} OWNER owner")
    with psycopg.connect(user="owner", dbname=db_id, **login) as owner:
        for ddl, name, rows in sqlite_tables(sqlite_path):
            owner.execute(ddl)
            with owner.cursor() as cur:
                cur.executemany(f'INSERT INTO "{name}" VALUES ({", ".join(["%s"] * len(rows[0]))})', rows)
        owner.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")


def test_predict_then_eval_on_postgresql(postgres_server, tmp_path):
    questions, db_dir = shop_set(tmp_path)
    postgres_copy(postgres_server, db_dir / "shop" / "shop.sqlite", "shop")
    template = postgres_server.reader_url.rsplit("/", 1)[0] + "/{db_id}"
    srv = ScriptedSQLServer({question: [pred] for question, _gold, pred in CASES})
    try:
        out = tmp_path / "preds.jsonl"
        dataset = ["--dataset", str(questions), "--db-dir", str(db_dir), "--db-url", template]
        model = ["--backend", "openai", "--base-url", srv.url, "--model", "fake", "--mode", "greedy"]
        runner = CliRunner()
        predicted = runner.invoke(app, ["predict", *dataset, "--out", str(out), *model])
        assert predicted.exit_code == 0, predicted.output
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        # The cast runs on PostgreSQL, the REAL (single precision) average is right to 6 places.
        assert [r["correct"] for r in rows] == [True, True, False]
        assert rows[0]["rows"] == [[3]] and {r["engine"] for r in rows} == {"postgresql"}
        assert rows[0]["db"] == f"postgresql+psycopg://reader:***@127.0.0.1:{postgres_server.port}/shop"

        scored = runner.invoke(app, ["eval", *dataset, "--predictions", str(out), "--json", "-"])
        assert scored.exit_code == 0, scored.output
        report = json.loads(scored.stdout)
        assert (report["correct"], report["evaluated"], report["skipped"]) == (2, 3, 1)
        assert report["predictions_on"]["engine"] == "postgresql"
        assert PASSWORD not in out.read_text() + predicted.output + scored.output
    finally:
        srv.close()


def test_a_missing_postgresql_database_is_one_line(postgres_server, tmp_path):
    questions, db_dir = shop_set(tmp_path)
    template = postgres_server.reader_url.rsplit("/", 1)[0] + "/nope_{db_id}"
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps({"id": str(i), "sql": "SELECT 1"}) + "\n" for i in range(3)))
    args = ["eval", "--dataset", str(questions), "--db-dir", str(db_dir), "--predictions", str(preds)]
    result = CliRunner().invoke(app, [*args, "--db-url", template])
    assert result.exit_code != 0
    message = str(result.exception)
    assert message.startswith("--db-url: db_id shop: postgresql+psycopg://reader:***@127.0.0.1:")
    assert "/nope_shop cannot be reached" in message and PASSWORD not in message
