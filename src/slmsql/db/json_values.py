"""Query values as plain JSON data, valid whatever the database returned (RFC 8259).

A value that plain JSON cannot hold becomes an object naming its encoding: ``{"base64": ...,
"bytes": n}`` for a blob, ``{"float": "NaN"}`` (or ``"Infinity"``, ``"-Infinity"``) for a non-finite
float, and a text or blob cut to :data:`JSON_MAX_CHARS` carries ``"truncated": true`` with its full
length. Every JSON writer (``ask --json``, ``predict`` rows, the HTTP API, MCP) uses this one form.
"""

from __future__ import annotations

import base64
import math
from typing import Any

# JSON keeps this many characters of a text (or bytes of a blob).
JSON_MAX_CHARS = 100_000


def _json_text(value: str) -> Any:
    if len(value) <= JSON_MAX_CHARS:
        return value
    return {"text": value[:JSON_MAX_CHARS], "chars": len(value), "truncated": True}


def _json_bytes(value: bytes) -> dict:
    shown = {"base64": base64.b64encode(value[:JSON_MAX_CHARS]).decode("ascii"), "bytes": len(value)}
    if len(value) > JSON_MAX_CHARS:
        shown["truncated"] = True
    return shown


def jsonable(value: Any) -> Any:
    """``value`` (a query value, or a dict/list/tuple holding them) as plain JSON data: blobs as
    base64 objects, non-finite floats as ``{"float": ...}``, texts cut at :data:`JSON_MAX_CHARS`."""
    if isinstance(value, str):
        return _json_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return {"float": "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _json_bytes(bytes(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value
