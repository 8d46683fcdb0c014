"""One table of accuracy figures on the held-out gold, for the index page and notebook 04.

Each row comes from an evaluation function of the library (the same ones the ``python -m stanceline
evaluate ...`` commands call), run on the gold in ``data/gold`` against the sample articles it
annotates. The index page and notebook 04 both call :func:`build_accuracy_table`, and a test
compares it with the CLI's output, so the three can never disagree.
"""
from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd

__all__ = ["ACCURACY_NOTEBOOK", "ACCURACY_COLUMNS", "build_accuracy_table", "default_gold_dir", "default_articles_dir"]

ACCURACY_NOTEBOOK = "04-"
ACCURACY_COLUMNS = ["component", "measure", "gold", "precision", "recall", "f1", "n_gold", "n_predicted", "section"]


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_gold_dir() -> Path:
    """``data/gold`` of the project (the folder beside ``lib/``)."""
    return _repo_root() / "data" / "gold"


def default_articles_dir() -> Path:
    """``data/articles``: the sample corpus, which the gold annotates."""
    return _repo_root() / "data" / "articles"


# (module, function): each returns rows with the columns above, or raises ImportError if the
# component is not in this version of the library.
_SOURCES = (
    ("stanceline.evaluate_entities", "accuracy_rows"),
    ("stanceline.evaluate_stances", "accuracy_rows"),
    ("stanceline.evaluate_timeline", "accuracy_rows"),
)


def build_accuracy_table(*, gold_dir: str | Path | None = None, articles_dir: str | Path | None = None,
                         annotator: str = "builtin") -> pd.DataFrame | None:
    """Accuracy of every component on the held-out gold, one row per (component, measure).

    Args:
        gold_dir: the gold folder (default ``data/gold``).
        articles_dir: the articles the gold annotates (default ``data/articles``).
        annotator: the annotator whose output is scored.

    Returns:
        A DataFrame with :data:`ACCURACY_COLUMNS` (``section`` is the anchor in notebook 04 that
        discusses the row), or ``None`` when no gold or no articles are present.
    """
    gold_dir = Path(gold_dir) if gold_dir is not None else default_gold_dir()
    articles_dir = Path(articles_dir) if articles_dir is not None else default_articles_dir()
    if not gold_dir.is_dir() or not articles_dir.is_dir():
        return None
    frames = []
    for module_name, function_name in _SOURCES:
        try:
            function = getattr(importlib.import_module(module_name), function_name)
        except (ImportError, AttributeError):
            continue
        rows = function(gold_dir=gold_dir, articles_dir=articles_dir, annotator=annotator)
        if rows is not None and len(rows):
            frames.append(pd.DataFrame(rows))
    if not frames:
        return None
    table = pd.concat(frames, ignore_index=True)
    for column in ACCURACY_COLUMNS:
        if column not in table.columns:
            table[column] = None
    return table[ACCURACY_COLUMNS]
