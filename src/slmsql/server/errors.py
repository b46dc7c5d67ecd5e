"""Every failure of the HTTP API as ``{"error": {"code", "message"}}`` with a 4xx (or 5xx) status,
and the JSON encoding of answers (blobs, non-finite floats: as `slmsql ask --json` writes them)."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse, Response

from slmsql.db.json_values import jsonable

# Input error codes that mean "no such thing" rather than "bad request".
NOT_FOUND_CODES = {"unknown_db"}


class APIError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, " ".join(message.split()), headers


def encode(obj: Any) -> bytes:
    return json.dumps(jsonable(obj), ensure_ascii=True, allow_nan=False, default=str).encode()


class SafeJSONResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return encode(content)


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return SafeJSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status, headers=headers
    )


def input_status(code: str) -> int:
    """404 for an unknown name, 502 when the model server failed (codes ``server_*``), else 422."""
    if code in NOT_FOUND_CODES:
        return 404
    return 502 if code.startswith("server_") else 422
