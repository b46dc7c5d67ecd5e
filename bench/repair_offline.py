"""What the column-table repair does to recorded answers: EX before and after, offline.

Reads a predictions file written by bench/accuracy.py (one JSON object per line with ``id`` and the
SQL under ``--key``), runs each answer, hands the ones that fail with ``no such column`` to
``slmsql.db.repair`` exactly as the inference flow does, and scores both versions. Only meaningful
for answers that did not vote (greedy): with votes, a repaired candidate would also change the vote.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/repair_offline.py \\
        bench/results/qwen2.5-coder-1.5b/spider-dev-200-v1/greedy.jsonl --dataset spider-dev
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from slmsql.db.execute import execute_sql
from slmsql.db.repair import repairs_for_failures
from slmsql.db.schema_source import SchemaSource
from slmsql.errors import SlmsqlError
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate


def read_answers(path: Path, key: str) -> dict[str, str]:
    try:
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        return {row["id"]: row[key] or "" for row in rows}
    except OSError as exc:
        raise SystemExit(f"error: {path}: cannot read ({exc.strerror})") from None
    except (ValueError, KeyError, TypeError):
        message = f"not a predictions file with 'id' and {key!r} on every line"
        raise SystemExit(f"error: {path}: {message}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--dataset", required=True, help="spider-dev, spider-train, bird-minidev, ...")
    parser.add_argument("--key", default="sql", help="the field holding the SQL")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--write", type=Path, help="write the repaired answers here (id, sql per line)")
    args = parser.parse_args()

    answers = read_answers(args.predictions, args.key)
    try:
        dataset = load_dataset(args.dataset, data_dir=args.data_dir)
    except SlmsqlError as exc:
        raise SystemExit(f"error: {exc.message}") from None
    dataset = replace(dataset, examples=tuple(e for e in dataset.examples if e.id in answers))
    schemas = SchemaSource(dataset.tables_json)
    repaired = dict(answers)
    count = 0
    for example in dataset.examples:
        sql = answers[example.id]
        repairs = repairs_for_failures(
            [sql],
            [execute_sql(example.db_path, sql) if sql else None],
            schemas.schema(example.db_path, example.db_id),
        )
        if repairs and execute_sql(example.db_path, repairs[0].sql).ok:
            repaired[example.id] = repairs[0].sql
            count += 1
    before, after = evaluate(dataset, answers), evaluate(dataset, repaired)
    if args.write:
        lines = (json.dumps({"id": e.id, "sql": repaired[e.id]}) for e in dataset.examples)
        args.write.write_text("".join(line + "\n" for line in lines))
    print(
        f"{args.predictions}: {len(answers)} answers; EX {100 * before.accuracy:.1f} -> "
        f"{100 * after.accuracy:.1f} with the repair ({count} repaired); "
        f"failing answers {before.errors} -> {after.errors}"
    )


if __name__ == "__main__":
    main()
