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


def question_block(question: str, evidence: str = "") -> str:
    """Evidence (BIRD's external knowledge) first, then the question, as the published prompts do."""
    evidence = (evidence or "").strip()
    return f"{evidence}\n{question.strip()}" if evidence else question.strip()


def text_to_sql_prompt(schema_text: str, question: str, style: PromptStyle, evidence: str = "") -> ChatPrompt:
    user = "\n\n".join(
        [
            "Task overview:\nYou are given a database schema and a question in natural language. "
            "Write one SQLite query that answers the question.",
            "Database engine:\nSQLite",
            f"Database schema:\n{schema_text.strip()}",
            "The schema above lists the database's tables with their columns, types, descriptions, "
            "example values and keys.",
            f"Question:\n{question_block(question, evidence)}",
            INSTRUCTIONS,
            style.output_format,
        ]
    )
    messages = ({"role": "system", "content": style.system}, {"role": "user", "content": user})
    return ChatPrompt(messages=messages, prefill=style.prefill, stop=style.stop)
