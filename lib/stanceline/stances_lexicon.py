"""Cue lexicons for stance extraction: the patterns of ``knowledge/issues.yaml`` and
``knowledge/stance_cues.yaml``, compiled once and matched over the words of a sentence.

Method: a *pattern* is a list of slots; a slot is a list of alternatives; an alternative is a short
word sequence. A word matches a token when it equals the token's lemma or surface form (lowercased,
apostrophes unified), or is a prefix of either when written with ``*``, and, when written
``word:NOUN``, the token has that part of speech. In Ukrainian a few short words alternate for sound
alone («у разі» / «в разі», «і» / «й», «з» / «із» / «зі», «уже» / «вже»): a pattern written with one
form matches the others (:data:`EUPHONIC`). A one-slot pattern matches a contiguous phrase; a
pattern of several slots (``a + b``) matches when every slot occurs, in any order, within a window of
:data:`WINDOW` words — Ukrainian and Russian word order is free («вивести війська» / «війська
вийдуть»), so a bag-of-slots window is more robust than a fixed sequence. A slot that is a phrase
counts as one word of the window: «с лидерами России и Украины» is one thing the pattern asks for, and
a long spelling of it should not push the verb out of reach.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

from .annotate.morphology import normalise_key

__all__ = ["WINDOW", "Pattern", "PatternMatch", "Issue", "Cue", "Lexicon", "load_lexicon", "compile_pattern",
           "match_patterns", "token_key", "resolve_sign", "COMPROMISE"]

KNOWLEDGE_DIR = Path(__file__).parent / "knowledge"
WINDOW = 8
# Ukrainian words that alternate for euphony only: the same word to a reader, so to a pattern too
EUPHONIC = {"uk": ({"у", "в"}, {"і", "й"}, {"з", "із", "зі"}, {"уже", "вже"}, {"увесь", "весь"}, {"уважати", "вважати"})}
COMPROMISE = 2  # the sign of a `compromise` pattern: its direction depends on who holds the stance


def resolve_sign(sign: int, issue: "Issue", side: str | None) -> int:
    """+1/-1 for an issue match. A `compromise` match (``±COMPROMISE``) names the holder's own
    concession: for the side that gains from the proposition («Москва не піде на компроміс щодо
    Криму»), compromising works against the proposition, so the sign flips; for others it is as is."""
    if abs(sign) != COMPROMISE:
        return sign
    unit = 1 if sign > 0 else -1
    return -unit if issue.gains and side == issue.gains else unit


def token_key(text: str | None) -> str:
    """Lowercase, unify apostrophes and «ё»: the same key as the actor gazetteer uses."""
    return normalise_key(text or "")


@dataclass(frozen=True)
class _Word:
    text: str
    prefix: bool
    upos: str | None
    variants: frozenset = frozenset()  # euphonic variants of ``text`` (Ukrainian «у»/«в»)

    def matches(self, lemma: str, surface: str, upos: str | None) -> bool:
        if self.upos and upos not in (self.upos, "PROPN" if self.upos == "NOUN" else self.upos):
            return False
        if self.prefix:
            return lemma.startswith(self.text) or surface.startswith(self.text)
        return lemma == self.text or surface == self.text or (
            bool(self.variants) and (lemma in self.variants or surface in self.variants))


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern: ``slots`` of alternatives of word sequences, plus what it stands for."""

    source: str
    slots: tuple  # tuple[tuple[tuple[_Word, ...], ...], ...]
    payload: object = None

    @property
    def weight(self) -> tuple[int, int]:
        """Patterns with more slots, then longer alternatives, win over shorter ones."""
        return len(self.slots), max(len(alt) for slot in self.slots for alt in slot)


@dataclass(frozen=True)
class PatternMatch:
    """Where a pattern matched: ``tokens`` are the matched token positions, ``[start, end)`` their hull."""

    start: int
    end: int
    tokens: frozenset
    pattern: Pattern


def _compile_word(raw: str, language: str = "") -> _Word:
    upos = None
    if ":" in raw and raw.rsplit(":", 1)[1].isupper():
        raw, upos = raw.rsplit(":", 1)
    prefix = raw.endswith("*") and len(raw) > 1
    text = token_key(raw.rstrip("*") if prefix else raw)
    variants = next((frozenset(group) for group in EUPHONIC.get(language, ()) if text in group), frozenset())
    return _Word(text, prefix, upos, frozenset() if prefix else variants)


