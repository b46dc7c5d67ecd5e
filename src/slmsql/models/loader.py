"""One call from a model argument to a ready backend."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from slmsql.errors import InputError
from slmsql.models.base import Backend
from slmsql.models.registry import (
    DEFAULT_MODEL,
    LocalModel,
    ModelSpec,
    check_prompt_style,
    default_prompt_style,
    model_file,
    resolve,
)

BACKENDS = ("llama.cpp", "transformers", "vllm", "openai")


@dataclass
class LoadedModel:
    spec: ModelSpec
    backend: Backend
    prompt_style: str

    def close(self) -> None:
        self.backend.close()


def load_backend(
    model: str = DEFAULT_MODEL,
    *,
    backend: str | None = None,
    n_ctx: int = 8192,
    n_threads: int | None = None,
    max_samples: int = 8,
    base_url: str | None = None,
    api_key: str | None = None,
    prompt_style: str | None = None,
) -> LoadedModel:
    """Resolve ``model`` and load it with ``backend`` (default: the model's own, llama.cpp for GGUF
    files, transformers for Hugging Face folders). For ``"openai"``, ``model`` is the server-side
    model name and ``base_url`` the server."""
    check_prompt_style(prompt_style)
    if backend is not None and backend not in BACKENDS:
        raise InputError(
            "unknown_backend", f"backend {backend!r}: unknown (use one of {', '.join(BACKENDS)})"
        )
    if backend == "openai" or (backend is None and base_url):
        return _load_openai(model, base_url, api_key, prompt_style)
    resolved = resolve(model, prompt_style=prompt_style)
    spec = resolved.spec if isinstance(resolved, LocalModel) else resolved
    weights = resolved.path if isinstance(resolved, LocalModel) else model_file(resolved.name)
    adapter = resolved.adapter if isinstance(resolved, LocalModel) else None
    chosen = backend or spec.backend
    is_gguf = weights.is_file()
    if chosen == "llama.cpp":
        if not is_gguf or adapter is not None:
            raise InputError(
                "backend_mismatch",
                f"model {model}: llama.cpp runs GGUF files only, not Hugging Face folders or LoRA "
                "adapters; use --backend transformers (or vllm on a GPU)",
            )
        from slmsql.models.backends.llamacpp import LlamaCppBackend

        loaded: Backend = LlamaCppBackend(weights, n_ctx=n_ctx, n_threads=n_threads, max_samples=max_samples)
    elif chosen == "transformers":
        from slmsql.models.backends.transformers_backend import TransformersBackend

        loaded = TransformersBackend(weights, adapter=adapter)
    else:  # vllm
        from slmsql.models.backends.vllm_backend import VllmBackend

        loaded = VllmBackend(weights, adapter=adapter, max_model_len=n_ctx)
    return LoadedModel(spec=replace(spec, backend=chosen), backend=loaded, prompt_style=spec.prompt_style)


def _load_openai(
    model: str, base_url: str | None, api_key: str | None, prompt_style: str | None
) -> LoadedModel:
    if not base_url:
        raise InputError("no_base_url", "backend openai: pass the server URL (--base-url)")
    from slmsql.models.backends.openai_http import OpenAIBackend

    style = prompt_style or default_prompt_style(model)
    spec = ModelSpec(
        name=model,
        description=f"served by {base_url}",
        source="server",
        prompt_style=style,
        backend="openai",
    )
    return LoadedModel(spec=spec, backend=OpenAIBackend(base_url, model, api_key=api_key), prompt_style=style)


def weights_path(model: str) -> Path:
    """The local weights (GGUF file or folder) ``model`` resolves to, assembling if needed."""
    resolved = resolve(model)
    return resolved.path if isinstance(resolved, LocalModel) else model_file(resolved.name)
