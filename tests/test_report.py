"""The report site builder: escaping of untrusted article text, findings links, corpus banner,
navigation, evidence links, and the CLI. Built once per module from a temporary corpus and a small
temporary notebook that shows article text in every way a notebook can (print, DataFrame,
Markdown, HTML)."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from stanceline.report.html import esc, extract_headings, render_inline_markdown, safe_url
from stanceline.report.notebooks import extract_findings
from stanceline.report.site import _evidence_rows, _marked_text, build_site
from stanceline.report.tables import evidence_span

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"

EVIL = f"""---
id: evil-1
title: "Заголовок {SCRIPT}"
outlet: "outlet {IMG}"
url: "javascript:alert(3)"
published: 2025-12-01
language: uk
---
Путін заявив у понеділок, що {SCRIPT} і {IMG} нічого не змінять.
"""
PLAIN = """---
id: plain-2
title: Zelensky meets Trump
outlet: wire
url: https://example.org/story?a=1&b=2
published: 2025-12-02
language: en
---
Zelensky met Trump in Miami on Monday.
"""


def _notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "# Test the site machinery\n\n"
            "- The corpus has articles ([how we counted](#How-many-articles?)).\n"
            "- A finding that names no section.\n\n"
            "*What you'll do:* check the builder."),
        nbformat.v4.new_code_cell(
            "import os\nCORPUS = os.environ.get('STANCELINE_CORPUS', '../data/articles')\n"
            "ANNOTATOR = os.environ.get('STANCELINE_ANNOTATOR', 'builtin')\nprint(ANNOTATOR)"),
        nbformat.v4.new_markdown_cell("## How many articles?"),
        nbformat.v4.new_code_cell(
            "from IPython.display import HTML, Markdown, display\nfrom stanceline import load_articles\n"
            "corpus = load_articles(CORPUS)\nframe = corpus.to_frame()[['article_id', 'title', 'outlet']]\n"
            "frame['text'] = [a.text for a in corpus]\ndisplay(frame)\n"
            "for a in corpus:\n    print(a.text)\n    display(Markdown(a.title))\n    display(HTML(a.text))\n"
            "print(len(corpus), 'articles from', os.path.basename(CORPUS))"),
        nbformat.v4.new_code_cell(
            "import matplotlib\nmatplotlib.rcParams['font.family'] = 'DejaVu Sans'\nimport matplotlib.pyplot as plt\n"
            "fig, ax = plt.subplots(figsize=(3, 2))\nax.bar(['уряд', 'кремль'], [1, 2])\nax.set_title('Згадки')\nplt.show()"),
    ]
    return nb


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    corpus = root / "my-articles"
    corpus.mkdir()
    (corpus / "evil.md").write_text(EVIL, encoding="utf-8")
    (corpus / "plain.md").write_text(PLAIN, encoding="utf-8")
    notebooks = root / "notebooks"
    notebooks.mkdir()
    nbformat.write(_notebook(), notebooks / "01-test-site.ipynb")
    (notebooks / "not-numbered.ipynb").write_text("{}", encoding="utf-8")  # ignored: no NN- prefix
    result = build_site(corpus, out=root / "site", notebooks_dir=notebooks, cache_dir=root / "cache")
    return result


def _pages(result) -> dict[str, str]:
    return {str(p.relative_to(result.out_dir)): p.read_text(encoding="utf-8") for p in result.out_dir.rglob("*.html")}


def test_site_has_the_expected_pages(site):
    names = set(_pages(site))
    assert names == {"index.html", "01-test-site.html", "tables.html", "articles.html",
                     "articles/evil-1.html", "articles/plain-2.html"}
    assert site.errors == ()
    assert (site.out_dir / "site.css").is_file()


def test_article_html_is_escaped_as_text_in_every_page(site):
    pages = _pages(site)
    for name, page in pages.items():
        assert "<script" not in page.lower(), name            # no script at all, least of all the article's
        assert "<img src=x" not in page.lower(), name
        assert "onerror=alert" not in page.replace("onerror=alert(2)&gt;", ""), name
        assert 'href="javascript:' not in page, name
    # and the payload is there, as visible text, wherever the article is shown
    for name in ("01-test-site.html", "articles.html", "articles/evil-1.html"):
        assert esc(SCRIPT) in pages[name], name
    assert esc(IMG) in pages["articles/evil-1.html"]
    assert esc(IMG) in pages["01-test-site.html"]


def test_every_page_names_the_corpus_and_its_size(site):
    for name, page in _pages(site).items():
        assert "<code>" + esc(site.corpus_path) + "</code>" in page, name
        assert '<strong data-article-count="2">2</strong> articles (1 en, 1 uk)' in page, name
    assert site.n_articles == 2
    assert site.corpus_path.endswith("my-articles")


def test_notebook_ran_on_the_chosen_corpus(site):
    page = (site.out_dir / "01-test-site.html").read_text(encoding="utf-8")
    assert "2 articles from my-articles" in page
    assert "data:image/png;base64," in page  # the figure is embedded, no file to lose


def test_findings_link_to_the_section_that_produced_them(site):
    assert [(f.text, f.href, f.section) for f in site.findings] == [
        ("The corpus has articles ([how we counted](#How-many-articles?)).", "01-test-site.html#How-many-articles?",
         "How many articles?"),
        ("A finding that names no section.", "01-test-site.html", "Test the site machinery"),
    ]
    index = (site.out_dir / "index.html").read_text(encoding="utf-8")
    assert '<a href="01-test-site.html#How-many-articles?">How many articles?</a>' in index
    notebook = (site.out_dir / "01-test-site.html").read_text(encoding="utf-8")
    assert ("How-many-articles?", "How many articles?") in [(h.id, h.text) for h in extract_headings(notebook)]


def test_navigation_menu_and_pager(site):
    pages = _pages(site)
    for name in ("index.html", "01-test-site.html", "tables.html", "articles.html"):
        for target in ("index.html", "01-test-site.html", "tables.html", "articles.html"):
            assert f'href="{target}"' in pages[name], (name, target)
    assert 'href="01-test-site.html" rel="next"' in pages["index.html"]
    assert 'href="index.html" rel="prev"' in pages["01-test-site.html"]
    assert 'href="tables.html" rel="next"' in pages["01-test-site.html"]
    assert 'href="../articles.html"' in pages["articles/plain-2.html"]


def test_internal_links_resolve_to_files(site):
    for name, page in _pages(site).items():
        base = (site.out_dir / name).parent
        for href in re.findall(r'(?:href|src)="([^"]+)"', page):
            if re.match(r"^(https?:|data:|#|mailto:)", href):
                continue
            target = href.split("#")[0]
            assert (base / target).is_file(), (name, href)


def test_article_pages_link_sources_only_when_they_are_web_urls(site):
    pages = _pages(site)
    assert 'href="https://example.org/story?a=1&amp;b=2"' in pages["articles/plain-2.html"]
    assert "unknown" in pages["articles/evil-1.html"]  # javascript: URL is not a source


def test_cli_report_prints_where_the_site_is(tmp_path, capsys):
    from stanceline.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plain.md").write_text(PLAIN, encoding="utf-8")
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Say hello\n\n## Why?"), nbformat.v4.new_code_cell("print('hello')")]
    nbformat.write(nb, notebooks / "01-hello.ipynb")
    code = main(["report", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--notebooks", str(notebooks),
                 "--cache-dir", str(tmp_path / "cache")])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Open {(tmp_path / 'out' / 'index.html').resolve().as_uri()}" in out
    assert "Built the report from" in out and "(1 articles)" in out


def test_a_failing_notebook_is_reported_and_still_rendered(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plain.md").write_text(PLAIN, encoding="utf-8")
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Fail on purpose"), nbformat.v4.new_code_cell("print('before')"),
                nbformat.v4.new_code_cell("raise ValueError('no stances in this corpus')")]
    nbformat.write(nb, notebooks / "01-fails.ipynb")
    result = build_site(corpus, out=tmp_path / "out", notebooks_dir=notebooks, cache_dir=tmp_path / "cache")
    assert result.errors == ("01-fails.ipynb: ValueError: no stances in this corpus",)
    page = (tmp_path / "out" / "01-fails.html").read_text(encoding="utf-8")
    assert "stopped with an error" in page and "before" in page


def test_extract_findings_reads_bullets_before_what_youll_do():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(
        "# Compare stances\n*Findings first:*\n\n- Russia supports 5 of 14 issues ([see](#Who-supports-what?)).\n"
        "- Ukraine opposes 3,\n  mostly territory.\n\n**What you'll do:** read.\n\n## Methodology\n- not a finding")]
    assert extract_findings(nb) == ["Russia supports 5 of 14 issues ([see](#Who-supports-what?)).",
                                    "Ukraine opposes 3, mostly territory."]


def test_findings_markdown_is_rendered_safely():
    html = render_inline_markdown(f"**41%** of {SCRIPT} ([how](#Which-outlets?)) [x](javascript:alert(1))",
                                  link_base="01-a.html")
    assert html.startswith("<strong>41%</strong> of &lt;script&gt;")
    assert '<a href="01-a.html#Which-outlets?">how</a>' in html
    assert "javascript" not in html.split("</a>")[-1] or 'href="javascript' not in html


def test_safe_url_accepts_only_web_urls():
    assert safe_url("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("http://exa mple.org") is None
    assert safe_url(None) is None


def test_evidence_span_finds_the_sentence_and_marks_it():
    text = "Перше речення. Путін вимагає виведення військ. Третє."
    row = {"article_id": "a", "evidence": "Путін вимагає виведення військ."}
    assert evidence_span(row, text) == (15, 46)
    assert evidence_span({**row, "start_char": 15, "end_char": 46}, text) == (15, 46)
    assert evidence_span({**row, "start_char": 0, "end_char": 5}, text) == (15, 46)  # offsets that disagree are ignored
    marked = _marked_text(text + " <b>", [(15, 46)])
    assert marked == ('Перше речення. <mark id="ev-15-46">Путін вимагає виведення військ.</mark> Третє. &lt;b&gt;')


def test_evidence_rows_link_to_the_article_page_anchor():
    from stanceline.articles import Article

    article = Article(id="a-1", text="Перше. Путін вимагає <b>усього</b>.", language="uk", url="https://example.org/x")
    frame = pd.DataFrame([{"article_id": "a-1", "actor": "Vladimir Putin", "evidence": "Путін вимагає <b>усього</b>."}])
    shown = _evidence_rows("stances", frame, [article], {"a-1": "a-1"})
    assert shown.loc[0, "source article"] == '<a href="articles/a-1.html#ev-7-35">a-1</a>'
    assert shown.loc[0, "URL"] == '<a href="https://example.org/x" rel="noopener noreferrer">https://example.org/x</a>'
    assert shown.loc[0, "evidence"] == "Путін вимагає <b>усього</b>."  # escaped later by _table, which the page test covers


def test_downloadable_csvs_match_the_library_tables(site):
    from stanceline import annotate_corpus, load_articles
    from stanceline.report.tables import build_site_tables

    corpus = load_articles(Path(site.out_dir).parent / "my-articles")
    tables, _ = build_site_tables(corpus, annotate_corpus(corpus, cache_dir=Path(site.out_dir).parent / "cache"))
    assert {p.stem for p in site.csv_files} == set(tables)
    for name, frame in tables.items():
        rows = list(csv.DictReader(io.StringIO((site.out_dir / f"{name}.csv").read_text(encoding="utf-8"))))
        assert len(rows) == len(frame)
        assert list(rows[0].keys()) if rows else True
