"""The built-in annotator on real text, the CoNLL-U round trip and the annotation cache."""
from __future__ import annotations

import os
import re

import pytest

from stanceline import annotate_corpus, annotate_text, load_articles
from stanceline.annotate import AnnotationCache, conllu_to_document, document_to_conllu
from stanceline.annotate.conllu import ConlluError
from stanceline.entities import extract_entities

UD_UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
           "SCONJ", "SYM", "VERB", "X"}


def ents(doc):
    return [(e.text, e.type, e.start_char, e.end_char) for e in doc.ents]


# --- the seed article: what issue 2 asks the annotator to find -----------------------------------

def test_seed_people_are_found_with_exact_offsets(seed_article, seed_doc):
    found = ents(seed_doc)
    text = seed_article.text
    for surface, after in [("Кирило Дмитрієв", ""), ("Стівом Віткоффом", ""), ("Джаредом Кушнером", ""),
                           ("Дональда Трампа", ""), ("Дмитро Пєсков", ""), ("Володимир Зеленський", ""),
                           ("путіна", ""), ("володимир путін", ""), ("путін", " хоче")]:
        start = re.search(rf"\b{surface}\b(?={after})", text).start()
        assert (surface, "PERS", start, start + len(surface)) in found, surface


def test_seed_entities_link_to_canonical_actors_and_nothing_invented(seed_article, seed_doc):
    corpus = load_articles(seed_article.path)
    table = extract_entities(corpus, type("A", (), {"documents": {seed_article.id: seed_doc}})())
    people = set(table.loc[table.label == "PERS", "actor"])
    places = set(table.loc[table.label == "LOC", "actor"])
    orgs = set(table.loc[table.label == "ORG", "actor"])
    assert people == {"Kirill Dmitriev", "Steve Witkoff", "Jared Kushner", "Donald Trump", "Dmitry Peskov",
                      "Vladimir Putin", "Volodymyr Zelensky"}
    assert places == {"Miami", "Berlin", "Moscow", "Kyiv", "Ukraine", "Crimea", "Russia", "United States", "Washington"}
    assert {"NATO", "Kremlin", "Armed Forces of Ukraine", "Associated Press", "UNN"} <= orgs
    assert table["actor"].notna().all(), table[table["actor"].isna()]
    for row in table.itertuples():
        assert seed_article.text[row.start_char:row.end_char] == row.text


@pytest.mark.parametrize("surface, actor", [
    ("рремля", "Kremlin"),       # typo in the seed: one edit from «кремля»
    ("кремля", "Kremlin"),       # lowercased on purpose
    ("росією", "Russia"),
    ("москви", "Moscow"),
    ("рф", "Russia"),
    ("АР", "Associated Press"),
    ("Альянсу", "NATO"),         # capitalised «Альянс» is NATO
    ("Кримський півострів", "Crimea"),
])
def test_seed_lowercased_inflected_and_misspelled_names(seed_article, seed_doc, surface, actor):
    corpus = load_articles(seed_article.path)
    table = extract_entities(corpus, type("A", (), {"documents": {seed_article.id: seed_doc}})())
    assert actor in set(table.loc[table.text == surface, "actor"])


def test_typo_is_marked_in_features(seed_doc):
    word = next(w for s in seed_doc.sentences for w in s.words if w.text == "рремля")
    assert "Typo=Yes" in word.feats
    assert word.lemma == "Кремль"


def test_common_words_that_look_like_names_are_not_entities():
    doc = annotate_text("Кошти для України знайдуть у Брюсселі, а альянс країн підтримав рішення.", "uk")
    assert [(e.text, e.type) for e in doc.ents] == [("України", "LOC"), ("Брюсселі", "LOC")]


def test_unknown_person_found_from_morphology():
    doc = annotate_text("Про це заявив депутат Олексій Гончаренко.", "uk")
    assert ("Олексій Гончаренко", "PERS") in [(e.text, e.type) for e in doc.ents]


def test_every_token_has_lemma_upos_and_offsets(seed_article, seed_doc):
    for sentence in seed_doc.sentences:
        for token in sentence.tokens:
            assert seed_article.text[token.start_char:token.end_char] == token.text
        for word in sentence.words:
            assert word.lemma and word.upos in UD_UPOS
            assert word.head is None and word.deprel is None  # no parser: no invented heads


