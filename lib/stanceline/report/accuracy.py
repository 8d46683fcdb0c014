"""One table of accuracy figures on the held-out gold, for the index page and notebook 04.

Each row comes from an evaluation function of the library (the same ones the ``python -m stanceline
evaluate ...`` commands call), run on the gold in ``data/gold`` against the sample articles it
annotates. The index page and notebook 04 both call :func:`build_accuracy_table`, and a test
compares it with the CLI's output, so the three can never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

__all__ = ["ACCURACY_NOTEBOOK", "ACCURACY_COLUMNS", "accuracy_markdown", "ComponentScores", "evaluate_components", "accuracy_table",
           "build_accuracy_table", "scores_by", "plot_accuracy", "default_gold_dir", "default_articles_dir"]

ACCURACY_NOTEBOOK = "04-"
ACCURACY_COLUMNS = ["component", "measure", "gold", "precision", "recall", "f1", "accuracy", "n_gold", "n_predicted",
                    "section"]
HELD_OUT = "test"


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_gold_dir() -> Path:
    """``data/gold`` of the project (the folder beside ``lib/``)."""
    return _repo_root() / "data" / "gold"


def default_articles_dir() -> Path:
    """``data/articles``: the sample corpus, which the gold annotates."""
    return _repo_root() / "data" / "articles"


@dataclass
class ComponentScores:
    """Every evaluation behind the accuracy table, kept for reading the errors (notebook 04)."""

    entities: object | None = None            # EntityScores on data/gold/entities
    entity_articles: int = 0
    stances: object | None = None             # StanceScores on the held-out split
    stance_predictions: pd.DataFrame | None = None
    stances_rules: object | None = None       # the same, rules alone (no learned pass): the baseline
    timeline: pd.DataFrame | None = None      # one row per system (stanceline, dateparser-*)
    timeline_matches: dict = field(default_factory=dict)
    held_out: list = field(default_factory=list)
    held_out_articles: list = field(default_factory=list)
    held_out_annotations: object | None = None


def evaluate_components(*, gold_dir: str | Path | None = None, articles_dir: str | Path | None = None,
                        annotator: str = "builtin") -> ComponentScores:
    """Run every evaluation once: names on ``data/gold/entities``, stances and dated events on the
    held-out split ``data/gold/test`` (never used to write the rules).

    Calls :func:`stanceline.evaluate_entities.evaluate_entities`,
    :func:`stanceline.evaluate_stances.evaluate_stances` (on
    :func:`stanceline.stances.extract_stances`) and :func:`stanceline.evaluate_timeline.evaluate_timeline`,
    the functions behind ``python -m stanceline evaluate entities|stances|timeline``. A component
    missing from this version of the library is left as ``None``.
    """
    from ..annotate import annotate_corpus
    from ..articles import load_articles
    from ..gold import load_gold

    gold_dir = Path(gold_dir) if gold_dir is not None else default_gold_dir()
    articles_dir = Path(articles_dir) if articles_dir is not None else default_articles_dir()
    result = ComponentScores()
    if not gold_dir.is_dir() or not articles_dir.is_dir():
        return result
    articles = load_articles(articles_dir)
    if (gold_dir / "entities").is_dir():
        from ..evaluate_entities import evaluate_entities, load_entity_gold

        gold = load_entity_gold(gold_dir / "entities", corpus=articles)
        subset = [a for a in articles if a.id in {g.article_id for g in gold}]
        result.entities = evaluate_entities(gold, subset, annotate_corpus(subset, annotator))
        result.entity_articles = len(subset)
    if (gold_dir / HELD_OUT).is_dir():
        result.held_out = load_gold(gold_dir / HELD_OUT)
        result.held_out_articles = [a for a in articles if a.id in {g.id for g in result.held_out}]
        result.held_out_annotations = annotate_corpus(result.held_out_articles, annotator)
        try:
            from ..evaluate_stances import evaluate_stances
            from ..stances import extract_stances
        except ImportError:
            pass
        else:
            result.stance_predictions = extract_stances(result.held_out_articles, result.held_out_annotations)
            result.stances = evaluate_stances(result.stance_predictions, result.held_out, result.held_out_articles)
            rules = extract_stances(result.held_out_articles, result.held_out_annotations, learned=False)
            result.stances_rules = evaluate_stances(rules, result.held_out, result.held_out_articles)
        try:
            from ..evaluate_timeline import evaluate_timeline
        except ImportError:
            pass
        else:
            result.timeline, result.timeline_matches = evaluate_timeline(
                result.held_out, result.held_out_articles, result.held_out_annotations, return_matches=True)
    return result


def accuracy_table(scores: ComponentScores) -> pd.DataFrame | None:
    """The accuracy table (:data:`ACCURACY_COLUMNS`) from :func:`evaluate_components`' result."""
    rows: list[dict] = []
    if scores.entities is not None:
        t = scores.entities.table
        for mode, measure in (("exact", "entities, exact span and label"), ("span", "entities, span only")):
            r = t[(t["mode"] == mode) & (t["group"] == "overall")].iloc[0]
            rows.append({"component": "entities", "measure": measure,
                         "gold": f"{scores.entity_articles} articles, data/gold/entities",
                         "precision": float(r["precision"]), "recall": float(r["recall"]), "f1": float(r["f1"]),
                         "accuracy": None, "n_gold": int(r["n_gold"]), "n_predicted": int(r["n_predicted"]),
                         "section": "How-well-does-it-find-names?"})
    where = f"{len(scores.held_out)} articles, data/gold/{HELD_OUT}"
    stance_runs = [(scores.stances, "stances", "")]
    if scores.stances_rules is not None:
        stance_runs.append((scores.stances_rules, "stances (rules only)", ", rules only"))
    for run, component, suffix in stance_runs:
        if run is None:
            continue
        for record in run.overall.to_dict("records"):
            rows.append({"component": component, "measure": f"stances, {record['mode']}{suffix}", "gold": where,
                         "precision": round(float(record["precision"]), 3), "recall": round(float(record["recall"]), 3),
                         "f1": round(float(record["f1"]), 3), "accuracy": None,
                         "n_gold": int(record["tp"] + record["fn"]), "n_predicted": int(record["tp"] + record["fp"]),
                         "section": "How-often-is-a-stance-right?"})
    if scores.timeline is not None:
        for record in scores.timeline.to_dict("records"):
            system = record["system"]
            rows.append({"component": "events" if system == "stanceline" else f"events ({system})",
                         "measure": f"dated events, {system}", "gold": where,
                         "precision": record["precision"], "recall": record["recall"], "f1": record["f1"],
                         "accuracy": None, "n_gold": int(record["gold_events"]), "n_predicted": int(record["predicted"]),
                         "section": "How-well-does-it-find-dated-events?"})
            rows.append({"component": "dates" if system == "stanceline" else f"dates ({system})",
                         "measure": f"exact date of matched events, {system}", "gold": where,
                         "precision": None, "recall": None, "f1": None, "accuracy": record["date_accuracy"],
                         "n_gold": int(record["matched"]), "n_predicted": int(record["matched"]),
                         "section": "Are-the-dates-right?"})
    if not rows:
        return None
    return pd.DataFrame(rows, columns=ACCURACY_COLUMNS)


