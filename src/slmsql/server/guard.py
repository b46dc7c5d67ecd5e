"""ASGI middleware in front of every route: the request body size limit and the API key.

The body is read here, at most ``max_body_bytes`` + 1 bytes, and replayed to the app, so a large
or endless body is refused with 413 before anything parses it. The key is compared in constant time
(``hmac.compare_digest``) and required on ``/v1/`` and ``/mcp`` paths; the page, its files, the
health check and the OpenAPI document stay open (the page asks for the key and sends it).
"""

from __future__ import annotations

import hmac

from slmsql.server.errors import error_response

PROTECTED = ("/v1/", "/mcp")


def _header(scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value
    return None


def presented_key(scope) -> bytes | None:
    auth = _header(scope, b"authorization")
    if auth is not None and auth[:7].lower() == b"bearer ":
        return auth[7:].strip()
    return _header(scope, b"x-api-key")


class Guard:
    def __init__(self, app, *, max_body_bytes: int, server_key: str | None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.key = server_key.encode() if server_key else None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.key is not None and scope["path"].startswith(PROTECTED) and scope["method"] != "OPTIONS":
            given = presented_key(scope)
            if given is None or not hmac.compare_digest(given, self.key):
                code, what = (
                    ("missing_api_key", "an API key is required")
                    if given is None
                    else ("bad_api_key", "the API key is not valid")
                )
                response = error_response(
                    401,
                    code,
                    f"{what}: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
                    headers={"WWW-Authenticate": "Bearer"},
                )
                return await response(scope, receive, send)
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
            return await self._too_large(scope, receive, send)
        if scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE") or scope["path"].startswith("/mcp"):
            return await self.app(scope, receive, send)
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_body_bytes:
                return await self._too_large(scope, receive, send)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _too_large(self, scope, receive, send):
        response = error_response(
            413, "body_too_large", f"the request body is larger than {self.max_body_bytes} bytes"
        )
        return await response(scope, receive, send)
