"""`slmsql serve` and `slmsql mcp --transport http` as commands: started on a free port, answering,
stopped cleanly by SIGINT/SIGTERM; bad options fail with one line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio
import httpx
import pytest

import slmsql


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(*args: str, env_extra: dict | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(slmsql.__file__).parents[1]), **(env_extra or {})}
    env.pop("SLMSQL_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "slmsql.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_up(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read()}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("the server did not come up")


def stop(proc: subprocess.Popen, sig=signal.SIGINT) -> tuple[int, str]:
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err


def model_args(fake_llm) -> list[str]:
    return ["--backend", "openai", "--base-url", fake_llm.url, "--model", "fake", "-n", "3"]


@pytest.mark.timeout(120)
def test_serve_starts_answers_and_stops_cleanly(fake_llm, tmp_path):
    port = free_port()
    config = tmp_path / "server.yaml"
    config.write_text("max_question_chars: 40\nqueue_size: 2\n")
    proc = launch(
        "serve",
        "--port",
        str(port),
        "--config",
        str(config),
        *model_args(fake_llm),
        env_extra={"SLMSQL_SERVER_KEY": "k3y"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_up(url + "/health", proc)
        auth = {"Authorization": "Bearer k3y"}
        assert httpx.get(url + "/v1/databases").status_code == 401
        body = {"db": "demo", "question": "How many customers are there?"}
        data = httpx.post(url + "/v1/ask", json=body, headers=auth, timeout=30).json()
        assert data["rows"] == [[60]] and len(data["candidates"]) == 3
        long = {"db": "demo", "question": "x" * 41}
        assert httpx.post(url + "/v1/ask", json=long, headers=auth).status_code == 413  # from the YAML
    finally:
        code, err = stop(proc)
    assert code == 0, err
    assert "Traceback" not in err


def test_serve_bad_database_is_one_line(fake_llm):
    proc = launch(
        "serve", "--db", "shop=/nonexistent/x.sqlite", "--port", str(free_port()), *model_args(fake_llm)
    )
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and err.startswith("error: ") and len(err.strip().splitlines()) == 1


async def _mcp_http_tools(url: str) -> list[str]:
    from mcp.client.session import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    async with streamable_http_client(url) as streams:
        async with ClientSession(streams[0], streams[1]) as session:
            await session.initialize()
            result = await session.call_tool(
                "run_sql", {"db": "demo", "sql": "SELECT count(*) FROM customers"}
            )
            assert not result.is_error, result.content
            return sorted(t.name for t in (await session.list_tools()).tools)


@pytest.mark.timeout(120)
def test_mcp_over_streamable_http(fake_llm):
    port = free_port()
    proc = launch("mcp", "--transport", "http", "--port", str(port), *model_args(fake_llm))
    try:
        wait_up(f"http://127.0.0.1:{port}/health-not-there", proc)
        tools = anyio.run(_mcp_http_tools, f"http://127.0.0.1:{port}/mcp")
        assert tools == ["ask", "describe_schema", "list_databases", "run_sql"]
    finally:
        code, err = stop(proc, signal.SIGTERM)
    assert code in (0, -signal.SIGTERM), err
    assert "Traceback" not in err
