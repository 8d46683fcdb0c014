"""Plots of stance comparisons: the stance matrix heatmap and positions over negotiation rounds.

Both take the tidy tables of :mod:`stanceline.compare` and return a :class:`matplotlib.figure.Figure`
(labels in Ukrainian by default, DejaVu Sans for Cyrillic). Cell colour is the net position
(−1 = only rejections, +1 = only support); the text in a cell is ``support/conditional/oppose``
counts, so the chart never hides how few sentences stand behind a colour.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .stances_lexicon import issue_keys, issue_labels

__all__ = ["plot_stance_matrix", "plot_positions_over_time"]

_FONT = {"font.family": "DejaVu Sans"}  # has Cyrillic
_SIDE_UK = {"Russia": "Росія", "Ukraine": "Україна", "United States": "США", "Europe": "Європа", "NATO": "НАТО",
            "Turkey": "Туреччина", "International": "Міжнародні"}


def _label(value, language):
    return _SIDE_UK.get(value, value) if language == "uk" else value


def plot_stance_matrix(matrix: pd.DataFrame, *, by: str = "side", language: str = "uk", title: str | None = None):
    """Heatmap of :func:`~stanceline.compare.build_stance_matrix`: rows ``by`` values, columns issues.

    Args:
        matrix: the tidy matrix (``[by], issue, support, conditional, oppose, net``).
        by: the row column (``side``, ``actor`` or ``outlet``).
        language: ``uk`` or ``en`` labels.
        title: optional title.
    """
    if by not in matrix.columns:
        raise ValueError(f"by={by!r} is not a column of the matrix; columns: {', '.join(matrix.columns)}")
    labels = issue_labels("uk" if language == "uk" else "en")
    issues = [k for k in issue_keys() if k in set(matrix["issue"])]
    rows = sorted(matrix[by].unique())
    net = np.full((len(rows), len(issues)), np.nan)
    text = [["" for _ in issues] for _ in rows]
    for r in matrix.itertuples(index=False):
        i, j = rows.index(getattr(r, by)), issues.index(r.issue)
        net[i, j] = r.net
        text[i][j] = f"{r.support}/{r.conditional}/{r.oppose}"
    with plt.rc_context(_FONT):
        return _draw_matrix(matrix, by, language, title, labels, issues, rows, net, text)


def _draw_matrix(matrix, by, language, title, labels, issues, rows, net, text):
    fig, ax = plt.subplots(figsize=(1.1 * len(issues) + 2.5, 0.6 * len(rows) + 2.2))
    image = ax.imshow(np.ma.masked_invalid(net), cmap="RdYlGn", vmin=-1, vmax=1, aspect="auto")
    ax.set_xticks(range(len(issues)), [labels.get(k, k) for k in issues], rotation=40, ha="right")
    ax.set_yticks(range(len(rows)), [_label(v, language) for v in rows])
    for i in range(len(rows)):
        for j in range(len(issues)):
            if text[i][j]:
                ax.text(j, i, text[i][j], ha="center", va="center", fontsize=8)
    bar = fig.colorbar(image, ax=ax, fraction=0.03)
    bar.set_label("підтримка − відмова" if language == "uk" else "support − oppose")
    ax.set_title(title or ("Хто де стоїть: підтримка/умовно/відмова" if language == "uk"
                           else "Who stands where: support/conditional/oppose"))
    fig.tight_layout()
    return fig


def plot_positions_over_time(rounds_table: pd.DataFrame, *, by: str = "side", language: str = "uk",
                             sides: list[str] | None = None, title: str | None = None):
    """Small multiples of :func:`~stanceline.compare.compare_rounds`: one panel per ``by`` value,
    issues down, rounds across, coloured by net position, with the counts written in.

    Args:
        rounds_table: the tidy table (``round, round_label, [by], issue, support, conditional, oppose, net``).
        by: the panel column (``side`` by default).
        language: ``uk`` or ``en`` labels.
        sides: which panels to draw (default: all, alphabetically).
        title: optional title.
    """
    if by not in rounds_table.columns:
        raise ValueError(f"by={by!r} is not a column of the table; columns: {', '.join(rounds_table.columns)}")
    from .compare import load_rounds

    rounds, before = load_rounds()
    order = [before, *rounds]
    present = [r for r in order if r.key in set(rounds_table["round"])]
    round_labels = [r.label_uk if language == "uk" else r.label for r in present]
    panels = sides or sorted(rounds_table[by].unique())
    labels = issue_labels("uk" if language == "uk" else "en")
    issues = [k for k in issue_keys() if k in set(rounds_table["issue"])]
    with plt.rc_context(_FONT):
        return _draw_rounds(rounds_table, by, language, title, present, round_labels, panels, labels, issues)


def _draw_rounds(rounds_table, by, language, title, present, round_labels, panels, labels, issues):
    fig, axes = plt.subplots(1, len(panels), figsize=(2.6 * len(panels) + 2.5, 0.45 * len(issues) + 2.2),
                             sharey=True, squeeze=False)
    for ax, panel in zip(axes[0], panels):
        sub = rounds_table[rounds_table[by] == panel]
        net = np.full((len(issues), len(present)), np.nan)
        for r in sub.itertuples(index=False):
            i = issues.index(r.issue)
            j = [p.key for p in present].index(r.round)
            net[i, j] = r.net
            ax.text(j, i, f"{r.support}/{r.conditional}/{r.oppose}", ha="center", va="center", fontsize=7)
        ax.imshow(np.ma.masked_invalid(net), cmap="RdYlGn", vmin=-1, vmax=1, aspect="auto")
        ax.set_xticks(range(len(present)), round_labels, rotation=40, ha="right")
        ax.set_title(_label(panel, language))
    axes[0][0].set_yticks(range(len(issues)), [labels.get(k, k) for k in issues])
    fig.suptitle(title or ("Позиції за раундами переговорів (підтримка/умовно/відмова)" if language == "uk"
                           else "Positions by negotiation round (support/conditional/oppose)"))
    fig.tight_layout()
    return fig
