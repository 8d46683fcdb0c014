"""Build the static report site: the notebooks executed on a corpus, an index of findings, the
tables as CSV, and one page per article, so every number can be traced to a sentence.

Layout of the output folder::

    index.html              key findings (each linked to the notebook section behind it),
                            accuracy on the held-out gold, the notebooks, the downloads
    NN-name.html            each notebook, executed fresh on the corpus
    tables.html             the stance and timeline tables; every evidence row links to its article
    stances.csv, timeline.csv
    articles.html           the corpus: one row per article, with its source URL where known
    articles/<id>.html      the article text (escaped), evidence sentences marked and anchored
    site.css

Every page says which corpus it was built from (path and article count). Article text is escaped
wherever it appears (see :mod:`stanceline.report.html`).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .html import esc, render_inline_markdown, safe_url, slugify
from .notebooks import ExecutedNotebook, discover_notebooks, execute_notebook, extract_findings, render_notebook
from .tables import TABLES, build_site_tables, evidence_span, to_csv_frame

__all__ = ["SiteResult", "Finding", "build_site", "display_path"]

HERE = Path(__file__).resolve().parent
REPO_NOTEBOOKS = Path("notebooks")


@dataclass(frozen=True)
class Finding:
    """One line of the index's findings table: what it says and the section that produced it."""

    notebook: str
    text: str          # Markdown, as written in the notebook
    href: str          # page.html#anchor (or page.html when the notebook names no section)
    section: str       # heading text of the section, or the notebook title


@dataclass(frozen=True)
class SiteResult:
    """What :func:`build_site` wrote, and what went wrong on the way."""

    out_dir: Path
    index: Path
    corpus_path: str
    n_articles: int
    pages: tuple[Path, ...]
    csv_files: tuple[Path, ...]
    findings: tuple[Finding, ...]
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors


def display_path(path: Path) -> str:
    """``path`` relative to the current folder when it lies inside it (as a user typed it), else absolute."""
    path = Path(path).resolve()
    try:
        return str(path.relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(path)


def _article_page(article_id: str, slugs: dict[str, str]) -> str:
    return f"articles/{slugs[article_id]}.html"


def _unique_slugs(ids) -> dict[str, str]:
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for article_id in ids:
        base = slugify(article_id)
        slug, n = base, 1
        while slug.lower() in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug.lower())
        slugs[article_id] = slug
    return slugs


class _Layout:
    """The header (menu + corpus banner), the pager and the footer every page shares."""

    def __init__(self, menu: list[tuple[str, str]], banner: str):
        self.menu = menu          # (page file, label)
        self.banner = banner      # escaped HTML

    def header(self, current: str, *, prefix: str = "") -> str:
        items = []
        for page, label in self.menu:
            current_attr = ' aria-current="page"' if page == current else ""
            items.append(f'<li><a href="{esc(prefix + page)}"{current_attr}>{esc(label)}</a></li>')
        return (f'<header class="sl-header"><nav class="sl-header-inner" aria-label="Report">'
                f'<a class="sl-brand" href="{esc(prefix)}index.html">stanceline report</a>'
                f'<ul class="sl-menu">{"".join(items)}</ul></nav></header>'
                f'<div class="sl-banner"><div class="sl-banner-inner" data-corpus="">{self.banner}</div></div>'
                + self.pager(current, prefix=prefix))

    def pager(self, current: str, *, prefix: str = "") -> str:
        pages = [page for page, _ in self.menu]
        if current not in pages:
            return ""
        i = pages.index(current)
        labels = dict(self.menu)
        prev_link = (f'<a class="sl-prev" href="{esc(prefix + pages[i - 1])}" rel="prev">← {esc(labels[pages[i - 1]])}</a>'
                     if i > 0 else "<span></span>")
        next_link = (f'<a class="sl-next" href="{esc(prefix + pages[i + 1])}" rel="next">{esc(labels[pages[i + 1]])} →</a>'
                     if i + 1 < len(pages) else "")
        return f'<nav class="sl-pager" aria-label="Previous and next page">{prev_link}{next_link}</nav>'

    def footer(self, current: str, *, prefix: str = "") -> str:
        return (self.pager(current, prefix=prefix)
                + f'<footer class="sl-footer"><div class="sl-footer-inner">{self.banner}</div></footer>')

    def page(self, current: str, title: str, body: str, *, prefix: str = "") -> str:
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                f"<title>{esc(title)} · stanceline report</title>"
                f'<link rel="stylesheet" href="{esc(prefix)}site.css"></head><body>'
                + self.header(current, prefix=prefix) + f'<main class="sl-page">{body}</main>'
                + self.footer(current, prefix=prefix) + "</body></html>\n")


