"""A fake OpenAI-compatible chat server that answers text-to-SQL prompts from a script.

It lets the CLI run end to end (model loading, prompting, sampling, execution, voting, merge,
output) without a language model: each question maps to the list of answers its samples give.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_QUESTION = re.compile(r"Question:\n(.+?)\n\n", re.S)  # evidence lines, then the question


class ScriptedSQLServer:
    """``answers[question]`` is a list of SQL texts handed out in turn (cycling); merge prompts get
    ``merge_answer``."""

    def __init__(self, answers: dict[str, list[str]], merge_answer: str = "SELECT 1") -> None:
        self.answers = answers
        self.merge_answer = merge_answer
        self.requests: list[dict] = []
        self._turns: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                data = json.dumps(server.reply(body)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()

    def _next(self, question: str) -> str:
        options = self.answers.get(question, ["SELECT 'unknown question'"])
        turn = self._turns.get(question, 0)
        self._turns[question] = turn + 1
        return options[turn % len(options)]

    def reply(self, body: dict) -> dict:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        n = body.get("n", 1)
        if "Draft 1 SQL" in user:
            texts = [self.merge_answer] * n
        else:
            question = _QUESTION.search(user).group(1).strip().splitlines()[-1]
            texts = [self._next(question) for _ in range(n)]
        choices = [
            {"index": i, "message": {"role": "assistant", "content": t + "\n```"}, "finish_reason": "stop"}
            for i, t in enumerate(texts)
        ]
        return {"choices": choices, "usage": {"prompt_tokens": 50, "completion_tokens": 5 * n}}

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
