"""Running a typer app as a program: a user error is one line and exit 2, never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

import typer

from slmsql.errors import SlmsqlError


def run_app(typer_app: typer.Typer) -> None:
    """Run ``typer_app``; a user error is one line and exit 2, a bug one line and exit 1."""
    try:
        typer_app()
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


def run_command(command: Callable[..., object]) -> None:
    """Run one command function as a program (the benchmark scripts), with the same error lines."""
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    single.command()(command)
    run_app(single)
