"""The built report site in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``) driven by selenium.

The site is built once per session from the sample corpus plus one article whose body carries a
``<script>`` and an ``<img onerror>``, with the real notebooks executed. Each page is opened and
checked for console errors, broken internal links, figures that load, Cyrillic that renders as
letters (not boxes), and an injected script that never runs. Screenshots go to tests/output/.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "tests" / "output"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

HOSTILE = """---
id: zz-hostile-article
title: "Стаття з <script>window.__pwned = 1</script>"
outlet: test-outlet
url: null
published: 2025-12-20
language: uk
---
Путін заявив, що <script>window.__pwned = 2</script> і <img src=x onerror="window.__pwned = 3"> нічого не змінять.
"""


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("chromium and chromedriver not installed (apt-get install chromium chromium-driver "
                    "fonts-dejavu-core; .ci/run does this in CI)")
    pytest.importorskip("selenium", reason="selenium is in the 'test' extra: pip install -e '.[test]'")
    from stanceline.report import build_site

    root = tmp_path_factory.mktemp("browser-site")
    corpus = root / "corpus"
    shutil.copytree(ROOT / "data" / "articles", corpus)
    (corpus / "zz-hostile.md").write_text(HOSTILE, encoding="utf-8")
    result = build_site(corpus, out=root / "site", notebooks_dir=ROOT / "notebooks")
    return result


@pytest.fixture(scope="session")
def browser(built_site, tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1280,1600",
                 "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def _pages(site) -> list[Path]:
    main = [site.out_dir / "index.html"] + sorted(site.out_dir.glob("[0-9][0-9]-*.html"))
    main += [site.out_dir / "tables.html", site.out_dir / "articles.html",
             site.out_dir / "articles" / "zz-hostile-article.html"]
    return main


def _has_element(driver, element_id: str, timeout: float = 30.0) -> bool:
    """Whether the loaded page has an element with this id, once the document has finished loading."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(driver, timeout, poll_frequency=0.2).until(
            lambda d: d.execute_script("return document.readyState === 'complete' && "
                                       "document.getElementById(arguments[0]) !== null", element_id))
    except TimeoutException:
        return False
    return True


def _open(driver, page: Path):
    driver.get(page.as_uri())
    driver.get_log("browser")  # drop entries of the previous page
    driver.refresh()
    return driver.get_log("browser")


def test_site_has_a_page_per_notebook(built_site):
    notebooks = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    assert notebooks, "no notebooks to render"
    assert sorted(p.stem for p in built_site.out_dir.glob("[0-9][0-9]-*.html")) == notebooks
    assert built_site.errors == (), built_site.errors


@pytest.mark.parametrize("name", ["index", "notebooks", "tables", "articles", "hostile"])
def test_pages_load_without_console_errors_and_links_resolve(built_site, browser, name):
    pages = {"index": [built_site.out_dir / "index.html"],
             "notebooks": sorted(built_site.out_dir.glob("[0-9][0-9]-*.html")),
             "tables": [built_site.out_dir / "tables.html"],
             "articles": [built_site.out_dir / "articles.html"],
             "hostile": [built_site.out_dir / "articles" / "zz-hostile-article.html"]}[name]
    for page in pages:
        log = _open(browser, page)
        severe = [entry["message"] for entry in log if entry["level"] == "SEVERE"]
        assert severe == [], (page.name, severe)
        assert browser.execute_script("return window.__pwned === undefined"), f"injected script ran on {page.name}"
        refs = browser.execute_script("""
            return Array.from(document.querySelectorAll('[href], [src]'))
              .map(e => e.getAttribute('href') || e.getAttribute('src'))""")
        for ref in refs:
            if ref.startswith(("http:", "https:", "data:", "mailto:", "#")):
                continue
            target = (page.parent / ref.split("#")[0]).resolve()
            assert target.is_file(), f"{page.name}: broken link {ref}"
            anchor = ref.partition("#")[2]
            if anchor and target == page.resolve():
                assert _has_element(browser, anchor), \
                    f"{page.name}: no element with id {anchor!r}"
        browser.save_screenshot(str(OUTPUT / f"{page.relative_to(built_site.out_dir).as_posix().replace('/', '_')}.png"))


