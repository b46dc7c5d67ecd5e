"""Export a LoRA adapter as a GGUF adapter file that llama.cpp applies beside its base model, offline.

llama.cpp's own converter (``convert_lora_to_gguf.py``) is not installed with llama-cpp-python, so the
file is written here with the ``gguf`` package, as that script writes it: ``general.type`` "adapter",
``adapter.type`` "lora", ``adapter.lora.alpha``, and for each adapted weight ``<gguf name>.lora_a``
(peft's ``lora_A``, rank x in) and ``<gguf name>.lora_b`` (peft's ``lora_B``, out x rank). llama.cpp
adds ``alpha / rank * B(A x)`` to that weight's output (rank read from the tensors), which is peft's
``lora_alpha / r`` scaling. Names and the llama q/k row permutation are the full export's
(``slmsql.training.export``), so the adapter fits the GGUF ``slmsql export gguf`` writes of its base.

Only what that formula can express is written: DoRA, per-module alphas, LoRA biases, adapted
embeddings and fully trained extra modules (``modules_to_save``) are refused, each with one line.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slmsql.errors import InputError, shown_path
from slmsql.settings import Settings, setting

ADAPTER_QUANTS = ("f32", "f16")
_PREFIX = "base_model.model."  # what peft puts before the base model's own tensor names
_HALVES = {".lora_A.weight": "A", ".lora_B.weight": "B"}


@dataclass(frozen=True)
class LoraExportSettings(Settings):
    """What ``slmsql export lora`` reads: the adapter folder, where to write, and how."""

    concern = "export"

    lora: str | None = setting(None, "LoRA adapter folder (adapter_config.json, adapter_model.safetensors).")
    out: str | None = setting(None, "GGUF adapter file to write (FILE.gguf; FILE.slmsql.json goes beside).")
    base: str | None = setting(
        None,
        "Base model folder whose config the adapter fits (default: the adapter's base_model_name_or_path).",
    )
    quant: str = setting("f32", "Tensor type of the adapter file.", choices=ADAPTER_QUANTS)


@dataclass(frozen=True)
class LoraTensors:
    """One adapted weight: its GGUF name and the two LoRA matrices in llama.cpp's layout."""

    name: str  # e.g. blk.0.attn_q.weight
    a: Any  # numpy (rank, in)
    b: Any  # numpy (out, rank)


def read_adapter_config(folder: Path) -> dict[str, Any]:
    """The adapter's peft config, checked for what a GGUF adapter can carry."""
    path = folder / "adapter_config.json"
    if not path.is_file() or not (folder / "adapter_model.safetensors").is_file():
        raise InputError(
            "bad_adapter",
            f"export lora: {shown_path(folder)} is not a LoRA adapter folder "
            "(needs adapter_config.json and adapter_model.safetensors)",
        )
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError("bad_adapter", f"adapter {shown_path(path)}: unreadable JSON ({exc})") from exc
    if not isinstance(config, dict) or config.get("peft_type", "LORA") != "LORA":
        raise InputError("bad_adapter", f"adapter {shown_path(folder)}: not a LoRA adapter (peft_type)")
    # Each of these changes the update beyond llama.cpp's alpha / rank * B A, so the file would lie.
    unsupported = [
        key for key in ("use_dora", "alpha_pattern", "lora_bias", "modules_to_save") if config.get(key)
    ]
    if unsupported:
        raise InputError(
            "unsupported_adapter",
            f"adapter {shown_path(folder)}: {', '.join(unsupported)} cannot be written as a GGUF adapter; "
            "export the merged model instead (slmsql export gguf --model BASE --lora DIR)",
        )
    return config


def gguf_alpha(config: dict[str, Any]) -> float:
    """The alpha llama.cpp must read to scale as peft does. llama.cpp scales by alpha / rank; rsLoRA
    scales by alpha / sqrt(rank), which is (alpha * sqrt(rank)) / rank."""
    alpha = float(config.get("lora_alpha", 8))
    if config.get("use_rslora"):
        alpha *= math.sqrt(float(config.get("r", 8)))
    return alpha


