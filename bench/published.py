"""Published predictions scored beside ours on the same questions, and our committed Spider answers
rescored under both readings of Spider's execution match. No model runs: everything is rescored.

* BIRD: SLM-SQL's released BIRD dev answers (``bench/data/slm_sql/``, one SQL per line in BIRD dev
  order) are mapped onto our BIRD mini-dev questions by db_id and question text (mini-dev questions
  were edited after BIRD dev: an edited question is not mapped, its answer would be to another
  question) and scored on the mini-dev gold SQL, by difficulty, beside our committed answers to the
  same questions (``bench/results/<model>/bird-minidev*/``). BIRD dev's question texts come from
  ``$SLMSQL_DATA_DIR/bird/dev.json`` when it is there, else from ``bench/data/bird_dev/``.
* Spider: every committed Spider run (``bench/results/<model>/spider-*/``: greedy answers, the sc
  answer inside each csc row, the csc answer as run and at the default merge trigger) scored with
  the official semantics and with the strict reading slmsql used before; the strict figure is
  checked against the committed report of the run.

    SLMSQL_DATA_DIR=../shared/data .venv/bin/python bench/published.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from slmsql.evaluation.datasets import NAMED_SETS, Dataset, load_dataset, load_file
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.metrics import DATASET_METRIC, OFFICIAL, STRICT, SpiderSemantics
from slmsql.evaluation.report import DIFFICULTY_ORDER, EvaluationReport, QuestionOutcome, Score, build_report
from slmsql.inference.voting import contested
from slmsql.prompts.styles import DIRECT
from slmsql.settings import data_dir as resolve_data_dir

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
SLM_SQL = HERE / "data" / "slm_sql"
SLM_SQL_ANSWERS = "sampling_think_sql_merge_pred_major_voting_sqls.sql"
BIRD_DEV_INDEX = HERE / "data" / "bird_dev" / "questions.jsonl"
OUR_BIRD_RUNS = [  # (model, folder under bench/results/<model>/)
    ("qwen2.5-coder-1.5b", "bird-minidev"),
    ("qwen2.5-coder-0.5b", "bird-minidev-v1"),
    ("qwen2.5-coder-0.5b", "bird-minidev-section"),
]
DEFAULT_TRIGGER = DIRECT.merge_min_ratio  # the merge trigger of instruct models
DEFAULT_CSC = f"csc@{DEFAULT_TRIGGER:.2f}"
MERGE_RATIOS = [0.0, 0.2, 0.25, 1 / 3, 0.5, 0.75, 1.0]  # bench/accuracy.py's merge-trigger ablation
console = Console(width=140)


def read_rows(path: Path) -> dict[str, dict]:
    return {row["id"]: row for row in map(json.loads, path.read_text().splitlines()) if row}


def run_answers(folder: Path) -> dict[str, dict[str, str]]:
    """The answers a committed run holds, by label: greedy; and from csc rows sc (the first vote's
    answer), csc as run, and csc at the default trigger when the rows record their vote sizes."""
    answers: dict[str, dict[str, str]] = {}
    if (folder / "greedy.jsonl").is_file():
        answers["greedy"] = {k: r["sql"] for k, r in read_rows(folder / "greedy.jsonl").items()}
    if (folder / "csc.jsonl").is_file():
        rows = read_rows(folder / "csc.jsonl")
        answers["sc"] = {k: r["sc_sql"] for k, r in rows.items()}
        answers["csc"] = {k: r["sql"] for k, r in rows.items()}
        if all("votes" in r for r in rows.values()):
            for ratio in MERGE_RATIOS:
                answers[f"csc@{ratio:.2f}"] = csc_at_trigger(rows, ratio)
    return answers


def csc_at_trigger(rows: dict[str, dict], ratio: float) -> dict[str, str]:
    """csc under a stricter merge trigger than the run's: an unmerged question keeps its sc answer."""
    return {
        k: r["sql"] if r["merged"] and contested(r["votes"], ratio) else r["sc_sql"] for k, r in rows.items()
    }