def test_index_says_which_corpus_and_links_findings_to_sections(built_site, browser):
    _open(browser, built_site.out_dir / "index.html")
    banner = browser.execute_script("return document.querySelector('[data-corpus]').innerText")
    assert f"{built_site.n_articles} articles" in banner and built_site.corpus_path in banner
    sample = len(list((ROOT / "data" / "articles").glob("*.md")))
    assert built_site.n_articles == sample + 1  # the sample articles + the hostile one
    anchors: dict[str, list] = {}
    for finding in built_site.findings:
        if "#" in finding.href:
            anchors.setdefault(finding.href.split("#", 1)[0], []).append(finding)
    for page, findings in anchors.items():
        # each page is loaded once and the check waits for the parsed document: reloading the same
        # large page per finding let a check run against a document still being replaced (seen once)
        browser.get((built_site.out_dir / page).as_uri())
        for finding in findings:
            assert _has_element(browser, finding.href.split("#", 1)[1]), finding


def test_figures_are_present_and_load(built_site, browser):
    from stanceline.report.notebooks import ExecutedNotebook  # noqa: F401  (documents where figures come from)
    import nbformat

    total = 0
    for page in sorted(built_site.out_dir.glob("[0-9][0-9]-*.html")):
        _open(browser, page)
        widths = browser.execute_script(
            "return Array.from(document.images).filter(i => i.closest('.jp-OutputArea')).map(i => i.naturalWidth)")
        source = ROOT / "notebooks" / (page.stem + ".ipynb")
        committed = nbformat.read(source, as_version=4)
        expected = sum(1 for c in committed.cells if c.cell_type == "code" for o in c.get("outputs", [])
                       if "image/png" in o.get("data", {}))
        assert all(w > 0 for w in widths), (page.name, widths)
        assert len(widths) >= min(expected, 1), f"{page.name}: no figure rendered, the committed notebook has {expected}"
        total += len(widths)
    assert total > 0


CYRILLIC_CHECK = """
const text = arguments[0];
const el = document.evaluate("//*[contains(text(), '" + text + "')]", document, null,
                             XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
if (!el) return {found: false};
const style = getComputedStyle(el);
const font = style.fontStyle + ' ' + style.fontWeight + ' 32px ' + style.fontFamily;
const canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;
const ctx = canvas.getContext('2d');
function bitmap(ch) {
  ctx.clearRect(0, 0, 64, 64); ctx.font = font; ctx.fillStyle = '#000'; ctx.fillText(ch, 8, 44);
  return Array.from(ctx.getImageData(0, 0, 64, 64).data.filter((v, i) => i % 4 === 3)).join(',');
}
const letters = ['Ж', 'ї', 'Щ', 'д', 'Ґ'].map(bitmap);
const missing = bitmap('\\u{10FFFD}');  // a private-use code point no font draws: the "tofu" box
return {found: true, font: font, distinct: new Set(letters).size,
        tofu: letters.filter(b => b === missing).length};
"""


def test_cyrillic_renders_as_letters_not_boxes(built_site, browser):
    _open(browser, built_site.out_dir / "articles" / "zz-hostile-article.html")
    result = browser.execute_script(CYRILLIC_CHECK, "Путін заявив")
    assert result["found"], "the Cyrillic article text is not on the page"
    assert result["distinct"] == 5 and result["tofu"] == 0, result
    # and the browser really used a font that has the glyphs (DevTools: platform fonts of the node)
    browser.execute_cdp_cmd("DOM.enable", {})
    browser.execute_cdp_cmd("CSS.enable", {})
    root = browser.execute_cdp_cmd("DOM.getDocument", {"depth": -1})
    node = browser.execute_cdp_cmd("DOM.querySelector", {"nodeId": root["root"]["nodeId"], "selector": ".sl-article-body"})
    fonts = browser.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    assert fonts and sum(f["glyphCount"] for f in fonts) > 0, fonts
    assert not any("last resort" in f["familyName"].lower() for f in fonts), fonts


def test_injected_markup_shows_as_text(built_site, browser):
    _open(browser, built_site.out_dir / "articles" / "zz-hostile-article.html")
    text = browser.execute_script("return document.querySelector('.sl-article-body').innerText")
    assert "<script>window.__pwned = 2</script>" in text
    assert '<img src=x onerror="window.__pwned = 3">' in text
    assert browser.execute_script("return document.querySelectorAll('.sl-article-body script, .sl-article-body img').length") == 0
    assert browser.execute_script("return window.__pwned === undefined")
