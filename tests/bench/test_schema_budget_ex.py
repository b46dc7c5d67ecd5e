"""bench/schema_budget_ex: two predict runs compared on the questions both answered, and on those
whose prompt the budget changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def row(qid: str, correct: bool, prompt: int, evaluated: int, seconds: float) -> dict:
    return {
        "id": qid, "db_id": "d", "question": "q", "correct": correct, "sql": "SELECT 1",
        "tokens": {"prompt": prompt, "prompt_evaluated": evaluated, "generated": 5},
        "timings": {"total_s": seconds},
    }


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_compares_the_common_questions_and_those_the_budget_cut(tmp_path):
    selected = write(tmp_path / "selected.jsonl", [
        row("1", True, 900, 900, 2.0),   # cut, right only with the selection
        row("2", False, 800, 100, 1.0),  # cut, right only with the full schema
        row("3", True, 500, 50, 1.0),    # fits the budget: the same prompt in both runs
        row("4", True, 700, 700, 1.0),   # not answered by the full run (stopped)
    ])
    full = write(tmp_path / "full.jsonl", [
        row("1", False, 2000, 2000, 4.0),
        row("2", True, 2100, 100, 2.0),
        row("3", True, 500, 50, 1.0),
    ])
    out = tmp_path / "summary.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "schema_budget_ex.py"), "--selected", str(selected),
         "--full", str(full), "--json", str(out)],
        capture_output=True, text=True, check=True,
    )
    summary = json.loads(out.read_text())
    assert summary["questions"] == 3 and summary["selection_ran"] == 2
    assert summary["all"]["selected"]["correct"] == 2 and summary["all"]["full"]["correct"] == 2
    cut = summary["selection_ran_only"]
    assert cut["selected"]["prompt_tokens_mean"] == 850 and cut["full"]["prompt_tokens_mean"] == 2050
    assert cut["selected"]["prompt_tokens_evaluated_mean"] == 500 and cut["full"]["seconds_mean"] == 3.0
    assert summary["only_selected_right"] == 1 and summary["only_full_right"] == 1
    assert "the budget cut the prompt of 2" in done.stdout
