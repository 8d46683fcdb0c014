"""Scoring named-entity recognition against hand-made entity gold: precision, recall, F1 per label.

Gold: ``data/gold/entities/<article_id>.entities.yaml``, each a YAML list of
``{article_id, text, label, start_char, end_char}`` (see the README there for the conventions).

Matching rule (the CoNLL shared-task measure): a predicted entity is correct in **exact** mode when
its article, start offset, end offset and label all equal a gold mention's; **span** mode ignores
the label (did the annotator find the name at all?). Each gold mention matches at most one
prediction. Only articles with a gold file are scored. Errors are classified for reading:
``wrong label`` (same span, other label), ``boundary`` (overlapping span, e.g. «Віткофф» for «Стів
Віткофф»), ``missed`` (no overlapping prediction) and ``spurious`` (no overlapping gold).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pandas as pd
import yaml

from .gold import gold_files, precision_recall_f1

__all__ = ["ENTITY_LABELS", "GoldEntity", "EntityScores", "load_entity_gold", "evaluate_entities",
           "score_table", "ENTITY_GOLD_SUFFIX"]

ENTITY_LABELS = ("PERS", "LOC", "ORG", "MISC")
ENTITY_GOLD_SUFFIX = ".entities.yaml"
MODES = ("exact", "span")
SCORE_COLUMNS = ["mode", "group", "value", "n_gold", "n_predicted", "tp", "precision", "recall", "f1"]


@dataclass(frozen=True)
class GoldEntity:
    """One hand-annotated entity mention; offsets are into the article body, ``end_char`` exclusive."""

    article_id: str
    text: str
    label: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class EntityScores:
    """Result of :func:`evaluate_entities`.

    Attributes:
        table: one row per mode (``exact``, ``span``) and group (``overall``; ``label`` = PERS …;
            ``language`` = uk/en/ru) with ``n_gold, n_predicted, tp, precision, recall, f1``
            (rounded to 3 decimals, as the CLI prints them).
        matches: one row per gold or predicted mention: ``status`` (``tp``/``fn``/``fp``, exact
            mode) and ``error`` (``wrong label``/``boundary``/``missed``/``spurious``).
        articles: how many gold articles were scored.
    """

    table: pd.DataFrame
    matches: pd.DataFrame
    articles: int

    def f1(self, mode: str = "exact", group: str = "overall", value: str = "all") -> float:
        if mode not in MODES:
            raise ValueError(f"mode {mode!r}; choose one of {', '.join(MODES)}")
        row = self.table[(self.table["mode"] == mode) & (self.table["group"] == group) & (self.table["value"] == value)]
        if not len(row):
            raise ValueError(f"no scores for group {group!r} = {value!r}")
        return float(row["f1"].iloc[0])


def _files(paths) -> list[Path]:
    return gold_files(paths, ENTITY_GOLD_SUFFIX)


def load_entity_gold(paths: str | Path | Iterable[str | Path], *, corpus=None) -> list[GoldEntity]:
    """Load entity gold from files or folders (``*.entities.yaml``, searched recursively).

    Args:
        paths: files or folders.
        corpus: if given, each mention's ``text`` is checked against the article body at its
            offsets, so a shifted offset is an error instead of a silent miss.

    Raises:
        ValueError: naming the file and the entry, for a missing field, an unknown label, or offsets
            that do not hold the text.
    """
    mentions: list[GoldEntity] = []
    bodies = {a.id: a.text for a in corpus} if corpus is not None else {}
    for path in _files(paths):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a YAML list of {{article_id, text, label, start_char, end_char}}")
        for i, entry in enumerate(data, start=1):
            missing = [k for k in ("article_id", "text", "label", "start_char", "end_char") if k not in (entry or {})]
            if missing:
                raise ValueError(f"{path}: entry {i}: missing {', '.join(missing)}")
            if entry["label"] not in ENTITY_LABELS:
                raise ValueError(f"{path}: entry {i}: label {entry['label']!r}; allowed: {', '.join(ENTITY_LABELS)}")
            mention = GoldEntity(str(entry["article_id"]), str(entry["text"]), entry["label"],
                                 int(entry["start_char"]), int(entry["end_char"]))
            body = bodies.get(mention.article_id)
            if body is not None and body[mention.start_char:mention.end_char] != mention.text:
                raise ValueError(f"{path}: entry {i}: body[{mention.start_char}:{mention.end_char}] is "
                                 f"{body[mention.start_char:mention.end_char]!r}, not {mention.text!r}")
            mentions.append(mention)
    return mentions


def _exact_hits(gold_rows, predicted) -> list[bool]:
    """For each gold mention, whether an unused prediction has the same article, span and label."""
    left: dict[tuple, int] = {}
    for m in predicted:
        left[m[:4]] = left.get(m[:4], 0) + 1
    hits = []
    for g in gold_rows:
        ok = left.get(g[:4], 0) > 0
        if ok:
            left[g[:4]] -= 1
        hits.append(ok)
    return hits


def _prf(right: int, found: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision = right / n_pred, recall = found / n_gold, rounded to 3 decimals."""
    return precision_recall_f1(right, n_pred, found, n_gold)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_entities(gold: list[GoldEntity], corpus, annotations) -> EntityScores:
    """Precision, recall and F1 of the annotator's entities against ``gold``, exact and span-only,
    overall, per label and per language.

    Args:
        gold: from :func:`load_entity_gold`.
        corpus: the articles (those with gold are scored; the others are ignored).
        annotations: the :class:`~stanceline.annotate.Annotations` of ``corpus``.
    """
    from .entities import extract_entities

    ids = sorted({g.article_id for g in gold})
    known = {a.id: a for a in corpus}
    missing = [i for i in ids if i not in known]
    if missing:
        raise ValueError(f"gold articles not in the corpus: {', '.join(missing)}")
    language = {i: known[i].language for i in ids}
    entities = extract_entities(corpus, annotations)
    entities = entities[entities["article_id"].isin(ids)]
    predicted = [(r.article_id, int(r.start_char), int(r.end_char), r.label, r.text)
                 for r in entities.itertuples(index=False)]
    gold_rows = [(g.article_id, g.start_char, g.end_char, g.label, g.text) for g in gold]

    groups = [("overall", "all", lambda m: True)]
    groups += [("label", lab, (lambda lab: lambda m: m[3] == lab)(lab)) for lab in ENTITY_LABELS]
    groups += [("language", lang, (lambda lang: lambda m: language[m[0]] == lang)(lang))
               for lang in sorted(set(language.values()))]
    exact_hits = _exact_hits(gold_rows, predicted)
    rows: list[dict] = []
    for mode in MODES:
        for group, value, keep in groups:
            n_gold = sum(1 for g in gold_rows if keep(g))
            n_pred = sum(1 for m in predicted if keep(m))
            if group == "label" and not n_gold and not n_pred:
                continue
            if mode == "exact":
                tp = sum(1 for g, ok in zip(gold_rows, exact_hits) if ok and keep(g))
                p, r, f = _prf(tp, tp, n_pred, n_gold)
            else:
                # span only: recall counts gold mentions (of the group) whose span was predicted,
                # precision counts predictions (of the group, by predicted label) whose span is gold
                tp, right = _span_tp(gold_rows, predicted, keep)
                p, r, f = _prf(right, tp, n_pred, n_gold)
            rows.append({"mode": mode, "group": group, "value": value, "n_gold": n_gold, "n_predicted": n_pred,
                         "tp": tp, "precision": p, "recall": r, "f1": f})
    table = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return EntityScores(table=table, matches=_match_table(gold_rows, predicted, language), articles=len(ids))


