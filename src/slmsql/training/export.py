"""Export a trained model to GGUF for the llama.cpp backend, offline.

The LoRA adapter (if any) is merged into its base; the weights are written with the ``gguf`` package
under llama.cpp's tensor names (``gguf.get_tensor_name_map``; llama-architecture query/key weights
permuted back to llama.cpp's rotary layout). Tokenizer and chat-template metadata are copied from the
GGUF the model was converted from (``source_gguf`` in slmsql.json, or ``--reference``), and the
architecture's sizes are written from the model's config, so a shrunk or retrained model of the same
family exports too. Quantization to q8_0 / q4_k_m uses llama.cpp's own quantizer
(``llama_model_quantize`` in llama-cpp-python).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slmsql.errors import InputError
from slmsql.settings import Settings, setting
from slmsql.training.checkpoint import read_run_info, sidecar_path

QUANTS = ("f32", "f16", "q8_0", "q4_k_m")


@dataclass(frozen=True)
class GgufExportSettings(Settings):
    """What ``slmsql export gguf`` reads: the trained model, where to write, and how."""

    concern = "export"

    model: str | None = setting(None, "Trained model folder (full model or LoRA adapter).")
    out: str | None = setting(None, "GGUF file to write (FILE.gguf; FILE.slmsql.json goes beside).")
    lora: str | None = setting(None, "A LoRA adapter folder to merge into --model.")
    quant: str = setting("q8_0", "Tensor type of the file (quantized by llama.cpp).", choices=QUANTS)
    reference: str | None = setting(
        None, "GGUF (or model name) whose tokenizer to copy (default: from slmsql.json)."
    )


# Keys the writer sets itself or that describe the old file's storage.
_SKIP_KEYS = ("GGUF.", "general.architecture", "general.file_type", "general.quantization_version")


def find_reference(model_dir: Path, lora: Path | None, reference: str | None) -> Path:
    """The GGUF whose tokenizer metadata the export copies."""
    if reference:
        from slmsql.training.checkpoint import gguf_source

        return gguf_source(reference)[0]
    for folder in (lora, model_dir):
        info = read_run_info(folder) if folder is not None else None
        if info and info.get("source_gguf") and Path(info["source_gguf"]).is_file():
            return Path(info["source_gguf"])
    raise InputError(
        "no_reference_gguf",
        f"export {model_dir}: no source GGUF recorded in slmsql.json; pass --reference NAME|FILE.gguf "
        "(the GGUF of the same model family, for its tokenizer)",
    )


def load_merged(model_dir: Path, lora: Path | None):
    """The model with any LoRA adapter merged in, in float32."""
    import torch
    from transformers import AutoModelForCausalLM

    from slmsql.training.common import resolve_trainable

    weights, adapter, _info = resolve_trainable(str(model_dir))
    model = AutoModelForCausalLM.from_pretrained(weights, dtype=torch.float32)
    for extra in (adapter, str(lora) if lora else None):
        if extra:
            from peft import PeftModel

            model = PeftModel.from_pretrained(model, extra).merge_and_unload()
    return model


def arch_enum(arch: str):
    """The ``gguf.MODEL_ARCH`` of an architecture name (``llama``, ``qwen2``), or InputError."""
    import gguf

    found = next((k for k, v in gguf.MODEL_ARCH_NAMES.items() if v == arch), None)
    if found is None:
        raise InputError(
            "unsupported_arch", f"export: architecture {arch!r} is not known to the gguf package"
        )
    return found


def _permute(weights, n_head: int):
    """Hugging Face's rotary layout -> llama.cpp's, for llama-architecture q/k projections."""
    return (
        weights.reshape(n_head, 2, weights.shape[0] // n_head // 2, *weights.shape[1:])
        .swapaxes(1, 2)
        .reshape(weights.shape)
    )


def llamacpp_rows(arch: str, config, name: str, data):
    """``data`` (rows = output features of the Hugging Face tensor ``name``) in llama.cpp's row order.
    Hugging Face's llama checkpoints order each head's rotary dimensions by halves, llama.cpp's llama
    graph by pairs: the rows of q/k projections are permuted back, per head. Only the rows move, so
    this serves a weight and a LoRA ``B`` (whose rows are the same output features) alike."""
    if arch == "llama" and name.endswith(("q_proj.weight", "k_proj.weight")):
        heads = config.num_attention_heads if "q_proj" in name else config.num_key_value_heads
        return _permute(data, heads)
    return data


def config_overrides(arch: str, config, file_type: int) -> dict[str, Any]:
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    return {
        f"{arch}.block_count": config.num_hidden_layers,
        f"{arch}.embedding_length": config.hidden_size,
        f"{arch}.feed_forward_length": config.intermediate_size,
        f"{arch}.attention.head_count": config.num_attention_heads,
        f"{arch}.attention.head_count_kv": config.num_key_value_heads,
        f"{arch}.attention.layer_norm_rms_epsilon": float(config.rms_norm_eps),
        f"{arch}.rope.dimension_count": head_dim,
        f"{arch}.vocab_size": config.vocab_size,
        "general.file_type": file_type,
    }


def write_gguf(model, reference: Path, out: Path, *, f16: bool = True) -> Path:
    """Write ``model``'s weights with ``reference``'s tokenizer metadata into ``out``."""
    import gguf
    import numpy as np

    reader = gguf.GGUFReader(str(reference))
    arch = reader.fields["general.architecture"].contents()
    names = gguf.get_tensor_name_map(arch_enum(arch), model.config.num_hidden_layers)
    config = model.config
    file_type = 1 if f16 else 0
    overrides = config_overrides(arch, config, file_type)
    writer = gguf.GGUFWriter(str(out), arch)
    for key, field in reader.fields.items():
        if key.startswith(_SKIP_KEYS) or key in overrides:
            continue
        sub = field.types[1] if field.types[0] == gguf.GGUFValueType.ARRAY and len(field.types) > 1 else None
        writer.add_key_value(key, field.contents(), field.types[0], sub_type=sub)
    for key, value in overrides.items():
        if key.startswith(f"{arch}.rope.dimension_count") and key not in reader.fields:
            continue
        vtype = gguf.GGUFValueType.FLOAT32 if isinstance(value, float) else gguf.GGUFValueType.UINT32
        writer.add_key_value(key, value, vtype)
    tied = bool(getattr(config, "tie_word_embeddings", False))
    for name, tensor in model.state_dict().items():
        if tied and name == "lm_head.weight":
            continue
        target = names.get_name(name, try_suffixes=(".weight", ".bias"))
        if target is None:
            raise InputError("unmapped_tensor", f"export: no llama.cpp name for tensor {name} ({arch})")
        data = llamacpp_rows(arch, config, name, tensor.detach().to("cpu").float().numpy())
        data = data.astype(np.float16 if f16 and data.ndim == 2 else np.float32)
        writer.add_tensor(target, data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out


def quantize(source: Path, out: Path, quant: str) -> Path:
    import llama_cpp

    ftype = {"q8_0": llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0, "q4_k_m": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M}[quant]
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = ftype
    params.nthread = max(1, len(os.sched_getaffinity(0)))
    code = llama_cpp.llama_model_quantize(str(source).encode(), str(out).encode(), llama_cpp.byref(params))
    if code != 0:
        raise InputError("quantize_failed", f"export: llama.cpp could not quantize to {quant} (code {code})")
    return out


def export_gguf(
    model: str | Path,
    out: str | Path,
    *,
    lora: str | Path | None = None,
    quant: str = "f16",
    reference: str | None = None,
) -> Path:
    """Merge, write and (optionally) quantize; returns the GGUF file."""
    if quant not in QUANTS:
        raise InputError("bad_quant", f"export: quant {quant!r} is not one of {', '.join(QUANTS)}")
    model_dir = Path(model).expanduser()
    if not model_dir.is_dir():
        raise InputError("model_missing", f"export: model folder {model_dir} not found")
    lora_dir = Path(lora).expanduser() if lora else None
    if lora_dir is not None and not (lora_dir / "adapter_config.json").is_file():
        raise InputError(
            "bad_adapter", f"export: {lora_dir} is not a LoRA adapter folder (no adapter_config.json)"
        )
    out = Path(out).expanduser()
    if out.suffix != ".gguf":
        raise InputError("bad_out", f"export: output {out} must end in .gguf")
    ref = find_reference(model_dir, lora_dir, reference)
    merged = load_merged(model_dir, lora_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    if quant in ("f32", "f16"):
        write_gguf(merged, ref, out, f16=quant == "f16")
    else:
        with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
            plain = write_gguf(merged, ref, Path(tmp) / "f16.gguf", f16=True)
            quantize(plain, out, quant)
    write_sidecar(out, lora_dir or model_dir, quant)
    return out


def write_sidecar(out: Path, source: Path, quant: str, **extra: Any) -> Path:
    """``out``'s run info, from the trained folder ``source``'s: what slmsql.json says of a folder,
    a GGUF file says in FILE.slmsql.json beside it (the registry reads its prompt style)."""
    info = read_run_info(source) or {}
    sidecar = {
        "base_model": info.get("base_model"),
        "prompt_style": info.get("prompt_style", "think"),
        "task": info.get("task"),
        "recipe": info.get("recipe"),
        "exported_from": str(source),
        "quant": quant,
        **extra,
    }
    path = sidecar_path(out)
    path.write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
    return path
