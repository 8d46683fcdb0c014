"""Temporal expressions: find them in a sentence and resolve them to calendar intervals.

The method is a small rule grammar over the raw text (patterns built from
``knowledge/temporal_<lang>.yaml``), followed by normalisation against an anchor date, in the
spirit of TimeML/TIMEX3 normalisers such as HeidelTime: each expression gets a value interval
``[start, end]`` and the grain the text supports (``precision``: day, week, month, year).

Rules decide what dateparser gets wrong on news text (measured in ``benchmarks/bench_dates.py``):

* a bare weekday («в середу», "on Tuesday") takes its direction from the tense of the clause
  that governs it: the head verb with a dependency parse, otherwise the nearest verb of the
  clause; explicit cues («минулої», "next", «Раніше») override tense, and the publication
  weekday itself means the publication day;
* weeks are Monday–Sunday intervals, weekends Saturday–Sunday, months and years whole;
* a date without a year takes the year that puts it nearest the anchor;
* durations and ages («майже чотирирічної війни», "five hours") are recognised as ``duration``
  / ``age`` so that nothing downstream dates an event with them;
* inside a quotation, relative words resolve against the time of speaking (the date of the
  speech expression outside the quotes), not the publication date;
* wire datelines ("MOSCOW, Nov 26 (Reuters) -") are the publication stamp, not an event date.

dateparser (with the settings that fix its Ukrainian failures, :data:`DATEPARSER_SETTINGS`) is
used for what it does right: absolute dates that carry their year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Sequence

from .lexicon import load_lexicon

__all__ = [
    "TemporalExpression", "extract_temporal_expressions", "find_expressions_in_sentence", "DATE_KINDS",
    "NON_DATE_KINDS", "DATEPARSER_SETTINGS", "week_of", "governing_tense",
]

DATE_KINDS = ("date", "weekday", "relative_day", "period", "month", "year", "deadline")
NON_DATE_KINDS = ("duration", "age", "dateline", "approximate")
# dateparser's own parsers minus 'no-spaces-time' (which reads «2014 року» as year 11), and the
# prepositions it does not know how to skip in Ukrainian («у суботу»)
DATEPARSER_SETTINGS = {
    "SKIP_TOKENS": ["у", "в"],
    "PARSERS": ["timestamp", "custom-formats", "absolute-time", "relative-time"],
}


@dataclass(frozen=True)
class TemporalExpression:
    """One temporal expression in an article body, with its resolved interval.

    Attributes:
        text: the exact words («у суботу, 20 грудня»).
        start_char, end_char: offsets into the article body.
        kind: ``date``, ``weekday``, ``relative_day``, ``period``, ``month``, ``year``, ``deadline``
            (dates) or ``duration``, ``age``, ``dateline``, ``approximate`` (not event dates: «напередодні
            Різдва», "on the eve of Christmas" is some time before the holiday, not a day).
        start, end: the resolved closed interval (``None`` when it cannot be resolved).
        precision: ``day``, ``week``, ``month`` or ``year`` (the grain the text supports).
        direction: ``past``, ``this``, ``future`` or ``None``: how a relative expression was read.
        ambiguous: ``True`` when nothing in the text fixed the direction and a default was used.
        anchor: the date relative words were resolved against (publication or speaking time).
        rule: which rule produced the value (for showing the work).
        sentence: index of the sentence in the document.
        tense: the tense read from the governing clause (``past``, ``present``, ``future`` or None).
        in_quote: whether the expression stands inside a quotation.
    """

    text: str
    start_char: int
    end_char: int
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    direction: str | None = None
    ambiguous: bool = False
    anchor: dt.date | None = None
    rule: str = ""
    sentence: int | None = None
    tense: str | None = None
    in_quote: bool = False
    note: str | None = None

    @property
    def is_date(self) -> bool:
        """Whether this expression can date an event (durations, ages and datelines cannot)."""
        return self.kind in DATE_KINDS and self.start is not None


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    groups: dict
    pattern: str
    prefix_direction: str | None = None


_PRIORITY = {"numeric": 0, "iso": 0, "day_month": 1, "month_day": 1, "month_year": 2, "month_part": 2, "weekday": 3,
             "relative_day": 3, "period": 3, "unit_phrase": 3, "same_day": 3, "holiday": 2, "year": 4, "prep_month": 5, "duration": 6, "age": 7}


def find_expressions_in_sentence(text: str, language: str) -> list[_Candidate]:
    """Raw candidate spans in one sentence (offsets into ``text``), non-overlapping, left to right.

    Overlaps are resolved longest-first (then by a fixed priority: full dates before periods
    before durations), the usual leftmost-longest rule of pattern-based temporal taggers.
    """
    lex = load_lexicon(language)
    found: list[_Candidate] = []
    for name, pattern in lex.patterns.items():
        if name == "prefix":
            continue
        for m in pattern.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if name == "duration":
                num = groups.get("num", "")
                if re.fullmatch(r"(19|20)\d\d", num):
                    continue
            if name == "age" and not groups.get("cue") and not re.search(r"річн|летн", m.group(0).lower()):
                continue
            if name == "weekday" and language == "en" and not (groups.get("mod") or groups.get("dl")) \
                    and not m.group("wd")[0].isupper():
                continue
            if name == "prep_month" and language == "en" and not m.group("mon")[0].isupper():
                continue  # "in may" (modal), "in march" (verb): English months are capitalised
            if name in ("month_day", "day_month", "month_year", "month_part") and language == "en" \
                    and not m.group("mon")[0].isupper():
                continue
            if name == "holiday" and not _holiday_standalone(text, m):
                continue
            kind = "approximate" if name == "holiday" and groups.get("eve") else \
                "duration" if name == "duration" else "age" if name == "age" else \
                "relative_day" if name == "same_day" else "date" if name == "holiday" else name
            found.append(_Candidate(m.start(), m.end(), kind, groups, name))
    found.sort(key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.pattern, 9), c.start))
    chosen: list[_Candidate] = []
    for cand in found:
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    if any(c.pattern == "same_day" for c in chosen) and any(c.pattern not in ("same_day", "duration", "age") and c.kind != "approximate"
                                                             for c in chosen):
        chosen = [c for c in chosen if c.pattern != "same_day"]  # the sentence names its own date
    chosen = _merge_apposition(text, chosen)
    chosen = _merge_ranges(text, chosen, language)
    for cand in chosen:
        _join_prefix(text, cand, lex)
    return chosen


def _merge_apposition(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """«у суботу, 20 грудня», «вчора, 27 листопада», "Monday, Dec. 15": one expression, the date rules."""
    out: list[_Candidate] = []
    for cand in cands:
        if out and out[-1].pattern in ("weekday", "relative_day") and cand.pattern in ("day_month", "month_day", "numeric") \
                and re.fullmatch(r"\s*,?\s*", text[out[-1].end:cand.start]):
            prev = out.pop()
            groups = dict(cand.groups)
            groups["apposition"] = prev.groups
            groups["apposition_pattern"] = prev.pattern
            if prev.groups.get("dl"):
                groups["dl"] = prev.groups["dl"]
            cand = _Candidate(prev.start, cand.end, cand.kind, groups, cand.pattern)
        out.append(cand)
    return out


def _holiday_standalone(text: str, m) -> bool:
    """A named day dates something when capitalised and either governed by a preposition («до Дня
    подяки», "by Thanksgiving") or closing its phrase ("That deadline is Thanksgiving."); a name that
    modifies a noun ("Christmas truce", «День подяки у США» after a date it restates) does not."""
    if not m.group("hol")[0].isupper():
        return False
    if m.group("dl") or m.group("hprep") or m.group("eve"):
        return True
    return bool(re.match(r"\s*(?:[.,;:!?)»”\"—–]|$)", text[m.end():]))


_RANGE_JOINERS = {"to", "through", "until", "till", "до", "по", "-", "–", "—"}
_RANGE_OPENERS = {"from", "з", "із", "зі", "с", "со"}


def _merge_ranges(text: str, cands: list[_Candidate], language: str) -> list[_Candidate]:
    """"from Dec. 4 to Dec. 6", «з 4 грудня до 6 грудня»: two full dates joined into one day span.

    A dash or "through" joins on its own; "to"/«до», which also open deadlines, only after "from"/«з».
    """
    out: list[_Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.pattern in ("day_month", "month_day") and cand.pattern in ("day_month", "month_day") \
                and not prev.groups.get("day2"):
            gap = text[prev.end:cand.start]
            between = re.fullmatch(r"\s*(\S+)\s*", gap) if gap.strip() else None
            joiner = between.group(1).lower() if between else None
            dl = (cand.groups.get("dl") or "").lower()
            if joiner is None and dl in _RANGE_JOINERS:
                joiner = dl
            opener = re.search(r"(\w+)\s+$", text[:prev.start])
            opened = bool(opener and opener.group(1).lower() in _RANGE_OPENERS)
            if joiner in ("-", "–", "—", "through", "по") or (joiner in _RANGE_JOINERS and opened):
                out.pop()
                groups = dict(prev.groups)
                groups["range_mon"], groups["range_day"] = cand.groups["mon"], cand.groups["day"]
                if cand.groups.get("year") and not groups.get("year"):
                    groups["range_year"] = cand.groups["year"]
                start = prev.start - (len(opener.group(0)) if opened else 0)
                cand = _Candidate(start, cand.end, "date", groups, prev.pattern)
        out.append(cand)
    return out


def _join_prefix(text: str, cand: _Candidate, lex) -> None:
    """«Раніше в середу», "Earlier, on Friday": the cue word joins the span and sets the direction."""
    if cand.kind in ("duration", "age", "approximate"):
        return
    m = lex.patterns["prefix"].search(text[max(0, cand.start - 20):cand.start])
    if m:
        word = re.sub(r"\s+", " ", m.group("prefix").lower())
        cand.start = cand.start - (len(text[max(0, cand.start - 20):cand.start]) - m.start())
        cand.prefix_direction = lex.prefixes.get(word)


# -- calendar arithmetic -------------------------------------------------------------------------

def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday–Sunday week (ISO 8601) that contains ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    import calendar

    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _weekday_date(weekday: int, anchor: dt.date, direction: str | None) -> dt.date:
    if direction == "this":
        return week_of(anchor)[0] + dt.timedelta(days=weekday)
    if direction == "past":
        back = (anchor.weekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7 or 7
    return anchor + dt.timedelta(days=ahead)


def _nearest_year(month: int, day: int, anchor: dt.date, direction: str | None) -> tuple[dt.date, bool]:
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        past = [d for d in options if d <= anchor]
        options = past or options
    elif direction == "future":
        future = [d for d in options if d >= anchor]
        options = future or options
    best = min(options, key=lambda d: abs((d - anchor).days))
    return best, abs((best - anchor).days) > 183


# -- tense -----------------------------------------------------------------------------------

_BOUNDARY_WORDS = {"що", "щоб", "який", "яка", "які", "яке", "котрий", "that", "which", "who", "while", "when",
                   "что", "чтобы", "который", "которая", "которые", "але", "but", "однак", "однако", "проте", "а",
                   "after", "before", "після", "перед", "после"}


def _feats(word) -> dict:
    out = {}
    for item in (word.feats or "").split("|"):
        if "=" in item:
            k, v = item.split("=", 1)
            out[k] = v
    return out


def _verb_tense(word) -> str | None:
    feats = _feats(word)
    tense = feats.get("Tense")
    if tense == "Fut":
        return "future"
    if tense == "Past":
        return "past"
    if tense == "Pres":
        return "present"
    if word.lemma and word.lemma.lower() in ("will", "shall", "'ll"):
        return "future"
    return None


def governing_tense(words: Sequence, span: tuple[int, int], language: str) -> tuple[str | None, int | None]:
    """The tense of the clause that governs the words in ``span`` (word indices, end exclusive).

    With a dependency parse (stanza with depparse): climb from the expression to its first verbal
    head. Without one (the built-in annotator): the nearest verb inside the same clause, where a
    clause ends at punctuation or a subordinating word («що», "that"); failing that, the nearest
    verb in the sentence. Future cues of the language (``future_cues``: «планує», «має відбутися»,
    "set to", "will") in the clause make it future even in the present tense.

    Returns:
        ``(tense, index of the governing verb)``; tense is ``past``, ``present``, ``future`` or ``None``.
    """
    lex = load_lexicon(language)
    future_cues = {str(c).lower() for c in lex.words("future_cues")}
    past_cues = {str(c).lower() for c in lex.words("past_cues")}
    lo, hi = span
    verb_index = None
    has_heads = any(getattr(w, "head", None) not in (None, 0) for w in words) and any(w.deprel for w in words)
    if has_heads:
        seen = set()
        i = next((k for k in range(lo, hi) if not (lo <= (words[k].head or 0) - 1 < hi)), lo)
        while i is not None and i not in seen:
            seen.add(i)
            head = (words[i].head or 0) - 1
            if head < 0:
                break
            if words[head].upos in ("VERB", "AUX") or (words[head].upos == "ADJ" and "VerbForm" in _feats(words[head])):
                verb_index = head
                break
            i = head
    # clause around the span
    left = lo
    while left > 0 and not _is_boundary(words[left - 1]):
        left -= 1
    right = hi
    while right < len(words) and not _is_boundary(words[right]):
        right += 1
    clause = range(left, right)
    def nearest(indices):
        finite = [k for k in indices if _verb_tense(words[k])]
        pool = finite or list(indices)
        if not pool:
            return None
        if language == "en":  # English adverbials follow their verb: "met ... in Miami on Saturday"
            return min(pool, key=lambda k: (k > lo, abs(k - lo) if k < lo else abs(k - hi + 1)))
        return min(pool, key=lambda k: (abs(k - lo) if k < lo else abs(k - hi + 1), k < lo))

    def nominal(k):  # "at a Security Council meeting": a gerund after a determiner or noun is a noun
        return "VerbForm=Ger" in (words[k].feats or "") and k > 0 and words[k - 1].upos in ("DET", "ADJ", "NOUN", "PROPN")

    if verb_index is None:
        verb_index = nearest([k for k in clause if (k < lo or k >= hi) and _is_verbal(words[k]) and not nominal(k)])
    if verb_index is None:
        verb_index = nearest([k for k in range(len(words)) if (k < lo or k >= hi) and _is_verbal(words[k]) and not nominal(k)])
        if verb_index is not None:
            clause = range(min(verb_index, left), max(verb_index + 1, right))
    # lexical cues in the clause (and around the verb)
    scope = set(clause)
    if verb_index is not None:
        scope.update(range(max(0, verb_index - 3), min(len(words), verb_index + 3)))
    cue_words = [words[k] for k in sorted(scope) if not (lo <= k < hi)]
    for k, w in enumerate(cue_words):
        lemma = (w.lemma or w.text).lower()
        if lemma in past_cues:
            return "past", verb_index
        if language == "en" and lemma in ("expect", "schedule", "set", "plan") and k > 0 \
                and (cue_words[k - 1].text or "").lower() in ("is", "are", "'s", "’s"):
            return "future", verb_index  # "is expected in Miami on Saturday": a present passive plan
        if lemma in future_cues and _verb_tense(w) != "past" and w.upos not in ("PROPN", "NOUN", "PUNCT"):
            if language == "en" and lemma in ("set", "due", "expect", "schedule", "plan", "go"):
                nxt = cue_words[k + 1].text.lower() if k + 1 < len(cue_words) else ""
                if nxt != "to" and not (lemma == "set" and nxt == "for"):
                    continue
            if language == "uk" and lemma == "мати":
                nxt = cue_words[k + 1] if k + 1 < len(cue_words) else None
                if nxt is None or "VerbForm=Inf" not in (nxt.feats or "") and not (nxt.upos == "VERB" and "Tense" not in (nxt.feats or "")):
                    continue
            return "future", verb_index
    if verb_index is None:
        return None, None
    tense = _verb_tense(words[verb_index])
    if tense is None and language == "en":
        # "has met": perfect; "was sent": past auxiliary next to the verb
        for k in range(max(0, verb_index - 3), verb_index):
            t = _verb_tense(words[k])
            if words[k].upos == "AUX" and t:
                tense = "past" if (words[k].lemma or "").lower() == "have" else t
    return tense, verb_index


def _is_boundary(word) -> bool:
    return word.upos == "PUNCT" and word.text not in ("-", "’", "'") or (word.text or "").lower() in _BOUNDARY_WORDS


def _is_verbal(word) -> bool:
    if word.upos in ("VERB", "AUX"):
        return True
    return word.upos == "ADJ" and "VerbForm=Part" in (word.feats or "") and False


# -- resolution ------------------------------------------------------------------------------

def _resolve(cand: _Candidate, text: str, lex, anchor: dt.date | None, tense: str | None,
             previous_day: dt.date | None, antecedent: dt.date | None = None) -> dict:
    """Value interval, precision and direction for one candidate."""
    g = cand.groups
    kind = cand.kind
    out = {"kind": kind, "start": None, "end": None, "precision": None, "direction": None, "ambiguous": False, "rule": cand.pattern}
    if kind in ("duration", "age", "approximate"):
        return out
    direction = cand.prefix_direction
    deadline = bool(g.get("dl"))
    if deadline and tense == "past" and lex.language == "en" and g["dl"].lower() == "by":
        deadline = False  # "By Tuesday, Moscow had made clear ...": looking back, not a deadline
    if direction is None and deadline:
        direction = "future"
    mod = g.get("mod")
    if mod:
        direction = lex.modifier_of.get(re.sub(r"\s+", " ", mod.lower()), direction)
    app = g.get("apposition") or {}
    if direction is None and app.get("mod"):
        direction = lex.modifier_of.get(app["mod"].lower())
    tense_direction = {"past": "past", "future": "future"}.get(tense or "")

    def finish(start, end, precision, direction_used, ambiguous=False, rule=None, kind_=None):
        out.update(start=start, end=end, precision=precision, direction=direction_used, ambiguous=ambiguous)
        if rule:
            out["rule"] = rule
        out["kind"] = "deadline" if deadline else (kind_ or kind)
        return out

    p = cand.pattern
    if p in ("numeric", "iso"):
        try:
            d = dt.date(int(g["year"]), int(g["month"]), int(g["day"]))
        except ValueError:
            return out
        return finish(d, d, "day", None, rule=p, kind_="date")
    if p in ("day_month", "month_day"):
        month = lex.month_of[_month_key(g["mon"])]
        day, day2 = int(g["day"]), int(g["day2"]) if g.get("day2") else None
        try:
            if g.get("year"):
                start = dt.date(int(g["year"]), month, day)
                ambiguous = False
                rule = "absolute"
                parsed = _dateparser_absolute(text[cand.start:cand.end], lex.language)
                if parsed is not None and parsed == start:
                    rule = "dateparser"
            elif anchor is not None:
                start, ambiguous = _nearest_year(month, day, anchor, direction or tense_direction)
                rule = "nearest-year"
                wd = lex.weekday_of.get(_month_key(app["wd"])) if app.get("wd") else None
                if wd is not None and start.weekday() != wd:
                    # «четвер, 27 листопада», "Thursday, Nov. 27": the weekday names the year
                    fits = [dt.date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                            if _valid(y, month, day) and dt.date(y, month, day).weekday() == wd]
                    if fits:
                        start = min(fits, key=lambda d: abs((d - anchor).days))
                        ambiguous, rule = False, "weekday-fixes-year"
            else:
                return out
            end = start.replace(day=day2) if day2 and day2 > day else start
            if g.get("range_mon"):
                month2 = lex.month_of[_month_key(g["range_mon"])]
                end = dt.date(int(g.get("range_year") or start.year), month2, int(g["range_day"]))
                if end < start and not g.get("range_year"):
                    end = dt.date(start.year + 1, month2, int(g["range_day"]))
                if end < start:
                    end = start
        except ValueError:
            return out
        note = None
        if app.get("wd"):
            wd = lex.weekday_of.get(_month_key(app["wd"]))
            if wd is not None and wd != start.weekday():
                note = "weekday does not match the date"
        out["note"] = note
        return finish(start, end, "day", None, ambiguous, rule, "date")
    if p in ("month_year", "month_part", "prep_month"):
        month = lex.month_of[_month_key(g["mon"])]
        if g.get("year"):
            start, end = _month_span(int(g["year"]), month)
            return finish(start, end, "month", None, rule=p, kind_="month")
        if anchor is None:
            return out
        d = direction or tense_direction
        candidates = [_add_months(anchor.year, anchor.month, k) for k in range(-11, 12)]
        candidates = [(y, m) for y, m in candidates if m == month]
        here = anchor.year * 12 + anchor.month - 1
        if d == "past":
            pool = [c for c in candidates if c[0] * 12 + c[1] - 1 <= here] or candidates
        elif d == "future":
            pool = [c for c in candidates if c[0] * 12 + c[1] - 1 >= here] or candidates
        else:
            pool = candidates
        y, m = min(pool, key=lambda c: abs(c[0] * 12 + c[1] - 1 - here))
        start, end = _month_span(y, m)
        return finish(start, end, "month", d, ambiguous=d is None and m != anchor.month, rule="nearest-month", kind_="month")
    if p == "holiday":
        if anchor is None:
            return out
        spec = lex.holidays[re.sub(r"\s+", " ", g["hol"].lower())]
        options = [_holiday_date(spec, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        d = direction or tense_direction
        pool = [o for o in options if (d != "past" or o <= anchor) and (d != "future" or o >= anchor)] or options
        start = min(pool, key=lambda o: abs((o - anchor).days))
        return finish(start, start, "day", d, rule="holiday", kind_="date")
    if p == "same_day":
        if antecedent is None:
            return out
        return finish(antecedent, antecedent, "day", None, rule="same-day-anaphora", kind_="relative_day")
    if p == "year":
        y = int(g["year"])
        return finish(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", None, rule="year", kind_="year")
    if anchor is None:
        return out
    if p == "weekday":
        wd = lex.weekday_of[_month_key(g["wd"])]
        ambiguous = False
        rule = "weekday+" + ("cue" if direction else "tense")
        if direction is None:
            if wd == anchor.weekday():
                direction, rule = "this", "weekday=anchor"
            elif tense_direction:
                direction = tense_direction
            else:
                past = _weekday_date(wd, anchor, "past")
                future = _weekday_date(wd, anchor, "future")
                direction = "past" if (anchor - past) <= (future - anchor) else "future"
                ambiguous, rule = True, "weekday+nearest"
        if direction == "this" and wd == anchor.weekday() and not mod:
            start = anchor
        else:
            start = _weekday_date(wd, anchor, direction)
        end = start
        if g.get("wd2"):
            wd2 = lex.weekday_of[_month_key(g["wd2"])]
            end = start + dt.timedelta(days=(wd2 - wd) % 7)
        return finish(start, end, "day", direction, ambiguous, rule, "weekday")
    if p == "relative_day":
        offset = lex.relative_days[re.sub(r"\s+", " ", g["rel"].lower())]
        base = (previous_day or antecedent) if (previous_day or antecedent) is not None and re.search(r"\s", g["rel"].strip()) \
            else anchor
        d = base + dt.timedelta(days=offset)
        return finish(d, d, "day", "past" if offset < 0 else "future" if offset > 0 else "this", rule="relative-day",
                      kind_="relative_day")
    if p in ("period", "unit_phrase"):
        if p == "unit_phrase":
            unit, offset = lex.unit_phrases[re.sub(r"\s+", " ", g["phrase"].lower())]
            direction = direction or "this"
        else:
            unit = lex.unit_of[_month_key(g["unit"])]
            offset = {"past": -1, "this": 0, "future": 1, "next": 1}.get(lex.modifier_of.get(mod.lower().split()[0], ""), 0)
            direction = {-1: "past", 0: "this", 1: "future"}[offset]
        if unit == "week":
            start, end = week_of(anchor + dt.timedelta(days=7 * offset))
            return finish(start, end, "week", direction, rule="week-Mon-Sun", kind_="period")
        if unit == "weekend":
            monday = week_of(anchor)[0] + dt.timedelta(days=7 * offset)
            start = monday + dt.timedelta(days=5)
            if offset == 0 and tense == "past" and start > anchor:
                start -= dt.timedelta(days=7)
            return finish(start, start + dt.timedelta(days=1), "day", direction, rule="weekend-Sat-Sun", kind_="period")
        if unit == "month":
            y, m = _add_months(anchor.year, anchor.month, offset)
            start, end = _month_span(y, m)
            return finish(start, end, "month", direction, rule="month", kind_="period")
        if unit == "year":
            y = anchor.year + offset
            return finish(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", direction, rule="year", kind_="period")
    return out


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _holiday_date(spec: dict, year: int) -> dt.date:
    """The date of a named day in ``year``: fixed (``month``, ``day``) or the nth weekday of a month."""
    if spec.get("day"):
        return dt.date(year, int(spec["month"]), int(spec["day"]))
    first = dt.date(year, int(spec["month"]), 1)
    offset = (int(spec["weekday"]) - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (int(spec.get("nth", 1)) - 1))


def _month_key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().rstrip("."))


def _dateparser_absolute(text: str, language: str) -> dt.date | None:
    """dateparser on an expression that carries its year: the case it gets right."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    value = dateparser.parse(text, languages=[language], settings={**DATEPARSER_SETTINGS, "DATE_ORDER": "DMY"})
    return value.date() if value else None


