"""The llama.cpp backend's pure bookkeeping: stop strings on bytes, prefix reuse, prompt chunks."""

from __future__ import annotations

import pytest

from slmsql.models.backends.llamacpp_stream import (
    MIN_EVAL_TOKENS,
    SampleStream,
    chunk_sizes,
    common_prefix_len,
    reusable_prefix,
)


def _feed(stream: SampleStream, pieces: list[bytes]) -> int:
    """Push pieces until the stream ends; returns how many were pushed."""
    for i, piece in enumerate(pieces, 1):
        stream.push(i, piece)
        if stream.done:
            return i
    return len(pieces)


def test_stop_string_split_across_tokens_cuts_the_text_before_it():
    stream = SampleStream(("```",), max_tokens=50)
    pushed = _feed(stream, [b"SELECT 1", b";\n`", b"``", b"never seen"])
    assert pushed == 3
    done = stream.completion()
    assert (done.text, done.finish_reason, done.stop, done.tokens) == ("SELECT 1;\n", "stop", "```", 3)


def test_earliest_of_several_stop_strings_wins():
    stream = SampleStream(("</answer>", "```", ""), max_tokens=50)
    _feed(stream, [b"a ``` b </answer>"])
    assert stream.completion().text == "a "
    assert stream.stop == "```"


def test_max_tokens_ends_with_length_and_drops_a_cut_character():
    stream = SampleStream((), max_tokens=2)
    _feed(stream, [b"caf", "é".encode()[:1], b"never"])
    done = stream.completion()
    assert (done.finish_reason, done.tokens, done.text) == ("length", 2, "caf")


def test_character_split_across_tokens_is_decoded_whole():
    stream = SampleStream(("```",), max_tokens=10)
    euro = "€".encode()
    _feed(stream, [euro[:1], euro[1:], b"```"])
    assert stream.completion().text == "€"


def test_end_of_sequence_is_a_stop_without_a_string():
    stream = SampleStream(("```",), max_tokens=10)
    stream.push(5, b"SELECT 2")
    stream.end_of_sequence()
    done = stream.completion()
    assert (done.text, done.finish_reason, done.stop, done.tokens) == ("SELECT 2", "stop", None, 1)


def test_common_prefix_and_reusable_prefix_keep_min_eval_tokens():
    cached = list(range(300))
    assert common_prefix_len(cached, list(range(200)) + [9999]) == 200
    # 200 shared, prompt of 201: keep only as many as leave MIN_EVAL_TOKENS to evaluate.
    assert reusable_prefix(cached, list(range(200)) + [9999]) == 201 - MIN_EVAL_TOKENS
    assert reusable_prefix(cached, list(range(300))) == 300 - MIN_EVAL_TOKENS
    assert reusable_prefix([], [1, 2, 3]) == 0
    assert reusable_prefix([1, 2, 3], [1, 2, 3], min_eval=0) == 2  # the last token gives the logits


@pytest.mark.parametrize(
    ("n_tokens", "n_batch", "expected"),
    [
        (0, 512, []),
        (10, 512, [10]),
        (512, 512, [512]),
        (513, 512, [449, 64]),
        (600, 512, [512, 88]),
        (1100, 512, [512, 512, 76]),
        (1567, 512, [512, 512, 479, 64]),
        (1600, 512, [512, 512, 512, 64]),
    ],
)
def test_chunk_sizes_are_full_and_none_below_the_floor(n_tokens, n_batch, expected):
    sizes = chunk_sizes(n_tokens, n_batch)
    assert sizes == expected
    assert sum(sizes) == n_tokens
    assert all(MIN_EVAL_TOKENS <= s <= n_batch for s in sizes) or n_tokens < MIN_EVAL_TOKENS
