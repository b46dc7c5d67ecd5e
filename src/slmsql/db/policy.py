"""The read-only SQL policy: the one module that decides whether a query may run.

It is the second wall (the read-only connection is the first). A query is accepted when it is
exactly one statement, that statement is a query (SELECT, set operation, VALUES, possibly under a
WITH), no node anywhere in its tree writes, changes the schema or the connection, and it calls no
dangerous function. Refusals carry a code and a readable reason.

The text is bounded before it is parsed (:data:`~slmsql.db.limits.MAX_SQL_CHARS` characters,
:data:`~slmsql.db.limits.MAX_SQL_TOKENS` tokens, :data:`~slmsql.db.limits.MAX_SQL_NESTING` levels of
parentheses), because parsing runs before SQLite's timeout applies and sqlglot's recursive descent
overflows Python's stack on deep nesting; a nesting the bracket count cannot see (a long chain of
NOTs) is caught as the same refusal.

The SQL is parsed in the dialect of the engine it will run on (``sqlite``, ``postgres``, ``mysql``,
``duckdb``), with each engine's dangerous functions refused by name (file reads, sleeps, settings,
SQL run from a string). Text that does not parse is left to SQLite's authorizer on SQLite only; on
every other engine it is refused, as are MySQL's executable comments (``/*! ... */``), which the
server runs but a parser reads as comments (refused on every engine), and DuckDB's bare file names in
FROM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from slmsql.db.connection import FORBIDDEN_FUNCTIONS
from slmsql.db.limits import MAX_SQL_CHARS, MAX_SQL_NESTING, MAX_SQL_TOKENS


@dataclass(frozen=True)
class PolicyVerdict:
    """``allowed`` with ``code``/``reason`` when refused. ``parsed`` is False when sqlglot could not
    parse the text: such a query is left to SQLite (and its read-only connection) to judge."""

    allowed: bool
    code: str = ""
    reason: str = ""
    parsed: bool = True


_QUERY_ROOTS = (exp.Select, exp.SetOperation, exp.Values, exp.Subquery)

_FORBIDDEN_NODES: tuple[tuple[type[exp.Expression], str], ...] = tuple(
    (node, label)
    for node, label in (
        (exp.Insert, "INSERT"),
        (exp.Update, "UPDATE"),
        (exp.Delete, "DELETE"),
        (exp.Merge, "MERGE"),
        (exp.Create, "CREATE"),
        (exp.Drop, "DROP"),
        (exp.Alter, "ALTER"),
        (exp.TruncateTable, "TRUNCATE"),
        (exp.Pragma, "PRAGMA"),
        (exp.Attach, "ATTACH"),
        (exp.Detach, "DETACH"),
        (exp.Transaction, "transaction control"),
        (exp.Commit, "COMMIT"),
        (exp.Rollback, "ROLLBACK"),
        (exp.Command, "a command"),
        (exp.Set, "SET"),
        (exp.Use, "USE"),
        (exp.Into, "SELECT INTO"),
        (exp.Copy, "COPY"),
        (exp.Lock, "a locking clause (FOR UPDATE/SHARE)"),
    )
)

# Functions that read or write files, sleep, change settings, run SQL given as text, reach other
# servers or take locks, per dialect (names lower-case). SQLite's are the connection's own list.
DIALECT_FORBIDDEN_FUNCTIONS: dict[str, frozenset[str]] = {
    "sqlite": FORBIDDEN_FUNCTIONS,
    "postgres": frozenset(
        """
        pg_read_file pg_read_binary_file pg_ls_dir pg_stat_file pg_ls_logdir pg_ls_waldir pg_ls_tmpdir
        pg_ls_archive_statusdir lo_import lo_export lo_create lo_creat lo_unlink lo_open lo_write lo_put
        lo_from_bytea lo_truncate lo_get lowrite loread dblink dblink_exec dblink_connect
        dblink_connect_u dblink_send_query dblink_open dblink_fetch set_config pg_sleep pg_sleep_for
        pg_sleep_until pg_terminate_backend pg_cancel_backend pg_reload_conf pg_rotate_logfile
        pg_promote pg_switch_wal pg_create_restore_point pg_start_backup pg_stop_backup
        pg_backup_start pg_backup_stop pg_advisory_lock pg_advisory_xact_lock pg_advisory_lock_shared
        pg_try_advisory_lock pg_try_advisory_xact_lock pg_notify nextval setval txid_current
        pg_current_xact_id query_to_xml query_to_xml_and_xmlschema query_to_xmlschema
        table_to_xml database_to_xml schema_to_xml pg_logical_emit_message pg_file_write
        pg_file_rename pg_file_unlink pg_logdir_ls pg_import_system_collations
        pg_create_logical_replication_slot pg_create_physical_replication_slot
        pg_drop_replication_slot pg_replication_origin_create pg_stat_reset pg_stat_reset_shared
        pg_reload_conf current_setting_set
        """.split()
    ),
    "mysql": frozenset(
        """
        sleep benchmark load_file get_lock release_lock release_all_locks is_free_lock is_used_lock
        master_pos_wait source_pos_wait sys_exec sys_eval wait_for_executed_gtid_set
        wait_until_sql_thread_after_gtids
        """.split()
    ),
    "duckdb": frozenset(
        """
        read_csv read_csv_auto read_parquet parquet_scan read_json read_json_auto read_json_objects
        read_ndjson read_ndjson_auto read_ndjson_objects read_text read_blob glob sniff_csv query txid_current
        query_table parquet_metadata parquet_schema parquet_file_metadata parquet_kv_metadata
        read_xlsx st_read iceberg_scan delta_scan sqlite_scan sqlite_attach postgres_scan mysql_scan
        postgres_attach install_extension load_extension
        """.split()
    ),
}
DIALECTS = tuple(DIALECT_FORBIDDEN_FUNCTIONS)
_EXECUTABLE_COMMENT = re.compile(r"/\*[M]?!", re.I)


# One lexical token of SQLite: a comment, a quoted string or name (an unclosed one runs to the end),
# a word or number, or any other single character. Only counting and bracket depth use it.
_TOKEN = re.compile(
    r"--[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^']|'')*(?:'|\Z)|\"(?:[^\"]|\"\")*(?:\"|\Z)|`(?:[^`]|``)*(?:`|\Z)"
    r"|\[[^\]]*(?:\]|\Z)|\w+|\S",
    re.S,
)


def _refuse(code: str, reason: str) -> PolicyVerdict:
    return PolicyVerdict(False, code, reason)


def _lexical_verdict(sql: str) -> PolicyVerdict | None:
    """A refusal when ``sql`` is too large or too deeply nested to parse safely, or holds anything
    after a statement-ending semicolon but comments (SQLite would see a second statement there, even
    an empty one, which sqlglot drops), else None."""
    if len(sql) > MAX_SQL_CHARS:
        return _refuse("too_long", f"the SQL has {len(sql):,} characters; at most {MAX_SQL_CHARS:,} run")
    tokens = depth = deepest = 0
    ended = False
    for match in _TOKEN.finditer(sql):
        text = match.group()
        if text.startswith(("--", "/*")):
            continue
        if ended:
            return _refuse("multiple_statements", "exactly one statement is allowed; text follows its ';'")
        ended = text == ";"
        tokens += 1
        if text == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif text == ")":
            depth -= 1
    if tokens > MAX_SQL_TOKENS:
        return _refuse("too_long", f"the SQL has {tokens:,} tokens; at most {MAX_SQL_TOKENS:,} run")
    if deepest > MAX_SQL_NESTING:
        return _too_deep(f"{deepest} levels of parentheses")
    return None


def _too_deep(what: str) -> PolicyVerdict:
    return _refuse("too_deeply_nested", f"the SQL nests {what}; at most {MAX_SQL_NESTING} levels run")


_CLAUSES = frozenset({"SELECT", "WHERE", "GROUP_BY", "ORDER_BY", "HAVING", "LIMIT", "QUALIFY", "WINDOW", "ON",
                      "USING", "UNION", "EXCEPT", "INTERSECT", "VALUES"})


def _names_a_file(sql: str) -> bool:
    """True when a DuckDB query reads a file by naming it as a string in FROM (``FROM 'x.csv'``): the
    parsed tree shows it as a quoted table name, so the tokens decide."""
    try:
        tokens = sqlglot.tokenize(sql, "duckdb")
    except TokenError:
        return False
    in_from = False
    previous = ""
    for token in tokens:
        kind = token.token_type.name
        if kind == "STRING" and in_from and previous in ("FROM", "JOIN", "COMMA"):
            return True
        if kind in ("FROM", "JOIN"):
            in_from = True
        elif kind in _CLAUSES:
            in_from = False
        previous = kind
    return False


# First words of SQLite statements that are not queries (the authorizer denies them too).
_STATEMENT_STARTS = frozenset(
    """
    alter analyze attach begin commit create delete detach drop end insert pragma reindex release
    replace rollback savepoint update vacuum
    """.split()
)


def _first_word(sql: str) -> str:
    """The first token that is not a comment, lower-cased."""
    for match in _TOKEN.finditer(sql):
        text = match.group()
        if not text.startswith(("--", "/*")):
            return text.lower()
    return ""


def statement_text(sql: str) -> str:
    """``sql`` without its final ``;`` and the comments after it (an accepted query has nothing else
    there), as a server that takes one statement at a time wants it."""
    end = None
    for match in _TOKEN.finditer(sql):
        text = match.group()
        if text == ";":
            end = match.start()
        elif not text.startswith(("--", "/*")):
            end = None
    return sql[:end].rstrip() if end is not None else sql


def check_sql(sql: str, dialect: str = "sqlite") -> PolicyVerdict:
    """Judge ``sql`` against the read-only rule, parsed in ``dialect`` (one of :data:`DIALECTS`)."""
    if dialect not in DIALECT_FORBIDDEN_FUNCTIONS:
        raise ValueError(f"unknown SQL dialect {dialect!r}; one of {', '.join(DIALECTS)}")
    if not isinstance(sql, str):
        return _refuse("not_text", f"the SQL is not text but {type(sql).__name__}")
    if not sql.strip():
        return _refuse("empty", "the SQL is empty")
    refused = _lexical_verdict(sql)
    if refused is not None:
        return refused
    if _EXECUTABLE_COMMENT.search(sql):  # on every engine: the same text may reach a MySQL one
        return _refuse("executable_comment", "MySQL executable comments (/*! ... */) are not allowed")
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (ParseError, TokenError):
        if dialect != "sqlite":
            return _refuse("unparsed", f"the SQL does not parse as {dialect}; only parsed queries run here")
        first = _first_word(sql)
        if first in _STATEMENT_STARTS:  # SQLite judges unparsed text, a typo included, but no statement
            return _refuse("not_a_query", f"only queries run, this is {first.upper()}")
        return PolicyVerdict(True, parsed=False)
    except RecursionError:
        return _too_deep("its expressions too deeply for the parser")
    statements = [s for s in statements if not isinstance(s, exp.Semicolon)]  # `; -- a comment` ends it
    if not statements:
        return _refuse("empty", "the SQL holds no statement")
    if len(statements) > 1:
        return _refuse("multiple_statements", f"exactly one statement is allowed, found {len(statements)}")
    tree = statements[0]
    forbidden_functions = DIALECT_FORBIDDEN_FUNCTIONS[dialect]
    for node in tree.walk():
        for forbidden, label in _FORBIDDEN_NODES:
            if isinstance(node, forbidden):
                return _refuse("not_read_only", f"{label} is not allowed: only read-only queries run")
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in forbidden_functions:
                return _refuse("forbidden_function", f"function {name}() is not allowed")
    if dialect == "duckdb" and _names_a_file(sql):
        return _refuse("file_read", "reading a file named in FROM is not allowed")
    if not isinstance(tree, _QUERY_ROOTS):
        kind = tree.key.upper()
        return _refuse("not_a_query", f"only SELECT queries run, this is {kind}")
    return PolicyVerdict(True)