def compile_pattern(source: str, payload=None, *, language: str = "uk") -> Pattern:
    """Compile ``"a|b c + d*"`` into a :class:`Pattern` (see the module docstring)."""
    from .annotate.builtin import split_words

    slots = []
    for slot in str(source).split(" + "):
        alts = []
        for alt in slot.split("|"):
            alt = alt.strip()
            if not alt:
                continue
            words = []
            for w in alt.split():
                # keep "word:NOUN" and "stem*" whole; split punctuation-bearing words like the tokenizer does
                if w.endswith("*") or ":" in w:
                    words.append(_compile_word(w, language))
                else:
                    words.extend(_compile_word(t, language) for t, _, _ in split_words(w, language))
            if words:
                alts.append(tuple(words))
        if not alts:
            raise ValueError(f"pattern {source!r} has an empty slot")
        slots.append(tuple(alts))
    return Pattern(str(source), tuple(slots), payload)


def _alt_at(alt, i, lemmas, surfaces, upos) -> bool:
    if i + len(alt) > len(lemmas):
        return False
    for k, w in enumerate(alt):
        tag = upos[i + k]
        if w.upos == "NOUN" and i + k > 0 and (upos[i + k - 1] in ("DET", "ADJ", "NUM") or (
                (upos[i + k - 1] == "PROPN" or surfaces[i + k - 1] in ("'s", "’s"))
                and (i + k + 1 >= len(surfaces) or surfaces[i + k + 1] != "to"))):
            # after a determiner, adjective or possessor a word is a noun ("the plan", "the American plan",
            # "Trump's plan"), whatever the tagger guessed; "Russia plans to" stays a verb
            tag = "NOUN"
        if not w.matches(lemmas[i + k], surfaces[i + k], tag):
            return False
    return True


def match_patterns(patterns: Sequence[Pattern], lemmas: Sequence[str], surfaces: Sequence[str],
                   upos: Sequence[str | None], *, blocked: set | frozenset = frozenset(),
                   window: int = WINDOW, keep=None) -> list[PatternMatch]:
    """Non-overlapping matches of ``patterns`` in one sentence, heaviest pattern first.

    Args:
        patterns: compiled patterns.
        lemmas, surfaces, upos: per token, already keyed with :func:`token_key` (upos as is).
        blocked: token positions that may not take part (already used by another match).
        window: the largest distance (in words, a phrase slot counting as one) between the first and last
            slot of a match.
        keep: optional test of a candidate match; one it rejects does not take its tokens from the others.
    """
    n = len(lemmas)
    where, head = _word_index(lemmas, surfaces)
    found: list[PatternMatch] = []
    union: dict = {}

    def variant_starts(variants):  # where any euphonic variant of a word occurs (once per sentence)
        if variants not in union:
            union[variants] = sorted({i for w in variants for i in where.get(w, ())})
        return union[variants]

    for pattern in _by_weight(patterns):
        per_slot = []
        for slot in pattern.slots:
            hits = set()
            for alt in slot:
                first = alt[0]
                if first.prefix:
                    starts = sorted(head.get(first.text[:2], ())) if len(first.text) >= 2 else range(n)
                else:
                    starts = where.get(first.text, ()) if not first.variants else variant_starts(first.variants)
                for i in starts:
                    if (i, i + len(alt)) not in hits and _alt_at(alt, i, lemmas, surfaces, upos):
                        hits.add((i, i + len(alt)))
            hits = sorted(hits)
            if not hits:
                break
            per_slot.append(hits)
        if len(per_slot) != len(pattern.slots):
            continue
        found.extend(_combine(per_slot, pattern, window))
    taken = set(blocked)
    result = []
    for m in sorted(found, key=lambda m: (-m.pattern.weight[0], -len(m.tokens), m.end - m.start, m.start)):
        if taken & m.tokens or (keep is not None and not keep(m)):
            continue
        taken |= m.tokens
        result.append(m)
    return sorted(result, key=lambda m: m.start)


_SORTED: dict[int, tuple] = {}
_LAST_INDEX: list = [None, None, None]  # (lemmas, surfaces, index) of the last sentence looked at


