"""Scoring dated events against gold: precision, recall, F1, date accuracy, type accuracy.

The matching rule (documented here, applied identically to stanceline and to the baselines):

* a predicted event **matches** a gold event when it is in the same article, its temporal
  expression lies in the gold evidence sentence, and the predicted and gold expression spans
  overlap (the gold span is the first occurrence of ``temporal_expression`` inside the first
  occurrence of ``evidence`` in the body, or in a verbatim repeat of that sentence); matching is
  one-to-one, largest overlap first;
* **precision** = matched / predicted events in the articles that have gold; **recall** =
  matched / gold events; F1 their harmonic mean;
* **date accuracy** = share of matched events whose ``[date_start, date_end]`` equals the gold
  interval exactly; one exception, for gold of ``week`` precision: the text says only "this week"
  while some gold files give the days the event actually took (seed: «цього тижня» = 14–15
  December), so a prediction of at most seven days that overlaps the gold interval counts as
  correct (the Monday–Sunday week of the schema always does);
* **type accuracy** = share of matched events (with a gold type) whose ``event_type`` equals gold.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from .gold import precision_recall_f1

__all__ = ["evaluate_timeline", "match_events", "date_correct", "SCORE_COLUMNS"]

SCORE_COLUMNS = ["system", "gold_events", "predicted", "matched", "precision", "recall", "f1", "date_accuracy",
                 "type_accuracy"]


def _to_date(value):
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


def date_correct(pred_start, pred_end, gold) -> bool:
    """Whether a predicted interval counts as the gold date (see the module docstring)."""
    ps, pe = _to_date(pred_start), _to_date(pred_end)
    if ps is None or pe is None:
        return False
    if (ps, pe) == (gold.date_start, gold.date_end):
        return True
    if gold.precision == "week":
        return (pe - ps).days <= 6 and ps <= gold.date_end and pe >= gold.date_start
    return False


def _gold_spans(body: str, event) -> list[tuple[int, int]]:
    spans = []
    pos = body.find(event.evidence)
    while pos >= 0:
        off = event.evidence.find(event.temporal_expression)
        if off >= 0:
            spans.append((pos + off, pos + off + len(event.temporal_expression)))
        pos = body.find(event.evidence, pos + 1)
    return spans


def match_events(gold_articles, corpus, events: pd.DataFrame) -> pd.DataFrame:
    """One row per gold event and per unmatched prediction: ``status`` is tp, fn or fp."""
    rows = []
    bodies = {a.id: a.text for a in corpus}
    for g in gold_articles:
        body = bodies.get(g.id)
        if body is None:
            continue
        preds = events[events["article_id"] == g.id].reset_index(drop=True) if len(events) else events
        pairs = []
        spans = [_gold_spans(body, e) for e in g.events]
        for gi, gold_spans in enumerate(spans):
            for pi, p in enumerate(preds.itertuples()):
                overlap = max((min(b, p.expression_end) - max(a, p.expression_start) for a, b in gold_spans), default=0)
                if overlap > 0:
                    pairs.append((overlap, gi, pi))
        used_g, used_p, matched = set(), set(), {}
        for overlap, gi, pi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched[gi] = pi
        for gi, e in enumerate(g.events):
            base = {"article_id": g.id, "gold_expression": e.temporal_expression, "gold_start": e.date_start,
                    "gold_end": e.date_end, "gold_precision": e.precision, "gold_type": e.event_type}
            if gi in matched:
                p = preds.iloc[matched[gi]]
                rows.append({**base, "status": "tp", "expression": p["expression"], "date_start": _to_date(p["date_start"]),
                             "date_end": _to_date(p["date_end"]), "event_type": p["event_type"],
                             "date_ok": date_correct(p["date_start"], p["date_end"], e),
                             "type_ok": (p["event_type"] == e.event_type) if e.event_type else None})
            else:
                rows.append({**base, "status": "fn"})
        for pi, p in enumerate(preds.itertuples()):
            if pi not in used_p:
                rows.append({"article_id": g.id, "status": "fp", "expression": p.expression,
                             "date_start": _to_date(p.date_start), "date_end": _to_date(p.date_end),
                             "event_type": p.event_type})
    return pd.DataFrame(rows)


def _scores(name: str, matches: pd.DataFrame) -> dict:
    tp = int((matches["status"] == "tp").sum()) if len(matches) else 0
    fn = int((matches["status"] == "fn").sum()) if len(matches) else 0
    fp = int((matches["status"] == "fp").sum()) if len(matches) else 0
    precision, recall, f1 = precision_recall_f1(tp, tp + fp, tp, tp + fn)
    hits = matches[matches["status"] == "tp"] if len(matches) else matches
    date_acc = float(hits["date_ok"].mean()) if len(hits) else 0.0
    typed = hits[hits["type_ok"].notna()] if len(hits) else hits
    type_acc = float(typed["type_ok"].astype(bool).mean()) if len(typed) else None
    return {"system": name, "gold_events": tp + fn, "predicted": tp + fp, "matched": tp, "precision": precision,
            "recall": recall, "f1": f1, "date_accuracy": round(date_acc, 3),
            "type_accuracy": None if type_acc is None else round(type_acc, 3)}


def evaluate_timeline(gold_articles, corpus, annotations, *, baselines=("search", "candidates"),
                      return_matches: bool = False):
    """Score stanceline's events and the dateparser baselines on the same gold, side by side.

    Args:
        gold_articles: from :func:`stanceline.gold.load_gold`.
        corpus, annotations: the articles (those with gold are scored) and their annotations.
        baselines: which dateparser variants to run (``search``, ``candidates``; see
            :mod:`stanceline.timelines.baseline`).
        return_matches: also return the per-event match table of every system.

    Returns:
        A DataFrame with :data:`SCORE_COLUMNS`, one row per system (and a dict of match tables).
    """
    from .timelines.baseline import extract_events_dateparser
    from .timelines.events import extract_events

    ids = {g.id for g in gold_articles}
    missing = ids - {a.id for a in corpus}
    if missing:
        raise ValueError(f"gold articles not in the corpus: {', '.join(sorted(missing))}")
    scored = [a for a in corpus if a.id in ids]  # only articles with gold are scored
    systems = {"stanceline": extract_events(scored, annotations)}
    for mode in baselines:
        systems[f"dateparser-{mode}"] = extract_events_dateparser(scored, annotations, mode=mode)
    rows, tables = [], {}
    for name, events in systems.items():
        events = events[events["article_id"].isin(ids)]
        matches = match_events(gold_articles, corpus, events)
        tables[name] = matches
        rows.append(_scores(name, matches))
    scores = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return (scores, tables) if return_matches else scores
