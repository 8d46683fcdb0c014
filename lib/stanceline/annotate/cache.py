"""A disk cache of annotations as CoNLL-U files, so a second run over a corpus annotates nothing.

Keyed by a SHA-256 of the article text, its language, the annotator's name and its version (which
includes a fingerprint of the knowledge files), so editing an article, the gazetteer or the model
invalidates exactly the affected entries. Writes go to a temporary file in the same folder and are
moved into place with :func:`os.replace`, which is atomic: an interrupted run leaves either the old
entry or the new one, never half a file. An unreadable entry is treated as a miss and rewritten.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from stanza.models.common.doc import Document

from .conllu import ConlluError, conllu_to_document, document_to_conllu

__all__ = ["AnnotationCache", "default_cache_dir"]


def default_cache_dir() -> Path:
    """``$STANCELINE_CACHE`` if set, else ``.cache/annotations`` under the current folder."""
    return Path(os.environ.get("STANCELINE_CACHE", ".cache/annotations"))


class AnnotationCache:
    def __init__(self, directory: str | Path | None = None):
        self.directory = Path(directory) if directory is not None else default_cache_dir()

    @staticmethod
    def key(text: str, language: str, annotator: str, version: str) -> str:
        digest = hashlib.sha256()
        for part in (annotator, version, language, text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()

    def path_for(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.conllu"

    def get(self, key: str) -> Document | None:
        path = self.path_for(key)
        try:
            return conllu_to_document(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (ConlluError, UnicodeDecodeError, ValueError):
            return None  # a damaged entry is a miss; the caller re-annotates and overwrites it

    def put(self, key: str, doc: Document, *, doc_id: str | None = None, meta: dict | None = None) -> Path:
        path = self.path_for(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = document_to_conllu(doc, doc_id=doc_id, meta=meta)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".conllu", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path
