"""Hugging Face transformers: safetensors folders, GGUF files (dequantized to fp32) and LoRA adapters.

Slower than llama.cpp on CPU, but it runs exactly the checkpoints that training produces.
torch and transformers are imported here only, so ``import slmsql`` stays light.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import TYPE_CHECKING

from slmsql.errors import InputError
from slmsql.models.base import Backend, ChatPrompt, Completion, GenerationOutput, SamplingParams

if TYPE_CHECKING:
    from slmsql.models.base import TokenProgress


class TransformersBackend(Backend):
    name = "transformers"

    def __init__(
        self,
        path_or_folder: str | Path,
        *,
        gguf_file: str | None = None,
        adapter: str | Path | None = None,
        device: str = "cpu",
        dtype=None,
    ) -> None:
        import torch
        import transformers
        from transformers import AutoModelForCausalLM, AutoTokenizer

        transformers.utils.logging.disable_progress_bar()
        transformers.utils.logging.set_verbosity_error()
        path = Path(path_or_folder).expanduser()
        if path.is_file():  # a GGUF file: transformers wants its folder plus the file name
            path, gguf_file = path.parent, path.name
        if not path.is_dir():
            raise InputError("model_missing", f"model {path_or_folder}: no such file or folder")
        extra = {"gguf_file": gguf_file} if gguf_file else {}
        where = path / gguf_file if gguf_file else path
        self._torch = torch
        self.device = device
        try:
            tokenizer_dir = (
                Path(adapter) if adapter and (Path(adapter) / "tokenizer_config.json").is_file() else None
            )
            if tokenizer_dir is not None:  # training may have changed the chat template
                self.tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
            else:
                self.tokenizer = AutoTokenizer.from_pretrained(path, **extra)
            model = AutoModelForCausalLM.from_pretrained(
                path, dtype=dtype or _default_dtype(torch, device), **extra
            )
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise InputError("model_unloadable", f"model {where}: cannot load ({_short(exc)})") from exc
        if adapter is not None:
            from peft import PeftModel

            try:
                model = PeftModel.from_pretrained(model, str(adapter))
            except (OSError, ValueError, KeyError, RuntimeError) as exc:
                raise InputError(
                    "adapter_unloadable", f"adapter {adapter}: cannot load ({_short(exc)})"
                ) from exc
        self.model = model.to(device).eval()
        self.source = str(where)
        config = self.model.generation_config
        eos = config.eos_token_id if config.eos_token_id is not None else self.tokenizer.eos_token_id
        self._eos_ids = set(eos if isinstance(eos, list) else [eos]) - {None}
        pad = self.tokenizer.pad_token_id
        self._pad_id = pad if pad is not None else next(iter(self._eos_ids), 0)

    def render(self, prompt: ChatPrompt) -> str:
        if not self.tokenizer.chat_template:
            raise InputError("no_chat_template", f"model {self.source}: its tokenizer has no chat template")
        text = self.tokenizer.apply_chat_template(
            list(prompt.messages), add_generation_prompt=True, tokenize=False
        )
        return text + prompt.prefill

    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        torch = self._torch
        text = self.render(prompt)
        encoded = self.tokenizer(text, return_tensors="pt", add_special_tokens=False).to(self.device)
        prompt_len = int(encoded["input_ids"].shape[1])
        sample = params.temperature > 0
        kwargs = {
            "max_new_tokens": params.max_tokens,
            "do_sample": sample,
            # greedy decoding gives one answer; it is copied n times below
            "num_return_sequences": params.n if sample else 1,
            "pad_token_id": self._pad_id,
            # only temperature and top_p shape the distribution, as in the other backends
            "top_k": 0,
            "repetition_penalty": 1.0,
        }
        if sample:
            kwargs.update(temperature=params.temperature, top_p=params.top_p)
        else:
            kwargs.update(temperature=None, top_p=None)
        if params.stop:
            kwargs.update(stop_strings=list(params.stop), tokenizer=self.tokenizer)
        progress = params.progress()
        if params.on_tokens is not None:
            kwargs["stopping_criteria"] = _token_counter(progress, self._eos_ids, self._pad_id)
        torch.manual_seed(params.seed)
        start = time.perf_counter()
        with torch.no_grad():
            output = self.model.generate(**encoded, **kwargs)
        elapsed = time.perf_counter() - start
        rows = [self._completion(row[prompt_len:].tolist(), params) for row in output]
        if not sample:
            rows = rows[:1] * params.n
        progress.finish(sum(c.tokens for c in rows))
        return GenerationOutput(
            completions=tuple(rows),
            prompt_tokens=prompt_len,
            prompt_tokens_evaluated=prompt_len,
            prompt_s=0.0,  # generate() does not separate prompt evaluation from decoding
            generation_s=elapsed,
            extra={"device": self.device},
        )

    def _completion(self, ids: list[int], params: SamplingParams) -> Completion:
        ended = next((i for i, tok in enumerate(ids) if tok in self._eos_ids), None)
        if ended is not None:
            ids = ids[: ended + 1]
        else:
            while ids and ids[-1] == self._pad_id and len(ids) < params.max_tokens:
                ids = ids[:-1]  # padding after a sequence stopped by a stop string
        text = self.tokenizer.decode(ids, skip_special_tokens=True)
        cuts = [(text.find(s), s) for s in params.stop if s and s in text]
        if cuts:
            at, stop = min(cuts)
            return Completion(text=text[:at], finish_reason="stop", tokens=len(ids), stop=stop)
        reason = "stop" if ended is not None or len(ids) < params.max_tokens else "length"
        return Completion(text=text, finish_reason=reason, tokens=len(ids))

    def close(self) -> None:
        self.model = None
        gc.collect()


def _token_counter(progress: TokenProgress, eos_ids: set[int], pad_id: int):
    """A stopping criterion that stops nothing: it counts each step's new tokens in ``progress``
    as the completions will (a row's tokens up to its end-of-sequence token; the padding after a
    row that a stop string ended is not counted)."""
    from transformers import StoppingCriteria, StoppingCriteriaList

    class TokenCounter(StoppingCriteria):
        def __init__(self) -> None:
            self.ended: list[bool] | None = None

        def __call__(self, input_ids, scores, **kwargs):
            last = input_ids[:, -1].tolist()
            if self.ended is None:
                self.ended = [False] * len(last)
            new = 0
            for row, token in enumerate(last):
                if self.ended[row]:
                    continue
                if token in eos_ids:
                    new += 1
                    self.ended[row] = True
                elif token == pad_id:
                    self.ended[row] = True
                else:
                    new += 1
            progress.add(new)
            return input_ids.new_zeros((input_ids.shape[0],), dtype=bool)

    return StoppingCriteriaList([TokenCounter()])


def _default_dtype(torch, device: str):
    return torch.float32 if device == "cpu" else "auto"


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
