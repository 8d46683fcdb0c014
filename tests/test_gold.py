"""Gold annotations in data/gold: valid against the schema and against their articles.

Gold is what every extractor is scored against, so a typo in an evidence string or an issue key
would silently distort every score. These tests load every file with the library's own loader and
validator, check the conventions of data/README.md that can be checked mechanically (week spans,
weekend spans, conditions), and show that the validator really catches a broken evidence string.
They assert on structure only and never print a test-split annotation.
"""
from __future__ import annotations

import calendar
import collections
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from stanceline.gold import GoldError, load_gold, validate_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "data" / "gold"
README = ROOT / "data" / "README.md"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
SEED_GOLD = SEED / "article-uk-unn-miami-talks.gold.yaml"


# `corpus` (data/articles loaded once per session) comes from conftest.py


@pytest.fixture(scope="module")
def gold():
    return load_gold(GOLD_DIR)


def test_every_gold_file_loads(gold):
    files = sorted(GOLD_DIR.rglob("*.gold.yaml"))
    assert len(gold) == len(files) > 0
    assert all(g.split in ("dev", "test") for g in gold)
    assert len({g.id for g in gold}) == len(gold), "an article is annotated twice"


def test_every_gold_file_validates_against_its_article(gold, corpus):
    problems = []
    for g in gold:
        article = corpus[g.id]
        problems += validate_gold(g, article.text)
    assert problems == []


def test_gold_metadata_matches_the_article(gold, corpus):
    for g in gold:
        article = corpus[g.id]
        assert g.language == article.language, g.id
        assert g.published == article.published_date, g.id
        declared = yaml.safe_load(Path(g.path).read_text(encoding="utf-8"))["article"]["file"]
        assert (Path(g.path).parent / declared).resolve() == Path(article.path).resolve(), g.id


def test_split_sizes(gold):
    by_language = collections.Counter(g.language for g in gold)
    assert len(gold) >= 12
    assert by_language["uk"] >= 7
    assert by_language["en"] >= 4
    assert by_language["ru"] >= 1
    assert sum(g.split == "test" for g in gold) >= 5
    assert sum(g.split == "dev" for g in gold) >= 5


def test_every_gold_article_has_stances_and_events(gold):
    empty = [g.id for g in gold if not g.stances or not g.events]
    assert empty == []


def test_conditional_stances_and_only_they_state_a_condition(gold):
    wrong = [(g.id, s.actor, s.issue) for g in gold for s in g.stances
             if (s.polarity == "conditional") != bool(s.condition)]
    assert wrong == []


def test_one_stance_per_actor_issue_polarity_and_sentence(gold):
    duplicates = [(g.id, key[:3]) for g in gold
                  for key, n in collections.Counter((s.actor, s.issue, s.polarity, s.evidence)
                                                    for s in g.stances).items() if n > 1]
    assert duplicates == []


def test_one_event_per_sentence_and_temporal_expression(gold):
    duplicates = [(g.id, key[1]) for g in gold
                  for key, n in collections.Counter((e.evidence, e.temporal_expression)
                                                    for e in g.events).items() if n > 1]
    assert duplicates == []


def test_date_grains_follow_the_conventions(gold):
    """Weeks are Monday-Sunday, months whole months, years whole years (data/README.md)."""
    wrong = []
    for g in gold:
        for e in g.events:
            start, end = e.date_start, e.date_end
            if e.precision == "week":
                ok = start.weekday() == 0 and end == start + dt.timedelta(days=6)
            elif e.precision == "month":
                ok = start.day == 1 and end == start.replace(day=calendar.monthrange(start.year, start.month)[1])
            elif e.precision == "year":
                ok = (start.month, start.day, end.month, end.day, start.year) == (1, 1, 12, 31, end.year)
            else:  # day, or a span of days such as a weekend or «14–15 грудня»
                ok = (end - start).days <= 6
            if not ok:
                wrong.append((g.id, e.temporal_expression, e.precision, str(start), str(end)))
    assert wrong == []


