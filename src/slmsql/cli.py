"""The `slmsql` command. Thin: each subcommand lives in ``slmsql.commands.<module>`` and only
calls into the packages; this file wires them up and turns user errors into one line."""

from __future__ import annotations

import importlib

import typer

from slmsql.commands.runner import run_app

# One module per subcommand (or group of subcommands); each exposes ``register(app)``.
COMMAND_MODULES = (
    "run_sql", "schema", "models", "ask", "predict", "eval", "serve", "mcp", "data", "train", "export"
)

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
    run_app(app)


if __name__ == "__main__":
    main()
