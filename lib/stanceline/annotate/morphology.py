"""Word-level morphology for Ukrainian, Russian and English, in Universal Dependencies terms.

Ukrainian and Russian use pymorphy3 with its OpenCorpora-style dictionaries; English uses
lemminflect's dictionary (lemma and candidate parts of speech per word) plus closed-class word
lists. Each analysis is converted once to UD UPOS and FEATS so that every annotator, and all code
downstream, speaks the same tag set as stanza's models. Analyses are memoised per word form: news
repeats its vocabulary, so the cache hit rate is high and the annotator stays close to the speed of
bare pymorphy3.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["WordAnalysis", "analyse_word", "agreeing_noun", "finite_plural_reading", "normalise_key", "PUNCT_RE"]

PUNCT_RE = re.compile(r"^[\W_]+$", re.U)
_NUM_RE = re.compile(r"^[\d.,:/%–-]*\d[\d.,:/%–-]*$")
_LATIN_RE = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class WordAnalysis:
    """The best reading of one word form: lemma, UD part of speech and UD features."""

    lemma: str
    upos: str
    feats: str | None
    known: bool  # in the dictionary (False: pymorphy guessed from the ending)
    name_tag: str | None = None  # "Name", "Surn", "Patr", "Geox", "Orgn", "Abbr" when the dictionary says so


def normalise_key(word: str) -> str:
    """Lower-case a word and unify apostrophes and ё, so look-ups do not depend on typography."""
    return word.lower().replace("’", "'").replace("ʼ", "'").replace("`", "'").replace("ё", "е")


# ---------------------------------------------------------------------------------------------
# Ukrainian / Russian via pymorphy3

_POS_TO_UPOS = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
    "PRTF": "ADJ", "PRTS": "ADJ", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
    "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ",
}
_SCONJ = {"що", "якщо", "щоб", "коли", "бо", "хоча", "поки", "ніби", "наче", "аби", "оскільки", "якби",
          "что", "если", "чтобы", "когда", "потому", "хотя", "пока", "будто", "поскольку", "ли"}
_AUX = {"бути", "быть"}
_CLOSED_POS = ("NPRO", "PREP", "CONJ", "PRCL")
_CASE = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "acc2": "Acc",
         "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc"}
_NUMBER = {"sing": "Sing", "plur": "Plur"}
_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
_TENSE = {"past": "Past", "pres": "Pres", "futr": "Fut"}
_ASPECT = {"perf": "Perf", "impf": "Imp"}
_PERSON = {"1per": "1", "2per": "2", "3per": "3"}
_ANIMACY = {"anim": "Anim", "inan": "Inan"}
_MOOD = {"indc": "Ind", "impr": "Imp"}
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
_NAME_TAGS_PERSON = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=None)
def _morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _ud_feats(tag) -> str | None:
    feats: dict[str, str] = {}
    grammemes = set(tag.grammemes)
    for table, name in ((_ANIMACY, "Animacy"), (_ASPECT, "Aspect"), (_CASE, "Case"), (_GENDER, "Gender"),
                        (_MOOD, "Mood"), (_NUMBER, "Number"), (_PERSON, "Person"), (_TENSE, "Tense")):
        for grammeme, value in table.items():
            if grammeme in grammemes:
                feats[name] = value
                break
    pos = tag.POS
    if pos == "INFN" or "infn" in grammemes:  # (the Ukrainian dictionary tags an infinitive VERB + infn)
        feats["VerbForm"] = "Inf"
    elif pos == "GRND":
        feats["VerbForm"] = "Conv"
    elif pos in ("PRTF", "PRTS"):
        feats["VerbForm"] = "Part"
    elif pos == "VERB":
        feats["VerbForm"] = "Fin"
    if "Abbr" in grammemes:
        feats["Abbr"] = "Yes"
    if "Refl" in grammemes:
        feats["Reflex"] = "Yes"
    if not feats:
        return None
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats))


@lru_cache(maxsize=200_000)
def _analyse_slavic(word: str, language: str) -> WordAnalysis:
    morph = _morph(language)
    parses = morph.parse(word)
    parse = parses[0]
    if parse.tag.POS == "NOUN" and language == "uk":
        # The Ukrainian dictionary lists its readings in no order of frequency, and a function word that is
        # also a rare noun comes out as the noun («його» -> «йога», «серед» -> «середа», «до», «про», «яку» ->
        # «як»). In running text the pronoun is always meant, and the preposition, conjunction or particle
        # when the noun would be another word's form («серед», «тому») or the word is short («до», «про»);
        # «край» and «кінець» stay nouns. (The Russian dictionary puts the frequent reading first.)
        closed = next((p for p in parses if p.tag.POS in _CLOSED_POS), None)
        if closed is not None and (closed.tag.POS == "NPRO" or normalise_key(parse.normal_form) != normalise_key(word)
                                   or len(word) <= 3):
            parse = closed
    if language == "uk" and word[:1].isupper() and word.endswith(("ові", "еві", "єві")) \
            and _NAME_TAGS_PERSON & set(parse.tag.grammemes):
        # «у Києві», «у Харкові», «у Львові»: the dictionary puts a person's name first («Кий», «Харко»); a
        # town in «-ів/-їв» has its locative in «-ові/-еві», and a place is what such a form names in news
        town = next((p for p in parses if p.tag.POS == "NOUN" and "inan" in p.tag.grammemes and "loct" in p.tag.grammemes
                     and p.normal_form.endswith(("ів", "їв"))), None)
        parse = town or parse
    if language == "uk" and parse.tag.POS == "NOUN" and {"datv", "loct"} & set(parse.tag.grammemes) \
            and "Name" not in parse.tag.grammemes and "Geox" not in parse.tag.grammemes:
        # «готові»: the dative of a rare noun («гот») listed first hides the plural adjective; an adjective reading in
        # the nominative plural is the word meant
        adjective = next((p for p in parses if p.tag.POS == "ADJF" and {"plur", "nomn"} <= set(p.tag.grammemes)), None)
        parse = adjective or parse
    if language == "uk" and parse.tag.POS == "NOUN" and not {"nomn", "accs"} & set(parse.tag.grammemes):
        # «бути» (the genitive of a rare «бута»), «мати»: an oblique noun form that is also a verb's own infinitive
        # is the infinitive («не може бути», «має бути зроблено»)
        parse = next((p for p in parses if p.tag.POS in ("VERB", "INFN") and normalise_key(p.normal_form) == normalise_key(word)
                      and not {"1per", "2per", "3per", "past", "pres", "futr", "impr"} & set(p.tag.grammemes)), parse)
    if language == "uk" and "voct" in parse.tag.grammemes:
        # «стане» (стан, vocative) is «стати», «НАТО» (Ната, vocative) the alliance: news rarely addresses anyone, so
        # another reading, when there is one, is the word meant
        parse = next((p for p in parses if "voct" not in p.tag.grammemes), parse)
    if language == "uk" and "infn" in parse.tag.grammemes and word.lower().endswith(("ть", "ться")):
        # «залишить», «виводить», «погодиться»: the dictionary lists the short infinitive («-ть» for «-ти», «-ться»
        # for «-тися») first, but in news such a form is the finite verb («Україна не залишить Донбас»)
        parse = next((p for p in parses if p.tag.POS == "VERB" and "infn" not in p.tag.grammemes), parse)
    return _word_analysis(parse, word, language)


def _word_analysis(parse, word: str, language: str) -> WordAnalysis:
    """The :class:`WordAnalysis` of one dictionary reading of ``word``."""
    morph = _morph(language)
    tag = parse.tag
    lemma = normalise_key(parse.normal_form)
    upos = _POS_TO_UPOS.get(tag.POS, "X")
    if upos == "CCONJ" and lemma in _SCONJ:
        upos = "SCONJ"
    if upos == "VERB" and lemma in _AUX:
        upos = "AUX"
    if tag.POS == "GRND" and language == "uk" and lemma == normalise_key(word):
        lemma = _uk_converb_lemma(lemma, morph)
    name_tag = next((t for t in _NAME_TAGS if t in tag.grammemes), None)
    if name_tag in ("Name", "Surn", "Patr", "Geox", "Orgn") and upos == "NOUN":
        upos = "PROPN"
    known = morph.word_is_known(word)
    feats = _ud_feats(tag)
    if language == "uk" and tag.POS == "VERB" and lemma == normalise_key(word) and not (
            {"1per", "2per", "3per", "past", "pres", "futr", "impr"} & set(tag.grammemes)):
        # «виводити»: some infinitives are listed with no «infn» mark; a verb form that is its own dictionary form
        # and has no person, tense or mood is the infinitive
        feats = (feats or "").replace("VerbForm=Fin", "VerbForm=Inf") or "VerbForm=Inf"
    return WordAnalysis(lemma, upos, feats, known, name_tag)


@lru_cache(maxsize=50_000)
def finite_plural_reading(word: str, language: str) -> WordAnalysis | None:
    """The reading of ``word`` as a finite verb in the third person plural, when the dictionary has one.

    Russian short participles of verbs in «-нуть» are spelt like the verbs' plural future («покинут»,
    «отвергнут», «выдвинут»), and the dictionary lists the participle first; which one is meant depends on
    the subject, which only the sentence shows (see ``BuiltinAnnotator._annotate_sentence``)."""
    if language not in ("uk", "ru"):
        return None
    parse = next((p for p in _morph(language).parse(word) if p.tag.POS == "VERB"
                  and {"3per", "plur"} <= set(p.tag.grammemes)), None)
    return None if parse is None else _word_analysis(parse, word, language)


def _case_number(tag) -> tuple[str | None, str | None]:
    grammemes = set(tag.grammemes)
    case = next((v for g, v in _CASE.items() if g in grammemes), None)
    number = next((v for g, v in _NUMBER.items() if g in grammemes), None)
    if number is None and grammemes & set(_GENDER):
        number = "Sing"  # (the Ukrainian dictionary marks a singular by its gender alone)
    return case, number


@lru_cache(maxsize=50_000)
def _readings(word: str, language: str, pos: str) -> tuple:
    """(lemma, case, number, tag) of every dictionary reading of ``word`` with part of speech ``pos``."""
    out = []
    for p in _morph(language).parse(word):
        if p.tag.POS == pos:
            out.append((normalise_key(p.normal_form), *_case_number(p.tag), p.tag))
    return tuple(out)


def agreeing_noun(adjective: str, noun: str, noun_analysis: WordAnalysis,
                  language: str) -> tuple[WordAnalysis, str | None] | None:
    """The reading of ``noun`` that agrees with the adjective right before it, when the noun's preferred
    reading cannot agree and another reading of the same lexeme does («Европейские столицы»: pymorphy
    prefers the genitive singular of «столица», the adjective can only be plural, so the noun is the
    nominative plural). A wrong oblique case would stop a subject from holding a stance. The adjective's
    own preferred reading decides among the noun's agreeing readings. Returns the noun's new analysis and
    the adjective's features in the same case (so the two say the same thing), or ``None`` to leave both.
    (The annotator does not ask after a verb or preposition: see ``BuiltinAnnotator._annotate_sentence``.)"""
    if language not in ("uk", "ru") or noun_analysis.upos != "NOUN":
        return None
    adjectives = [r for pos in ("ADJF", "PRTF") for r in _readings(adjective, language, pos)]
    nouns = [r for r in _readings(noun, language, "NOUN") if r[0] == noun_analysis.lemma]
    if not adjectives or not nouns:
        return None
    feats = dict(kv.split("=", 1) for kv in (noun_analysis.feats or "").split("|") if "=" in kv)
    current = (feats.get("Case"), feats.get("Number") or ("Sing" if "Gender" in feats else None))
    if any(case == current[0] and number in (None, current[1]) for _, case, number, _ in adjectives):
        return None  # the preferred reading can agree: keep it
    for _, case, number, adj_tag in adjectives:  # the adjective's readings in the dictionary's order
        match = next((tag for _, n_case, n_number, tag in nouns if n_case == case
                      and (number is None or n_number == number)), None)
        if match is not None:
            return (WordAnalysis(noun_analysis.lemma, noun_analysis.upos, _ud_feats(match), noun_analysis.known,
                                 noun_analysis.name_tag), _ud_feats(adj_tag))
    return None


def _uk_converb_lemma(word: str, morph) -> str:
    """The verb of a Ukrainian converb («заявивши» -> «заявити», «наголошуючи» -> «наголошувати»,
    «погодившись» -> «погодитися»). The Ukrainian dictionary lists converbs as their own lemmas, so
    without this «…, заявивши, що …» would not be the speech verb «заявити» the rules know. A guess
    counts only when the dictionary knows it as an infinitive; otherwise the form stays its own lemma."""
    reflexive = word.endswith(("сь", "ся"))
    base = word[:-2] if reflexive else word
    stems = []
    if base.endswith("вши"):
        stems.append(base[:-3])
    elif base.endswith("ши"):
        stems.append(base[:-2])
    elif base.endswith(("ючи", "учи", "ачи", "ячи")):
        stems += [base[:-3], base[:-3] + "ва"]
    for stem in stems:
        infinitive = stem + "ти"
        if morph.word_is_known(infinitive) and any(p.tag.POS == "INFN" or "infn" in p.tag.grammemes
                                                   for p in morph.parse(infinitive)):
            return infinitive + ("ся" if reflexive else "")
    return word


# ---------------------------------------------------------------------------------------------
# English via lemminflect

_EN_CLOSED = {
    "DET": "the a an this that these those each every some any no all both either neither another such",
    "ADP": "of in on at by for with from to into onto over under about after before between during "
           "against among through across without within toward towards upon via despite since until amid",
    "PRON": "i you he she it we they me him her us them my your his its our their mine yours hers ours "
            "theirs who whom whose which what himself herself itself themselves ourselves myself",
    "CCONJ": "and or but nor yet",
    "SCONJ": "that if because although though while whether unless whereas as once",
    "AUX": "will would shall should can could may might must is are was were be been being am has have "
           "had do does did wo ca sha 'll ’ll 're ’re 've ’ve 'd ’d 'm ’m",
    "PART": "not n't n’t to 's ’s",
}
_EN_CLOSED_MAP = {w: pos for pos, words in _EN_CLOSED.items() for w in words.split()}
_EN_PREFERENCE = ("VERB", "NOUN", "ADJ", "ADV", "PROPN", "AUX", "NUM")
# capitalised month names are names ("until March", "in May"), not the verb "march" or the modal "may" (a
# sentence-initial "May" stays the modal: "May the talks succeed" is likelier in a quote than a month)
_EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"}


@lru_cache(maxsize=200_000)
def _analyse_english(word: str, capitalised_mid_sentence: bool) -> WordAnalysis:
    import lemminflect

    low = word.lower()
    if word in _EN_MONTHS and (capitalised_mid_sentence or word != "May"):
        return WordAnalysis(word, "PROPN", None, True)
    if low in _EN_CLOSED_MAP:
        upos = _EN_CLOSED_MAP[low]
        lemma = {"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be", "being": "be",
                 "has": "have", "had": "have", "does": "do", "did": "do", "n't": "not", "n’t": "not", "’s": "'s",
                 "wo": "will", "ca": "can", "sha": "shall", "'ll": "will", "’ll": "will", "'re": "be", "’re": "be",
                 "'ve": "have", "’ve": "have", "'d": "would", "’d": "would", "'m": "be", "’m": "be"}.get(low, low)
        feats = "Tense=Past" if low in ("was", "were", "had", "did") else None
        return WordAnalysis(lemma, upos, feats, True)
    candidates = lemminflect.getAllLemmas(word) or lemminflect.getAllLemmas(low)
    if capitalised_mid_sentence and (not candidates or word.isupper()):
        return WordAnalysis(word, "PROPN", None, bool(candidates))
    if not candidates:
        oov = lemminflect.getAllLemmasOOV(low, "NOUN")
        lemma = oov.get("NOUN", (low,))[0]
        return WordAnalysis(lemma, "PROPN" if word[:1].isupper() else "NOUN", None, False)
    upos = next((p for p in _EN_PREFERENCE if p in candidates), next(iter(candidates)))
    lemma = candidates[upos][0].lower()
    feats = None
    if upos == "VERB":
        if low != lemma and low in lemminflect.getInflection(lemma, "VBD"):
            feats = "Tense=Past|VerbForm=Fin"
        elif low.endswith("ing"):
            feats = "VerbForm=Ger"
    elif upos == "NOUN" and low != lemma:
        feats = "Number=Plur"
    return WordAnalysis(lemma, upos, feats, True)


# ---------------------------------------------------------------------------------------------


def analyse_word(word: str, language: str, *, sentence_initial: bool = False) -> WordAnalysis:
    """Analyse one token in context-free fashion (the annotator adds what context decides).

    Args:
        word: the token's surface form.
        language: ``uk``, ``ru`` or ``en``.
        sentence_initial: whether the token opens its sentence; in English a capital letter
            mid-sentence suggests a proper noun, at the start it says nothing.
    """
    if PUNCT_RE.match(word):
        return WordAnalysis(word, "PUNCT", None, True)
    if _NUM_RE.match(word):
        return WordAnalysis(word, "NUM", None, True)
    if language == "en":
        return _analyse_english(word, word[:1].isupper() and not sentence_initial)
    if _LATIN_RE.search(word) and not re.search(r"[\u0400-\u04ff]", word):
        # Latin-script names inside Cyrillic text (Associated Press, Axios): not in the dictionary
        return WordAnalysis(word, "PROPN" if word[:1].isupper() else "X", "Foreign=Yes", False)
    return _analyse_slavic(word, language)
