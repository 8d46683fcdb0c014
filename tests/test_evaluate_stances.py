"""Stance scoring: the matching rule (same article, same sentence, issue, polarity; actor or side)."""
from __future__ import annotations

import pandas as pd
import pytest

from stanceline.articles import Article, Corpus
from stanceline.evaluate_stances import evaluate_stances, match_stances
from stanceline.gold import GoldArticle, GoldStance
from stanceline.stances import STANCE_COLUMNS

BODY = "Кремль наполягає на виході військ. Зеленський відкинув це. Трамп підтримує план."
S1, S2, S3 = "Кремль наполягає на виході військ.", "Зеленський відкинув це.", "Трамп підтримує план."


def _pred(actor, issue, polarity, sentence, *, evidence=None):
    start = BODY.index(sentence)
    row = dict.fromkeys(STANCE_COLUMNS)
    row.update(article_id="a", actor=actor, issue=issue, polarity=polarity, evidence=evidence or sentence,
               start_char=start, end_char=start + len(sentence))
    return row


@pytest.fixture()
def setup():
    corpus = Corpus([Article(id="a", text=BODY, language="uk")])
    gold = [GoldArticle(id="a", language="uk", published=None, stances=[
        GoldStance("Vladimir Putin", "troop_withdrawal_donbas", "support", S1),
        GoldStance("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose", S2),
        GoldStance("Donald Trump", "peace_plan_overall", "support", S3),
    ])]
    predicted = pd.DataFrame([
        _pred("Russia", "troop_withdrawal_donbas", "support", S1),  # right side, wrong actor
        _pred("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose", S2),  # exact
        _pred("Donald Trump", "peace_plan_overall", "conditional", S3),  # wrong polarity
        _pred("Donald Trump", "peace_plan_overall", "support", S1),  # wrong sentence
    ])
    return predicted, gold, corpus


def test_strict_and_lenient_scores(setup):
    scores = evaluate_stances(*setup)
    overall = scores.overall.set_index("mode")
    assert overall.loc["strict", ["tp", "fp", "fn"]].tolist() == [1, 3, 2]
    assert overall.loc["lenient", ["tp", "fp", "fn"]].tolist() == [2, 2, 1]
    assert overall.loc["lenient", "precision"] == 0.5 and overall.loc["lenient", "recall"] == 0.667
    assert scores.f1("strict") == pytest.approx(0.286, abs=1e-3)
    assert scores.articles == 1


def test_per_issue_breakdown(setup):
    per = evaluate_stances(*setup).per_issue
    lenient = per[per["mode"] == "lenient"].set_index("issue")
    assert lenient.loc["troop_withdrawal_donbas", ["tp", "fp", "fn"]].tolist() == [2, 0, 0]
    assert lenient.loc["peace_plan_overall", ["tp", "fp", "fn"]].tolist() == [0, 2, 1]


def test_evidence_text_equality_counts_when_offsets_are_missing(setup):
    predicted, gold, corpus = setup
    predicted = predicted.copy()
    predicted.loc[1, ["start_char", "end_char"]] = [-5, -1]  # offsets lost, text kept
    m = match_stances(predicted, gold, corpus, mode="strict")
    assert m[(m.kind == "gold") & (m.actor == "Volodymyr Zelensky")].status.tolist() == ["tp"]


def test_each_gold_stance_matches_once(setup):
    predicted, gold, corpus = setup
    doubled = pd.concat([predicted.iloc[[1]], predicted.iloc[[1]]], ignore_index=True)
    m = match_stances(doubled, gold, corpus, mode="strict")
    assert sorted(m.status.tolist()) == ["fn", "fn", "fp", "tp"]


def test_unknown_mode_is_refused(setup):
    with pytest.raises(ValueError, match="strict, lenient"):
        match_stances(*setup, mode="loose")


# -- the command line ----------------------------------------------------------------------------
from pathlib import Path  # noqa: E402

from stanceline.cli import main  # noqa: E402

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"


def _seed():
    if not (SEED / "article-uk-unn-miami-talks.md").exists():
        pytest.skip(f"seed article not found at {SEED} (the shared folder sits next to the repository)")
    return SEED / "article-uk-unn-miami-talks.md", SEED / "article-uk-unn-miami-talks.gold.yaml"


def test_cli_evaluate_stances_on_the_seed_prints_perfect_scores(capsys, tmp_path):
    article, gold = _seed()
    assert main(["evaluate", "stances", "--gold", str(gold), str(article), "--cache-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "stances: 1 gold articles (builtin annotator, rules and learned pass)"
    assert lines[2].split() == ["strict", "9", "0", "0", "1.000", "1.000", "1.000"]
    assert lines[3].split() == ["lenient", "9", "0", "0", "1.000", "1.000", "1.000"]
    assert "per issue:" in lines
    assert main(["evaluate", "stances", "--rules-only", "--gold", str(gold), str(article), "--cache-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "stances: 1 gold articles (builtin annotator, rules only)"
    assert lines[3].split() == ["lenient", "9", "0", "0", "1.000", "1.000", "1.000"]


def test_cli_stances_csv_has_the_schema_columns(capsys, tmp_path):
    import csv
    import io

    article, _ = _seed()
    assert main(["stances", str(article), "--format", "csv", "--cache-dir", str(tmp_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 9
    assert list(rows[0])[:9] == ["article_id", "outlet", "published", "actor", "side", "issue", "polarity", "condition",
                                 "evidence"]
    zelensky = next(r for r in rows if r["polarity"] == "conditional" and r["actor"] == "Volodymyr Zelensky")
    assert zelensky["issue"] == "nato_renunciation" and zelensky["start_char"] and zelensky["end_char"]


def test_cli_stances_matrix_by_side(capsys, tmp_path):
    article, _ = _seed()
    assert main(["stances", str(article), "--matrix", "side", "--format", "json", "--cache-dir", str(tmp_path)]) == 0
    import json

    cells = {(c["side"], c["issue"]): c for c in json.loads(capsys.readouterr().out)}
    assert cells[("Russia", "troop_withdrawal_donbas")]["support"] == 2
    assert cells[("Ukraine", "troop_withdrawal_donbas")]["oppose"] == 2
