"""The sample corpus in data/articles: it loads cleanly and has the size and shape issue 3 asks for.

These tests read the real files; a broken front matter, a missing source list or an article that
grew past 400 words makes them fail with the file's name.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from stanceline.articles import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "data" / "articles"
README = ROOT / "data" / "README.md"
URL = re.compile(r"^https?://\S+$")


# `corpus` (data/articles loaded once per session) comes from conftest.py


@pytest.fixture(scope="module")
def frame(corpus):
    return corpus.to_frame()


def test_corpus_loads_without_errors_or_warnings(corpus):
    assert [str(p) for p in corpus.problems] == []
    assert len(corpus) == len(list(CORPUS_DIR.glob("*.md")))


def test_corpus_size_and_languages(frame):
    counts = frame["language"].value_counts().to_dict()
    assert len(frame) >= 30
    assert counts.get("uk", 0) >= 18
    assert counts.get("en", 0) >= 9
    assert counts.get("ru", 0) >= 3
    assert set(counts) <= set(LANGUAGES)


def test_corpus_has_at_least_five_outlets(frame):
    assert frame["outlet"].isna().sum() == 0
    assert frame["outlet"].nunique() >= 5


def test_every_article_is_marked_sample_and_lists_source_urls(corpus):
    for article in corpus:
        assert article.meta.get("sample") is True, article.id
        sources = article.meta.get("sources")
        assert isinstance(sources, list) and sources, f"{article.id}: no sources"
        bad = [s for s in sources if not isinstance(s, str) or not URL.match(s)]
        assert bad == [], f"{article.id}: not URLs: {bad}"


def test_every_article_has_150_to_400_words(frame):
    outside = frame.loc[(frame["n_words"] < 150) | (frame["n_words"] > 400), ["article_id", "n_words"]]
    assert outside.to_dict("records") == []


def test_ids_match_file_names_and_dates_are_present(corpus):
    for article in corpus:
        assert Path(article.path).stem == article.id
        assert article.published is not None, article.id
        # the id starts with the publication date, so files sort chronologically
        assert article.id.startswith(article.published.strftime("%Y-%m-%d")), article.id


def test_wire_articles_open_with_a_dateline(corpus):
    wire = [a for a in corpus if a.outlet == "sample-wire-en"]
    assert wire
    for article in wire:
        assert re.match(r"^[A-Z][A-Z .'/-]+, (?:[A-Z][A-Za-z.]+, )?[A-Z][a-z]{2} \d{1,2} \(Sample Wire\) - ", article.text.lstrip()), article.id


def test_readme_outlet_table_matches_the_corpus(frame):
    """data/README.md states counts per outlet and language; they must be the corpus's real counts."""
    text = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(sample-[a-z-]+)` \| (uk|en|ru) \| (\d+) \|", text, flags=re.M)
    stated = {(outlet, lang): int(n) for outlet, lang, n in rows}
    actual = {key: int(n) for key, n in frame.groupby(["outlet", "language"]).size().items()}
    assert stated == actual

    languages = frame["language"].value_counts()
    summary = re.search(r"In all: (\d+) Ukrainian, (\d+) English and (\d+) Russian articles", text)
    assert summary, "the README's language summary sentence is missing"
    assert tuple(int(n) for n in summary.groups()) == (languages["uk"], languages["en"], languages["ru"])
    words = re.search(r"(\d+) to (\d+) words each", text)
    assert words and (int(words[1]), int(words[2])) == (frame["n_words"].min(), frame["n_words"].max())
