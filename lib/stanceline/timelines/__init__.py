"""Event timelines: what happened when, from relative dates in Ukrainian, English and Russian.

* :func:`extract_temporal_expressions` -> :class:`TemporalExpression` records (``expressions``)
* :func:`extract_events` -> one row per dated event mention (``events``)
* :func:`build_timeline` -> events merged across articles, with sources and date conflicts (``timeline``)
* :func:`place_stances` -> stance statements dated on the same timeline (``timeline``)
* :func:`extract_events_dateparser` -> the dateparser baseline (``baseline``)
"""
from .baseline import extract_events_dateparser
from .events import EVENT_COLUMNS, classify_event, extract_events
from .expressions import DATEPARSER_SETTINGS, TemporalExpression, extract_temporal_expressions, week_of
from .timeline import TIMELINE_COLUMNS, build_timeline, place_stances

__all__ = [
    "TemporalExpression", "extract_temporal_expressions", "week_of", "DATEPARSER_SETTINGS", "extract_events",
    "classify_event", "EVENT_COLUMNS", "build_timeline", "place_stances", "TIMELINE_COLUMNS",
    "extract_events_dateparser",
]
