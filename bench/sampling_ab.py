"""One llama.cpp sampling switch on and off on real questions: sampling seconds, decode rows, tokens.

Asks the first K questions of the seed-0 Spider dev sample (grouped by database, as
bench/accuracy.py asks them) in sc mode (N samples, no merge), once with the switch off and once
on, and reports how many candidate lists came out the same:

- ``share_branches``: samples with one history decode one row (on) or one row each (off);
- ``draft_tokens``: a guessed next token is decoded in the same step (on) or not (off).

Neither changes how a sample is drawn, but both change how many rows a step decodes, which moves
the logits' last bits: identical lists are expected for most questions, not all.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/sampling_ab.py \
        --model qwen2.5-coder-1.5b --switch draft_tokens --count 30

Every setting of `slmsql ask` is an option here too (the mode is sc).
"""

from __future__ import annotations

import statistics
from dataclasses import replace

import typer

from slmsql.commands.runner import run_command
from slmsql.commands.settings_options import with_settings
from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.predict import select_examples
from slmsql.inference.api import TextToSQL
from slmsql.inference.config import InferenceConfig
from slmsql.models.settings import ModelSettings

SWITCHES = ("share_branches", "draft_tokens")
COUNTS = ("rows_decoded", "draft_rows", "drafts_kept")


def run(
    model: ModelSettings, inference: InferenceConfig, examples, tables_json, switch: str, on: bool
) -> dict:
    totals = {"generation_s": [], "tokens": 0, "sqls": [], **dict.fromkeys(COUNTS, 0)}
    with TextToSQL.from_settings(model, inference, tables_json=tables_json) as t2s:
        backend = t2s.model.backend
        setattr(backend, switch, on)
        generate = backend.generate

        def counting(prompt, params):
            out = generate(prompt, params)
            for name in COUNTS:
                totals[name] += out.extra[name]
            totals["tokens"] += out.generated_tokens
            return out

        backend.generate = counting
        for example in examples:
            answer = t2s.ask(
                example.db_path, example.question, evidence=example.evidence, db_id=example.db_id
            )
            totals["generation_s"].append(answer.timings.generation_s)
            totals["sqls"].append([c.sql for c in answer.candidates])
    return totals


@with_settings(exclude=("mode",), defaults={"model": "qwen2.5-coder-0.5b"})
def main(
    switch: str = typer.Option("draft_tokens", "--switch", help=f"One of: {', '.join(SWITCHES)}."),
    count: int = typer.Option(30, "--count", help="Questions of the seed-0 Spider dev sample."),
    data_dir: str | None = typer.Option(
        None, "--data-dir", help="Benchmark data folder (or SLMSQL_DATA_DIR)."
    ),
    *,
    model: ModelSettings,
    inference: InferenceConfig,
) -> None:
    """A/B of one llama.cpp sampling switch on real questions."""
    if switch not in SWITCHES:
        raise InputError("bad_switch", f"--switch {switch}: use one of {', '.join(SWITCHES)}")
    dataset = load_dataset("spider-dev", data_dir=data_dir)
    examples = sorted(select_examples(dataset, sample=200, seed=0), key=lambda e: e.db_id)[:count]
    sc = replace(inference, mode="sc")
    results = {on: run(model, sc, examples, dataset.tables_json, switch, on) for on in (False, True)}
    for on, t in results.items():
        seconds = t["generation_s"]
        print(
            f"{switch} {'on ' if on else 'off'}  {sum(seconds):7.1f} s sampling "
            f"(median {statistics.median(seconds):5.2f} s)  {t['rows_decoded']:6d} decode rows "
            f"({t['draft_rows']} drafts, {t['drafts_kept']} kept)  {t['tokens']:6d} sampled tokens"
        )
    off, on = results[False], results[True]
    same = sum(a == b for a, b in zip(off["sqls"], on["sqls"], strict=True))
    print(
        f"{model.model}, {len(examples)} questions, n={sc.n}: {switch} saves "
        f"{100 * (1 - sum(on['generation_s']) / sum(off['generation_s'])):.1f}% of sampling time and "
        f"{100 * (1 - on['rows_decoded'] / off['rows_decoded']):.1f}% of decode rows; "
        f"same candidate lists on {same} of {len(examples)} questions"
    )


if __name__ == "__main__":
    run_command(main)
