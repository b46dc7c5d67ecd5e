"""Load on `slmsql serve` over loopback, bounded in count and time; prints the figures.

Scripted (default): the server runs as its own process with a scripted OpenAI-compatible model
server (tests/commands/sql_server.py, in this process), so the *server* is measured: C concurrent
clients send R requests, half POST /v1/ask and half POST /v1/sql. Errors, lost requests, latency
percentiles, requests per second and the server's resident memory after start-up and after the load.

Real (``--real qwen2.5-coder-0.5b``): the server loads the model once; Q demo questions go through
C clients; then the same questions with ``slmsql ask`` run one process per question (``--ask-runs``
of them; each loads the model again), for the warm-model saving.

    PYTHONPATH=src:. .venv/bin/python bench/serve_load.py   # scripted: 20 clients, 200 requests
    PYTHONPATH=src:. .venv/bin/python bench/serve_load.py --real qwen2.5-coder-0.5b --clients 4 --questions 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.commands.sql_server import ScriptedSQLServer  # noqa: E402

QUESTIONS = [
    "How many customers are there?",
    "How many customers live in Paris?",
    "How many customers are there in each country?",
    "Which five customers placed the most orders?",
    "What is the average unit price of products in each category?",
    "How many orders were cancelled?",
    "Which product is the most expensive?",
    "How many orders has each status?",
    "What is the total quantity sold of each product category?",
    "Which city has the most customers?",
    "How many products are in the Books category?",
    "How many orders were placed in 2023?",
    "Who are the customers from Germany?",
    "What is the total revenue of all order items?",
    "How many customers signed up in 2022?",
    "Which products were never ordered?",
    "What is the cheapest product in Electronics?",
    "How many distinct countries do customers come from?",
    "What is the largest quantity in a single order item?",
    "How many orders did customer 15 place?",
]
SQLS = [
    "SELECT country, count(*) FROM customers GROUP BY country ORDER BY 2 DESC",
    "SELECT c.city, count(o.order_id) FROM customers c JOIN orders o USING (customer_id) GROUP BY c.city",
    "SELECT p.category, sum(i.quantity * i.unit_price) FROM order_items i JOIN products p USING (product_id) "
    "GROUP BY p.category",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start_server(model_args: list[str], port: int, extra: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "slmsql.cli", "serve", "--port", str(port), *model_args, *extra]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read()}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 600 s")


def percentiles(values: list[float]) -> dict:
    values = sorted(values)
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return {"p50": q[49], "p95": q[94], "p99": q[98], "max": values[-1]}


async def drive(url: str, requests: list[tuple[str, dict]], clients: int, timeout: float) -> dict:
    queue: asyncio.Queue = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    latencies: dict[str, list[float]] = {"/v1/ask": [], "/v1/sql": []}
    statuses: dict[int, int] = {}
    failures: list[str] = []

    async def client(http: httpx.AsyncClient) -> None:
        while True:
            try:
                path, body = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.monotonic()
            try:
                response = await http.post(url + path, json=body)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                if response.status_code == 200:
                    data = response.json()
                    if path == "/v1/ask" and data.get("sql") is None:
                        failures.append(f"{path}: no SQL")
                    latencies[path].append(time.monotonic() - started)
                else:
                    failures.append(f"{path}: {response.status_code} {response.text[:120]}")
            except httpx.HTTPError as exc:
                failures.append(f"{path}: {type(exc).__name__}")

    started = time.monotonic()
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
        await asyncio.wait_for(asyncio.gather(*(client(http) for _ in range(clients))), timeout)
    wall = time.monotonic() - started
    done = sum(len(v) for v in latencies.values())
    return {
        "requests": len(requests),
        "answered_200": done,
        "lost": len(requests) - sum(statuses.values()) - sum("Error" in f for f in failures),
        "errors": len(failures),
        "failures": failures[:5],
        "statuses": statuses,
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(requests) / wall, 1),
        "latency_s": {
            k: {m: round(x, 4) for m, x in percentiles(v).items()} for k, v in latencies.items() if v
        },
        "all_latency_s": {
            m: round(x, 4)
            for m, x in percentiles([x for v in latencies.values() for x in v] or [0.0]).items()
        },
    }


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()


def scripted(args) -> dict:
    answers = {q: [SQLS[i % len(SQLS)]] for i, q in enumerate(QUESTIONS)}
    fake = ScriptedSQLServer(answers)
    port = free_port()
    model_args = ["--backend", "openai", "--base-url", fake.url, "--model", "fake", "-n", "4", "-m", "2"]
    server = ["--max-concurrent", str(args.max_concurrent), "--queue-size", str(args.requests)]
    proc = start_server(model_args, port, server)
    try:
        rss_start = rss_mib(proc.pid)
        requests = [
            ("/v1/ask", {"db": "demo", "question": QUESTIONS[i % len(QUESTIONS)]})
            if i % 2 == 0
            else ("/v1/sql", {"db": "demo", "sql": SQLS[i % len(SQLS)]})
            for i in range(args.requests)
        ]
        out = asyncio.run(drive(f"http://127.0.0.1:{port}", requests, args.clients, args.time_limit))
        out["rss_mib_after_start"] = round(rss_start, 1)
        out["rss_mib_after_load"] = round(rss_mib(proc.pid), 1)
        out["model_server_requests"] = len(fake.requests)
    finally:
        stop(proc)
        fake.close()
    return out


def real(args) -> dict:
    port = free_port()
    model_args = ["--model", args.real, "--mode", args.mode]
    if args.threads:
        model_args += ["--threads", str(args.threads)]
    started = time.monotonic()
    proc = start_server(model_args, port, ["--queue-size", str(args.questions)])
    out: dict = {"model": args.real, "mode": args.mode, "start_s": round(time.monotonic() - started, 1)}
    try:
        out["rss_mib_after_start"] = round(rss_mib(proc.pid), 1)
        questions = [QUESTIONS[i % len(QUESTIONS)] for i in range(args.questions)]
        requests = [("/v1/ask", {"db": "demo", "question": q}) for q in questions]
        out["served"] = asyncio.run(
            drive(f"http://127.0.0.1:{port}", requests, args.clients, args.time_limit)
        )
        out["rss_mib_after_load"] = round(rss_mib(proc.pid), 1)
    finally:
        stop(proc)
    print(json.dumps(out), file=sys.stderr, flush=True)  # the served figures, before the slow part
    times = []
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for q in questions[: args.ask_runs]:
        t = time.monotonic()
        cmd = [sys.executable, "-m", "slmsql.cli", "ask", "--db", "demo", q, "--json", *model_args]
        subprocess.run(cmd, env=env, capture_output=True, timeout=args.time_limit)
        times.append(time.monotonic() - t)
        print(f"slmsql ask: {times[-1]:.1f} s", file=sys.stderr, flush=True)
    if times:
        served = out["served"]["wall_s"] / args.questions
        out["slmsql_ask_s_per_question"] = round(statistics.mean(times), 2)
        out["ask_runs"] = len(times)
        out["served_wall_s_per_question"] = round(served, 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--max-concurrent", type=int, default=4, help="server generation slots (scripted)")
    parser.add_argument("--time-limit", type=float, default=600.0, help="seconds for the whole load")
    parser.add_argument("--real", help="a model name: measure it instead of the scripted backend")
    parser.add_argument("--mode", default="csc")
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--ask-runs", type=int, default=5, help="slmsql ask runs to compare (real)")
    parser.add_argument("--threads", type=int, help="llama.cpp threads of the real model (default: all)")
    args = parser.parse_args()
    out = real(args) if args.real else scripted(args)
    out["clients"] = args.clients
    out["cpus"] = os.cpu_count()
    out["load_average"] = os.getloadavg()
    print(json.dumps(out, indent=2))
    if (out.get("errors") or out.get("served", {}).get("errors")) or out.get("lost"):
        sys.exit(1)


if __name__ == "__main__":
    main()
