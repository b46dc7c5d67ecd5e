"""The HTTP API and the web page: ``create_app(settings, engine, catalog)``.

Routes: ``POST /v1/ask`` (the JSON object ``slmsql ask --json`` prints), ``POST /v1/ask/stream``
(the same answer after progress events, as server-sent events), ``GET /v1/databases``,
``GET /v1/databases/{name}/schema``, ``POST /v1/sql`` (read-only, row-capped), ``GET /health``,
``/openapi.json`` and ``/docs``, and the page at ``/``. Questions wait behind the generation gate;
SQL requests and schema look-ups do not.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from importlib import resources
from typing import Annotated, Literal

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import FileResponse, StreamingResponse
from starlette.staticfiles import StaticFiles

from slmsql.db.execute import ErrorClass, execute_sql
from slmsql.errors import SlmsqlError
from slmsql.inference.config import MODES
from slmsql.server.catalog import Catalog
from slmsql.server.engine import Engine
from slmsql.server.errors import APIError, SafeJSONResponse, encode, error_response, input_status
from slmsql.server.gate import DeadlineExceeded, Gate, QueueFull
from slmsql.server.guard import Guard
from slmsql.server.settings import ServerSettings

STATIC = resources.files("slmsql") / "server" / "static"
# A comment line sent while nothing else happens, so proxies keep the stream open.
KEEPALIVE_S = 10.0


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AskRequest(_Request):
    db: StrictStr = Field(description="A database name from GET /v1/databases.")
    question: StrictStr
    evidence: StrictStr = Field("", description="External knowledge (BIRD's evidence).")
    mode: Literal[MODES] | None = None  # type: ignore[valid-type]
    n: Annotated[StrictInt, Field(ge=1)] | None = None
    seed: Annotated[StrictInt, Field(ge=0)] | None = None


class SQLRequest(_Request):
    db: StrictStr
    sql: StrictStr
    max_rows: Annotated[StrictInt, Field(ge=1)] | None = None


def _validation_message(exc: RequestValidationError) -> tuple[str, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return "invalid_json", "the request body is not valid JSON"
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "invalid_request", "; ".join(parts)


def _check_text(value: str, what: str, limit: int, required: bool = True) -> str:
    if required and not value.strip():
        raise APIError(422, f"empty_{what}", f"the {what} is empty")
    if len(value) > limit:
        raise APIError(
            413, f"{what}_too_long", f"the {what} has {len(value)} characters; the limit is {limit}"
        )
    if "\x00" in value:
        raise APIError(422, f"bad_{what}", f"the {what} contains a NUL character")
    return value


def create_app(settings: ServerSettings, engine: Engine | None, catalog: Catalog) -> FastAPI:
    """The app. ``engine`` None serves schemas and SQL only (questions answer 503)."""
    gate = Gate(settings.max_concurrent, settings.queue_size)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        yield
        gate.close()

    app = FastAPI(
        title="slmsql",
        summary="Text-to-SQL with small language models: ask questions over SQLite databases.",
        version="0.1.0",
        lifespan=lifespan,
        default_response_class=SafeJSONResponse,
    )
    app.state.settings, app.state.engine, app.state.catalog, app.state.gate = settings, engine, catalog, gate

    @app.exception_handler(APIError)
    async def _api_error(_r, exc: APIError):
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(SlmsqlError)
    async def _input_error(_r, exc: SlmsqlError):
        return error_response(input_status(exc.code), exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_r, exc: RequestValidationError):
        code, message = _validation_message(exc)
        return error_response(400 if code == "invalid_json" else 422, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_r, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(_r, exc: Exception):
        return error_response(500, "internal_error", f"internal error: {type(exc).__name__}")

    def need_engine() -> Engine:
        if engine is None:
            raise APIError(503, "no_model", "this server has no model loaded")
        return engine

    def prepare(body: AskRequest):
        eng = need_engine()
        db = catalog.path(body.db)
        _check_text(body.question, "question", settings.max_question_chars)
        _check_text(body.evidence, "evidence", settings.max_question_chars, required=False)
        config = eng.config_for(body.mode, body.n, body.seed)
        return eng, db, config

    def admit() -> float:
        try:
            gate.admit()
        except QueueFull as full:
            raise APIError(
                503,
                "queue_full",
                f"{gate.admitted} questions are queued or running; retry later",
                headers={"Retry-After": str(full.retry_after_s)},
            ) from None
        return time.monotonic() + settings.deadline_s

    @app.get("/health", tags=["server"])
    async def health():
        return {
            "status": "ok",
            "model": engine.model_name if engine else None,
            "databases": len(catalog.databases),
            "running": gate.running,
            "waiting": gate.waiting,
        }

    @app.get("/v1/databases", tags=["databases"])
    async def databases():
        return {"databases": await run_in_threadpool(catalog.listing)}

    @app.get("/v1/databases/{name}/schema", tags=["databases"])
    async def schema(name: str):
        catalog.path(name)
        return await run_in_threadpool(catalog.describe, name)

    @app.post("/v1/sql", tags=["sql"])
    async def run_sql(body: SQLRequest):
        db = catalog.path(body.db)
        _check_text(body.sql, "sql", settings.max_sql_chars)
        rows = min(body.max_rows or settings.sql_max_rows, settings.sql_max_rows)
        result = await run_in_threadpool(
            execute_sql, db, body.sql, timeout_s=settings.sql_timeout_s, max_rows=rows
        )
        if not result.ok:
            status = 403 if result.error is ErrorClass.REFUSED else 422
            raise APIError(status, f"sql_{result.error.value}", result.message)
        return {
            "sql": result.sql,
            "columns": list(result.columns),
            "rows": [list(r) for r in result.rows],
            "truncated": result.truncated,
            "elapsed_s": round(result.elapsed_s, 4),
        }

    @app.post("/v1/ask", tags=["ask"])
    async def ask(body: AskRequest):
        eng, db, config = prepare(body)
        deadline = admit()
        try:
            answer = await gate.run(
                lambda: eng.answer(db, body.question, body.evidence, config=config, db_id=body.db),
                deadline,
                settings.deadline_s,
            )
        except DeadlineExceeded as exc:
            raise APIError(504, "deadline_exceeded", str(exc)) from None
        return answer.to_json()

    @app.post("/v1/ask/stream", tags=["ask"], response_class=StreamingResponse)
    async def ask_stream(body: AskRequest):
        """Server-sent events: ``queued``, ``started``, ``sampling``, ``sampled``, ``executing``,
        ``executed``, ``voting``, ``merging``, ``merged`` (csc), then ``answer`` (the JSON of
        /v1/ask) or ``error`` ({code, message}). ``sampling`` and ``merging`` repeat while the
        model writes, ``{"n", "tokens"}`` with the tokens generated so far (never decreasing)."""
        eng, db, config = prepare(body)
        deadline = admit()
        ahead = gate.waiting - 1  # questions admitted before this one and not yet running
        return StreamingResponse(
            _events(eng, db, body, config, deadline, ahead),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _events(eng, db, body, config, deadline, ahead):
        loop = asyncio.get_running_loop()
        events: asyncio.Queue = asyncio.Queue()

        def report(event: str, data: dict) -> None:
            loop.call_soon_threadsafe(events.put_nowait, (event, data))

        def work():
            report("started", {})
            return eng.answer(db, body.question, body.evidence, config=config, db_id=body.db, progress=report)

        task = asyncio.ensure_future(gate.run(work, deadline, settings.deadline_s))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # retrieved even if abandoned
        yield _sse("queued", {"position": ahead, "running": gate.running})
        while True:
            getter = asyncio.ensure_future(events.get())
            done, _ = await asyncio.wait(
                {getter, task}, timeout=KEEPALIVE_S, return_when=asyncio.FIRST_COMPLETED
            )
            if getter in done:
                event, data = getter.result()
                yield _sse(event, data)
                continue
            getter.cancel()
            if task in done:
                break
            yield b": keep-alive\n\n"
        while not events.empty():
            event, data = events.get_nowait()
            yield _sse(event, data)
        exc = task.exception()
        if exc is None:
            yield _sse("answer", task.result().to_json())
        elif isinstance(exc, DeadlineExceeded):
            yield _sse("error", {"code": "deadline_exceeded", "message": str(exc)})
        elif isinstance(exc, SlmsqlError):
            yield _sse("error", {"code": exc.code, "message": exc.message})
        else:
            yield _sse(
                "error", {"code": "internal_error", "message": f"internal error: {type(exc).__name__}"}
            )

    @app.get("/", include_in_schema=False)
    async def page():
        return FileResponse(str(STATIC / "index.html"), media_type="text/html")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    app.add_middleware(Guard, max_body_bytes=settings.max_body_bytes, server_key=settings.server_key)
    origins = settings.origins()
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        )
    return app


def _sse(event: str, data: dict) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + encode(data) + b"\n\n"
