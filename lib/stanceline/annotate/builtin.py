"""The built-in annotator: tokens, lemmas, UPOS, features and named entities with what pip installs.

Method, per language:

* **Ukrainian / Russian**: sentences and words from tokenize-uk (character spans kept), lemmas,
  UPOS and features from pymorphy3 (first reading, mapped to UD), named entities from
  (1) the actor gazetteer in ``knowledge/actors.yaml`` matched on lemmas and surface forms,
  case-insensitively, with case-ending and one-typo fallbacks (see :mod:`stanceline.actors`), and
  (2) pymorphy3's name tags (``Name``/``Surn``/``Patr``, Russian ``Geox``/``Orgn``) on capitalised
  words for people the gazetteer does not list.
* **English**: a regular-expression tokenizer that keeps abbreviations («U.S.», "Dec.") whole,
  lemminflect lemmas and parts of speech, and the same gazetteer.

It produces no syntax: ``head`` and ``deprel`` stay empty rather than a fake chain, so code that
needs a parse can tell it has none. Everything is returned as a :class:`stanza.Document`, the
project's one data model, exactly as the neural annotator returns it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from stanza.models.common.doc import Document

from .morphology import agreeing_noun, analyse_word, finite_plural_reading, normalise_key

__all__ = ["BuiltinAnnotator", "split_words", "split_sentences"]

_EN_TOKEN = re.compile(
    r"""(?:[A-Z]\.){2,}
    |(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|vs)\.(?=\s)
    |\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?
    |\w+?(?=n['’]t\b)
    |(?i:can)(?=not\b)
    |\w+(?=['’](?:re|ll|ve|d|m)\b)
    |['’](?:re|ll|ve|d|m)\b
    |n['’]t\b
    |\w+(?:[-'’]\w+)*(?=['’]s\b)
    |['’]s\b
    |\w+(?:[-'’]\w+)*
    |\S""",
    re.X | re.U,
)
# ("won't" is "wo" + "n't", "doesn't" "does" + "n't", "cannot" "can" + "not", "we'll" "we" + "'ll", as the treebanks
# split them: the negation and the auxiliary are words of their own, so "Moscow won't accept a truce" is read as
# denied and "We'll never accept it" has its subject, not an unknown noun before the verb)
_SENT_END = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "»", "’", "'", ")"}
_PARAGRAPH = re.compile(r"[^\n]+")


def split_words(text: str, language: str = "uk") -> list[tuple[str, int, int]]:
    """Words of ``text`` with character spans: ``[(word, start, end), ...]``."""
    if language == "en":
        return [(m.group(), m.start(), m.end()) for m in _EN_TOKEN.finditer(text)]
    import tokenize_uk

    return [(w, s, e) for w, s, e in tokenize_uk.tokenize_words_with_spans(text)]


def split_sentences(text: str, language: str = "uk") -> list[list[tuple[str, int, int]]]:
    """Sentences (lists of ``(word, start, end)``) of ``text``; a line break always ends a sentence,
    so headlines and paragraphs never run together."""
    sentences: list[list[tuple[str, int, int]]] = []
    for line in _PARAGRAPH.finditer(text):
        offset = line.start()
        if not line.group().strip():
            continue
        if language == "en":
            sentences.extend(_english_sentences(line.group(), offset))
            continue
        import tokenize_uk

        for _sent, s_start, _s_end in tokenize_uk.tokenize_sents_with_spans(line.group()):
            words = [(w, offset + s_start + ws, offset + s_start + we)
                     for w, ws, we in tokenize_uk.tokenize_words_with_spans(_sent)]
            if words:
                sentences.extend(_split_before_lowercase(words, text))
    return sentences


# abbreviations after which a full stop does not end a sentence («у 2014 р. росія …», «1,5 млн. грн.»)
_ABBREVIATIONS = {"р", "рр", "ст", "м", "ін", "тис", "млн", "млрд", "грн", "див", "напр", "пп", "п", "вул", "обл", "т", "ч",
                  "д", "г", "гг", "тыс", "руб", "см", "др", "им", "св", "проф", "акад", "ред"}


def _split_before_lowercase(words, text):
    """Split where a sentence ends and the next one starts in lower case, as outlets that write «путін»,
    «росія», «кремль» in lower case do even at the start of a sentence (the tokenizer only splits before
    a capital)."""
    out, current = [], []
    for i, word in enumerate(words):
        current.append(word)
        if word[0] in (".", "!", "?", "…") and 0 < i < len(words) - 1:
            prev, nxt = words[i - 1][0], words[i + 1][0]
            spaced = words[i + 1][1] > word[2]
            if spaced and nxt[:1].islower() and nxt[:1].isalpha() and len(prev) > 1 \
                    and prev.lower().rstrip(".") not in _ABBREVIATIONS:
                out.append(current)
                current = []
    if current:
        out.append(current)
    return out


def _english_sentences(text: str, offset: int) -> list[list[tuple[str, int, int]]]:
    words = [(w, offset + s, offset + e) for w, s, e in split_words(text, "en")]
    sentences, current = [], []
    for i, word in enumerate(words):
        current.append(word)
        if word[0] in _SENT_END or (word[0] in _CLOSERS and len(current) > 1 and current[-2][0] in _SENT_END):
            nxt = words[i + 1][0] if i + 1 < len(words) else None
            if nxt is not None and nxt in _CLOSERS:
                continue
            if nxt is None or nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "\"“«(":
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    return sentences


def _bioes(length: int, label: str) -> list[str]:
    if length == 1:
        return [f"S-{label}"]
    return [f"B-{label}"] + [f"I-{label}"] * (length - 2) + [f"E-{label}"]


def _entity_lemma(surface: str, lemma: str) -> str:
    if surface.isupper() and len(surface) > 1:
        return lemma.upper()
    return lemma[:1].upper() + lemma[1:]


def _code_fingerprint() -> str:
    """A short hash of the code that decides the annotations (this module, the morphology and the
    gazetteer matcher): a cached annotation made by other code is made again, never reused."""
    import hashlib

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in (here / "builtin.py", here / "morphology.py", here.parent / "actors.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


class BuiltinAnnotator:
    """Annotates Ukrainian, English and Russian text without downloaded models.

    Example:
        >>> doc = BuiltinAnnotator().annotate("путін хоче визнання Криму.", "uk")
        >>> [(e.text, e.type) for e in doc.ents]
        [('путін', 'PERS'), ('Криму', 'LOC')]
    """

    name = "builtin"

    def __init__(self, *, extra_actors=()):
        from ..actors import knowledge_fingerprint, load_actors
        from .. import __version__

        self.actors = load_actors(extra_actors)
        self.version = f"{__version__}+code.{_code_fingerprint()}+kb.{knowledge_fingerprint()}"

    def annotate(self, text: str, language: str) -> Document:
        """Annotate ``text`` (an article body) written in ``language`` (``uk``, ``en`` or ``ru``)."""
        if language not in ("uk", "en", "ru"):
            raise ValueError(f"language {language!r} is not supported; use 'uk', 'en' or 'ru'")
        sentences = []
        for words in split_sentences(text, language):
            sentences.append(self._annotate_sentence(words, language))
        return Document(sentences, text=text)

    def _annotate_sentence(self, words, language):
        analyses = [analyse_word(w, language, sentence_initial=(i == 0)) for i, (w, _, _) in enumerate(words)]
        if language == "en":
            analyses = _english_nouns_in_context(words, analyses)
        else:
            for i in range(1, len(analyses)):
                prev = analyses[i - 1]
                if prev.upos != "ADJ" or analyses[i].upos != "NOUN":
                    continue
                # a finite verb or a preposition right before the adjective governs the pair, which is then most
                # likely an object («раскритиковал европейские столицы»): there the nominative and accusative
                # plural look alike and the rules downstream cannot tell them apart, so the noun keeps its reading
                before = analyses[i - 2] if i >= 2 else None
                if before is not None and (before.upos == "ADP" or (
                        before.upos in ("VERB", "AUX") and "VerbForm=Fin" in (before.feats or ""))):
                    continue
                agreed = agreeing_noun(words[i - 1][0], words[i][0], analyses[i], language)
                if agreed is not None:
                    analyses[i] = agreed[0]
                    analyses[i - 1] = replace(prev, feats=agreed[1] or prev.feats)
            if language == "ru":
                analyses = _russian_plural_verbs(words, analyses)
        tokens = [{
            "id": i + 1, "text": w, "lemma": a.lemma, "upos": a.upos, "feats": a.feats,
            "start_char": s, "end_char": e, "ner": "O",
        } for i, ((w, s, e), a) in enumerate(zip(words, analyses))]
        pairs = [(w, a.lemma) for (w, _, _), a in zip(words, analyses)]
        known = [a.known for a in analyses]
        taken = [False] * len(words)
        for match in self.actors.find(pairs, language, known=known):
            label = match.actor.label
            for offset, tag in enumerate(_bioes(match.end - match.start, label)):
                tok = tokens[match.start + offset]
                tok["ner"] = tag
                if tok["upos"] in ("NOUN", "ADJ", "X", "VERB", "PROPN") or label != "MISC":
                    if tok["upos"] != "ADJ" or match.end - match.start == 1:
                        tok["upos"] = "PROPN"
                    tok["lemma"] = _entity_lemma(tok["text"], tok["lemma"])
                taken[match.start + offset] = True
            if label == "PERS" and match.kind == "alias" and language != "en":
                self._nominative_names(tokens, match, language)
            if match.kind == "fuzzy":
                tok = tokens[match.start]
                tok["lemma"] = _corrected_lemma(match.actor, language, tok["lemma"])
                tok["feats"] = "|".join(sorted(filter(None, [tok["feats"], "Typo=Yes"])))
        if language != "en":
            self._morphological_names(tokens, analyses, taken)
        return tokens

    @staticmethod
    def _nominative_names(tokens, match, language):
        """A surname written exactly as its dictionary form is nominative («Сергей Рябков»), whatever
        reading the dictionary prefers for the word («рябков», genitive plural of «рябок»). A wrong
        oblique case would stop the person from holding a stance."""
        aliases = {normalise_key(a.lstrip("=")) for a in (match.actor.aliases.get(language) or []) if " " not in a}
        for k in range(match.start, match.end):
            tok = tokens[k]
            if normalise_key(tok["text"]) in aliases and tok["feats"] and "Case=" in tok["feats"]:
                feats = dict(kv.split("=", 1) for kv in tok["feats"].split("|") if "=" in kv)
                if feats.get("Case") not in (None, "Nom"):
                    feats["Case"] = "Nom"
                    feats["Number"] = "Sing"
                    tok["feats"] = "|".join(f"{k_}={v}" for k_, v in sorted(feats.items()))
                    tok["lemma"] = tok["text"]

    @staticmethod
    def _morphological_names(tokens, analyses, taken):
        """People (and, in Russian, places/organisations) the gazetteer does not list, from the
        dictionary's name tags on capitalised words."""
        label_of = {"Name": "PERS", "Surn": "PERS", "Patr": "PERS", "Geox": "LOC", "Orgn": "ORG"}
        i = 0
        while i < len(tokens):
            a = analyses[i]
            label = label_of.get(a.name_tag or "")
            if taken[i] or label is None or not tokens[i]["text"][:1].isupper() or tokens[i]["text"].isupper():
                i += 1
                continue
            j = i + 1
            while (j < len(tokens) and not taken[j] and label_of.get(analyses[j].name_tag or "") == label
                   and tokens[j]["text"][:1].isupper()):
                j += 1
            length = j - i
            surname = any(analyses[k].name_tag == "Surn" for k in range(i, j))
            if label != "PERS" or length > 1 or (surname and i > 0):
                for offset, tag in enumerate(_bioes(length, label)):
                    tok = tokens[i + offset]
                    tok["ner"] = tag
                    tok["upos"] = "PROPN"
                    tok["lemma"] = _entity_lemma(tok["text"], tok["lemma"])
            i = j


# nouns for texts, whose -s form after them is their verb ("the U.S. plan calls for", "the statement says"):
# a text is rarely the first half of a compound noun, as "peace" is in "the peace talks"
_DOCUMENT_NOUNS = {"plan", "draft", "proposal", "document", "framework", "text", "agreement", "statement",
                   "declaration", "resolution", "blueprint", "initiative", "memorandum"}


_BE_HAVE = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}


def _russian_plural_verbs(words, analyses):
    """«войска не покинут Донбасс», «они отвергнут план»: a Russian short participle spelt like its verb's plural
    future is the verb when the clause's subject before it is plural («договор был отвергнут», «план
    отвергнут» keep the participle: a form of «быть» before it, or a singular subject). Without the verb the
    clause has no predicate, and a condition such as «пока войска не покинут Донбасс» is lost."""
    out = list(analyses)
    for i, a in enumerate(analyses):
        feats = a.feats or ""
        if a.upos != "ADJ" or "Case=" in feats or "Number=Sing" not in feats:
            continue
        verb = finite_plural_reading(words[i][0], "ru")
        if verb is None:
            continue
        for k in range(i - 1, -1, -1):
            b = out[k]
            if b.upos == "PUNCT" or b.upos in ("SCONJ", "VERB") or b.lemma == "быть":
                break
            if b.upos in ("NOUN", "PROPN", "PRON") and "Case=Nom" in (b.feats or ""):
                if "Number=Plur" in b.feats:
                    out[i] = verb
                break
    return out


_POSSESSIVES = {"his", "its", "their", "our", "my", "your"}


def _english_nouns_in_context(words, analyses):
    """English words read as verbs out of context that a determiner shows to be nouns: "the sides said",
    "a demand", "Russia's demand", "the peace plan worked out" (a noun phrase ends where a verb follows),
    or adjectives when the word has no noun reading and a noun follows ("Ukraine's top negotiator")."""
    import lemminflect

    out = list(analyses)
    for i, a in enumerate(analyses):
        if a.upos != "VERB" or i == 0:
            continue
        prev = out[i - 1]
        after = out[i + 1].upos if i + 1 < len(out) else "PUNCT"
        # ("his plan to end the war": a possessive pronoun is a determiner; "her" may be an object: "let her go")
        determined = prev.upos in ("DET", "NUM") or words[i - 1][0] in ("'s", "’s") or words[i - 1][0].lower() in _POSSESSIVES or (
            words[i - 1][0] in ("-", "–") and i >= 2 and out[i - 2].upos == "NUM") or (  # "28-point"
            prev.upos == "ADJ" and i >= 2 and out[i - 2].upos == "DET")
        # ("a new peace plan.", "the U.S. peace plan": a determiner before a run of modifiers)
        # ("the 20-point draft, as he described it", "a 28-point peace plan": a number joined by a hyphen is a
        # modifier too; but "the 28-point plan calls for", "the bloc plans to": an -s form after a singular noun
        # is that noun's verb)
        k, hyphened = i - 2, False
        while k >= 0 and i - k <= 5 and (out[k].upos in ("ADJ", "NOUN", "PROPN") or (
                k >= 1 and words[k][0] in ("-", "–") and out[k - 1].upos == "NUM")):
            hyphened = hyphened or words[k][0] in ("-", "–")
            k -= 1
        agrees = (hyphened or words[i - 1][0].lower() in _DOCUMENT_NOUNS) and words[i][0].lower().endswith("s") \
            and prev.upos == "NOUN" and not words[i - 1][0].lower().endswith("s")
        compound = prev.upos in ("NOUN", "PROPN", "ADJ") and k >= 0 and (out[k].upos in ("DET", "NUM") or
                                                                          words[k][0] in ("'s", "’s") or words[k][0].lower() in _POSSESSIVES) \
            and after in ("VERB", "AUX", "PUNCT", "ADP", "PART") and not agrees
        # "the U.S.-Ukrainian draft": a bare form after a determined run of names and adjectives is a noun
        # (a finite verb after a singular subject would end in -s or -ed)
        low = words[i][0].lower()
        named_run = False
        if low == a.lemma and not low.endswith(("s", "ed", "ing")) and prev.upos in ("PROPN", "ADJ") \
                and not words[i - 1][0].endswith("s"):  # "the Russians want": a plural subject
            k = i - 1
            while k >= 0 and i - k <= 5 and (out[k].upos in ("PROPN", "ADJ", "NOUN") or words[k][0] in ("-", "–")):
                k -= 1
            named_run = k >= 0 and out[k].upos == "DET"
        # "the 28-point plan that leaked", "the draft of", "a U.S. peace plan whose text surfaced": a relative
        # pronoun or «of» follows a noun, not a verb
        relative = i + 1 < len(words) and words[i + 1][0].lower() in ("that", "which", "whose", "of") and (
            prev.upos in ("DET", "ADJ", "NUM", "NOUN")
            or (words[i + 1][0].lower() == "of" and words[i - 1][0].lower().endswith("ed")))  # "published versions of"
        # "Deputy Foreign Minister Sergei Ryabkov": a capitalised word inside the sentence right before a name
        # is part of a title
        titled = words[i][0][:1].isupper() and (after == "PROPN" or (  # ("Prime Minister Keir Starmer")
            i + 1 < len(words) and words[i + 1][0][:1].isupper() and after in ("NOUN", "VERB")
            and i + 2 < len(words) and words[i + 2][0][:1].isupper()))
        # "send troops", "deploy peacekeepers": an -s form right after a verb is its object, a plural noun
        objected = prev.upos == "VERB" and low.endswith("s") and not low.endswith("ss") and words[i - 1][0].lower() not in _BE_HAVE \
            and not words[i - 1][0][:1].isupper()  # ("Donald Trump backs": a name the dictionary also knows as a verb)
        # "both Ukrainian and Russian forces would pull back": an -s form after a nationality is a plural noun
        national = prev.upos in ("PROPN", "ADJ") and words[i - 1][0].lower().endswith(("ian", "ean", "ish", "ese", "can")) \
            and low.endswith("s") and not low.endswith("ss") and after in ("VERB", "AUX", "PUNCT", "ADP", "PART", "CCONJ")
        if not (determined or compound or named_run or relative or titled or objected or national):
            continue
        readings = lemminflect.getAllLemmas(words[i][0].lower())
        nouns = readings.get("NOUN")
        if not nouns:
            if readings.get("ADJ") and after in ("NOUN", "ADJ", "PROPN"):  # "the administration's top diplomat"
                out[i] = type(a)(readings["ADJ"][0].lower(), "ADJ", None, a.known)
            continue
        lemma = nouns[0].lower()
        feats = "Number=Plur" if words[i][0].lower() != lemma else None
        out[i] = type(a)(lemma, "NOUN", feats, a.known)
    return out


@lru_cache(maxsize=4096)
def _corrected_lemma_cached(actor_name: str, aliases: tuple, lemma: str) -> str:
    from ..actors import _damerau_le1

    key = normalise_key(lemma)
    for alias in aliases:
        if _damerau_le1(key, normalise_key(alias)):
            return alias
    return aliases[0] if aliases else lemma


def _corrected_lemma(actor, language, lemma):
    aliases = tuple(a.lstrip("=") for a in (actor.aliases.get(language) or []) if " " not in a)
    return _corrected_lemma_cached(actor.name, aliases, lemma)
