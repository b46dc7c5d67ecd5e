"""Property tests of SQL extraction: no model answer crashes it, and a query it is given inside the
usual wrappers comes back unchanged."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from slmsql.prompts.extract import extract_sql, first_statement

answers = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            ["<answer>", "</answer>", "<think>", "```sql\n", "```", "\n", "SELECT", "WITH", "a", "'", '"',
             ";", " ; ;", "`", "--", "/*", "*/", "[", "]", "x'0", "$", "\\", "\x00", "🙂"]
        ),
        max_size=30,
    ).map("".join),
)
# Queries without a statement-ending semicolon: literals and names may hold one.
queries = st.builds(
    lambda cols, table, where: f"SELECT {cols} FROM {table}{where}",
    st.sampled_from(["a", "count(*)", "'x;y'", "a AS \"b;c\"", "1"]),
    st.sampled_from(["t", '"weird;table"', "`t`"]),
    st.sampled_from(["", " WHERE a = ';'", " WHERE b LIKE '%--%'", " ORDER BY a LIMIT 3"]),
)


@settings(max_examples=500, deadline=None)
@given(answers)
@example("SELECT 'a ; ;")  # an unterminated literal: the tokenizer gives up
def test_any_answer_gives_sql_or_none(text):
    sql = extract_sql(text)
    # One statement, trimmed, with no statement-ending semicolon left (one in a comment or literal stays).
    assert sql is None or (sql == sql.strip() and sql and first_statement(sql) == sql)
    assert isinstance(first_statement(text), str)


@settings(max_examples=200, deadline=None)
@given(queries, st.text(max_size=40).filter(lambda s: "```" not in s and "<answer>" not in s.lower()))
def test_a_wrapped_query_comes_back_unchanged(sql, prose):
    assert extract_sql(f"{prose}\n```sql\n{sql};\n```\n") == sql
    assert extract_sql(f"<think>{prose.replace('<', ' ')}</think><answer>{sql}</answer>") == sql
