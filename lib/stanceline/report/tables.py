"""The stance and timeline tables the site offers as CSV downloads, computed by calling the library.

The site does not re-implement extraction: it calls the public table builders of
:mod:`stanceline.stances` and :mod:`stanceline.timelines` on the chosen corpus. A builder that is not
installed (an older version of the package) is skipped and reported, so the site still builds.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

import pandas as pd

__all__ = ["TableSpec", "TABLES", "build_site_tables", "evidence_span", "to_csv_frame"]


@dataclass(frozen=True)
class TableSpec:
    """One downloadable table: its file name, title, and the library function that builds it."""

    name: str
    title: str
    module: str
    function: str
    description: str


TABLES = (
    TableSpec("stances", "Stances: who stands where on which issue", "stanceline.stances", "extract_stances",
              "one row per stance (actor × issue × polarity) with its evidence sentence"),
    TableSpec("events", "Events: every dated mention", "stanceline.timelines", "extract_events",
              "one row per dated event mention with its temporal expression, normalised dates and evidence"),
    TableSpec("timeline", "Timeline: what happened when, across articles", "stanceline.timelines", "build_timeline",
              "one row per event, merged across the articles that report it (sources, date conflicts)"),
)


def _call(spec: TableSpec, function, corpus, annotations, tables):
    if spec.name == "timeline":  # merges the event mentions built just before
        return function(tables["events"]) if "events" in tables else None
    return function(corpus, annotations)


def build_site_tables(corpus, annotations) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Build every table in :data:`TABLES` that the installed library provides.

    Returns:
        ``({name: DataFrame}, notes)``; ``notes`` says which tables were skipped and why.
    """
    tables: dict[str, pd.DataFrame] = {}
    notes: list[str] = []
    for spec in TABLES:
        try:
            function = getattr(importlib.import_module(spec.module), spec.function)
        except (ImportError, AttributeError):
            notes.append(f"{spec.name}: {spec.module}.{spec.function} is not available in this version")
            continue
        frame = _call(spec, function, corpus, annotations, tables)
        if frame is None:
            continue
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"{spec.module}.{spec.function} returned {type(frame).__name__}, expected a DataFrame")
        tables[spec.name] = frame
    return tables, notes


def to_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with list cells (actors, sources) joined by ``"; "``, as a spreadsheet reads them."""
    out = frame.copy()
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, (list, tuple, set))).any():
            out[column] = out[column].map(
                lambda v: "; ".join(map(str, sorted(v) if isinstance(v, set) else v)) if isinstance(v, (list, tuple, set)) else v)
    return out


_START = ("evidence_start", "evidence_start_char", "sentence_start", "start_char")
_END = ("evidence_end", "evidence_end_char", "sentence_end", "end_char")


def evidence_span(row, text: str) -> tuple[int, int] | None:
    """Character offsets of a table row's evidence sentence in its article body, or ``None``.

    Uses offset columns when the table has them (``evidence_start``/``evidence_end`` or
    ``start_char``/``end_char``) and checks them against the evidence text; otherwise finds the
    evidence string verbatim in the body (evidence is a sentence copied from the article).
    """
    evidence = row.get("evidence")
    evidence = evidence.strip() if isinstance(evidence, str) else None
    for start_key, end_key in zip(_START, _END):
        start, end = row.get(start_key), row.get(end_key)
        if pd.notna(start) and pd.notna(end):
            start, end = int(start), int(end)
            if 0 <= start < end <= len(text) and (evidence is None or text[start:end].strip() == evidence):
                return start, end
    if evidence:
        at = text.find(evidence)
        if at >= 0:
            return at, at + len(evidence)
    return None
