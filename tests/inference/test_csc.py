import pytest

from slmsql.db.values import ValueMatch
from slmsql.errors import InputError
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.prompts.styles import DIRECT, THINK
from slmsql.prompts.text_to_sql import MATCHED_VALUES_HEADER

from .fakes import FixedSchemaSource, ScriptedBackend

COUNT = "SELECT count(*) FROM customer"  # 3
LONDON = "SELECT count(*) FROM customer WHERE city = 'London'"  # 2
PARIS = "SELECT count(*) FROM customer WHERE city = 'Paris'"  # 1
BROKEN = "SELECT count(*) FROM nowhere"


def fence(sql: str) -> str:
    # Direct style: the prefill opens the fence, the stop string closes it.
    return sql + "\n"


def pipeline(backend, mode="csc", n=4, m=2, style=DIRECT, schemas=None, **kw):
    config = InferenceConfig(mode=mode, n=n, m=m, **kw)
    return CSCPipeline(
        backend,
        model_name="fake",
        prompt_style=style,
        config=config,
        schema_source=schemas or FixedSchemaSource(),
    )


def test_agreeing_candidates_win_without_merge(shop_db):
    backend = ScriptedBackend(
        [fence(COUNT), fence("select count(*) from customer"), fence(COUNT), fence(COUNT)]
    )
    with pipeline(backend) as p:
        answer = p.answer(shop_db, "How many customers?")
    assert answer.sql == COUNT and answer.rows == ((3,),)
    assert not answer.merge.ran and len(backend.calls) == 1
    assert [c.votes for c in answer.candidates] == [4, 4, 4, 4]


def test_groups_and_votes_per_candidate(shop_db):
    backend = ScriptedBackend(
        [fence(COUNT), fence(LONDON), fence("select count(*) from customer"), fence(COUNT)]
    )
    with pipeline(backend, mode="sc") as p:
        answer = p.answer(shop_db, "How many customers?")
    assert answer.sql == COUNT
    assert [c.votes for c in answer.candidates] == [3, 1, 3, 3]
    assert [c.group for c in answer.candidates] == [0, 1, 0, 0]


def test_merge_runs_when_the_two_largest_groups_disagree(shop_db):
    backend = ScriptedBackend(
        [fence(LONDON), fence(PARIS), fence(PARIS), fence(LONDON)],
        [fence(COUNT), fence(COUNT)],
    )
    with pipeline(backend) as p:
        answer = p.answer(shop_db, "How many customers?")
    assert answer.merge.ran
    # Tie (2 vs 2): the group with the earliest candidate (LONDON, index 0) ranks first.
    assert answer.merge.drafts == (LONDON, PARIS)
    merge_prompt = backend.calls[1][0].messages[1]["content"]
    assert LONDON in merge_prompt and PARIS in merge_prompt
    assert answer.sql == COUNT and answer.rows == ((3,),)
    assert backend.calls[1][1].n == 2 and backend.calls[1][1].seed == 1
    assert [c.stage for c in answer.candidates] == ["generation"] * 4
    assert len(answer.merge.outputs) == 2


def test_merge_outputs_that_fail_keep_the_first_vote(shop_db):
    backend = ScriptedBackend(
        [fence(LONDON), fence(PARIS), fence(LONDON), fence(BROKEN)],
        [fence(BROKEN), "no sql here"],
    )
    with pipeline(backend, merge_min_ratio=0.0) as p:  # 2 votes to 1: the paper's trigger
        answer = p.answer(shop_db, "How many customers in London?")
    assert answer.merge.ran and answer.merge.chosen_sql is None
    assert answer.sql == LONDON and answer.rows == ((2,),)
    assert [c.error for c in answer.merge.outputs] == ["no_such_table", "no_sql"]


