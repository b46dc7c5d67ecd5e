"""The schema and values of a database behind a URL, read through SQLAlchemy's inspector.

Tables, columns with their types as the engine names them, primary keys, foreign keys and table and
column comments (as descriptions) come from :func:`sqlalchemy.inspect`; example values and the value
index's text values from small ``SELECT DISTINCT`` queries run with the same read-only execution as
any query (:func:`slmsql.db.engines.run_on_url`), so they obey the policy, the timeout and the caps.
The schema carries its engine (``schema.extra["engine"]``, ``["dialect"]``): the prompt names the
engine and renders the DDL in its dialect.

What changes when the data does (:func:`data_version`) keys the caches: PostgreSQL's per-table
write counters, MySQL's table sizes and update times, a DuckDB file's size and modification time.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from sqlglot import exp

from slmsql.db.engines import DatabaseURL, duckdb_config, parse_database_url, release, run_on_url
from slmsql.db.introspect import DEFAULT_EXAMPLES, EXAMPLE_BUDGET_S, clip_value
from slmsql.db.schema import Column, ForeignKey, Schema, Table
from slmsql.errors import InputError

# Text values the value index takes per column, and their length (as for SQLite files).
VALUES_PER_COLUMN = 1_000
VALUE_MAX_CHARS = 40
_TEXT_TYPES = ("char", "text", "string", "clob", "enum", "uuid", "citext", "name")


def db_id_of(url: str) -> str:
    """A database's id when none is given: the database name, or a DuckDB file's stem."""
    db = parse_database_url(url)
    if db.path is not None:
        return db.path.stem
    from sqlalchemy.engine import make_url

    return make_url(db.url).database or "database"


def quote(name: str, dialect: str) -> str:
    """``name`` as a quoted identifier of ``dialect``."""
    return exp.to_identifier(name, quoted=True).sql(dialect=dialect)


def sqlalchemy_engine(db: DatabaseURL):
    """A SQLAlchemy engine for introspection, read-only as the executor's connections are."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    if db.engine.kind == "postgresql":
        args = {"options": "-c default_transaction_read_only=on", "connect_timeout": 10}
    elif db.engine.kind == "duckdb":
        args = {"read_only": True, "config": duckdb_config()}
    else:
        args = {"connect_timeout": 10}
    return create_engine(db.url, connect_args=args, poolclass=NullPool)


def _scalar_rows(url: str, sql: str, max_rows: int, timeout_s: float) -> list:
    result = run_on_url(url, sql, timeout_s=timeout_s, max_rows=max_rows)
    return [row[0] for row in result.rows] if result.ok else []


def data_version(url: str) -> str:
    """A short text that changes when the data or schema at ``url`` does (cache keys)."""
    db = parse_database_url(url)
    if db.path is not None:
        info = db.path.stat()
        return f"{info.st_mtime_ns}-{info.st_size}"
    if db.engine.kind == "postgresql":
        sql = (
            "SELECT concat_ws('-', sum(n_tup_ins), sum(n_tup_upd), sum(n_tup_del), count(*), "
            "max(relid::bigint)) FROM pg_stat_user_tables"
        )
    else:
        sql = (
            "SELECT concat_ws('-', sum(table_rows), max(update_time), max(create_time), count(*)) "
            "FROM information_schema.tables WHERE table_schema = database()"
        )
    rows = _scalar_rows(url, sql, 1, 10.0)
    return hashlib.sha256(str(rows).encode()).hexdigest()[:16]


def _examples(url: str, dialect: str, table: str, column: str, limit: int) -> tuple[str, ...]:
    if limit <= 0:
        return ()
    col, tab = quote(column, dialect), quote(table, dialect)
    sql = f"SELECT DISTINCT {col} FROM {tab} WHERE {col} IS NOT NULL LIMIT {int(limit)}"
    values = _scalar_rows(url, sql, limit, EXAMPLE_BUDGET_S)
    shown = (clip_value(v) for v in values if not isinstance(v, bytes))
    return tuple(v for v in shown if v.strip())


def _duckdb_keys(engine, table: str) -> tuple[tuple[str, ...], list[ForeignKey]]:
    """A DuckDB table's primary key and foreign keys from ``duckdb_constraints()``."""
    sql = (
        "SELECT constraint_type, constraint_column_names, referenced_table, referenced_column_names "
        "FROM duckdb_constraints() WHERE schema_name = 'main' AND table_name = ? "
        "AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY constraint_index"
    )
    pk: tuple[str, ...] = ()
    fks: list[ForeignKey] = []
    with engine.connect() as conn:
        for kind, columns, ref_table, ref_columns in conn.exec_driver_sql(sql, (table,)).fetchall():
            if kind == "PRIMARY KEY":
                pk = tuple(columns)
            else:
                pairs = zip(columns, ref_columns or (), strict=False)
                fks.extend(ForeignKey(c, ref_table, r) for c, r in pairs)
    return pk, fks