class Scorer:
    """evaluate() on the questions a prediction set covers. Each (question, SQL, semantics) is
    scored once: the runs share most answers (sc, csc and csc at each trigger differ on few)."""

    def __init__(self) -> None:
        self._outcomes: dict[tuple, QuestionOutcome] = {}

    def score(self, dataset: Dataset, answers: dict[str, str], spider: SpiderSemantics) -> EvaluationReport:
        def key(qid: str) -> tuple:
            return dataset.name, qid, answers[qid], spider

        examples = tuple(e for e in dataset.examples if e.id in answers)
        fresh = replace(dataset, examples=tuple(e for e in examples if key(e.id) not in self._outcomes))
        if fresh.examples:
            report = evaluate(fresh, answers, workers=0, spider=spider, details=True)
            self._outcomes.update((key(q.id), q) for q in report.questions)
        return build_report(
            dataset=dataset.name,
            format=dataset.format,
            metric=DATASET_METRIC[dataset.format],
            outcomes=[self._outcomes[key(e.id)] for e in examples],
            seconds=0.0,
            spider_semantics=spider,
        )


def bird_dev_questions(data_dir: Path | None, minidev: Dataset) -> Dataset:
    """BIRD dev's questions in their order (the databases are the mini-dev ones that exist)."""
    official = resolve_data_dir(data_dir) / NAMED_SETS["bird-dev"].questions
    source = official if official.is_file() else BIRD_DEV_INDEX
    return load_file(source, db_dir=minidev.db_dir, name="bird-dev")


def slm_sql_answers(size: str, bird_dev: Dataset) -> dict[str, str]:
    """SLM-SQL's answers by BIRD dev question id. Their file is "\\n".join(answers): the 1.5B's ends
    with a newline because its last answer (question 1533) is empty."""
    lines = (SLM_SQL / size / SLM_SQL_ANSWERS).read_text(encoding="utf-8").split("\n")
    if len(lines) != len(bird_dev.examples):
        raise SystemExit(f"{size}: {len(lines)} answers for {len(bird_dev.examples)} BIRD dev questions")
    return {e.id: line.strip() for e, line in zip(bird_dev.examples, lines, strict=True)}


def mapped_to_bird_dev(minidev: Dataset, bird_dev: Dataset) -> dict[str, str]:
    """{mini-dev id: BIRD dev id} for the runnable mini-dev questions whose db_id and text BIRD dev
    has (an edited question is left out: an answer to its old text answers another question)."""
    by_text = {(e.db_id, e.question.strip()): e.id for e in bird_dev.examples}
    keys = {e.id: (e.db_id, e.question.strip()) for e in minidev.runnable}
    return {qid: by_text[key] for qid, key in keys.items() if key in by_text}


def bird_systems(bird_dev: Dataset, mapped: dict[str, str]) -> dict[str, dict[str, str]]:
    """Answers on mini-dev by system: SLM-SQL's released ones (mapped questions only) and ours."""
    systems = {}
    for size in ("1.5b", "0.5b"):
        answers = slm_sql_answers(size, bird_dev)
        systems[f"SLM-SQL-{size.upper()} (released, csc)"] = {
            mini: answers[dev] for mini, dev in mapped.items()
        }
    for model, folder in OUR_BIRD_RUNS:
        for label, answers in run_answers(RESULTS / model / folder).items():
            if not label.startswith("csc@") or label == DEFAULT_CSC:
                systems[f"{model} {folder} {label}"] = answers
    return systems