def _table(frame: pd.DataFrame, *, numeric: tuple[str, ...] = (), raw: tuple[str, ...] = ()) -> str:
    """An HTML table; every cell escaped except columns in ``raw`` (which the caller built safely)."""
    head = "".join(f"<th scope=\"col\">{esc(c)}</th>" for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record):
            shown = "" if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else value
            css = ' class="num"' if column in numeric else ""
            cells.append(f"<td{css}>{shown if column in raw else esc(shown)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="sl-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _corpus_banner(corpus_path: str, corpus, annotator: str) -> str:
    by_language = Counter(a.language for a in corpus)
    languages = ", ".join(f"{n} {esc(lang)}" for lang, n in sorted(by_language.items(), key=lambda kv: (-kv[1], kv[0])))
    noun = "article" if len(corpus) == 1 else "articles"
    return (f"Built from the corpus <code>{esc(corpus_path)}</code>: "
            f"<strong data-article-count=\"{len(corpus)}\">{len(corpus)}</strong> {noun} ({languages}); "
            f"annotator <code>{esc(annotator)}</code>; built {dt.date.today().isoformat()}.")


def _link_article_cells(page: str, slugs: dict[str, str]) -> str:
    """In notebook tables, turn a cell that holds exactly an article id into a link to its page."""
    for article_id, slug in slugs.items():
        cell = f"<td>{esc(article_id)}</td>"
        if cell in page:
            page = page.replace(cell, f'<td><a href="articles/{esc(slug)}.html">{esc(article_id)}</a></td>')
    return page


def _source_links(article) -> str:
    """Links to the article's URL, or (sample articles) to the public sources it was written from."""
    url = safe_url(article.url)
    if url:
        return f'<a href="{url}" rel="noopener noreferrer">{esc(article.url)}</a>'
    sources = article.meta.get("sources") or []
    links = [f'<a href="{safe_url(s)}" rel="noopener noreferrer">source {i}</a>'
             for i, s in enumerate(sources if isinstance(sources, list) else [sources], start=1) if safe_url(s)]
    if links:
        return "no URL (sample article); written from " + ", ".join(links)
    return '<span class="sl-note">unknown</span>'


def _resolve_finding_link(finding_md: str, page: str, headings) -> tuple[str, str]:
    import re

    ids = {h.id: h.text for h in headings}
    for target in re.findall(r"\]\(#([^)\s]+)\)", finding_md):
        if target in ids:
            return f"{page}#{target}", ids[target]
    return page, ""


def build_site(corpus: str | Path, *, annotator: str = "builtin", out: str | Path = "build/site",
               notebooks_dir: str | Path | None = None, timeout: int = 600, cache_dir: str | Path | None = None,
               progress=None) -> SiteResult:
    """Execute every notebook on ``corpus`` and write the report site to ``out``.

    Args:
        corpus: a folder (or file) of articles, in any format :func:`stanceline.load_articles` reads.
        annotator: ``builtin`` or ``stanza``.
        out: the site folder (created; files of an earlier build are replaced).
        notebooks_dir: where the ``NN-name.ipynb`` notebooks are (default ``notebooks/``).
        timeout: seconds allowed per notebook cell.
        cache_dir: the annotation cache shared by the builder and the notebooks (default
            ``$STANCELINE_CACHE`` or ``.cache/annotations`` in the current folder).
        progress: a function called with one line of progress text (e.g. ``print``), or ``None``.

    Returns:
        A :class:`SiteResult`; ``errors`` lists notebooks that failed (their pages still show the
        outputs up to the failing cell and the error).
    """
    from .. import annotate_corpus, load_articles
    from ..annotate import default_cache_dir

    say = progress or (lambda _line: None)
    corpus_dir = Path(corpus).resolve()
    if not corpus_dir.exists():
        raise FileNotFoundError(f"corpus {corpus} does not exist")
    articles = load_articles(corpus_dir)
    if not len(articles):
        raise ValueError(f"no articles loaded from {corpus}: "
                         + ("; ".join(str(p) for p in articles.problems[:3]) or "the folder is empty"))
    corpus_label = display_path(corpus_dir)
    cache = Path(cache_dir or os.environ.get("STANCELINE_CACHE") or default_cache_dir()).resolve()
    notebooks_dir = Path(notebooks_dir) if notebooks_dir is not None else REPO_NOTEBOOKS
    sources = discover_notebooks(notebooks_dir)
    if not sources:
        raise FileNotFoundError(f"no notebooks named NN-*.ipynb in {notebooks_dir}")

    out_dir = Path(out).resolve()
    if out_dir.exists():
        for child in out_dir.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    (out_dir / "articles").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / "site.css", out_dir / "site.css")

    say(f"annotating {len(articles)} articles from {corpus_label} ({annotator}) ...")
    annotations = annotate_corpus(articles, annotator, cache_dir=cache)
    tables, notes = build_site_tables(articles, annotations)
    slugs = _unique_slugs(a.id for a in articles)

    menu = [("index.html", "Overview")]
    menu += [(src.stem + ".html", src.name[:2]) for src in sources]
    menu += [("tables.html", "Tables"), ("articles.html", "Articles")]
    layout = _Layout(menu, _corpus_banner(corpus_label, articles, annotator))

    errors: list[str] = []
    findings: list[Finding] = []
    executed: list[ExecutedNotebook] = []
    pages: list[Path] = []
    for src in sources:
        say(f"executing {src.name} ...")
        run = execute_notebook(src, corpus=corpus_dir, annotator=annotator, timeout=timeout,
                               extra_env={"STANCELINE_CACHE": str(cache)})
        executed.append(run)
        header = layout.header(run.page_name)
        if run.error:
            errors.append(f"{src.name}: {run.error}")
            header += (f'<div class="sl-page"><p class="sl-warning" role="alert">This notebook stopped with an error on '
                       f'this corpus: <code>{esc(run.error)}</code>. The outputs below end at the failing cell.</p></div>')
        page, headings = render_notebook(run, header_html=header, footer_html=layout.footer(run.page_name))
        page = _link_article_cells(page, slugs)
        (out_dir / run.page_name).write_text(page, encoding="utf-8")
        pages.append(out_dir / run.page_name)
        for text in extract_findings(run.notebook):
            href, section = _resolve_finding_link(text, run.page_name, headings)
            findings.append(Finding(notebook=run.number, text=text, href=href, section=section or run.title))

    csv_files = []
    for name, frame in tables.items():
        path = out_dir / f"{name}.csv"
        to_csv_frame(frame).to_csv(path, index=False)
        csv_files.append(path)

    pages.append(_write(out_dir / "tables.html", layout.page("tables.html", "Tables",
                                                              _tables_body(tables, notes, articles, slugs))))
    pages.append(_write(out_dir / "articles.html", layout.page("articles.html", "Articles",
                                                                _articles_body(articles, slugs, tables))))
    pages += _write_article_pages(out_dir, layout, articles, slugs, tables)
    pages.insert(0, _write(out_dir / "index.html", layout.page(
        "index.html", "Overview", _index_body(executed, findings, tables, corpus_label, articles, errors, notes))))
    return SiteResult(out_dir=out_dir, index=out_dir / "index.html", corpus_path=corpus_label,
                      n_articles=len(articles), pages=tuple(pages), csv_files=tuple(csv_files),
                      findings=tuple(findings), errors=tuple(errors), notes=tuple(notes))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _index_body(executed, findings, tables, corpus_label, articles, errors, notes) -> str:
    parts = ["<h1>Who stands where, and what happened when: the report</h1>",
             f'<p class="sl-lede">The notebooks of stanceline, executed on the corpus <code>{esc(corpus_label)}</code> '
             f"({len(articles)} articles). Each finding links to the notebook section that produced it.</p>"]
    if errors:
        items = "".join(f"<li><code>{esc(e)}</code></li>" for e in errors)
        parts.append(f'<div class="sl-warning" role="alert"><p>Some notebooks stopped with an error on this corpus:</p><ul>{items}</ul></div>')
    parts.append('<h2 id="findings">Key findings</h2>')
    if findings:
        rows = pd.DataFrame([{
            "Notebook": f'<a href="{esc(f.href.split("#")[0])}">{esc(f.notebook)}</a>',
            "Finding": render_inline_markdown(f.text, link_base=f.href.split("#")[0]),
            "Produced by": f'<a href="{esc(f.href)}">{esc(f.section)}</a>',
        } for f in findings])
        parts.append(_table(rows, raw=("Notebook", "Finding", "Produced by")))
    else:
        parts.append('<p class="sl-note">The notebooks state no findings yet.</p>')
    accuracy = _accuracy_section(executed)
    if accuracy:
        parts.append(accuracy)
    parts.append('<h2 id="notebooks">The notebooks</h2>')
    rows = pd.DataFrame([{
        "#": esc(run.number),
        "Notebook": f'<a href="{esc(run.page_name)}">{esc(run.title)}</a>',
        "Figures": str(run.n_figures),
        "Run": "stopped with an error" if run.error else "ran top to bottom",
    } for run in executed])
    parts.append(_table(rows, raw=("#", "Notebook", "Figures", "Run"), numeric=("Figures",)))
    parts.append('<h2 id="downloads">Downloads</h2><ul class="sl-downloads">')
    for spec in TABLES:
        if spec.name in tables:
            parts.append(f'<li><a href="{spec.name}.csv" download>{spec.name}.csv</a> — {esc(spec.description)} '
                         f"({len(tables[spec.name])} rows; <a href=\"tables.html#{spec.name}\">view</a>)</li>")
    parts.append("</ul>")
    if notes:
        parts.append('<p class="sl-note">' + "<br>".join(esc(n) for n in notes) + "</p>")
    parts.append('<p><a href="articles.html">The articles of this corpus</a>, with their sources.</p>')
    return "".join(parts)


