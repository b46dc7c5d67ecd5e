"""The databases a server offers, by name, and their schemas as plain JSON."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from slmsql.db.demo import DEMO_NAME, demo_database_path, resolve_database
from slmsql.db.render import render_schema
from slmsql.db.schema import Schema
from slmsql.db.schema_source import SchemaSource
from slmsql.errors import InputError, shown_path

_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")


def parse_database_specs(specs: Iterable[str]) -> dict[str, Path]:
    """``NAME=PATH`` (or a bare PATH, named by its file stem; ``demo`` for the bundled database)
    into ``{name: checked path}``. InputError for a bad name, a duplicate or a missing file."""
    out: dict[str, Path] = {}
    for spec in specs:
        spec = spec.strip()
        if not spec:
            continue
        name, sep, path = spec.partition("=")
        if not sep:
            path, name = spec, DEMO_NAME if spec == DEMO_NAME else Path(spec).stem
        name, path = name.strip(), path.strip()
        if not _NAME.match(name):
            raise InputError(
                "bad_db_name", f"database name {shown_path(name)!r}: use letters, digits, '_', '.', '-'"
            )
        if name in out:
            raise InputError("duplicate_db", f"database name {name!r} is given twice")
        out[name] = resolve_database(path)
    return out


class Catalog:
    """Named databases with a shared :class:`SchemaSource` (schemas are introspected once)."""

    def __init__(self, databases: dict[str, Path] | None = None, schemas: SchemaSource | None = None) -> None:
        self.databases = dict(databases) if databases else {DEMO_NAME: demo_database_path()}
        self.schemas = schemas or SchemaSource()

    @classmethod
    def from_specs(cls, *spec_lists: Iterable[str], schemas: SchemaSource | None = None) -> Catalog:
        specs = [s for specs in spec_lists for s in specs]
        return cls(parse_database_specs(specs) or None, schemas)

    def names(self) -> list[str]:
        return sorted(self.databases)

    def path(self, name: object) -> Path:
        if not isinstance(name, str) or name not in self.databases:
            known = ", ".join(self.names())
            raise InputError("unknown_db", f"unknown database {shown_path(name, 80)!r}; known: {known}")
        return self.databases[name]

    def schema(self, name: str) -> Schema:
        return self.schemas.schema(self.path(name), db_id=name)

    def listing(self) -> list[dict]:
        out = []
        for name in self.names():
            schema = self.schema(name)
            out.append({"name": name, "tables": len(schema.tables)})
        return out

    def describe(self, name: str) -> dict:
        """Tables, columns, keys and the schema as the prompt renders it."""
        schema = self.schema(name)
        return {"name": name, "tables": schema_tables(schema), "prompt_schema": render_schema(schema)}


def schema_tables(schema: Schema) -> list[dict]:
    return [
        {
            "name": t.name,
            "description": t.description,
            "columns": [
                {"name": c.name, "type": c.type, "description": c.description, "examples": list(c.examples)}
                for c in t.columns
            ],
            "primary_key": list(t.primary_key),
            "foreign_keys": [
                {"column": fk.column, "ref_table": fk.ref_table, "ref_column": fk.ref_column}
                for fk in t.foreign_keys
            ],
        }
        for t in schema.tables
    ]
