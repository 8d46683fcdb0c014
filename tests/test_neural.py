"""The stanza neural annotator through the real ``stanza.Pipeline``, offline, on tiny models.

The models in ``tests/fixtures/stanza_tiny/models/`` were trained by the project itself
(``python tests/fixtures/stanza_tiny/train_tiny_models.py``) on silver annotations of the sample
corpus. They are not accurate, so nothing here checks accuracy: the tests check that stanza's own
tokenizer, tagger, lemmatizer, parser and NER run from our YAML configuration, and that what they
produce survives our conversion (offsets, BIOES tags, entity spans, heads, CoNLL-U, the cache, the CLI).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS_DIR, ROOT, SEED_ARTICLE

pytestmark = pytest.mark.neural

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "stanza_tiny"
CONFIG = FIXTURE / "pipeline.yaml"
PROCESSORS = {"tokenize", "pos", "lemma", "depparse", "ner"}
UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X"}
LABELS = {"PERS", "LOC", "ORG", "MISC"}
BIOES = re.compile(r"^(O|[BIES]-(PERS|LOC|ORG|MISC))$")
FEATS = re.compile(r"^[A-Za-z]+(\[[a-z]+\])?=[A-Za-z0-9,]+(\|[A-Za-z]+(\[[a-z]+\])?=[A-Za-z0-9,]+)*$")


def _uk_corpus_paths(count: int) -> list[Path]:
    """The first ``count`` Ukrainian sample articles (file order), the models' training language."""
    from stanceline import load_articles

    articles = [a for a in load_articles(CORPUS_DIR) if a.language == "uk"]
    return [Path(a.path) for a in sorted(articles, key=lambda a: str(a.path))[:count]]


@pytest.fixture(scope="module")
def annotator():
    from stanceline.annotate import StanzaAnnotator

    return StanzaAnnotator.from_config(CONFIG)


@pytest.fixture(scope="module")
def article():
    """The seed article when ../shared/seed is there (text the models never saw), else a corpus article."""
    from stanceline import load_articles

    if SEED_ARTICLE.exists():
        return load_articles(SEED_ARTICLE).articles[0]
    return load_articles(_uk_corpus_paths(1)).articles[0]


@pytest.fixture(scope="module")
def doc(annotator, article):
    return annotator.annotate(article.text, article.language)


def test_config_paths_resolve_against_the_yaml_file():
    from stanceline.annotate import load_stanza_config

    config = load_stanza_config(CONFIG)
    assert config["dir"] == str(FIXTURE)
    assert config["ner_model_path"] == str(FIXTURE / "models" / "uk_tiny_ner.pt")
    assert set(config["processors"].split(",")) == PROCESSORS
    for key in ("tokenize", "pos", "lemma", "depparse", "ner"):
        assert Path(config[f"{key}_model_path"]).is_file(), f"{key} model missing: run train_tiny_models.py"


def test_pipeline_is_stanzas_own_with_the_tiny_models(annotator):
    import stanza

    pipeline = annotator.pipeline("uk")
    assert isinstance(pipeline, stanza.Pipeline)
    assert set(pipeline.processors) == PROCESSORS
    assert pipeline.config["ner_model_path"] == str(FIXTURE / "models" / "uk_tiny_ner.pt")


def test_document_text_and_token_offsets_match_the_article(doc, article):
    assert doc.text == article.text
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert len(tokens) > 100
    for token in tokens:
        assert article.text[token.start_char:token.end_char] == token.text
    # tokens are in order, do not overlap, and leave out nothing but whitespace
    uncovered = []
    position = 0
    for token in tokens:
        assert token.start_char >= position
        uncovered.append(article.text[position:token.start_char])
        position = token.end_char
    uncovered.append(article.text[position:])
    assert "".join(uncovered).strip() == ""


def test_every_word_has_a_lemma_a_ud_tag_and_ud_feats(doc):
    words = [w for s in doc.sentences for w in s.words]
    assert all(isinstance(w.lemma, str) and w.lemma for w in words)
    assert {w.upos for w in words} <= UPOS
    assert all(w.feats is None or FEATS.match(w.feats) for w in words), [w.feats for w in words if w.feats and not FEATS.match(w.feats)]


def test_ner_tags_are_bioes_with_stanzas_ukrainian_labels(doc):
    tags = [t.ner for s in doc.sentences for t in s.tokens]
    assert all(BIOES.match(tag) for tag in tags), sorted({t for t in tags if not BIOES.match(t)})
    assert any(tag != "O" for tag in tags), "the tiny NER model found no entity at all in the article"


