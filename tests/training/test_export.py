"""Export round trip on the tiny model: train -> export GGUF -> load in our llama.cpp backend ->
generate; the exported weights give llama.cpp the logits transformers computes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from slmsql.errors import InputError
from slmsql.models.registry import resolve
from slmsql.training.export import export_gguf


@pytest.fixture(scope="module")
def trained(tiny_model, tmp_path_factory):
    from tests.training.conftest import WordCounter, smoke_sft, spider_mini_at

    root = tmp_path_factory.mktemp("export")
    from slmsql.training.data import SFTDataSettings, build_sft

    data = build_sft(
        SFTDataSettings(dataset=str(spider_mini_at(root)), out=str(root / "sft")),
        progress=False,
        counter=WordCounter(),
    )
    return smoke_sft(tiny_model, data, root / "run")


def llama_logits(path, ids):
    from llama_cpp import Llama

    llm = Llama(str(path), n_ctx=64, logits_all=True, verbose=False, n_threads=1)
    try:
        llm.eval(ids)
        return np.array(llm.scores[: len(ids)])
    finally:
        llm.close()


def test_exported_adapter_matches_transformers_and_generates(trained, tiny_model, tmp_path):
    import torch

    from slmsql.models.backends.llamacpp import LlamaCppBackend
    from slmsql.models.base import ChatPrompt, SamplingParams
    from slmsql.training.export import load_merged

    out = export_gguf(trained, tmp_path / "tiny.gguf", quant="f32")
    merged = load_merged(trained, None)
    ids = [1, 504, 3300, 281, 6118, 30, 2]
    with torch.no_grad():
        expected = merged(torch.tensor([ids])).logits[0].numpy()
    got = llama_logits(out, ids)
    assert np.abs(got - expected).max() < 1e-2 * max(1.0, np.abs(expected).max())
    # The adapter changed the model: the base's logits differ from the merged ones.
    base = llama_logits(export_gguf(tiny_model, tmp_path / "base.gguf", quant="f32"), ids)
    assert np.abs(base - expected).max() > 1e-3
    info = json.loads(out.with_suffix(".slmsql.json").read_text())
    assert info["prompt_style"] == "think" and resolve(str(out)).prompt_style == "think"
    backend = LlamaCppBackend(out, n_ctx=1024, n_threads=1, max_samples=2)
    try:
        prompt = ChatPrompt(messages=({"role": "user", "content": "How many customers?"},))
        result = backend.generate(prompt, SamplingParams(n=2, temperature=0.8, max_tokens=8, seed=1))
    finally:
        backend.close()
    assert len(result.completions) == 2 and all(c.tokens > 0 for c in result.completions)


def test_quantized_export_loads(trained, tmp_path):
    out = export_gguf(trained, tmp_path / "tiny-q8.gguf", quant="q8_0")
    f16 = export_gguf(trained, tmp_path / "tiny-f16.gguf", quant="f16")
    assert out.stat().st_size < f16.stat().st_size
    logits = llama_logits(out, [1, 504, 3300])
    assert np.isfinite(logits).all()


def test_bad_export_inputs(trained, tmp_path):
    with pytest.raises(InputError, match="must end in .gguf"):
        export_gguf(trained, tmp_path / "x.bin")
    with pytest.raises(InputError, match="quant 'q3'"):
        export_gguf(trained, tmp_path / "x.gguf", quant="q3")
    with pytest.raises(InputError, match="not a LoRA adapter"):
        export_gguf(trained, tmp_path / "x.gguf", lora=tmp_path)