def test_morphology_in_ud_terms():
    doc = annotate_text("Раніше в середу путін попередив, що переговори відбудуться.", "uk")
    words = {w.text: w for w in doc.sentences[0].words}
    assert words["попередив"].lemma == "попередити"
    assert "Tense=Past" in words["попередив"].feats and "Aspect=Perf" in words["попередив"].feats
    assert "Tense=Fut" in words["відбудуться"].feats
    assert words["середу"].upos == "NOUN" and "Case=Acc" in words["середу"].feats
    assert words["що"].upos == "SCONJ"


def test_ukrainian_converbs_are_lemmatised_to_their_verb():
    # the dictionary lists «заявивши» as its own lemma; the rules know the speech verb «заявити»
    doc = annotate_text("Мерц пішов далі, заявивши, що США, погодившись, наголошуючи й вимагаючи, кажучи, діятимуть.", "uk")
    words = {w.text: w for w in doc.sentences[0].words}
    assert [words[w].lemma for w in ("заявивши", "погодившись", "наголошуючи", "вимагаючи")] == \
        ["заявити", "погодитися", "наголошувати", "вимагати"]
    assert all("VerbForm=Conv" in words[w].feats for w in ("заявивши", "погодившись", "наголошуючи"))
    assert words["кажучи"].lemma == "кажучи"  # «казати» is no regular guess: the form stays its own lemma


def test_function_words_are_not_read_as_rare_nouns():
    # the dictionary lists «його» first as a form of «йога» and «серед» as one of «середа» (Wednesday)
    doc = annotate_text("За його словами, серед іншого вона говорила про позицію, яку до того підтримали.", "uk")
    words = {w.text: w for w in doc.sentences[0].words}
    assert (words["його"].lemma, words["його"].upos) == ("він", "PRON")
    assert (words["вона"].lemma, words["вона"].upos) == ("вона", "PRON")
    assert (words["яку"].lemma, words["яку"].upos) == ("який", "PRON")
    assert [words[w].upos for w in ("серед", "про", "до")] == ["ADP", "ADP", "ADP"]
    assert words["серед"].lemma == "серед" and words["позицію"].upos == "NOUN"
    # a noun that is its own word stays a noun; Russian keeps the dictionary's (frequency) order
    assert annotate_text("Краснодарський край", "uk").sentences[0].words[1].upos == "NOUN"
    assert annotate_text("В очередной раз он сказал.", "ru").sentences[0].words[2].upos == "NOUN"


def test_a_noun_takes_the_reading_that_agrees_with_its_adjective():
    # pymorphy prefers the genitive singular of «столица» / «столиця»; the adjective before it can only be
    # plural, so the noun is the nominative plural (and may be the sentence's subject)
    for text, language in (("Европейские столицы выступили за это.", "ru"), ("Європейські столиці виступили за це.", "uk")):
        noun = annotate_text(text, language).sentences[0].words[1]
        assert "Case=Nom" in noun.feats and "Number=Plur" in noun.feats, noun.feats
        assert noun.lemma in ("столица", "столиця")
    # a reading that can agree is kept: «нової угоди» stays genitive singular, not the nominative plural
    noun = annotate_text("Текст нової угоди готовий.", "uk").sentences[0].words[2]
    assert "Case=Gen" in noun.feats and "Number=Plur" not in noun.feats


def test_an_english_word_after_a_possessive_with_no_noun_reading_is_an_adjective():
    doc = annotate_text("The Trump administration's top diplomat and Ukraine's senior negotiators sat down.", "en")
    words = {w.text: w for w in doc.sentences[0].words}
    assert words["top"].upos == "ADJ" and words["sat"].upos == "VERB"


def test_paragraphs_and_sentences_split_with_offsets():
    text = "Перше речення. Друге речення!\n\nНовий абзац без крапки\nЗаголовок"
    doc = annotate_text(text, "uk")
    assert [s.text for s in doc.sentences] == ["Перше речення.", "Друге речення!", "Новий абзац без крапки", "Заголовок"]


