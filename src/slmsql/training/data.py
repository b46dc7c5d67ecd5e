"""Training data: reasoning-SFT records, merge-revision records and the difficulty filter for GRPO.

Every record is chat messages in TRL's prompt/completion form: ``prompt`` = the think-style system
and user messages (our text-to-SQL or merge-revision prompt), ``completion`` = one assistant message
``<think>…</think>\\n<answer>…</answer>`` whose answer is the gold SQL; plus ``db_path``, ``gold_sql``,
``db_id``, ``question``, ``evidence`` and ``id`` columns, which GRPO's rewards read. Output is a
``datasets`` dataset on disk (``DIR/dataset``) or JSONL (``DIR/train.jsonl``), with
``DIR/manifest.json``: sources, settings, seed and the count of every filter.

Reasoning comes from the record itself, else from a teacher by rejection sampling (only traces whose
SQL returns the gold result are kept, up to ``teacher_tries`` samples), else, when
``no_trace: sql-only``, an empty think block: never a made-up explanation.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.db.policy import check_sql
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.db.render import render_schema
from slmsql.db.schema_source import SchemaSource
from slmsql.errors import InputError
from slmsql.prompts.chat import ChatPrompt
from slmsql.prompts.styles import THINK
from slmsql.prompts.text_to_sql import text_to_sql_prompt
from slmsql.settings import Settings, setting
from slmsql.training.augment import augment_schema
from slmsql.training.rewards import ExecutionJudge, well_formed
from slmsql.training.sources import Question, Source, load_source

OUTPUT_FORMATS = ("datasets", "jsonl")
NO_TRACE = ("sql-only", "drop")
DATASET_DIR = "dataset"
JSONL_FILE = "train.jsonl"
MANIFEST = "manifest.json"
HOLDOUT_FILE = "holdout.json"
_THINK = re.compile(r"<think>(.*?)</think>", re.S)
_COMMENT = re.compile(r"--|/\*")


# -- settings ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DataSettings(Settings):
    """What every builder reads and writes."""

    concern = "data"

    dataset: str | None = setting(
        None, "Questions: a named set (spider-train), a Spider/BIRD/SynSQL file or DIR."
    )
    out: str | None = setting(None, "Output folder (dataset/ or train.jsonl, and manifest.json).")
    db_dir: str | None = setting(None, "Database folder of a dataset file.")
    tables_json: str | None = setting(None, "tables.json with the databases' descriptions.")
    output_format: str = setting("datasets", "datasets (saved to disk) or jsonl.", choices=OUTPUT_FORMATS)
    limit: int | None = setting(None, "Use only the first K questions.", minimum=1)
    seed: int = setting(0, "Seed of augmentation, hold-out and draft order.", minimum=0)
    timeout_s: float = setting(10.0, "Seconds a query may run.", flags=("--timeout",), minimum=0.01)
    threads: int | None = setting(None, "CPU threads of a llama.cpp model.", minimum=1)
    max_new_tokens: int = setting(1024, "Most new tokens a model samples.", minimum=1)
    temperature: float = setting(0.8, "Sampling temperature of models.", minimum=0.0, maximum=5.0)


@dataclass(frozen=True)
class SFTDataSettings(DataSettings):
    concern = "sft data"

    holdout: int = setting(0, "Questions held out of training, written to holdout.json.", minimum=0)
    augment: bool = setting(True, "Shuffle tables and sample non-key, unused columns.")
    keep_column_ratio: float = setting(
        0.7, "Share of other columns kept by augmentation.", minimum=0, maximum=1
    )
    use_values: bool = setting(True, "Put question-matched values among the columns' examples.")
    max_tokens: int = setting(7000, "Drop records whose prompt + target exceed this many tokens.", minimum=16)
    tokenizer: str = setting(
        "qwen2.5-coder-0.5b", "Model whose tokenizer counts tokens (registry name, GGUF or HF folder)."
    )
    keep_empty_gold: bool = setting(False, "Keep questions whose gold SQL returns no rows.")
    teacher: str | None = setting(None, "Teacher model for reasoning traces (rejection sampling).")
    teacher_base_url: str | None = setting(None, "OpenAI-compatible server of the teacher.")
    teacher_tries: int = setting(4, "Samples per question from the teacher.", minimum=1, maximum=64)
    no_trace: str = setting("sql-only", "Without a right trace: sql-only target or drop.", choices=NO_TRACE)


@dataclass(frozen=True)
class MergeDataSettings(DataSettings):
    concern = "merge data"

    model: str = setting("qwen2.5-coder-0.5b", "Drafting model (our inference code samples with it).")
    samples: int = setting(8, "Drafts per question.", minimum=2, maximum=64)


@dataclass(frozen=True)
class DifficultySettings(DataSettings):
    concern = "difficulty"

    model: str = setting("qwen2.5-coder-0.5b", "Model whose pass rate is measured.")
    k: int = setting(8, "Samples per question.", flags=("-k", "--samples"), minimum=1, maximum=64)
    min_rate: float = setting(0.0, "Keep questions with pass rate above this.", minimum=0, maximum=1)
    max_rate: float = setting(
        1.0, "... and below this (0 < rate < 1: groups with a gradient).", minimum=0, maximum=1
    )


# -- shared pieces ----------------------------------------------------------------------------------


def closed(completion) -> str:
    """A think-style completion's text with the ``</answer>`` the backend stripped as its stop string
    (a completion cut by the token limit stays open: it is not well formed)."""
    text = completion.text
    if completion.finish_reason == "stop" and "<answer>" in text and "</answer>" not in text:
        text += "</answer>"
    return text


def think_target(sql: str, reasoning: str = "") -> str:
    """The assistant turn: reasoning (possibly empty) in <think>, the SQL in <answer>."""
    return f"<think>\n{reasoning.strip()}\n</think>\n<answer>\n{sql.strip()}\n</answer>"


def messages_of(prompt: ChatPrompt) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": m["content"]} for m in prompt.messages]


def record(q: Question, prompt: ChatPrompt, target: str, **extra: Any) -> dict[str, Any]:
    return {
        "prompt": messages_of(prompt),
        "completion": [{"role": "assistant", "content": target}],
        "id": q.id,
        "db_id": q.db_id,
        "db_path": str(q.db_path),
        "question": q.question,
        "evidence": q.evidence,
        "gold_sql": q.gold_sql,
        **extra,
    }


@contextmanager
def progress_bar(description: str, total: int, enabled: bool = True) -> Iterator[Any]:
    """A rich progress bar on stderr; yields ``advance()``."""
    columns = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), disable=not enabled) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)


def write_output(records: list[dict], settings: DataSettings, manifest: dict) -> Path:
    """Write the records and the manifest under ``settings.out``; returns the folder."""
    out = Path(settings.out).expanduser()
    if out.exists() and not out.is_dir():
        raise InputError("out_not_folder", f"output {out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    if settings.output_format == "jsonl":
        with open(out / JSONL_FILE, "w", encoding="utf-8") as handle:
            for rec in records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        import datasets

        datasets.Dataset.from_list(records).save_to_disk(str(out / DATASET_DIR))
    manifest = {**manifest, "records": len(records), "settings": asdict(settings), "written": _now()}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def load_records(path: str | Path) -> list[dict]:
    """The records a builder wrote (a folder with dataset/ or train.jsonl, or a .jsonl file)."""
    path = Path(path).expanduser()
    if path.is_dir() and (path / DATASET_DIR).is_dir():
        import datasets

        return list(datasets.load_from_disk(str(path / DATASET_DIR)))
    file = path / JSONL_FILE if path.is_dir() else path
    if not file.is_file():
        raise InputError(
            "dataset_missing",
            f"training data {path}: no such file, or no {DATASET_DIR}/ or {JSONL_FILE} in it",
        )
    records = []
    with open(file, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except ValueError as exc:
                    raise InputError(
                        "dataset_malformed", f"training data {file}: line {number}: not JSON"
                    ) from exc
    if not records:
        raise InputError("dataset_empty", f"training data {file}: no records")
    return records


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def gold_verdict(result: QueryResult, keep_empty: bool) -> str | None:
    """The filter a gold result trips, or None."""
    if result.error is ErrorClass.TIMEOUT:
        return "gold_timeout"
    if not result.ok:
        return "gold_failed"
    if not result.rows and not keep_empty:
        return "gold_empty"
    return None


def sql_verdict(sql: str) -> str | None:
    if not sql.strip() or not check_sql(sql).allowed:
        return "not_single_read_only"
    if _COMMENT.search(sql):  # also inside a literal: rare, and such records are not worth the risk
        return "sql_with_comment"
    return None


class TokenCounter:
    """Counts a record's tokens with a model's tokenizer: a Hugging Face folder's chat template, or a
    GGUF vocabulary (llama.cpp, vocabulary only: fast), where each message adds a few template tokens."""

    PER_MESSAGE = 8

    def __init__(self, model: str) -> None:
        from slmsql.models.assemble import weights_of
        from slmsql.models.registry import resolve

        weights = weights_of(resolve(model))
        self.hf = None
        self.llama = None
        if weights.is_dir():
            from transformers import AutoTokenizer

            self.hf = AutoTokenizer.from_pretrained(str(weights))
        else:
            from llama_cpp import Llama

            self.llama = Llama(str(weights), vocab_only=True, verbose=False)

    def close(self) -> None:
        if self.llama is not None:
            self.llama.close()
            self.llama = None

    def count(self, messages: list[dict[str, str]]) -> int:
        if self.hf is not None:
            return len(self.hf.apply_chat_template(messages, tokenize=True))
        return sum(
            len(self.llama.tokenize(m["content"].encode("utf-8"), add_bos=False, special=False))
            + self.PER_MESSAGE
            for m in messages
        )


def run_gold(questions: list[Question], timeout_s: float, enabled: bool) -> list[QueryResult]:
    with QueryPool(timeout_s=timeout_s) as pool, progress_bar("gold SQL", len(questions), enabled) as advance:
        return pool.run([QueryJob(str(q.db_path), q.gold_sql) for q in questions], lambda _i, _r: advance())


def screen(
    questions: Iterable[Question],
    settings: DataSettings,
    counts: Counter,
    progress: bool,
    *,
    keep_empty: bool = False,
) -> list[tuple[Question, QueryResult]]:
    """The questions that pass the database, policy, comment and gold filters, with gold results."""
    passing = []
    for q in questions:
        if q.db_path is None:
            counts["missing_database"] += 1
        elif (why := sql_verdict(q.gold_sql)) is not None:
            counts[why] += 1
        else:
            passing.append(q)
    kept = []
    for q, result in zip(passing, run_gold(passing, settings.timeout_s, progress), strict=True):
        if (why := gold_verdict(result, keep_empty)) is not None:
            counts[why] += 1
        else:
            kept.append((q, result))
    return kept


def _source(settings: DataSettings) -> Source:
    return load_source(settings.dataset, db_dir=settings.db_dir, tables_json=settings.tables_json)


def _load_model(
    name: str,
    settings: DataSettings,
    samples: int,
    base_url: str | None = None,
    prompt_style: str | None = None,
):
    """A model through our loader; ``samples``: the most sequences one call asks for."""
    from slmsql.models.loader import load_backend
    from slmsql.models.settings import ModelSettings

    model = ModelSettings(model=name, base_url=base_url, threads=settings.threads, prompt_style=prompt_style)
    return load_backend(model, max_samples=samples)


# -- SFT data ---------------------------------------------------------------------------------------


def split_holdout(questions: list[Question], n: int, seed: int) -> tuple[list[Question], list[Question]]:
    """``n`` runnable questions drawn with ``seed``, held out of training; the rest."""
    if n <= 0:
        return questions, []
    runnable = [i for i, q in enumerate(questions) if q.db_path is not None]
    chosen = set(random.Random(seed).sample(runnable, min(n, len(runnable))))
    return [q for i, q in enumerate(questions) if i not in chosen], [questions[i] for i in sorted(chosen)]


def write_holdout(out: Path, held: list[Question]) -> None:
    """BIRD-layout JSON that ``slmsql predict --dataset FILE --db-dir ...`` reads."""
    rows = [
        {
            "question_id": q.id,
            "db_id": q.db_id,
            "question": q.question,
            "evidence": q.evidence,
            "SQL": q.gold_sql,
        }
        for q in held
    ]
    out.mkdir(parents=True, exist_ok=True)
    (out / HOLDOUT_FILE).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def teacher_trace(
    backend,
    prompt: ChatPrompt,
    gold: QueryResult,
    q: Question,
    tries: int,
    seed: int,
    settings: DataSettings,
    judge: ExecutionJudge,
) -> str | None:
    """The reasoning of the first of ``tries`` teacher samples that is well formed and returns the gold
    rows, or None."""
    from slmsql.models.base import SamplingParams

    params = SamplingParams(
        n=tries,
        temperature=settings.temperature,
        max_tokens=settings.max_new_tokens,
        stop=THINK.stop,
        seed=seed,
    )
    texts = [closed(c) for c in backend.generate(prompt, params).completions]
    outcomes = judge.judge(texts, [str(q.db_path)] * len(texts), [q.gold_sql] * len(texts))
    for text, outcome in zip(texts, outcomes, strict=True):
        if outcome.kind == "correct" and well_formed(text):
            return _THINK.search(text).group(1).strip()
    return None


def build_sft(settings: SFTDataSettings, *, progress: bool = True, teacher=None, counter=None) -> Path:
    """Build reasoning-SFT records (see the module text). ``teacher``/``counter``: a loaded backend
    and a token counter to use instead of loading them from the settings (tests)."""
    settings.require("dataset", "out", command=settings.concern)
    source = _source(settings)
    counts: Counter = Counter()
    if source.chat_records:  # a published chat-form set: only the limit applies
        records = [dict(r) for r in source.chat_records[: settings.limit]]
        return write_output(records, settings, {"source": source.name, "counts": {"read": len(records)}})
    questions = list(source.questions[: settings.limit])
    counts["read"] = len(questions)
    questions, held = split_holdout(questions, settings.holdout, settings.seed)
    counts["held_out"] = len(held)
    if held:
        write_holdout(Path(settings.out).expanduser(), held)
    kept = screen(questions, settings, counts, progress, keep_empty=settings.keep_empty_gold)
    own_counter = counter is None
    counter = counter or TokenCounter(settings.tokenizer)
    schemas = SchemaSource(source.tables_json)
    rng = random.Random(settings.seed)
    loaded = None
    if teacher is None and settings.teacher:
        loaded = _load_model(
            settings.teacher,
            settings,
            settings.teacher_tries,
            settings.teacher_base_url,
            prompt_style="think",
        )
        teacher = loaded.backend
    records = []
    try:
        with (
            ExecutionJudge(timeout_s=settings.timeout_s) as judge,
            progress_bar("SFT records", len(kept), progress) as advance,
        ):
            for index, (q, gold) in enumerate(kept):
                advance()
                schema = schemas.for_question(q.db_path, q.question, q.db_id, use_values=settings.use_values)
                if settings.augment:
                    schema = augment_schema(schema, q.gold_sql, rng, keep_ratio=settings.keep_column_ratio)
                prompt = text_to_sql_prompt(render_schema(schema), q.question, THINK, q.evidence)
                reasoning, origin = q.reasoning, "record" if q.reasoning else ""
                if not reasoning and teacher is not None:
                    counts["teacher_asked"] += 1
                    trace = teacher_trace(
                        teacher,
                        prompt,
                        gold,
                        q,
                        settings.teacher_tries,
                        settings.seed + index,
                        settings,
                        judge,
                    )
                    if trace is not None:
                        reasoning, origin = trace, "teacher"
                        counts["teacher_kept"] += 1
                    else:
                        counts["teacher_no_right_trace"] += 1
                if not origin and settings.no_trace == "drop":
                    counts["no_trace_dropped"] += 1
                    continue
                target = think_target(q.gold_sql, reasoning)
                messages = [*messages_of(prompt), {"role": "assistant", "content": target}]
                if counter.count(messages) > settings.max_tokens:
                    counts["too_long"] += 1
                    continue
                counts[f"reasoning_{origin or 'none'}"] += 1
                records.append(record(q, prompt, target, reasoning_source=origin or "none"))
    finally:
        if loaded is not None:
            loaded.close()
        if own_counter:
            counter.close()
    counts["kept"] = len(records)
    manifest = {
        "kind": "sft",
        "source": source.name,
        "tables_json": str(source.tables_json),
        "counts": dict(counts),
    }
    return write_output(records, settings, manifest)


# -- merge-revision data ----------------------------------------------------------------------------


def build_merge(
    settings: MergeDataSettings, *, progress: bool = True, backend=None, prompt_style=None
) -> Path:
    """Merge-revision records: N drafts per question from the drafting model; questions whose two
    largest result groups differ are kept; when neither draft is right the gold SQL replaces one
    (chosen at random); draft order is randomised; target = think/answer with the gold SQL."""
    from slmsql.inference.config import InferenceConfig
    from slmsql.inference.csc import CSCPipeline
    from slmsql.inference.voting import vote
    from slmsql.prompts.merge import merge_prompt
    from slmsql.prompts.styles import get_style
    from slmsql.training.rewards import compare

    settings.require("dataset", "out", command=settings.concern)
    source = _source(settings)
    counts: Counter = Counter(read=min(len(source.questions), settings.limit or len(source.questions)))
    kept = screen(source.questions[: settings.limit], settings, counts, progress)
    loaded = None
    if backend is None:
        loaded = _load_model(settings.model, settings, settings.samples)
        backend, prompt_style = loaded.backend, get_style(loaded.prompt_style)
    config = InferenceConfig(
        mode="sc",
        n=settings.samples,
        temperature=settings.temperature,
        max_tokens=settings.max_new_tokens,
        seed=settings.seed,
        timeout_s=settings.timeout_s,
    )
    rng = random.Random(settings.seed)
    records = []
    try:
        with (
            CSCPipeline(
                backend,
                model_name=settings.model,
                prompt_style=prompt_style,
                config=config,
                schema_source=SchemaSource(source.tables_json),
            ) as pipeline,
            progress_bar("merge drafts", len(kept), progress) as advance,
        ):
            for q, gold in kept:
                advance()
                prompt, schema = pipeline.prompt_for(q.db_path, q.question, q.evidence, q.db_id)
                drawn = pipeline.draw(q.db_path, prompt, schema, settings.samples, False, settings.seed)
                sqls, results = drawn.executed.sqls, drawn.executed.results
                ballot = vote(drawn.executed.ballot())
                if len(ballot.groups) < 2:
                    counts["drafts_agree" if ballot.groups else "no_draft_runs"] += 1
                    continue
                top, second = ballot.groups[0], ballot.groups[1]
                drafts = [(sqls[top.first], results[top.first]), (sqls[second.first], results[second.first])]
                right = [compare(r, gold).kind == "correct" for _, r in drafts]
                if not any(right):
                    drafts[rng.randrange(2)] = (q.gold_sql, gold)
                    counts["gold_put_in"] += 1
                else:
                    counts["a_draft_right"] += 1
                rng.shuffle(drafts)
                prompt = merge_prompt(schema, q.question, drafts, THINK, q.evidence)
                records.append(record(q, prompt, think_target(q.gold_sql), drafts=[d[0] for d in drafts]))
    finally:
        if loaded is not None:
            loaded.close()
    counts["kept"] = len(records)
    manifest = {"kind": "merge", "source": source.name, "model": settings.model, "counts": dict(counts)}
    return write_output(records, settings, manifest)


# -- difficulty -------------------------------------------------------------------------------------


def pass_rates(
    records: list[dict], backend, settings: DifficultySettings, progress: bool = True
) -> list[float]:
    """Each record's share of ``k`` samples (its own prompt) that return the gold rows."""
    from slmsql.models.base import SamplingParams

    rates = []
    with (
        ExecutionJudge(timeout_s=settings.timeout_s) as judge,
        progress_bar("pass rate", len(records), progress) as advance,
    ):
        for index, rec in enumerate(records):
            prompt = ChatPrompt(messages=tuple(rec["prompt"]), stop=THINK.stop)
            params = SamplingParams(
                n=settings.k,
                temperature=settings.temperature,
                max_tokens=settings.max_new_tokens,
                stop=THINK.stop,
                seed=settings.seed + index,
            )
            texts = [closed(c) for c in backend.generate(prompt, params).completions]
            outcomes = judge.judge(texts, [rec["db_path"]] * len(texts), [rec["gold_sql"]] * len(texts))
            rates.append(sum(o.kind == "correct" for o in outcomes) / len(outcomes))
            advance()
    return rates


