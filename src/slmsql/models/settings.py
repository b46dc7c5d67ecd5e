"""Settings of the model a run loads: which model and backend, its context, threads and server."""

from __future__ import annotations

from dataclasses import dataclass

from slmsql.prompts.styles import PROMPT_STYLES
from slmsql.settings import Settings, setting

DEFAULT_MODEL = "qwen2.5-coder-1.5b"
BACKENDS = ("llama.cpp", "transformers", "vllm", "openai")
API_KEY_ENV = "SLMSQL_API_KEY"


@dataclass(frozen=True)
class ModelSettings(Settings):
    """``model`` is a registry name, a GGUF file, a Hugging Face folder (or LoRA adapter folder),
    a hub id, or with ``backend: openai`` the server's model name."""

    concern = "model"

    model: str = setting(DEFAULT_MODEL, "Registry name, GGUF file, Hugging Face folder or hub id.")
    lora: str | None = setting(
        None,
        "LoRA adapter applied beside --model: a GGUF adapter file (slmsql export lora) for llama.cpp, "
        "an adapter folder for transformers or vllm.",
    )
    merge_model: str | None = setting(None, "Model for the merge revision (default: the same model).")
    backend: str | None = setting(
        None,
        "Inference backend (default: llama.cpp for GGUF files, transformers for Hugging Face folders; "
        "openai when --base-url is given).",
        choices=BACKENDS,
    )
    prompt_style: str | None = setting(
        None, "direct or think (default: per model; think for SLM-SQL-trained ones).", choices=PROMPT_STYLES
    )
    n_ctx: int = setting(
        8192, "Context size in tokens (prompt plus new tokens).", flags=("--ctx-size",), minimum=256
    )
    threads: int | None = setting(
        None, "CPU threads for llama.cpp (default: the physical cores).", minimum=1, maximum=1024
    )
    base_url: str | None = setting(
        None, "Server URL of an OpenAI-compatible API (vLLM, llama.cpp server) for --backend openai."
    )
    api_key: str | None = setting(None, "API key of that server.", env=API_KEY_ENV, secret=True)

    @property
    def served(self) -> bool:
        """Whether the model sits behind an OpenAI-compatible server (no local weights)."""
        return self.backend == "openai" or (self.backend is None and bool(self.base_url))
