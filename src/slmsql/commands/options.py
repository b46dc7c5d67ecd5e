"""Options that `slmsql ask` and `slmsql predict` share, defined once so their help stays the same."""

from __future__ import annotations

import typer

MERGE_MIN_RATIO = typer.Option(
    None,
    "--merge-min-ratio",
    help="Merge only when the runner-up group has this share of the leader's votes "
    "(0: always, as the paper; default: 0 for SLM-SQL-trained models, 0.75 for instruct ones).",
)
VALUE_PLACEMENT = typer.Option(
    None,
    "--values",
    help="Where the question's matched database values go: 'schema' (among the columns' examples, "
    "as SLM-SQL trained) or 'section' (after the schema, so its evaluation is reused); default: "
    "schema for think-style models, section for instruct ones.",
)
REPAIR_COLUMNS = typer.Option(
    True,
    "--repair/--no-repair",
    help="Requalify a column a candidate put on the wrong table of its FROM clause when the "
    "query fails with 'no such column'.",
)
EARLY_STOP = typer.Option(
    False,
    "--early-stop/--no-early-stop",
    help="Draw half the samples first and stop when they all execute and agree (sc, csc): the vote's "
    "answer is the one all N would give, at about half the sampling time on easy questions.",
)
