"""A real browser (Debian's headless Chromium driven by Playwright) against the real
server: ask about Ben Hodges, see his words and name, follow the citation link into
the article and see the highlighted span. Saves screenshots under the test's tmp dir."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import httpx
import pytest

from support import ROOT, free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path_factory.mktemp("ui")), "ASSISTANT_PORT": str(port)}
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError("server did not start")
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "Debian's chromium is required (scripts/setup.sh installs it)"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_ask_about_hodges_and_follow_the_citation(server, browser, tmp_path, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(server + "/", wait_until="networkidle")
    page.locator("#question textarea").fill("What did Ben Hodges say?")
    page.locator("#ask").click()
    citations = page.locator("#citations")
    citations.get_by_text("That will not impress the Russians at all").wait_for(timeout=60_000)
    assert "Ben Hodges" in citations.inner_text()
    assert "former commanding general of the U.S. Army in Europe" in citations.inner_text()
    chat = page.locator("#chat").inner_text()
    assert "zero credibility" in chat
    page.screenshot(path=str(tmp_path / f"answer-{width}.png"), full_page=True)

    link = citations.locator("a.cite-link").last
    n = link.get_attribute("data-n")
    link.click()
    mark = page.locator(f"#article-view mark#cite-{n}")
    mark.wait_for(timeout=10_000)
    assert "That will not impress the Russians at all" in mark.inner_text()
    assert page.evaluate("() => location.hash") == f"#cite-{n}"
    bg = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    assert bg == "rgb(255, 179, 71)"  # the :target highlight
    box = mark.bounding_box()
    assert box is not None
    page.screenshot(path=str(tmp_path / f"highlight-{width}.png"), full_page=False)
    page.close()


def test_refusal_and_people_panel(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/", wait_until="networkidle")
    page.locator("#question textarea").fill("Who won the last FIFA World Cup?")
    page.locator("#ask").click()
    page.locator("#citations").get_by_text("Not in the article").wait_for(timeout=60_000)
    assert "doesn't mention" in page.locator("#chat").inner_text()
    page.get_by_role("tab", name="People").click()
    page.locator("#people").get_by_text("François Heisbourg", exact=False).first.click()
    page.locator("#citations .who").get_by_text("François Heisbourg").first.wait_for(timeout=60_000)
    assert "What did François Heisbourg say?" in page.locator("#chat").inner_text()
    page.close()


def test_evaluate_tab(server, browser, tmp_path):
    lines = (ROOT / "tests/data/testsets/default_article.jsonl").read_text().splitlines()[:4]
    testset = tmp_path / "mini.jsonl"
    testset.write_text("\n".join(lines) + "\n")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/", wait_until="networkidle")
    page.get_by_role("tab", name="Evaluate").click()
    page.locator("#testset input[type=file]").set_input_files(str(testset))
    page.wait_for_timeout(1500)
    page.locator("#run-eval").click()
    page.locator("#eval-summary").get_by_text("Evaluation:").wait_for(timeout=120_000)
    summary = page.locator("#eval-summary").inner_text()
    assert "pass_rate" in summary and "quote_fidelity" in summary
    page.wait_for_timeout(3000)
    page.screenshot(path=str(tmp_path / "evaluate.png"), full_page=True)
    for name in ("results.json", "report.md", "report.html", "junit.xml"):
        page.locator(f'#eval-files a[download="{name}"]').wait_for(timeout=30_000)  # a download link per output
    page.close()