def lora_tensors(weights: dict[str, Any], arch: str, base_config) -> list[LoraTensors]:
    """Pair peft's ``lora_A``/``lora_B`` tensors (torch, by name) and name and lay them out for llama.cpp."""
    import gguf

    from slmsql.training.export import arch_enum, llamacpp_rows

    halves: dict[str, dict[str, Any]] = {}
    for key, tensor in weights.items():
        suffix = next((s for s in _HALVES if key.endswith(s)), None)
        if suffix is None or not key.startswith(_PREFIX):
            # lora_embedding_A/B (adapted embeddings) and modules_to_save copies land here.
            raise InputError(
                "unsupported_adapter",
                f"export lora: tensor {key} is not a LoRA matrix of a linear layer; "
                "export the merged model instead (slmsql export gguf --model BASE --lora DIR)",
            )
        hf_name = key[len(_PREFIX) : -len(suffix)] + ".weight"
        halves.setdefault(hf_name, {})[_HALVES[suffix]] = tensor.detach().to("cpu").float().numpy()
    names = gguf.get_tensor_name_map(arch_enum(arch), base_config.num_hidden_layers)
    tied = bool(getattr(base_config, "tie_word_embeddings", False))
    out = []
    for hf_name, pair in sorted(halves.items()):
        if set(pair) != {"A", "B"}:
            raise InputError("bad_adapter", f"export lora: {hf_name} has lora_A or lora_B, not both")
        target = names.get_name(hf_name, try_suffixes=(".weight",))
        if target is None or (tied and hf_name == "lm_head.weight"):
            # A tied lm_head has no tensor of its own in the base GGUF for llama.cpp to adapt.
            raise InputError("unmapped_tensor", f"export lora: no llama.cpp tensor for {hf_name} ({arch})")
        # The rank axis is not permuted: only B's rows (the output features) are the rotary ones.
        out.append(LoraTensors(target, pair["A"], llamacpp_rows(arch, base_config, hf_name, pair["B"])))
    if not out:
        raise InputError("bad_adapter", "export lora: the adapter holds no LoRA tensors")
    return out


def write_lora_gguf(tensors: list[LoraTensors], arch: str, alpha: float, out: Path, *, f16: bool) -> Path:
    """Write the adapter file. llama.cpp refuses an adapter whose architecture differs from the
    model's, and checks each pair against the base weight: A's (rank, in) and B's (out, rank)."""
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(out), arch)
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, alpha)
    writer.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16 if f16 else gguf.LlamaFileType.ALL_F32))
    dtype = np.float16 if f16 else np.float32
    for item in tensors:
        writer.add_tensor(f"{item.name}.lora_a", np.ascontiguousarray(item.a, dtype=dtype))
        writer.add_tensor(f"{item.name}.lora_b", np.ascontiguousarray(item.b, dtype=dtype))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out


def base_folder(lora: Path, base: str | None) -> Path:
    """The Hugging Face folder of the adapter's base (its config gives architecture and sizes)."""
    if base:
        folder = Path(base).expanduser()
        if not (folder / "config.json").is_file():
            raise InputError("bad_base", f"export lora: base {shown_path(folder)} has no config.json")
        return folder
    from slmsql.training.common import resolve_trainable

    weights, _adapter, _info = resolve_trainable(str(lora))
    return Path(weights)


def export_lora(settings: LoraExportSettings) -> Path:
    """Write ``settings.lora`` as the GGUF adapter ``settings.out`` and its FILE.slmsql.json, which
    names the base model the adapter applies to (``slmsql ask --model BASE.gguf --lora FILE.gguf``)."""
    from safetensors.torch import load_file
    from transformers import AutoConfig

    from slmsql.training.export import write_sidecar

    settings.require("lora", "out", command="export lora")
    lora = Path(settings.lora or "").expanduser()
    out = Path(settings.out or "").expanduser()
    if out.suffix != ".gguf":
        raise InputError("bad_out", f"export lora: output {shown_path(out)} must end in .gguf")
    config = read_adapter_config(lora)
    base = base_folder(lora, settings.base)
    base_config = AutoConfig.from_pretrained(str(base))
    # Hugging Face's model_type is llama.cpp's architecture name for the families we train (llama,
    # qwen2); one the gguf package does not know is refused by arch_enum.
    arch = str(base_config.model_type)
    tensors = lora_tensors(load_file(str(lora / "adapter_model.safetensors")), arch, base_config)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_lora_gguf(tensors, arch, gguf_alpha(config), out, f16=settings.quant == "f16")
    from slmsql.training.checkpoint import read_run_info

    base_info = read_run_info(base) or {}
    write_sidecar(
        out,
        lora,
        settings.quant,
        adapter="lora",
        base_folder=str(base),
        base_source_gguf=base_info.get("source_gguf"),
        lora_alpha=float(config.get("lora_alpha", 8)),
        lora_r=config.get("r"),
    )
    return out
