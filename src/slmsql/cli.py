"""The `slmsql` command. Thin: each subcommand lives in ``slmsql.commands.<module>`` and only
calls into the packages; this file wires them up and turns user errors into one line."""

from __future__ import annotations

import importlib
import os
import sys

import typer

from slmsql.errors import SlmsqlError

# One module per subcommand (or group of subcommands); each exposes ``register(app)``.
COMMAND_MODULES = ("run_sql", "schema", "models", "ask", "predict", "eval")

app = typer.Typer(
    name="slmsql",
    help="Text-to-SQL with small language models, on a laptop CPU.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Text-to-SQL with small language models, on a laptop CPU."""


for _module in COMMAND_MODULES:
    importlib.import_module(f"slmsql.commands.{_module}").register(app)


def main() -> None:
    try:
        app()
    except SlmsqlError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("SLMSQL_DEBUG"):
            raise
        typer.echo(f"internal error: {type(exc).__name__}: {exc} (set SLMSQL_DEBUG=1 for details)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
