"""One call from model settings to a ready backend."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from slmsql.errors import InputError
from slmsql.models.assemble import weights_of
from slmsql.models.base import Backend
from slmsql.models.registry import LocalModel, ModelSpec, resolve, trained_style
from slmsql.models.settings import ModelSettings
from slmsql.prompts.styles import get_style, style_for_model


@dataclass
class LoadedModel:
    spec: ModelSpec
    backend: Backend
    prompt_style: str

    def close(self) -> None:
        self.backend.close()


def load_backend(
    settings: ModelSettings | None = None, *, model: str | None = None, max_samples: int = 8
) -> LoadedModel:
    """Load ``model`` (default: ``settings.model``) as ``settings`` say: with ``settings.backend``
    (default: the model's own, llama.cpp for GGUF files, transformers for Hugging Face folders,
    openai when a server URL is set). For ``"openai"``, the model is the server-side model name.
    ``settings.lora`` is applied to ``settings.model`` only, and its recorded prompt style (the
    adapter's FILE.slmsql.json or slmsql.json) is the default.
    ``max_samples``: the most sequences one call will ask for (llama.cpp sizes its batch by it)."""
    settings = settings or ModelSettings()
    name = model or settings.model
    # The adapter fits settings.model; a different model (--merge-model) loads without it.
    lora = Path(settings.lora).expanduser() if settings.lora and name == settings.model else None
    if settings.served:
        if lora is not None:
            raise InputError(
                "lora_served", f"--lora {lora}: a served model's adapters are the server's to load"
            )
        return _load_openai(name, settings)
    # A trained adapter answers in the style it was trained for, as a trained full model does.
    style = settings.prompt_style or (trained_style(lora) if lora is not None else None)
    resolved = resolve(name, prompt_style=style)
    spec = resolved.spec if isinstance(resolved, LocalModel) else resolved
    weights = weights_of(resolved)
    adapter = resolved.adapter if isinstance(resolved, LocalModel) else None
    chosen = settings.backend or spec.backend
    if lora is not None:
        adapter = _adapter_for(chosen, name, lora, adapter)
    if chosen == "llama.cpp":
        if not weights.is_file() or (adapter is not None and lora is None):
            raise InputError(
                "backend_mismatch",
                f"model {name}: llama.cpp runs GGUF files only, not Hugging Face folders or LoRA "
                "adapter folders; use --backend transformers (or vllm on a GPU)",
            )
        from slmsql.models.backends.llamacpp import LlamaCppBackend

        loaded: Backend = LlamaCppBackend(
            weights, n_ctx=settings.n_ctx, n_threads=settings.threads, max_samples=max_samples, lora_path=lora
        )
    elif chosen == "transformers":
        from slmsql.models.backends.transformers_backend import TransformersBackend

        loaded = TransformersBackend(weights, adapter=adapter)
    else:  # vllm
        from slmsql.models.backends.vllm_backend import VllmBackend

        loaded = VllmBackend(weights, adapter=adapter, max_model_len=settings.n_ctx)
    return LoadedModel(spec=replace(spec, backend=chosen), backend=loaded, prompt_style=spec.prompt_style)


def _adapter_for(backend: str, name: str, lora: Path, adapter: Path | None) -> Path:
    """The adapter ``--lora`` gives ``backend``: a GGUF adapter file for llama.cpp, a peft adapter
    folder for transformers and vllm; a mismatch, or a model that is an adapter already, is one line."""
    if not lora.exists():
        raise InputError("lora_missing", f"--lora {lora}: not found")
    if adapter is not None:
        raise InputError(
            "lora_on_adapter",
            f"model {name}: is a LoRA adapter already; pass its base as --model with --lora",
        )
    if backend == "llama.cpp":
        if lora.is_dir():
            raise InputError(
                "lora_mismatch",
                f"--lora {lora}: llama.cpp applies GGUF adapter files; write one with slmsql export lora",
            )
        return lora  # checked (and refused with the reason) when llama.cpp loads it
    if not (lora / "adapter_config.json").is_file():
        raise InputError(
            "lora_mismatch",
            f"--lora {lora}: the {backend} backend applies LoRA adapter folders (adapter_config.json); "
            "a GGUF adapter needs --backend llama.cpp",
        )
    return lora


def _load_openai(model: str, settings: ModelSettings) -> LoadedModel:
    if not settings.base_url:
        raise InputError("no_base_url", "backend openai: pass the server URL (--base-url)")
    from slmsql.models.backends.openai_http import OpenAIBackend

    style = get_style(settings.prompt_style).name if settings.prompt_style else style_for_model(model).name
    spec = ModelSpec(
        name=model,
        description=f"served by {settings.base_url}",
        source="server",
        prompt_style=style,
        backend="openai",
    )
    backend = OpenAIBackend(settings.base_url, model, api_key=settings.api_key)
    return LoadedModel(spec=spec, backend=backend, prompt_style=style)
