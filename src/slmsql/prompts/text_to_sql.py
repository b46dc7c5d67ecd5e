"""The text-to-SQL prompt: schema, evidence and question in, one SQLite query out.

Sections follow the OmniSQL layout that CSC-SQL and SLM-SQL were trained and evaluated on (task,
engine, schema, what the schema describes, question with evidence first, instructions, output
format), in our own words.
"""

from __future__ import annotations

from slmsql.prompts.chat import ChatPrompt
from slmsql.prompts.styles import PromptStyle

INSTRUCTIONS = """Instructions:
- Select only the columns the question asks for: nothing missing, nothing extra.
- Use the external knowledge, when given, to map the question's words to columns and values.
- Work out which tables, joins and filters are needed before writing the query.
- Use only tables and columns that exist in the schema above."""

MATCHED_VALUES_HEADER = "Values stored in the database that the question mentions (table.column: values):"


def question_block(question: str, evidence: str = "") -> str:
    """Evidence (BIRD's external knowledge) first, then the question, as the published prompts do."""
    evidence = (evidence or "").strip()
    return f"{evidence}\n{question.strip()}" if evidence else question.strip()


def text_to_sql_prompt(
    schema_text: str,
    question: str,
    style: PromptStyle,
    evidence: str = "",
    matched_values: str = "",
    engine: str = "SQLite",
) -> ChatPrompt:
    """``matched_values``: the question's database values as their own section after the schema
    (see render_value_matches), so that everything before it is the same for every question on the
    database and a backend can reuse its evaluation. Empty: the values, if any, are in the schema.
    ``engine``: the database engine the query runs on (``PostgreSQL``, ...), named wherever the prompt
    names one."""
    sections = [
        "Task overview:\nYou are given a database schema and a question in natural language. "
        f"Write one {engine} query that answers the question.",
        f"Database engine:\n{engine}",
        f"Database schema:\n{schema_text.strip()}",
        "The schema above lists the database's tables with their columns, types, descriptions, "
        "example values and keys.",
    ]
    if matched_values.strip():
        sections.append(f"{MATCHED_VALUES_HEADER}\n{matched_values.strip()}")
    output_format, system = style.output_format, style.system
    if engine != "SQLite":
        output_format, system = output_format.replace("SQLite", engine), system.replace("SQLite", engine)
    sections += [f"Question:\n{question_block(question, evidence)}", INSTRUCTIONS, output_format]
    user = "\n\n".join(sections)
    messages = ({"role": "system", "content": system}, {"role": "user", "content": user})
    return ChatPrompt(messages=messages, prefill=style.prefill, stop=style.stop)
