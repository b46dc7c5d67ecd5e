"""Progress as server-sent events on /v1/ask/stream: the stages in order, then the answer."""

from __future__ import annotations

import json

import httpx

from tests.server.conftest import PARIS

UNTIL_VOTE = ["queued", "started", "sampling", "sampled", "executing", "executed", "voting"]


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
    assert names == [*UNTIL_VOTE, "merging", "merged", "executing", "executed", "answer"]
    data = dict(events)
    assert data["queued"]["position"] == 0
    assert data["sampling"]["n"] == 4 and data["merging"]["n"] == 2
    assert data["sampled"]["tokens"] > 0
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
