"""Progress as server-sent events on /v1/ask/stream: the stages in order, then the answer."""

from __future__ import annotations

import json

import httpx

from slmsql.db.schema_source import SchemaSource
from slmsql.inference.config import InferenceConfig
from slmsql.inference.csc import CSCPipeline
from slmsql.models.base import Backend, Completion, GenerationOutput, TokenProgress
from slmsql.prompts.styles import get_style
from slmsql.server.engine import Engine
from tests.server.conftest import LYON, PARIS

# The OpenAI-compatible backend reports a reply's tokens when the reply arrives: one more
# ``sampling`` (and ``merging``) event, with the tokens, before ``sampled``.
UNTIL_VOTE = ["queued", "started", "sampling", "sampling", "sampled", "executing", "executed", "voting"]


def read_events(live, body) -> list[tuple[str, dict]]:
    events = []
    with httpx.stream("POST", live.url + "/v1/ask/stream", json=body, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        event = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                events.append((event, json.loads(line[6:])))
    return events


def test_events_of_a_merged_answer_come_in_pipeline_order(start):
    live = start()
    events = read_events(live, {"db": "demo", "question": "How many customers live in Paris?"})
    names = [e for e, _ in events]
    assert names == [*UNTIL_VOTE, "merging", "merging", "merged", "executing", "executed", "answer"]
    data = dict(events)
    assert data["queued"]["position"] == 0
    assert data["sampling"]["n"] == 4 and data["merging"]["n"] == 2
    assert data["sampled"]["tokens"] > 0
    assert [d["tokens"] for e, d in events if e == "sampling"] == [0, data["sampled"]["tokens"]]
    assert [d["tokens"] for e, d in events if e == "merging"] == [0, data["merged"]["tokens"]]
    answer = events[-1][1]
    assert answer["merged"] is True and answer["sql"] == PARIS
    direct = httpx.post(
        live.url + "/v1/ask", json={"db": "demo", "question": "How many customers live in Paris?"}
    )
    assert set(direct.json()) == set(answer)


def test_events_of_a_clear_vote_have_no_merge(start):
    live = start()
    events = read_events(live, {"db": "demo", "question": "How many customers are there?", "mode": "sc"})
    assert [e for e, _ in events] == [*UNTIL_VOTE, "answer"]
    assert events[-1][1]["rows"] == [[60]]


def test_a_generation_error_arrives_as_an_error_event(start, fake_llm):
    live = start()
    fake_llm.close()  # the model server goes away after the request was accepted
    events = read_events(live, {"db": "demo", "question": "How many customers are there?"})
    assert events[-1] == ("error", {"code": "server_unreachable", "message": events[-1][1]["message"]})
    assert "cannot connect" in events[-1][1]["message"]
    direct = httpx.post(
        live.url + "/v1/ask", json={"db": "demo", "question": "How many customers are there?"}
    )
    assert direct.status_code == 502 and direct.json()["error"]["code"] == "server_unreachable"


class TickingBackend(Backend):
    """Scripted answers, generated a word a time: each word is a token reported to
    ``params.on_tokens`` (no throttle), as a backend that streams would."""

    name = "ticking"

    def __init__(self, *scripts: list[str]) -> None:
        self.scripts = list(scripts)

    def render(self, prompt):
        return ""

    def generate(self, prompt, params):
        texts = self.scripts.pop(0)
        assert len(texts) == params.n
        progress = TokenProgress(params.on_tokens, interval_s=0.0)
        for text in texts:
            for _word in text.split():
                progress.add()
        completions = tuple(Completion(t, "stop", len(t.split())) for t in texts)
        progress.finish(sum(c.tokens for c in completions))
        return GenerationOutput(completions, 10, 10, 0.0, 0.0)


def ticking_engine(backend: TickingBackend) -> Engine:
    pipeline = CSCPipeline(
        backend,
        model_name="ticking",
        prompt_style=get_style("direct"),
        config=InferenceConfig(mode="csc", n=4, m=2, early_stop=True),
        schema_source=SchemaSource(),
    )
    return Engine(pipeline)


def test_token_counts_stream_while_sampling_and_merging(start):
    # early stop: two sampling calls (their halves disagree), then the merge revision
    backend = TickingBackend([PARIS, LYON], [LYON, PARIS], [PARIS, PARIS])
    live = start(engine=ticking_engine(backend))
    events = read_events(live, {"db": "demo", "question": "How many customers live in Paris?"})
    names = [e for e, _ in events]
    assert names[:2] == ["queued", "started"] and names[-1] == "answer"
    sampling = [d["tokens"] for e, d in events if e == "sampling"]
    words = [len(s.split()) for s in (PARIS, LYON)]
    # each call starts with one event, then one per token; counts add up over both calls
    assert len(sampling) == 2 + 2 * sum(words)
    assert sampling == sorted(sampling) and sampling[0] == 0 and sampling[-1] == 2 * sum(words)
    # all tokens of the first call are reported before it ends (sampled), the rest after
    first_sampled = names.index("sampled")
    assert names[2 : first_sampled + 1] == ["sampling"] * (1 + sum(words)) + ["sampled"]
    assert events[first_sampled - 1][1]["tokens"] == events[first_sampled][1]["tokens"] == sum(words)
    assert names.index("executing") > first_sampled
    # the tokens events come between the start and the first execution of each call
    last_sampling = max(i for i, e in enumerate(names) if e == "sampling")
    assert last_sampling < names.index("voting") and names[last_sampling + 1] == "sampled"
    merging = [(i, d["tokens"]) for i, (e, d) in enumerate(events) if e == "merging"]
    assert [t for _, t in merging] == list(range(2 * words[0] + 1))
    assert merging[0][0] > names.index("voting") and names[merging[-1][0] + 1] == "merged"
    answer = events[-1][1]
    assert answer["merged"] is True and answer["sql"] == PARIS and answer["rows"]
