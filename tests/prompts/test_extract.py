import pytest

from slmsql.prompts.extract import extract_sql, first_statement


@pytest.mark.parametrize(
    ("text", "sql"),
    [
        (
            "<think>join a and b</think><answer>SELECT a FROM t WHERE b = ';x;';</answer>",
            "SELECT a FROM t WHERE b = ';x;'",
        ),
        ("<think>...</think><answer>\n```sql\nSELECT 1\n```\n</answer>", "SELECT 1"),
        ("<answer>SELECT 2", "SELECT 2"),  # stopped at </answer>, so it never arrived
        ("```sql\nSELECT 1;\n```\nbetter:\n```sql\nSELECT 'a;b' FROM t;\n```", "SELECT 'a;b' FROM t"),
        ("```sql\nSELECT name FROM t WHERE x = 'a;'", "SELECT name FROM t WHERE x = 'a;'"),
        ("```\nWITH x AS (SELECT 1) SELECT * FROM x\n```", "WITH x AS (SELECT 1) SELECT * FROM x"),
        ("The query is SELECT * FROM t; hope it helps", "SELECT * FROM t"),
        ('SELECT "a;b" FROM "weird;table"', 'SELECT "a;b" FROM "weird;table"'),
        ("SELECT 1; DROP TABLE t", "SELECT 1"),
    ],
)
def test_extracts_sql_and_keeps_literals(text, sql):
    assert extract_sql(text) == sql


@pytest.mark.parametrize(
    "text", ["", "   ", "I don't know", "```sql\nI cannot answer that\n```", "<answer></answer>"]
)
def test_no_sql(text):
    assert extract_sql(text) is None


def test_answer_tag_wins_over_fences_outside_it():
    text = "```sql\nSELECT 'draft'\n```<answer>SELECT 'final'</answer>"
    assert extract_sql(text) == "SELECT 'final'"


def test_first_statement_handles_unterminated_strings():
    assert first_statement("SELECT 'oops;") == "SELECT 'oops"
