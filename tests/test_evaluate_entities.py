"""Entity scoring, the entity gold, and agreement between the CLI's `evaluate` commands, the
report's accuracy table (index page) and notebook 04's committed figures."""
from __future__ import annotations

import io
import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest
import yaml

from stanceline import annotate_corpus, load_articles
from stanceline.cli import main
from stanceline.evaluate_entities import evaluate_entities, load_entity_gold

ROOT = Path(__file__).resolve().parents[1]
ENTITY_GOLD = ROOT / "data" / "gold" / "entities"
ARTICLES = ROOT / "data" / "articles"
NOTEBOOK_04 = ROOT / "notebooks" / "04-how-far-to-trust.ipynb"

TEXT = "Зеленський зустрівся з Віткоффом у Берліні."


@pytest.fixture()
def small(tmp_path):
    (tmp_path / "a.md").write_text(f"---\nid: a\nlanguage: uk\npublished: 2025-12-15\n---\n{TEXT}\n", encoding="utf-8")
    corpus = load_articles(tmp_path / "a.md")
    return tmp_path, corpus, annotate_corpus(corpus, cache_dir=tmp_path / "cache")


def _gold(tmp_path, entries) -> Path:
    path = tmp_path / "a.entities.yaml"
    path.write_text(yaml.safe_dump([{"article_id": "a", **e} for e in entries], allow_unicode=True), encoding="utf-8")
    return path


ZEL = {"text": "Зеленський", "label": "PERS", "start_char": 0, "end_char": 10}
WIT = {"text": "Віткоффом", "label": "PERS", "start_char": 23, "end_char": 32}
BER = {"text": "Берліні", "label": "LOC", "start_char": 35, "end_char": 42}


def test_all_names_found_scores_one(small):
    tmp_path, corpus, annotations = small
    scores = evaluate_entities(load_entity_gold(_gold(tmp_path, [ZEL, WIT, BER]), corpus=corpus), corpus, annotations)
    assert scores.f1("exact") == 1.0 and scores.f1("span") == 1.0
    assert list(scores.matches["status"]) == ["tp", "tp", "tp"]


def test_wrong_label_counts_in_exact_but_not_in_span_mode(small):
    tmp_path, corpus, annotations = small
    gold = load_entity_gold(_gold(tmp_path, [ZEL, {**WIT, "label": "ORG"}, BER]), corpus=corpus)
    scores = evaluate_entities(gold, corpus, annotations)
    assert scores.f1("exact") == 0.667  # 2 of 3 right both ways
    assert scores.f1("span") == 1.0
    errors = scores.matches[scores.matches["status"] != "tp"]
    assert list(zip(errors["status"], errors["error"], errors["text"])) == [
        ("fn", "wrong label", "Віткоффом"), ("fp", "wrong label", "Віткоффом")]


def test_a_missed_name_lowers_recall_only(small):
    tmp_path, corpus, annotations = small
    extra = {"text": "зустрівся", "label": "MISC", "start_char": 11, "end_char": 20}  # a gold name nobody would find
    scores = evaluate_entities(load_entity_gold(_gold(tmp_path, [ZEL, WIT, BER, extra]), corpus=corpus),
                               corpus, annotations)
    overall = scores.table[(scores.table["mode"] == "exact") & (scores.table["group"] == "overall")].iloc[0]
    assert (overall["precision"], overall["recall"], overall["f1"]) == (1.0, 0.75, 0.857)
    assert scores.matches.iloc[3][["status", "error"]].tolist() == ["fn", "missed"]


def test_gold_with_shifted_offsets_or_unknown_label_is_rejected(small):
    tmp_path, corpus, _ = small
    with pytest.raises(ValueError, match=r"body\[1:11\] is 'еленський ', not 'Зеленський'"):
        load_entity_gold(_gold(tmp_path, [{**ZEL, "start_char": 1, "end_char": 11}]), corpus=corpus)
    with pytest.raises(ValueError, match="label 'PER'; allowed: PERS, LOC, ORG, MISC"):
        load_entity_gold(_gold(tmp_path, [{**ZEL, "label": "PER"}]))