@pytest.mark.parametrize(
    ("ratio", "merges"),
    [(0.0, True), (1 / 3, True), (0.34, False), (1.0, False)],
)
def test_merge_min_ratio_skips_lopsided_votes(shop_db, ratio, merges):
    backend = ScriptedBackend(
        [fence(LONDON), fence(PARIS), fence(LONDON), fence(LONDON)],  # 3 vs 1
        [fence(COUNT), fence(COUNT)],
    )
    with pipeline(backend, merge_min_ratio=ratio) as p:
        answer = p.answer(shop_db, "How many customers in London?")
    assert answer.merge.ran is merges and len(backend.calls) == (2 if merges else 1)
    if merges:
        assert answer.sql == COUNT
    else:
        assert answer.sql == LONDON and "3 vs 1 votes" in answer.merge.reason


@pytest.mark.parametrize(("style", "merges"), [(DIRECT, False), (THINK, True)])
def test_default_merge_trigger_follows_the_merge_models_style(shop_db, style, merges):
    # 3 votes against 1: an instruct (direct) merge model leaves it alone, a trained (think) one revises.
    draft = (lambda sql: f"<think>t</think><answer>{sql}") if style is THINK else fence
    backend = ScriptedBackend(
        [draft(LONDON), draft(PARIS), draft(LONDON), draft(LONDON)],
        [draft(COUNT), draft(COUNT)],
    )
    with pipeline(backend, style=style) as p:
        answer = p.answer(shop_db, "How many customers in London?")
    assert answer.merge.ran is merges
    assert answer.sql == (COUNT if merges else LONDON)


def test_sc_mode_never_merges(shop_db):
    backend = ScriptedBackend([fence(PARIS), fence(LONDON), fence(LONDON), fence(PARIS)])
    with pipeline(backend, mode="sc") as p:
        answer = p.answer(shop_db, "q?")
    assert not answer.merge.ran and len(backend.calls) == 1
    assert answer.sql == PARIS  # tie broken by the earliest candidate


def test_greedy_asks_for_one_deterministic_sample(shop_db):
    backend = ScriptedBackend([fence(COUNT)])
    with pipeline(backend, mode="greedy") as p:
        answer = p.answer(shop_db, "q?")
    params = backend.calls[0][1]
    assert params.n == 1 and params.temperature == 0.0
    assert answer.sql == COUNT and answer.mode == "greedy"


def test_all_candidates_failing_falls_back_deterministically(shop_db):
    backend = ScriptedBackend(["nothing", fence(BROKEN), fence("SELECT nope FROM customer")])
    with pipeline(backend, mode="sc", n=3) as p:
        answer = p.answer(shop_db, "q?")
    assert answer.sql == BROKEN
    assert answer.fallback and "no candidate executed" in answer.fallback
    assert answer.error == "no_such_table"
    assert all(c.votes == 0 for c in answer.candidates)


def test_no_sql_at_all(shop_db):
    backend = ScriptedBackend(["I cannot help", "no"])
    with pipeline(backend, mode="sc", n=2) as p:
        answer = p.answer(shop_db, "q?")
    assert answer.sql is None and answer.error == "no_sql" and answer.fallback


def test_think_style_answers_are_extracted(shop_db):
    backend = ScriptedBackend([f"<think>count them</think><answer>{COUNT}"])
    with pipeline(backend, mode="greedy", style=THINK) as p:
        answer = p.answer(shop_db, "q?")
    assert answer.sql == COUNT
    assert backend.calls[0][1].stop == ("</answer>",)
    assert backend.calls[0][1].max_tokens == 1024


def test_same_seed_same_request(shop_db):
    a, b = ScriptedBackend([fence(COUNT)] * 4), ScriptedBackend([fence(COUNT)] * 4)
    with pipeline(a, mode="sc", seed=5) as p:
        p.answer(shop_db, "q?")
    with pipeline(b, mode="sc", seed=5) as p:
        p.answer(shop_db, "q?")
    assert a.calls == b.calls and a.calls[0][1].seed == 5


