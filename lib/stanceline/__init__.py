"""stanceline: who stands where on which issue, and what happened when, in peace-talks coverage.

The public API, re-exported here:

* :func:`load_articles` -> :class:`Corpus` (``articles``)
* :func:`annotate_corpus`, :func:`annotate_text` -> :class:`stanza.Document` (``annotate``)
* :func:`extract_entities` (``entities``), :func:`load_actors` (``actors``)
"""
__version__ = "0.1.0"

from .articles import Article, Corpus, LoadProblem, load_articles  # noqa: E402
from .actors import Actor, load_actors, side_of  # noqa: E402
from .annotate import Annotations, annotate_corpus, annotate_text, get_annotator  # noqa: E402

__all__ = [
    "__version__", "Article", "Corpus", "LoadProblem", "load_articles", "Actor", "load_actors", "side_of",
    "Annotations", "annotate_corpus", "annotate_text", "get_annotator",
]