def bird_comparison(data_dir: Path | None, scorer: Scorer) -> dict:
    minidev = load_dataset("bird-minidev", data_dir=data_dir)
    bird_dev = bird_dev_questions(data_dir, minidev)
    mapped = mapped_to_bird_dev(minidev, bird_dev)
    unmapped = [e.id for e in minidev.runnable if e.id not in mapped]
    console.print(
        f"BIRD mini-dev: {len(mapped)} of {len(minidev.runnable)} runnable questions map to BIRD dev by "
        f"db_id and question text ({sum(a == b for a, b in mapped.items())} under the same id); "
        f"not mapped: {', '.join(unmapped) or 'none'}"
    )
    table = Table(title="BIRD mini-dev, the questions that map to BIRD dev: EX % (correct) by difficulty")
    for column in ("system", "questions", *DIFFICULTY_ORDER, "all mapped", "all runnable"):
        table.add_column(column, justify="left" if column == "system" else "right")
    out = {"mapped": len(mapped), "runnable": len(minidev.runnable), "unmapped": unmapped, "systems": {}}
    for name, answers in bird_systems(bird_dev, mapped).items():
        on_mapped = scorer.score(minidev, {k: v for k, v in answers.items() if k in mapped}, OFFICIAL)
        on_all = scorer.score(minidev, answers, OFFICIAL) if len(answers) > len(mapped) else None
        by_difficulty = [percent(on_mapped.by_difficulty[d]) for d in DIFFICULTY_ORDER]
        all_runnable = f"{percent(on_all)} of {on_all.evaluated}" if on_all else ""
        table.add_row(name, str(on_mapped.evaluated), *by_difficulty, percent(on_mapped), all_runnable)
        out["systems"][name] = {
            "mapped": summary(on_mapped),
            "all_runnable": summary(on_all) if on_all else None,
        }
    console.print(table)
    for size in ("1.5b", "0.5b"):
        claimed = json.loads((SLM_SQL / size / "sampling_think_sql_merge_metric.json").read_text())
        console.print(
            f"SLM-SQL-{size.upper()} as its authors report it on all 1,534 BIRD dev questions: "
            f"{100 * claimed['mj_metric']['all']:.2f}"
        )
    return out


def percent(score: EvaluationReport | Score) -> str:
    return f"{100 * score.accuracy:.1f} ({score.correct})"


def summary(report: EvaluationReport) -> dict:
    return {
        "questions": report.evaluated,
        "correct": report.correct,
        "accuracy": round(report.accuracy, 4),
        "by_difficulty": {k: v.to_json() for k, v in report.by_difficulty.items()},
    }


def spider_rescoring(data_dir: Path | None, scorer: Scorer) -> list[dict]:
    """Every committed Spider run under both readings; the table leaves out the trigger ablation."""
    datasets = {name: load_dataset(name, data_dir=data_dir) for name in ("spider-dev", "spider-train")}
    table = Table(
        title="Committed Spider answers rescored: EX % (correct), former strict reading and official"
    )
    for column in ("model", "run", "answers", "questions", "committed report", "strict", "official", "+"):
        table.add_column(column, justify="left" if column in ("model", "run", "answers") else "right")
    out = []
    for folder in sorted(RESULTS.glob("*/spider-*")):
        dataset = datasets["spider-train" if folder.name.startswith("spider-train") else "spider-dev"]
        for label, answers in run_answers(folder).items():
            strict = scorer.score(dataset, answers, STRICT)
            official = scorer.score(dataset, answers, OFFICIAL)
            committed = committed_correct(folder, label)
            out.append(
                {
                    "model": folder.parent.name,
                    "run": folder.name,
                    "answers": label,
                    "questions": strict.evaluated,
                    "strict": strict.correct,
                    "official": official.correct,
                    "committed_strict": committed,
                }
            )
            if label.startswith("csc@") and label != DEFAULT_CSC:
                continue
            check = (
                "" if committed is None else str(committed) + (" (differs!)" * (committed != strict.correct))
            )
            gain = f"{official.correct - strict.correct:+d}"
            table.add_row(folder.parent.name, folder.name, label, str(strict.evaluated), check,
                          percent(strict), percent(official), gain)  # fmt: skip
    console.print(table)
    return out


