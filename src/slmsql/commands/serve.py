"""`slmsql serve`: the HTTP API and web page, with the model loaded once and shared."""

from __future__ import annotations

from pathlib import Path

import typer

from slmsql.commands.output import err_console
from slmsql.commands.settings_options import with_settings
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings
from slmsql.server.settings import ServerSettings

DB_HELP = "A database to serve, NAME=PATH (or a path, named by its file stem); repeatable. Default: demo."


def build(server: ServerSettings, model: ModelSettings, inference: InferenceConfig, dbs, tables_json):
    """The catalog and the engine (the model loaded once) of a server."""
    from slmsql.db.schema_source import SchemaSource
    from slmsql.server.catalog import Catalog
    from slmsql.server.engine import Engine

    catalog = Catalog.from_specs(
        (server.databases or "").split(","), dbs or (), schemas=SchemaSource(tables_json)
    )
    engine = Engine.from_settings(model, inference, tables_json=tables_json)
    return catalog, engine


@with_settings
def serve(
    db: list[str] = typer.Option(None, "--db", help=DB_HELP),
    tables_json: Path | None = typer.Option(
        None, "--tables-json", help="Spider/BIRD tables.json with descriptions."
    ),
    *,
    server: ServerSettings,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """Serve the HTTP API (/v1/ask, /v1/ask/stream, /v1/sql, /v1/databases) and the page at /."""
    import uvicorn

    from slmsql.server.app import create_app

    with err_console.status(f"loading {model.model} ..."):
        catalog, engine = build(server, model, inference, db, tables_json)
    app = create_app(server, engine, catalog)
    err_console.print(
        f"slmsql: serving {', '.join(catalog.names())} with {model.model} on http://{server.host}:{server.port}",
        highlight=False,
    )
    try:
        uvicorn.run(app, host=server.host, port=server.port, log_level="warning", access_log=False)
    finally:
        engine.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