def _accuracy_section(executed) -> str:
    """The accuracy table on the held-out gold, computed by the evaluation functions (not scraped)."""
    from .accuracy import ACCURACY_NOTEBOOK, build_accuracy_table

    table = build_accuracy_table()
    if table is None or not len(table):
        return ""
    page = next((run.page_name for run in executed if run.source.name.startswith(ACCURACY_NOTEBOOK)), None)
    rows = []
    for record in table.to_dict("records"):
        label = esc(record["measure"])
        if page and record.get("section"):
            label = f'<a href="{esc(page)}#{esc(record["section"])}">{label}</a>'
        rows.append({"Component": label, "Gold": esc(record["gold"]),
                     **{name: _score(record[key]) for name, key in (("Precision", "precision"), ("Recall", "recall"),
                                                                    ("F1", "f1"), ("Accuracy", "accuracy"))},
                     "Gold items": str(record["n_gold"]), "Predicted": str(record["n_predicted"])})
    frame = pd.DataFrame(rows)
    return ('<h2 id="accuracy">How far to trust this: accuracy on the held-out gold</h2>'
            '<p class="sl-note">Computed by the same functions as <code>python -m stanceline evaluate …</code>; '
            "independent of the corpus chosen above (the gold annotates the sample articles).</p>"
            + _table(frame, raw=tuple(frame.columns), numeric=("Precision", "Recall", "F1", "Accuracy", "Gold items", "Predicted")))


