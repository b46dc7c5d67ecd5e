"""vLLM on a GPU machine (optional extra ``slmsql[vllm]``).

Thin on purpose: the request and engine arguments are built by small pure functions (tested
without vLLM); the rest hands them to ``vllm.LLM``. Prefix caching is on, so the N samples of one
question and the shared schema part of the prompts are computed once.
"""

from __future__ import annotations

import time
from pathlib import Path

from slmsql.errors import InputError
from slmsql.models.base import Backend, ChatPrompt, Completion, GenerationOutput, SamplingParams


def import_vllm():
    try:
        import vllm
    except ImportError as exc:
        raise InputError(
            "vllm_missing", "vLLM is not installed: pip install 'slmsql[vllm]' on a GPU machine"
        ) from exc
    return vllm


def sampling_kwargs(params: SamplingParams) -> dict:
    """Arguments of ``vllm.SamplingParams`` for one request of ``params.n`` samples."""
    return {
        "n": params.n,
        "temperature": params.temperature,
        "top_p": params.top_p,
        "max_tokens": params.max_tokens,
        "stop": list(params.stop),
        "seed": params.seed,
    }


def engine_kwargs(
    model: str | Path,
    *,
    tokenizer: str | Path | None = None,
    adapter: str | Path | None = None,
    max_model_len: int = 8192,
    gpu_memory_utilization: float = 0.9,
    dtype: str = "auto",
    seed: int = 0,
) -> dict:
    """Arguments of ``vllm.LLM``."""
    kwargs = {
        "model": str(model),
        "enable_prefix_caching": True,
        "max_model_len": max_model_len,
        "gpu_memory_utilization": gpu_memory_utilization,
        "dtype": dtype,
        "seed": seed,
    }
    if tokenizer is not None:
        kwargs["tokenizer"] = str(tokenizer)
    if adapter is not None:
        kwargs["enable_lora"] = True
    return kwargs


def completion_from_output(output) -> Completion:
    """One ``vllm.CompletionOutput`` as a Completion (vLLM already drops the stop string)."""
    stop_reason = getattr(output, "stop_reason", None)
    return Completion(
        text=output.text,
        finish_reason="length" if output.finish_reason == "length" else "stop",
        tokens=len(output.token_ids),
        stop=stop_reason if isinstance(stop_reason, str) else None,
    )


class VllmBackend(Backend):
    name = "vllm"

    def __init__(
        self,
        model: str | Path,
        *,
        tokenizer: str | Path | None = None,
        adapter: str | Path | None = None,
        max_model_len: int = 8192,
        gpu_memory_utilization: float = 0.9,
        dtype: str = "auto",
    ) -> None:
        self._vllm = import_vllm()
        self._llm = self._vllm.LLM(
            **engine_kwargs(
                model,
                tokenizer=tokenizer,
                adapter=adapter,
                max_model_len=max_model_len,
                gpu_memory_utilization=gpu_memory_utilization,
                dtype=dtype,
            )
        )
        self._tokenizer = self._llm.get_tokenizer()
        self._lora = None
        if adapter is not None:
            from vllm.lora.request import LoRARequest

            self._lora = LoRARequest("adapter", 1, str(adapter))

    def render(self, prompt: ChatPrompt) -> str:
        text = self._tokenizer.apply_chat_template(
            list(prompt.messages), add_generation_prompt=True, tokenize=False
        )
        return text + prompt.prefill

    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        text = self.render(prompt)
        start = time.perf_counter()
        kwargs = {"use_tqdm": False}
        if self._lora is not None:
            kwargs["lora_request"] = self._lora
        [result] = self._llm.generate([text], self._vllm.SamplingParams(**sampling_kwargs(params)), **kwargs)
        elapsed = time.perf_counter() - start
        prompt_tokens = len(result.prompt_token_ids or ())
        cached = getattr(result, "num_cached_tokens", None) or 0
        completions = tuple(completion_from_output(o) for o in result.outputs)
        params.progress().finish(sum(c.tokens for c in completions))  # once, at the end
        return GenerationOutput(
            completions=completions,
            prompt_tokens=prompt_tokens,
            prompt_tokens_evaluated=max(prompt_tokens - cached, 0),
            prompt_s=0.0,  # vLLM batches prompt and decoding together
            generation_s=elapsed,
        )

    def close(self) -> None:
        self._llm = None
