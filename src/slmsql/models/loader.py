"""One call from model settings to a ready backend."""

from __future__ import annotations

from dataclasses import dataclass, replace

from slmsql.errors import InputError
from slmsql.models.assemble import weights_of
from slmsql.models.base import Backend
from slmsql.models.registry import LocalModel, ModelSpec, resolve
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
    ``max_samples``: the most sequences one call will ask for (llama.cpp sizes its batch by it)."""
    settings = settings or ModelSettings()
    name = model or settings.model
    if settings.served:
        return _load_openai(name, settings)
    resolved = resolve(name, prompt_style=settings.prompt_style)
    spec = resolved.spec if isinstance(resolved, LocalModel) else resolved
    weights = weights_of(resolved)
    adapter = resolved.adapter if isinstance(resolved, LocalModel) else None
    chosen = settings.backend or spec.backend
    if chosen == "llama.cpp":
        if not weights.is_file() or adapter is not None:
            raise InputError(
                "backend_mismatch",
                f"model {name}: llama.cpp runs GGUF files only, not Hugging Face folders or LoRA "
                "adapters; use --backend transformers (or vllm on a GPU)",
            )
        from slmsql.models.backends.llamacpp import LlamaCppBackend

        loaded: Backend = LlamaCppBackend(
            weights, n_ctx=settings.n_ctx, n_threads=settings.threads, max_samples=max_samples
        )
    elif chosen == "transformers":
        from slmsql.models.backends.transformers_backend import TransformersBackend

        loaded = TransformersBackend(weights, adapter=adapter)
    else:  # vllm
        from slmsql.models.backends.vllm_backend import VllmBackend

        loaded = VllmBackend(weights, adapter=adapter, max_model_len=settings.n_ctx)
    return LoadedModel(spec=replace(spec, backend=chosen), backend=loaded, prompt_style=spec.prompt_style)


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