def _score(value) -> str:
    return "" if value is None or pd.isna(value) else f"{float(value):.3f}"


def _evidence_rows(name: str, frame: pd.DataFrame, articles, slugs) -> pd.DataFrame:
    """The table as shown on the tables page: the first column links each row to its evidence.

    A row with ``article_id`` links to the article page at its evidence sentence; a merged timeline
    row (``sources``: a list of article ids) links to each source article.
    """
    by_id = {a.id: a for a in articles}
    shown = to_csv_frame(frame)
    links, urls = [], []
    for record in frame.to_dict("records"):
        if "article_id" not in record and isinstance(record.get("sources"), (list, tuple)):
            known = [by_id[s] for s in record["sources"] if s in by_id]
            links.append(", ".join(f'<a href="{esc(_article_page(a.id, slugs))}">{esc(a.id)}</a>' for a in known))
            urls.append(", ".join(_source_links(a) for a in known if safe_url(a.url)))
            continue
        article = by_id.get(record.get("article_id"))
        if article is None:
            links.append(esc(record.get("article_id")))
            urls.append("")
            continue
        span = evidence_span(record, article.text)
        anchor = f"#ev-{span[0]}-{span[1]}" if span else ""
        links.append(f'<a href="{esc(_article_page(article.id, slugs) + anchor)}">{esc(article.id)}</a>')
        urls.append(_source_links(article) if safe_url(article.url) else "")
    shown.insert(0, "source article", links)
    shown = shown.drop(columns=[c for c in ("article_id", "sources") if c in shown.columns])
    if any(urls):
        shown.insert(1, "URL", urls)
    return shown


