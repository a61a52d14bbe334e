"""The web UI in a real browser: Debian's Chromium driven by Playwright, against a live server on
127.0.0.1 serving the sample corpus database (scripts/services/chromium.sh installs the browser)."""
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (scripts/services/chromium.sh)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    import uvicorn

    from titfortat.web.app import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(str(web_db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("pageerror", lambda exc: pg.problems.append(f"page error: {exc}"))
    pg.on("console", lambda msg: pg.problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    pg.on("dialog", lambda dialog: (pg.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    context.close()


def test_browser_search_to_dyad_to_event(server, page, tmp_path):
    page.goto(server + "/")
    assert int(page.locator("#total").inner_text()) > 200
    page.fill("input[name=source]", "RUS")
    page.fill("input[name=target]", "GBR")
    page.fill("input[name=code]", "166")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"source=RUS"))
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    assert "ordered 23 British diplomats to leave" in page.locator("table.events").inner_text()
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)

    rows.first.locator("a.dyad-link").click()
    page.wait_for_url(re.compile(r"/dyad/RUS/GBR$"))
    page.wait_for_selector("#chart[data-ready='1'] .main-svg", timeout=20_000)
    assert page.locator("#chart .scatterlayer .trace").count() >= 2  # both directions drawn
    chains = page.locator("ol.chains")
    text = chains.inner_text()
    assert "2018-03-14" in text and "2018-03-17" in text and "tit-for-tat" in text
    assert page.locator("table.stats").first.inner_text().count("response rate") == 1
    page.screenshot(path=str(tmp_path / "dyad.png"), full_page=True)

    chain = chains.locator("li.chain", has_text="2018-03-17")
    chain.locator(".chain-event", has_text="ordered 23 British diplomats").locator("a.event-link").click()
    page.wait_for_url(re.compile(r"/events/\w+$"))
    sentence = page.locator("p.sentence")
    assert "Russia on Saturday ordered 23 British diplomats to leave" in sentence.inner_text()
    assert page.locator("p.sentence mark.hl-source").first.inner_text() == "Russia"
    assert page.locator("p.sentence mark.hl-target").inner_text() == "23 British diplomats"
    action = " ".join(page.locator("p.sentence mark.hl-action").all_inner_texts())
    assert "ordered" in action and "to leave" in action
    assert page.locator("p.sentence mark.hl-source").evaluate("m => getComputedStyle(m).backgroundColor") \
        != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(tmp_path / "event.png"), full_page=True)

    page.locator("a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert "Russia expels 23 British diplomats" in page.locator("h1").inner_text()
    assert page.locator("ol.article-events > li").count() >= 2
    assert page.problems == []


def test_browser_article_text_with_a_script_is_shown_not_run(server, page, tmp_path):
    page.goto(server + "/articles/script-in-text")
    assert page.locator("h1").inner_text() == "Russia <script>window.__xss = 1</script> expels diplomats"
    assert "<script>window.__xss = 1</script>" in page.locator("p.sentence").first.inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("main script").count() == 0  # the text made no element
    assert page.locator("a[href^='javascript:']").count() == 0
    page.screenshot(path=str(tmp_path / "script-article.png"), full_page=True)
    page.locator("a.event-link").first.click()
    page.wait_for_url(re.compile(r"/events/"))
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("p.sentence mark.hl-target").inner_text() == "23 British diplomats"
    assert page.problems == []
