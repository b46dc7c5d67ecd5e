"""CLI subcommands, one module each (see ``slmsql.cli.COMMAND_MODULES``)."""
