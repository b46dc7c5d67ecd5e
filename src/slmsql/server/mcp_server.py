"""The MCP server (official Python SDK): tools ``list_databases``, ``describe_schema``, ``ask`` and
``run_sql``, and each database's schema as the resource ``schema://NAME``. The same catalog, engine
and safe execution as the HTTP API; questions are answered one at a time."""

from __future__ import annotations

import threading
from typing import Any

import anyio
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError

from slmsql.db.execute import execute_sql
from slmsql.db.json_values import jsonable
from slmsql.errors import SlmsqlError
from slmsql.server.catalog import Catalog
from slmsql.server.engine import Engine
from slmsql.server.settings import ServerSettings

INSTRUCTIONS = (
    "Answers questions over SQLite databases with SQL written by a small language model. Call "
    "list_databases, then describe_schema; ask turns a question into SQL and runs it; run_sql runs "
    "your own read-only SQL (one SELECT or WITH statement; writes are refused)."
)


def _checked(value: str, what: str, limit: int) -> str:
    if not value.strip():
        raise ToolError(f"the {what} is empty")
    if len(value) > limit:
        raise ToolError(f"the {what} has {len(value)} characters; the limit is {limit}")
    return value


def build_mcp(settings: ServerSettings, engine: Engine | None, catalog: Catalog) -> MCPServer:
    server = MCPServer(name="slmsql", instructions=INSTRUCTIONS)
    one_at_a_time = threading.Lock()

    def db_path(db: str):
        try:
            return catalog.path(db)
        except SlmsqlError as exc:
            raise ToolError(exc.message) from None

    @server.tool()
    def list_databases() -> list[dict[str, Any]]:
        """The databases this server answers questions about, with their table counts."""
        return catalog.listing()

    @server.tool()
    def describe_schema(db: str) -> dict[str, Any]:
        """Tables, columns (type, description, example values), keys and the schema as DDL."""
        db_path(db)
        return catalog.describe(db)

    @server.tool()
    async def ask(db: str, question: str, evidence: str = "") -> dict[str, Any]:
        """Answer a question in plain language: the SQL chosen by voting over sampled candidates,
        its rows, the candidates' votes and whether a merge revision ran."""
        path = db_path(db)
        _checked(question, "question", settings.max_question_chars)
        if len(evidence) > settings.max_question_chars:
            raise ToolError(f"the evidence is longer than {settings.max_question_chars} characters")
        if engine is None:
            raise ToolError("this server has no model loaded")

        def work():
            with one_at_a_time:
                return engine.answer(path, question, evidence, db_id=db)

        try:
            answer = await anyio.to_thread.run_sync(work)
        except SlmsqlError as exc:
            raise ToolError(exc.message) from None
        data = jsonable(answer.to_json())
        data["vote_summary"] = answer.vote_summary()
        return data

    @server.tool()
    async def run_sql(db: str, sql: str, max_rows: int = 100) -> dict[str, Any]:
        """Run one read-only SQL statement (SELECT or WITH) and return its columns and rows (at most
        max_rows). Anything that writes is refused."""
        path = db_path(db)
        _checked(sql, "sql", settings.max_sql_chars)
        if max_rows < 1:
            raise ToolError("max_rows must be at least 1")
        rows = min(max_rows, settings.sql_max_rows)
        result = await anyio.to_thread.run_sync(
            lambda: execute_sql(path, sql, timeout_s=settings.sql_timeout_s, max_rows=rows)
        )
        if not result.ok:
            raise ToolError(f"{result.error.value}: {result.message}")
        return jsonable(
            {
                "columns": list(result.columns),
                "rows": [list(r) for r in result.rows],
                "truncated": result.truncated,
            }
        )

    @server.resource("schema://{db}", name="schema", mime_type="text/plain")
    def schema_resource(db: str) -> str:
        """The schema of a database as the model sees it (DDL with descriptions and examples)."""
        if db not in catalog.databases:
            raise ResourceNotFoundError(f"unknown database {db!r}; known: {', '.join(catalog.names())}")
        return catalog.describe(db)["prompt_schema"]

    return server