def test_english_path():
    text = ("KYIV, Dec 14 (Sample Wire) - Ukrainian President Volodymyr Zelensky said on Sunday he was ready to drop "
            "the NATO bid. The U.S. envoy Steve Witkoff met him in Berlin.")
    doc = annotate_text(text, "en")
    assert len(doc.sentences) == 2
    found = [(e.text, e.type) for e in doc.ents]
    assert found == [("KYIV", "LOC"), ("Volodymyr Zelensky", "PERS"), ("NATO", "ORG"), ("U.S.", "LOC"),
                     ("Steve Witkoff", "PERS"), ("Berlin", "LOC")]
    words = {w.text: w for w in doc.sentences[0].words}
    assert words["said"].lemma == "say" and words["said"].feats == "Tense=Past|VerbForm=Fin"
    assert words["Dec"].upos != "PUNCT"


@pytest.mark.parametrize("text, words", [
    ("Moscow won't accept it.", [("wo", "will", "AUX"), ("n't", "not", "PART")]),
    ("Kyiv doesn’t agree.", [("does", "do", "AUX"), ("n’t", "not", "PART")]),
    ("They can't wait, O'Neill said.", [("ca", "can", "AUX"), ("n't", "not", "PART"), ("O'Neill", "O'Neill", "PROPN")]),
    ("Borders cannot be changed.", [("can", "can", "AUX"), ("not", "not", "PART")]),
    ("We'll never accept it, and they’re right.", [("We", "we", "PRON"), ("'ll", "will", "AUX"), ("’re", "be", "AUX")]),
])
def test_english_contractions_split_off_their_negation_with_offsets(text, words):
    doc = annotate_text(text, "en")
    tokens = [(t.text, t.words[0].lemma, t.words[0].upos, t.start_char, t.end_char) for t in doc.sentences[0].tokens]
    for surface, lemma, upos in words:
        found = next(t for t in tokens if t[0] == surface)
        assert found[1:3] == (lemma, upos)
        assert text[found[3]:found[4]] == surface


def test_english_adjectives_are_not_countries():
    doc = annotate_text("Russian and German officials met in Geneva.", "en")
    assert [(e.text, e.type) for e in doc.ents] == [("Geneva", "LOC")]


def test_russian_path():
    doc = annotate_text("Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва ждёт ответа Киева.", "ru")
    assert [(e.text, e.type) for e in doc.ents] == [("Кремля", "ORG"), ("Дмитрий Песков", "PERS"), ("Москва", "LOC"),
                                                    ("Киева", "LOC")]


def test_unsupported_language_is_a_clear_error():
    with pytest.raises(ValueError, match="use 'uk', 'en' or 'ru'"):
        annotate_text("Hallo", "de")


# --- CoNLL-U --------------------------------------------------------------------------------------

def test_conllu_round_trip_keeps_entities_offsets_and_missing_heads(seed_article, seed_doc):
    text = document_to_conllu(seed_doc, doc_id=seed_article.id)
    assert "\t_\t_\t_\tstart_char=" in text  # HEAD and DEPREL written as missing, not a fake chain
    back = conllu_to_document(text)
    assert back.text == seed_article.text
    assert ents(back) == ents(seed_doc)
    assert [(w.text, w.lemma, w.upos, w.feats, w.head) for s in back.sentences for w in s.words] == \
           [(w.text, w.lemma, w.upos, w.feats, w.head) for s in seed_doc.sentences for w in s.words]


def test_conllu_round_trip_keeps_real_heads():
    from stanza.models.common.doc import Document

    doc = Document([[{"id": 1, "text": "Кремль", "lemma": "Кремль", "upos": "PROPN", "head": 2, "deprel": "nsubj",
                      "ner": "S-ORG", "start_char": 0, "end_char": 6},
                     {"id": 2, "text": "наполягає", "lemma": "наполягати", "upos": "VERB", "head": 0, "deprel": "root",
                      "ner": "O", "start_char": 7, "end_char": 16}]], text="Кремль наполягає")
    back = conllu_to_document(document_to_conllu(doc))
    assert [(w.head, w.deprel) for w in back.sentences[0].words] == [(2, "nsubj"), (0, "root")]
    assert ents(back) == [("Кремль", "ORG", 0, 6)]


