"""The Python API: ``TextToSQL(model=...).ask(db, question)``, mirroring ``slmsql ask``."""

from __future__ import annotations

from pathlib import Path

from slmsql.db.demo import resolve_database
from slmsql.db.schema_source import SchemaSource
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.inference.result import Answer
from slmsql.models.loader import load_backend
from slmsql.prompts.styles import get_style

DEFAULT_MODEL = "qwen2.5-coder-1.5b"


class TextToSQL:
    """Load a model once, then answer questions over SQLite databases.

    >>> with TextToSQL(model="qwen2.5-coder-0.5b", mode="csc", n=8) as t2s:   # doctest: +SKIP
    ...     answer = t2s.ask("demo", "How many customers live in Paris?")
    ...     print(answer.sql, answer.rows)
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        mode: str = "csc",
        n: int = 8,
        m: int = 4,
        merge_model: str | None = None,
        backend: str | None = None,
        prompt_style: str | None = None,
        seed: int = 0,
        temperature: float = 0.8,
        max_tokens: int | None = None,
        timeout_s: float = 30.0,
        n_ctx: int = 8192,
        n_threads: int | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        tables_json: str | Path | None = None,
        use_values: bool = True,
        merge_min_ratio: float | None = None,
        value_placement: str | None = None,
        repair_columns: bool = True,
        early_stop: bool = False,
    ) -> None:
        self.config = InferenceConfig(
            mode=mode,
            n=n,
            m=m,
            temperature=temperature,
            max_tokens=max_tokens,
            seed=seed,
            timeout_s=timeout_s,
            use_values=use_values,
            merge_min_ratio=merge_min_ratio,
            value_placement=value_placement,
            repair_columns=repair_columns,
            early_stop=early_stop,
        )
        samples = max(self.config.samples, m if mode == "csc" else 1)
        common = dict(
            backend=backend,
            n_ctx=n_ctx,
            n_threads=n_threads,
            max_samples=samples,
            base_url=base_url,
            api_key=api_key,
        )
        self.model = load_backend(model, **common)
        style = get_style(prompt_style or self.model.prompt_style)
        self.merge_model = None
        if merge_model and merge_model != model:
            self.merge_model = load_backend(merge_model, **common)
        merge = self.merge_model or self.model
        self.pipeline = CSCPipeline(
            self.model.backend,
            model_name=model,
            prompt_style=style,
            config=self.config,
            merge_backend=merge.backend,
            merge_style=get_style(prompt_style or merge.prompt_style),
            schema_source=SchemaSource(tables_json),
        )

    def ask(self, db: str | Path, question: str, evidence: str = "", db_id: str | None = None) -> Answer:
        """Answer ``question`` over the SQLite database ``db`` (a path, or ``"demo"``)."""
        return self.pipeline.answer(resolve_database(db), question, evidence=evidence, db_id=db_id)

    def close(self) -> None:
        self.pipeline.close()
        self.model.backend.close()
        if self.merge_model is not None:
            self.merge_model.backend.close()

    def __enter__(self) -> TextToSQL:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