def _word_index(lemmas, surfaces):
    """Where each word form occurs (exact first words are looked up, not scanned) and, per first two
    letters, the positions for prefix words. A sentence is matched against some twenty lists in a
    row, so the index of the last one is kept (same list objects = same sentence)."""
    if _LAST_INDEX[0] is lemmas and _LAST_INDEX[1] is surfaces:
        return _LAST_INDEX[2]
    where: dict[str, list[int]] = {}
    head: dict[str, set[int]] = {}
    for i in range(len(lemmas)):
        where.setdefault(lemmas[i], []).append(i)
        head.setdefault(lemmas[i][:2], set()).add(i)
        if surfaces[i] != lemmas[i]:
            where.setdefault(surfaces[i], []).append(i)
            head.setdefault(surfaces[i][:2], set()).add(i)
    _LAST_INDEX[:] = [lemmas, surfaces, (where, head)]
    return where, head


def _by_weight(patterns) -> tuple:
    """``patterns`` heaviest first; lexicon lists are long-lived, so the order is computed once."""
    key = id(patterns)
    cached = _SORTED.get(key)
    if cached is None or cached[0] is not patterns or len(cached[1]) != len(patterns):
        cached = (patterns, tuple(sorted(patterns, key=lambda p: p.weight, reverse=True)))
        if isinstance(patterns, list):
            _SORTED[key] = cached
    return cached[1]


def _combine(per_slot, pattern, window) -> list[PatternMatch]:
    if len(per_slot) == 1:
        return [PatternMatch(s, e, frozenset(range(s, e)), pattern) for s, e in per_slot[0]]
    out = []
    for anchor_s, anchor_e in per_slot[0]:
        chosen = [(anchor_s, anchor_e)]
        for hits in per_slot[1:]:
            best = None
            for s, e in hits:
                if any(s < ce and cs < e for cs, ce in chosen):
                    continue
                lo = min(s, *(c[0] for c in chosen))
                hi = max(e, *(c[1] for c in chosen))
                inner = (e - s - 1) + sum(ce - cs - 1 for cs, ce in chosen)
                if hi - lo - inner > window:
                    continue
                dist = min(abs(s - anchor_s), abs(e - anchor_e))
                if best is None or dist < best[0]:
                    best = (dist, (s, e))
            if best is None:
                break
            chosen.append(best[1])
        else:
            tokens = frozenset(t for s, e in chosen for t in range(s, e))
            out.append(PatternMatch(min(c[0] for c in chosen), max(c[1] for c in chosen), tokens, pattern))
    return out


@dataclass(frozen=True)
class Issue:
    """One issue of the taxonomy (``knowledge/issues.yaml``)."""

    key: str
    label: str
    label_uk: str
    threat: bool = False
    gains: str | None = None  # the side that gains from the proposition (signs `compromise` patterns)
    after_deal: bool = False  # applies once there is a settlement: "in the event of a deal" is no condition on it


@dataclass(frozen=True)
class Cue:
    """What an attitude word means: ``polarity`` support/oppose, ``kind`` verb/noun/adj, and whether a
    document can hold it."""

    polarity: str
    kind: str
    document: bool = False


@dataclass
class Lexicon:
    """All stance knowledge for one language, compiled."""

    language: str
    issues: dict[str, Issue]
    issue_patterns: list[Pattern]
    cue_patterns: list[Pattern]
    speech_patterns: list[Pattern]
    lists: dict[str, list[Pattern]] = field(default_factory=dict)
    possessors: list[Pattern] = field(default_factory=list)
    media: frozenset = frozenset()
    default_plan_proposer: str | None = None


@lru_cache(maxsize=None)
def _read(name: str) -> object:
    return yaml.safe_load((KNOWLEDGE_DIR / name).read_text(encoding="utf-8"))


_LIST_SECTIONS = ("additive_openers", "partials", "existential_negation", "contrasts", "topic_frames", "condition_openers", "indirect_questions", "according_to", "plan_frames", "plan_nouns", "neutral", "conditions", "negation", "modals", "anaphors",
                  "blockers", "hedges", "guessers", "past", "position_changed", "superseded", "complementizers", "relatives", "coordinators", "media_frames", "group_heads", "prohibitives",
                  "collective_holders", "comitatives", "between", "statement_nouns")


