"""Thin helpers over llama-cpp-python's low-level API (0.3.36): loading, samplers, batches, pieces."""

from __future__ import annotations

import ctypes
import os
from collections.abc import Sequence
from pathlib import Path

import llama_cpp
from llama_cpp import _internals
from llama_cpp._logger import set_verbose

from slmsql.errors import InputError

GGUF_MAGIC = b"GGUF"
_backend_ready = False


def check_gguf_file(model_path: str | Path, what: str = "model file") -> Path:
    """The path of a readable GGUF file, or InputError naming ``what``, the file and the problem."""
    path = Path(model_path).expanduser()
    if not path.exists():
        raise InputError("model_missing", f"{what} {path}: not found")
    if not path.is_file():
        raise InputError("model_not_file", f"{what} {path}: not a file")
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise InputError("model_unreadable", f"{what} {path}: cannot be read ({exc.strerror})") from None
    if magic != GGUF_MAGIC:
        raise InputError("model_not_gguf", f"{what} {path}: not a GGUF file (no GGUF header)")
    return path


def apply_lora(
    model: _internals.LlamaModel, ctx: _internals.LlamaContext, lora_path: str | Path, scale: float = 1.0
) -> Path:
    """Load the GGUF LoRA adapter ``lora_path`` (``slmsql export lora``) and apply it, times
    ``scale``, to every decode of ``ctx``. llama.cpp adds the adapter's product to each adapted
    weight's output at run time, so the base weights stay as loaded (quantized or not) and the
    adapter is freed with the model. A file that is no adapter, or an adapter of another model, is
    InputError naming the file."""
    path = check_gguf_file(lora_path, "LoRA adapter")
    adapter = llama_cpp.llama_adapter_lora_init(model.model, str(path).encode("utf-8"))
    if not adapter:
        raise InputError("lora_load_failed", f"LoRA adapter {path}: {_adapter_problem(path)}")
    adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
    scales = (ctypes.c_float * 1)(scale)
    if llama_cpp.llama_set_adapters_lora(ctx.ctx, adapters, 1, scales):
        raise InputError("lora_apply_failed", f"LoRA adapter {path}: llama.cpp could not apply it")
    return path


def _adapter_problem(path: Path) -> str:
    """Why llama.cpp refused an adapter file, as far as its header tells."""
    import gguf

    try:
        fields = gguf.GGUFReader(str(path)).fields
    except Exception:  # the gguf reader raises ValueError, struct errors, ... on a damaged file
        return "not a readable GGUF file"
    kind = fields["general.type"].contents() if "general.type" in fields else None
    if kind != "adapter":
        return f"not a LoRA adapter (general.type {kind!r}); write one with slmsql export lora"
    return "llama.cpp refused it: an adapter of another model (architecture, layers or sizes differ)"


def default_threads() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def init_backend(verbose: bool) -> None:
    """Route llama.cpp's log lines to nothing (or to stderr when verbose) and init it once."""
    global _backend_ready
    set_verbose(verbose)
    if not _backend_ready:
        llama_cpp.llama_backend_init()
        _backend_ready = True


def load_model(path: Path, verbose: bool) -> _internals.LlamaModel:
    params = llama_cpp.llama_model_default_params()
    # The "extra buffer types" repack weights for AMX/AVX kernels. Plain CPU buffers it is: the AMX
    # kernel of the native build crashes (SIGSEGV in ggml_backend_amx_mul_mat) on our AMX-capable VMs,
    # and the repacked kernels, though faster for multi-sequence decoding, round differently for
    # different batch shapes, so a prompt served from the prefix cache gave other samples than the
    # same prompt evaluated fresh (measured in docs/benchmarks.md, repacked weights).
    params.use_extra_bufts = False
    try:
        return _internals.LlamaModel(path_model=str(path), params=params, verbose=verbose)
    except ValueError:
        raise InputError(
            "model_load_failed",
            f"model file {path}: llama.cpp could not load it (corrupt or unsupported GGUF)",
        ) from None


