"""Canonical actors and their names in Ukrainian, English and Russian, and how to find them in text.

The knowledge lives in ``knowledge/actors.yaml`` (a journalist extends it without touching code).
Names are matched on lemmas *and* on surface forms, case-insensitively, because Ukrainian news
inflects foreign names («Віткоффом», «Кушнером») and some outlets lowercase Russian names on
purpose («путін», «кремля»). Three fallbacks handle what dictionaries miss:

* case endings: a token that is an alias plus a Ukrainian/Russian case ending («Віткоффа» =
  «Віткофф» + «а») matches even when pymorphy3 guesses a wrong lemma for the unknown name;
* typos: an out-of-dictionary token within one edit (Damerau–Levenshtein) of an alias of five or
  more letters matches («рремля» -> «кремля»), marked ``kind='fuzzy'``, unless one word merely
  extends the other ("Russian"/"Russia"), which is derivation, not a typo;
* given names: a given name listed for the actor, right before the surname, joins the span.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from .annotate.morphology import analyse_word, normalise_key

__all__ = ["Actor", "ActorMatch", "ActorIndex", "load_actors", "KNOWLEDGE_DIR", "side_of"]

KNOWLEDGE_DIR = Path(__file__).parent / "knowledge"
LABELS = ("PERS", "LOC", "ORG", "MISC")

# case endings that may follow a foreign name in Ukrainian or Russian text
_ENDINGS = tuple(sorted({
    "а", "у", "ові", "еві", "ом", "ем", "им", "ім", "ою", "ею", "ої", "ії", "і", "ю", "я", "е", "є", "ого",
    "ому", "ій", "их", "ими", "ами", "ах", "ів", "ям", "ями", "ях", "ы", "ой", "ым", "ей", "ов", "ым", "ом",
}, key=len, reverse=True))
_MIN_STEM = 4
_MIN_FUZZY = 5


@dataclass(frozen=True)
class Actor:
    """One entity of the knowledge base: a person, state, organisation or place."""

    name: str
    label: str
    side: str | None = None
    stands_for: str | None = None
    aliases: dict = field(default_factory=dict, compare=False, repr=False)
    references: dict = field(default_factory=dict, compare=False, repr=False)
    first_names: dict = field(default_factory=dict, compare=False, repr=False)
    titles: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def holder(self) -> str:
        """Who holds a position voiced by this mention: «кремль наполягає» is Russia's position."""
        return self.stands_for or self.name


@dataclass(frozen=True)
class ActorMatch:
    """A run of tokens ``[start, end)`` in one sentence that names or describes ``actor``."""

    start: int
    end: int
    actor: Actor
    kind: str  # "alias", "fuzzy" (one typo), or "reference" (descriptive phrase)


def _word_keys(word: str, language: str) -> frozenset[str]:
    keys = {normalise_key(word)}
    analysis = analyse_word(word, language)
    keys.add(normalise_key(analysis.lemma))
    return frozenset(keys)


def _stripped(surface_key: str) -> set[str]:
    out = set()
    for ending in _ENDINGS:
        if surface_key.endswith(ending) and len(surface_key) - len(ending) >= _MIN_STEM:
            out.add(surface_key[: -len(ending)])
    return out


def _is_derivation(a: str, b: str) -> bool:
    """One word contains the other at its start or end ("Russian"/"Russia", «країни»/«України»): a
    different word, not a typo of the name."""
    return a != b and (a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a))


def _damerau_le1(a: str, b: str) -> bool:
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@dataclass(frozen=True)
class _Pattern:
    words: tuple  # tuple of frozensets of keys
    actor: Actor
    kind: str
    cased: tuple  # per word: required capitalised surface or None


