"""Framing markers per outlet: lowercase naming of Russia and its leaders, and loaded terms.

Two markers a media researcher reads before trusting an outlet's account of the talks:

* **lowercase naming** — the share of mentions of Russia, Putin, the Kremlin and Moscow written with
  a small letter (a deliberate Ukrainian editorial practice), from
  :func:`stanceline.entities.build_lowercase_naming`;
* **loaded terms** — counts of words from ``knowledge/loaded_terms.yaml`` («країна-агресорка»,
  «киевский режим», "historical lands"), matched on lemmas with the stance pattern syntax
  (:mod:`stanceline.stances_lexicon`), per 1,000 words so short and long outlets compare.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from .entities import build_lowercase_naming, extract_entities
from .stances_lexicon import compile_pattern, match_patterns, token_key

__all__ = ["load_loaded_terms", "build_loaded_terms", "build_framing_markers"]

KNOWLEDGE_DIR = Path(__file__).parent / "knowledge"


@lru_cache(maxsize=4)
def _terms(path: str) -> tuple:
    return tuple(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or [])


def load_loaded_terms(language: str, *, path: str | Path | None = None) -> list:
    """Compiled patterns of ``knowledge/loaded_terms.yaml`` for ``language``; each pattern's payload is
    ``(term, frame)``."""
    if language not in ("uk", "en", "ru"):
        raise ValueError(f"language {language!r} is not supported; use 'uk', 'en' or 'ru'")
    out = []
    for entry in _terms(str(path or KNOWLEDGE_DIR / "loaded_terms.yaml")):
        for raw in (entry.get("patterns") or {}).get(language, []) or []:
            out.append(compile_pattern(raw, (entry["term"], entry.get("frame")), language=language))
    return out


def build_loaded_terms(corpus, annotations) -> pd.DataFrame:
    """Loaded terms per outlet: one row per outlet and term with ``count``, the outlet's ``words`` and
    ``per_1000_words``, plus one ``example`` sentence."""
    counts: dict[tuple, int] = {}
    examples: dict[tuple, str] = {}
    words: dict[str, int] = {}
    frames: dict[str, str] = {}
    patterns_of: dict[str, list] = {}  # compiled once per language, not once per article
    for article in corpus:
        doc = annotations.documents.get(article.id)
        if doc is None:
            continue
        outlet = article.outlet_label
        if article.language not in patterns_of:
            patterns_of[article.language] = load_loaded_terms(article.language)
        patterns = patterns_of[article.language]
        for sent in doc.sentences:
            ws = list(sent.words)
            words[outlet] = words.get(outlet, 0) + sum(1 for w in ws if w.upos != "PUNCT")
            lemmas = [token_key(w.lemma or w.text) for w in ws]
            surfaces = [token_key(w.text) for w in ws]
            for m in match_patterns(patterns, lemmas, surfaces, [w.upos for w in ws]):
                term, frame = m.pattern.payload
                key = (outlet, term)
                counts[key] = counts.get(key, 0) + 1
                frames[term] = frame
                examples.setdefault(key, article.text[sent.tokens[0].start_char:sent.tokens[-1].end_char])
    rows = [{"outlet": o, "term": t, "frame": frames[t], "count": c, "words": words[o],
             "per_1000_words": round(1000 * c / words[o], 2) if words[o] else 0.0, "example": examples[(o, t)]}
            for (o, t), c in counts.items()]
    table = pd.DataFrame(rows, columns=["outlet", "term", "frame", "count", "words", "per_1000_words", "example"])
    return table.sort_values(["outlet", "count", "term"], ascending=[True, False, True]).reset_index(drop=True)


def build_framing_markers(corpus, annotations, *, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per outlet: ``articles``, ``words``, lowercase naming (``lowercase_mentions``,
    ``state_mentions``, ``lowercase_share``), and loaded terms (``loaded_terms``,
    ``loaded_per_1000_words``, ``ukrainian_frame``, ``russian_frame``).

    ``entities``: the corpus's :func:`~stanceline.entities.extract_entities` table when the caller has
    it already (a notebook usually does), so that a large corpus is not read twice."""
    if entities is None:
        entities = extract_entities(corpus, annotations)
    naming = build_lowercase_naming(entities)
    per_outlet = (naming.groupby("outlet", as_index=False).agg(state_mentions=("mentions", "sum"),
                                                               lowercase_mentions=("lowercase", "sum")))
    terms = build_loaded_terms(corpus, annotations)
    articles = pd.Series([a.outlet or "(unknown)" for a in corpus if a.id in annotations.documents]).value_counts()
    rows = []
    for outlet, n in sorted(articles.items()):
        t = terms[terms["outlet"] == outlet]
        nm = per_outlet[per_outlet["outlet"] == outlet]
        state = int(nm["state_mentions"].iloc[0]) if len(nm) else 0
        lower = int(nm["lowercase_mentions"].iloc[0]) if len(nm) else 0
        words = int(t["words"].iloc[0]) if len(t) else _count_words(corpus, annotations, outlet)
        loaded = int(t["count"].sum())
        rows.append({
            "outlet": outlet, "articles": int(n), "words": words, "state_mentions": state, "lowercase_mentions": lower,
            "lowercase_share": round(lower / state, 3) if state else None, "loaded_terms": loaded,
            "loaded_per_1000_words": round(1000 * loaded / words, 2) if words else 0.0,
            "ukrainian_frame": int(t.loc[t["frame"] == "ukrainian", "count"].sum()),
            "russian_frame": int(t.loc[t["frame"] == "russian", "count"].sum()),
        })
    return pd.DataFrame(rows)


def _count_words(corpus, annotations, outlet) -> int:
    total = 0
    for article in corpus:
        if (article.outlet or "(unknown)") != outlet or article.id not in annotations.documents:
            continue
        total += sum(1 for s in annotations.documents[article.id].sentences for w in s.words if w.upos != "PUNCT")
    return total
