"""The n-gram drafter: guesses from the samples first, longest context first, then the prompt."""

from __future__ import annotations

from slmsql.models.backends.llamacpp_drafts import NgramDrafter


def _observe_all(drafter: NgramDrafter, tokens: list[int]) -> None:
    for end in range(1, len(tokens) + 1):
        drafter.observe(tokens[:end])


def test_a_sample_guesses_what_another_wrote_after_the_same_tokens():
    drafter = NgramDrafter()
    _observe_all(drafter, [1, 2, 3, 4, 5])
    assert drafter.guess([9, 3, 4]) == 5  # the 2-gram (3, 4) and the 1-gram (4) agree
    assert drafter.guess([9, 9, 2]) == 3  # one token of context
    assert drafter.guess([7, 8]) is None  # never seen


def test_the_longest_matching_context_wins_and_the_latest_sample_overrides():
    drafter = NgramDrafter()
    _observe_all(drafter, [1, 2, 3, 10])
    _observe_all(drafter, [5, 2, 3, 20])
    assert drafter.guess([1, 2, 3]) == 10  # the 3-gram (1, 2, 3) beats the later 2-gram (2, 3)
    assert drafter.guess([7, 2, 3]) == 20  # same 2-gram: the later sample's continuation


def test_the_prompt_is_a_source_of_three_token_contexts_only():
    drafter = NgramDrafter(prompt=[40, 41, 42, 43, 44])
    assert drafter.guess([0, 41, 42, 43]) == 44
    assert drafter.guess([0, 0, 42, 43]) is None  # two tokens of context are not enough in the prompt
    _observe_all(drafter, [41, 42, 43, 99])
    assert drafter.guess([41, 42, 43]) == 99  # the samples come before the prompt