@lru_cache(maxsize=8)
def load_lexicon(language: str) -> Lexicon:
    """The compiled issue and cue lexicon for ``language`` (``uk``, ``en`` or ``ru``; cached)."""
    if language not in ("uk", "en", "ru"):
        raise ValueError(f"language {language!r} is not supported; use 'uk', 'en' or 'ru'")
    issues_data = _read("issues.yaml")
    cues = _read("stance_cues.yaml")
    issues, issue_patterns = {}, []
    for entry in issues_data:
        issue = Issue(entry["key"], entry.get("label", entry["key"]), entry.get("label_uk", entry["key"]),
                      bool(entry.get("threat")), entry.get("gains"), bool(entry.get("after_deal")))
        issues[issue.key] = issue
        for raw in (entry.get("cues") or {}).get(language, []) or []:
            issue_patterns.append(compile_pattern(raw, (issue.key, +1), language=language))
        for raw in (entry.get("inverted") or {}).get(language, []) or []:
            issue_patterns.append(compile_pattern(raw, (issue.key, -1), language=language))
        for raw in (entry.get("owned") or {}).get(language, []) or []:
            # tagged: owner and head noun must stand in one noun phrase (see stances._split_owned)
            issue_patterns.append(compile_pattern(raw, (issue.key, +1, "owned"), language=language))
        for raw in (entry.get("anaphoric") or {}).get(language, []) or []:
            # a bare head noun («план», "the draft") names the issue only once the article has named it
            issue_patterns.append(compile_pattern(raw, (issue.key, +1, "anaphoric"), language=language))
        for raw in (entry.get("terms") or {}).get(language, []) or []:
            # a condition a holder sets on the issue: demanded, a conditional stance (see stances, rule 4)
            issue_patterns.append(compile_pattern(raw, (issue.key, +1, "term"), language=language))
        for raw in (entry.get("compromise") or {}).get(language, []) or []:
            # sign 2: relative to the holder's side, resolved by :func:`resolve_sign`
            issue_patterns.append(compile_pattern(raw, (issue.key, +COMPROMISE), language=language))
    by_source: dict[tuple[str, str], Cue] = {}
    for polarity in ("support", "oppose"):
        for entry in cues.get(polarity) or []:
            for raw in entry.get(language, []) or []:
                key = (str(raw), entry.get("kind", "verb"))
                old = by_source.get(key)
                # a word listed twice (as a plain verb and as a document verb) is both
                by_source[key] = Cue(polarity, key[1], bool(entry.get("document")) or bool(old and old.document))
    cue_patterns = [compile_pattern(raw, cue, language=language) for (raw, _), cue in by_source.items()]
    speech_patterns = []
    for entry in cues.get("speech") or []:
        for raw in entry.get(language, []) or []:
            speech_patterns.append(compile_pattern(raw, bool(entry.get("assertive")), language=language))
    lists = {}
    for section in _LIST_SECTIONS:
        raw_list = (cues.get(section) or {}).get(language, []) or []
        lists[section] = [compile_pattern(r, section, language=language) for r in raw_list]
    for group, per_lang in (cues.get("pronouns") or {}).items():
        lists[f"pronouns_{group}"] = [compile_pattern(r, group, language=language) for r in per_lang.get(language, []) or []]
    possessors = []
    for actor, per_lang in (cues.get("possessors") or {}).items():
        for raw in per_lang.get(language, []) or []:
            possessors.append(compile_pattern(raw, actor, language=language))
    return Lexicon(language, issues, issue_patterns, cue_patterns, speech_patterns, lists, possessors,
                   frozenset(cues.get("media") or []), cues.get("default_plan_proposer"))


def issue_keys() -> list[str]:
    """Issue keys in the order of ``knowledge/issues.yaml``."""
    return [e["key"] for e in _read("issues.yaml")]


def issue_labels(language: str = "en") -> dict[str, str]:
    """Issue key -> short label (``language`` ``en`` or ``uk``)."""
    field_name = "label_uk" if language == "uk" else "label"
    return {e["key"]: e.get(field_name, e["key"]) for e in _read("issues.yaml")}
