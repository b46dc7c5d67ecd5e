"""llama.cpp on CPU: N samples of one prompt for little more than the price of one.

The prompt is evaluated once on sequence 0; its KV cells are then shared with sequences 1..N-1
(a unified KV cache makes that copy pure bookkeeping) and all live sequences advance together in one
``llama_decode`` call per step. Samples that have drawn the same tokens so far share more than the
prompt: such a *branch* decodes its next token once, as one KV cell tagged with every member's
sequence id, and each member draws its own next token (with its own seeded sampler) from those
shared logits; a branch splits where its members draw different tokens. Each sample is still a
draw from the model's distribution for its history (the rounding of the logits depends on how many
rows a step decodes, so the texts differ from one-row-per-sample decoding), but a step costs one
row per distinct history instead of one per sample. Small models at temperature 0.8 agree on many
tokens of a short SQL query; on 2 cores an 8-row decode step costs about 7 one-row steps, and
sharing saved 16% of the sampling time on real questions (bench/branch_sharing.py).

Across calls, sequence 0 keeps the last prompt, so a new prompt only evaluates what follows the
longest common token prefix (questions on one database share the schema, which is most of the prompt).

A question's prompt survives a merge revision: a prompt marked ``detour`` (the merge prompt) parks
the prompt sequence 0 holds in a sequence of its own instead of overwriting it, and the next prompt
that shares more with the parked one than with the detour brings it back and drops the detour.
Parking itself is free (cells only gain a sequence id), but every decode attends over the parked
cells too (about 15% slower generation for the 0.5B model on a 1,600-token prompt), so only detours
park, and a parked prompt the next call does not use is dropped.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

import llama_cpp
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from slmsql.errors import InputError
from slmsql.models.backends import llamacpp_native as native
from slmsql.models.backends.llamacpp_stream import (
    SampleStream,
    chunk_sizes,
    common_prefix_len,
    reusable_prefix,
)
from slmsql.models.base import Backend, ChatPrompt, Completion, GenerationOutput, SamplingParams

__all__ = ["LlamaCppBackend"]

_N_BATCH = 512  # tokens per prompt decode call; at least 2 * MIN_EVAL_TOKENS


class LlamaCppBackend(Backend):
    """A GGUF model run by llama.cpp with shared-prompt batched sampling and prompt-prefix reuse.

    ``n_ctx`` is the size of the one KV cache that the prompt and all samples of a call share.
    A prompt whose tokens plus ``max_tokens`` exceed ``n_ctx`` raises :class:`InputError` (nothing
    is truncated). When the prompt plus ``n`` full-length samples would not fit, or ``n`` exceeds
    ``max_samples``, the samples run in several groups, each reusing the cached prompt; sample ``i``
    is always seeded with ``seed + i``, so the grouping does not change which samples come out.
    Not thread-safe: one ``generate`` at a time per instance.
    """

    name = "llama.cpp"

    def __init__(
        self,
        model_path: str | Path,
        *,
        n_ctx: int = 8192,
        n_threads: int | None = None,
        max_samples: int = 8,
        share_branches: bool = True,
        verbose: bool = False,
    ) -> None:
        path = native.check_gguf_file(model_path)
        if n_ctx < 2 * _N_BATCH:
            raise InputError("bad_n_ctx", f"n_ctx {n_ctx}: must be at least {2 * _N_BATCH}")
        if max_samples < 1:
            raise InputError("bad_max_samples", f"max_samples {max_samples}: must be at least 1")
        if n_threads is not None and n_threads < 1:
            raise InputError("bad_n_threads", f"n_threads {n_threads}: must be at least 1")
        self.model_path = path
        self.max_samples = max_samples
        self.share_branches = share_branches  # off: one decode row per live sample (for comparison)
        self.n_threads = n_threads or native.default_threads()
        self._stack = ExitStack()
        native.init_backend(verbose)
        self._model = native.load_model(path, verbose)
        self._stack.callback(self._model.close)
        self._ctx = native.new_context(
            self._model,
            n_ctx=n_ctx,
            n_batch=_N_BATCH,
            n_threads=self.n_threads,
            n_seq_max=max_samples + 2,  # the samples, the parked prompt, a spare for swaps
            verbose=verbose,
        )
        self._stack.callback(self._ctx.close)  # closes before the model (stack order)
        self._batch = native.TokenBatch(max(_N_BATCH, max_samples), n_seq_max=max_samples)
        self._stack.callback(self._batch.close)
        self._memory = self._ctx.memory
        self._vocab = self._model.vocab
        self._pieces = native.PieceTable(self._model)
        self.n_ctx = self._ctx.n_ctx()
        self._cached: list[int] = []  # the tokens sequence 0 holds at positions 0..len-1
        self._parked: list[int] = []  # the tokens the parked sequence holds
        self._detour = False  # whether sequence 0 holds a detour prompt
        self._park_seq = max_samples
        self._spare_seq = max_samples + 1
        self._formatter: Jinja2ChatFormatter | None = None
        self._closed = False

    # -- prompt ---------------------------------------------------------------------------------

    def render(self, prompt: ChatPrompt) -> str:
        formatter = self._chat_formatter()
        try:
            text = formatter(messages=[dict(m) for m in prompt.messages]).prompt
        except Exception as exc:  # jinja2 errors and the template's own raise_exception
            raise InputError(
                "chat_template_failed", f"model {self.model_path.name}: its chat template failed: {exc}"
            ) from None
        return text + prompt.prefill

    def _chat_formatter(self) -> Jinja2ChatFormatter:
        if self._formatter is None:
            template = self._model.metadata().get("tokenizer.chat_template")
            if not template:
                raise InputError(
                    "no_chat_template",
                    f"model file {self.model_path}: has no chat template (tokenizer.chat_template)",
                )
            eos, bos = self._model.token_eos(), self._model.token_bos()
            self._formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=self._model.token_get_text(eos) if eos != -1 else "",
                bos_token=self._model.token_get_text(bos) if bos != -1 else "",
                add_generation_prompt=True,
            )
        return self._formatter

    def tokenize(self, text: str) -> list[int]:
        """Token ids of a rendered prompt; special tokens in the text are parsed as such."""
        bos = self._model.token_bos()
        bos_text = self._model.token_get_text(bos) if bos != -1 else ""
        add_bos = self._model.add_bos_token() and not (bos_text and text.startswith(bos_text))
        return self._model.tokenize(text.encode("utf-8"), add_bos, True)

    # -- generation -----------------------------------------------------------------------------

    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        """``params.n`` samples sharing one evaluation of the prompt (see the class docstring)."""
        if self._closed:
            raise RuntimeError("LlamaCppBackend.generate after close()")
        if params.n < 1 or params.max_tokens < 1:
            raise InputError(
                "bad_sampling", f"sampling n={params.n}, max_tokens={params.max_tokens}: both must be >= 1"
            )
        started = time.perf_counter()
        tokens = self.tokenize(self.render(prompt))
        if not tokens:
            raise InputError("empty_prompt", "prompt: renders to no tokens")
        if len(tokens) + params.max_tokens > self.n_ctx:
            raise InputError(
                "prompt_too_long",
                f"prompt of {len(tokens)} tokens plus max_tokens {params.max_tokens} exceeds the "
                f"context of {self.n_ctx} tokens (raise n_ctx or lower max_tokens)",
            )
        self._choose_slot(tokens, prompt.detour)
        self._make_room(len(tokens), params)
        group = self._group_size(len(tokens), params.max_tokens)
        completions: list[Completion] = []
        evaluated = rows_decoded = 0
        prompt_s = generation_s = 0.0
        try:
            for first in range(0, params.n, group):
                count, last_row = self._evaluate_prompt(tokens)
                evaluated += count
                now = time.perf_counter()
                prompt_s += now - started
                seeds = [params.seed + i for i in range(first, min(params.n, first + group))]
                samples, rows = self._sample_group(seeds, params, len(tokens), last_row)
                completions.extend(samples)
                rows_decoded += rows
                started = time.perf_counter()
                generation_s += started - now
        except BaseException:
            # Whatever sequence 0 holds is now unknown: forget it rather than reuse a wrong prefix.
            llama_cpp.llama_memory_clear(self._memory, True)
            self._cached, self._parked, self._detour = [], [], False
            raise
        return GenerationOutput(
            completions=tuple(completions),
            prompt_tokens=len(tokens),
            prompt_tokens_evaluated=evaluated,
            prompt_s=prompt_s,
            generation_s=generation_s,
            extra={
                "groups": -(-params.n // group),
                "n_threads": self.n_threads,
                # decode rows spent on sampling; without branch sharing it would be the sum of
                # every sample's tokens (less the last one each)
                "rows_decoded": rows_decoded,
            },
        )

    def _group_size(self, n_prompt: int, max_tokens: int) -> int:
        """Samples per group: at most max_samples, and few enough that the prompt's cells, the parked
        prompt's and every sample's own cells (the last sampled token is never decoded) fit in the
        KV cache."""
        own_cells = max_tokens - 1
        if own_cells == 0:
            return self.max_samples
        free = self.n_ctx - n_prompt - len(self._parked)
        return max(1, min(self.max_samples, free // own_cells))

    def _make_room(self, n_prompt: int, params: SamplingParams) -> None:
        """Drop the parked prompt unless the prompt, the parked prompt and one group of full-length
        samples all fit (otherwise the samples would need more groups, or not fit at all)."""
        wanted = min(params.n, self.max_samples) * (params.max_tokens - 1)
        if self.n_ctx - n_prompt - len(self._parked) < wanted:
            self._drop_parked()

    def _choose_slot(self, tokens: list[int], detour: bool) -> None:
        """Arrange sequence 0 and the parked sequence for ``tokens`` (see the module docstring)."""
        active = common_prefix_len(self._cached, tokens)
        if self._parked and common_prefix_len(self._parked, tokens) > active:
            self._move(0, self._spare_seq)  # swap sequence 0 and the parked sequence
            self._move(self._park_seq, 0)
            self._move(self._spare_seq, self._park_seq)
            self._cached, self._parked = self._parked, self._cached
            if self._detour:  # back from a detour: it will not be asked again
                self._drop_parked()
        elif detour and not self._detour and active < len(self._cached) // 2:
            self._drop_parked()
            llama_cpp.llama_memory_seq_cp(self._memory, 0, self._park_seq, -1, -1)
            self._parked = list(self._cached)
        else:  # a parked prompt gets one chance: this call did not use it
            self._drop_parked()
        self._detour = detour

    def _drop_parked(self) -> None:
        if self._parked:
            llama_cpp.llama_memory_seq_rm(self._memory, self._park_seq, -1, -1)
            self._parked = []

    def _move(self, source: int, target: int) -> None:
        llama_cpp.llama_memory_seq_rm(self._memory, target, -1, -1)
        llama_cpp.llama_memory_seq_cp(self._memory, source, target, -1, -1)
        llama_cpp.llama_memory_seq_rm(self._memory, source, -1, -1)

    def _evaluate_prompt(self, tokens: list[int]) -> tuple[int, int]:
        """Make sequence 0 hold ``tokens``, evaluating only what the cache lacks. Returns the number
        of tokens evaluated and the batch row holding the last token's logits."""
        keep = reusable_prefix(self._cached, tokens)
        llama_cpp.llama_memory_seq_rm(self._memory, 0, keep, -1)
        self._cached = self._cached[:keep]
        start = keep
        for size in chunk_sizes(len(tokens) - keep, _N_BATCH):
            chunk = tokens[start : start + size]
            self._batch.fill(chunk, range(start, start + size), [(0,)] * size, logits_all=False)
            native.decode(self._ctx, self._batch)
            start += size
            self._cached = tokens[:start]
        return len(tokens) - keep, size - 1

    def _sample_group(
        self, seeds: list[int], params: SamplingParams, n_prompt: int, last_row: int
    ) -> tuple[list[Completion], int]:
        """The samples of one group and the number of token rows decoded for them."""
        n = len(seeds)
        for seq in range(1, n):
            llama_cpp.llama_memory_seq_cp(self._memory, 0, seq, -1, -1)
        samplers = [native.make_sampler(params.temperature, params.top_p, seed) for seed in seeds]
        streams = [SampleStream(params.stop, params.max_tokens) for _ in range(n)]
        # Branches: the live sequences that share one history, each with the batch row holding the
        # logits of that history's next token. At first every sample shares the prompt's.
        branches: list[tuple[list[int], int]] = [(list(range(n)), last_row)]
        position = n_prompt
        rows_decoded = 0
        try:
            while branches:
                steps: dict[tuple, list[int]] = {}  # (branch, token) -> its members
                for index, (members, row) in enumerate(branches):
                    for seq in members:
                        token = llama_cpp.llama_sampler_sample(samplers[seq].sampler, self._ctx.ctx, row)
                        stream = streams[seq]
                        if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                            stream.end_of_sequence()
                        else:
                            stream.push(token, self._pieces(token))
                        if stream.done:  # free its cells now: the others may need them
                            self._drop_sequence(seq, n_prompt)
                        else:
                            key = (index, token) if self.share_branches else (index, token, seq)
                            steps.setdefault(key, []).append(seq)
                if not steps:
                    break
                self._batch.fill(
                    [key[1] for key in steps], [position] * len(steps), list(steps.values()), True
                )
                native.decode(self._ctx, self._batch)
                rows_decoded += len(steps)
                branches = [(members, row) for row, members in enumerate(steps.values())]
                position += 1
        finally:
            for seq in range(n):
                self._drop_sequence(seq, n_prompt)
            for sampler in samplers:
                sampler.close()
        return [stream.completion() for stream in streams], rows_decoded

    def _drop_sequence(self, seq: int, n_prompt: int) -> None:
        """Remove a sample's cells; sequence 0 keeps the prompt for the next call."""
        if seq == 0:
            llama_cpp.llama_memory_seq_rm(self._memory, 0, n_prompt, -1)
        else:
            llama_cpp.llama_memory_seq_rm(self._memory, seq, -1, -1)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._cached, self._parked = [], []
            self._stack.close()
