"""Prompts: text-to-SQL (direct and think styles), merge revision, and SQL extraction."""

from slmsql.prompts.chat import ChatPrompt
from slmsql.prompts.extract import extract_sql
from slmsql.prompts.styles import DIRECT, THINK, PromptStyle, get_style
from slmsql.prompts.text_to_sql import text_to_sql_prompt

__all__ = ["DIRECT", "THINK", "ChatPrompt", "PromptStyle", "extract_sql", "get_style", "text_to_sql_prompt"]
