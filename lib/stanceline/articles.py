"""Load news articles from disk into one corpus, reporting every file that cannot be read.

The canonical on-disk format is Markdown with YAML front matter (see ``data/README.md``);
JSON Lines, CSV (one article per row), saved HTML pages and bare ``.txt`` files load too.
Loading never modifies a file. A broken file, line or row becomes a :class:`LoadProblem` naming
the path (and line or field) and the reason; everything else in the folder still loads, so one bad
file in a thousand costs one article, not the corpus.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import yaml

__all__ = [
    "Article",
    "LoadProblem",
    "Corpus",
    "ArticleFormatError",
    "load_articles",
    "load_article_file",
    "SUPPORTED_SUFFIXES",
    "LANGUAGES",
]

LANGUAGES = ("uk", "en", "ru")
SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".jsonl", ".csv", ".html", ".htm")
DEFAULT_MAX_BYTES = 5_000_000
UNKNOWN_OUTLET = "(unknown)"
_TEXT_FIELDS = ("text", "body", "content")


class ArticleFormatError(ValueError):
    """An article file (or one record in it) cannot be turned into an :class:`Article`."""

    def __init__(self, reason: str, *, line: int | None = None, field: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.field = field


@dataclass(frozen=True)
class Article:
    """One news article: its body text plus the metadata needed to resolve dates and compare outlets.

    ``published`` is a timezone-naive :class:`datetime.datetime` in the article's own local time
    (the offset, if any, is kept in ``meta['published_utc_offset']``), or ``None`` when the source
    does not say: relative dates in such an article cannot be resolved, which the timeline reports.
    """

    id: str
    text: str
    language: str
    published: dt.datetime | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    meta: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def outlet_label(self) -> str:
        """The outlet, or ``"(unknown)"``: tables group by it, and pandas would drop a missing key."""
        return self.outlet or UNKNOWN_OUTLET

    @property
    def published_date(self) -> dt.date | None:
        return self.published.date() if self.published else None


@dataclass(frozen=True)
class LoadProblem:
    """Why one file (or one line/row/field of it) did not load, or loaded with a caveat."""

    path: str
    reason: str
    severity: str = "error"  # "error": not loaded; "warning": loaded, with a caveat
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f" [{self.field}]"
        return f"{self.severity}: {where}: {self.reason}"


@dataclass
class Corpus:
    """The articles that loaded, and the problems met on the way (nothing is dropped silently)."""

    articles: list[Article]
    problems: list[LoadProblem] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __getitem__(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    @property
    def errors(self) -> list[LoadProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[LoadProblem]:
        return [p for p in self.problems if p.severity == "warning"]

    def to_frame(self) -> pd.DataFrame:
        """One row per article: the tidy table the notebooks start from."""
        rows = [
            {
                "article_id": a.id,
                "title": a.title,
                "outlet": a.outlet_label,
                "language": a.language,
                "published": pd.Timestamp(a.published) if a.published else pd.NaT,
                "published_missing": a.published is None,
                "url": a.url,
                "n_chars": len(a.text),
                "n_words": len(a.text.split()),
                "path": a.path,
            }
            for a in self.articles
        ]
        columns = ["article_id", "title", "outlet", "language", "published", "published_missing",
                   "url", "n_chars", "n_words", "path"]
        frame = pd.DataFrame(rows, columns=columns)
        frame["published"] = pd.to_datetime(frame["published"])  # a date column even with no rows
        return frame

    def problems_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"path": p.path, "line": p.line, "field": p.field, "severity": p.severity,
              "reason": p.reason} for p in self.problems],
            columns=["path", "line", "field", "severity", "reason"],
        )


# ---------------------------------------------------------------------------------------------
# public entry point


def load_articles(paths: str | Path | Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  recursive: bool = True) -> Corpus:
    """Load every article under ``paths`` (files or folders) into a :class:`Corpus`.

    Args:
        paths: a file, a folder, or a list of them. Folders are searched for the suffixes in
            ``SUPPORTED_SUFFIXES`` (recursively unless ``recursive=False``); hidden files and
            ``README.md`` are passed over.
        max_bytes: files larger than this are refused with a clear reason instead of being read
            into memory.

    Returns:
        A :class:`Corpus`. Articles keep the order of sorted paths. ``corpus.problems`` lists each
        file, line or row that failed (``severity='error'``) or loaded with a caveat
        (``'warning'``, e.g. no publication date).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    seen: dict[str, str] = {}
    for file in _expand(paths, problems, recursive=recursive):
        try:
            loaded, file_problems = load_article_file(file, max_bytes=max_bytes)
        except ArticleFormatError as exc:
            problems.append(LoadProblem(str(file), exc.reason, line=exc.line, field=exc.field))
            continue
        problems.extend(file_problems)
        for article in loaded:
            if article.id in seen:
                problems.append(LoadProblem(
                    str(file), f"duplicate article id {article.id!r}, already loaded from {seen[article.id]}",
                    field="id"))
                continue
            seen[article.id] = str(file)
            articles.append(article)
    return Corpus(articles, problems)


