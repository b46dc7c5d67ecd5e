"""Guesses of a sample's next token from what the other samples (and the prompt) already wrote.

Eight samples of one short SQL query mostly say the same things in slightly different orders and
spacings, so once one sample has written ``FROM ship WHERE`` another that reaches ``FROM`` will
likely write ``ship`` next. The llama.cpp backend decodes such a guess (a *draft*) in the same step
as the token before it and keeps it only when the sample then draws that very token; the samples
are drawn exactly as without drafts (see llamacpp.py). Pure Python, tested without a model.
"""

from __future__ import annotations

from collections.abc import Sequence

# Longest n-gram first: a longer shared context predicts better; one token of context still
# guesses right often enough in SQL (after ``FROM`` comes the table the others chose).
SAMPLE_ORDERS = (3, 2, 1)
# The prompt holds the schema and, for a merge revision, both drafts: three tokens of context keep
# a guess from it specific to where the sample is.
PROMPT_ORDERS = (3,)


class NgramDrafter:
    """n-gram -> the token that followed it most recently, from the samples and from the prompt."""

    def __init__(self, prompt: Sequence[int] = ()) -> None:
        self._samples: dict[tuple[int, ...], int] = {}
        self._prompt: dict[tuple[int, ...], int] = {}
        for order in PROMPT_ORDERS:
            for end in range(order, len(prompt)):
                self._prompt[tuple(prompt[end - order : end])] = prompt[end]

    def observe(self, history: Sequence[int]) -> None:
        """Record the n-grams that end with the last token of a sample's ``history``."""
        if len(history) < 2:
            return
        token = history[-1]
        for order in SAMPLE_ORDERS:
            if len(history) > order:
                self._samples[tuple(history[-1 - order : -1])] = token

    def guess(self, history: Sequence[int]) -> int | None:
        """The token most likely to follow ``history`` by the samples' n-grams, then the prompt's;
        None when neither has seen its ending."""
        for table, orders in ((self._samples, SAMPLE_ORDERS), (self._prompt, PROMPT_ORDERS)):
            for order in orders:
                if len(history) >= order:
                    token = table.get(tuple(history[-order:]))
                    if token is not None:
                        return token
        return None
