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
tokens of a short SQL query; on 2 cores an 8-row decode step costs 3 to 7 one-row steps, by
machine (bench/decode_rows.py), and sharing saved 16% of the sampling time on real questions
(bench/sampling_ab.py).

*Drafts* make a step advance a branch by two tokens when a guess is right. With its next token, a
branch decodes a guess of the token after it (NgramDrafter: what another sample, or the prompt,
wrote after the same few tokens) at the following position. A member that then draws exactly that
token keeps the decoded cell and draws again from the draft's logits; the others drop the cell.
Nothing about the draws changes (each is still from the model's distribution, with the sample's
own seeded sampler, in the same order), only how many steps they take. Drafts are decoded only in
steps of several branches, where llama.cpp's tiled kernels make extra rows cheap.

Across calls, sequence 0 keeps the last prompt, so a new prompt only evaluates what follows the
longest common token prefix (questions on one database share the schema, which is most of the prompt).

Several prompts stay warm, not only the last one: before sequence 0 gives up most of a prompt it
holds, that sequence's KV state is copied to host memory (``llama_state_seq_get_data``), and a
later prompt that shares more with a saved one than with what the cache holds has it copied back
(``..._set_data``) instead of evaluating it again, so questions that alternate between databases
do not re-evaluate each schema. The saved states live within ``prefix_cache_bytes``, least
recently used dropped first (the 0.5B model's state is about 12 KB a token: 24 MB for a 2,000-token
schema prompt).

