"""slmsql: text-to-SQL with small language models (SLM-SQL / CSC-SQL) on a laptop CPU."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["TextToSQL", "__version__"]


def __getattr__(name: str):
    # Imported lazily so that `import slmsql` stays cheap for the database and evaluation layers.
    if name == "TextToSQL":
        from slmsql.inference.api import TextToSQL

        return TextToSQL
    raise AttributeError(name)
