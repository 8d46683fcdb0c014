"""Small, safe HTML helpers for the report site: every string that may come from an article goes
through :func:`esc` (or :func:`safe_url` for links) before it reaches a page.

Article text is untrusted input: a body may contain ``<script>`` or ``<img onerror=...>``. The site
therefore never concatenates raw article text into HTML; it escapes with :func:`html.escape`
(quotes included, so values are also safe inside attributes) and links only ``http(s)`` URLs.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import quote, urlparse

__all__ = ["esc", "safe_url", "render_inline_markdown", "slugify", "extract_headings", "Heading"]


def esc(value) -> str:
    """Escape any value for HTML text or a quoted attribute; ``None`` becomes an empty string."""
    return "" if value is None else html.escape(str(value), quote=True)


def safe_url(value) -> str | None:
    """The URL if it is an absolute ``http``/``https`` URL (escaped for an attribute), else ``None``.

    Why: a ``url`` field in front matter is untrusted; ``javascript:`` or ``data:`` URLs must never
    become links.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    parsed = urlparse(text)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or any(c.isspace() for c in text):
        return None
    return esc(text)


_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_CODE = re.compile(r"`([^`]+)`")


def render_inline_markdown(text: str, *, link_base: str = "") -> str:
    """Render the inline Markdown of a findings sentence (links, bold, italics, code) safely.

    The text is escaped first; only then are the Markdown marks turned into tags, so any HTML in
    the text stays text. Links to ``#anchor`` get ``link_base`` prefixed (the notebook page), links
    to ``*.ipynb`` point to the rendered page, other links only when they are ``http(s)``.
    """
    out = esc(text)

    def link(match: re.Match) -> str:
        label, target = match.group(1), html.unescape(match.group(2))
        if target.startswith("#"):
            href = esc(link_base + "#" + quote(target[1:], safe="?!-_.~'()*,;:@/"))
        elif re.match(r"^[\w.-]+\.ipynb(#.*)?$", target):
            page, _, anchor = target.partition("#")
            href = esc(page[:-len(".ipynb")] + ".html" + ("#" + anchor if anchor else ""))
        else:
            href = safe_url(target)
            if href is None:
                return label
        return f'<a href="{href}">{label}</a>'

    out = _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", out)
    out = _LINK.sub(link, out)
    out = _BOLD.sub(lambda m: f"<strong>{m.group(1)}</strong>", out)
    out = _EM.sub(lambda m: f"<em>{m.group(1)}</em>", out)
    return out


def slugify(value: str) -> str:
    """A file-name-safe slug for an article id (letters, digits, ``-`` ``_`` ``.``; others -> ``-``)."""
    slug = re.sub(r"[^\w.-]+", "-", value, flags=re.ASCII).strip("-.")
    return slug or "article"


class Heading(tuple):
    """``(level, id, text)`` of a heading found in a rendered page."""

    __slots__ = ()

    @property
    def level(self) -> int:
        return self[0]

    @property
    def id(self) -> str:
        return self[1]

    @property
    def text(self) -> str:
        return self[2]


class _HeadingParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings: list[Heading] = []
        self._open: tuple[int, str] | None = None
        self._text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if re.fullmatch(r"h[1-6]", tag):
            ident = dict(attrs).get("id")
            if ident:
                self._open, self._text = (int(tag[1]), ident), []
        elif tag == "a" and self._open and "anchor-link" in (dict(attrs).get("class") or ""):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag == "a" and self._skip:
            self._skip -= 1
        elif self._open and tag == f"h{self._open[0]}":
            self.headings.append(Heading((self._open[0], self._open[1], "".join(self._text).strip())))
            self._open = None

    def handle_data(self, data):
        if self._open and not self._skip:
            self._text.append(data)


def extract_headings(page_html: str) -> list[Heading]:
    """Every ``<h1>``–``<h6>`` with an ``id`` in a page, in order: the anchors findings can link to."""
    parser = _HeadingParser()
    parser.feed(page_html)
    return parser.headings