def test_conllu_reader_rejects_foreign_files():
    with pytest.raises(ConlluError, match="doc_text"):
        conllu_to_document("# text = x\n1\tx\tx\tX\t_\t_\t0\troot\t_\t_\n")
    with pytest.raises(ConlluError, match="line 2: expected 10"):
        conllu_to_document('# doc_text = "x"\n1\tx\n')


# --- cache ----------------------------------------------------------------------------------------

def test_second_run_does_no_annotation_work(corpus, tmp_path):
    first = annotate_corpus(corpus, cache_dir=tmp_path)
    assert (first.annotated, first.from_cache) == (len(corpus), 0)
    second = annotate_corpus(corpus, cache_dir=tmp_path)
    assert (second.annotated, second.from_cache) == (0, len(corpus))
    for article_id, doc in second:
        assert ents(doc) == ents(first[article_id])


def test_cache_key_changes_with_text_and_annotator():
    base = AnnotationCache.key("текст", "uk", "builtin", "1")
    assert base != AnnotationCache.key("текст!", "uk", "builtin", "1")
    assert base != AnnotationCache.key("текст", "uk", "stanza", "1")
    assert base != AnnotationCache.key("текст", "uk", "builtin", "2")


def test_cache_writes_are_atomic_and_damaged_entries_are_misses(tmp_path, seed_doc):
    cache = AnnotationCache(tmp_path)
    key = AnnotationCache.key(seed_doc.text, "uk", "builtin", "x")
    path = cache.put(key, seed_doc)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary files left behind
    assert ents(cache.get(key)) == ents(seed_doc)
    path.write_text("garbage", encoding="utf-8")
    assert cache.get(key) is None


def test_failed_write_leaves_old_entry_intact(tmp_path, seed_doc, monkeypatch):
    cache = AnnotationCache(tmp_path)
    key = AnnotationCache.key(seed_doc.text, "uk", "builtin", "x")
    path = cache.put(key, seed_doc)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        cache.put(key, seed_doc)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_an_error_on_one_article_is_recorded_and_the_rest_annotated(corpus, tmp_path):
    from stanceline.annotate import BuiltinAnnotator

    class FailsOnRussian(BuiltinAnnotator):
        def annotate(self, text, language):
            if language == "ru":
                raise RuntimeError("model crashed")
            return super().annotate(text, language)

    result = annotate_corpus(corpus, FailsOnRussian(), cache_dir=tmp_path)
    russian = {a.id for a in corpus if a.language == "ru"}
    assert set(result.failures) == russian
    assert all("RuntimeError: model crashed" == reason for reason in result.failures.values())
    assert len(result) == len(corpus) - len(russian)


def test_a_common_word_one_letter_from_a_name_is_not_that_name():
    from stanceline.entities import link_span

    doc = annotate_text("Лідери країни обговорили це.", "uk")
    words = doc.sentences[0].words
    assert link_span([words[1]], "uk") == (None, False)   # «країни» is not a typo of «України»
    assert [e.text for e in doc.ents] == []


def test_english_word_after_a_determiner_is_a_noun_not_a_verb():
    from stanceline import annotate_text
    words = annotate_text("The two sides said the peace plan was ready, and European leaders back the plan.", "en").sentences[0].words
    upos = {w.text: w.upos for w in words}
    assert upos["sides"] == "NOUN"  # "the two sides"
    assert [w.upos for w in words if w.text == "plan"] == ["NOUN", "NOUN"]
    assert upos["back"] == "VERB"  # "leaders back the plan": a verb with its object
    # a determiner further back, before a run of modifiers: "a new peace plan", "Kyiv's revised peace plan"
    for text in ("Negotiators drafted a new peace plan.", "Kyiv's revised peace plan was sent to Moscow."):
        words = annotate_text(text, "en").sentences[0].words
        assert [w.upos for w in words if w.text == "plan"] == ["NOUN"], text
    # ... also after a number joined by a hyphen: "the 20-point draft", "a 28-point plan"
    for text, noun in (("Under the 20-point draft, as he described it, Ukraine keeps its army.", "draft"),
                       ("The 28-point plan in November capped the army.", "plan"),
                       ("The 20-point plan has been agreed.", "plan"),
                       # ... and before a relative «whose»
                       ("The army would be capped under a U.S. peace plan whose text surfaced on Friday.", "plan")):
        words = annotate_text(text, "en").sentences[0].words
        assert [w.upos for w in words if w.text == noun] == ["NOUN"], text


