"""The model, loaded once and shared by every request, and progress reports of one answer.

A request may choose ``mode``, ``n`` and ``seed``: it gets a pipeline over the same loaded backends,
schema source and query pool, with its own inference settings. Progress comes from thin wrappers
around the backend and the query pool (sampling, executing, merging); voting happens between them.
While a model generates, ``sampling`` (or ``merging``) repeats with the tokens generated so far, as
the backend reports them through ``SamplingParams.on_tokens`` (about five times a second at most).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from slmsql.db.pool import QueryJob, QueryPool
from slmsql.errors import InputError
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.inference.result import Answer
from slmsql.models.base import Backend, ChatPrompt, GenerationOutput, SamplingParams

# A progress report: (event name, data). Called from the thread that answers.
Progress = Callable[[str, dict], None]


class _Stages:
    """Turns the wrappers' calls into the ordered events a client sees: ``sampling``, ``sampled``,
    ``executing``, ``executed``, ``voting``, ``merging``, ``merged``, ... (``voting`` once, after the
    candidates' execution, before a merge or the end). ``sampling`` and ``merging`` carry
    ``tokens``: generated so far in that stage, over all its generation calls (early stop samples
    twice), never decreasing."""

    def __init__(self, report: Progress) -> None:
        self.report = report
        self.voted = False
        self.merging = False
        self.tokens = {"sampling": 0, "merging": 0}

    def generating(self, stage: str, n: int, tokens: int | None = None) -> None:
        """A ``sampling``/``merging`` event with the stage's tokens so far: at the start of a call
        (``tokens`` None), then whenever the count grows."""
        if tokens is not None:
            if tokens <= self.tokens[stage]:
                return
            self.tokens[stage] = tokens
        self.emit(stage, n=n, tokens=self.tokens[stage])

    def emit(self, event: str, **data: Any) -> None:
        self.report(event, data)

    def vote(self) -> None:
        if not self.voted:
            self.voted = True
            self.emit("voting")


class _ProgressBackend(Backend):
    def __init__(self, inner: Backend, stages: _Stages, merge: bool) -> None:
        self.inner, self.stages, self.merge = inner, stages, merge
        self.name = inner.name

    def render(self, prompt: ChatPrompt) -> str:
        return self.inner.render(prompt)

    def generate(self, prompt: ChatPrompt, params: SamplingParams) -> GenerationOutput:
        st = self.stages
        if self.merge:
            st.vote()
            st.merging = True
        stage = "merging" if self.merge else "sampling"
        before = st.tokens[stage]  # this stage's tokens from earlier calls
        st.generating(stage, params.n)
        outer = params.on_tokens

        def on_tokens(count: int) -> None:
            st.generating(stage, params.n, before + count)
            if outer is not None:
                outer(count)

        started = time.monotonic()
        out = self.inner.generate(prompt, dataclasses.replace(params, on_tokens=on_tokens))
        st.tokens[stage] = max(st.tokens[stage], before + out.generated_tokens)
        st.emit(
            "merged" if self.merge else "sampled",
            n=len(out.completions),
            tokens=out.generated_tokens,
            prompt_tokens=out.prompt_tokens,
            prompt_tokens_evaluated=out.prompt_tokens_evaluated,
            seconds=round(time.monotonic() - started, 4),
        )
        return out


class _ProgressPool:
    """The pipeline's query pool, reporting each batch; closing it leaves the shared pool open."""

    def __init__(self, inner: QueryPool, stages: _Stages, lock: threading.Lock) -> None:
        self.inner, self.stages, self.lock = inner, stages, lock

    def run(self, jobs: Sequence[QueryJob], on_result=None):
        self.stages.emit("executing", queries=len(jobs))
        with self.lock:  # the shared pool starts its workers on first use: one caller at a time
            results = self.inner.run(jobs, on_result)
        self.stages.emit("executed", queries=len(jobs), ok=sum(r.ok for r in results))
        return results

    def close(self) -> None:
        pass


class Engine:
    """One loaded model (or a client of a model server) answering questions for many requests."""

    def __init__(self, pipeline: CSCPipeline, closer: Callable[[], None] | None = None) -> None:
        self.pipeline = pipeline
        self.config = pipeline.config
        self._closer = closer or pipeline.close
        self._lock = threading.Lock()
        self._pool_lock = threading.Lock()

    @classmethod
    def from_settings(
        cls, model, inference: InferenceConfig, tables_json: str | Path | None = None
    ) -> Engine:
        from slmsql.inference.api import TextToSQL  # loads the model stack only when needed

        t2s = TextToSQL.from_settings(model, inference, tables_json=tables_json)
        return cls(t2s.pipeline, t2s.close)

    @property
    def model_name(self) -> str:
        return self.pipeline.model_name

    @property
    def max_samples(self) -> int:
        """The most samples a request may ask for (what the backend was loaded for)."""
        return max(self.config.most_samples, self.config.n)

    def config_for(self, mode: str | None = None, n: int | None = None, seed: int | None = None):
        """The server's inference settings with a request's choices; InputError when out of range."""
        changes = {k: v for k, v in {"mode": mode, "n": n, "seed": seed}.items() if v is not None}
        cfg = dataclasses.replace(self.config, **changes) if changes else self.config
        if cfg.samples > self.max_samples:
            raise InputError(
                "too_many_samples", f"n={cfg.n} is above this server's maximum of {self.max_samples}"
            )
        return cfg

    def answer(
        self,
        db: Path,
        question: str,
        evidence: str = "",
        *,
        config: InferenceConfig | None = None,
        db_id: str | None = None,
        progress: Progress | None = None,
    ) -> Answer:
        base = self.pipeline
        stages = _Stages(progress or (lambda _e, _d: None))
        view = CSCPipeline(
            _ProgressBackend(base.backend, stages, merge=False),
            model_name=base.model_name,
            prompt_style=base.style,
            config=config or self.config,
            merge_backend=_ProgressBackend(base.merge_backend, stages, merge=True),
            merge_style=base.merge_style,
            schema_source=base.schemas,
            pool=_ProgressPool(base.pool, stages, self._pool_lock),  # type: ignore[arg-type]
        )
        answer = view.answer(db, question, evidence=evidence, db_id=db_id)
        stages.vote()
        return answer

    def close(self) -> None:
        with self._lock:
            if self._closer is not None:
                self._closer()
                self._closer = None
