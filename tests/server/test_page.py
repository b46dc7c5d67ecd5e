"""The web page in a real browser (headless Debian chromium driven by playwright): ask a question,
see the progress, SQL, table, votes and chart; run an edited SQL; see a write refused.

``SLMSQL_SCREENSHOT=docs/serve_page.png`` also saves a screenshot of the answered page."""

from __future__ import annotations

import os
import re
import shutil

import httpx
import pytest

from tests.server.conftest import BY_COUNTRY

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"
)


@pytest.fixture
def live(start):
    live = start()
    # The query pool forks its workers on first use: fork them before the browser driver starts, or
    # they inherit its pipe and the driver never sees it close.
    body = {"db": "demo", "question": "How many customers are there?", "mode": "greedy"}
    assert httpx.post(live.url + "/v1/ask", json=body, timeout=30).status_code == 200
    return live


@pytest.fixture
def browser(live):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.mark.timeout(180)
def test_page_asks_shows_and_reruns_read_only(live, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(live.url + "/")
    page.wait_for_selector("#db option[value=demo]", state="attached")
    page.wait_for_selector("#schema details summary")
    assert "customers" in page.inner_text("#schema")

    page.fill("#question", "How many customers per country?")
    page.fill("#evidence", "country is the customer's country")
    page.click("#ask")
    page.wait_for_selector("#answer:not([hidden])")
    assert "GROUP BY" in page.inner_text("#sql")
    assert page.locator("#sql span.kw").count() >= 4  # highlighted
    assert "4 candidates, 4 executed, result groups 4" in page.inner_text("#votes")
    assert page.locator("#table tbody tr").count() > 3
    assert page.locator("#result-chart rect").count() == page.locator("#table tbody tr").count()
    events = page.eval_on_selector_all("#progress li", "els => els.map(e => e.dataset.event)")
    assert events[0] == "queued" and "sampling" in events and "voting" in events and events[-1] == "answer"
    # the sampling line is updated in place with the tokens generated so far
    assert events.count("sampling") == 1
    assert re.fullmatch(r"sampling 4… [1-9]\d* tokens", page.inner_text("#progress li[data-event=sampling]"))
    assert "How many customers per country?" in page.inner_text("#history")
    assert page.input_value("#edit") == BY_COUNTRY
    page.click("#candidates-box summary")
    assert "group 1: 4 votes" in page.inner_text("#candidates")
    if os.environ.get("SLMSQL_SCREENSHOT"):
        page.screenshot(path=os.environ["SLMSQL_SCREENSHOT"], full_page=True)

    page.fill("#edit", "SELECT city, count(*) FROM customers WHERE city = 'Paris' GROUP BY city")
    page.click("#run")
    page.wait_for_selector("#run-table tbody tr")
    assert "Paris" in page.inner_text("#run-table")

    page.fill("#edit", "DELETE FROM customers")
    page.click("#run")
    page.wait_for_selector("#run-error:not([hidden])")
    assert "sql_refused" in page.inner_text("#run-error") and "refused" in page.inner_text("#run-error")
    assert not errors, errors