def _expand(paths: Iterable[str | Path], problems: list[LoadProblem], *, recursive: bool) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            for file in sorted(path.glob(pattern)):
                if not file.is_file() or any(part.startswith(".") for part in file.relative_to(path).parts):
                    continue
                if file.name.lower() == "readme.md":
                    continue
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(file)
                else:
                    problems.append(LoadProblem(
                        str(file), f"skipped: suffix {file.suffix or '(none)'!r} is not one of "
                                   f"{', '.join(SUPPORTED_SUFFIXES)}", severity="warning"))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(LoadProblem(str(path), "no such file or folder"))
    return files


def load_article_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[LoadProblem]]:
    """Read one file of any supported format.

    Raises:
        ArticleFormatError: the whole file is unusable (empty, binary, not UTF-8, too large,
            unsupported suffix, broken front matter). Per-record failures inside JSONL/CSV files are
            returned as problems instead, so the other records still load.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleFormatError(f"unsupported suffix {suffix or '(none)'!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}")
    text = _read_text(path, max_bytes=max_bytes)
    if suffix in (".md", ".markdown"):
        return _from_markdown(path, text)
    if suffix == ".txt":
        return _from_plain_text(path, text)
    if suffix == ".jsonl":
        return _from_jsonl(path, text)
    if suffix == ".csv":
        return _from_csv(path, text)
    return _from_html(path, text)


def _read_text(path: Path, *, max_bytes: int) -> str:
    size = path.stat().st_size
    if size == 0:
        raise ArticleFormatError("empty file")
    if size > max_bytes:
        raise ArticleFormatError(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} (pass max_bytes= to load_articles to raise it)")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise ArticleFormatError("binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleFormatError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}; re-save the file as UTF-8",
            line=line) from None
    if not text.strip():
        raise ArticleFormatError("file contains only white space")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# formats

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n?", re.S)


def _from_markdown(path: Path, text: str) -> tuple[list[Article], list[LoadProblem]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---"):
            raise ArticleFormatError("front matter opened with '---' but never closed", line=1)
        raise ArticleFormatError("no YAML front matter: the file must start with a '---' line "
                                 "(see data/README.md for the format)", line=1)
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise ArticleFormatError(f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}", line=line) from None
    if not isinstance(meta, dict):
        raise ArticleFormatError("front matter must be a mapping of fields (key: value)", line=2)
    body = text[match.end():].strip("\n")
    return _build(path, meta, body, default_id=path.stem)


def _from_plain_text(path: Path, text: str) -> tuple[list[Article], list[LoadProblem]]:
    meta = {"language": guess_language(text)}
    articles, problems = _build(path, meta, text.strip("\n"), default_id=path.stem)
    problems.append(LoadProblem(str(path), f"plain text without metadata: language guessed as "
                                           f"{meta['language']!r}, no outlet", severity="warning"))
    return articles, problems


def _from_jsonl(path: Path, text: str) -> tuple[list[Article], list[LoadProblem]]:
    articles, problems = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(LoadProblem(str(path), f"not valid JSON: {exc.msg} at column {exc.colno}", line=number))
            continue
        if not isinstance(record, dict):
            problems.append(LoadProblem(str(path), "a JSON object is expected on each line", line=number))
            continue
        _collect_record(path, record, number, f"{path.stem}-{number}", articles, problems)
    return articles, problems


def _from_csv(path: Path, text: str) -> tuple[list[Article], list[LoadProblem]]:
    articles, problems = [], []
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not any(f in reader.fieldnames for f in _TEXT_FIELDS):
        raise ArticleFormatError(f"CSV header must name a text column ({', '.join(_TEXT_FIELDS)}); "
                                 f"found {reader.fieldnames}", line=1)
    try:
        for row in reader:
            number = reader.line_num
            if None in row:
                problems.append(LoadProblem(str(path), "row has more cells than the header", line=number))
                continue
            record = {k: (v if v != "" else None) for k, v in row.items()}
            _collect_record(path, record, number, f"{path.stem}-{number}", articles, problems)
    except csv.Error as exc:
        problems.append(LoadProblem(str(path), f"CSV could not be parsed further: {exc}", line=reader.line_num))
    return articles, problems


def _collect_record(path, record, number, default_id, articles, problems) -> None:
    body = next((record.get(f) for f in _TEXT_FIELDS if record.get(f)), None)
    if not body:
        problems.append(LoadProblem(str(path), f"no article text (fields tried: {', '.join(_TEXT_FIELDS)})",
                                    line=number, field="text"))
        return
    meta = {k: v for k, v in record.items() if k not in _TEXT_FIELDS}
    try:
        loaded, record_problems = _build(path, meta, str(body), default_id=default_id, line=number)
    except ArticleFormatError as exc:
        problems.append(LoadProblem(str(path), exc.reason, line=number, field=exc.field))
        return
    articles.extend(loaded)
    problems.extend(record_problems)


def _from_html(path: Path, text: str) -> tuple[list[Article], list[LoadProblem]]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if extracted is None:
        raise ArticleFormatError("no article text found in the HTML page")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = (data.get("text") or "").strip()
    if not body:
        raise ArticleFormatError("no article text found in the HTML page")
    lang_match = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", text, re.I)
    meta = {
        "title": data.get("title"),
        "url": data.get("url"),
        "published": data.get("date"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "language": (lang_match.group(1).lower() if lang_match else None) or guess_language(body),
    }
    meta = {k: v for k, v in meta.items() if v}
    return _build(path, meta, body, default_id=path.stem)


# ---------------------------------------------------------------------------------------------
# validation shared by all formats


def _build(path: Path, meta: dict, body: str, *, default_id: str, line: int | None = None):
    problems: list[LoadProblem] = []
    if not body.strip():
        raise ArticleFormatError("article body is empty", line=line, field="text")
    article_id = meta.get("id")
    article_id = str(article_id).strip() if article_id not in (None, "") else default_id
    language = meta.get("language")
    if language in (None, ""):
        language = guess_language(body)
        problems.append(LoadProblem(str(path), f"no language field; guessed {language!r} from the script",
                                    severity="warning", line=line, field="language"))
    language = str(language).lower()
    if language not in LANGUAGES:
        raise ArticleFormatError(f"language {language!r} is not supported; use one of {', '.join(LANGUAGES)}",
                                 line=line, field="language")
    published, offset = _parse_published(meta.get("published"), line=line)
    if published is None:
        problems.append(LoadProblem(str(path), "no publication date: relative dates («вчора», "
                                               "'on Monday') in this article cannot be resolved",
                                    severity="warning", line=line, field="published"))
    extra = {k: v for k, v in meta.items() if k not in {"id", "title", "outlet", "url", "published", "language"}}
    if offset is not None:
        extra["published_utc_offset"] = offset
    article = Article(
        id=article_id, text=body, language=language, published=published,
        title=_opt_str(meta.get("title")), outlet=_opt_str(meta.get("outlet")), url=_opt_str(meta.get("url")),
        path=str(path), meta=extra,
    )
    return [article], problems


def _opt_str(value) -> str | None:
    return None if value is None or (isinstance(value, float) and value != value) else str(value)


def _parse_published(value, *, line: int | None):
    """Return (naive local datetime, UTC offset string) or (None, None) when absent."""
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        offset = value.strftime("%z") or None
        return value.replace(tzinfo=None), offset
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day), None
    text = str(value).strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ArticleFormatError(
            f"published {text!r} is not an ISO date or datetime (e.g. 2025-12-18 or 2025-12-18T09:30:00+02:00)",
            line=line, field="published") from None
    offset = parsed.strftime("%z") or None
    return parsed.replace(tzinfo=None), offset


_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")


def guess_language(text: str) -> str:
    """Guess uk/ru/en from letters that only one of the languages uses; good enough for a warning."""
    sample = text[:5000]
    uk = sum(ch in _UK_ONLY for ch in sample)
    ru = sum(ch in _RU_ONLY for ch in sample)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in sample)
    latin = sum("a" <= ch.lower() <= "z" for ch in sample)
    if cyrillic > latin:
        return "ru" if ru > uk else "uk"
    return "en"