def new_context(
    model: _internals.LlamaModel, *, n_ctx: int, n_batch: int, n_threads: int, n_seq_max: int, verbose: bool
) -> _internals.LlamaContext:
    params = llama_cpp.llama_context_default_params()
    params.n_ctx = n_ctx
    params.n_batch = n_batch
    params.n_ubatch = n_batch  # one decode call = one compute batch (see MIN_EVAL_TOKENS)
    params.n_seq_max = n_seq_max
    # One KV buffer for all sequences: copying the prompt to the samples is then only metadata
    # (cells gain extra sequence ids) and each sequence may use the whole context.
    params.kv_unified = True
    params.n_threads = n_threads
    params.n_threads_batch = n_threads
    # Flash attention stays on (llama.cpp's "auto" enables it on CPU). Off is a little faster here
    # (docs/benchmarks.md, flash attention), but SmolLM2's samples then depended on their
    # batch-mates (shared vs one-row-per-sample decoding differed), which they do not with it on.
    # Qwen's Q4_K kernels round by batch shape either way: worth measuring again.
    params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO
    try:
        return _internals.LlamaContext(model=model, params=params, verbose=verbose)
    except ValueError:
        raise InputError(
            "model_context_failed", f"llama.cpp could not create a context of {n_ctx} tokens"
        ) from None


def make_sampler(temperature: float, top_p: float, seed: int) -> _internals.LlamaSampler:
    """Greedy for temperature <= 0; else temperature, then nucleus (top-p) on the tempered
    distribution (as vLLM and transformers do), then a draw seeded with ``seed``."""
    sampler = _internals.LlamaSampler()
    if temperature <= 0:
        sampler.add_greedy()
        return sampler
    sampler.add_temp(temperature)
    if top_p < 1.0:
        sampler.add_top_p(top_p, 1)
    seed &= 0xFFFFFFFF
    if seed == llama_cpp.LLAMA_DEFAULT_SEED:  # that value means "random seed" to llama.cpp
        seed -= 1
    sampler.add_dist(seed)
    return sampler


class TokenBatch:
    """A reusable llama_batch; a token may belong to several sequences (its KV cell is shared)."""

    def __init__(self, capacity: int, n_seq_max: int) -> None:
        self.capacity = capacity
        self.n_seq_max = n_seq_max
        self._owner = _internals.LlamaBatch(n_tokens=capacity, embd=0, n_seq_max=n_seq_max)
        self.batch = self._owner.batch

    def fill(
        self,
        tokens: Sequence[int],
        positions: Sequence[int],
        seq_ids: Sequence[Sequence[int]],
        logits_all: bool,
    ):
        """Load the batch: token i at positions[i] in every sequence of seq_ids[i]; only the last
        token asks for logits unless ``logits_all``."""
        b = self.batch
        n = len(tokens)
        if n > self.capacity:
            raise ValueError(f"batch of {n} tokens exceeds capacity {self.capacity}")
        b.n_tokens = n
        for i in range(n):
            b.token[i] = tokens[i]
            b.pos[i] = positions[i]
            ids = seq_ids[i]
            if not 0 < len(ids) <= self.n_seq_max:
                raise ValueError(f"token {i}: {len(ids)} sequence ids (1..{self.n_seq_max} allowed)")
            b.n_seq_id[i] = len(ids)
            for j, seq in enumerate(ids):
                b.seq_id[i][j] = seq
            b.logits[i] = logits_all
        b.logits[n - 1] = True

    def close(self) -> None:
        self._owner.close()


def decode(ctx: _internals.LlamaContext, batch: TokenBatch) -> None:
    code = llama_cpp.llama_decode(ctx.ctx, batch.batch)
    if code != 0:
        # 1 means no free KV cells; negative values are hard errors.
        raise RuntimeError(f"llama_decode failed with code {code}")


class PieceTable:
    """Token id -> its text bytes (control tokens render as nothing), memoised."""

    def __init__(self, model: _internals.LlamaModel) -> None:
        self._vocab = model.vocab
        self._pieces: dict[int, bytes] = {}
        self._buffer = ctypes.create_string_buffer(64)

    def __call__(self, token: int) -> bytes:
        piece = self._pieces.get(token)
        if piece is None:
            size = llama_cpp.llama_token_to_piece(
                self._vocab, token, self._buffer, len(self._buffer), 0, False
            )
            if size < 0:  # buffer too small: -size is the length needed
                self._buffer = ctypes.create_string_buffer(-size)
                size = llama_cpp.llama_token_to_piece(
                    self._vocab, token, self._buffer, len(self._buffer), 0, False
                )
            piece = self._buffer.raw[:size]
            self._pieces[token] = piece
        return piece