def test_a_capitalised_english_month_is_a_name_not_a_verb_or_a_modal():
    from stanceline import annotate_text
    doc = annotate_text("The freeze lasts until at least March, and May is too late. May the talks succeed.", "en")
    assert [(w.text, w.upos) for s in doc.sentences for w in s.words if w.text in ("March", "May")] == [
        ("March", "PROPN"), ("May", "PROPN"), ("May", "AUX")]  # (a sentence-initial "May" stays the modal)


def test_cached_annotations_are_keyed_by_the_annotator_code(tmp_path, monkeypatch):
    # a cache made by other code must not be reused: the version names a hash of the annotator's code
    import stanceline.annotate.builtin as builtin
    before = builtin.BuiltinAnnotator().version
    monkeypatch.setattr(builtin, "_code_fingerprint", lambda: "0000000000")
    after = builtin.BuiltinAnnotator().version
    assert before != after and "+code." in before and "+kb." in before


def test_a_sentence_starting_with_a_lowercased_name_is_split_but_not_after_an_abbreviation():
    from stanceline.annotate.builtin import split_sentences
    texts = lambda t: [" ".join(w for w, _, _ in s) for s in split_sentences(t, "uk")]
    assert len(texts("Вимога москви лишається незмінною. путін заявив це вчора.")) == 2
    assert len(texts("У 2014 р. росія анексувала Крим.")) == 1


def test_an_english_s_form_after_a_hyphenated_number_and_its_noun_is_a_verb():
    from stanceline import annotate_text
    for text, verb in (("The 28-point plan calls for elections.", "calls"), ("The 27-nation bloc plans to act.", "plans"),
                       ("The 30-day ceasefire starts on Monday.", "starts")):
        words = annotate_text(text, "en").sentences[0].words
        assert [w.upos for w in words if w.text == verb] == ["VERB"], text
    words = annotate_text("The two sides said the peace plan was ready.", "en").sentences[0].words
    assert [w.upos for w in words if w.text == "sides"] == ["NOUN"]


def test_an_english_s_form_after_a_text_noun_is_its_verb_but_after_other_nouns_a_compound():
    from stanceline import annotate_text
    for text, verb in (("The U.S. plan calls for elections.", "calls"), ("The joint statement says little.", "says")):
        words = annotate_text(text, "en").sentences[0].words
        assert [w.upos for w in words if w.text == verb] == ["VERB"], text
    words = annotate_text("The peace talks ended on Sunday.", "en").sentences[0].words
    assert [w.upos for w in words if w.text == "talks"] == ["NOUN"]


def test_a_ukrainian_town_in_iv_keeps_its_name_in_the_locative_and_a_person_s_dative_stays_a_name():
    from stanceline import annotate_text
    words = annotate_text("У Києві та в Харкові відкинули цю ідею.", "uk").sentences[0].words
    assert [w.lemma for w in words if w.text in ("Києві", "Харкові")] == ["Київ", "Харків"]


def test_a_ukrainian_infinitive_listed_without_its_mark_is_still_an_infinitive():
    from stanceline import annotate_text
    words = annotate_text("Виводити війська Україна не буде, а путін їх виводить.", "uk").sentences[0].words
    feats = {w.text: w.feats for w in words}
    assert "VerbForm=Inf" in feats["Виводити"]
    # a finite form keeps its person and tense
    assert "VerbForm=Inf" not in (annotate_text("Вони вивели війська.", "uk").sentences[0].words[1].feats or "")


def test_a_ukrainian_verb_in_ts_is_the_finite_form_not_the_short_infinitive():
    from stanceline import annotate_text
    words = annotate_text("Україна не залишить Донбас, а документ не містить цього пункту.", "uk").sentences[0].words
    feats = {w.text: w.feats for w in words}
    assert "Tense=Fut" in feats["залишить"] and "Tense=Pres" in feats["містить"]
    assert "VerbForm=Inf" in annotate_text("Україна не буде залишати Донбас.", "uk").sentences[0].words[3].feats


