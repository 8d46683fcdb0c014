"""What is in a corpus: counts by outlet, language and date, and the most-named actors.

Small, but kept out of the notebooks so every notebook and the report count the same way.
"""
from __future__ import annotations

import pandas as pd

from .annotate.morphology import PUNCT_RE

__all__ = ["build_corpus_summary", "build_articles_by_date", "build_top_actors", "build_token_table"]


def build_corpus_summary(corpus) -> pd.DataFrame:
    """Articles per outlet and language, with the first and last publication date and word counts."""
    frame = corpus.to_frame()
    summary = (frame.groupby(["outlet", "language"], as_index=False)
               .agg(articles=("article_id", "size"), first=("published", "min"), last=("published", "max"),
                    median_words=("n_words", "median")))
    summary["first"] = summary["first"].dt.date
    summary["last"] = summary["last"].dt.date
    summary["median_words"] = summary["median_words"].round().astype(int)
    return summary.sort_values(["language", "outlet"]).reset_index(drop=True)


def build_articles_by_date(corpus, *, freq: str = "W-SUN") -> pd.DataFrame:
    """Articles per period and language; by default weeks that end on Sunday, labelled by their Monday.

    Args:
        freq: a pandas period frequency: ``"W-SUN"`` (Monday–Sunday weeks), ``"M"`` (months), ``"D"``.
    """
    frame = corpus.to_frame().dropna(subset=["published"])
    week = frame["published"].dt.to_period(freq).dt.start_time.dt.date
    table = frame.assign(week=week).pivot_table(index="week", columns="language", values="article_id",
                                                aggfunc="count", fill_value=0)
    table.columns.name = None
    return table.reset_index()


def build_top_actors(entities: pd.DataFrame, *, by: str | None = "outlet", labels=("PERS", "LOC", "ORG"),
                     n: int = 5) -> pd.DataFrame:
    """The ``n`` actors named most often (mentions), overall or per ``by`` group.

    Mentions of places count too: a capital named as a venue is part of what coverage names.
    Unlinked spans (no canonical actor) are left out, since they cannot be compared across outlets.
    """
    subset = entities[entities["label"].isin(labels) & entities["actor"].notna()]
    keys = [by, "actor"] if by else ["actor"]
    counts = subset.groupby(keys, as_index=False).agg(mentions=("text", "size"),
                                                      articles=("article_id", "nunique"))
    counts = counts.sort_values(keys[:-1] + ["mentions", "actor"], ascending=[True] * (len(keys) - 1) + [False, True])
    if by:
        counts = counts.groupby(by, group_keys=False).head(n)
    else:
        counts = counts.head(n)
    return counts.reset_index(drop=True)


def build_token_table(doc, sentence_index: int) -> pd.DataFrame:
    """One sentence of a document as a table: what annotation gives you, token by token."""
    sentence = doc.sentences[sentence_index]
    rows = []
    for token in sentence.tokens:
        for word in token.words:
            rows.append({"token": word.text, "lemma": word.lemma, "upos": word.upos,
                         "feats": word.feats or "", "ner": token.ner, "start_char": token.start_char,
                         "end_char": token.end_char, "head": word.head})
    table = pd.DataFrame(rows)
    return table[~table["token"].map(lambda t: bool(PUNCT_RE.match(t)))].reset_index(drop=True)