def test_weekend_expressions_are_saturday_to_sunday(gold):
    weekend = re.compile(r"вихідн|weekend|выходн", re.I)
    spans = [(e.date_start.weekday(), e.date_end.weekday(), e.precision)
             for g in gold for e in g.events if weekend.search(e.temporal_expression)]
    assert spans, "the gold has no weekend expression; drop this test or add one"
    assert set(spans) == {(5, 6, "day")}


def test_relative_days_of_the_week_fall_on_that_weekday(gold):
    """«у суботу» / "on Tuesday" resolve to a date that really is that weekday."""
    names = {0: r"понеділ|понедельник|monday", 1: r"вівтор|вторник|tuesday", 2: r"серед|сред[уа]|wednesday",
             3: r"четвер|thursday", 4: r"п'ятниц|пятниц|friday", 5: r"субот|суббот|saturday",
             6: r"неділ|воскресен|sunday"}
    wrong = []
    checked = 0
    for g in gold:
        for e in g.events:
            if e.precision != "day" or e.date_start != e.date_end:
                continue
            named = [d for d, pattern in names.items() if re.search(pattern, e.temporal_expression, re.I)]
            if len(named) == 1:
                checked += 1
                if e.date_start.weekday() != named[0]:
                    wrong.append((g.id, e.temporal_expression, str(e.date_start)))
    assert checked >= 10
    assert wrong == []


def test_readme_lists_the_split_as_it_is_on_disk(gold):
    text = README.read_text(encoding="utf-8")
    for split in ("dev", "test"):
        row = re.search(rf"^\| `{split}/` \|.*$", text, flags=re.M)
        assert row, f"no {split} row in data/README.md"
        listed = set(re.findall(r"`(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)` \((uk|en|ru)\)", row.group(0)))
        assert listed == {(g.id, g.language) for g in gold if g.split == split}


# --- the checks can fail -------------------------------------------------------------------------

def _copy_one_gold_file(tmp_path: Path) -> tuple[Path, dict]:
    source = sorted((GOLD_DIR / "dev").glob("*.gold.yaml"))[0]
    target = tmp_path / "dev" / source.name
    target.parent.mkdir()
    shutil.copy(source, target)
    return target, yaml.safe_load(target.read_text(encoding="utf-8"))


def test_validate_gold_reports_an_evidence_string_that_is_not_in_the_article(tmp_path, corpus):
    path, data = _copy_one_gold_file(tmp_path)
    stance = data["article"]["stances"][0]
    original = stance["evidence"]
    stance["evidence"] = original.replace(" ", "  ", 1)  # one doubled space, as a careless copy would make
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    [broken] = load_gold(path)
    problems = validate_gold(broken, corpus[broken.id].text)

    assert len(problems) == 1
    assert "stance evidence not found verbatim" in problems[0]
    assert original.split(" ", 1)[0] in problems[0]


def test_validate_gold_reports_a_temporal_expression_outside_its_evidence(tmp_path, corpus):
    path, data = _copy_one_gold_file(tmp_path)
    data["article"]["events"][0]["temporal_expression"] = "наступного місяця"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    [broken] = load_gold(path)
    problems = validate_gold(broken, corpus[broken.id].text)

    assert problems == [f"{path}: temporal expression 'наступного місяця' not in its evidence"]


def test_load_gold_rejects_an_issue_outside_the_taxonomy(tmp_path):
    path, data = _copy_one_gold_file(tmp_path)
    data["article"]["stances"][0]["issue"] = "peace_plan"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    with pytest.raises(GoldError, match="issue 'peace_plan' is not in the taxonomy"):
        load_gold(path)


# --- the seed example --------------------------------------------------------------------------

def test_seed_gold_validates_against_the_seed_article(seed_article):
    # seed_article (conftest.py) skips when ../shared/seed is absent
    if not SEED_GOLD.exists():
        pytest.skip(f"seed gold not found at {SEED_GOLD} (it lives in ../shared/seed beside the repo)")
    [seed_gold] = load_gold(SEED_GOLD)
    assert seed_gold.id == seed_article.id
    assert validate_gold(seed_gold, seed_article.text) == []
    assert len(seed_gold.stances) == 9 and len(seed_gold.events) == 5