class ActorIndex:
    """Finds actors in tokenised sentences. Build once with :func:`load_actors` (it is cached)."""

    def __init__(self, actors: Sequence[Actor]):
        self.actors = list(actors)
        self.by_name = {a.name: a for a in self.actors}
        self._index: dict[tuple[str, str], dict[str, list[_Pattern]]] = {}
        self._fuzzy: dict[str, list[tuple[str, _Pattern]]] = {}
        self._first: dict[str, dict[str, set[str]]] = {}
        self._first_all: dict[str, frozenset[str]] = {}

    # -- building --------------------------------------------------------------------------
    def _patterns(self, language: str, kind: str) -> dict[str, list[_Pattern]]:
        key = (language, kind)
        if key not in self._index:
            table: dict[str, list[_Pattern]] = {}
            fuzzy: list[tuple[str, _Pattern]] = []
            for actor in self.actors:
                source = actor.aliases if kind == "alias" else actor.references
                for phrase in source.get(language, []) or []:
                    phrase = str(phrase)
                    cased_phrase = phrase.startswith("=")
                    phrase = phrase.lstrip("=")
                    words = _split_phrase(phrase, language)
                    if not words:
                        continue
                    keys = tuple(_word_keys(w, language) for w in words)
                    cased = tuple(w if cased_phrase else None for w in words)
                    pattern = _Pattern(keys, actor, kind, cased)
                    for k in keys[0]:
                        table.setdefault(k, []).append(pattern)
                    if kind == "alias" and len(words) == 1 and not cased_phrase:
                        for k in keys[0]:
                            if len(k) >= _MIN_FUZZY:
                                fuzzy.append((k, pattern))
            for patterns in table.values():
                patterns.sort(key=lambda p: -len(p.words))
            self._index[key] = table
            if kind == "alias":
                self._fuzzy[language] = fuzzy
        return self._index[key]

    def first_name_keys(self, actor: Actor, language: str) -> set[str]:
        per_lang = self._first.setdefault(language, {})
        if actor.name not in per_lang:
            per_lang[actor.name] = {k for n in (actor.first_names.get(language) or []) for k in _word_keys(n, language)}
        return per_lang[actor.name]

    # -- matching --------------------------------------------------------------------------
    def find(self, tokens: Sequence[tuple[str, str]], language: str, *, kind: str = "alias",
             known: Sequence[bool] | None = None) -> list[ActorMatch]:
        """Longest non-overlapping matches, left to right.

        Args:
            tokens: ``(surface, lemma)`` per token of one sentence.
            language: ``uk``, ``en`` or ``ru``.
            kind: ``"alias"`` for names (NER), ``"reference"`` for descriptive phrases.
            known: per token, whether the dictionary knows the word; unknown words may match an
                alias with one typo. Without it, no typo matching is done.
        """
        table = self._patterns(language, kind)
        keys = [_token_keys(s, l) for s, l in tokens]
        matches: list[ActorMatch] = []
        i = 0
        while i < len(tokens):
            found = self._match_at(i, tokens, keys, table, self._all_first_names(language) if kind == "reference" else frozenset())
            if found is None and kind == "alias" and known is not None and not known[i]:
                found = self._fuzzy_at(i, tokens, keys, language)
            if found is None:
                i += 1
                continue
            if kind == "alias" and found.actor.label == "PERS":
                found = self._extend_first_name(found, tokens, keys, language)
            matches.append(found)
            i = found.end
        return matches

    def _match_at(self, i, tokens, keys, table, skippable=()) -> ActorMatch | None:
        """The longest pattern starting at token ``i``. A reference may have a given name inside it
        («адміністрація Дональда Трампа», "the Donald Trump administration" for «адміністрація трампа»):
        a token in ``skippable`` is passed over before a pattern word it does not match."""
        candidates: list[_Pattern] = []
        for k in sorted(keys[i][0] | keys[i][1]):  # sorted: equal-length ties resolve the same way every run
            candidates.extend(table.get(k, ()))
        best = None
        for pattern in candidates:
            end = i
            for j, words in enumerate(pattern.words):
                if end < len(tokens) and j > 0 and not _word_match(keys[end], words, tokens[end][0], pattern.cased[j]) \
                        and (keys[end][0] | keys[end][1]) & skippable:
                    end += 1
                if end >= len(tokens) or not _word_match(keys[end], words, tokens[end][0], pattern.cased[j]):
                    break
                end += 1
            else:
                if best is None or end - i > best.end - best.start:
                    best = ActorMatch(i, end, pattern.actor, pattern.kind)
        return best

    def _all_first_names(self, language: str) -> frozenset[str]:
        """Keys of every given name in the gazetteer for ``language`` (cached)."""
        if language not in self._first_all:
            self._first_all[language] = frozenset(k for a in self.actors for k in self.first_name_keys(a, language))
        return self._first_all[language]

    def _fuzzy_at(self, i, tokens, keys, language) -> ActorMatch | None:
        surface = normalise_key(tokens[i][0])
        if len(surface) < _MIN_FUZZY or not surface.isalpha():
            return None
        exact, stripped = keys[i]
        probes = exact | stripped
        for alias_key, pattern in self._fuzzy.get(language, ()):
            if any(abs(len(p) - len(alias_key)) <= 1 and not _is_derivation(p, alias_key)
                   and _damerau_le1(p, alias_key) for p in probes):
                return ActorMatch(i, i + 1, pattern.actor, "fuzzy")
        return None

    def _extend_first_name(self, match: ActorMatch, tokens, keys, language) -> ActorMatch:
        if match.start == 0 or match.end - match.start > 1:
            return match
        prev_exact, prev_stripped = keys[match.start - 1]
        first = self.first_name_keys(match.actor, language)
        prev_surface = tokens[match.start - 1][0]
        # a given name joins when capitalised, or lowercased like the surname («володимир путін»)
        cased_alike = prev_surface[:1].isupper() or not tokens[match.start][0][:1].isupper()
        # (right before the surname a short given name may inflect too: «Кіра Стармера» is Кір's genitive)
        short = {k[: -len(e)] for k in prev_exact for e in _ENDINGS if k.endswith(e) and len(k) - len(e) >= 2}
        if first and cased_alike and (prev_exact | prev_stripped | short) & first:
            return ActorMatch(match.start - 1, match.end, match.actor, match.kind)
        return match

    # -- look-ups --------------------------------------------------------------------------
    def get(self, name: str) -> Actor | None:
        return self.by_name.get(name)

    def side_of(self, name: str) -> str | None:
        actor = self.by_name.get(name)
        return actor.side if actor else None


