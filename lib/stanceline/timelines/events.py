"""Dated events: each temporal expression attached to what it dates, with type, actors and place.

An event, per ``../shared/schema.md``, is where the text attaches a date to something that
happened or is planned. Every temporal expression that can date something (not durations, ages or
datelines) yields one event row; the rest of the sentence says what it was:

* **event type** from cue words (``knowledge/event_types.yaml``, a reduced PLOVER/CAMEO set): an
  event noun right after the expression is what it modifies («вівторкову зустріч» -> MEET); else the
  cue of the verb that governs the expression decides; a reporting verb ("said") yields to a
  specific verbal cue in what is reported ("said that Ukraine was ready to" -> PROPOSE); a generic
  verb ("took place", «відбулися») yields to the nearest event noun («переговори» -> MEET); a
  sentence without any cue («Це сталося вчора») inherits the type of the previous sentence, the
  usual anaphora of news prose. A deadline expression («до четверга») is a DEADLINE.
* **actors** are the canonical actors of the sentence (:mod:`stanceline.actors`, names and
  descriptive references); a capital stands for its state unless it is the place.
* **place** is a city named after a locative preposition («у Маямі», "in Berlin").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import yaml

from ..actors import KNOWLEDGE_DIR, load_actors
from ..gold import EVENT_TYPES
from .expressions import TemporalExpression, extract_temporal_expressions, governing_tense

__all__ = ["extract_events", "EVENT_COLUMNS", "classify_event", "load_event_types", "EventTypes"]

EVENT_COLUMNS = [
    "article_id", "outlet", "language", "published", "date_start", "date_end", "precision", "expression",
    "event_type", "what", "actors", "place", "evidence", "start_char", "end_char", "expression_start",
    "expression_end", "kind", "direction", "ambiguous", "tense", "rule", "sentence",
]
_SPECIFIC = ("THREATEN", "REJECT", "DEMAND", "PROPOSE", "AGREE")


@dataclass(frozen=True)
class EventTypes:
    """Cue phrases (tuples of lowercase lemmas) per language -> event type; generic verbs; media."""

    cues: dict
    generic: dict
    media: frozenset
    place_prepositions: dict


@lru_cache(maxsize=1)
def load_event_types() -> EventTypes:
    """Read ``knowledge/event_types.yaml`` (checked against :data:`stanceline.gold.EVENT_TYPES`)."""
    data = yaml.safe_load((KNOWLEDGE_DIR / "event_types.yaml").read_text(encoding="utf-8"))
    cues: dict = {}
    for etype, per_lang in (data.get("types") or {}).items():
        if etype not in EVENT_TYPES:
            raise ValueError(f"event_types.yaml: type {etype!r} is not one of {', '.join(EVENT_TYPES)}")
        for lang, phrases in per_lang.items():
            for phrase in phrases or []:
                cues.setdefault(lang, []).append((tuple(str(phrase).lower().split()), etype))
    for lang in cues:
        cues[lang].sort(key=lambda c: -len(c[0]))
    generic = {lang: {tuple(str(p).lower().split()) for p in phrases or []}
               for lang, phrases in (data.get("generic") or {}).items()}
    return EventTypes(cues=cues, generic=generic, media=frozenset(data.get("media") or []),
                      place_prepositions={k: set(v) for k, v in (data.get("place_prepositions") or {}).items()})


def _keys(word) -> set[str]:
    return {(word.lemma or word.text or "").lower(), (word.text or "").lower()}


def _find_cues(words, language: str, table: EventTypes) -> list[tuple[int, int, str, bool]]:
    """(start, end, type, verbal) for every cue phrase in the sentence, longest first per position."""
    by_first = _cues_by_first_word(language)
    keys = [_keys(w) for w in words]
    out = []
    i = 0
    while i < len(words):
        hit = None
        candidates = sorted({c for k in keys[i] for c in by_first.get(k, ())}, key=lambda c: -len(c[0]))
        for phrase, etype in candidates:
            n = len(phrase)
            if i + n <= len(words) and all(phrase[j] in keys[i + j] for j in range(n)):
                hit = (i, i + n, etype, n > 1 or words[i].upos in ("VERB", "AUX", "ADJ"))
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


@lru_cache(maxsize=None)
def _cues_by_first_word(language: str) -> dict:
    table: dict = {}
    for phrase, etype in load_event_types().cues.get(language, []):
        table.setdefault(phrase[0], []).append((phrase, etype))
    return table


def _is_generic(word, language: str, table: EventTypes) -> bool:
    return any(len(g) == 1 and g[0] in _keys(word) for g in table.generic.get(language, ()))


def classify_event(words, span: tuple[int, int], language: str, *, deadline: bool = False,
                   previous: str | None = None) -> tuple[str | None, int | None]:
    """The event type of the expression at word ``span`` and the index of the word that decided it.

    See the module docstring for the rules (governing verb, reporting verbs, generic verbs,
    nearest event noun, previous sentence).
    """
    table = load_event_types()
    if deadline:
        return "DEADLINE", None
    cues = [c for c in _find_cues(words, language, table) if not (span[0] <= c[0] < span[1])]
    right_after = [c for c in cues if c[0] == span[1] and not c[3]]
    if right_after:  # «вівторкову зустріч», "Tuesday's meeting": the expression modifies the event noun
        return right_after[0][2], right_after[0][0]
    _, verb = governing_tense(words, span, language)
    by_start = {c[0]: c for c in cues}
    if verb is not None and verb in by_start:
        etype = by_start[verb][2]
        if etype == "STATEMENT":
            specific = [c for c in cues if c[2] in _SPECIFIC and c[3]]
            if specific:
                best = min(specific, key=lambda c: abs(c[0] - verb))
                return best[2], best[0]
        return etype, verb
    if cues:
        lo, hi = span
        best = min(cues, key=lambda c: (min(abs(c[0] - lo), abs(c[0] - hi + 1)), c[2] == "STATEMENT"))
        return best[2], best[0]
    return previous, None


def _actors_and_place(sentence, words, language: str, etype: str | None):
    index = load_actors()
    table = load_event_types()
    pairs = [(w.text, w.lemma or w.text) for w in words]
    matches = index.find(pairs, language, known=[True] * len(pairs))
    matches += [m for m in index.find(pairs, language, kind="reference")
                if all(m.end <= a.start or m.start >= a.end for a in matches)]
    matches.sort(key=lambda m: m.start)
    preps = table.place_prepositions.get(language, set())
    actors: list[str] = []
    place = None
    for m in matches:
        actor = m.actor
        before = (words[m.start - 1].text or "").lower() if m.start > 0 else ""
        if actor.label == "LOC" and actor.side is None:
            if place is None and before in preps:
                place = actor.name
            continue
        if actor.label == "LOC" and actor.stands_for and before in preps:
            if place is None:
                place = actor.name
            continue
        if actor.name in table.media and etype != "STATEMENT":
            continue
        if actor.label == "LOC" and actor.side and not actor.stands_for and before in preps:
            continue  # «в Україні», "in Ukraine": a setting, not a party
        name = actor.holder if actor.stands_for and actor.label != "PERS" else actor.name
        if name not in actors:
            actors.append(name)
    return actors, place


_DATELINE_PREFIX = re.compile(r"^[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’/-]+(?:,\s+[A-Z][a-z]{2}\.?\s+\d{1,2})?(?:\s+\([^)]*\))?\s*[-—–]\s+")


def _describe(body: str, sentence_start: int, sentence_end: int, expr: TemporalExpression, limit: int = 100) -> str:
    text = (body[sentence_start:expr.start_char] + " " + body[expr.end_char:sentence_end])
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:-—")
    text = re.sub(r",\s*,", ",", text)
    text = _DATELINE_PREFIX.sub("", text)
    text = re.sub(r"^,\s*", "", text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def extract_events(corpus, annotations, *, include_undated: bool = False) -> pd.DataFrame:
    """One row per dated event mention (an article's temporal expression and what it dates).

    Args:
        corpus: a :class:`~stanceline.articles.Corpus`.
        annotations: its :class:`~stanceline.annotate.Annotations` (either annotator).
        include_undated: keep expressions whose value could not be resolved (no publication date).

    Returns:
        A DataFrame with :data:`EVENT_COLUMNS`: ``start_char``/``end_char`` are the evidence
        sentence's offsets in the body, ``expression_start``/``expression_end`` the expression's;
        ``actors`` is a list of canonical names. A paragraph repeated verbatim in one article
        yields its events once.
    """
    rows = []
    for article in corpus:
        doc = annotations.documents.get(article.id)
        if doc is None:
            continue
        expressions = extract_temporal_expressions(doc, article.published, article.language, include_non_dates=False)
        body = doc.text or article.text
        seen = set()
        previous_type = None
        previous_sentence = -1
        by_sentence: dict[int, list[TemporalExpression]] = {}
        for e in expressions:
            by_sentence.setdefault(e.sentence, []).append(e)
        for s_index, sentence in enumerate(doc.sentences):
            words = [w for t in sentence.tokens for w in t.words]
            word_spans = [(t.start_char, t.end_char) for t in sentence.tokens for _ in t.words]
            if not words:
                continue
            s_start, s_end = sentence.tokens[0].start_char, sentence.tokens[-1].end_char
            sentence_type = None
            for e in by_sentence.get(s_index, []):
                if e.start is None and not include_undated:
                    continue
                inside = [i for i, (a, b) in enumerate(word_spans) if a < e.end_char and b > e.start_char]
                span = (inside[0], inside[-1] + 1) if inside else (0, 0)
                inherited = previous_type if previous_sentence == s_index - 1 else None
                etype, _ = classify_event(words, span, article.language, deadline=e.kind == "deadline", previous=inherited)
                actors, place = _actors_and_place(sentence, words, article.language, etype)
                evidence = body[s_start:s_end]
                key = (evidence, e.text, e.start, e.end)
                if key in seen:
                    continue
                seen.add(key)
                sentence_type = sentence_type or etype
                rows.append({
                    "article_id": article.id, "outlet": article.outlet_label, "language": article.language,
                    "published": article.published_date if hasattr(article, "published_date") else article.published,
                    "date_start": e.start, "date_end": e.end, "precision": e.precision, "expression": e.text,
                    "event_type": etype, "what": _describe(body, s_start, s_end, e), "actors": actors, "place": place,
                    "evidence": evidence, "start_char": s_start, "end_char": s_end,
                    "expression_start": e.start_char, "expression_end": e.end_char, "kind": e.kind,
                    "direction": e.direction, "ambiguous": e.ambiguous, "tense": e.tense, "rule": e.rule,
                    "sentence": s_index,
                })
            cues_here = _find_cues(words, article.language, load_event_types())
            if sentence_type or cues_here:
                previous_type = sentence_type or _sentence_type(words, article.language, cues_here)
                previous_sentence = s_index
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def _sentence_type(words, language, cues) -> str | None:
    verbal = [c for c in cues if c[3]]
    pool = verbal or cues
    return pool[0][2] if pool else None
