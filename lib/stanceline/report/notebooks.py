"""Run the numbered notebooks fresh on a chosen corpus and render each one as a site page.

Why fresh: a report must show what the notebooks compute on *this* corpus, never outputs left over
from the sample corpus. Each notebook is executed with :mod:`nbclient` in ``notebooks/`` as the
working folder (their relative paths, e.g. ``GOLD = "../data/gold"``, resolve as in JupyterLab) and
with ``STANCELINE_CORPUS`` / ``STANCELINE_ANNOTATOR`` set, which the notebooks' parameters cell reads.
Rendering uses nbconvert's JupyterLab template with nothing loaded from the network, after
:func:`sanitize_outputs`, so HTML or Markdown that a cell builds from article text is escaped, not run.
"""
from __future__ import annotations

import contextlib
import copy
import os
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .html import Heading, extract_headings

__all__ = ["NOTEBOOK_PATTERN", "ExecutedNotebook", "discover_notebooks", "execute_notebook", "render_notebook",
           "notebook_title", "extract_findings", "sanitize_outputs"]

NOTEBOOK_PATTERN = "[0-9][0-9]-*.ipynb"
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ExecutedNotebook:
    """A notebook after a fresh run: the executed document and the error that stopped it, if any."""

    source: Path
    notebook: nbformat.NotebookNode
    error: str | None = None

    @property
    def page_name(self) -> str:
        return self.source.stem + ".html"

    @property
    def number(self) -> str:
        return self.source.name[:2]

    @property
    def title(self) -> str:
        return notebook_title(self.notebook) or self.source.stem

    @property
    def n_figures(self) -> int:
        """How many image outputs the run produced (the browser test checks they display)."""
        return sum(1 for cell in self.notebook.cells if cell.cell_type == "code"
                   for out in cell.get("outputs", []) if any(k.startswith("image/") for k in out.get("data", {})))


def discover_notebooks(directory: str | Path) -> list[Path]:
    """The site's notebooks: ``NN-name.ipynb`` in ``directory``, in number order (never typed by hand)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"notebook folder {directory} does not exist")
    return sorted(directory.glob(NOTEBOOK_PATTERN))


@contextlib.contextmanager
def _environment(values: dict[str, str]):
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def execute_notebook(path: str | Path, *, corpus: str | Path, annotator: str = "builtin",
                     timeout: int = 600, extra_env: dict[str, str] | None = None) -> ExecutedNotebook:
    """Execute a copy of the notebook at ``path`` top to bottom; the file on disk is not changed.

    Args:
        path: the ``.ipynb`` file.
        corpus: the article folder, passed to the notebook as an absolute ``STANCELINE_CORPUS``.
        annotator: ``builtin`` or ``stanza`` (``STANCELINE_ANNOTATOR``).
        timeout: seconds allowed per cell.
        extra_env: more environment variables for the kernel (e.g. ``STANCELINE_CACHE``).

    Returns:
        The executed notebook. A cell that raises does not abort the site: the notebook keeps the
        outputs up to and including the traceback, and ``error`` says which cell failed.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = Path(path).resolve()
    nb = nbformat.read(path, as_version=4)
    env = {"STANCELINE_CORPUS": str(Path(corpus).resolve()), "STANCELINE_ANNOTATOR": annotator,
           "MPLBACKEND": "module://matplotlib_inline.backend_inline", **(extra_env or {})}
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    error = None
    with _environment(env):
        try:
            client.execute(cwd=str(path.parent))
        except CellExecutionError as exc:
            error = _first_line(exc)
        except Exception as exc:  # noqa: BLE001 - a kernel that dies is reported like a failing cell
            error = f"{type(exc).__name__}: {exc}"
    return ExecutedNotebook(source=path, notebook=nb, error=error)


def _first_line(exc: Exception) -> str:
    """The exception line of a cell's traceback (``ValueError: ...``), without terminal colours."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(exc))
    lines = [line for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if re.match(r"^\w*(Error|Exception)\b", line):
            return line.strip()
    return lines[-1].strip() if lines else type(exc).__name__


def notebook_title(nb) -> str | None:
    """The text of the notebook's H1 (``# ...`` in the first Markdown cell that has one)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return None


_STOP = re.compile(r"^\s*(\||(\*\*|\*|_)?(What you|Time to read|Methodology))", re.I)
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")


