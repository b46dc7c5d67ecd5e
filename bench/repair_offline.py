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

from slmsql.db.execute import ErrorClass, execute_sql
from slmsql.db.repair import repair_column_tables
from slmsql.db.schema_source import SchemaSource
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--dataset", required=True, help="spider-dev, spider-train, bird-minidev, ...")
    parser.add_argument("--key", default="sql", help="the field holding the SQL")
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.predictions.read_text().splitlines() if line.strip()]
    answers = {row["id"]: row[args.key] or "" for row in rows}
    dataset = load_dataset(args.dataset, data_dir=args.data_dir)
    dataset = replace(dataset, examples=tuple(e for e in dataset.examples if e.id in answers))
    schemas = SchemaSource(dataset.tables_json)
    repaired = dict(answers)
    count = 0
    for example in dataset.examples:
        sql = answers[example.id]
        if not sql or execute_sql(example.db_path, sql).error is not ErrorClass.NO_SUCH_COLUMN:
            continue
        repair = repair_column_tables(sql, schemas.schema(example.db_path, example.db_id))
        if repair.changed and execute_sql(example.db_path, repair.sql).ok:
            repaired[example.id] = repair.sql
            count += 1
    before, after = evaluate(dataset, answers), evaluate(dataset, repaired)
    print(
        f"{args.predictions}: {len(answers)} answers; EX {100 * before.accuracy:.1f} -> "
        f"{100 * after.accuracy:.1f} with the repair ({count} repaired); "
        f"failing answers {before.errors} -> {after.errors}"
    )


if __name__ == "__main__":
    main()