def _split_phrase(phrase: str, language: str) -> list[str]:
    from .annotate.builtin import split_words

    return [w for w, _, _ in split_words(phrase, language)]


def _token_keys(surface: str, lemma: str | None) -> tuple[frozenset[str], frozenset[str]]:
    s = normalise_key(surface)
    exact = {s}
    if lemma:
        exact.add(normalise_key(lemma))
    return frozenset(exact), frozenset(_stripped(s))


def _word_match(token_keys, pattern_keys, surface, cased) -> bool:
    exact, stripped = token_keys
    if cased is not None and not surface[:1].isupper():
        return False
    return bool(exact & pattern_keys) or bool(stripped & pattern_keys)


def _validate(entry: dict, where: str) -> Actor:
    name = entry.get("name")
    if not name:
        raise ValueError(f"{where}: every actor needs a 'name'")
    label = entry.get("label")
    if label not in LABELS:
        raise ValueError(f"{where}: actor {name!r} has label {label!r}; allowed: {', '.join(LABELS)}")
    return Actor(
        name=str(name), label=label, side=entry.get("side"), stands_for=entry.get("stands_for"),
        aliases=entry.get("aliases") or {}, references=entry.get("references") or {},
        first_names=entry.get("first_names") or {},
        titles=entry.get("titles") or {},
    )


@lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...]) -> ActorIndex:
    actors: list[Actor] = []
    for path in paths:
        entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
        if not isinstance(entries, list):
            raise ValueError(f"{path}: expected a list of actors")
        actors.extend(_validate(e, f"{path} entry {i + 1}") for i, e in enumerate(entries))
    return ActorIndex(actors)


def load_actors(extra: Iterable[str | Path] = ()) -> ActorIndex:
    """The packaged actor knowledge, plus any extra YAML files of the same shape (cached)."""
    paths = (str(KNOWLEDGE_DIR / "actors.yaml"), *(str(Path(p).resolve()) for p in extra))
    return _load_cached(paths)


def side_of(name: str) -> str | None:
    """The side (Russia, Ukraine, United States, Europe, …) of a canonical actor name."""
    return load_actors().side_of(name)


def knowledge_fingerprint() -> str:
    """A short hash of the knowledge files: cached annotations are invalid once they change."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(KNOWLEDGE_DIR.glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