# Comparisons docs/benchmarks.md makes on the questions runs share: (title, model, dataset, the run
# whose first questions are compared and how many (None: all), the runs, the answers compared).
# A run "a+b" takes its greedy answers from b (those of "current" are spider-dev-200's).
SHARED_QUESTIONS = [
    ("first 101 questions", "qwen2.5-coder-1.5b", "spider-dev", ("spider-dev-200-repair-fallback", 101),
     ["spider-dev-200-v1", "spider-dev-200", "spider-dev-200-repair-fallback+spider-dev-200"],
     ["greedy", "sc", "csc@0.00", DEFAULT_CSC]),
    ("the 146 questions of the early-stop run", "qwen2.5-coder-1.5b", "spider-dev",
     ("spider-dev-200-early-stop", None),
     ["spider-dev-200-early-stop", "spider-dev-200-v1", "spider-dev-200", "spider-dev-200-repair-fallback"],
     ["sc", DEFAULT_CSC]),
    ("first 181 questions", "qwen2.5-coder-1.5b", "spider-dev", ("spider-dev-200-default-trigger", 181),
     ["spider-dev-200-default-trigger", "spider-dev-200-repair-fallback+spider-dev-200"],
     ["greedy", "sc", DEFAULT_CSC]),
    ("the 107 train questions of the table-names run", "qwen2.5-coder-0.5b", "spider-train",
     ("spider-train-200-instr-tablenames", None),
     ["spider-train-200-instr-base", "spider-train-200-instr-tablenames"], ["greedy"]),
]  # fmt: skip


def shared_questions(data_dir: Path | None, scorer: Scorer) -> list[dict]:
    """Runs compared on the questions they share, under both readings."""
    out = []
    for title, model, dataset_name, (first_run, count), runs, labels in SHARED_QUESTIONS:
        dataset = load_dataset(dataset_name, data_dir=data_dir)
        root = RESULTS / model
        ids = set(list(next(iter(composite_run(root, first_run).values())))[:count])
        table = Table(title=f"{model}, {title} of {dataset_name}: EX % strict / official")
        for column in ("run", *labels):
            table.add_column(column, justify="left" if column == "run" else "right")
        for run in runs:
            answers = composite_run(root, run)
            cells = []
            for label in labels:
                chosen = {k: v for k, v in answers.get(label, {}).items() if k in ids}
                scores = [scorer.score(dataset, chosen, s) for s in (STRICT, OFFICIAL)] if chosen else []
                cells.append(" / ".join(f"{100 * r.accuracy:.1f}" for r in scores))
                if scores:
                    row = {"questions": title, "model": model, "run": run, "answers": label}
                    out.append({**row, "of": scores[0].evaluated, "strict": scores[0].correct,
                                "official": scores[1].correct})  # fmt: skip
            table.add_row(run, *cells)
        console.print(table)
    return out


def composite_run(root: Path, run: str) -> dict[str, dict[str, str]]:
    """A run's answers; "a+b" is run a with the greedy answers of run b."""
    own, _, greedy_from = run.partition("+")
    answers = run_answers(root / own)
    if greedy_from:
        answers["greedy"] = run_answers(root / greedy_from)["greedy"]
    return answers


def committed_correct(folder: Path, label: str) -> int | None:
    """The correct count of the run's own report (made with the strict reading), when it has one."""
    report = folder / f"report-{label}.json"
    return json.loads(report.read_text())["correct"] if report.is_file() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None, help="benchmark data (else $SLMSQL_DATA_DIR)")
    parser.add_argument("--json", type=Path, default=None, help="write every figure to this file")
    args = parser.parse_args()
    scorer = Scorer()
    figures = {
        "bird": bird_comparison(args.data_dir, scorer),
        "spider": spider_rescoring(args.data_dir, scorer),
        "spider_shared_questions": shared_questions(args.data_dir, scorer),
    }
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n")
        console.print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