def _findings_text(nb) -> str:
    """Markdown between the H1 and the first ``##`` heading, including Markdown that code cells display."""
    chunks: list[str] = []
    seen_title = False
    for cell in nb.cells:
        texts = []
        if cell.cell_type == "markdown":
            texts = [cell.source]
        elif cell.cell_type == "code" and seen_title:
            texts = [out["data"]["text/markdown"] for out in cell.get("outputs", [])
                     if "text/markdown" in out.get("data", {})]
        for text in texts:
            for line in text.splitlines():
                if line.startswith("# "):
                    seen_title = True
                    continue
                if re.match(r"^#{2,}\s", line):
                    if seen_title:
                        return "\n".join(chunks)
                    continue
                if seen_title:
                    chunks.append(line)
    return "\n".join(chunks)


def extract_findings(nb) -> list[str]:
    """The notebook's findings-first sentences (Markdown), as the index page lists them.

    Convention (documented in the README): the findings sit between the H1 and the first ``##``
    heading, as a bullet list (or paragraphs), before "What you'll do". A finding names the section
    that produced it with a Markdown link to its anchor, e.g. ``([how](#Which-outlets-...))``.
    """
    lines = _findings_text(nb).splitlines()
    items: list[str] = []
    current: list[str] = []
    in_list = False
    for line in lines:
        if _STOP.match(line):
            break
        item = _ITEM.match(line)
        if item:
            if current:
                items.append(" ".join(current))
            current, in_list = [item.group(1).strip()], True
        elif not line.strip():
            if current and not in_list:
                items.append(" ".join(current))
                current = []
        else:
            current.append(line.strip())
    if current:
        items.append(" ".join(current))
    cleaned = []
    for item in items:
        # drop a leading label such as "*Findings first.*" or "*Findings first, computed below:*"
        item = re.sub(r"^[*_]{0,2}Findings?\b[^*_]*[*_]{1,2}[.:]?\s*", "", item, flags=re.I).strip()
        item = re.sub(r"^[*_]{0,2}Findings?( first)?[.:]\s*", "", item, flags=re.I).strip()
        if item.startswith("*") and item.endswith("*") and not item.startswith("**"):
            item = item[1:-1].strip()
        if item and not item.lower().startswith(("findings first", "next:")):
            cleaned.append(item)
    return cleaned


_NOTEBOOK_LINK = re.compile(r'href="(\d\d-[^"/#]+)\.ipynb(#[^"]*)?"')
_PANDAS_STYLE = re.compile(r"<style scoped>.*?</style>", re.S)
# tables, text structure and links; no img/iframe/script/style/form (escaped as text instead)
_SAFE_TAGS = ["a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "h1", "h2", "h3", "h4",
              "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "small", "span", "strong", "sub", "sup", "table",
              "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "mark", "details", "summary"]
_SAFE_ATTRIBUTES = {"*": ["class", "title", "lang"], "a": ["href", "title"], "td": ["colspan", "rowspan"],
                    "th": ["colspan", "rowspan", "scope"], "table": ["class", "border"]}


def sanitize_outputs(nb):
    """Escape the HTML and Markdown that code cells output; leave the authors' Markdown cells alone.

    Why: outputs are where article text lands (a DataFrame of evidence, a title shown as Markdown),
    so they are untrusted; nbconvert's ``SanitizeHTML`` (bleach, escaping rather than stripping)
    turns ``<script>`` or ``<img onerror>`` into visible text and drops JavaScript outputs. Markdown
    cells are written by the project and keep their headings' anchors. pandas' ``<style scoped>``
    block is removed first (the site stylesheet styles DataFrames), as bleach would show it as text.
    """
    from nbconvert.preprocessors.sanitize import SanitizeHTML

    sanitizer = SanitizeHTML(tags=_SAFE_TAGS, attributes=_SAFE_ATTRIBUTES)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                data["text/html"] = _PANDAS_STYLE.sub("", data["text/html"])
        cell.outputs = sanitizer.sanitize_code_outputs(cell.get("outputs", []))
    return nb


def render_notebook(executed: ExecutedNotebook, *, header_html: str, footer_html: str) -> tuple[str, list[Heading]]:
    """Render an executed notebook as a full HTML page with the site's header and footer.

    Returns:
        The page and its headings with anchors (``(level, id, text)``).
    """
    from nbconvert import HTMLExporter

    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(template_name="lab", extra_template_paths=[str(HERE)], template_file="notebook.html")
    # a cell tagged "hide-input" (e.g. the one that writes the findings) shows only its output
    exporter.register_preprocessor(TagRemovePreprocessor(remove_input_tags={"hide-input"}), enabled=True)
    nb = sanitize_outputs(copy.deepcopy(executed.notebook))
    page, _ = exporter.from_notebook_node(
        nb, resources={"stanceline_header": header_html, "stanceline_footer": footer_html,
                       "metadata": {"name": executed.title}})
    # links between notebooks ("Next: [03](03-event-timelines.ipynb)") point to their rendered pages
    page = _NOTEBOOK_LINK.sub(lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', page)
    return page, extract_headings(page)
