"""The prompt handed to a model backend: chat messages plus an optional forced answer start."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChatPrompt:
    """Chat messages (``{"role": ..., "content": ...}``) plus ``prefill``: text the assistant turn
    is forced to start with (e.g. an opening ```sql fence). Completions never repeat the prefill.
    ``stop`` lists the strings that end an answer in this prompt's output format. ``detour`` marks
    a one-off prompt (a merge revision) that a backend with a prompt cache should not let evict the
    prompt it holds: the next question on the same database will need that one again."""

    messages: tuple[dict[str, str], ...]
    prefill: str = ""
    stop: tuple[str, ...] = ()
    detour: bool = False
