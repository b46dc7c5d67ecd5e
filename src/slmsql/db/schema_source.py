"""Schemas for questions: introspection, descriptions and matched values in one place.

The inference and evaluation layers hold one :class:`SchemaSource` and ask it, per question, for the
schema (or its rendered DDL) of that question's database. Each database is introspected and described
once per process; its value index is built once per file and then cached on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from slmsql.db.connection import check_database_file
from slmsql.db.descriptions import (
    apply_descriptions,
    apply_tables_json_keys,
    description_folder_for,
    load_tables_json,
    read_description_folder,
    tables_json_descriptions,
)
from slmsql.db.engines import is_url
from slmsql.db.introspect import DEFAULT_EXAMPLES, introspect
from slmsql.db.render import render_schema
from slmsql.db.schema import Schema
from slmsql.db.values import DEFAULT_LIMIT, ValueIndex, ValueMatch, values_by_column
from slmsql.errors import InputError

MAX_EXAMPLES = 6


def with_matched_values(
    schema: Schema, matches: list[ValueMatch], max_examples: int = MAX_EXAMPLES
) -> Schema:
    """``schema`` with each column's matched values first among its examples (no repeats, at most
    ``max_examples``)."""
    by_column: dict[tuple[str, str], list[str]] = {}
    for (table, column), values in values_by_column(matches).items():
        by_column.setdefault((table.lower(), column.lower()), []).extend(values)
    if not by_column:
        return schema
    tables = []
    for table in schema.tables:
        columns = []
        for column in table.columns:
            matched = by_column.get((table.name.lower(), column.name.lower()))
            if matched:
                examples = tuple(dict.fromkeys([*matched, *column.examples]))[:max_examples]
                column = replace(column, examples=examples)
            columns.append(column)
        tables.append(replace(table, columns=tuple(columns)))
    return replace(schema, tables=tuple(tables))


@lru_cache(maxsize=512)
def _introspected(path: str, _mtime_ns: int, _size: int, db_id: str, examples_per_column: int) -> Schema:
    # Shared by every SchemaSource of the process: each database file version is read once.
    return introspect(path, db_id=db_id, examples_per_column=examples_per_column)


_URL_INDEXES: dict[tuple[str, str], ValueIndex] = {}


def _url_value_index(url: str, schema: Schema) -> ValueIndex:
    """The value index of the database at ``url``, kept in memory per version of its data."""
    from slmsql.db.engine_schema import collect_url_values, data_version

    key = (url, data_version(url))
    if key not in _URL_INDEXES:
        _URL_INDEXES[key] = ValueIndex.from_places(collect_url_values(url, schema))
    return _URL_INDEXES[key]


class SchemaSource:
    """Schemas of databases, described from ``descriptions`` (a Spider/BIRD ``tables.json``) and from
    BIRD description CSVs found beside each database file or under ``description_root/<db_id>/``."""

    def __init__(
        self,
        descriptions: str | Path | None = None,
        description_root: Path | None = None,
        *,
        examples_per_column: int = DEFAULT_EXAMPLES,
        value_limit: int = DEFAULT_LIMIT,
        on_index_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.tables_json = Path(descriptions).expanduser() if descriptions else None
        if self.tables_json is not None:
            load_tables_json(self.tables_json)  # fail now, with the file named, if it is bad
        self.description_root = description_root
        self.examples_per_column = examples_per_column
        self.value_limit = value_limit
        self.on_index_progress = on_index_progress
        self._schemas: dict[tuple, Schema] = {}

    def schema(self, db_path: str | Path, db_id: str | None = None) -> Schema:
        """The described schema of ``db_path``, a SQLite file or a database URL (``db_id`` defaults to
        the file's stem or the database's name)."""
        if is_url(db_path):
            return self._url_schema(str(db_path), db_id)
        path = check_database_file(db_path)
        db_id = db_id or path.stem
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, db_id)
        if key not in self._schemas:
            self._schemas[key] = self._describe(_introspected(*key, self.examples_per_column), path)
        return self._schemas[key]

    def _url_schema(self, url: str, db_id: str | None) -> Schema:
        from slmsql.db.engine_schema import cached_schema, data_version, db_id_of

        db_id = db_id or db_id_of(url)
        key = (url, data_version(url), db_id)
        if key not in self._schemas:
            self._schemas[key] = self._describe(cached_schema(*key, self.examples_per_column), None)
        return self._schemas[key]

    def _describe(self, schema: Schema, path: Path | None) -> Schema:
        sources = []
        folder = description_folder_for(path, self.description_root, schema.db_id) if path else None
        if folder is not None:
            sources.append(read_description_folder(folder))
        if self.tables_json is not None:
            entries = load_tables_json(self.tables_json)
            entry = entries.get(schema.db_id)
            if entry is None:
                raise InputError(
                    "unknown_db_id", f"tables.json {self.tables_json}: has no database {schema.db_id!r}"
                )
            schema = apply_tables_json_keys(schema, entry)
            sources.append(tables_json_descriptions(entry))
        return apply_descriptions(schema, *sources) if sources else schema

    def matches(self, db_path: str | Path, question: str) -> list[ValueMatch]:
        """The stored values ``question`` mentions (the index is built on first use)."""
        if is_url(db_path):
            return _url_value_index(str(db_path), self.schema(db_path)).match(question, self.value_limit)
        return ValueIndex.for_database(db_path, self.on_index_progress).match(question, self.value_limit)

    def for_question(
        self, db_path: str | Path, question: str, db_id: str | None = None, use_values: bool = True
    ) -> Schema:
        """The schema for one question: matched values first among the examples."""
        if not question or not question.strip():
            raise InputError("empty_question", "the question is empty")
        schema = self.schema(db_path, db_id)
        if not use_values:
            return schema
        return with_matched_values(schema, self.matches(db_path, question))

    def render(
        self,
        db_path: str | Path,
        question: str | None = None,
        db_id: str | None = None,
        use_values: bool = True,
    ) -> str:
        """The DDL text of the schema, for one question when ``question`` is given."""
        if question is None:
            return render_schema(self.schema(db_path, db_id))
        return render_schema(self.for_question(db_path, question, db_id, use_values))
