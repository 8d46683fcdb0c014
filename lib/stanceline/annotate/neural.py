"""The stanza neural annotator: the real ``stanza.Pipeline``, for users who have its models.

The official Ukrainian models (≈350 MB: tokenize, mwt, pos, lemma, depparse, ner; NER F1 86.05,
UPOS 97.52, LAS 85.87 as published by stanza) are fetched once on a connected machine with
``python -m stanceline models download uk``; after that the pipeline runs offline
(``download_method=None``). Any other models, such as the tiny ones the test suite trains, are
used by passing stanza's own ``*_model_path`` options, directly or through a YAML file
(``--stanza-config``).

The output is stanza's own :class:`stanza.Document`. Two gaps are filled so downstream code can
rely on the same fields as with the built-in annotator: a pipeline without a lemma processor gets
dictionary lemmas (pymorphy3/lemminflect), and one without NER gets ``O`` tags. Heads stay as the
parser left them (absent without depparse).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import yaml

from .morphology import analyse_word

__all__ = ["ModelsUnavailableError", "StanzaAnnotator", "load_stanza_config", "default_stanza_dir"]

_MODEL_KEYS = ("tokenize_model_path", "mwt_model_path", "pos_model_path", "lemma_model_path",
               "depparse_model_path", "ner_model_path", "pos_pretrain_path", "depparse_pretrain_path",
               "ner_pretrain_path", "lemma_pretrain_path")


class ModelsUnavailableError(RuntimeError):
    """stanza has no usable models for a language: a set-up problem, so it stops the whole run
    (unlike an error on one article, which is recorded and skipped)."""


def default_stanza_dir() -> str:
    """Where stanza models live: ``$STANZA_RESOURCES_DIR`` or stanza's default ``~/stanza_resources``."""
    return os.environ.get("STANZA_RESOURCES_DIR", str(Path.home() / "stanza_resources"))


def load_stanza_config(path: str | Path) -> dict:
    """Read Pipeline options from YAML; relative model paths resolve against the file's folder."""
    path = Path(path)
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(config, dict):
        raise ValueError(f"{path}: expected a mapping of stanza.Pipeline options")
    for key, value in list(config.items()):
        if (key in _MODEL_KEYS or key == "dir") and isinstance(value, str) and not os.path.isabs(value):
            config[key] = str((path.parent / value).resolve())
    return config


class StanzaAnnotator:
    """Wraps ``stanza.Pipeline``; one pipeline per language, built on first use.

    Args:
        dir: stanza resources folder (default: :func:`default_stanza_dir`).
        processors: stanza processors; default ``tokenize,mwt,pos,lemma,depparse,ner`` for the
            official models.
        lang: the one language the given models are for (``lang:`` in a YAML config). Explicit
            ``*_model_path`` files serve one language; an article in another language is refused
            with a ``ValueError`` (a per-article failure in :func:`~stanceline.annotate_corpus`)
            rather than run through models trained for something else. ``None``: any language
            the resources folder has models for.
        **options: any other ``stanza.Pipeline`` keyword, e.g. ``ner_model_path=``.
    """

    name = "stanza"

    def __init__(self, *, dir: str | None = None, processors: str | None = None, lang: str | None = None,
                 **options):
        import stanza

        self.dir = dir or default_stanza_dir()
        self.processors = processors
        self.lang = lang
        self.options = options
        self._pipelines: dict[str, object] = {}
        digest = hashlib.sha256(repr(sorted((k, str(v)) for k, v in options.items())).encode())
        for key in _MODEL_KEYS:
            if options.get(key) and Path(options[key]).exists():
                stat = Path(options[key]).stat()
                digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
        digest.update(f"lang={lang}".encode())
        self.version = f"stanza-{stanza.__version__}-{processors or 'default'}-{digest.hexdigest()[:10]}"

    @classmethod
    def from_config(cls, path: str | Path) -> "StanzaAnnotator":
        return cls(**load_stanza_config(path))

    def pipeline(self, language: str):
        if self.lang is not None and language != self.lang:
            raise ValueError(f"this stanza configuration has models for {self.lang!r} only, not {language!r}; "
                             f"use a configuration for {language!r} or the built-in annotator (--annotator builtin)")
        if language not in self._pipelines:
            import stanza

            kwargs = dict(self.options)
            kwargs.setdefault("download_method", None)
            kwargs.setdefault("logging_level", "WARN")
            if self.processors:
                kwargs["processors"] = self.processors
            try:
                self._pipelines[language] = stanza.Pipeline(language, dir=self.dir, **kwargs)
            except Exception as exc:  # stanza raises several types; all mean "no usable models"
                raise ModelsUnavailableError(
                    f"stanza could not build a {language!r} pipeline from {self.dir}: {exc}. "
                    f"On a machine with internet access run `python -m stanceline models download {language}` "
                    f"(or set STANZA_RESOURCES_DIR), or use the built-in annotator (--annotator builtin)."
                ) from exc
        return self._pipelines[language]

    def annotate(self, text: str, language: str):
        doc = self.pipeline(language)(text)
        for sentence in doc.sentences:
            for i, word in enumerate(sentence.words):
                if word.lemma is None:
                    word.lemma = analyse_word(word.text, language, sentence_initial=(i == 0)).lemma
            for token in sentence.tokens:
                if token.ner is None:
                    token.ner = "O"
        return doc
