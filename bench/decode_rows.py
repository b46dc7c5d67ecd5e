"""What one llama.cpp decode step costs as it decodes more rows (tokens) at once.

The csc/greedy time ratio is set by this curve: greedy decodes one row per step, 8 samples
decode up to 8. The script evaluates a prompt of ``--prompt`` tokens, shares it with 8 sequences
(as the backend does) and times decode steps of each row count, rows spread over the sequences,
with the backend's own context settings. Prints ms per step and the multiple of a one-row step,
and plots the curve.

    .venv/bin/python bench/decode_rows.py --model qwen2.5-coder-1.5b --plot docs/decode_rows.png
"""

from __future__ import annotations

import argparse
import time

import llama_cpp

from slmsql.models.assemble import weights_of
from slmsql.models.backends import llamacpp_native as native
from slmsql.models.registry import resolve
from slmsql.models.settings import DEFAULT_MODEL

SEQUENCES = 8


def step_costs(model_path, rows: list[int], prompt: int, reps: int, threads: int) -> dict[int, float]:
    """Mean ms per decode step for each row count (after one warm-up step)."""
    native.init_backend(False)
    model = native.load_model(model_path, False)
    ctx = native.new_context(
        model, n_ctx=prompt + 1024, n_batch=512, n_threads=threads, n_seq_max=SEQUENCES, verbose=False
    )
    batch = native.TokenBatch(512, SEQUENCES)
    memory = ctx.memory
    filler = [1000 + i % 5000 for i in range(prompt)]  # token ids only: the text does not matter
    for start in range(0, prompt, 512):
        chunk = filler[start : start + 512]
        batch.fill(chunk, range(start, start + len(chunk)), [(0,)] * len(chunk), False)
        native.decode(ctx, batch)
    for seq in range(1, SEQUENCES):
        llama_cpp.llama_memory_seq_cp(memory, 0, seq, -1, -1)
    costs = {}
    try:
        for k in rows:
            for seq in range(SEQUENCES):
                llama_cpp.llama_memory_seq_rm(memory, seq, prompt, -1)
            positions = [prompt] * SEQUENCES
            elapsed = 0.0
            for rep in range(reps + 1):
                pos, seqs = [], []
                for i in range(k):  # row i goes to sequence i mod 8, at that sequence's next position
                    seq = i % SEQUENCES
                    pos.append(positions[seq])
                    seqs.append((seq,))
                    positions[seq] += 1
                batch.fill([500 + i for i in range(k)], pos, seqs, True)
                started = time.perf_counter()
                native.decode(ctx, batch)
                if rep:  # the first step of a shape warms up its buffers
                    elapsed += time.perf_counter() - started
            costs[k] = 1000 * elapsed / reps
            print(f"{k:3d} rows  {costs[k]:7.1f} ms/step  {costs[k] / costs[rows[0]]:5.2f}x", flush=True)
    finally:
        batch.close()
        ctx.close()
        model.close()
    return costs


def plot(costs: dict[int, float], title: str, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = sorted(costs)
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.plot(rows, [costs[k] for k in rows], marker="o")
    ax.set_xlabel("rows decoded in one step")
    ax.set_ylabel("ms per step")
    ax.set_title(title)
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    print(f"plot: {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--rows", default="1,2,4,6,8,10,12,16,24,32")
    parser.add_argument("--prompt", type=int, default=1000, help="prompt tokens in the KV cache")
    parser.add_argument("--reps", type=int, default=6)
    parser.add_argument("--threads", type=int, default=native.default_threads())
    parser.add_argument("--plot", default=None, help="write a PNG of the curve here")
    args = parser.parse_args()
    rows = sorted({int(r) for r in args.rows.split(",")})
    path = weights_of(resolve(args.model))
    print(f"model {path.name}, {args.threads} threads, {args.prompt} prompt tokens shared by {SEQUENCES}")
    costs = step_costs(path, rows, args.prompt, args.reps, args.threads)
    if args.plot:
        plot(costs, f"{args.model}: decode step cost, {args.threads} threads", args.plot)


if __name__ == "__main__":
    main()
