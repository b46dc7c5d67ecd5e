"""The Python API: ``TextToSQL(model=...).ask(db, question)``, mirroring ``slmsql ask``.

Its keywords are the fields of :class:`ModelSettings` and :class:`InferenceConfig` (``mode``, ``n``,
``temperature``, ``backend``, ...), derived from them, never listed here; ``config`` names a YAML
file with the same keys, which the keywords override.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from slmsql.db.demo import resolve_database
from slmsql.db.schema_source import SchemaSource
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.inference.result import Answer
from slmsql.models.loader import load_backend
from slmsql.models.settings import ModelSettings
from slmsql.prompts.styles import get_style
from slmsql.settings import keyword_parameters, resolve_settings

# The settings a TextToSQL is made from, in the order its keywords and `slmsql ask --help` list them.
SETTINGS_CLASSES = (ModelSettings, InferenceConfig)


class TextToSQL:
    """Load a model once, then answer questions over SQLite databases.

    >>> with TextToSQL(model="qwen2.5-coder-0.5b", mode="csc", n=8) as t2s:   # doctest: +SKIP
    ...     answer = t2s.ask("demo", "How many customers live in Paris?")
    ...     print(answer.sql, answer.rows)
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        config: str | Path | None = None,
        tables_json: str | Path | None = None,
        **settings: Any,
    ) -> None:
        if model is not None:
            settings["model"] = model
        model_settings, inference = resolve_settings(SETTINGS_CLASSES, config=config, explicit=settings)
        self._start(model_settings, inference, tables_json)

    @classmethod
    def from_settings(
        cls,
        model: ModelSettings | None = None,
        inference: InferenceConfig | None = None,
        *,
        tables_json: str | Path | None = None,
    ) -> TextToSQL:
        """A TextToSQL from settings objects (what the CLI and the server build)."""
        self = cls.__new__(cls)
        self._start(model or ModelSettings(), inference or InferenceConfig(), tables_json)
        return self

    def _start(self, model: ModelSettings, inference: InferenceConfig, tables_json) -> None:
        self.settings = model
        self.config = inference
        self.model = load_backend(model, max_samples=inference.most_samples)
        style = get_style(model.prompt_style or self.model.prompt_style)
        self.merge_model = None
        if model.merge_model and model.merge_model != model.model:
            self.merge_model = load_backend(
                model, model=model.merge_model, max_samples=inference.most_samples
            )
        merge = self.merge_model or self.model
        self.pipeline = CSCPipeline(
            self.model.backend,
            model_name=model.model,
            prompt_style=style,
            config=inference,
            merge_backend=merge.backend,
            merge_style=get_style(model.prompt_style or merge.prompt_style),
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


# help(TextToSQL) and IDEs show every setting as a keyword, derived from the settings classes.
_own = [p for p in inspect.signature(TextToSQL.__init__).parameters.values() if p.kind != p.VAR_KEYWORD]
_derived = [p for p in keyword_parameters(*SETTINGS_CLASSES) if p.name not in {o.name for o in _own}]
TextToSQL.__init__.__signature__ = inspect.Signature([*_own, *_derived])
