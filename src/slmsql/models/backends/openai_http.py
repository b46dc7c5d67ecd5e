"""A model behind an OpenAI-compatible server (llama.cpp's server, ``vllm serve``, Ollama).

The server holds the tokenizer and chat template, so requests go to ``/v1/chat/completions`` with
the messages; a non-empty prefill is sent as a final assistant message, which such servers
continue. Servers that ignore ``n`` (or reject it) are asked again until ``n`` samples arrive.
"""

from __future__ import annotations

import time

import httpx

from slmsql.errors import InputError
from slmsql.models.base import Backend, ChatPrompt, Completion, GenerationOutput, SamplingParams

_MAX_ROUNDS_FACTOR = 2  # at most 2*n requests before giving up on a server returning nothing


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 600.0) -> None:
        if not base_url or not base_url.strip():
            raise InputError("no_base_url", "the OpenAI-compatible backend needs a server URL (--base-url)")
        if not model or not model.strip():
            raise InputError("empty_model", "the server-side model name is empty")
        self.base_url = base_url.strip().rstrip("/")
        self.model = model.strip()
        self._url = self.base_url + (
            "/chat/completions" if self.base_url.endswith("/v1") else "/v1/chat/completions"
        )
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout, headers=headers)
        self._accepts_n = True  # cleared when the server rejects n > 1

    def render(self, prompt: ChatPrompt) -> str:
        """The server applies its own chat template; this is a readable transcript of what is sent."""
        turns = [f"<{m.get('role', '')}>\n{m.get('content', '')}" for m in prompt.messages]
        return "\n\n".join([*turns, f"<assistant>\n{prompt.prefill}"])

    def request_body(self, prompt: ChatPrompt, params: SamplingParams, n: int, seed: int) -> dict:
        messages = [dict(m) for m in prompt.messages]
        if prompt.prefill:
            messages.append({"role": "assistant", "content": prompt.prefill})
        body = {
            "model": self.model,
            "messages": messages,
            "n": n,
            "temperature": params.temperature,
            "top_p": params.top_p,
            "max_tokens": params.max_tokens,
            "seed": seed,
        }
        if params.stop:
            body["stop"] = list(params.stop)
        return body

    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        start = time.perf_counter()
        completions: list[Completion] = []
        progress = params.progress()  # a reply's tokens arrive with the reply
        prompt_tokens = cached_tokens = 0
        for round_no in range(_MAX_ROUNDS_FACTOR * max(params.n, 1)):
            wanted = params.n - len(completions)
            if wanted <= 0:
                break
            # a different seed per request, or a seeded server would repeat the same samples
            data = self._post(prompt, params, wanted if self._accepts_n else 1, params.seed + round_no)
            usage = data.get("usage") or {}
            if round_no == 0:
                prompt_tokens = int(usage.get("prompt_tokens") or 0)
                cached_tokens = int((usage.get("prompt_tokens_details") or {}).get("cached_tokens") or 0)
            received = self._parse_choices(data, prompt, params, usage)[:wanted]
            completions.extend(received)
            progress.add(sum(c.tokens for c in received))
        if len(completions) < params.n:
            raise InputError(
                "server_no_samples",
                f"model server {self.base_url}: returned {len(completions)} of {params.n} samples",
            )
        progress.finish(sum(c.tokens for c in completions))
        elapsed = time.perf_counter() - start
        return GenerationOutput(
            completions=tuple(completions),
            prompt_tokens=prompt_tokens,
            prompt_tokens_evaluated=max(prompt_tokens - cached_tokens, 0),
            prompt_s=0.0,  # the API does not report it separately
            generation_s=elapsed,
            extra={"server": self.base_url},
        )

    def _post(self, prompt: ChatPrompt, params: SamplingParams, n: int, seed: int) -> dict:
        response = self._send(self.request_body(prompt, params, n, seed))
        if response.status_code == 400 and n > 1 and _rejects_n(response.text):
            self._accepts_n = False  # e.g. llama.cpp: "Only one completion choice is allowed"
            response = self._send(self.request_body(prompt, params, 1, seed))
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:200]
            raise InputError(
                "server_error", f"model server {self._url}: HTTP {response.status_code}: {detail}"
            )
        try:
            data = response.json()
        except ValueError as exc:
            raise InputError("server_bad_reply", f"model server {self._url}: the reply is not JSON") from exc
        if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
            raise InputError("server_bad_reply", f"model server {self._url}: the reply has no choices")
        return data

    def _send(self, body: dict) -> httpx.Response:
        try:
            return self._client.post(self._url, json=body)
        except httpx.ConnectError as exc:
            raise InputError(
                "server_unreachable", f"model server {self._url}: cannot connect ({exc})"
            ) from exc
        except httpx.TimeoutException as exc:
            raise InputError("server_timeout", f"model server {self._url}: timed out") from exc
        except httpx.HTTPError as exc:
            raise InputError(
                "server_error", f"model server {self._url}: {type(exc).__name__}: {exc}"
            ) from exc

    @staticmethod
    def _parse_choices(
        data: dict, prompt: ChatPrompt, params: SamplingParams, usage: dict
    ) -> list[Completion]:
        choices = [c for c in data["choices"] if isinstance(c, dict)]
        # per-choice token counts are not part of the API: the total is shared evenly
        total = int(usage.get("completion_tokens") or 0)
        share = total // len(choices) if choices else 0
        out = []
        for choice in choices:
            text = str((choice.get("message") or {}).get("content") or choice.get("text") or "")
            if prompt.prefill.strip() and text.startswith(prompt.prefill):
                text = text[len(prompt.prefill) :]  # the server echoed the prefill
            stop = choice.get("stop_reason") if isinstance(choice.get("stop_reason"), str) else None
            for candidate in params.stop:
                if text.endswith(candidate):  # a server that keeps the stop string
                    text, stop = text[: -len(candidate)], candidate
                    break
            reason = "length" if choice.get("finish_reason") == "length" else "stop"
            out.append(Completion(text=text, finish_reason=reason, tokens=share, stop=stop))
        return out

    def close(self) -> None:
        self._client.close()


def _rejects_n(text: str) -> bool:
    lowered = text.lower()
    return "choice" in lowered or "'n'" in lowered or '"n"' in lowered or " n " in lowered