def test_timings_tokens_and_summary(shop_db):
    backend = ScriptedBackend([fence(COUNT)] * 4)
    with pipeline(backend, mode="sc") as p:
        answer = p.answer(shop_db, "q?")
    assert answer.timings.total_s >= answer.timings.execution_s >= 0
    assert answer.tokens.prompt == 100 and answer.tokens.prompt_evaluated == 40
    assert "4 candidates, 4 executed" in answer.vote_summary()
    assert answer.to_json()["rows"] == [[3]]


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_is_refused(shop_db, question):
    with pipeline(ScriptedBackend()) as p, pytest.raises(InputError, match="question is empty"):
        p.answer(shop_db, question)


def test_missing_database_is_refused(tmp_path):
    with pipeline(ScriptedBackend()) as p, pytest.raises(InputError, match="no such file"):
        p.answer(tmp_path / "nope.sqlite", "q?")


def test_bad_config_is_refused():
    with pytest.raises(InputError):
        InferenceConfig(mode="vote")
    with pytest.raises(InputError):
        InferenceConfig(n=0)
    with pytest.raises(InputError, match="merge_min_ratio"):
        InferenceConfig(merge_min_ratio=1.5)
    with pytest.raises(InputError, match="value_placement: 'inline' is not one of"):
        InferenceConfig(value_placement="inline")


PARIS_VALUE = [ValueMatch("customer", "city", "Paris", 1.0)]
PARIS_LINE = "customer.city: 'Paris'"


@pytest.mark.parametrize(
    ("style", "placement", "in_section"),
    [(DIRECT, None, True), (THINK, None, False), (DIRECT, "schema", False), (THINK, "section", True)],
)
def test_matched_values_go_where_the_placement_says(shop_db, style, placement, in_section):
    text = fence(PARIS) if style is DIRECT else f"<answer>{PARIS}"
    backend = ScriptedBackend([text, text])
    schemas = FixedSchemaSource(values=PARIS_VALUE)
    with pipeline(backend, n=2, style=style, schemas=schemas, value_placement=placement) as p:
        answer = p.answer(shop_db, "How many customers live in Paris?")
    assert answer.sql == PARIS
    content = backend.calls[0][0].messages[1]["content"]
    schema_part = content[: content.index("Question:")]
    assert (MATCHED_VALUES_HEADER in content) is in_section
    assert (PARIS_LINE in content) is in_section
    # In the schema, Paris leads the city column's examples; in a section the schema has no Paris.
    assert ("'Paris'" in schema_part.split(MATCHED_VALUES_HEADER)[0]) is not in_section


def test_no_values_means_no_section(shop_db):
    backend = ScriptedBackend([fence(PARIS)])
    schemas = FixedSchemaSource(values=PARIS_VALUE)
    with pipeline(backend, mode="greedy", schemas=schemas, use_values=False) as p:
        p.answer(shop_db, "How many customers live in Paris?")
    content = backend.calls[0][0].messages[1]["content"]
    assert MATCHED_VALUES_HEADER not in content and "'Paris'" not in content


SWAPPED = (
    "SELECT T2.name FROM orders AS T1 JOIN customer AS T2 ON T1.customer_id = T2.id "
    "WHERE T2.amount > 8"
)  # amount is a column of orders (T1): SQLite says "no such column: T2.amount"
SWAP_FIXED = (
    "SELECT T2.name FROM orders AS T1 JOIN customer AS T2 ON T1.customer_id = T2.id WHERE T1.amount > 8"
)
BIG_SPENDERS = "SELECT c.name FROM orders AS o JOIN customer AS c ON o.customer_id = c.id WHERE o.amount > 8"


def test_a_repaired_candidate_votes_when_none_runs_as_written(shop_db):
    backend = ScriptedBackend([fence(SWAPPED), fence(BROKEN), fence(SWAPPED)])
    with pipeline(backend, mode="sc", n=3) as p:
        answer = p.answer(shop_db, "Who spent more than 8 on an order?")
    first = answer.candidates[0]
    assert first.sql == SWAP_FIXED and first.repaired_from == SWAPPED and first.error is None
    assert SWAPPED in first.text  # the model's own words are kept
    assert first.votes == 2 and answer.sql == SWAP_FIXED and answer.rows == (("Ada",), ("Ada",))
    assert answer.candidates[1].repaired_from is None and answer.candidates[1].votes == 0
    assert "2 after a column-table repair" in answer.vote_summary()


