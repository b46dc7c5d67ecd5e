from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.inference.voting import contested, vote


def ok(*rows):
    return QueryResult(sql="q", columns=("a",), rows=tuple(rows))


FAIL = QueryResult(sql="q", error=ErrorClass.SYNTAX, message="bad")


def test_groups_by_row_set_ignoring_order_and_duplicates():
    ballot = vote([ok((1,), (2,)), ok((2,), (1,), (1,)), ok((3,))])
    assert [g.members for g in ballot.groups] == [(0, 1), (2,)]
    assert ballot.winner == 0 and ballot.disagreement


def test_failures_and_missing_sql_get_no_vote():
    ballot = vote([FAIL, None, ok((5,)), FAIL])
    assert ballot.invalid == (0, 1, 3)
    assert ballot.winner == 2 and not ballot.disagreement


def test_ties_go_to_the_group_with_the_earliest_candidate():
    ballot = vote([ok((1,)), ok((2,)), ok((2,)), ok((1,))])
    assert [g.members for g in ballot.groups] == [(0, 3), (1, 2)]
    assert ballot.winner == 0


def test_larger_group_beats_earlier_group():
    ballot = vote([ok((1,)), ok((2,)), ok((2,))])
    assert ballot.winner == 1
    assert ballot.group_of(0) == 1 and ballot.group_of(2) == 0


def test_empty_results_are_a_valid_vote_and_all_invalid_has_no_winner():
    assert vote([ok()]).winner == 0
    ballot = vote([FAIL, None])
    assert ballot.winner is None and ballot.groups == ()


def test_column_order_matters():
    a = QueryResult(sql="q", columns=("x", "y"), rows=((1, 2),))
    b = QueryResult(sql="q", columns=("y", "x"), rows=((2, 1),))
    assert len(vote([a, b]).groups) == 2


def test_contested_needs_two_groups_and_a_close_enough_runner_up():
    assert not contested([8], 0.0) and not contested([], 0.0)
    assert contested([7, 1], 0.0) and not contested([7, 1], 0.2)
    assert contested([4, 3, 1], 0.75) and not contested([5, 3], 0.75)
