"""`slmsql mcp`: the MCP server, over stdio (for a local assistant) or streamable HTTP."""

from __future__ import annotations

from pathlib import Path

import typer

from slmsql.commands.output import err_console
from slmsql.commands.serve import DB_HELP, build
from slmsql.commands.settings_options import with_settings
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings
from slmsql.server.settings import ServerSettings


@with_settings
def mcp(
    db: list[str] = typer.Option(None, "--db", help=DB_HELP),
    tables_json: Path | None = typer.Option(
        None, "--tables-json", help="Spider/BIRD tables.json with descriptions."
    ),
    transport: str = typer.Option(
        "stdio", "--transport", help="stdio, or http (streamable HTTP at /mcp on --host/--port)."
    ),
    *,
    server: ServerSettings,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """Serve the MCP tools list_databases, describe_schema, ask and run_sql (and schema://NAME)."""
    from slmsql.errors import InputError
    from slmsql.server.mcp_server import build_mcp

    if transport not in ("stdio", "http"):
        raise InputError("bad_transport", f"--transport {transport!r}: use stdio or http")
    catalog, engine = build(server, model, inference, db, tables_json)
    app = build_mcp(server, engine, catalog)
    try:
        if transport == "stdio":
            app.run("stdio")
        else:
            import uvicorn

            from slmsql.server.guard import Guard

            err_console.print(f"slmsql: MCP on http://{server.host}:{server.port}/mcp", highlight=False)
            web = Guard(
                app.streamable_http_app(host=server.host),
                max_body_bytes=server.max_body_bytes,
                server_key=server.server_key,
            )
            uvicorn.run(web, host=server.host, port=server.port, log_level="warning")
    finally:
        engine.close()


def register(app: typer.Typer) -> None:
    app.command("mcp")(mcp)