def test_committed_entity_gold_matches_the_articles():
    corpus = load_articles(ARTICLES)
    gold = load_entity_gold(ENTITY_GOLD, corpus=corpus)  # raises on any offset that does not hold its text
    assert len({g.article_id for g in gold}) == 5
    texts = {g.text for g in gold}
    assert {"путіним", "кремлі", "москви", "Стівом Віткоффом", "Джаредом Кушнером", "ЗСУ", "НАТО", "РНБО"} <= texts


def _cli(args, capsys) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


def test_cli_prints_the_library_scores(capsys):
    out = _cli(["evaluate", "entities", "--gold", str(ENTITY_GOLD), str(ARTICLES), "--format", "json"], capsys)
    printed = pd.DataFrame(json.loads(out))
    corpus = load_articles(ARTICLES)
    gold = load_entity_gold(ENTITY_GOLD, corpus=corpus)
    subset = [a for a in corpus if a.id in {g.article_id for g in gold}]
    table = evaluate_entities(gold, subset, annotate_corpus(subset)).table
    pd.testing.assert_frame_equal(printed, table, check_dtype=False)


@pytest.fixture(scope="module")
def accuracy():
    from stanceline.report.accuracy import build_accuracy_table

    return build_accuracy_table(gold_dir=ROOT / "data" / "gold", articles_dir=ARTICLES).set_index("measure")


def test_index_accuracy_table_matches_evaluate_entities_cli(accuracy, capsys):
    printed = pd.read_csv(io.StringIO(_cli(["evaluate", "entities", "--gold", str(ENTITY_GOLD), str(ARTICLES),
                                            "--format", "csv"], capsys)))
    for mode, measure in (("exact", "entities, exact span and label"), ("span", "entities, span only")):
        cli = printed[(printed["mode"] == mode) & (printed["group"] == "overall")].iloc[0]
        row = accuracy.loc[measure]
        assert (row["precision"], row["recall"], row["f1"], row["n_gold"]) == \
               (cli["precision"], cli["recall"], cli["f1"], cli["n_gold"])


def test_index_accuracy_table_matches_evaluate_timeline_cli(accuracy, capsys):
    out = _cli(["evaluate", "timeline", "--gold", str(ROOT / "data" / "gold" / "test"), str(ARTICLES)], capsys)
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:1] == ["system"])
    printed = pd.read_csv(io.StringIO("\n".join(lines[header:header + 4])), sep=r"\s+")
    for cli in printed.to_dict("records"):
        events = accuracy.loc[f"dated events, {cli['system']}"]
        dates = accuracy.loc[f"exact date of matched events, {cli['system']}"]
        assert (events["precision"], events["recall"], events["f1"], events["n_gold"]) == \
               (cli["precision"], cli["recall"], cli["f1"], cli["gold_events"])
        assert dates["accuracy"] == cli["date_accuracy"]


def test_index_accuracy_table_matches_evaluate_stances_cli(accuracy, capsys):
    from stanceline.cli import build_parser

    try:
        build_parser().parse_args(["evaluate", "stances", "--help"])
    except SystemExit as exc:
        if exc.code != 0:
            pytest.skip("this version has no `evaluate stances` command yet")
    capsys.readouterr()
    out = _cli(["evaluate", "stances", "--gold", str(ROOT / "data" / "gold" / "test"), str(ARTICLES)], capsys)
    for mode in ("strict", "lenient"):
        row = accuracy.loc[f"stances, {mode}"]
        line = next(line for line in out.splitlines() if line.split()[:1] == [mode])
        assert f"{row['f1']:.3f}" in line and f"{row['precision']:.3f}" in line and f"{row['recall']:.3f}" in line


def test_notebook_04_committed_figures_match_the_accuracy_table(accuracy):
    nb = nbformat.read(NOTEBOOK_04, as_version=4)
    summary = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith("# The summary"))
    html = next(o["data"]["text/html"] for o in summary.outputs if "text/html" in o.get("data", {}))
    committed = pd.read_html(io.StringIO(html), index_col=0, flavor="lxml")[0]
    committed.columns = [c if isinstance(c, str) else c[0] for c in committed.columns]
    committed = committed.dropna(how="all")
    for measure, row in accuracy.iterrows():
        for column in ("precision", "recall", "f1", "accuracy", "n_gold", "n_predicted"):
            expected, shown = row[column], committed.loc[measure, column]
            if pd.isna(expected):
                assert pd.isna(shown), (measure, column)
            else:
                assert float(shown) == pytest.approx(float(expected), abs=5e-4), (measure, column)
