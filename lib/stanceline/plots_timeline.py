"""The timeline chart: day events as points, week/month/year events as spans, sources per event."""
from __future__ import annotations

import datetime as dt

import pandas as pd

__all__ = ["plot_timeline"]

_TEXT = {
    "uk": {"sources": "джерел", "source": "джерело", "title": "Хронологія подій", "date": "дата"},
    "en": {"sources": "sources", "source": "source", "title": "Timeline of events", "date": "date"},
}
_COLOURS = {"MEET": "#1f77b4", "STATEMENT": "#7f7f7f", "PROPOSE": "#2ca02c", "DEMAND": "#ff7f0e", "REJECT": "#d62728",
            "AGREE": "#17becf", "THREATEN": "#9467bd", "DEADLINE": "#8c564b", "MILITARY": "#e377c2"}


def plot_timeline(timeline: pd.DataFrame, *, language: str = "en", label: str = "what", max_label: int = 55,
                  start: dt.date | None = None, end: dt.date | None = None, title: str | None = None):
    """Draw events on a date axis, one row per event, newest at the bottom.

    Args:
        timeline: merged events from :func:`~stanceline.timelines.build_timeline` (uses
            ``n_sources``) or event mentions from :func:`~stanceline.timelines.extract_events`
            (one source each).
        language: ``uk`` or ``en`` for the axis and legend words.
        label: the column used as row label (``what`` by default).
        max_label: labels longer than this are cut with an ellipsis.
        start, end: clip to events that overlap this window (e.g. leave out 2014).
        title: the chart title (default: "Timeline of events" in the chosen language).

    Returns:
        A matplotlib Figure. Day events are points, longer grains horizontal bars; the number of
        sources is written after each label; colour is the event type.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if language not in _TEXT:
        raise ValueError(f"language {language!r}; allowed: {', '.join(_TEXT)}")
    words = _TEXT[language]
    frame = timeline.dropna(subset=["date_start", "date_end"]).copy()
    frame["date_start"] = pd.to_datetime(frame["date_start"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    if start is not None:
        frame = frame[frame["date_end"] >= pd.Timestamp(start)]
    if end is not None:
        frame = frame[frame["date_start"] <= pd.Timestamp(end)]
    frame = frame.sort_values(["date_start", "date_end"]).reset_index(drop=True)
    n = frame["n_sources"] if "n_sources" in frame else pd.Series(1, index=frame.index)
    height = max(2.5, 0.32 * len(frame) + 1.2)
    fig, ax = plt.subplots(figsize=(11, height))
    plt.rcParams["font.family"] = "DejaVu Sans"
    for y, row in frame.iterrows():
        colour = _COLOURS.get(row.get("event_type"), "#333333")
        if row["date_start"] == row["date_end"]:
            ax.plot(row["date_start"], y, "o", color=colour, markersize=5 + 2 * min(int(n[y]), 6))
        else:
            ax.barh(y, (row["date_end"] - row["date_start"]).days + 1, left=row["date_start"], height=0.5,
                    color=colour, alpha=0.45 if row.get("precision") in ("week", "month", "year") else 0.8)
    labels = []
    for y, row in frame.iterrows():
        text = str(row.get(label) or row.get("expression") or "")
        text = text if len(text) <= max_label else text[: max_label - 1] + "…"
        count = int(n[y])
        labels.append(f"{text} ({count} {words['source'] if count == 1 else words['sources']})")
    ax.set_yticks(range(len(frame)))
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(words["date"])
    ax.set_title(title or words["title"])
    ax.grid(axis="x", alpha=0.3)
    used = [t for t in _COLOURS if t in set(frame.get("event_type", []))]
    ax.legend(handles=[Line2D([0], [0], marker="o", linestyle="", color=_COLOURS[t], label=t) for t in used],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig
