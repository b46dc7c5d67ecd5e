"""`slmsql mcp` over stdio, driven by the MCP SDK's own client: list the tools, call each, read the
schema resource, and see a write through run_sql refused with a clear message."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import anyio
import pytest
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

import slmsql
from tests.server.conftest import PARIS


def _server(fake_llm) -> StdioServerParameters:
    env = {
        "PYTHONPATH": str(Path(slmsql.__file__).parents[1]),
        "SLMSQL_HOME": os.environ["SLMSQL_HOME"],
    }
    args = ["-m", "slmsql.cli", "mcp", "--db", "demo", "--backend", "openai", "--base-url", fake_llm.url]
    args += ["--model", "fake", "-n", "4", "-m", "2"]
    return StdioServerParameters(command=sys.executable, args=args, env=env)


def _data(result) -> dict | list:
    if result.structured_content is not None:
        content = result.structured_content
        return content.get("result", content) if set(content) == {"result"} else content
    return json.loads(result.content[0].text)


async def _session_run(fake_llm) -> dict:
    out: dict = {}
    async with stdio_client(_server(fake_llm)) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            out["tools"] = sorted(t.name for t in (await session.list_tools()).tools)
            out["databases"] = _data(await session.call_tool("list_databases", {}))
            out["schema"] = _data(await session.call_tool("describe_schema", {"db": "demo"}))
            out["ask"] = _data(
                await session.call_tool(
                    "ask", {"db": "demo", "question": "How many customers live in Paris?"}
                )
            )
            out["sql"] = _data(
                await session.call_tool("run_sql", {"db": "demo", "sql": "SELECT count(*) FROM customers"})
            )
            out["write"] = await session.call_tool("run_sql", {"db": "demo", "sql": "DELETE FROM customers"})
            out["unknown"] = await session.call_tool("describe_schema", {"db": "nope"})
            out["empty"] = await session.call_tool("ask", {"db": "demo", "question": " "})
            templates = await session.list_resource_templates()
            out["templates"] = [t.uri_template for t in templates.resource_templates]
            resource = await session.read_resource("schema://demo")
            out["resource"] = resource.contents[0].text
    return out


@pytest.mark.timeout(120)
def test_mcp_over_stdio_with_the_sdk_client(fake_llm):
    out = anyio.run(_session_run, fake_llm)
    assert out["tools"] == ["ask", "describe_schema", "list_databases", "run_sql"]
    assert [d["name"] for d in out["databases"]] == ["demo"]
    assert "CREATE TABLE" in out["schema"]["prompt_schema"]
    assert out["ask"]["sql"] == PARIS and out["ask"]["merged"] is True and "vote_summary" in out["ask"]
    assert out["sql"]["rows"] == [[60]]
    write = out["write"]
    assert write.is_error and "refused" in write.content[0].text
    assert out["unknown"].is_error and "unknown database 'nope'" in out["unknown"].content[0].text
    assert out["empty"].is_error and "question is empty" in out["empty"].content[0].text
    assert out["templates"] == ["schema://{db}"]
    assert "CREATE TABLE" in out["resource"]
    assert fake_llm.requests, "ask went through the model server"
