"""The date vocabulary of one language, read from ``knowledge/temporal_<lang>.yaml``, as regexes.

Why regexes over the raw text and not over tokens: dates are short fixed phrases («у суботу, 20
грудня», "Dec. 14"), and matching the text directly makes the same expressions come out of every
annotator (the built-in one and stanza). The annotation is used afterwards, for tense and event type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from ..actors import KNOWLEDGE_DIR

__all__ = ["Lexicon", "load_lexicon", "LANGUAGES"]

LANGUAGES = ("uk", "en", "ru")
_B = r"(?<![\w'’ʼ])"   # word start
_E = r"(?![\w'’ʼ])"    # word end


def _alt(words) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    items = sorted({str(w).lower() for w in words if str(w).strip()}, key=len, reverse=True)
    if not items:
        return r"(?!x)x"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


@dataclass
class Lexicon:
    """Word lists and compiled patterns of one language (see the YAML header for the fields)."""

    language: str
    data: dict
    month_of: dict = field(default_factory=dict)
    weekday_of: dict = field(default_factory=dict)
    modifier_of: dict = field(default_factory=dict)
    unit_of: dict = field(default_factory=dict)
    part_of: dict = field(default_factory=dict)
    relative_days: dict = field(default_factory=dict)
    prefixes: dict = field(default_factory=dict)
    unit_phrases: dict = field(default_factory=dict)
    same_day: set = field(default_factory=set)
    holidays: dict = field(default_factory=dict)
    patterns: dict = field(default_factory=dict)

    def words(self, key) -> list:
        return list(self.data.get(key) or [])


def _build(language: str) -> Lexicon:
    path = KNOWLEDGE_DIR / f"temporal_{language}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    lex = Lexicon(language=language, data=data)
    for number, forms in (data.get("months") or {}).items():
        for f in forms:
            lex.month_of[str(f).lower()] = int(number)
    for number, forms in (data.get("weekdays") or {}).items():
        for f in forms:
            lex.weekday_of[str(f).lower()] = int(number)
    for direction, forms in (data.get("modifiers") or {}).items():
        for f in forms:
            lex.modifier_of[str(f).lower()] = direction
    for unit, forms in (data.get("units") or {}).items():
        for f in forms:
            lex.unit_of[str(f).lower()] = unit
    for part, forms in (data.get("month_parts") or {}).items():
        for f in forms:
            lex.part_of[re.sub(r"\s+", " ", str(f).lower())] = part
    lex.relative_days = {re.sub(r"\s+", " ", str(k).lower()): int(v) for k, v in (data.get("relative_days") or {}).items()}
    lex.prefixes = {str(k).lower(): (None if v in (None, "none") else v) for k, v in (data.get("joined_prefixes") or {}).items()}
    lex.same_day = {re.sub(r"\s+", " ", str(w).lower()) for w in data.get("same_day") or []}
    lex.holidays = {}
    for spec in data.get("holidays") or []:
        for name in spec["names"]:
            lex.holidays[re.sub(r"\s+", " ", str(name).lower())] = spec
    lex.unit_phrases = {re.sub(r"\s+", " ", str(p["phrase"]).lower()): (p["unit"], int(p.get("offset", 0)))
                        for p in data.get("unit_phrases") or []}

    month = _alt(lex.month_of) + _E + (r"\.?" if language == "en" else "")
    weekday = _alt(lex.weekday_of) + _E
    prep = _alt(lex.words("prepositions"))
    mods = _alt(lex.modifier_of)
    units = _alt(lex.unit_of) + _E
    year_words = _alt(lex.words("year_words"))
    deadline = _alt(lex.words("deadline_words"))
    joiners = _alt(lex.words("range_joiners"))
    parts = _alt(lex.part_of)
    year_tail = (r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d)(?:\s*" + year_words + _E + r")?)?") if language != "en" \
        else r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?"
    day = r"(?P<day>[0-3]?\d)(?:-?(?:го|е|ого|st|nd|rd|th))?"
    day2 = r"(?:\s*(?:-|–|" + joiners + r")\s*(?P<day2>[0-3]?\d))?"
    p = {}
    p["numeric"] = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d{2})(?![\d])")
    p["iso"] = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])")
    dl = r"(?:(?P<dl>" + deadline + r")\s+)?"
    p["day_month"] = re.compile(_B + dl + r"(?:" + prep + r"\s+)?" + day + day2 + r"\s+(?:of\s+)?(?P<mon>" + month + ")" + year_tail, re.I)
    if language == "en":
        p["month_day"] = re.compile(_B + dl + r"(?:on\s+)?(?P<mon>" + month + r")\s+" + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
                                    + r"(?:\s*(?:-|–|and|to)\s*(?P<day2>[0-3]?\d)(?!\d))?" + year_tail, re.I)
    p["month_year"] = re.compile(_B + dl + r"(?:" + prep + r"\s+)?(?P<mon>" + month + r")\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})(?!\d)"
                                 + (r"(?:\s*" + year_words + _E + ")?" if language != "en" else ""), re.I)
    p["month_part"] = re.compile(_B + r"(?P<part>" + parts + r")[\s-]*(?P<mon>" + month + ")" + year_tail, re.I)
    p["prep_month"] = re.compile(_B + r"(?:(?P<dl>" + deadline + r")|" + prep + r")\s+(?:(?P<mod>" + mods + r")\s+)?(?P<mon>" + month + ")", re.I)
    if language == "en":
        p["year"] = re.compile(_B + r"(?:(?P<dl>by|until|before)|in|since|during|of)\s+(?P<year>(?:19|20)\d{2})(?![\d%])", re.I)
    else:
        p["year"] = re.compile(_B + dl + r"(?:" + prep + r"\s+)?(?P<year>(?:19|20)\d{2})(?:-(?:му|м|го))?\s*" + year_words + _E, re.I)
    p["weekday"] = re.compile(_B + dl + r"(?:" + prep + r"\s+)?(?:(?P<mod>" + mods + r")\s+)?(?P<wd>" + weekday + r")"
                              + r"(?:\s*(?:" + joiners + r")\s+(?:" + prep + r"\s+)?(?P<wd2>" + weekday + r"))?", re.I)
    p["relative_day"] = re.compile(_B + r"(?P<rel>" + _alt(lex.relative_days) + r")" + _E, re.I)
    p["period"] = re.compile(_B + dl + r"(?:" + prep + r"\s+)?(?P<mod>" + mods + r")\s+(?P<unit>" + units + ")", re.I)
    p["same_day"] = re.compile(_B + r"(?P<phrase>" + _alt(lex.same_day) + r")" + _E, re.I)
    # («напередодні Різдва», "on the eve of Christmas": the day before the holiday)
    eve = _alt(lex.words("eve_words")) if data.get("eve_words") else r"(?!x)x"
    p["holiday"] = re.compile(_B + r"(?:(?P<dl>" + deadline + r")\s+|(?P<hprep>" + prep + r")\s+|(?P<eve>" + eve + r")\s+)?(?P<hol>"
                              + _alt(lex.holidays) + r")" + _E, re.I)
    p["unit_phrase"] = re.compile(_B + r"(?P<phrase>" + _alt(lex.unit_phrases) + r")" + _E, re.I)
    numbers = _alt(lex.words("number_words") if isinstance(data.get("number_words"), list) else (data.get("number_words") or {}).keys())
    p["duration"] = re.compile(_B + r"(?:(?P<cue>" + _alt(lex.words("duration_cues")) + r")\s+)?(?P<num>\d+(?:[.,]\d+)?|" + numbers
                               + r")[\s-]+(?P<unit>" + _alt(lex.words("duration_words")) + r")(?:-(?:long|old))?" + _E, re.I)
    if lex.words("age_stems"):
        p["age"] = re.compile(_B + r"(?:(?P<cue>" + _alt(lex.words("duration_cues")) + r")\s+)?\w*(?:"
                              + "|".join(re.escape(s) for s in lex.words("age_stems")) + r")\w*", re.I)
    p["prefix"] = re.compile(_B + r"(?P<prefix>" + _alt(lex.prefixes) + r")\s*,?\s*$", re.I)
    lex.patterns = p
    return lex


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    """The cached :class:`Lexicon` of ``language`` (``uk``, ``en`` or ``ru``)."""
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} has no date vocabulary; allowed: {', '.join(LANGUAGES)}")
    return _build(language)