def _span_tp(gold_rows, predicted, keep) -> tuple[int, int]:
    """(gold mentions in the group whose span was predicted, predictions in the group whose span is gold)."""
    pred_spans = {m[:3] for m in predicted}
    gold_spans = {g[:3] for g in gold_rows}
    found = sum(1 for g in gold_rows if keep(g) and g[:3] in pred_spans)
    right = sum(1 for m in predicted if keep(m) and m[:3] in gold_spans)
    return found, right


def _match_table(gold_rows, predicted, language) -> pd.DataFrame:
    rows = []
    pred_left = list(predicted)
    exact = {}
    for m in predicted:
        exact.setdefault(m[:4], []).append(m)
    used = set()
    for g in gold_rows:
        candidates = [m for m in exact.get(g[:4], []) if id(m) not in used]
        if candidates:
            used.add(id(candidates[0]))
            rows.append(_row(g, "tp", None, None, language))
            continue
        same_span = [m for m in predicted if m[:3] == g[:3]]
        overlapping = [m for m in predicted if m[0] == g[0] and _overlaps(m[1:3], g[1:3])]
        if same_span:
            rows.append(_row(g, "fn", "wrong label", same_span[0], language))
        elif overlapping:
            rows.append(_row(g, "fn", "boundary", overlapping[0], language))
        else:
            rows.append(_row(g, "fn", "missed", None, language))
    gold_keys = {g[:4] for g in gold_rows}
    for m in pred_left:
        if id(m) in used or m[:4] in gold_keys:
            continue
        same_span = [g for g in gold_rows if g[:3] == m[:3]]
        overlapping = [g for g in gold_rows if g[0] == m[0] and _overlaps(m[1:3], g[1:3])]
        error = "wrong label" if same_span else "boundary" if overlapping else "spurious"
        other = (same_span or overlapping or [None])[0]
        rows.append(_row(m, "fp", error, other, language))
    columns = ["article_id", "language", "status", "error", "text", "label", "start_char", "end_char",
               "other_text", "other_label"]
    return pd.DataFrame(rows, columns=columns)


def _row(m, status, error, other, language) -> dict:
    return {"article_id": m[0], "language": language[m[0]], "status": status, "error": error, "text": m[4],
            "label": m[3], "start_char": m[1], "end_char": m[2],
            "other_text": other[4] if other else None, "other_label": other[3] if other else None}


def score_table(scores: EntityScores) -> pd.DataFrame:
    """The table ``python -m stanceline evaluate entities`` prints (and the report shows)."""
    return scores.table.copy()

