"""Trainable checkpoints and what a trained-model folder says about itself.

``convert_gguf``: transformers loads a GGUF model dequantized, but such a model cannot be saved or
fine-tuned; its state dict is copied into a fresh model built from the same config and saved as plain
safetensors with the tokenizer (and its chat template), which TRL trains.

``slmsql.json`` in a model folder records the base model, the prompt style, the recipe and, for a
converted model, the GGUF it came from (export reuses that file's tokenizer metadata). The registry
reads it, so ``slmsql ask --model DIR`` picks the think prompt and the paper's merge trigger for a
model trained here.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from slmsql.errors import InputError

RUN_INFO = "slmsql.json"


def write_run_info(folder: str | Path, **info: Any) -> Path:
    """Write (or update) ``slmsql.json`` in ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / RUN_INFO
    current = read_run_info(folder) or {}
    current.update({k: v for k, v in info.items() if v is not None})
    current.setdefault("written", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    path.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def sidecar_path(gguf_file: str | Path) -> Path:
    """Where a GGUF file's run info lies: ``NAME.slmsql.json`` beside ``NAME.gguf``."""
    return Path(gguf_file).with_suffix(".slmsql.json")


def read_run_info(folder: str | Path) -> dict | None:
    """The run info of a model folder (its slmsql.json) or of a GGUF file (its sidecar)."""
    folder = Path(folder)
    path = sidecar_path(folder) if folder.is_file() else folder / RUN_INFO
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError("bad_run_info", f"{path}: unreadable JSON ({exc})") from exc
    return data if isinstance(data, dict) else None


def gguf_source(name_or_path: str) -> tuple[Path, str]:
    """The GGUF file a registry name or path names, and the name to record."""
    from slmsql.models.assemble import weights_of
    from slmsql.models.registry import resolve

    resolved = resolve(name_or_path)
    weights = weights_of(resolved)
    if not weights.is_file():
        raise InputError("not_gguf", f"model {name_or_path}: not a GGUF model (convert reads GGUF files)")
    return weights, name_or_path


def convert_gguf(model: str, out: str | Path, *, dtype: str = "float32") -> Path:
    """Rebuild the GGUF model ``model`` (registry name or file) as a safetensors checkpoint in ``out``."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf, name = gguf_source(model)
    out = Path(out).expanduser()
    if out.exists() and any(out.iterdir()):
        raise InputError("out_not_empty", f"output folder {out}: exists and is not empty")
    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[dtype]
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    loaded = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch_dtype)
    config = loaded.config
    config.quantization_config = None
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    fresh = AutoModelForCausalLM.from_config(config, dtype=torch_dtype)
    fresh.load_state_dict(loaded.state_dict())
    del loaded
    fresh.save_pretrained(str(out), safe_serialization=True)
    tokenizer.save_pretrained(str(out))
    write_run_info(out, base_model=name, source_gguf=str(gguf), prompt_style="direct", recipe="convert")
    return out


def random_checkpoint(
    model: str, out: str | Path, *, dtype: str = "float32", seed: int = 0, **config_overrides: Any
) -> Path:
    """A randomly initialised model with ``model``'s architecture (its config, with
    ``config_overrides`` such as ``num_hidden_layers=2``) and its tokenizer, saved in ``out``. ``model``
    is a GGUF (registry name or file) or a Hugging Face folder. Used for tiny test models and for the
    GPU systems check, where real weights cannot be sent."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    path = Path(model).expanduser()
    info: dict[str, Any] = {}
    if path.is_dir():
        config = AutoConfig.from_pretrained(str(path))
        tokenizer = AutoTokenizer.from_pretrained(str(path))
        info = read_run_info(path) or {}
    else:
        gguf, model = gguf_source(model)
        config = AutoConfig.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        info = {"source_gguf": str(gguf)}
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    for key, value in config_overrides.items():
        setattr(config, key, value)
    layer_types = getattr(config, "layer_types", None)
    if layer_types and "layer_types" not in config_overrides:
        # one entry per layer (Qwen2's sliding/full attention): a shrunk model keeps the first ones
        config.layer_types = layer_types[: config.num_hidden_layers]
    torch.manual_seed(seed)
    torch_dtype = {"float32": torch.float32, "bfloat16": torch.bfloat16}[dtype]
    fresh = AutoModelForCausalLM.from_config(config, dtype=torch_dtype)
    out = Path(out).expanduser()
    fresh.save_pretrained(str(out), safe_serialization=True)
    tokenizer.save_pretrained(str(out))
    info.pop("written", None)
    info.update(base_model=f"random:{model}", prompt_style="direct", recipe="random-init")
    write_run_info(out, **info)
    return out
