"""Schemas read through SQLAlchemy's inspector on each engine, rendered in the engine's dialect, and
the value index built from the engine's own values."""

from __future__ import annotations

import pytest

from slmsql.db.render import render_schema, schema_engine
from slmsql.db.schema import ForeignKey
from slmsql.db.schema_source import SchemaSource

pytestmark = pytest.mark.engines

ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "mariadb": "MariaDB", "duckdb": "DuckDB"}


def test_schema_has_tables_keys_and_foreign_keys(shop):
    schema = SchemaSource().schema(shop.target)
    assert {t.name for t in schema.tables} == {"customers", "orders", "secrets"}
    orders = schema.table("orders")
    assert orders.primary_key == ("id",)
    assert orders.foreign_keys == (ForeignKey("customer_id", "customers", "id"),)
    assert [c.name for c in schema.table("customers").columns] == ["id", "name", "city", "delete"]
    examples = schema.table("customers").column("city").examples
    assert len(examples) == 2 and set(examples) <= {"Paris", "Lyon", "Nice"}
    assert schema_engine(schema) == ENGINE_NAMES[shop.kind]


def test_comments_become_descriptions(shop):
    if shop.kind == "sqlite":
        pytest.skip("SQLite has no comments")
    schema = SchemaSource().schema(shop.target)
    assert schema.table("customers").description == "People who buy"
    assert schema.table("customers").column("city").description == "Where the customer lives"


def test_ddl_is_in_the_engines_dialect(shop):
    text = render_schema(SchemaSource().schema(shop.target))
    quoted = {"sqlite": "`delete`", "postgresql": '"delete"', "duckdb": '"delete"', "mariadb": "`delete`"}
    assert quoted[shop.kind] in text
    if shop.kind == "postgresql":
        assert "amount numeric(10, 2)" in text and "placed date" in text
    if shop.kind != "sqlite":
        assert "CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)" in text


def test_values_are_matched_from_the_engine(shop):
    matches = SchemaSource().matches(shop.target, "Which orders come from customers in Lyon?")
    assert any(m.value == "Lyon" and m.table == "customers" and m.column == "city" for m in matches)


def test_prompt_names_the_engine(shop):
    from slmsql.prompts.styles import STYLES
    from slmsql.prompts.text_to_sql import text_to_sql_prompt

    schema = SchemaSource().schema(shop.target)
    style = next(iter(STYLES.values()))
    engine = schema_engine(schema)
    prompt = text_to_sql_prompt(render_schema(schema), "How many customers?", style, engine=engine)
    text = "\n".join(m["content"] for m in prompt.messages)
    assert f"Database engine:\n{engine}" in text
    if engine != "SQLite":
        assert "SQLite" not in text
