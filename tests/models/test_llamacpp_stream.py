"""The llama.cpp backend's pure bookkeeping: stop strings on bytes, prefix reuse, prompt chunks,
progress reports of the tokens drawn."""

from __future__ import annotations

import pytest

from slmsql.models.backends.llamacpp_stream import (
    MIN_EVAL_TOKENS,
    SampleStream,
    chunk_sizes,
    common_prefix_len,
    reusable_prefix,
)
from slmsql.models.base import SamplingParams, TokenProgress


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


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_token_progress_reports_at_most_once_per_interval_and_at_the_end():
    clock, seen = Clock(), []
    progress = TokenProgress(seen.append, interval_s=0.2, clock=clock)
    for _ in range(5):  # within the first interval: nothing yet
        progress.add()
        clock.now += 0.01
    assert seen == []
    clock.now = 100.2
    progress.add()
    assert seen == [6]
    progress.add(3)  # the interval starts again at the report
    clock.now = 100.39
    progress.add()
    assert seen == [6]
    clock.now = 100.41
    progress.add(0)  # no new tokens: no report
    progress.add()
    assert seen == [6, 11]
    progress.finish(total=11)  # already reported
    assert seen == [6, 11]
    progress.finish(total=10)  # counts never go down
    assert seen == [6, 11] and progress.count == 11


def test_token_progress_finish_reports_once_without_streaming():
    seen = []
    TokenProgress(seen.append).finish(total=40)
    assert seen == [40]
    empty = []
    TokenProgress(empty.append).finish()
    assert empty == [0]  # a request that generated nothing still hears the end
    TokenProgress(None).finish(total=3)  # no callback: nothing to call


def test_sample_streams_count_every_pushed_token_in_a_shared_progress():
    clock, seen = Clock(), []
    progress = TokenProgress(seen.append, interval_s=0.2, clock=clock)
    streams = [SampleStream(("```",), max_tokens=4, progress=progress) for _ in range(2)]
    for step in range(4):
        for stream in streams:
            if not stream.done:
                stream.push(step, b"x" if stream is streams[1] or step < 2 else b"```")
        clock.now += 0.15
    streams[0].end_of_sequence()  # an end-of-generation token is not a token of the text
    assert [s.tokens for s in streams] == [3, 4]
    assert progress.count == 7
    assert seen == sorted(seen) and 0 < len(seen) <= 3
    progress.finish(sum(s.completion().tokens for s in streams))
    assert seen[-1] == 7


def test_sampling_params_ignore_the_callback_when_compared():
    plain = SamplingParams(n=2, seed=3)
    assert SamplingParams(n=2, seed=3, on_tokens=print) == plain
    assert hash(SamplingParams(n=2, seed=3, on_tokens=print)) == hash(plain)
    assert "on_tokens" not in repr(plain)