def test_repaired_candidates_are_held_back_when_others_run_as_written(shop_db):
    backend = ScriptedBackend([fence(SWAPPED), fence(SWAPPED), fence(LONDON)])
    with pipeline(backend, mode="sc", n=3) as p:
        answer = p.answer(shop_db, "Who spent more than 8 on an order?")
    assert answer.sql == LONDON and [c.votes for c in answer.candidates] == [0, 0, 1]
    held = answer.candidates[0]
    assert held.repaired_from == SWAPPED and held.group is None and "votes only when" in held.message


def test_repair_can_be_turned_off(shop_db):
    backend = ScriptedBackend([fence(SWAPPED), fence(BIG_SPENDERS), fence(LONDON)])
    with pipeline(backend, mode="sc", n=3, repair_columns=False) as p:
        answer = p.answer(shop_db, "Who spent more than 8 on an order?")
    first = answer.candidates[0]
    assert first.sql == SWAPPED and first.repaired_from is None and first.error == "no_such_column"
    assert first.votes == 0


def test_merge_outputs_are_repaired_too(shop_db):
    backend = ScriptedBackend([fence(LONDON), fence(PARIS)], [fence(SWAPPED), fence(SWAPPED)])
    with pipeline(backend, n=2, merge_min_ratio=0.0) as p:
        answer = p.answer(shop_db, "Who spent more than 8 on an order?")
    assert answer.merge.ran and answer.merge.chosen_sql == SWAP_FIXED
    assert [c.repaired_from for c in answer.merge.outputs] == [SWAPPED, SWAPPED]
    assert answer.sql == SWAP_FIXED


def test_early_stop_skips_the_second_half_when_the_first_agrees(shop_db):
    backend = ScriptedBackend([fence(COUNT), fence("select count(*) from customer")])
    with pipeline(backend, mode="sc", n=4, early_stop=True) as p:
        answer = p.answer(shop_db, "How many customers?")
    assert [params.n for _, params in backend.calls] == [2]
    assert answer.stopped_early and answer.sql == COUNT and len(answer.candidates) == 2
    assert "early stop" in answer.vote_summary()


def test_early_stop_gives_the_answer_all_samples_would(shop_db):
    # The second half all agree on another result: a 2-2 tie the earliest candidate wins.
    halves = [fence(LONDON), fence(LONDON)], [fence(PARIS), fence(PARIS)]
    with pipeline(ScriptedBackend(halves[0] + halves[1]), mode="sc", n=4) as p:
        full = p.answer(shop_db, "How many customers live in London?")
    with pipeline(ScriptedBackend(*halves), mode="sc", n=4, early_stop=True) as p:
        early = p.answer(shop_db, "How many customers live in London?")
    assert full.sql == early.sql == LONDON and early.stopped_early and not full.stopped_early


def test_early_stop_draws_the_rest_when_the_first_half_disagrees(shop_db):
    backend = ScriptedBackend([fence(LONDON), fence(BROKEN)], [fence(PARIS), fence(PARIS)])
    with pipeline(backend, mode="sc", n=4, seed=7, early_stop=True) as p:
        answer = p.answer(shop_db, "How many customers?")
    # the second round's seeds continue the first's: sample i is seeded with seed + i
    assert [(params.n, params.seed) for _, params in backend.calls] == [(2, 7), (2, 9)]
    assert not answer.stopped_early and len(answer.candidates) == 4
    assert answer.sql == PARIS and [c.votes for c in answer.candidates] == [1, 0, 2, 2]
    assert answer.tokens.prompt == 200  # both rounds counted
