"""The editors' page (``GET /``) in a real browser: headless Chromium driven by Selenium
through ``chromedriver`` loads the page from a running ``lintnews serve``, types a draft,
sees the findings highlighted in place and coloured by family, and applies a safe fix.

Skipped where Chromium, its driver or Selenium is missing (``.ci/run`` installs Debian's
``chromium`` and ``chromium-driver`` when it runs as root).
"""

from __future__ import annotations

import shutil
import tempfile

import pytest

pytestmark = pytest.mark.slow
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WAIT = 60  # seconds: an upper bound, never a measurement
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
)
# Fresh sentences: an eggcorn with a safe fix (garbled), a stacked hedge (hedging).
DRAFT = (
    "# Ferry timetable\n\n"
    "The ferry company has changed its winter timetable ad nauseum this year.\n\n"
    "The new vessel might possibly perhaps enter service in March."
)


def _binary(*names: str):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    chromium = _binary("chromium", "chromium-browser", "google-chrome")
    driver_path = _binary("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("Chromium and chromedriver are not installed (Debian: chromium, chromium-driver)")
    profile = tempfile.mkdtemp(prefix="lintnews-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except WebDriverException as exc:  # pragma: no cover - a broken browser install
        pytest.skip(f"Chromium did not start: {exc.msg}")
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def page(browser, live_server):
    server = live_server("--isolated", "--workers", "1")
    browser.get(server.url("/"))
    return browser


def _marks(driver, code):
    """The highlight pieces of the finding with rule *code* (a span that overlaps another
    finding is cut in pieces, each listing the findings it belongs to)."""
    items = driver.find_elements(By.CSS_SELECTOR, f'#findings li[data-code="{code}"]')
    if not items:
        return []
    index = items[0].get_attribute("data-index")
    return [
        mark
        for mark in driver.find_elements(By.CSS_SELECTOR, "#backdrop mark")
        if index in mark.get_attribute("data-findings").split()
    ]


def _highlighted(driver, code):
    return "".join(mark.get_attribute("textContent") for mark in _marks(driver, code))


def test_typing_a_draft_highlights_findings_by_family(page):
    draft = page.find_element(By.ID, "draft")
    draft.send_keys(DRAFT)
    WebDriverWait(page, WAIT).until(lambda d: _marks(d, "GRB001") and _marks(d, "HDG001"))
    (eggcorn,) = _marks(page, "GRB001")
    assert _highlighted(page, "GRB001") == "ad nauseum"
    assert "f-garbled" in eggcorn.get_attribute("class")
    assert _highlighted(page, "HDG001") == "might possibly perhaps"
    hedge = _marks(page, "HDG001")[-1]
    assert "f-hedging" in hedge.get_attribute("class")
    # Garbled and hedging get different colours.
    colour = lambda el: el.value_of_css_property("background-color")  # noqa: E731
    assert colour(eggcorn) != colour(hedge)
    item = page.find_element(By.CSS_SELECTOR, '#findings li[data-code="GRB001"]')
    assert "'ad nauseum' is a garbled form of 'ad nauseam'" in item.text


def test_clicking_a_finding_selects_its_words(page):
    page.find_element(By.CSS_SELECTOR, '#findings li[data-code="HDG001"]').click()
    selected = page.execute_script(
        "const t = document.getElementById('draft'); return t.value.slice(t.selectionStart, t.selectionEnd);"
    )
    assert selected.startswith("might possibly")
    assert page.find_elements(By.CSS_SELECTOR, '#findings li.active[data-code="HDG001"]')


def test_one_click_applies_a_safe_fix(page):
    item = page.find_element(By.CSS_SELECTOR, '#findings li[data-code="GRB001"]')
    button = item.find_element(By.CSS_SELECTOR, "button.fix")
    assert "ad nauseam" in button.text
    # Advice without a safe fix gets no button.
    assert not page.find_elements(By.CSS_SELECTOR, '#findings li[data-code="HDG001"] button.fix')
    button.click()
    draft = page.find_element(By.ID, "draft")
    WebDriverWait(page, WAIT).until(lambda d: "ad nauseam this year" in draft.get_attribute("value"))
    WebDriverWait(page, WAIT).until(lambda d: not _marks(d, "GRB001") and _marks(d, "HDG001"))
    assert "ad nauseum" not in draft.get_attribute("value")
    assert not page.find_elements(By.CSS_SELECTOR, '#findings li[data-code="GRB001"]')


def test_the_page_loads_nothing_from_elsewhere(page):
    urls = page.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);"
    )
    origin = page.execute_script("return location.origin;")
    assert urls and all(url.startswith(origin) for url in urls)
