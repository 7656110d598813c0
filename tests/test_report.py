"""The HTML report, opened in headless Chromium: click a claim, see its evidence; nothing injected runs."""

import os
import shutil
import time

import pytest

from checkers.records import Article, Claim, Evidence, Source, Verdict
from checkers.report import render_report
from checkers.store import Store, report_data

TEXT = ("Müller-Aktie: Überraschung am Markt\n"
        "Die Aktie der Müller AG stieg im dritten Quartal um 12 Prozent. Kaufen oder verkaufen?")
INJECTED = 'Die Müller AG meldete 12 Prozent <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
LONG_URL = "https://news.example/" + "sehr-langer-pfad-" * 12 + "ende.html?utm_source=" + "x" * 80


@pytest.fixture
def report_db(fresh_db):
    article = Article(id="a1", text=TEXT, language="de", title="Müller-Aktie: Überraschung am Markt")
    start = TEXT.index("Die Aktie")
    end = TEXT.index("Kaufen") - 1
    claim = Claim(id="c1", article_id="a1", position=1, sentence=TEXT[start:end], span=(start, end),
                  text="Die Aktie der Müller AG stieg im dritten Quartal um 12 Prozent", language="de",
                  checkworthy=True)
    q_start = TEXT.index("Kaufen")
    dropped = Claim(id="c2", article_id="a1", position=2, sentence=TEXT[q_start:], span=(q_start, len(TEXT)),
                    text=TEXT[q_start:], language="de", checkworthy=False, reason="question")
    source = Source(id="s1", url=LONG_URL, provider="explicit", final_url=LONG_URL, domain="news.example",
                    fetched_at="2025-10-01T00:00:00+00:00", http_status=200, etag=None, last_modified=None,
                    content_hash="h", title='Börse <b onmouseover="window.__pwned = 3">heute</b>',
                    published_at="2025-10-01", language="de", text=INJECTED)
    evidence = Evidence(claim_id="c1", source_id="s1", url=LONG_URL, sentence=INJECTED, span=(0, len(INJECTED)),
                        score=90.0, lexical=90.0, entities=100.0, numbers="agree",
                        number_detail="12 Prozent ≈ 12 Prozent", negation=False, stance="supports")
    with Store.open(fresh_db) as store:
        for verdict in ("unverified", "supported"):
            run_id = store.start_run("test", {})
            store.save_article(run_id, article, [claim, dropped])
            store.save_sources(run_id, [source])
            store.save_results(run_id, [evidence] if verdict == "supported" else [],
                               [Verdict(claim_id="c1", verdict=verdict, confidence=0.8, n_sources=1,
                                        rationale="r", evidence=(evidence,) if verdict == "supported" else ())])
            store.finish_run(run_id, "completed", {})
            time.sleep(0.01)
    return fresh_db


def test_everything_from_a_source_is_escaped(report_db):
    html = render_report(report_data(report_db, "a1"))
    assert "<script" not in html.lower() and "<img" not in html.lower() and "onmouseover=\"" not in html
    assert "&lt;script&gt;" in html and "Müller" in html and "unverified (" in html  # history shown
    assert 'title="not check-worthy: question"' in html


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromedriver must be installed (.ci/run installs them)")
        pytest.skip("chromium/chromedriver not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(driver), options=options)


def test_click_shows_evidence_and_nothing_injected_runs(report_db, tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(render_report(report_data(report_db, "a1")), "utf-8")
    driver = browser()
    try:
        for width, height, name in ((1280, 900, "desktop"), (390, 844, "phone")):
            driver.set_window_size(width, height)
            driver.get(page.as_uri())
            panel = driver.find_element(By.CSS_SELECTOR, ".panel")
            assert not panel.is_displayed()
            claim = driver.find_element(By.CSS_SELECTOR, "a.claim")
            assert "supported" in claim.get_attribute("class") and "✓" in claim.text
            claim.click()
            assert panel.is_displayed()
            assert "<script>window.__pwned = 1</script>" in panel.text  # shown as text
            assert "12 Prozent ≈ 12 Prozent" in panel.text and "Börse <b" in panel.text
            assert driver.execute_script("return window.__pwned") is None
            assert driver.execute_script("return document.scripts.length") == 0
            doc_width = driver.execute_script("return document.documentElement.scrollWidth")
            assert doc_width <= width + 1  # the long URL wraps instead of widening the page
            driver.save_screenshot(str(tmp_path / f"report-{name}.png"))
    finally:
        driver.quit()
    assert (tmp_path / "report-desktop.png").stat().st_size > 10_000


def test_index_of_tracked_articles(report_db, tmp_path):
    import subprocess
    import sys

    from conftest import REPO

    with Store.open(report_db) as store:
        tracked_id = store.track("/articles/mueller.txt", [], [])
        with store.connected() as con:
            last_run = con.execute("SELECT run_id FROM verdicts ORDER BY decided_at DESC LIMIT 1").fetchone()[0]
        store.tracked_ran(tracked_id, "a1", last_run)
        store.track("/articles/not-yet.txt", [], [])
    result = subprocess.run([sys.executable, "-m", "flows.cli", "report", "--index", str(tmp_path / "site"),
                             "--db", str(report_db)], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    index = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert f'href="{tracked_id}.html"' in index and "unverified → supported" in index
    assert "not checked yet" in index
    assert "Müller" in (tmp_path / "site" / f"{tracked_id}.html").read_text("utf-8")