def accuracy_markdown(table: pd.DataFrame) -> str:
    """The accuracy table as Markdown, as the README shows it (a test keeps the README equal to it)."""
    def cell(value):
        return "" if value is None or pd.isna(value) else f"{float(value):.3f}"

    lines = ["| measure | gold | precision | recall | F1 | accuracy | gold items | predicted |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in table.itertuples():
        lines.append(f"| {r.measure} | {r.gold} | {cell(r.precision)} | {cell(r.recall)} | {cell(r.f1)} | "
                     f"{cell(r.accuracy)} | {r.n_gold} | {r.n_predicted} |")
    return "\n".join(lines)


def build_accuracy_table(*, gold_dir: str | Path | None = None, articles_dir: str | Path | None = None,
                         annotator: str = "builtin") -> pd.DataFrame | None:
    """Accuracy of every component on the held-out gold, one row per (component, measure).

    Args:
        gold_dir: the gold folder (default ``data/gold``).
        articles_dir: the articles the gold annotates (default ``data/articles``).
        annotator: the annotator whose output is scored.

    Returns:
        A DataFrame with :data:`ACCURACY_COLUMNS` (``section`` is the anchor in notebook 04 that
        discusses the row), or ``None`` when there is no gold or no articles.
    """
    return accuracy_table(evaluate_components(gold_dir=gold_dir, articles_dir=articles_dir, annotator=annotator))


def scores_by(matches: pd.DataFrame, key: pd.Series | str) -> pd.DataFrame:
    """Precision, recall and F1 per group of a match table with a ``status`` column (tp/fp/fn),
    with the formulas of the evaluation modules (P = tp/(tp+fp), R = tp/(tp+fn))."""
    counts = matches.groupby([key, "status"]).size().unstack(fill_value=0)
    for status in ("tp", "fp", "fn"):
        if status not in counts:
            counts[status] = 0
    counts = counts[["tp", "fp", "fn"]]
    p = (counts["tp"] / (counts["tp"] + counts["fp"])).fillna(0.0)
    r = (counts["tp"] / (counts["tp"] + counts["fn"])).fillna(0.0)
    f = (2 * p * r / (p + r)).fillna(0.0)
    return counts.assign(precision=p.round(3), recall=r.round(3), f1=f.round(3)).reset_index()


def plot_accuracy(table: pd.DataFrame):
    """Bar chart of F1 (or accuracy, for dates) per component, stanceline beside the baselines.

    Returns:
        A matplotlib Figure; the numbers behind it are ``table`` itself.
    """
    import matplotlib.pyplot as plt

    shown = table.copy()
    shown["score"] = shown["f1"].where(shown["f1"].notna(), shown["accuracy"]).astype(float)
    shown["label"] = shown["measure"].str.replace(", ", "\n", n=1, regex=False)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(shown) + 1))
    colors = ["#9aa3ad" if "dateparser" in m or "rules only" in m else "#0b5cad" for m in shown["measure"]]
    ax.barh(range(len(shown)), shown["score"], color=colors)
    ax.set_yticks(range(len(shown)), [m for m in shown["measure"]], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1 (dates: share of matched events with the exact date)")
    for i, value in enumerate(shown["score"]):
        ax.text(min(value + 0.01, 0.93), i, f"{value:.2f}", va="center", fontsize=9)
    ax.set_title("Accuracy on the held-out gold (grey: baselines)")
    fig.tight_layout()
    return fig
