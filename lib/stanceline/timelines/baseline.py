"""The dateparser baseline: what the usual tool gives on the same articles, for comparison.

Two variants, both with the settings that fix dateparser's known Ukrainian failures
(:data:`~stanceline.timelines.expressions.DATEPARSER_SETTINGS`) and ``RELATIVE_BASE`` set to the
publication date:

* ``search`` — :func:`dateparser.search.search_dates` on every sentence finds and resolves the
  expressions itself; each hit is an event mention (detection and normalisation by dateparser);
* ``candidates`` — dateparser resolves the expressions stanceline's rules found (same spans),
  which isolates normalisation.

dateparser returns one instant; its own ``period`` (day, week, month, year) is used to widen the
instant to the calendar unit that contains it, which is generous to the baseline.
"""
from __future__ import annotations

import datetime as dt
import warnings
from functools import lru_cache

import pandas as pd

from .events import EVENT_COLUMNS, extract_events
from .expressions import DATEPARSER_SETTINGS, week_of

__all__ = ["extract_events_dateparser", "dateparser_interval", "BASELINES"]

BASELINES = ("search", "candidates")


def _settings(published: dt.date | None) -> dict:
    settings = dict(DATEPARSER_SETTINGS)
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    return settings


@lru_cache(maxsize=256)
def _parser(language: str, published: dt.date | None):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[language], settings=_settings(published))


def dateparser_interval(text: str, language: str, published: dt.date | None):
    """``(start, end, precision)`` dateparser gives for ``text``, or ``(None, None, None)``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = _parser(language, published).get_date_data(text)
    if data is None or data.date_obj is None:
        return None, None, None
    return _widen(data.date_obj.date(), data.period or "day")


def _widen(day: dt.date, period: str):
    import calendar

    if period == "week":
        start, end = week_of(day)
        return start, end, "week"
    if period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month"
    if period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"
    return day, day, "day"


def extract_events_dateparser(corpus, annotations, *, mode: str = "search") -> pd.DataFrame:
    """Event mentions as dateparser finds and dates them (columns as :func:`extract_events`).

    Args:
        mode: ``search`` (dateparser finds the expressions) or ``candidates`` (dateparser dates
            the expressions stanceline finds).
    """
    if mode not in BASELINES:
        raise ValueError(f"mode {mode!r}; allowed: {', '.join(BASELINES)}")
    if mode == "candidates":
        events = extract_events(corpus, annotations).copy()
        values = [dateparser_interval(r.expression, r.language, r.published) for r in events.itertuples()]
        events["date_start"] = [v[0] for v in values]
        events["date_end"] = [v[1] for v in values]
        events["precision"] = [v[2] for v in values]
        events["rule"] = "dateparser"
        return events[events["date_start"].notna()].reset_index(drop=True)
    from dateparser.search import search_dates

    rows = []
    for article in corpus:
        doc = annotations.documents.get(article.id)
        if doc is None:
            continue
        body = doc.text or article.text
        published = article.published_date
        seen = set()
        for s_index, sentence in enumerate(doc.sentences):
            if not sentence.tokens:
                continue
            s_start, s_end = sentence.tokens[0].start_char, sentence.tokens[-1].end_char
            text = body[s_start:s_end]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    hits = search_dates(text, languages=[article.language], settings=_settings(published)) or []
                except Exception:  # dateparser raises on some inputs; the baseline then finds nothing
                    hits = []
            pos = 0
            for found, value in hits:
                at = text.find(found, pos)
                if at < 0:
                    at = text.find(found)
                if at < 0:
                    continue
                pos = at + len(found)
                start, end, precision = dateparser_interval(found, article.language, published)
                if start is None:
                    start, end, precision = value.date(), value.date(), "day"
                key = (text, found, start)
                if key in seen:
                    continue
                seen.add(key)
                rows.append({
                    "article_id": article.id, "outlet": article.outlet, "language": article.language,
                    "published": published, "date_start": start, "date_end": end, "precision": precision,
                    "expression": found, "event_type": None, "what": None, "actors": [], "place": None,
                    "evidence": text, "start_char": s_start, "end_char": s_end,
                    "expression_start": s_start + at, "expression_end": s_start + at + len(found),
                    "kind": "date", "direction": None, "ambiguous": False, "tense": None, "rule": "dateparser-search",
                    "sentence": s_index,
                })
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)
