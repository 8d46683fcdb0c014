"""Charts for the notebooks and the report: every ``plot_*`` returns a matplotlib Figure.

Labels may be Ukrainian; DejaVu Sans (matplotlib's default) has Cyrillic glyphs. The tables
behind each chart come from ``build_*`` functions, so a notebook prints the numbers beside it.
"""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

__all__ = ["plot_articles_by_date", "plot_lowercase_naming", "plot_timeline", "plot_stance_matrix",
           "plot_positions_over_time"]

from .plots_stances import plot_positions_over_time, plot_stance_matrix  # noqa: E402
from .plots_timeline import plot_timeline  # noqa: E402


def plot_articles_by_date(table: pd.DataFrame, *, title: str = "Articles per week, by language"):
    """Stacked bars of :func:`stanceline.overview.build_articles_by_date`."""
    fig, ax = plt.subplots(figsize=(8, 3.2))
    data = table.set_index("week")
    bottom = None
    for language in data.columns:
        ax.bar([str(w) for w in data.index], data[language], bottom=bottom, label=language)
        bottom = data[language] if bottom is None else bottom + data[language]
    ax.set_ylabel("articles")
    ax.set_xlabel("week starting")
    ax.set_title(title)
    ax.legend(title="language", frameon=False)
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    return fig


def plot_lowercase_naming(table: pd.DataFrame, *, title: str = "Share of mentions written in lower case"):
    """Horizontal bars of :func:`stanceline.entities.build_lowercase_naming`, outlet × actor."""
    pivot = table.pivot(index="outlet", columns="actor", values="lowercase_share").fillna(0)
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.55 * len(pivot) * max(1, len(pivot.columns)) / 2))
    pivot.plot.barh(ax=ax, width=0.8)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of mentions in lower case («путін», «кремль», «росія»)")
    ax.set_ylabel("")
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    fig.tight_layout()
    return fig