# -- the public function ---------------------------------------------------------------------

def _quote_spans(text: str, language: str) -> list[tuple[int, int]]:
    spans = []
    for open_, close in load_lexicon(language).words("quote_marks"):
        pos = 0
        while True:
            a = text.find(open_, pos)
            if a < 0:
                break
            b = text.find(close, a + 1)
            if b < 0:
                break
            spans.append((a, b + 1))
            pos = b + 1
    return spans


# "MOSCOW, ", "MOSCOW/KYIV, ", "HALLANDALE BEACH, Fla., ", "KYIV, Ukraine, ": a city (or two) in capitals, optionally its region
_DATELINE = re.compile(r"^\s*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’/-]+,(?:\s*[A-ZА-ЯІЇЄҐ][\w.]+,)?\s*$")


def extract_temporal_expressions(doc_or_text, published=None, language: str = "uk", *,
                                 include_non_dates: bool = True) -> list[TemporalExpression]:
    """All temporal expressions of an article body, resolved against its publication date.

    Args:
        doc_or_text: a :class:`stanza.Document` (from :func:`stanceline.annotate_corpus`) or the
            body text (annotated here with the built-in annotator, for tense).
        published: the article's publication date or datetime (relative words need it; without
            it only absolute dates get values).
        language: ``uk``, ``en`` or ``ru``.
        include_non_dates: also return durations, ages and datelines (kinds that never date an event).

    Returns:
        :class:`TemporalExpression` records in text order.
    """
    if language not in ("uk", "en", "ru"):
        raise ValueError(f"language {language!r} is not supported; allowed: uk, en, ru")
    if isinstance(doc_or_text, str):
        from ..annotate import annotate_text

        doc = annotate_text(doc_or_text, language)
    else:
        doc = doc_or_text
    if isinstance(published, dt.datetime):
        published = published.date()
    lex = load_lexicon(language)
    body = doc.text or ""
    results: list[TemporalExpression] = []
    last_day: tuple[int, dt.date] | None = None  # (sentence, day) of the last day named in the article
    for s_index, sentence in enumerate(doc.sentences):
        tokens = sentence.tokens
        if not tokens:
            continue
        s_start, s_end = tokens[0].start_char, tokens[-1].end_char
        s_text = body[s_start:s_end]
        words = [w for t in tokens for w in t.words]
        word_spans = [(t.start_char, t.end_char) for t in tokens for _ in t.words]
        quotes = [(a + s_start, b + s_start) for a, b in _quote_spans(s_text, language)]
        cands = find_expressions_in_sentence(s_text, language)
        resolved: list[tuple[_Candidate, dict, str | None, bool]] = []
        previous_day = None
        speaking_day = None
        for cand in cands:
            a, b = cand.start + s_start, cand.end + s_start
            in_quote = any(qa < a and b < qb for qa, qb in quotes)
            span = _word_span(word_spans, a, b)
            tense, _ = governing_tense(words, span, language) if span else (None, None)
            anchor = published
            if in_quote and speaking_day is not None:
                anchor = speaking_day
            antecedent = last_day[1] if last_day is not None and s_index - last_day[0] <= 3 else None
            info = _resolve(cand, s_text, lex, anchor, tense, previous_day, antecedent)
            if cand.pattern in ("day_month", "month_day") and s_index == 0 and \
                    _DATELINE.match(body[s_start:a].split("\n")[-1] if "\n" in body[s_start:a] else body[s_start:a]):
                info.update(kind="dateline", rule="dateline")
            if info["kind"] == "approximate":
                # ("On the eve of Christmas, …. Later that day …": the day is not known, so neither is "that day")
                previous_day, last_day = None, None
            if info.get("precision") == "day" and info.get("start") is not None and info["kind"] != "dateline":
                previous_day = info["start"]
                last_day = (s_index, info["start"])
                if not in_quote and speaking_day is None:
                    speaking_day = info["start"]
            resolved.append((cand, info, tense, in_quote))
            a_, b_ = a, b
            results.append(TemporalExpression(
                text=body[a_:b_], start_char=a_, end_char=b_, kind=info["kind"], start=info["start"], end=info["end"],
                precision=info["precision"], direction=info["direction"], ambiguous=info["ambiguous"],
                anchor=anchor if info["start"] is not None and cand.pattern not in ("numeric", "iso", "year", "month_year") else None,
                rule=info["rule"], sentence=s_index, tense=tense, in_quote=in_quote, note=info.get("note"),
            ))
    if not include_non_dates:
        results = [r for r in results if r.kind not in NON_DATE_KINDS]
    return results


def _word_span(word_spans, a: int, b: int) -> tuple[int, int] | None:
    inside = [i for i, (ws, we) in enumerate(word_spans) if ws < b and we > a]
    if not inside:
        return None
    return inside[0], inside[-1] + 1
