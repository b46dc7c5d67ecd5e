"""The vLLM backend's request building, with a fake ``vllm`` module (vLLM is not installed here)."""

from __future__ import annotations

import sys
import types
from types import SimpleNamespace

import pytest

from slmsql.errors import InputError
from slmsql.models.backends import vllm_backend
from slmsql.models.backends.vllm_backend import (
    VllmBackend,
    completion_from_output,
    engine_kwargs,
    sampling_kwargs,
)
from slmsql.models.base import ChatPrompt, SamplingParams


def test_sampling_kwargs():
    params = SamplingParams(
        n=16, temperature=0.8, top_p=0.9, max_tokens=1024, stop=("```", "</answer>"), seed=3
    )
    assert sampling_kwargs(params) == {
        "n": 16,
        "temperature": 0.8,
        "top_p": 0.9,
        "max_tokens": 1024,
        "stop": ["```", "</answer>"],
        "seed": 3,
    }


def test_engine_kwargs():
    kwargs = engine_kwargs("/m/qwen", max_model_len=4096)
    assert kwargs["model"] == "/m/qwen" and kwargs["enable_prefix_caching"] is True
    assert kwargs["max_model_len"] == 4096 and "enable_lora" not in kwargs and "tokenizer" not in kwargs
    with_lora = engine_kwargs("/m/qwen", adapter="/m/lora", tokenizer="/m/tok")
    assert with_lora["enable_lora"] is True and with_lora["tokenizer"] == "/m/tok"


def test_completion_from_output():
    stopped = completion_from_output(
        SimpleNamespace(text="SELECT 1", token_ids=[1, 2, 3], finish_reason="stop", stop_reason="```")
    )
    assert (stopped.text, stopped.tokens, stopped.finish_reason, stopped.stop) == (
        "SELECT 1",
        3,
        "stop",
        "```",
    )
    eos = completion_from_output(
        SimpleNamespace(text="x", token_ids=[1], finish_reason="stop", stop_reason=None)
    )
    assert eos.stop is None
    cut = completion_from_output(
        SimpleNamespace(text="x", token_ids=[1, 2], finish_reason="length", stop_reason=None)
    )
    assert cut.finish_reason == "length"


def test_missing_vllm_is_a_clear_input_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # makes `import vllm` raise ImportError
    with pytest.raises(InputError) as info:
        VllmBackend("/m/qwen")
    assert "pip install 'slmsql[vllm]'" in str(info.value) and "GPU" in str(info.value)


class _FakeTokenizer:
    def apply_chat_template(self, messages, add_generation_prompt, tokenize):
        assert add_generation_prompt and not tokenize
        return "".join(f"<{m['role']}>{m['content']}" for m in messages) + "<assistant>"


def _fake_vllm(monkeypatch):
    seen = {}

    class LLM:
        def __init__(self, **kwargs):
            seen["engine"] = kwargs

        def get_tokenizer(self):
            return _FakeTokenizer()

        def generate(self, prompts, sampling, **kwargs):
            seen["prompts"], seen["sampling"], seen["generate"] = prompts, sampling, kwargs
            outputs = [
                SimpleNamespace(
                    text=f"SELECT {i}", token_ids=[5] * (i + 1), finish_reason="stop", stop_reason="```"
                )
                for i in range(sampling.kwargs["n"])
            ]
            return [SimpleNamespace(prompt_token_ids=[1] * 30, num_cached_tokens=24, outputs=outputs)]

    class FakeSamplingParams:
        def __init__(self, **kwargs):
            self.kwargs = kwargs

    class LoRARequest:
        def __init__(self, name, ident, path):
            self.args = (name, ident, path)

    module = types.ModuleType("vllm")
    module.LLM, module.SamplingParams = LLM, FakeSamplingParams
    lora_pkg = types.ModuleType("vllm.lora")
    lora_request = types.ModuleType("vllm.lora.request")
    lora_request.LoRARequest = LoRARequest
    monkeypatch.setitem(sys.modules, "vllm", module)
    monkeypatch.setitem(sys.modules, "vllm.lora", lora_pkg)
    monkeypatch.setitem(sys.modules, "vllm.lora.request", lora_request)
    return seen


def test_generate_with_fake_vllm(monkeypatch):
    seen = _fake_vllm(monkeypatch)
    backend = VllmBackend("/m/qwen", max_model_len=2048)
    assert seen["engine"]["model"] == "/m/qwen" and seen["engine"]["max_model_len"] == 2048
    prompt = ChatPrompt(({"role": "user", "content": "q"},), prefill="```sql\n")
    out = backend.generate(prompt, SamplingParams(n=4, temperature=0.8, stop=("```",), seed=9))
    assert seen["prompts"] == ["<user>q<assistant>```sql\n"]
    assert seen["sampling"].kwargs["n"] == 4 and seen["sampling"].kwargs["seed"] == 9
    assert seen["generate"] == {"use_tqdm": False}
    assert [c.text for c in out.completions] == ["SELECT 0", "SELECT 1", "SELECT 2", "SELECT 3"]
    assert out.generated_tokens == 1 + 2 + 3 + 4
    assert out.prompt_tokens == 30 and out.prompt_tokens_evaluated == 6


def test_adapter_is_sent_as_lora_request(monkeypatch):
    seen = _fake_vllm(monkeypatch)
    backend = VllmBackend("/m/qwen", adapter="/m/lora")
    assert seen["engine"]["enable_lora"] is True
    backend.generate(ChatPrompt(({"role": "user", "content": "q"},)), SamplingParams())
    assert seen["generate"]["lora_request"].args == ("adapter", 1, "/m/lora")
    assert vllm_backend.import_vllm() is sys.modules["vllm"]
