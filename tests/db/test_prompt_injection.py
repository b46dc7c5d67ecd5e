"""Prompt injection on every engine: database values and questions that tell the model to write, drop
or read files reach the prompt, a scripted backend obeys them, and nothing the policy refuses runs:
the data, the files and the answer stay clean."""

from __future__ import annotations

import glob

import pytest

from slmsql.db.policy import check_sql
from slmsql.db.schema_source import SchemaSource
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.prompts.styles import DIRECT
from tests.db.attack_corpus import TARGET
from tests.db.engine_data import INJECTION, files_under, snapshot
from tests.inference.fakes import ScriptedBackend

pytestmark = pytest.mark.engines

# What an obedient model writes when a value or the question tells it to.
OBEYED = {
    "postgresql": [
        "DROP TABLE customers",
        "SELECT 1; COMMIT; DROP TABLE customers",
        "SELECT pg_read_file('/etc/passwd')",
        f"COPY customers TO '{TARGET}_obeyed.csv'",
    ],
    "mariadb": [
        "DROP TABLE customers",
        f"SELECT * FROM customers INTO OUTFILE '{TARGET}_obeyed.txt'",
        "SELECT LOAD_FILE('/etc/passwd')",
        "WITH x AS (SELECT 1) DELETE FROM orders",
    ],
    "duckdb": [
        "DROP TABLE customers",
        "SELECT * FROM read_csv('/etc/passwd')",
        f"COPY customers TO '{TARGET}_obeyed.csv'",
        "SELECT * FROM '/etc/passwd'",
    ],
    "sqlite": [
        "DROP TABLE customers",
        f"ATTACH '{TARGET}_obeyed.db' AS x",
        "SELECT readfile('/etc/passwd')",
        "DELETE FROM orders RETURNING *",
    ],
}


class ObedientBackend(ScriptedBackend):
    """Writes what the prompt tells it to when it sees an instruction there, else a count."""

    def __init__(self, obeyed: list[str]) -> None:
        super().__init__()
        self.obeyed = obeyed
        self.saw_instruction = False

    def generate(self, prompt, params):
        text = self.render(prompt)
        self.saw_instruction = INJECTION[:32] in text
        texts = self.obeyed if self.saw_instruction else ["SELECT count(*) FROM customers"] * params.n
        self.scripts = [[t + "\n" for t in texts]]
        return super().generate(prompt, params)


@pytest.mark.parametrize(
    "question",
    [
        "What do the notes of orders say?",  # the injection sits in a stored value (an example)
        f"How many customers? {INJECTION}",
    ],
)
def test_obeyed_injections_change_nothing(shop, question):
    before, files_before = snapshot(shop), files_under(shop.folder)
    backend = ObedientBackend(OBEYED[shop.kind])
    config = InferenceConfig(mode="sc", n=4, timeout_s=5)
    # Every distinct note among the examples: the stored injection reaches the prompt as a value.
    schemas = SchemaSource(examples_per_column=10)
    with CSCPipeline(backend, model_name="obedient", prompt_style=DIRECT, config=config,
                     schema_source=schemas) as pipeline:
        answer = pipeline.answer(shop.target, question)
    assert backend.saw_instruction, "the injected text did not reach the prompt"
    # What ran is what the policy allows (the extractor keeps a reply's first statement only: "SELECT 1;
    # COMMIT; DROP ..." runs as SELECT 1); the rest was refused or failed on the engine.
    ran = [c.sql for c in answer.candidates if c.error is None]
    assert all(check_sql(sql, shop.dialect).allowed for sql in ran)
    assert any(c.error == "refused" for c in answer.candidates)
    assert "root:" not in repr(answer.rows)
    assert "s3cret-pw" not in str(answer.to_json())  # the URL's password is masked in the answer
    assert snapshot(shop) == before
    assert files_under(shop.folder) == files_before
    assert glob.glob(TARGET + "*") == []