def build_difficulty(settings: DifficultySettings, *, progress: bool = True, backend=None) -> Path:
    """Measure each record's pass rate under ``k`` samples and keep ``min_rate < rate < max_rate``
    (GRPO learns nothing from groups that all pass or all fail); ``pass_rate`` becomes a column."""
    settings.require("dataset", "out", command=settings.concern)
    if settings.min_rate >= settings.max_rate:
        raise InputError("bad_setting", "difficulty: --min-rate must be below --max-rate")
    records = load_records(settings.dataset)[: settings.limit]
    loaded = None
    if backend is None:
        loaded = _load_model(settings.model, settings, settings.k, prompt_style="think")
        backend = loaded.backend
    try:
        rates = pass_rates(records, backend, settings, progress)
    finally:
        if loaded is not None:
            loaded.close()
    counts: Counter = Counter(read=len(records))
    kept = []
    for rec, rate in zip(records, rates, strict=True):
        if rate <= settings.min_rate:
            counts["all_fail" if rate == 0 else "too_hard"] += 1
        elif rate >= settings.max_rate:
            counts["all_pass" if rate == 1 else "too_easy"] += 1
        else:
            kept.append({**rec, "pass_rate": rate})
    counts["kept"] = len(kept)
    histogram = dict(sorted(Counter(f"{r:.3f}" for r in rates).items()))
    manifest = {
        "kind": "difficulty",
        "source": str(settings.dataset),
        "model": settings.model,
        "counts": dict(counts),
        "pass_rates": histogram,
    }
    return write_output(kept, settings, manifest)
