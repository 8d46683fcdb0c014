"""The timeline commands end to end on the seed article, and the scoring rules of evaluate timeline."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from stanceline.cli import main
from stanceline.evaluate_timeline import date_correct
from stanceline.gold import GoldEvent

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"


@pytest.fixture
def seed_paths():
    if not (SEED / "article-uk-unn-miami-talks.md").exists():
        pytest.skip(f"seed not found in {SEED} (it lives in ../shared/seed beside the repo)")
    return SEED / "article-uk-unn-miami-talks.md", SEED / "article-uk-unn-miami-talks.gold.yaml"


def test_timeline_csv_has_the_documented_columns(seed_paths, capsys, tmp_path):
    assert main(["timeline", str(seed_paths[0]), "--format", "csv", "--cache-dir", str(tmp_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    for column in ["article_id", "date_start", "date_end", "precision", "expression", "event_type", "what", "actors",
                   "place", "evidence", "start_char", "end_char"]:
        assert column in rows[0]
    assert [r["expression"] for r in rows] == ["Цими вихідними", "у суботу, 20 грудня", "цього тижня", "Раніше в середу",
                                               "у 2014 році"]


def test_evaluate_timeline_prints_stanceline_and_dateparser_side_by_side(seed_paths, capsys, tmp_path):
    article, gold = seed_paths
    assert main(["evaluate", "timeline", "--gold", str(gold), str(article), "--cache-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert lines["stanceline"][1:8] == ["5", "5", "5", "1.0", "1.0", "1.000", "1.0"]
    assert "dateparser-search" in lines and "dateparser-candidates" in lines


def _gold(start, end, precision):
    return GoldEvent(what="", date_start=start, date_end=end, precision=precision, evidence="", temporal_expression="")


def test_date_accuracy_is_exact_except_for_week_gold():
    D = dt.date
    assert date_correct(D(2025, 12, 20), D(2025, 12, 20), _gold(D(2025, 12, 20), D(2025, 12, 20), "day"))
    assert not date_correct(D(2025, 12, 20), D(2025, 12, 21), _gold(D(2025, 12, 20), D(2025, 12, 20), "day"))
    # gold gives the real days (Sun 14 - Mon 15) for "this week": the Monday-Sunday week overlapping them counts
    assert date_correct(D(2025, 12, 15), D(2025, 12, 21), _gold(D(2025, 12, 14), D(2025, 12, 15), "week"))
    assert not date_correct(D(2025, 12, 1), D(2025, 12, 31), _gold(D(2025, 12, 14), D(2025, 12, 15), "week"))
    assert not date_correct(D(2025, 12, 22), D(2025, 12, 28), _gold(D(2025, 12, 14), D(2025, 12, 15), "week"))
