"""Comparison views, framing markers and stance plots on small hand-made stance tables and real text."""
from __future__ import annotations

import datetime as dt

import matplotlib.figure
import pandas as pd
import pytest

from stanceline import annotate_text
from stanceline.annotate import Annotations
from stanceline.articles import Article, Corpus
from stanceline.compare import (assign_rounds, build_stance_matrix, compare_clashes, compare_outlets, compare_rounds,
                                load_rounds)
from stanceline.framing import build_framing_markers, build_loaded_terms
from stanceline.plots_stances import plot_positions_over_time, plot_stance_matrix
from stanceline.stances import STANCE_COLUMNS


def _row(actor, side, issue, polarity, published, outlet="A", evidence=None, article_id="a1", start=0):
    row = dict.fromkeys(STANCE_COLUMNS)
    row.update(article_id=article_id, outlet=outlet, language="uk", published=pd.Timestamp(published), actor=actor,
               side=side, issue=issue, polarity=polarity, evidence=evidence or f"{actor} {polarity} {issue}",
               start_char=start, end_char=start + 10)
    return row


@pytest.fixture()
def table():
    return pd.DataFrame([
        _row("Vladimir Putin", "Russia", "troop_withdrawal_donbas", "support", "2025-11-28", "A", "Путін вимагає", "a1", 0),
        _row("Russia", "Russia", "troop_withdrawal_donbas", "support", "2025-12-16", "B", "Москва вимагає", "a2", 5),
        _row("Volodymyr Zelensky", "Ukraine", "troop_withdrawal_donbas", "oppose", "2025-12-16", "B", "Зеленський відкинув", "a2", 50),
        _row("Volodymyr Zelensky", "Ukraine", "nato_renunciation", "conditional", "2025-12-20", "A", "Зеленський готовий", "a3", 0),
        _row("United States", "United States", "security_guarantees", "support", "2025-11-21", "A", "США пропонують", "a4", 0),
    ])


def test_stance_matrix_by_side_counts_and_first_example(table):
    m = build_stance_matrix(table, by="side")
    russia = m[(m.side == "Russia") & (m.issue == "troop_withdrawal_donbas")].iloc[0]
    assert (russia.support, russia.conditional, russia.oppose, russia.total, russia.net) == (2, 0, 0, 2, 1.0)
    assert russia.example == "Путін вимагає"  # the earliest sentence
    ukraine = m[m.side == "Ukraine"].set_index("issue")
    assert ukraine.loc["nato_renunciation", "net"] == 0.5  # a conditional counts half
    assert ukraine.loc["troop_withdrawal_donbas", "net"] == -1.0
    # rows follow the taxonomy order within a side
    assert list(ukraine.index) == ["nato_renunciation", "troop_withdrawal_donbas"]


def test_stance_matrix_rejects_an_unknown_grouping(table):
    with pytest.raises(ValueError, match="side, actor, outlet"):
        build_stance_matrix(table, by="country")


def test_outlet_shares(table):
    o = compare_outlets(table)
    assert o.values.tolist() == [
        ["A", "Russia", 1, 0.333], ["A", "Ukraine", 1, 0.333], ["A", "United States", 1, 0.333],
        ["B", "Russia", 1, 0.5], ["B", "Ukraine", 1, 0.5],
    ]


def test_rounds_are_data_and_articles_fall_in_the_latest_round_begun():
    rounds, before = load_rounds()
    assert [(r.key, r.start) for r in rounds] == [("geneva", dt.date(2025, 11, 23)), ("moscow", dt.date(2025, 12, 2)),
                                                  ("berlin", dt.date(2025, 12, 14)), ("miami", dt.date(2025, 12, 19))]
    frame = pd.DataFrame({"published": pd.to_datetime(["2025-11-22", "2025-11-23", "2025-12-13", "2025-12-15",
                                                       "2025-12-21"])})
    assert assign_rounds(frame)["round"].tolist() == ["before_geneva", "geneva", "moscow", "berlin", "miami"]


def test_compare_rounds_orders_rounds_in_time(table):
    r = compare_rounds(table)
    assert r[["round", "side", "issue", "total"]].values.tolist() == [
        ["before_geneva", "United States", "security_guarantees", 1],
        ["geneva", "Russia", "troop_withdrawal_donbas", 1],
        ["berlin", "Russia", "troop_withdrawal_donbas", 1],
        ["berlin", "Ukraine", "troop_withdrawal_donbas", 1],
        ["miami", "Ukraine", "nato_renunciation", 1],
    ]


def test_clashes_pair_supporters_with_opposers(table):
    c = compare_clashes(table)
    assert c[["issue", "supporter", "opposer", "support_n", "oppose_n"]].values.tolist() == [
        ["troop_withdrawal_donbas", "Russia", "Ukraine", 2, 1]]
    assert c.support_example.iloc[0] == "Путін вимагає"


def test_loaded_terms_and_lowercase_naming_per_outlet():
    texts = {"u": ("Країна-агресорка і путін вимагають визнання окупованих територій.", "uk", "UA"),
             "r": ("Киевский режим отказался, заявил Путин.", "ru", "RU")}
    articles = [Article(id=k, text=t, language=lang, outlet=o) for k, (t, lang, o) in texts.items()]
    corpus = Corpus(articles)
    annotations = Annotations({k: annotate_text(t, lang) for k, (t, lang, _) in texts.items()}, "builtin", "test")
    terms = build_loaded_terms(corpus, annotations)
    assert sorted(map(tuple, terms[["outlet", "term", "count"]].values.tolist())) == [
        ("RU", "Kyiv regime", 1), ("UA", "aggressor", 1), ("UA", "occupiers", 1)]
    markers = build_framing_markers(corpus, annotations).set_index("outlet")
    assert markers.loc["UA", "lowercase_share"] == 1.0  # «путін»
    assert markers.loc["RU", "lowercase_share"] == 0.0  # «Путин»
    assert markers.loc["RU", "russian_frame"] == 1 and markers.loc["UA", "ukrainian_frame"] == 2
    # an entity table the caller already has gives the same markers
    from stanceline.entities import extract_entities
    given = build_framing_markers(corpus, annotations, entities=extract_entities(corpus, annotations)).set_index("outlet")
    pd.testing.assert_frame_equal(given, markers)


def test_plots_return_figures_with_ukrainian_labels(table):
    fig = plot_stance_matrix(build_stance_matrix(table))
    assert isinstance(fig, matplotlib.figure.Figure)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Росія", "Україна", "США"]
    assert "вихід військ з Донбасу" in [t.get_text() for t in ax.get_xticklabels()]
    assert "2/0/0" in [t.get_text() for t in ax.texts]
    fig2 = plot_positions_over_time(compare_rounds(table))
    assert [a.get_title() for a in fig2.axes] == ["Росія", "Україна", "США"]