A question's prompt survives a merge revision: a prompt marked ``detour`` (the merge prompt) parks
the prompt sequence 0 holds in a sequence of its own instead of overwriting it, and the next prompt
that shares more with the parked one than with the detour brings it back and drops the detour.
Parking itself is free (cells only gain a sequence id), but every decode attends over the parked
cells too (about 15% slower generation for the 0.5B model on a 1,600-token prompt), so only detours
park, and a parked prompt the next call does not use is dropped.
"""

from __future__ import annotations

import ctypes
import time
from collections import OrderedDict
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import llama_cpp
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from slmsql.errors import InputError
from slmsql.models.backends import llamacpp_native as native
from slmsql.models.backends.llamacpp_drafts import NgramDrafter
from slmsql.models.backends.llamacpp_stream import (
    SampleStream,
    chunk_sizes,
    common_prefix_len,
    reusable_prefix,
)
from slmsql.models.base import Backend, ChatPrompt, Completion, GenerationOutput, SamplingParams

if TYPE_CHECKING:
    from slmsql.models.base import TokenProgress

__all__ = ["LlamaCppBackend"]

_N_BATCH = 512  # tokens per prompt decode call; at least 2 * MIN_EVAL_TOKENS
# Drafts are decoded only in steps of at least this many branches. llama.cpp's tiled K-quant kernels
# take over from 8 rows, and then more rows cost little, while below 8 each row costs about as much as
# the first (the decode-step cost by row count is in docs/benchmarks.md, from bench/decode_rows.py).
# A draft is kept less than half the time, so doubling 4 rows to 8 loses, and doubling 5 or more wins.
DRAFT_MIN_BRANCHES = 5
# What GenerationOutput.extra counts of the sampling: decode rows (drafts included), draft rows, and
# draws taken from a draft's logits.
_SAMPLING_COUNTS = ("rows_decoded", "draft_rows", "drafts_kept")
_DRAFT_CONTEXT = 3  # prompt tokens a sample's history starts with: the context of its first guess
# Host memory for saved prompt states (see the module docstring), and the least a saved state must
# add to what the cache holds to be restored (below it, evaluating the difference is as cheap).
PREFIX_CACHE_BYTES = 512 << 20
_MIN_PREFIX_GAIN = 64


@dataclass
class _Branch:
    """Live samples that share one history (see the module docstring)."""

    members: list[int]
    row: int  # the batch row holding the logits of the history's next token
    position: int  # the position that token takes
    draft: tuple[int, int] | None  # (token, its logits row) decoded after it, at ``position``


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
        draft_tokens: bool = True,
        draft_min_branches: int = DRAFT_MIN_BRANCHES,
        prefix_cache_bytes: int = PREFIX_CACHE_BYTES,
        lora_path: str | Path | None = None,
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
        self.draft_tokens = draft_tokens  # off: no drafts (for comparison)
        self.draft_min_branches = draft_min_branches
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
        self.lora_path: Path | None = None  # a GGUF LoRA adapter applied beside the model
        if lora_path is not None:
            try:
                self.lora_path = native.apply_lora(self._model, self._ctx, lora_path)
            except InputError:
                self._stack.close()
                raise
        self._batch = native.TokenBatch(max(_N_BATCH, 2 * max_samples), n_seq_max=max_samples)
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
        self.prefix_cache_bytes = max(0, prefix_cache_bytes)
        self._saved: OrderedDict[tuple[int, ...], ctypes.Array] = OrderedDict()  # LRU first
        self._saved_bytes = 0

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
        restored = self._recall_prefix(tokens, prompt.detour)
        self._choose_slot(tokens, prompt.detour)
        self._make_room(len(tokens), params)
        group = self._group_size(len(tokens), params.max_tokens)
        completions: list[Completion] = []
        progress = params.progress()  # every group's tokens, as they are drawn
        evaluated = 0
        counts = dict.fromkeys(_SAMPLING_COUNTS, 0)
        prompt_s = generation_s = 0.0
        try:
            for first in range(0, params.n, group):
                count, last_row = self._evaluate_prompt(tokens)
                evaluated += count
                now = time.perf_counter()
                prompt_s += now - started
                seeds = [params.seed + i for i in range(first, min(params.n, first + group))]
                samples, group_counts = self._sample_group(seeds, params, tokens, last_row, progress)
                completions.extend(samples)
                for name, value in group_counts.items():
                    counts[name] += value
                started = time.perf_counter()
                generation_s += started - now
        except BaseException:
            # Whatever sequence 0 holds is now unknown: forget it rather than reuse a wrong prefix.
            llama_cpp.llama_memory_clear(self._memory, True)
            self._cached, self._parked, self._detour = [], [], False
            raise
        progress.finish(sum(c.tokens for c in completions))
        extra_prefix = {"prefix_restored": restored, "prefixes_saved": len(self._saved)}
        return GenerationOutput(
            completions=tuple(completions),
            prompt_tokens=len(tokens),
            prompt_tokens_evaluated=evaluated,
            prompt_s=prompt_s,
            generation_s=generation_s,
            extra={
                "groups": -(-params.n // group),
                "n_threads": self.n_threads,
                # decode rows spent on sampling, drafts included; without branch sharing and
                # drafts it would be the sum of every sample's tokens (less the last one each)
                **counts,
                **extra_prefix,
            },
        )

    def _group_size(self, n_prompt: int, max_tokens: int) -> int:
        """Samples per group: at most max_samples, and few enough that the prompt's cells, the parked
        prompt's and every sample's own cells fit in the KV cache: its last draw is never decoded,
        but a draft may hold a cell after its decoded tokens."""
        if max_tokens == 1:  # nothing is decoded
            return self.max_samples
        own_cells = max_tokens
        free = self.n_ctx - n_prompt - len(self._parked)
        return max(1, min(self.max_samples, free // own_cells))

    def _make_room(self, n_prompt: int, params: SamplingParams) -> None:
        """Drop the parked prompt unless the prompt, the parked prompt and one group of full-length
        samples all fit (otherwise the samples would need more groups, or not fit at all)."""
        wanted = min(params.n, self.max_samples) * params.max_tokens
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

    def _recall_prefix(self, tokens: list[int], detour: bool) -> int:
        """Save sequence 0's prompt before ``tokens`` replace most of it, and restore a saved prompt
        that shares more with ``tokens`` than the cache does. Returns the tokens restored (0: none).
        Detours (merge prompts) are neither saved nor restored: they are not asked again."""
        if not self.prefix_cache_bytes or detour:
            return 0
        active = common_prefix_len(self._cached, tokens)
        have = max(active, common_prefix_len(self._parked, tokens) if self._parked else 0)
        best, best_len = None, 0
        for key in self._saved:
            shared = common_prefix_len(key, tokens)
            if shared > best_len:
                best, best_len = key, shared
        losing = len(self._cached) - active
        if not self._detour and losing >= _MIN_PREFIX_GAIN and tuple(self._cached) not in self._saved:
            self._save_sequence0()
        if best is None or best_len < have + _MIN_PREFIX_GAIN:
            return 0
        data = self._saved[best]
        self._saved.move_to_end(best)
        llama_cpp.llama_memory_seq_rm(self._memory, 0, -1, -1)
        if llama_cpp.llama_state_seq_set_data(self._ctx.ctx, data, len(data), 0) == 0:
            llama_cpp.llama_memory_seq_rm(self._memory, 0, -1, -1)  # no room: evaluate instead
            self._cached, self._detour = [], False
            return 0
        self._cached, self._detour = list(best), False
        return len(best)

    def _save_sequence0(self) -> None:
        """Copy sequence 0's prompt state to host memory (least recently used dropped first)."""
        llama_cpp.llama_memory_seq_rm(self._memory, 0, len(self._cached), -1)
        size = llama_cpp.llama_state_seq_get_size(self._ctx.ctx, 0)
        if size <= 0 or size > self.prefix_cache_bytes:
            return
        while self._saved and self._saved_bytes + size > self.prefix_cache_bytes:
            _, dropped = self._saved.popitem(last=False)
            self._saved_bytes -= len(dropped)
        data = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(self._ctx.ctx, data, size, 0)
        if written != size:
            return
        self._saved[tuple(self._cached)] = data
        self._saved_bytes += size

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
        self,
        seeds: list[int],
        params: SamplingParams,
        prompt: list[int],
        last_row: int,
        progress: TokenProgress | None = None,
    ) -> tuple[list[Completion], dict[str, int]]:
        """The samples of one group and counts of the token rows decoded for them; each token drawn
        is counted in ``progress``."""
        n, n_prompt = len(seeds), len(prompt)
        for seq in range(1, n):
            llama_cpp.llama_memory_seq_cp(self._memory, 0, seq, -1, -1)
        samplers = [native.make_sampler(params.temperature, params.top_p, seed) for seed in seeds]
        streams = [SampleStream(params.stop, params.max_tokens, progress) for _ in range(n)]
        # Fewer samples than the branch floor never draft: no drafter to build and feed (greedy).
        drafting = self.draft_tokens and n >= self.draft_min_branches
        drafter = NgramDrafter(prompt) if drafting else None
        # Each sample's tokens, after the prompt's last few (the context of its first guess).
        histories = [list(prompt[-_DRAFT_CONTEXT:]) for _ in range(n)]
        # Branches: the live sequences that share one history, with the batch row holding the
        # logits of that history's next token, the position that token takes, and the draft
        # decoded after it (its token and logits row) or None. At first all share the prompt's.
        branches: list[_Branch] = [_Branch(list(range(n)), last_row, n_prompt, None)]
        counts = dict.fromkeys(_SAMPLING_COUNTS, 0)
        try:
            while branches:
                steps: dict[tuple, list[int]] = {}  # (branch, position, token) -> its members
                for index, branch in enumerate(branches):
                    for seq in branch.members:
                        key = self._advance(
                            seq, branch, samplers[seq], streams[seq], histories[seq], drafter, counts
                        )
                        if key is None:  # ended: free its cells now, the others may need them
                            self._drop_sequence(seq, n_prompt)
                        else:
                            key = (index, *key) if self.share_branches else (index, *key, seq)
                            steps.setdefault(key, []).append(seq)
                if not steps:
                    break
                branches = self._decode_step(steps, histories, drafter, counts)
        finally:
            for seq in range(n):
                self._drop_sequence(seq, n_prompt)
            for sampler in samplers:
                sampler.close()
        return [stream.completion() for stream in streams], counts

    def _advance(
        self,
        seq: int,
        branch: _Branch,
        sampler,
        stream: SampleStream,
        history: list[int],
        drafter: NgramDrafter | None,
        counts: dict[str, int],
    ) -> tuple[int, int] | None:
        """Draw sample ``seq``'s next token, and the one after when that token is its branch's draft.
        Returns the (position, token) still to decode, or None when the sample has ended."""
        token = self._draw(sampler, branch.row, stream, history, drafter)
        position = branch.position  # where ``token`` goes; a draft's cell is already there
        if branch.draft is not None:
            draft_token, draft_row = branch.draft
            if not stream.done and token == draft_token:
                # The decoded draft is this sample's token: its logits give the next draw.
                counts["drafts_kept"] += 1
                token = self._draw(sampler, draft_row, stream, history, drafter)
                position += 1
            else:  # the draft's cell is not this sample's: take it out of its sequence
                llama_cpp.llama_memory_seq_rm(self._memory, seq, position, position + 1)
        return None if stream.done else (position, token)

    def _draw(
        self, sampler, row: int, stream: SampleStream, history: list[int], drafter: NgramDrafter | None
    ) -> int:
        token = llama_cpp.llama_sampler_sample(sampler.sampler, self._ctx.ctx, row)
        if llama_cpp.llama_vocab_is_eog(self._vocab, token):
            stream.end_of_sequence()
        else:
            stream.push(token, self._pieces(token))
            history.append(token)
            if drafter is not None:
                drafter.observe(history)
        return token

    def _decode_step(self, steps, histories, drafter, counts) -> list[_Branch]:
        """Decode each new branch's token, and a draft after it when drafting pays (see
        DRAFT_MIN_BRANCHES); return the branches with their logits rows."""
        draft_now = drafter is not None and len(steps) >= self.draft_min_branches
        tokens, positions, seq_ids, drafts = [], [], [], []
        for key, members in steps.items():
            _, position, token = key[:3]
            tokens.append(token)
            positions.append(position)
            seq_ids.append(members)
            guess = drafter.guess(histories[members[0]]) if draft_now else None
            drafts.append(guess)
            if guess is not None:
                tokens.append(guess)
                positions.append(position + 1)
                seq_ids.append(members)
        self._batch.fill(tokens, positions, seq_ids, True)
        native.decode(self._ctx, self._batch)
        counts["rows_decoded"] += len(tokens)
        counts["draft_rows"] += len(tokens) - len(steps)
        branches, row = [], 0
        for (key, members), guess in zip(steps.items(), drafts, strict=True):
            draft = None if guess is None else (guess, row + 1)
            branches.append(_Branch(members, row, key[1] + 1, draft))
            row += 1 if guess is None else 2
        return branches

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
            self._saved.clear()
            self._saved_bytes = 0
            self._stack.close()
