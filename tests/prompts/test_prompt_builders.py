from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.prompts.merge import MAX_RESULT_CHARS, format_result, merge_prompt, used_tables_and_columns
from slmsql.prompts.styles import DIRECT, THINK, get_style
from slmsql.prompts.text_to_sql import MATCHED_VALUES_HEADER, text_to_sql_prompt
from tests.inference.fakes import SHOP_SCHEMA


def test_text_to_sql_prompt_sections_in_order():
    prompt = text_to_sql_prompt("CREATE TABLE t (a INT);", "How many a?", DIRECT, evidence="a means apples")
    system, user = prompt.messages
    assert system["role"] == "system" and user["role"] == "user"
    content = user["content"]
    order = [
        "Database engine:\nSQLite",
        "CREATE TABLE t",
        "Question:\na means apples\nHow many a?",
        "Instructions:",
        "Output format:",
    ]
    positions = [content.index(part) for part in order]
    assert positions == sorted(positions)
    assert prompt.prefill == "```sql\n" and prompt.stop == ("```",)


def test_matched_values_get_a_section_after_the_question_independent_part():
    values = "customer.city: 'Paris'"
    with_values = text_to_sql_prompt(
        "CREATE TABLE t (a INT);", "Who lives in Paris?", DIRECT, matched_values=values
    )
    other = text_to_sql_prompt("CREATE TABLE t (a INT);", "How many a?", DIRECT)
    content = with_values.messages[1]["content"]
    assert MATCHED_VALUES_HEADER + "\n" + values in content
    assert content.index("CREATE TABLE t") < content.index(MATCHED_VALUES_HEADER) < content.index("Question:")
    # Everything before the values is the same for another question on the database: a shared prefix.
    prefix = content[: content.index(MATCHED_VALUES_HEADER)]
    assert other.messages[1]["content"].startswith(prefix)
    assert MATCHED_VALUES_HEADER not in other.messages[1]["content"]  # no values, no section


def test_think_style_asks_for_tags():
    prompt = text_to_sql_prompt("CREATE TABLE t (a INT);", "q", THINK)
    assert "<answer>" in prompt.messages[1]["content"] and "<think>" in prompt.messages[0]["content"]
    assert prompt.prefill == "" and prompt.stop == ("</answer>",)
    assert get_style("think") is THINK


def test_used_tables_and_columns():
    keep = used_tables_and_columns(
        ["SELECT c.name FROM customer AS c JOIN orders AS o ON o.customer_id = c.id", "SELECT bogus(("],
        SHOP_SCHEMA,
    )
    assert keep == {"customer": {"name", "id"}, "orders": {"customer_id"}}


def test_format_result_is_bounded():
    rows = tuple((i, "x" * 80) for i in range(100))
    text = format_result(QueryResult(sql="q", columns=("id", "text"), rows=rows))
    assert len(text) <= MAX_RESULT_CHARS + 20
    assert text.startswith("id | text")
    assert "Error: timeout" in format_result(QueryResult(sql="q", error=ErrorClass.TIMEOUT, message="slow"))
    assert "(no rows)" in format_result(QueryResult(sql="q", columns=("a",), rows=()))


def test_merge_prompt_shows_both_drafts_and_a_pruned_schema():
    d1 = ("SELECT name FROM customer", QueryResult(sql="q", columns=("name",), rows=(("Ada",),)))
    d2 = ("SELECT city FROM customer", QueryResult(sql="q", error=ErrorClass.NO_SUCH_COLUMN, message="no"))
    prompt = merge_prompt(SHOP_SCHEMA, "Who?", [d1, d2], DIRECT)
    content = prompt.messages[1]["content"]
    assert "Draft 1 SQL:\nSELECT name FROM customer" in content and "Ada" in content
    assert "Draft 2 SQL:\nSELECT city FROM customer" in content and "Error: no_such_column" in content
    schema_part = content.split("Question:")[0]
    assert "customer" in schema_part and "orders" not in schema_part  # pruned to what the drafts use
    assert "amount" not in schema_part
