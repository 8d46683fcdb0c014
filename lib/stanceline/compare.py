"""Comparison views over extracted stances: who stands where, which outlets carry whom, how positions
moved between negotiation rounds, and where the sides clash.

Every function takes the tidy stance table of :func:`stanceline.stances.extract_stances` and returns a
tidy DataFrame (one row per group) with the counts per polarity and one example quote, so each cell of
a chart can be checked against the sentence behind it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from .stances_lexicon import issue_keys

__all__ = ["Round", "load_rounds", "assign_rounds", "build_stance_matrix", "compare_outlets", "compare_rounds",
           "compare_clashes", "MATRIX_BY", "POLARITY_ORDER"]

KNOWLEDGE_DIR = Path(__file__).parent / "knowledge"
MATRIX_BY = ("side", "actor", "outlet")
POLARITY_ORDER = ("support", "conditional", "oppose")


@dataclass(frozen=True)
class Round:
    """One negotiation round (``knowledge/rounds.yaml``)."""

    key: str
    label: str
    label_uk: str
    place: str | None
    start: dt.date
    end: dt.date
    who: tuple = ()  # canonical names of the delegations that met (``who`` in the YAML)


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def load_rounds(path: str | Path | None = None) -> tuple[list[Round], Round]:
    """The rounds of ``knowledge/rounds.yaml`` (or ``path``) in time order, and the pseudo-round for
    articles published before the first one."""
    data = yaml.safe_load(Path(path or KNOWLEDGE_DIR / "rounds.yaml").read_text(encoding="utf-8"))
    rounds = sorted((Round(r["key"], r.get("label", r["key"]), r.get("label_uk", r.get("label", r["key"])), r.get("place"),
                           _date(r["start"]), _date(r.get("end", r["start"])), tuple(r.get("who") or ()))
                     for r in data["rounds"]),
                    key=lambda r: r.start)
    b = data.get("before_label") or {"key": "before", "label": "Before", "label_uk": "Раніше"}
    first = rounds[0].start if rounds else dt.date.min
    before = Round(b["key"], b["label"], b.get("label_uk", b["label"]), None, dt.date.min, first - dt.timedelta(days=1))
    return rounds, before


def assign_rounds(stances: pd.DataFrame, *, rounds: tuple[list[Round], Round] | None = None) -> pd.DataFrame:
    """Add ``round`` (key) and ``round_label`` columns: the period of the latest round that began on or
    before each article's publication date. Rows without a date get ``None``."""
    rounds_list, before = rounds or load_rounds()
    out = stances.copy()
    keys, labels = [], []
    for value in out["published"] if len(out) else []:
        if value is None or (isinstance(value, float) and pd.isna(value)) or pd.isna(value):
            keys.append(None)
            labels.append(None)
            continue
        day = pd.Timestamp(value).date()
        current = before
        for r in rounds_list:
            if r.start <= day:
                current = r
        keys.append(current.key)
        labels.append(current.label)
    out["round"] = keys
    out["round_label"] = labels
    return out


def _example_order(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["published", "article_id", "start_char"], kind="stable", na_position="last")


