"""GGUF LoRA adapters: the tensors llama.cpp expects (names, shapes, the llama q/k row order), and
the round trip on the tiny model: peft adapter -> base GGUF + adapter GGUF -> llama.cpp with the
adapter gives the logits transformers computes with it, and our backend loads it via --lora."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest

from slmsql.errors import InputError
from slmsql.training.export import _permute, export_gguf
from slmsql.training.export_lora import LoraExportSettings, export_lora, gguf_alpha, lora_tensors

IDS = [1, 504, 3300, 281, 6118, 30, 2]


def _tensors(**named):
    import torch

    return {f"base_model.model.{k}": torch.tensor(v, dtype=torch.float32) for k, v in named.items()}


def test_lora_tensors_are_named_shaped_and_permuted_as_llamacpp_expects():
    config = SimpleNamespace(num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1)
    rng = np.random.default_rng(0)
    a_q, b_q = rng.normal(size=(4, 8)), rng.normal(size=(8, 4))  # 2 heads of 4 dims, rank 4
    a_v, b_v = rng.normal(size=(4, 8)), rng.normal(size=(4, 4))  # 1 kv head of 4 dims
    weights = _tensors(
        **{
            "model.layers.0.self_attn.q_proj.lora_A.weight": a_q,
            "model.layers.0.self_attn.q_proj.lora_B.weight": b_q,
            "model.layers.0.self_attn.v_proj.lora_A.weight": a_v,
            "model.layers.0.self_attn.v_proj.lora_B.weight": b_v,
        }
    )
    q, v = lora_tensors(weights, "llama", config)
    assert (q.name, v.name) == ("blk.0.attn_q.weight", "blk.0.attn_v.weight")
    assert q.a.shape == (4, 8) and q.b.shape == (8, 4) and v.b.shape == (4, 4)
    # Only B's rows (q's output features) take llama.cpp's rotary order; A and v are as peft has them.
    np.testing.assert_allclose(q.a, a_q, rtol=1e-6)
    np.testing.assert_allclose(q.b, _permute(b_q.astype(np.float32), 2), rtol=1e-6)
    assert not np.allclose(q.b, b_q)
    np.testing.assert_allclose(v.b, b_v, rtol=1e-6)
    # qwen2 keeps Hugging Face's order.
    qwen_q = next(t for t in lora_tensors(weights, "qwen2", config) if t.name == "blk.0.attn_q.weight")
    np.testing.assert_allclose(qwen_q.b, b_q, rtol=1e-6)


def test_what_a_gguf_adapter_cannot_carry_is_one_line():
    config = SimpleNamespace(num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1)
    embedding = _tensors(**{"model.embed_tokens.lora_embedding_A": np.ones((2, 3))})
    with pytest.raises(InputError, match="not a LoRA matrix of a linear layer"):
        lora_tensors(embedding, "llama", config)
    half = _tensors(**{"model.layers.0.mlp.up_proj.lora_A.weight": np.ones((2, 3))})
    with pytest.raises(InputError, match="has lora_A or lora_B, not both"):
        lora_tensors(half, "llama", config)
    # rsLoRA scales by alpha / sqrt(r); llama.cpp by alpha / r: the alpha written makes them agree.
    assert gguf_alpha({"lora_alpha": 8, "r": 4}) == 8.0
    assert gguf_alpha({"lora_alpha": 8, "r": 4, "use_rslora": True}) == 16.0


@pytest.fixture(scope="module")
def adapter(tiny_model, tmp_path_factory):
    """A LoRA adapter on every linear layer of the tiny model, with random non-zero A and B (peft's
    init_lora_weights=False), as training would leave it: slmsql.json says think."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from slmsql.training.checkpoint import write_run_info

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(str(tiny_model), dtype=torch.float32)
    config = LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", init_lora_weights=False)
    folder = tmp_path_factory.mktemp("lora") / "adapter"
    get_peft_model(model, config).save_pretrained(str(folder))
    write_run_info(folder, base_model="random:smollm2-135m", prompt_style="think", recipe="test")
    return folder


@pytest.fixture(scope="module")
def ggufs(tiny_model, adapter, tmp_path_factory):
    root = tmp_path_factory.mktemp("lora-gguf")
    base = export_gguf(tiny_model, root / "base.gguf", quant="f32")
    lora = export_lora(LoraExportSettings(lora=str(adapter), out=str(root / "adapter.gguf")))
    return base, lora


def _llama_logits(base, ids, lora=None):
    from llama_cpp import Llama

    llm = Llama(
        str(base), lora_path=lora and str(lora), n_ctx=64, logits_all=True, verbose=False, n_threads=1
    )
    try:
        llm.eval(ids)
        return np.array(llm.scores[: len(ids)])
    finally:
        llm.close()


