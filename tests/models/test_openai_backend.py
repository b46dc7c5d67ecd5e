"""The OpenAI-compatible backend against a small fake server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from slmsql.errors import InputError
from slmsql.models.backends.openai_http import OpenAIBackend
from slmsql.models.base import ChatPrompt, SamplingParams

PROMPT = ChatPrompt(messages=({"role": "system", "content": "sys"}, {"role": "user", "content": "q?"}))


class FakeServer:
    """Answers chat completions; ``mode`` picks the server's quirk."""

    def __init__(self, mode: str = "full") -> None:
        self.mode = mode
        self.bodies: list[dict] = []
        self.headers: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.bodies.append(body)
                server.headers.append(dict(self.headers))
                status, reply = server.reply(self.path, body)
                data = json.dumps(reply).encode() if not isinstance(reply, bytes) else reply
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def reply(self, path: str, body: dict):
        if path != "/v1/chat/completions":
            return 404, {"error": "no route"}
        if self.mode == "broken":
            return 500, {"error": "model exploded"}
        if self.mode == "notjson":
            return 200, b"<html>"
        n = body.get("n", 1)
        if self.mode == "rejects_n" and n > 1:
            return 400, {"error": {"message": "Only one completion choice is allowed"}}
        if self.mode in ("ignores_n", "rejects_n"):
            n = 1
        prefill = body["messages"][-1]["content"] if body["messages"][-1]["role"] == "assistant" else ""
        echo = prefill if self.mode == "echo" else ""
        choices = [
            {
                "index": i,
                "message": {"role": "assistant", "content": f"{echo}SELECT {body['seed']}_{i}"},
                "finish_reason": "length" if i == 1 else "stop",
            }
            for i in range(n)
        ]
        usage = {
            "prompt_tokens": 20,
            "completion_tokens": 6 * n,
            "prompt_tokens_details": {"cached_tokens": 8},
        }
        return 200, {"choices": choices, "usage": usage}

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(request):
    fake = FakeServer(getattr(request, "param", "full"))
    yield fake
    fake.close()


def test_request_body_and_parsing(server):
    backend = OpenAIBackend(server.url, "qwen", api_key="sekrit")
    params = SamplingParams(n=3, temperature=0.8, top_p=0.95, max_tokens=64, stop=("```",), seed=7)
    out = backend.generate(ChatPrompt(PROMPT.messages, prefill="```sql\n"), params)
    [body] = server.bodies
    assert body["model"] == "qwen" and body["n"] == 3 and body["seed"] == 7
    assert body["temperature"] == 0.8 and body["top_p"] == 0.95 and body["max_tokens"] == 64
    assert body["stop"] == ["```"]
    assert body["messages"][:2] == list(PROMPT.messages)
    assert body["messages"][-1] == {"role": "assistant", "content": "```sql\n"}
    assert server.headers[0]["Authorization"] == "Bearer sekrit"
    assert [c.text for c in out.completions] == ["SELECT 7_0", "SELECT 7_1", "SELECT 7_2"]
    assert [c.finish_reason for c in out.completions] == ["stop", "length", "stop"]
    assert all(c.tokens == 6 for c in out.completions) and out.generated_tokens == 18
    assert out.prompt_tokens == 20 and out.prompt_tokens_evaluated == 12
    backend.close()


def test_no_prefill_no_assistant_message_and_v1_base_url(server):
    backend = OpenAIBackend(server.url + "/v1/", "m")
    backend.generate(PROMPT, SamplingParams(n=1))
    body = server.bodies[0]
    assert body["messages"][-1]["role"] == "user" and "stop" not in body
    assert "Authorization" not in server.headers[0]


@pytest.mark.parametrize("server", ["ignores_n"], indirect=True)
def test_server_ignoring_n_is_asked_again_with_new_seeds(server):
    seen: list[int] = []
    params = SamplingParams(n=3, temperature=0.8, seed=10, on_tokens=seen.append)
    out = OpenAIBackend(server.url, "m").generate(PROMPT, params)
    assert len(out.completions) == 3 and len(server.bodies) == 3
    assert [b["n"] for b in server.bodies] == [3, 2, 1]
    assert len({c.text for c in out.completions}) == 3  # different seeds, different samples
    # tokens are reported as replies arrive (throttled), the total always at the end
    assert seen == sorted(seen) and seen[-1] == out.generated_tokens == 18


@pytest.mark.parametrize("server", ["rejects_n"], indirect=True)
def test_server_rejecting_n_falls_back_to_single_requests(server):
    out = OpenAIBackend(server.url, "m").generate(PROMPT, SamplingParams(n=2, temperature=0.8))
    assert len(out.completions) == 2
    assert [b["n"] for b in server.bodies] == [2, 1, 1]


@pytest.mark.parametrize("server", ["echo"], indirect=True)
def test_echoed_prefill_is_stripped(server):
    out = OpenAIBackend(server.url, "m").generate(
        ChatPrompt(PROMPT.messages, prefill="```sql\n"), SamplingParams()
    )
    assert out.completions[0].text == "SELECT 0_0"


@pytest.mark.parametrize("server", ["broken"], indirect=True)
def test_http_error_is_one_clear_line(server):
    with pytest.raises(InputError) as info:
        OpenAIBackend(server.url, "m").generate(PROMPT, SamplingParams())
    assert "HTTP 500" in str(info.value) and server.url in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("server", ["notjson"], indirect=True)
def test_non_json_reply(server):
    with pytest.raises(InputError, match="not JSON"):
        OpenAIBackend(server.url, "m").generate(PROMPT, SamplingParams())


def test_connection_refused_names_the_url():
    with socket.socket() as sock:  # a port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(InputError) as info:
        OpenAIBackend(url, "m", timeout=5).generate(PROMPT, SamplingParams())
    assert url in str(info.value) and "cannot connect" in str(info.value)


def test_bad_construction():
    with pytest.raises(InputError, match="server URL"):
        OpenAIBackend("", "m")
    with pytest.raises(InputError, match="model name"):
        OpenAIBackend("http://127.0.0.1:1", " ")


def test_render_shows_messages_and_prefill():
    text = OpenAIBackend("http://127.0.0.1:1", "m").render(ChatPrompt(PROMPT.messages, prefill="```sql"))
    assert "q?" in text and "sys" in text and text.endswith("```sql")
