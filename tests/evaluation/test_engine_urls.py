"""`--db-url`: predictions answered and scored on another engine (DuckDB files here), the gold on the
dataset's SQLite files; bad templates and unreachable databases as one line, password masked."""

from __future__ import annotations

import json

import pytest

from slmsql.db.pool import QueryJob, run_job
from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_file
from slmsql.evaluation.engine_urls import DatabaseURLTemplate
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.metrics import rounded_floats
from tests.db.servers import free_port, need_module
from tests.evaluation.engine_copies import AVERAGE, PREDICTED, duckdb_shop_set
from tests.evaluation.test_predict import run
from tests.inference.fakes import ScriptedBackend

pytestmark = pytest.mark.engines


@pytest.fixture
def engine_set(tmp_path):
    """A factory: (dataset in ``fmt``, DuckDB URL template) over one SQLite database and its copy."""

    def make(fmt: str = "spider"):
        questions, db_dir, template = duckdb_shop_set(tmp_path, fmt)
        return load_file(questions, db_dir=db_dir), DatabaseURLTemplate.parse(template)

    return make


def predictions(dataset) -> dict[str, str]:
    return {e.id: pred for e, pred in zip(dataset.examples, PREDICTED, strict=False)}


@pytest.mark.parametrize("fmt", ["spider", "bird"])
def test_eval_runs_predictions_on_the_engine_against_sqlite_gold(engine_set, fmt):
    dataset, template = engine_set(fmt)
    report = evaluate(dataset, predictions(dataset), workers=1, details=True, db_url=template)
    assert [q.status for q in report.questions] == ["correct", "correct", "wrong", "skipped"]
    assert report.correct == 2 and report.evaluated == 3 and report.skipped == 1
    assert report.to_json()["predictions_on"] == {"engine": "duckdb", "db_url": template.template}
    # On SQLite, the same file: the DuckDB-only cast fails, the average matches exactly.
    plain = evaluate(dataset, predictions(dataset), workers=1, details=True)
    assert [q.status for q in plain.questions] == ["error", "correct", "wrong", "skipped"]
    assert "predictions_on" not in plain.to_json()


def test_the_float_case_differs_unrounded(engine_set):
    """The average is a real float-digits case: equal only once rounded (so the scores above need it)."""
    dataset, template = engine_set()
    on_sqlite = run_job(QueryJob(str(dataset.examples[1].db_path), AVERAGE), 5, 10)
    on_duckdb = run_job(QueryJob(template.url("shop"), AVERAGE), 5, 10)
    assert on_sqlite.ok and on_duckdb.ok and on_sqlite.rows != on_duckdb.rows
    assert rounded_floats(on_sqlite).rows == rounded_floats(on_duckdb).rows == ((2.2,),)


def test_eval_refuses_a_test_suite_with_an_engine(engine_set, tmp_path):
    dataset, template = engine_set()
    with pytest.raises(InputError, match="--test-suite and --db-url"):
        evaluate(dataset, predictions(dataset), workers=1, db_url=template, test_suite=tmp_path)


def test_predict_answers_on_the_engine_and_checks_against_sqlite_gold(engine_set, tmp_path):
    dataset, template = engine_set()
    out = tmp_path / "preds.jsonl"
    backend = ScriptedBackend(*([pred] for pred in PREDICTED))
    run(dataset, out, backend, db_url=template)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["correct"] for r in rows] == [True, True, False]
    assert [r["sql"] for r in rows] == PREDICTED
    assert rows[0]["rows"] == [[3]] and rows[0]["error"] is None  # the cast ran on DuckDB
    assert {(r["engine"], r["db"]) for r in rows} == {("duckdb", template.url("shop"))}
    # The prompt is DuckDB's.
    assert "DuckDB" in backend.render(backend.calls[0][0])
    # Resuming these rows on the SQLite files would mix two engines in one file.
    with pytest.raises(InputError, match="answered on duckdb:///") as caught:
        run(dataset, out, ScriptedBackend(), resume=True)
    assert caught.value.code == "resume_other_database"


@pytest.mark.parametrize(
    ("template", "code", "needle"),
    [
        ("duckdb:////data/shop.duckdb", "db_url_no_placeholder", "has no {db_id}"),
        ("{db_id}.sqlite", "db_url_bad", "not a database URL"),
        ("oracle://bob:hunter2@host/{db_id}", "db_bad_url", "unsupported engine 'oracle'"),
        ("sqlite:///data/{db_id}.sqlite", "db_bad_url", "unsupported engine 'sqlite'"),
        ("postgresql+asyncpg://bob:hunter2@host/{db_id}", "db_bad_url", "driver 'asyncpg' is not supported"),
    ],
)
def test_a_bad_template_is_one_line_without_the_password(template, code, needle):
    with pytest.raises(InputError) as caught:
        DatabaseURLTemplate.parse(template)
    assert caught.value.code == code and needle in caught.value.message
    assert caught.value.message.startswith("--db-url ") and "hunter2" not in caught.value.message


def test_a_template_names_its_engine_and_masks_its_password():
    pg = DatabaseURLTemplate.parse("postgres://bob:hunter2@127.0.0.1:5432/{db_id}")
    assert pg.engine == "postgresql" and pg.shown == "postgres://bob:***@127.0.0.1:5432/{db_id}"
    assert (
        pg.url("shop").endswith("/shop") and pg.shown_url("shop") == "postgres://bob:***@127.0.0.1:5432/shop"
    )
    assert DatabaseURLTemplate.parse("duckdb:////nowhere/{db_id}.duckdb").engine == "duckdb"
    lower = DatabaseURLTemplate.parse("postgresql+psycopg://bob@127.0.0.1/{db_id_lower}")
    assert lower.url("cre_Doc_Template_Mgt") == "postgresql+psycopg://bob@127.0.0.1/cre_doc_template_mgt"


def test_an_unreachable_database_names_its_db_id(engine_set, tmp_path):
    _dataset, template = engine_set()
    template.check(["shop"])  # the copy is there
    with pytest.raises(InputError) as caught:
        template.check(["shop", "farm"])
    message = caught.value.message
    assert caught.value.code == "db_unreachable"
    farm = f"duckdb:///{tmp_path}/duck/farm.duckdb"
    assert message == f"--db-url: db_id farm: {farm} cannot be reached (no such DuckDB file)"
    with pytest.raises(InputError, match="database id 'a/b' cannot be put in a URL"):
        template.check(["a/b"])


def test_an_unreachable_server_is_one_line_without_the_password():
    need_module("psycopg", "psycopg")
    template = DatabaseURLTemplate.parse(
        f"postgresql+psycopg://bob:hunter2@127.0.0.1:{free_port()}/{{db_id}}"
    )
    with pytest.raises(InputError) as caught:
        template.check(["concert_singer"])
    message = caught.value.message
    assert message.startswith("--db-url: db_id concert_singer: postgresql+psycopg://bob:***@127.0.0.1:")
    assert "/concert_singer cannot be reached" in message and "hunter2" not in message
