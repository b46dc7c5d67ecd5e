"""Speed of the llama.cpp backend on a schema-sized prompt, against llama-cpp-python's own Llama.

Prints prompt and generation tokens/s of LlamaCppBackend, the time of one question answered with
n=1 greedy vs n=8 sampled (cold prompt, and with the schema prefix reused from the previous
question), and llama-cpp-python's ``Llama.create_completion`` on the same rendered prompt.

    PYTHONPATH=src python bench/llamacpp_speed.py --model qwen2.5-coder-0.5b   # or --model PATH.gguf
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from slmsql.errors import SlmsqlError
from slmsql.models.assemble import weights_of
from slmsql.models.backends.llamacpp import LlamaCppBackend
from slmsql.models.base import ChatPrompt, SamplingParams
from slmsql.models.registry import resolve
from slmsql.models.settings import ModelSettings
from slmsql.prompts.styles import get_style
from slmsql.prompts.text_to_sql import text_to_sql_prompt

# A made-up database in the OmniSQL prompt's DDL style: 8 tables, about 1,000 tokens with the question.
_TABLES = {
    "stadium": [
        "stadium_id INTEGER",
        "location TEXT",
        "name TEXT",
        "capacity INTEGER",
        "highest INTEGER",
        "lowest INTEGER",
        "average INTEGER",
        "opened_year INTEGER",
    ],
    "singer": [
        "singer_id INTEGER",
        "name TEXT",
        "country TEXT",
        "song_name TEXT",
        "song_release_year TEXT",
        "age INTEGER",
        "is_male TEXT",
        "record_label TEXT",
    ],
    "concert": [
        "concert_id INTEGER",
        "concert_name TEXT",
        "theme TEXT",
        "stadium_id INTEGER",
        "year TEXT",
        "ticket_price REAL",
        "attendance INTEGER",
    ],
    "singer_in_concert": ["concert_id INTEGER", "singer_id INTEGER", "slot INTEGER", "encore TEXT"],
    "album": [
        "album_id INTEGER",
        "singer_id INTEGER",
        "title TEXT",
        "genre TEXT",
        "release_date TEXT",
        "sales INTEGER",
        "label TEXT",
    ],
    "track": [
        "track_id INTEGER",
        "album_id INTEGER",
        "title TEXT",
        "duration_s INTEGER",
        "bpm INTEGER",
        "explicit TEXT",
        "composer TEXT",
    ],
    "ticket_sale": [
        "sale_id INTEGER",
        "concert_id INTEGER",
        "buyer_city TEXT",
        "channel TEXT",
        "quantity INTEGER",
        "amount REAL",
        "sold_at TEXT",
    ],
    "sponsor": [
        "sponsor_id INTEGER",
        "concert_id INTEGER",
        "company TEXT",
        "industry TEXT",
        "contribution REAL",
        "contract_year INTEGER",
    ],
}
_EXAMPLES = {
    "TEXT": "['Glasgow', 'Raith Rovers', 'Nashville']",
    "INTEGER": "[1, 42, 2014]",
    "REAL": "[12.5, 99.0, 7.25]",
}
QUESTIONS = (
    "Which stadium hosted the concert with the highest attendance in 2014?",
    "List the names of singers older than 40 who performed in more than two concerts.",
    "What is the total ticket revenue per buyer city, highest first?",
)


def schema_text() -> str:
    blocks = []
    for table, columns in _TABLES.items():
        lines = [f"CREATE TABLE {table} ("]
        for column in columns:
            name, kind = column.split()
            lines.append(f"    {name} {kind}, -- {name.replace('_', ' ')}, example: {_EXAMPLES[kind]}")
        lines.append(f"    PRIMARY KEY ({columns[0].split()[0]})")
        lines.append(");")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def question_prompt(question: str, nonce: str = "") -> ChatPrompt:
    """The product's own direct-style prompt. ``nonce`` opens the schema, so nothing after the
    fixed preamble (system message and task line, a few dozen tokens) can come from the cache."""
    return text_to_sql_prompt(f"-- {nonce}\n{schema_text()}", question, get_style("direct"))


def bench_ours(path: Path, threads: int | None, max_tokens: int, n_ctx: int) -> None:
    with LlamaCppBackend(path, n_ctx=n_ctx, n_threads=threads) as backend:
        print(f"model {path.name}, {backend.n_threads} threads, n_ctx {backend.n_ctx}")
        warm = backend.generate(question_prompt("warm up", nonce="0 "), SamplingParams(max_tokens=8))
        print(f"prompt tokens: {warm.prompt_tokens}")
        greedy = SamplingParams(n=1, temperature=0.0, max_tokens=max_tokens)  # no stop: full length
        rows = []
        for i in range(1, 4):
            out = backend.generate(question_prompt(QUESTIONS[0], nonce=f"{i} "), greedy)
            rows.append((out.prompt_tokens_evaluated / out.prompt_s, out.generated_tokens / out.generation_s))
        print(
            f"ours   prompt {statistics.median(r[0] for r in rows):7.1f} tok/s   "
            f"generation {statistics.median(r[1] for r in rows):6.1f} tok/s   (n=1 greedy, median of 3)"
        )

        stop = ("```",)
        for label, params in (
            ("n=1 greedy ", SamplingParams(n=1, temperature=0.0, max_tokens=max_tokens, stop=stop)),
            ("n=8 sampled", SamplingParams(n=8, temperature=0.8, max_tokens=max_tokens, stop=stop, seed=3)),
        ):
            cold, reused = [], []
            for i, question in enumerate(QUESTIONS):
                start = time.perf_counter()
                out = backend.generate(question_prompt(question, nonce=f"{label}{i} "), params)
                cold.append((time.perf_counter() - start, out))
            for question in QUESTIONS:  # same schema prefix as the previous call
                start = time.perf_counter()
                out = backend.generate(
                    question_prompt(question, nonce=f"{label}{len(QUESTIONS) - 1} "), params
                )
                reused.append((time.perf_counter() - start, out))
            for name, runs in (("cold prompt ", cold), ("prefix reuse", reused)):
                seconds = statistics.mean(t for t, _ in runs)
                evaluated = statistics.mean(o.prompt_tokens_evaluated for _, o in runs)
                tokens = statistics.mean(o.generated_tokens for _, o in runs)
                rows = statistics.mean(o.extra["rows_decoded"] for _, o in runs)
                print(
                    f"ours   {label} {name}: {seconds:5.2f} s/question  "
                    f"({evaluated:.0f} prompt tokens evaluated, {tokens:.0f} tokens generated, "
                    f"{rows:.0f} decode rows)"
                )


def bench_llama(path: Path, threads: int | None, max_tokens: int, n_ctx: int, flash_attn: bool) -> None:
    import llama_cpp
    from llama_cpp import llama_cpp as low

    from slmsql.models.backends.llamacpp_native import default_threads

    # Same weights layout as our backend: no extra (AMX) buffers, which crash on this machine.
    plain = low.llama_model_default_params

    def params():
        p = plain()
        p.use_extra_bufts = False
        return p

    low.llama_model_default_params = params
    try:
        n = threads or default_threads()
        llm = llama_cpp.Llama(
            str(path),
            n_ctx=n_ctx,
            n_batch=512,
            n_ubatch=512,
            n_threads=n,
            n_threads_batch=n,
            flash_attn=flash_attn,
            verbose=False,
        )
    finally:
        low.llama_model_default_params = plain
    with LlamaCppBackend(path, n_ctx=2048, n_threads=1) as renderer:
        texts = [renderer.render(question_prompt(QUESTIONS[0], nonce=f"{i} ")) for i in range(4)]
    llm.create_completion(texts[0], max_tokens=8, temperature=0.0)
    rows = []
    for text in texts[1:]:
        low.llama_perf_context_reset(llm.ctx)
        start = time.perf_counter()
        out = llm.create_completion(text, max_tokens=max_tokens, temperature=0.0)
        seconds = time.perf_counter() - start
        perf = low.llama_perf_context(llm.ctx)
        rows.append(
            (
                perf.n_p_eval / perf.t_p_eval_ms * 1000,
                perf.n_eval / perf.t_eval_ms * 1000,
                out["usage"]["completion_tokens"] / seconds,
                seconds,
            )
        )
    print(
        f"llama  prompt {statistics.median(r[0] for r in rows):7.1f} tok/s   "
        f"generation {statistics.median(r[1] for r in rows):6.1f} tok/s   "
        f"(Llama.create_completion, flash attention {'on' if flash_attn else 'off'}, n=1 greedy, median "
        f"of 3; llama.cpp's own timers; "
        f"{statistics.median(r[3] for r in rows):.2f} s per call)"
    )
    llm.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="a GGUF file or a registry name")
    parser.add_argument("--threads", type=int, default=None, help="default: all cores available")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--n-ctx", type=int, default=ModelSettings().n_ctx)
    parser.add_argument("--skip-llama", action="store_true", help="do not time llama-cpp-python's Llama")
    parser.add_argument(
        "--llama-flash-attn",
        choices=["on", "off"],
        default="on",
        help="flash attention for llama-cpp-python's Llama: on (as our backend runs) or off (its default)",
    )
    args = parser.parse_args()
    try:
        path = weights_of(resolve(args.model))
        bench_ours(path, args.threads, args.max_tokens, args.n_ctx)
        if not args.skip_llama:
            bench_llama(path, args.threads, args.max_tokens, args.n_ctx, args.llama_flash_attn == "on")
    except SlmsqlError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
