"""Named entities of annotated articles as one tidy table, linked to canonical actors.

Works on any annotator's :class:`stanza.Document`: entity spans come from the document's NER
tags; linking re-uses the gazetteer matcher of :mod:`stanceline.actors` over the span's tokens,
so a neural model's «Віткоффом» links to "Steve Witkoff" just as the built-in annotator's does.
"""
from __future__ import annotations

import pandas as pd

from .actors import load_actors

__all__ = ["extract_entities", "link_span", "build_lowercase_naming", "ENTITY_COLUMNS", "LOWERCASE_TARGETS"]

ENTITY_COLUMNS = ["article_id", "outlet", "language", "sentence", "text", "label", "start_char", "end_char",
                  "actor", "side", "typo"]
# Russian state names that some Ukrainian outlets lowercase on purpose
LOWERCASE_TARGETS = ("Russia", "Vladimir Putin", "Kremlin", "Moscow")


def link_span(words, language: str, index=None):
    """The canonical actor a span of stanza words names, or ``None`` (with whether a typo was fixed)."""
    index = index or load_actors()
    pairs = [(w.text, w.lemma or w.text) for w in words]
    matches = index.find(pairs, language, known=[False] * len(pairs))
    if not matches:
        return None, False
    best = max(matches, key=lambda m: m.end - m.start)
    return best.actor, best.kind == "fuzzy"


def extract_entities(corpus, annotations) -> pd.DataFrame:
    """One row per entity mention: where it is (offsets in the article body), its label and actor.

    Args:
        corpus: the :class:`~stanceline.articles.Corpus` (for outlet and language).
        annotations: the :class:`~stanceline.annotate.Annotations` of that corpus.
    """
    index = load_actors()
    rows = []
    for article in corpus:
        doc = annotations.documents.get(article.id)
        if doc is None:
            continue
        for s_number, sentence in enumerate(doc.sentences, start=1):
            for ent in sentence.ents:
                actor, typo = link_span(ent.words, article.language, index)
                rows.append({
                    "article_id": article.id, "outlet": article.outlet_label, "language": article.language,
                    "sentence": s_number, "text": ent.text, "label": ent.type,
                    "start_char": ent.start_char, "end_char": ent.end_char,
                    "actor": actor.name if actor else None, "side": actor.side if actor else None, "typo": typo,
                })
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def build_lowercase_naming(entities: pd.DataFrame, targets=LOWERCASE_TARGETS) -> pd.DataFrame:
    """How often each outlet writes Russia, Putin, the Kremlin and Moscow with a small letter.

    Only Cyrillic mentions count (English has no such convention), and abbreviations such as «РФ»
    count by their first letter («рф» is lowercased, «РФ» is not).

    Returns:
        One row per outlet and actor: ``mentions``, ``lowercase`` and ``lowercase_share`` (0–1).
    """
    subset = entities[entities["actor"].isin(targets) & entities["language"].isin(["uk", "ru"])].copy()
    subset["lowercase"] = subset["text"].str[:1].str.islower()
    table = (subset.groupby(["outlet", "actor"], as_index=False)
             .agg(mentions=("text", "size"), lowercase=("lowercase", "sum")))
    table["lowercase_share"] = (table["lowercase"] / table["mentions"]).round(3)
    return table.sort_values(["outlet", "actor"]).reset_index(drop=True)
