"""Gold annotations (hand-made stances and events per article) and their validation.

Format: one YAML file per article, as ``../shared/seed/*.gold.yaml`` and ``data/gold/{dev,test}``:
``article: {id, language, published, stances: [...], events: [...]}``. Gold is what every
extraction component is measured against, so loading it checks what a typo would silently break:
issue keys and polarities from the taxonomy, dates in a known form, evidence that occurs verbatim in
the article, temporal expressions that occur in their evidence.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

__all__ = [
    "ISSUES", "POLARITIES", "PRECISIONS", "EVENT_TYPES", "GoldStance", "GoldEvent", "GoldArticle",
    "GoldError", "gold_files", "load_gold", "precision_recall_f1", "parse_date_value", "validate_gold",
]

ISSUES = (
    "nato_renunciation", "territory_recognition", "troop_withdrawal_donbas", "security_guarantees",
    "foreign_troops_deployment", "army_size_cap", "ceasefire", "military_pressure", "peace_plan_overall",
    "talks_format", "sanctions_relief", "frozen_assets", "zaporizhzhia_npp", "elections",
)
POLARITIES = ("support", "oppose", "conditional")
PRECISIONS = ("day", "week", "month", "year")
EVENT_TYPES = ("MEET", "STATEMENT", "PROPOSE", "DEMAND", "REJECT", "AGREE", "THREATEN", "DEADLINE", "MILITARY")


class GoldError(ValueError):
    """A gold file that breaks the schema; the message names the file and the entry."""


@dataclass(frozen=True)
class GoldStance:
    actor: str
    issue: str
    polarity: str
    evidence: str
    condition: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    what: str
    date_start: dt.date
    date_end: dt.date
    precision: str
    evidence: str
    temporal_expression: str
    who: tuple = ()
    where: str | None = None
    event_type: str | None = None


@dataclass
class GoldArticle:
    id: str
    language: str
    published: dt.date | None
    stances: list[GoldStance] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    path: str | None = None
    split: str | None = None


def precision_recall_f1(correct: int, n_predicted: int, found: int, n_gold: int) -> tuple[float, float, float]:
    """Precision = correct / n_predicted, recall = found / n_gold, and their harmonic mean, to 3 decimals.

    ``correct`` and ``found`` differ only where one prediction can count against several gold items
    (entity span mode); otherwise both are the true positives.
    """
    p = correct / n_predicted if n_predicted else 0.0
    r = found / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def parse_date_value(value) -> tuple[dt.date, dt.date]:
    """A gold/timeline date as a closed interval: '2025-12-20', '2025-12', '2025' or {start, end}."""
    if isinstance(value, dict):
        start, _ = parse_date_value(value["start"])
        _, end = parse_date_value(value["end"])
        return start, end
    if isinstance(value, dt.date):
        return value, value
    text = str(value).strip()
    parts = text.split("-")
    try:
        if len(parts) == 1:
            year = int(parts[0])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date.fromisoformat(text)
        return day, day
    except ValueError:
        raise GoldError(f"date {value!r} is not YYYY-MM-DD, YYYY-MM, YYYY or {{start, end}}") from None


def _published(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.datetime.fromisoformat(str(value)).date()


def _load_one(path: Path) -> GoldArticle:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "article" not in data:
        raise GoldError(f"{path}: expected a mapping with an 'article' key")
    art = data["article"]
    where = str(path)
    stances = []
    for i, s in enumerate(art.get("stances") or [], start=1):
        if s.get("issue") not in ISSUES:
            raise GoldError(f"{where}: stance {i}: issue {s.get('issue')!r} is not in the taxonomy ({', '.join(ISSUES)})")
        if s.get("polarity") not in POLARITIES:
            raise GoldError(f"{where}: stance {i}: polarity {s.get('polarity')!r}; allowed: {', '.join(POLARITIES)}")
        if not s.get("actor") or not s.get("evidence"):
            raise GoldError(f"{where}: stance {i}: 'actor' and 'evidence' are required")
        stances.append(GoldStance(actor=s["actor"], issue=s["issue"], polarity=s["polarity"],
                                  evidence=s["evidence"].strip(), condition=s.get("condition"),
                                  source=s.get("source")))
    events = []
    for i, e in enumerate(art.get("events") or [], start=1):
        try:
            start, end = parse_date_value(e.get("date"))
        except (GoldError, KeyError, TypeError) as exc:
            raise GoldError(f"{where}: event {i}: {exc}") from None
        if e.get("date_precision") not in PRECISIONS:
            raise GoldError(f"{where}: event {i}: date_precision {e.get('date_precision')!r}; allowed: {', '.join(PRECISIONS)}")
        if e.get("event_type") is not None and e["event_type"] not in EVENT_TYPES:
            raise GoldError(f"{where}: event {i}: event_type {e['event_type']!r}; allowed: {', '.join(EVENT_TYPES)}")
        if not e.get("evidence") or not e.get("temporal_expression"):
            raise GoldError(f"{where}: event {i}: 'evidence' and 'temporal_expression' are required")
        who = e.get("who") or []
        events.append(GoldEvent(
            what=e.get("what") or "", date_start=start, date_end=end, precision=e["date_precision"],
            evidence=e["evidence"].strip(), temporal_expression=e["temporal_expression"],
            who=tuple(who if isinstance(who, list) else [who]), where=e.get("where"), event_type=e.get("event_type"),
        ))
    split = path.parent.name if path.parent.name in ("dev", "test") else None
    return GoldArticle(id=str(art["id"]), language=art.get("language", "uk"), published=_published(art.get("published")),
                       stances=stances, events=events, path=str(path), split=split)


def gold_files(paths: str | Path | Iterable[str | Path], suffix: str = ".gold.yaml") -> list[Path]:
    """Files ending in ``suffix`` among ``paths`` (files, or folders searched recursively), sorted.

    Raises:
        FileNotFoundError: a path that is neither a file nor a folder.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(p.rglob("*" + suffix)))
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such gold file or folder")
    return files


def load_gold(paths: str | Path | Iterable[str | Path]) -> list[GoldArticle]:
    """Load gold files (``*.gold.yaml``) from files or folders (searched recursively)."""
    try:
        files = gold_files(paths)
    except FileNotFoundError as exc:
        raise GoldError(str(exc)) from None
    return [_load_one(f) for f in files]


def validate_gold(gold: GoldArticle, body: str) -> list[str]:
    """Problems that make a gold file unusable against its article body (empty list: fine)."""
    problems = []
    for s in gold.stances:
        if s.evidence not in body:
            problems.append(f"{gold.path}: stance evidence not found verbatim: {s.evidence[:60]!r}")
    for e in gold.events:
        if e.evidence not in body:
            problems.append(f"{gold.path}: event evidence not found verbatim: {e.evidence[:60]!r}")
        elif e.temporal_expression not in e.evidence:
            problems.append(f"{gold.path}: temporal expression {e.temporal_expression!r} not in its evidence")
        if e.date_end < e.date_start:
            problems.append(f"{gold.path}: event {e.what!r} ends before it starts")
    return problems
