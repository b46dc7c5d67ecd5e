"""Rewards on hand-written completions: right, wrong, malformed, timing out, trying to write."""

from __future__ import annotations

import pytest

from slmsql.errors import InputError
from slmsql.training.rewards import (
    REWARD_NAMES,
    ExecutionJudge,
    combined,
    completion_text,
    format_reward,
    reward_functions,
    well_formed,
)

GOLD = "SELECT name FROM customer WHERE city = 'London'"
RIGHT = "<think>London customers.</think>\n<answer>SELECT name FROM customer WHERE city = 'London'</answer>"
RIGHT_REORDERED = (
    "<think>x</think><answer>\n```sql\nSELECT name FROM customer WHERE city='London' "
    "ORDER BY name DESC;\n```\n</answer>"
)
WRONG = "<think>All of them.</think><answer>SELECT name FROM customer</answer>"
MALFORMED = "The answer is SELECT name FROM customer WHERE city = 'London'"
FAILS = "<think>t</think><answer>SELECT nme FROM customer</answer>"
WRITES = "<think>t</think><answer>DELETE FROM customer</answer>"
SLOW = (
    "<think>t</think><answer>WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
    "SELECT count(*) FROM c</answer>"
)


@pytest.fixture
def judge():
    with ExecutionJudge(workers=1, timeout_s=0.5) as j:
        yield j


def columns(db, n):
    return {"db_path": [str(db)] * n, "gold_sql": [GOLD] * n}


def test_format_reward_accepts_only_think_then_answer_with_a_query():
    assert format_reward(completions=[RIGHT, RIGHT_REORDERED, WRONG]) == [1.0, 1.0, 1.0]
    assert format_reward(completions=[MALFORMED]) == [0.0]
    assert not well_formed("<answer>SELECT 1</answer>")  # no think
    assert not well_formed("<think>a</think><answer>just words</answer>")  # no query
    assert not well_formed("<think>a</think><answer>SELECT 1</answer> trailing prose")
    assert not well_formed("<think>a<answer>SELECT 1</answer></think><answer>SELECT 1</answer>")
    assert well_formed("<think>\n</think>\n<answer>\nWITH t AS (SELECT 1) SELECT * FROM t\n</answer>\n")


def test_completion_text_reads_chat_messages():
    assert completion_text([{"role": "assistant", "content": "abc"}]) == "abc"
    assert completion_text("plain") == "plain"


def test_execution_reward_right_wrong_malformed_failing_writing(shop_db, judge):
    funcs, weights = reward_functions("slm-sql", judge)
    assert weights == [1.0, 0.1]
    execution = funcs[0]
    texts = [RIGHT, RIGHT_REORDERED, WRONG, MALFORMED, FAILS, WRITES]
    got = execution(prompts=[""] * len(texts), completions=texts, **columns(shop_db, len(texts)))
    # The malformed one still has a bare SELECT that returns the gold rows: execution ignores format.
    assert got == [1.0, 1.0, 0.0, 1.0, 0.0, 0.0]
    totals = combined("slm-sql", judge, texts, **columns(shop_db, len(texts)))
    assert totals == pytest.approx([1.1, 1.1, 0.1, 1.0, 0.1, 0.0])  # a DELETE is not well formed
    # The customer table still holds its three rows: the write was refused.
    count = ["<answer>SELECT count(*) FROM customer</answer>"]
    check = execution(completions=count, db_path=[str(shop_db)], gold_sql=["SELECT 3"])
    assert check == [1.0]


def test_timeout_scores_zero_and_returns_in_time(shop_db, judge):
    import time

    funcs, _ = reward_functions("arctic", judge)
    started = time.monotonic()
    assert funcs[0](completions=[SLOW], **columns(shop_db, 1)) == [0.0]
    assert time.monotonic() - started < 5


def test_arctic_and_graded_values(shop_db, judge):
    arctic = reward_functions("arctic", judge)[0][0]
    assert arctic(completions=[RIGHT, WRONG, FAILS], **columns(shop_db, 3)) == [1.0, 0.1, 0.0]
    graded = reward_functions("graded", judge)[0][0]
    right, wrong, fails = graded(completions=[RIGHT, WRONG, FAILS], **columns(shop_db, 3))
    assert right == 1.0 and fails == 0.0
    # WRONG returns Ada, Bo, Cy where the gold is Ada, Cy: 2 of 3 rows shared.
    assert wrong == pytest.approx(0.1 + 0.4 * 2 / 3)


def test_gold_results_are_cached_and_a_batch_runs_once(shop_db, judge):
    funcs, _ = reward_functions("slm-sql+executes", judge)
    cols = columns(shop_db, 2)
    funcs[0](completions=[RIGHT_REORDERED, WRONG], **cols)
    first = judge.runs
    assert first == 3  # the gold once, two distinct predictions
    funcs[2](completions=[RIGHT_REORDERED, WRONG], **cols)  # the same batch, another reward: nothing re-run
    assert judge.runs == first
    funcs[0](completions=[FAILS], **columns(shop_db, 1))
    assert judge.runs == first + 1  # only the new prediction; the gold came from the cache


def test_failing_gold_is_not_judged(shop_db, judge):
    execution = reward_functions("slm-sql", judge)[0][0]
    assert execution(completions=[RIGHT], db_path=[str(shop_db)], gold_sql=["SELECT * FROM nope"]) == [None]


def test_bad_recipe_and_missing_columns(shop_db, judge):
    with pytest.raises(InputError, match="reward 'nope': unknown"):
        reward_functions("nope", judge)
    execution = reward_functions("slm-sql", judge)[0][0]
    with pytest.raises(InputError, match="gold_sql"):
        execution(completions=[RIGHT], db_path=[str(shop_db)])
    assert set(REWARD_NAMES) >= {"slm-sql", "arctic", "graded"}