def _counts(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    counts = (frame.groupby(keys + ["polarity"]).size().unstack("polarity", fill_value=0)
              .reindex(columns=list(POLARITY_ORDER), fill_value=0).reset_index())
    counts.columns.name = None
    counts["total"] = counts[list(POLARITY_ORDER)].sum(axis=1)
    # net position: +1 per support, +0.5 per conditional support, -1 per rejection, scaled to [-1, 1]
    counts["net"] = ((counts["support"] + 0.5 * counts["conditional"] - counts["oppose"]) / counts["total"]).round(3)
    examples = (_example_order(frame).groupby(keys, as_index=False)
                .agg(example=("evidence", "first"), example_article=("article_id", "first")))
    return counts.merge(examples, on=keys, how="left")


def build_stance_matrix(stances: pd.DataFrame, *, by: str = "side") -> pd.DataFrame:
    """Who stands where on which issue: one row per ``by`` value and issue.

    Args:
        stances: the table of :func:`~stanceline.stances.extract_stances`.
        by: ``side`` (Russia, Ukraine, United States, Europe, …), ``actor``, or ``outlet``.

    Returns:
        Columns ``[by], issue, support, conditional, oppose, total, net, example, example_article``;
        ``net`` is (support + ½·conditional − oppose) / total, from −1 (only rejections) to +1;
        ``example`` is the earliest evidence sentence of the cell.
    """
    if by not in MATRIX_BY:
        raise ValueError(f"by={by!r}; choose one of {', '.join(MATRIX_BY)}")
    columns = [by, "issue", *POLARITY_ORDER, "total", "net", "example", "example_article"]
    frame = stances.dropna(subset=[by]) if len(stances) else stances
    if not len(frame):
        return pd.DataFrame(columns=columns)
    table = _counts(frame, [by, "issue"])
    order = {k: i for i, k in enumerate(issue_keys())}
    table["_o"] = table["issue"].map(order)
    return table.sort_values([by, "_o"]).drop(columns="_o").reset_index(drop=True)[columns]


def compare_outlets(stances: pd.DataFrame) -> pd.DataFrame:
    """Which outlets report which side's positions: one row per outlet and side with ``stances`` and
    ``share`` (of that outlet's stances, 0–1)."""
    columns = ["outlet", "side", "stances", "share"]
    if not len(stances):
        return pd.DataFrame(columns=columns)
    table = stances.dropna(subset=["side"]).groupby(["outlet", "side"]).size().rename("stances").reset_index()
    table["share"] = (table["stances"] / table.groupby("outlet")["stances"].transform("sum")).round(3)
    return table.sort_values(["outlet", "stances", "side"], ascending=[True, False, True]).reset_index(drop=True)[columns]


def compare_rounds(stances: pd.DataFrame, *, by: str = "side", rounds=None) -> pd.DataFrame:
    """Positions per negotiation round: one row per round, ``by`` value and issue, in time order.

    Returns:
        Columns ``round, round_label, [by], issue, support, conditional, oppose, total, net, example,
        example_article``.
    """
    if by not in MATRIX_BY:
        raise ValueError(f"by={by!r}; choose one of {', '.join(MATRIX_BY)}")
    rounds = rounds or load_rounds()
    columns = ["round", "round_label", by, "issue", *POLARITY_ORDER, "total", "net", "example", "example_article"]
    frame = assign_rounds(stances, rounds=rounds).dropna(subset=["round", by]) if len(stances) else stances
    if not len(frame):
        return pd.DataFrame(columns=columns)
    table = _counts(frame, ["round", "round_label", by, "issue"])
    order = {r.key: i for i, r in enumerate([rounds[1], *rounds[0]])}
    issue_order = {k: i for i, k in enumerate(issue_keys())}
    table["_r"] = table["round"].map(order)
    table["_i"] = table["issue"].map(issue_order)
    return table.sort_values(["_r", by, "_i"]).drop(columns=["_r", "_i"]).reset_index(drop=True)[columns]


def compare_clashes(stances: pd.DataFrame, *, by: str = "side") -> pd.DataFrame:
    """Where the sides clash: issues on which one ``by`` value supports (or conditionally supports) the
    proposition and another opposes it.

    Returns:
        One row per issue and pair: ``issue, supporter, opposer, support_n, oppose_n, support_example,
        oppose_example``.
    """
    if by not in MATRIX_BY:
        raise ValueError(f"by={by!r}; choose one of {', '.join(MATRIX_BY)}")
    columns = ["issue", "supporter", "opposer", "support_n", "oppose_n", "support_example", "oppose_example"]
    rows = []
    frame = _example_order(stances.dropna(subset=[by])) if len(stances) else stances
    for issue, grp in frame.groupby("issue", sort=False) if len(frame) else []:
        pro = grp[grp["polarity"].isin(["support", "conditional"])]
        con = grp[grp["polarity"] == "oppose"]
        for supporter, p in pro.groupby(by):
            for opposer, o in con.groupby(by):
                if supporter == opposer:
                    continue
                rows.append({"issue": issue, "supporter": supporter, "opposer": opposer, "support_n": len(p),
                             "oppose_n": len(o), "support_example": p["evidence"].iloc[0],
                             "oppose_example": o["evidence"].iloc[0]})
    table = pd.DataFrame(rows, columns=columns)
    if not len(table):
        return table
    order = {k: i for i, k in enumerate(issue_keys())}
    table["_o"] = table["issue"].map(order)
    return table.sort_values(["_o", "supporter", "opposer"]).drop(columns="_o").reset_index(drop=True)