def introspect_url(
    url: str, *, db_id: str | None = None, examples_per_column: int = DEFAULT_EXAMPLES
) -> Schema:
    """The schema at ``url`` (its default schema: ``public``, the connected MySQL database, DuckDB's
    ``main``)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    db = parse_database_url(url)
    engine = sqlalchemy_engine(db)
    release(db)  # DuckDB: no second connection of this process to the file while the inspector reads
    try:
        inspector = inspect(engine)
        names = sorted(inspector.get_table_names())
        tables = []
        for name in names:
            columns = []
            for info in inspector.get_columns(name):
                try:
                    declared = info["type"].compile(dialect=engine.dialect)
                except Exception:  # a type SQLAlchemy reads but cannot write back
                    declared = str(info["type"])
                columns.append(
                    Column(
                        name=info["name"],
                        type=declared.lower(),
                        description=info.get("comment") or "",
                        generated=bool(info.get("computed")),
                    )
                )
            if db.engine.kind == "duckdb":  # duckdb-engine cannot reflect keys: DuckDB's own catalogue
                pk, fks = _duckdb_keys(engine, name)
            else:
                pk = tuple(inspector.get_pk_constraint(name).get("constrained_columns") or ())
                fks = []
                for fk in inspector.get_foreign_keys(name):
                    for col, ref in zip(fk["constrained_columns"], fk["referred_columns"], strict=False):
                        fks.append(ForeignKey(column=col, ref_table=fk["referred_table"], ref_column=ref))
            try:
                comment = inspector.get_table_comment(name).get("text") or ""
            except (NotImplementedError, SQLAlchemyError):
                comment = ""
            tables.append(Table(name, tuple(columns), pk, tuple(dict.fromkeys(fks)), comment))
    except SQLAlchemyError as exc:
        message = " ".join(str(exc).split("\n")[0].split())[:300]
        shown = f"database {db.shown}: cannot read its schema ({message})"
        raise InputError("db_unreadable", shown) from None
    finally:
        engine.dispose()
    try:
        with_examples = tuple(
            Table(
                t.name,
                tuple(
                    Column(c.name, c.type, c.description,
                           _examples(url, db.dialect, t.name, c.name, examples_per_column), c.generated)
                    for c in t.columns
                ),
                t.primary_key,
                t.foreign_keys,
                t.description,
            )
            for t in tables
        )
    finally:
        release(db)
    extra = {"engine": engine_name(url), "dialect": db.dialect}
    return Schema(db_id=db_id or db_id_of(url), tables=with_examples, extra=extra)


def engine_name(url: str) -> str:
    """The engine as the prompt names it; a MySQL URL may reach a MariaDB server, which says so."""
    db = parse_database_url(url)
    if db.engine.kind in ("mysql", "mariadb"):
        version = _scalar_rows(url, "SELECT VERSION()", 1, 10.0)
        return "MariaDB" if version and "mariadb" in str(version[0]).lower() else "MySQL"
    return db.engine.display


@lru_cache(maxsize=64)
def cached_schema(url: str, _version: str, db_id: str, examples_per_column: int) -> Schema:
    return introspect_url(url, db_id=db_id, examples_per_column=examples_per_column)


def is_text_type(declared: str) -> bool:
    lowered = declared.lower()
    return any(word in lowered for word in _TEXT_TYPES)


def collect_url_values(url: str, schema: Schema) -> dict[str, list[tuple[str, str]]]:
    """Distinct text values (1-40 characters) of the text columns -> the (table, column) places
    holding them, as :func:`slmsql.db.values.collect_values` reads a SQLite file."""
    db = parse_database_url(url)
    places: dict[str, list[tuple[str, str]]] = {}
    try:
        for table in schema.tables:
            for column in table.columns:
                if not is_text_type(column.type):
                    continue
                col, tab = quote(column.name, db.dialect), quote(table.name, db.dialect)
                sql = (
                    f"SELECT DISTINCT {col} FROM {tab} WHERE {col} IS NOT NULL "
                    f"AND char_length({col}) BETWEEN 1 AND {VALUE_MAX_CHARS} LIMIT {VALUES_PER_COLUMN}"
                )
                for value in _scalar_rows(url, sql, VALUES_PER_COLUMN, EXAMPLE_BUDGET_S):
                    if isinstance(value, str) and value.strip():
                        places.setdefault(value, []).append((table.name, column.name))
    finally:
        release(db)
    return places
