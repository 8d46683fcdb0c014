"""Annotators that turn article text into a :class:`stanza.Document`, and the cache in front of them.

Two annotators, one data model:

* ``builtin`` (default): tokenize-uk + pymorphy3 (+ lemminflect for English) + the actor
  gazetteer; needs nothing but pip. See :mod:`stanceline.annotate.builtin`.
* ``stanza``: the real ``stanza.Pipeline`` for users with models. See :mod:`.neural`.

:func:`annotate_corpus` puts the CoNLL-U cache (:mod:`.cache`) in front of either, so the
notebooks re-run in seconds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from stanza.models.common.doc import Document

from .builtin import BuiltinAnnotator, split_sentences, split_words
from .cache import AnnotationCache, default_cache_dir
from .conllu import conllu_to_document, document_to_conllu
from .neural import ModelsUnavailableError, StanzaAnnotator, load_stanza_config

__all__ = [
    "ANNOTATORS", "Annotations", "ModelsUnavailableError", "BuiltinAnnotator", "StanzaAnnotator", "AnnotationCache",
    "annotate_text", "annotate_corpus", "get_annotator", "document_to_conllu", "conllu_to_document",
    "default_cache_dir", "load_stanza_config", "split_sentences", "split_words",
]

ANNOTATORS = ("builtin", "stanza")
_DEFAULT: dict[str, object] = {}


def get_annotator(annotator="builtin", *, stanza_config=None):
    """Return an annotator object from a name (``builtin``/``stanza``) or pass one through.

    Args:
        annotator: a name in ``ANNOTATORS`` or an object with ``name``, ``version`` and
            ``annotate(text, language)``.
        stanza_config: for ``stanza``, a YAML file of ``stanza.Pipeline`` options (model paths).
    """
    if not isinstance(annotator, str):
        return annotator
    if annotator == "builtin":
        if "builtin" not in _DEFAULT:
            _DEFAULT["builtin"] = BuiltinAnnotator()
        return _DEFAULT["builtin"]
    if annotator == "stanza":
        return StanzaAnnotator.from_config(stanza_config) if stanza_config else StanzaAnnotator()
    raise ValueError(f"unknown annotator {annotator!r}; choose one of {', '.join(ANNOTATORS)}")


def annotate_text(text: str, language: str, annotator="builtin") -> Document:
    """Annotate one text, no cache. ``language`` is ``uk``, ``en`` or ``ru``."""
    return get_annotator(annotator).annotate(text, language)


@dataclass
class Annotations:
    """Documents of a corpus by article id, with what the cache saved."""

    documents: dict[str, Document]
    annotator: str
    version: str
    from_cache: int = 0
    annotated: int = 0
    failures: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, article_id: str) -> Document:
        return self.documents[article_id]

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):
        return iter(self.documents.items())


def annotate_corpus(corpus, annotator="builtin", *, cache_dir=None, use_cache: bool = True,
                    stanza_config=None) -> Annotations:
    """Annotate every article of ``corpus`` (a :class:`~stanceline.articles.Corpus` or list of
    articles), reading and writing the CoNLL-U cache.

    An article the annotator fails on is recorded in ``failures`` with the reason; the rest go on.
    """
    engine = get_annotator(annotator, stanza_config=stanza_config)
    cache = AnnotationCache(cache_dir) if use_cache else None
    result = Annotations({}, engine.name, engine.version)
    for article in corpus:
        key = AnnotationCache.key(article.text, article.language, engine.name, engine.version)
        doc = cache.get(key) if cache else None
        if doc is not None:
            result.from_cache += 1
        else:
            try:
                doc = engine.annotate(article.text, article.language)
            except ModelsUnavailableError:
                raise  # missing models are the user's set-up, not one article's fault
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a corpus
                result.failures[article.id] = f"{type(exc).__name__}: {exc}"
                continue
            result.annotated += 1
            if cache:
                cache.put(key, doc, doc_id=article.id,
                          meta={"annotator": engine.name, "annotator_version": engine.version,
                                "language": article.language})
        result.documents[article.id] = doc
    return result
