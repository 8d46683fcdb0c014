"""Stances and timelines on documents from the real stanza.Pipeline (tiny self-trained models).

The tiny models are inaccurate, so these tests check the code path, not the scores: the commands
run with ``--annotator stanza``, read the parser's heads where the stance and timeline rules look
for a governing verb, and produce rows whose offsets point at sentences of the article.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_ARTICLE

pytestmark = pytest.mark.neural

CONFIG = Path(__file__).resolve().parent / "fixtures" / "stanza_tiny" / "pipeline.yaml"


@pytest.fixture(scope="module")
def seed_with_stanza(tmp_path_factory):
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not found in ../shared/seed")
    from stanceline import annotate_corpus, load_articles
    from stanceline.annotate import StanzaAnnotator

    corpus = load_articles(SEED_ARTICLE)
    annotations = annotate_corpus(corpus, StanzaAnnotator.from_config(CONFIG),
                                  cache_dir=tmp_path_factory.mktemp("stanza-cache"))
    return corpus, annotations


def test_stanza_documents_have_a_parse(seed_with_stanza):
    _, annotations = seed_with_stanza
    doc = next(iter(annotations.documents.values()))
    assert all(w.head is not None for s in doc.sentences for w in s.words)


def test_stances_from_stanza_documents_point_at_sentences(seed_with_stanza):
    from stanceline import extract_stances

    corpus, annotations = seed_with_stanza
    stances = extract_stances(corpus, annotations)
    body = corpus.articles[0].text
    for row in stances.itertuples():
        assert body[row.start_char:row.end_char] == row.evidence


def test_events_from_stanza_documents_resolve_dates(seed_with_stanza):
    from stanceline import extract_events

    corpus, annotations = seed_with_stanza
    events = extract_events(corpus, annotations)
    assert len(events) > 0
    body = corpus.articles[0].text
    for row in events.itertuples():
        assert body[row.start_char:row.end_char] == row.evidence
    # the calendar rules do not depend on the model: the explicit date is found whatever the tagger says
    assert "2025-12-20" in {str(d)[:10] for d in events["date_start"]}


@pytest.mark.parametrize("command", ["stances", "timeline"])
def test_cli_commands_run_with_the_stanza_annotator(command, tmp_path):
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not found in ../shared/seed")
    result = subprocess.run([sys.executable, "-m", "stanceline", command, str(SEED_ARTICLE), "--annotator", "stanza",
                             "--stanza-config", str(CONFIG), "--cache-dir", str(tmp_path), "--format", "csv"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert {"article_id", "evidence", "start_char", "end_char"} <= set(header)
