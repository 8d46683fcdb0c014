"""Scoring extracted stances against gold: precision, recall and F1, strict and lenient.

Matching rule (documented here and in ``python -m stanceline evaluate stances --help``): an extracted
stance matches a gold stance when

1. both are in the same article;
2. they cite the same evidence sentence: the gold ``evidence`` text, found in the article body,
   overlaps the extracted ``[start_char, end_char)``, or the two evidence texts are equal after
   whitespace normalisation;
3. the ``issue`` is the same;
4. the ``polarity`` is the same (``conditional`` is its own polarity; the condition text is not
   compared, because gold writes it as a paraphrase);
5. **strict**: the canonical ``actor`` is the same; **lenient**: the actors are on the same side
   (sides from ``knowledge/actors.yaml``; an actor the knowledge base does not list only matches
   itself).

Each gold stance matches at most one extracted stance and vice versa (greedy, in article order).
Only articles that have a gold file are scored; stances extracted from other articles are ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from .actors import load_actors
from .gold import precision_recall_f1

__all__ = ["StanceScores", "evaluate_stances", "match_stances", "MODES"]

MODES = ("strict", "lenient")


@dataclass(frozen=True)
class StanceScores:
    """Scores of one evaluation.

    Attributes:
        overall: one row per mode (``strict``, ``lenient``) with ``tp, fp, fn, precision, recall, f1``.
        per_issue: the same per mode and issue.
        matches: one row per gold or extracted stance with ``status`` ``tp``/``fp``/``fn`` (per mode),
            for reading the errors.
        articles: how many gold articles were scored.
    """

    overall: pd.DataFrame
    per_issue: pd.DataFrame
    matches: pd.DataFrame
    articles: int

    def f1(self, mode: str = "lenient") -> float:
        """Overall F1 of ``mode`` (``strict`` or ``lenient``)."""
        if mode not in MODES:
            raise ValueError(f"mode {mode!r}; choose one of {', '.join(MODES)}")
        return float(self.overall.set_index("mode").loc[mode, "f1"])


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "")).strip()


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return precision_recall_f1(tp, tp + fp, tp, tp + fn)


def match_stances(predicted: pd.DataFrame, gold_articles, corpus, *, mode: str = "lenient") -> pd.DataFrame:
    """Match extracted stances to gold ones (rule in the module docstring).

    Returns:
        One row per gold and per extracted stance: ``article_id, issue, polarity, actor, evidence,
        kind`` (``gold``/``extracted``) and ``status`` (``tp``, ``fp``, ``fn``).
    """
    if mode not in MODES:
        raise ValueError(f"mode {mode!r}; choose one of {', '.join(MODES)}")
    index = load_actors()

    def side(name):
        actor = index.get(name)
        return actor.side if actor and actor.side else f"actor:{name}"

    bodies = {a.id: a.text for a in corpus}
    rows = []
    for gold in gold_articles:
        if gold.id not in bodies:
            continue
        body = bodies[gold.id]
        pred = predicted[predicted["article_id"] == gold.id] if len(predicted) else predicted
        pred_rows = list(pred.itertuples(index=False)) if len(pred) else []
        used = [False] * len(pred_rows)
        for g in gold.stances:
            g_start = body.find(g.evidence)
            g_end = g_start + len(g.evidence) if g_start >= 0 else -1
            hit = None
            for k, p in enumerate(pred_rows):
                if used[k] or p.issue != g.issue or p.polarity != g.polarity:
                    continue
                same_sentence = (g_start >= 0 and p.start_char < g_end and g_start < p.end_char) or \
                    _norm(p.evidence) == _norm(g.evidence)
                if not same_sentence:
                    continue
                if (p.actor == g.actor) if mode == "strict" else (side(p.actor) == side(g.actor)):
                    hit = k
                    break
            if hit is not None:
                used[hit] = True
            rows.append({"article_id": gold.id, "kind": "gold", "actor": g.actor, "issue": g.issue,
                         "polarity": g.polarity, "evidence": g.evidence, "status": "tp" if hit is not None else "fn"})
        for k, p in enumerate(pred_rows):
            if not used[k]:
                rows.append({"article_id": gold.id, "kind": "extracted", "actor": p.actor, "issue": p.issue,
                             "polarity": p.polarity, "evidence": p.evidence, "status": "fp"})
    frame = pd.DataFrame(rows, columns=["article_id", "kind", "actor", "issue", "polarity", "evidence", "status"])
    frame.insert(0, "mode", mode)
    return frame


def evaluate_stances(predicted: pd.DataFrame, gold_articles, corpus) -> StanceScores:
    """Precision, recall and F1 of ``predicted`` (from :func:`~stanceline.stances.extract_stances`)
    against ``gold_articles`` (from :func:`~stanceline.gold.load_gold`), strict and lenient, overall
    and per issue. ``corpus`` supplies the article bodies for offset matching."""
    matches = pd.concat([match_stances(predicted, gold_articles, corpus, mode=m) for m in MODES], ignore_index=True)
    overall, per_issue = [], []
    for mode in MODES:
        sub = matches[matches["mode"] == mode]
        counts = sub["status"].value_counts()
        tp, fp, fn = (int(counts.get(k, 0)) for k in ("tp", "fp", "fn"))
        p, r, f = _prf(tp, fp, fn)
        overall.append({"mode": mode, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f})
        for issue, grp in sub.groupby("issue", sort=True):
            c = grp["status"].value_counts()
            tp, fp, fn = (int(c.get(k, 0)) for k in ("tp", "fp", "fn"))
            p, r, f = _prf(tp, fp, fn)
            per_issue.append({"mode": mode, "issue": issue, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f})
    ids = {a.id for a in corpus}
    scored = sum(1 for g in gold_articles if g.id in ids)
    return StanceScores(pd.DataFrame(overall), pd.DataFrame(per_issue), matches, scored)