def test_a_ukrainian_vocative_reading_gives_way_to_another():
    from stanceline import annotate_text
    words = annotate_text("Україна не стане членом НАТО.", "uk").sentences[0].words
    assert [(w.lemma, w.upos) for w in words[2:4]] == [("стати", "VERB"), ("член", "NOUN")]
    assert words[4].lemma == "НАТО"
    # a word that is only a vocative stays one
    assert "Case=Voc" in annotate_text("Друже, це важливо.", "uk").sentences[0].words[0].feats


def test_english_titles_and_plural_objects_are_nouns():
    from stanceline import annotate_text
    tags = lambda t: {w.text: w.upos for w in annotate_text(t, "en").sentences[0].words}
    assert tags("Britain will send troops, Prime Minister Keir Starmer said.")["Prime"] != "VERB"
    assert tags("Britain will send troops, Prime Minister Keir Starmer said.")["troops"] == "NOUN"
    # a verb after a name stays a verb
    assert tags("The White House said President Donald Trump backs the plan.")["backs"] == "VERB"


def test_a_ukrainian_plural_adjective_is_not_a_rare_noun_s_dative():
    from stanceline import annotate_text
    words = annotate_text("Європейські країни готові розмістити війська в Україні.", "uk").sentences[0].words
    assert (words[2].lemma, words[2].upos) == ("готовий", "ADJ")
    assert words[6].upos == "PROPN"  # «Україні» has no adjective reading


def test_a_ukrainian_oblique_noun_that_is_also_an_infinitive_is_the_verb():
    from stanceline import annotate_text
    words = annotate_text("Миру не може бути, а рішення має бути ухвалене.", "uk").sentences[0].words
    assert [(w.lemma, w.upos) for w in words if w.text == "бути"] == [("бути", "AUX"), ("бути", "AUX")]
    # a noun in the nominative stays a noun
    assert annotate_text("Брати Кличко приїхали до Києва.", "uk").sentences[0].words[1].upos == "PROPN"


def test_an_english_plural_after_a_nationality_is_a_noun():
    from stanceline import annotate_text
    words = annotate_text("Under the plan, both Ukrainian and Russian forces would pull back.", "en").sentences[0].words
    assert [(w.text, w.upos) for w in words if w.text == "forces"] == [("forces", "NOUN")]
    # a verb after a plural subject stays a verb
    assert annotate_text("European leaders wants peace.", "en").sentences[0].words[2].upos == "VERB"


def test_a_russian_short_participle_after_a_plural_subject_is_the_plural_verb():
    words = annotate_text("Войска не покинут Донбасс, а план был отвергнут, договор отвергнут.", "ru").sentences[0].words
    got = [(w.text, w.lemma, w.upos) for w in words if w.text in ("покинут", "отвергнут")]
    assert got == [("покинут", "покинуть", "VERB"), ("отвергнут", "отвергнуть", "ADJ"), ("отвергнут", "отвергнуть", "ADJ")]


def test_an_english_word_after_a_possessive_pronoun_is_a_noun():
    words = annotate_text("Trump said his plan to end the war was ready, and Moscow wants its claim recognised.", "en").sentences[0].words
    assert [(w.text, w.upos) for w in words if w.text in ("plan", "claim")] == [("plan", "NOUN"), ("claim", "NOUN")]


def test_an_english_compound_after_a_possessive_pronoun_is_a_noun():
    words = annotate_text("European leaders have drawn up their own peace plan.", "en").sentences[0].words
    assert [(w.text, w.upos) for w in words if w.text == "plan"] == [("plan", "NOUN")]


def test_a_ukrainian_reflexive_verb_in_tsya_is_the_finite_form_not_the_short_infinitive():
    words = annotate_text("Київ не погодиться, і Москва не зупиниться, але готова домовлятися.", "uk").sentences[0].words
    got = {w.text: w.feats.get("VerbForm") if isinstance(w.feats, dict) else (w.feats or "") for w in words}
    assert "VerbForm=Fin" in got["погодиться"] and "VerbForm=Fin" in got["зупиниться"] and "VerbForm=Inf" in got["домовлятися"]
