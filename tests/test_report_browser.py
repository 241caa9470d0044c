"""The report in a real headless browser (Debian's Chromium, driven by Selenium).

Loads report.html from disk, checks documents and facts render with no console
errors, clicks a fact and checks its span is scrolled into view and marked, and
checks that the hostile article ran no script. Skips, saying why, only where no
Chromium or chromedriver can be found (.ci/run installs them from Debian).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .report_fixtures import build

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="no Chromium/chromedriver on this machine: apt-get install chromium chromium-driver")

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,900")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def loaded(browser, tmp_path_factory: pytest.TempPathFactory):
    out: Path = build(tmp_path_factory.mktemp("report"))
    # a trap set before any page script: an alert or a write to __pwned would be recorded
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "window.__alerts = 0; window.alert = function () { window.__alerts += 1; };"
        "Object.defineProperty(window, '__pwned', {set: function () { window.__alerts += 100; }, get: function () { return undefined; }});")})
    browser.get((out / "report.html").as_uri())
    return browser


def open_doc(driver, doc_id: str):
    """Open a document's view by clicking its link in the index, as a person would."""
    from selenium.webdriver.common.by import By

    driver.execute_script("location.hash = '#top'")
    driver.find_element(By.CSS_SELECTOR, f'table.docs tr[data-doc-id="{doc_id}"] a').click()
    return driver.find_element(By.CSS_SELECTOR, f'section.doc[data-doc-id="{doc_id}"]')


def test_documents_and_facts_render(loaded) -> None:
    from selenium.webdriver.common.by import By

    docs = {row.get_attribute("data-doc-id") for row in loaded.find_elements(By.CSS_SELECTOR, "table.docs tr[data-doc-id]")}
    assert docs == {"normal", "hostile", "broken"}
    assert len(loaded.find_elements(By.CSS_SELECTOR, "tr.fact")) >= 4
    assert loaded.find_elements(By.CSS_SELECTOR, ".hl.k-money")


def test_no_console_errors(loaded) -> None:
    severe = [entry for entry in loaded.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []


def test_clicking_a_fact_scrolls_to_its_span(loaded) -> None:
    from selenium.webdriver.common.by import By

    section = open_doc(loaded, "normal")
    assert section.is_displayed()
    row = section.find_elements(By.CSS_SELECTOR, "tr.fact")[-1]
    key = row.get_attribute("data-target")
    loaded.execute_script("arguments[0].scrollIntoView({block: 'center'});", row)
    row.click()
    span = loaded.find_element(By.ID, key)
    assert "selected" in span.get_attribute("class")
    assert "current" in row.get_attribute("class")
    in_view = loaded.execute_script(
        "var r = arguments[0].getBoundingClientRect(); var box = arguments[0].closest('.text') || document.documentElement;"
        "var b = box.getBoundingClientRect(); return r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.bottom <= window.innerHeight;",
        span)
    assert in_view


def test_hostile_article_runs_nothing(loaded) -> None:
    from selenium.webdriver.common.by import By

    assert loaded.execute_script("return window.__alerts") == 0
    section = open_doc(loaded, "hostile")
    text = section.get_attribute("textContent")
    assert "<script>window.__pwned = 1; alert(1)</script>" in text
    assert '<img src=x onerror="window.__pwned=1">' in text and "</textarea>" in text
    assert not section.find_elements(By.CSS_SELECTOR, "img, script, textarea, b[onmouseover]")


def test_the_trap_would_catch_an_injected_handler(loaded, tmp_path: Path) -> None:
    """Control: the same trap does fire on a page that lets an `<img onerror>` through."""
    from selenium.webdriver.support.wait import WebDriverWait

    back = loaded.current_url
    page = tmp_path / "unescaped.html"
    page.write_text('<!DOCTYPE html><p>x</p><img src="missing.png" onerror="window.__pwned=1; alert(1)">',
                    encoding="utf-8")
    try:
        loaded.get(page.as_uri())
        WebDriverWait(loaded, 10).until(lambda d: d.execute_script("return window.__alerts") >= 101)
        assert loaded.execute_script("return window.__alerts") == 101  # one write to __pwned, one alert
    finally:
        loaded.get_log("browser")  # the missing image is this page's console error, not the report's
        loaded.get(back)
