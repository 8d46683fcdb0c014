"""Merged timelines: the same event reported by many articles becomes one row with its sources.

Two mentions are the same event when they have the same event type, their date intervals
overlap (a "this week" span contains a day), and they share an actor or the place; merging is
transitive (single-linkage clustering with a union-find), the usual way of grouping
cross-document event coreference candidates. The merged date is the most precise one reported;
when the day-precision dates reported for one event differ, ``dates_conflict`` is set and every
reported value is listed, so disagreements between outlets stay visible.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

__all__ = ["build_timeline", "place_stances", "TIMELINE_COLUMNS"]

TIMELINE_COLUMNS = [
    "event_id", "date_start", "date_end", "precision", "event_type", "what", "actors", "place", "n_sources",
    "sources", "outlets", "first_reported", "dates_conflict", "dates_reported", "expressions", "mentions",
]
_GRAIN = {"day": 0, "week": 1, "month": 2, "year": 3}


def _overlap(a, b) -> bool:
    return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]


def _same_event(a, b) -> bool:
    if a["event_type"] != b["event_type"] or a["event_type"] is None:
        return False
    if not _overlap(a, b):
        return False
    if a["precision"] == "year" or b["precision"] == "year":
        # a year says little; demand the same place or the same actors
        return bool(a["place"]) and a["place"] == b["place"]
    shared_actors = set(a["actors"] or []) & set(b["actors"] or [])
    same_place = bool(a["place"]) and a["place"] == b["place"]
    return bool(shared_actors) or same_place


def _conflicting_report(a, b) -> bool:
    """Same type and place, two or more shared actors, dates at most two days apart: one event, two dates."""
    if a["event_type"] != b["event_type"] or not a["place"] or a["place"] != b["place"]:
        return False
    gap = max((a["date_start"] - b["date_end"]).days, (b["date_start"] - a["date_end"]).days)
    return gap <= 2 and len(set(a["actors"] or []) & set(b["actors"] or [])) >= 2


def build_timeline(events: pd.DataFrame) -> pd.DataFrame:
    """Merge event mentions (from :func:`extract_events`) across articles into one row per event.

    Mentions within one article are never merged with each other (an article that names two
    meetings on the same day means two meetings).

    Returns:
        A DataFrame with :data:`TIMELINE_COLUMNS`, sorted by date: ``sources`` lists every
        article id, ``n_sources`` counts them, ``first_reported`` is the earliest publication
        date, ``dates_conflict`` flags differing day dates, ``dates_reported`` lists them.
    """
    if events is None or not len(events):
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    records = [r for r in events.to_dict("records") if r.get("date_start") is not None and not pd.isna(r.get("date_start"))]
    if not records:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    for r in records:  # a missing place arrives from pandas as NaN, which is truthy: make it None
        if not isinstance(r.get("place"), str):
            r["place"] = None
    parent = list(range(len(records)))
    arts = {i: {r["article_id"]} for i, r in enumerate(records)}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j) -> None:
        gi, gj = find(i), find(j)
        if gi == gj or arts[gi] & arts[gj]:
            return  # never merge two mentions of one article
        parent[gj] = gi
        arts[gi] |= arts.pop(gj)

    fine = [i for i, r in enumerate(records) if r["precision"] == "day"]
    coarse = [i for i, r in enumerate(records) if r["precision"] != "day"]
    # 1. day mentions: overlapping dates, or near dates of a strongly identified event (conflict)
    for x, i in enumerate(fine):
        for j in fine[x + 1:]:
            a, b = records[i], records[j]
            if a["article_id"] == b["article_id"]:
                continue
            if _same_event(a, b) or _conflicting_report(a, b):
                union(i, j)
    # 2. a coarse mention (week, month, year) joins the day event it fits best, else its equals
    for i in coarse:
        best, best_score = None, 0
        for j in fine:
            if _same_event(records[i], records[j]) and not arts[find(j)] & {records[i]["article_id"]}:
                score = len(set(records[i]["actors"] or []) & set(records[j]["actors"] or [])) + \
                    (records[i]["place"] is not None and records[i]["place"] == records[j]["place"])
                if score > best_score:
                    best, best_score = j, score
        if best is not None:
            union(best, i)
    for x, i in enumerate(coarse):
        for j in coarse[x + 1:]:
            a, b = records[i], records[j]
            if find(i) == i and find(j) == j and (a["date_start"], a["date_end"]) == (b["date_start"], b["date_end"]) \
                    and _same_event(a, b):
                union(i, j)
    groups: dict[int, list[dict]] = {}
    for i, r in enumerate(records):
        groups.setdefault(find(i), []).append(r)
    rows = []
    for members in groups.values():
        best = min(members, key=lambda r: (_GRAIN.get(r["precision"], 9), (r["date_end"] - r["date_start"]).days))
        day_values = sorted({(r["date_start"], r["date_end"]) for r in members if r["precision"] == "day"})
        conflict = any(not (a[0] <= b[1] and b[0] <= a[1]) for a in day_values for b in day_values)
        actors: list[str] = []
        for r in members:
            for a in r["actors"] or []:
                if a not in actors:
                    actors.append(a)
        places = [r["place"] for r in members if r["place"]]
        sources = sorted({r["article_id"] for r in members})
        published = [r["published"] for r in members if r.get("published") is not None and not pd.isna(r.get("published"))]
        rows.append({
            "date_start": best["date_start"], "date_end": best["date_end"], "precision": best["precision"],
            "event_type": best["event_type"], "what": best["what"], "actors": actors,
            # most reported place; ties go to the alphabetically first, so re-runs agree
            "place": max(sorted(set(places)), key=places.count) if places else None, "n_sources": len(sources),
            "sources": sources, "outlets": sorted({str(r["outlet"]) for r in members if r.get("outlet")}),
            "first_reported": min(published) if published else None,
            "dates_conflict": conflict,
            "dates_reported": [f"{s.isoformat()}" + ("" if s == e else f"/{e.isoformat()}") for s, e in
                               sorted({(r["date_start"], r["date_end"]) for r in members})],
            "expressions": sorted({r["expression"] for r in members}), "mentions": len(members),
        })
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["date_start", "date_end", "event_type"], kind="stable").reset_index(drop=True)
    frame.insert(0, "event_id", [f"E{i + 1:03d}" for i in range(len(frame))])
    return frame[TIMELINE_COLUMNS]


def place_stances(stances: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Put stance statements on the timeline: each dated by the event of its evidence sentence.

    Args:
        stances: a stance table with at least ``article_id, actor, issue, polarity, evidence,
            start_char, end_char, published`` (as the stance extractor returns).
        events: event mentions from :func:`extract_events`; a stance whose evidence sentence holds
            a dated event takes that event's date (the statement was made then), otherwise the
            publication date (the stance was reported then; ``dated_by`` says which).

    Returns:
        The stance rows with ``date_start``, ``date_end``, ``precision`` and ``dated_by``.
    """
    required = ["article_id", "actor", "issue", "polarity", "evidence", "start_char", "end_char", "published"]
    missing = [c for c in required if c not in stances.columns]
    if missing:
        raise ValueError(f"stance table lacks columns {missing}; it needs {required}")
    out = stances.copy()
    starts, ends, precisions, dated_by = [], [], [], []
    for s in out.itertuples():
        match = None
        if events is not None and len(events):
            same = events[(events["article_id"] == s.article_id) & (events["start_char"] < s.end_char)
                          & (events["end_char"] > s.start_char) & (events["precision"] == "day")]
            if len(same):
                match = same.iloc[0]
        if match is not None:
            starts.append(match["date_start"])
            ends.append(match["date_end"])
            precisions.append("day")
            dated_by.append("event")
        else:
            day = s.published
            if isinstance(day, (pd.Timestamp, dt.datetime)):
                day = day.date()
            starts.append(day)
            ends.append(day)
            precisions.append("day")
            dated_by.append("published")
    out["date_start"], out["date_end"], out["precision"], out["dated_by"] = starts, ends, precisions, dated_by
    return out