def _tables_body(tables, notes, articles, slugs) -> str:
    parts = ["<h1>Which stances and events did the extractors find?</h1>",
             '<p class="sl-lede">The tables behind the notebooks, computed on this corpus. '
             "Each row links to its source article, where the evidence sentence is marked.</p>"]
    for spec in TABLES:
        parts.append(f'<h2 id="{spec.name}">{esc(spec.title)}</h2>')
        if spec.name not in tables:
            parts.append('<p class="sl-note">Not available in this version of the library.</p>')
            continue
        frame = tables[spec.name]
        parts.append(f'<p class="sl-downloads"><a href="{spec.name}.csv" download>Download {spec.name}.csv</a> '
                     f"({len(frame)} rows): {esc(spec.description)}.</p>")
        shown = _evidence_rows(spec.name, frame, articles, slugs)
        parts.append(_table(shown, raw=("source article", "URL")))
    return "".join(parts)


def _articles_body(articles, slugs, tables) -> str:
    counts = {name: frame["article_id"].value_counts().to_dict() for name, frame in tables.items()
              if "article_id" in frame.columns}
    rows = []
    for a in articles:
        row = {
            "article": f'<a href="{esc(_article_page(a.id, slugs))}">{esc(a.id)}</a>',
            "title": esc(a.title),
            "outlet": esc(a.outlet),
            "language": esc(a.language),
            "published": esc(a.published.isoformat(sep=" ", timespec="minutes") if a.published else "unknown"),
            "source": _source_links(a),
        }
        for name, count in counts.items():
            row[name] = str(count.get(a.id, 0))
        rows.append(row)
    frame = pd.DataFrame(rows)
    return ("<h1>Which articles is this report built from?</h1>"
            f'<p class="sl-lede">{len(articles)} articles. Each links to its text; evidence sentences are marked there.</p>'
            + _table(frame, raw=tuple(frame.columns), numeric=tuple(counts)))


def _marked_text(text: str, spans: list[tuple[int, int]]) -> str:
    """The body, escaped, with non-overlapping evidence spans wrapped in ``<mark id="ev-S-E">``."""
    out, at = [], 0
    for start, end in sorted(set(spans)):
        if start < at:
            continue  # overlaps a span already marked; the first one wins
        out.append(esc(text[at:start]))
        out.append(f'<mark id="ev-{start}-{end}">{esc(text[start:end])}</mark>')
        at = end
    out.append(esc(text[at:]))
    return "".join(out)


def _write_article_pages(out_dir: Path, layout: _Layout, articles, slugs, tables) -> list[Path]:
    spans: dict[str, list[tuple[int, int]]] = {}
    by_id = {a.id: a for a in articles}
    for frame in tables.values():
        for record in frame.to_dict("records"):
            article = by_id.get(record.get("article_id"))
            span = evidence_span(record, article.text) if article else None
            if span:
                spans.setdefault(article.id, []).append(span)
    written = []
    for a in articles:
        marked = _marked_text(a.text, spans.get(a.id, []))
        meta = (f"<p class=\"sl-note\">{esc(a.outlet or 'unknown outlet')} · {esc(a.language)} · "
                f"{esc(a.published.isoformat(sep=' ', timespec='minutes') if a.published else 'publication date unknown')} · "
                f"id <code>{esc(a.id)}</code><br>Source: {_source_links(a)}</p>")
        body = (f"<h1>{esc(a.title or a.id)}</h1>{meta}"
                f'<div class="sl-article-body" lang="{esc(a.language)}">{marked}</div>'
                '<p><a href="../articles.html">All articles</a></p>')
        path = out_dir / _article_page(a.id, slugs)
        written.append(_write(path, layout.page("articles.html", a.title or a.id, body, prefix="../")))
    return written
