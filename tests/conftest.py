"""Shared fixtures. nbval: stderr (warnings, progress) is not compared, only cell results."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT.parent / "shared" / "seed"
SEED_ARTICLE = SEED_DIR / "article-uk-unn-miami-talks.md"
SEED_GOLD = SEED_DIR / "article-uk-unn-miami-talks.gold.yaml"
CORPUS_DIR = ROOT / "data" / "articles"
GOLD_DIR = ROOT / "data" / "gold"


def pytest_collectstart(collector):
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += ("stderr",)


@pytest.fixture(scope="session")
def seed_article():
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE} (it lives in ../shared/seed beside the repo)")
    from stanceline import load_articles

    return load_articles(SEED_ARTICLE).articles[0]


@pytest.fixture(scope="session")
def seed_doc(seed_article):
    from stanceline import annotate_text

    return annotate_text(seed_article.text, seed_article.language)


@pytest.fixture(scope="session")
def corpus():
    from stanceline import load_articles

    return load_articles(CORPUS_DIR)


@pytest.fixture(scope="session")
def corpus_annotations(corpus, tmp_path_factory):
    from stanceline import annotate_corpus

    return annotate_corpus(corpus, cache_dir=tmp_path_factory.mktemp("cache"))