def test_entity_spans_carry_offsets_into_the_article(doc, article):
    assert doc.ents
    for ent in doc.ents:
        assert ent.type in LABELS
        assert article.text[ent.start_char:ent.end_char] == ent.text
        assert ent.start_char == ent.tokens[0].start_char and ent.end_char == ent.tokens[-1].end_char
        first, last = ent.tokens[0].ner, ent.tokens[-1].ner
        if len(ent.tokens) == 1:
            assert first in (f"S-{ent.type}", f"B-{ent.type}", f"I-{ent.type}", f"E-{ent.type}")
        else:
            assert first[2:] == last[2:] == ent.type
    assert sum(len(s.ents) for s in doc.sentences) == len(doc.ents)


def test_depparse_gives_every_sentence_one_rooted_tree(doc):
    for sentence in doc.sentences:
        n = len(sentence.words)
        heads = [w.head for w in sentence.words]
        assert all(isinstance(h, int) and 0 <= h <= n for h in heads)
        assert heads.count(0) == 1
        assert all(w.deprel for w in sentence.words)
        assert [w.deprel for w in sentence.words if w.head == 0] == ["root"]
        for word in sentence.words:  # following heads reaches the root without a cycle
            seen, current = set(), word.id
            while current != 0:
                assert current not in seen
                seen.add(current)
                current = sentence.words[current - 1].head


def test_conllu_round_trip_keeps_tokens_entities_offsets_and_heads(doc):
    from stanceline.annotate import conllu_to_document, document_to_conllu

    back = conllu_to_document(document_to_conllu(doc, doc_id="neural"))
    assert back.text == doc.text

    def tokens(d):
        return [(t.text, t.start_char, t.end_char, t.ner) for s in d.sentences for t in s.tokens]

    def words(d):
        return [(w.id, w.text, w.lemma, w.upos, w.xpos, w.feats, w.head, w.deprel) for s in d.sentences for w in s.words]

    def ents(d):
        return [(e.text, e.type, e.start_char, e.end_char) for e in d.ents]

    assert tokens(back) == tokens(doc)
    assert words(back) == words(doc)
    assert ents(back) == ents(doc) and ents(doc)
    assert all(w.head is not None for s in back.sentences for w in s.words)


def test_annotate_corpus_with_the_stanza_annotator_uses_the_cache(annotator, tmp_path):
    from stanceline import annotate_corpus, load_articles

    corpus = load_articles(_uk_corpus_paths(3))
    first = annotate_corpus(corpus, annotator, cache_dir=tmp_path)
    assert (first.annotated, first.from_cache, first.failures) == (3, 0, {})
    assert first.annotator == "stanza" and first.version.startswith("stanza-")
    second = annotate_corpus(corpus, annotator, cache_dir=tmp_path)
    assert (second.annotated, second.from_cache) == (0, 3)
    for article in corpus:
        a, b = first[article.id], second[article.id]
        assert [(e.text, e.type, e.start_char, e.end_char) for e in a.ents] == \
               [(e.text, e.type, e.start_char, e.end_char) for e in b.ents]
        assert [w.head for s in a.sentences for w in s.words] == [w.head for s in b.sentences for w in s.words]


def test_a_language_the_models_are_not_for_is_a_per_article_failure(annotator, tmp_path):
    from stanceline import annotate_corpus, load_articles

    english = next(a for a in load_articles(CORPUS_DIR) if a.language == "en")
    result = annotate_corpus([english], annotator, cache_dir=tmp_path)
    assert result.documents == {}
    assert "'uk'" in result.failures[english.id] and "'en'" in result.failures[english.id]


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "stanceline", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def test_cli_annotate_and_entities_with_the_stanza_annotator(tmp_path):
    from stanceline import load_articles

    paths = [str(p) for p in _uk_corpus_paths(2)]
    common = ["--annotator", "stanza", "--stanza-config", str(CONFIG), "--cache-dir", str(tmp_path / "cache")]
    done = _cli("annotate", *paths, *common, "--conllu-dir", str(tmp_path / "conllu"), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "2 articles" in done.stderr and "2 annotated, 0 from cache (stanza stanza-" in done.stderr
    assert len(list((tmp_path / "conllu").glob("*.conllu"))) == 2

    done = _cli("entities", *paths, *common, "--format", "csv", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["article_id", "text", "label", "start_char", "end_char", "actor", "side"]
    texts = {a.id: a.text for a in load_articles(paths)}
    for row in rows:
        assert row["label"] in LABELS
        assert texts[row["article_id"]][int(row["start_char"]):int(row["end_char"])] == row["text"]


def test_missing_models_name_the_download_command_without_touching_the_network(tmp_path, monkeypatch):
    import requests

    from stanceline.annotate import StanzaAnnotator

    calls = []

    def no_network(session, method, url, *args, **kwargs):  # stanza downloads through requests
        calls.append(url)
        raise OSError("no network in tests")

    monkeypatch.setattr(requests.Session, "request", no_network)
    annotator = StanzaAnnotator(dir=str(tmp_path))
    with pytest.raises(RuntimeError, match=r"python -m stanceline models download uk"):
        annotator.annotate("Київ.", "uk")
    assert calls == []