def test_adapter_file_says_what_llamacpp_reads(ggufs, adapter):
    import gguf

    _base, lora = ggufs
    reader = gguf.GGUFReader(str(lora))
    fields = {
        k: reader.fields[k].contents() for k in ("general.architecture", "general.type", "adapter.type")
    }
    assert fields == {"general.architecture": "llama", "general.type": "adapter", "adapter.type": "lora"}
    assert reader.fields["adapter.lora.alpha"].contents() == 8.0
    shapes = {t.name: tuple(int(n) for n in t.shape) for t in reader.tensors}  # GGUF order: (ne0, ne1)
    # 2 layers x 7 linear layers x (lora_a, lora_b); A is (in, rank) and B (rank, out) in ne order.
    assert len(shapes) == 28
    assert shapes["blk.0.attn_q.weight.lora_a"] == (64, 4) and shapes["blk.0.attn_q.weight.lora_b"] == (4, 64)
    assert shapes["blk.1.attn_k.weight.lora_b"] == (4, 32) and shapes["blk.1.ffn_down.weight.lora_a"] == (
        128,
        4,
    )
    info = json.loads(lora.with_suffix(".slmsql.json").read_text())
    assert info["adapter"] == "lora" and info["prompt_style"] == "think" and info["base_model"]
    assert info["exported_from"] == str(adapter) and info["lora_alpha"] == 8.0 and info["lora_r"] == 4


def test_llamacpp_with_the_adapter_gives_transformers_logits(ggufs, adapter, tiny_model):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base, lora = ggufs
    model = AutoModelForCausalLM.from_pretrained(str(tiny_model), dtype=torch.float32)
    peft_model = PeftModel.from_pretrained(model, str(adapter)).eval()
    with torch.no_grad():
        expected = peft_model(torch.tensor([IDS])).logits[0].numpy()
    got = _llama_logits(base, IDS, lora)
    scale = max(1.0, np.abs(expected).max())
    assert np.abs(got - expected).max() < 1e-2 * scale
    # The adapter matters: without it llama.cpp gives the base's logits, far from these.
    assert np.abs(_llama_logits(base, IDS) - expected).max() > 1e-1 * scale


def test_backend_loads_the_adapter_via_lora(ggufs):
    from slmsql.models.base import ChatPrompt, SamplingParams
    from slmsql.models.loader import load_backend
    from slmsql.models.settings import ModelSettings

    base, lora = ggufs
    loaded = load_backend(
        ModelSettings(model=str(base), lora=str(lora), n_ctx=1024, threads=1), max_samples=2
    )
    try:
        assert loaded.backend.lora_path == lora and loaded.prompt_style == "think"
        prompt = ChatPrompt(messages=({"role": "user", "content": "How many customers?"},))
        result = loaded.backend.generate(prompt, SamplingParams(n=2, temperature=0.8, max_tokens=8, seed=1))
    finally:
        loaded.close()
    assert len(result.completions) == 2 and all(c.tokens > 0 for c in result.completions)


def test_a_bad_adapter_is_one_line(ggufs, tmp_path):
    from slmsql.models.backends.llamacpp import LlamaCppBackend

    base, _lora = ggufs
    with pytest.raises(InputError, match="LoRA adapter .*missing.gguf: not found"):
        LlamaCppBackend(base, n_ctx=1024, n_threads=1, lora_path=tmp_path / "missing.gguf")
    with pytest.raises(InputError, match=r"base.gguf: not a LoRA adapter \(general.type"):
        LlamaCppBackend(base, n_ctx=1024, n_threads=1, lora_path=base)


def test_bad_export_lora_inputs(adapter, tmp_path):
    with pytest.raises(InputError, match="--out is required"):
        export_lora(LoraExportSettings(lora=str(adapter)))
    with pytest.raises(InputError, match="must end in .gguf"):
        export_lora(LoraExportSettings(lora=str(adapter), out=str(tmp_path / "x.bin")))
    with pytest.raises(InputError, match="is not a LoRA adapter folder"):
        export_lora(LoraExportSettings(lora=str(tmp_path), out=str(tmp_path / "x.gguf")))
    dora = tmp_path / "dora"
    dora.mkdir()
    (dora / "adapter_model.safetensors").write_bytes(b"")
    (dora / "adapter_config.json").write_text('{"peft_type": "LORA", "use_dora": true}')
    with pytest.raises(InputError, match="use_dora cannot be written as a GGUF adapter"):
        export_lora(LoraExportSettings(lora=str(dora), out=str(tmp_path / "x.gguf")))
