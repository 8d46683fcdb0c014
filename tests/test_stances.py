"""Stance extraction: the seed article against its gold, and one test per rule on short real sentences,
through both paths (word order and morphology; a dependency parse when the document has heads)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from stanza.models.common.doc import Document

from stanceline import annotate_text, load_articles
from stanceline.annotate import Annotations, annotate_corpus
from stanceline.articles import Article, Corpus
from stanceline.gold import load_gold
from stanceline.stances import STANCE_COLUMNS, extract_article_stances, extract_stances
from stanceline.stances_lexicon import compile_pattern, load_lexicon, match_patterns, token_key

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"


def _article(text: str, language: str = "uk", **meta) -> Article:
    return Article(id="t", text=text, language=language, published=dt.datetime(2025, 12, 18), outlet="test", meta=meta)


def stances(text: str, language: str = "uk", **options):
    """(actor, issue, polarity) of the stances the built-in annotator path finds in ``text``.

    These tests are about the rules, so the learned pass is off unless a test asks for it
    (tests/test_stances_learned.py tests that pass and the two together)."""
    options.setdefault("learned", False)
    article = _article(text, language)
    found = extract_article_stances(article, annotate_text(text, language), **options)
    return {(s.actor, s.issue, s.polarity) for s in found}


def one(text: str, language: str = "uk", **options):
    options.setdefault("learned", False)
    article = _article(text, language)
    found = extract_article_stances(article, annotate_text(text, language), **options)
    assert len(found) == 1, found
    return found[0]


# -- the seed article --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_frame():
    if not (SEED / "article-uk-unn-miami-talks.md").exists():
        pytest.skip(f"seed article not found at {SEED} (the shared folder sits next to the repository)")
    corpus = load_articles([SEED / "article-uk-unn-miami-talks.md"])
    annotations = annotate_corpus(corpus, use_cache=False)
    return corpus, extract_stances(corpus, annotations)


def test_seed_finds_every_gold_stance_and_nothing_else(seed_frame):
    corpus, frame = seed_frame
    gold = load_gold(SEED / "article-uk-unn-miami-talks.gold.yaml")[0]
    expected = {(s.actor, s.issue, s.polarity, s.evidence) for s in gold.stances}
    found = {(r.actor, r.issue, r.polarity, r.evidence) for r in frame.itertuples()}
    assert found == expected


def test_seed_frame_has_the_schema_columns_and_sentence_offsets(seed_frame):
    corpus, frame = seed_frame
    assert list(frame.columns) == STANCE_COLUMNS
    body = next(iter(corpus)).text
    for row in frame.itertuples():
        assert body[row.start_char:row.end_char] == row.evidence
    assert set(frame["source"]) == {"Associated Press"}  # «Про це інформує Associated Press, передає УНН»


def test_seed_condition_is_the_text_of_the_condition_clause(seed_frame):
    _, frame = seed_frame
    zelensky = frame[(frame.actor == "Volodymyr Zelensky") & (frame.issue == "nato_renunciation")].iloc[0]
    assert zelensky.polarity == "conditional"
    # the condition clause ends at the first comma after its own verb
    assert zelensky.condition == "США та інші західні країни нададуть Києву гарантії безпеки"


# -- rules, one test each --------------------------------------------------------------------------
def test_two_stances_in_one_sentence_with_a_relative_anaphor():
    # «чого» points back to the demand of the first clause
    assert stances("Путін вимагав від України вивести війська з Донбасу, чого Україна відкинула.") == {
        ("Vladimir Putin", "troop_withdrawal_donbas", "support"),
        ("Ukraine", "troop_withdrawal_donbas", "oppose"),
    }


def test_pronoun_resolves_to_the_person_of_the_previous_sentence():
    found = stances("Путін виступив у Бішкеку. Він вимагає, щоб Україна не вступала до НАТО.")
    assert found == {("Vladimir Putin", "nato_renunciation", "support")}


def test_negated_inverted_issue_phrase_is_renunciation_and_plain_membership_is_opposite():
    # «не вступала до НАТО» = renouncing; "supports Ukraine joining NATO" = opposing renunciation
    assert stances("Кремль вимагає, щоб Україна не вступала до НАТО.") == {("Russia", "nato_renunciation", "support")}
    assert stances("Macron supports Ukraine joining NATO.", "en") == {("Emmanuel Macron", "nato_renunciation", "oppose")}


def test_negation_flips_a_cue():
    assert stances("Москва не прийме розміщення військ НАТО в Україні.") == {
        ("Russia", "foreign_troops_deployment", "oppose")}
    assert stances("Москва прийме розміщення військ НАТО в Україні.") == {
        ("Russia", "foreign_troops_deployment", "support")}


def test_condition_marker_makes_support_conditional_with_the_condition_text():
    s = one("Зеленський готовий відмовитися від вступу до НАТО за умови, що Україна отримає гарантії безпеки.")
    assert (s.actor, s.issue, s.polarity) == ("Volodymyr Zelensky", "nato_renunciation", "conditional")
    assert s.condition == "Україна отримає гарантії безпеки"


def test_threat_in_reported_speech_is_the_speakers_and_its_condition_a_demand():
    found = stances("Путін попередив, що Росія забере Донбас силою, якщо українські війська не вийдуть.")
    assert found == {("Vladimir Putin", "military_pressure", "conditional"),
                     ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_own_side_speaker_is_the_actor_unless_asked_otherwise():
    text = "Пєсков нагадав, що Москва виступає проти розміщення іноземних військ в Україні."
    s = one(text)
    assert (s.actor, s.issue, s.polarity, s.speaker) == ("Dmitry Peskov", "foreign_troops_deployment", "oppose", None)
    s = one(text, own_side_speaker=False)
    assert (s.actor, s.speaker) == ("Russia", "Dmitry Peskov")


def test_other_side_reported_by_a_speaker_keeps_the_holder_and_records_the_speaker():
    s = one("Зеленський заявив, що Вашингтон запропонував тристоронню зустріч.")
    assert (s.actor, s.issue, s.polarity, s.speaker) == ("United States", "talks_format", "support", "Volodymyr Zelensky")


def test_journalists_guess_is_not_a_stance():
    assert stances("Ймовірно, Кремль вимагатиме визнання Криму російським.") == set()
    assert stances("Кремль вимагатиме визнання Криму російським.") == {("Russia", "territory_recognition", "support")}


def test_explicitly_past_position_is_not_a_stance():
    assert stances("Колись Україна погоджувалася на нейтральний статус.") == set()
    assert stances("Україна погоджується на нейтральний статус.") == {("Ukraine", "nato_renunciation", "support")}


def test_speech_verb_after_the_content_names_the_speaker():
    s = one("Freezing the fighting along the front line would be the fairest option, Zelensky said.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Volodymyr Zelensky", "ceasefire", "support")


def test_according_to_frame_with_a_pronoun():
    found = stances("Зеленський прибув до Берліна. На його думку, найсправедливіший варіант — зупинитися на лінії фронту.")
    assert found == {("Volodymyr Zelensky", "ceasefire", "support")}


def test_plan_positions_belong_to_the_plans_proposer():
    assert stances("Американський план передбачає, що чисельність ЗСУ обмежать 600 тисячами.") == {
        ("United States", "army_size_cap", "support")}
    # «згідно з планом» with no possessor: the default proposer of the peace plan
    assert stances("Згідно з планом, Крим мають визнати російським.") == {
        ("United States", "territory_recognition", "support")}


def test_noun_cue_takes_its_possessor_and_the_verb_its_subject():
    assert stances("Зеленський відкинув вимоги Москви про виведення військ з Донбасу.") == {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose"), ("Russia", "troop_withdrawal_donbas", "support")}


def test_descriptive_relative_clause_is_outside_the_scope():
    # «які рф не вдалося захопити силою» describes the districts; it is no threat of force
    found = stances("Зеленський відкинув вимоги про виведення військ з районів, які рф не вдалося захопити силою.")
    assert found == {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}


def test_elided_object_takes_the_previous_sentences_issue():
    found = stances("Єврокомісія пропонує використати заморожені російські активи. Бельгія погоджується лише за умови, "
                    "що ризики розділять усі країни ЄС.")
    assert ("Belgium", "frozen_assets", "conditional") in found


def test_cue_inside_a_condition_clause_is_hypothetical():
    # «якщо Київ відхилить вимоги» is not Kyiv rejecting anything
    found = stances("Путін попередив, що Росія продовжить наступ, якщо Київ відхилить вимогу вивести війська.")
    assert ("Ukraine", "troop_withdrawal_donbas", "oppose") not in found
    assert ("Vladimir Putin", "military_pressure", "conditional") in found


def test_russian_reported_refusal():
    s = one("Рябков заявил, что Россия не согласится на присутствие войск НАТО на Украине.", "ru")
    assert (s.actor, s.issue, s.polarity) == ("Sergei Ryabkov", "foreign_troops_deployment", "oppose")


def test_media_frame_sets_the_source_not_the_actor():
    s = one("Axios reported that Washington was prepared to offer Kyiv a security guarantee.", "en")
    assert (s.actor, s.issue, s.source) == ("United States", "security_guarantees", "Axios")


# -- the dependency path ---------------------------------------------------------------------------
def _with_heads(text: str, heads: dict[int, tuple[int, str]]) -> Document:
    """The built-in annotation of ``text`` with hand-written heads (1-based ids), as a parser would give."""
    doc = annotate_text(text, "uk")
    sentences = []
    for sent in doc.sentences:
        rows = []
        for w, t in zip(sent.words, sent.tokens):
            head, rel = heads.get(w.id, (0, "root"))
            rows.append({"id": w.id, "text": w.text, "lemma": w.lemma, "upos": w.upos, "feats": w.feats,
                         "head": head, "deprel": rel, "start_char": t.start_char, "end_char": t.end_char,
                         "ner": t.ner})
        sentences.append(rows)
    return Document(sentences, text=text)


def test_parse_path_takes_the_nominal_subject_where_word_order_misleads():
    text = "Україна, як і Європа, відкидає виведення військ з Донбасу."
    # 1 Україна 2 , 3 як 4 і 5 Європа 6 , 7 відкидає 8 виведення 9 військ 10 з 11 Донбасу 12 .
    heads = {1: (7, "nsubj"), 2: (5, "punct"), 3: (5, "mark"), 4: (5, "advmod"), 5: (1, "conj"), 6: (5, "punct"),
             7: (0, "root"), 8: (7, "obj"), 9: (8, "nmod"), 10: (11, "case"), 11: (8, "nmod"), 12: (7, "punct")}
    article = _article(text)
    parsed = extract_article_stances(article, _with_heads(text, heads), learned=False)
    assert [(s.actor, s.issue, s.polarity, s.method) for s in parsed] == [
        ("Ukraine", "troop_withdrawal_donbas", "oppose", "parse")]
    # without a parse, the nearest name on the left wins: the documented weakness of the surface path
    surface = extract_article_stances(article, annotate_text(text, "uk"), learned=False)
    assert [(s.actor, s.method) for s in surface] == [("Europe", "surface")]


def test_parse_path_reads_negation_from_the_tree():
    text = "Кремль ніколи не прийме розміщення військ НАТО."
    # 1 Кремль 2 ніколи 3 не 4 прийме 5 розміщення 6 військ 7 НАТО 8 .
    heads = {1: (4, "nsubj"), 2: (4, "advmod"), 3: (4, "advmod"), 4: (0, "root"), 5: (4, "obj"), 6: (5, "nmod"),
             7: (6, "nmod"), 8: (4, "punct")}
    parsed = extract_article_stances(_article(text), _with_heads(text, heads))
    assert [(s.actor, s.issue, s.polarity, s.method) for s in parsed] == [
        ("Russia", "foreign_troops_deployment", "oppose", "parse")]


def test_extract_stances_over_a_corpus_and_annotations():
    text = "Кремль наполягає, щоб Україна відмовилася від заявки до НАТО."
    article = _article(text)
    corpus = Corpus([article])
    annotations = Annotations({"t": annotate_text(text, "uk")}, "builtin", "test")
    frame = extract_stances(corpus, annotations)
    assert frame[["actor", "side", "issue", "polarity", "start_char", "end_char"]].values.tolist() == [
        ["Russia", "Russia", "nato_renunciation", "support", 0, len(text)]]


# -- the lexicon ----------------------------------------------------------------------------------------
def _keys(words):
    return [token_key(w) for w in words]


def test_pattern_slots_match_in_any_order_within_the_window():
    pattern = compile_pattern("вивести|вийти + війська|ЗСУ", "x")
    lemmas = _keys(["війська", "вийти", "з", "Донбасу"])
    assert [(m.start, m.end) for m in match_patterns([pattern], lemmas, lemmas, ["NOUN"] * 4)] == [(0, 2)]
    far = _keys(["війська"] + ["слово"] * 9 + ["вийти"])
    assert match_patterns([pattern], far, far, ["NOUN"] * 11) == []


def test_a_phrase_slot_counts_as_one_word_of_the_window():
    # «с лидерами России и Украины … намерен увидеться»: a five-word slot is one thing said, and the
    # verb seven words after it is in reach (eight words in all); one word further is not
    pattern = compile_pattern("увидеться + с лидерами России и Украины", "x")
    phrase = _keys(["с", "лидерами", "России", "и", "Украины"])
    near = phrase + _keys(["слово"] * 6 + ["увидеться"])
    assert [(m.start, m.end) for m in match_patterns([pattern], near, near, ["NOUN"] * 12)] == [(0, 12)]
    far = phrase + _keys(["слово"] * 7 + ["увидеться"])
    assert match_patterns([pattern], far, far, ["NOUN"] * 13) == []


def test_a_plural_subject_read_through_its_adjective_holds_the_stance():
    # «столицы» alone reads as a genitive singular; «Европейские» makes it the plural subject
    found = stances("Европейские столицы при этом выступили за использование замороженных российских активов.", "ru")
    assert found == {("Europe", "frozen_assets", "support")}


def test_an_updated_framework_names_the_plan_across_quotes():
    # "updated" and "framework" with «and refined» and a quote between: still the plan (as in uk/ru)
    found = stances('Kyiv and Washington said on Sunday that they had agreed an "updated and refined" framework.', "en")
    assert found == {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}


@pytest.mark.parametrize("text,language", [
    ("Або Київ виведе війська з Донбасу, або Росія візьме регіон силою — так висловився Путін у розмові з журналістами.", "uk"),
    ("Либо Киев выведет войска из Донбасса, либо Россия возьмет регион силой — так высказался Путин в разговоре с журналистами.", "ru"),
])
def test_so_he_put_it_after_a_dash_frames_the_words_before(text, language):
    assert stances(text, language) == {("Vladimir Putin", "military_pressure", "conditional"),
                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text,language,actor,issue", [
    ("Зеленський висловився проти виведення військ із Донбасу.", "uk", "Volodymyr Zelensky", "troop_withdrawal_donbas"),
    ("Путин высказался против размещения европейских войск на Украине.", "ru", "Vladimir Putin", "foreign_troops_deployment"),
])
def test_speaking_out_against_is_opposition(text, language, actor, issue):
    assert stances(text, language) == {(actor, issue, "oppose")}


@pytest.mark.parametrize("verb", ["сказав", "висловився"])
def test_as_he_put_it_before_quoted_words_opens_no_clause(verb):
    # the condition after the colon still governs the threat; «як він сказав, «…»» only says whose words
    text = (f"Путін пригрозив: якщо Київ відмовиться від переговорів, Росія забиратиме свої, як він {verb}, "
            "«історичні землі» військовим шляхом.")
    assert stances(text) == {("Vladimir Putin", "military_pressure", "conditional")}


@pytest.mark.parametrize("text,language", [
    ('Washington has sent Kyiv a 28-point peace plan. Trump said next Thursday would be an "appropriate time" for '
     'Kyiv to respond.', "en"),
    ("Вашингтон передав Києву мирний план із 28 пунктів. Трамп назвав наступний четвер «слушним часом» для "
     "відповіді Києва.", "uk"),
    ("Вашингтон передал Киеву мирный план из 28 пунктов. Трамп назвал следующий четверг «подходящим временем» для "
     "ответа Киева.", "ru"),
])
def test_a_deadline_for_the_answer_presses_the_plan_on_the_table(text, language):
    assert stances(text, language) == {("Donald Trump", "peace_plan_overall", "support")}


def test_a_deadline_for_an_answer_names_no_plan_the_article_has_not_named():
    assert stances('Zelensky met Macron in Paris. Trump said next Thursday would be an "appropriate time" for Kyiv '
                   "to respond.", "en") == set()


def test_and_said_after_a_joint_subject_is_said_by_all_of_it():
    # "In a joint statement" is where the act is, not who acts; "and said" shares the joined subject
    found = stances("In a joint statement on Tuesday, Zelensky and European leaders backed halting the fighting along "
                    "the current line as a starting point for talks, and said borders must not be changed by force.", "en")
    assert found == {("Volodymyr Zelensky", "ceasefire", "support"), ("Europe", "ceasefire", "support"),
                     ("Volodymyr Zelensky", "territory_recognition", "oppose"), ("Europe", "territory_recognition", "oppose")}


def test_the_leaders_after_a_colon_are_the_parties_named_before_it():
    found = stances("Позиція Києва та європейських столиць відома давно: лідери у спільній заяві висловилися за "
                    "припинення вогню.")
    assert found == {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("second,language,made", [
    ("Зеленський заявив, що такої вимоги США не висували.", "uk", False),
    ("Зеленський заявив, що США не висували такої вимоги.", "uk", False),
    ("Зеленский заявил, что такого требования США не выдвигали.", "ru", False),
    ("Зеленський заявив, що США висунули вимогу вивести війська з Донбасу.", "uk", True),
])
def test_a_demand_never_put_forward_is_no_position(second, language, made):
    first = {"uk": "Дехто писав, що американці вимагали виходу військ з Донбасу. ",
             "ru": "Некоторые СМИ писали, что американцы требовали вывода войск из Донбасса. "}[language]
    text = first + second
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    in_second = {(st.actor, st.issue, st.polarity) for st in found if st.start_char >= len(first)}
    assert in_second == ({("United States", "troop_withdrawal_donbas", "support")} if made else set())


@pytest.mark.parametrize("text,language", [
    ("On Tuesday, Zelensky put his name to a joint statement with British Prime Minister Keir Starmer, German Chancellor "
     "Friedrich Merz and French President Emmanuel Macron. The signatories backed a ceasefire along the current front "
     "line.", "en"),
    ("У вівторок Зеленський підписав спільну заяву з прем'єром Британії Кіром Стармером, канцлером Німеччини Фрідріхом "
     "Мерцом і президентом Франції Емманюелем Макроном. Підписанти підтримали припинення вогню на нинішній лінії фронту.", "uk"),
])
def test_a_statement_with_others_is_signed_by_all_of_them(text, language):
    # three European leaders named after «with» / «з» + instrumental stand for Europe («з» + genitive is "from")
    assert stances(text, language) == {("Volodymyr Zelensky", "ceasefire", "support"), ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text", [
    "Putin warned that unless Ukrainian troops leave Donbas, Russian forces would take it.",
    "Ukrainian troops must leave Donbas or Russian forces will take it, Putin told reporters.",
])
def test_a_taking_threatened_unless_a_demand_is_met_is_a_conditional_threat(text):
    assert stances(text, "en") == {("Vladimir Putin", "military_pressure", "conditional"),
                                   ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_a_taking_reported_is_no_threat():
    assert stances("Russian forces took the village on Monday, the Russian defence ministry said.", "en") == set()
    assert stances("Putin said Russian forces would take the rest of the region soon.", "en") == \
        {("Vladimir Putin", "military_pressure", "support")}


@pytest.mark.parametrize("text,language,expected", [
    # an adjective + noun after the verb is its object: the subject before the verb holds the stance
    ("Путін розкритикував європейські столиці і відкинув ідею перемир'я.", "uk", {("Vladimir Putin", "ceasefire", "oppose")}),
    ("Трамп призвал европейские столицы поддержать мирный план.", "ru", {("Donald Trump", "peace_plan_overall", "support")}),
    # «лідери» after a colon are the owners of a position before it, not whoever else the clause names
    ("Росія обстріляла Київ, а в Брюсселі заявили: лідери підтримують використання заморожених російських активів.", "uk",
     {("European Union", "frozen_assets", "support")}),
    # «Як він наголосив, «…»» at the start of a sentence reports the quote (inside a clause it only marks wording)
    ("Зеленський виступив у Верховній Раді. Як він наголосив, «Україна ніколи не визнає Крим російським».", "uk",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ('Лавров прокомментировал переговоры. Как он заявил, "Россия не допустит размещения войск НАТО на Украине".', "ru",
     {("Sergei Lavrov", "foreign_troops_deployment", "oppose")}),
    # 'under a new law' names no plan
    ("Under a new law, elections cannot be held during martial law, so a vote in spring was ruled out.", "en", set()),
    # one's own answer, or a time said not to be right, presses nobody's plan
    ("США представили мирный план на прошлой неделе. Песков заявил, что Москва выберет подходящее время для ответа.", "ru", set()),
    ("Washington sent Kyiv a peace plan. Now is not the right time for Moscow to respond, Lavrov said.", "en", set()),
    # an objection that names its own object does not take the last sentence's issue
    ("Лідери ЄС обговорили використання заморожених російських активів. Засідання перенесли через заперечення Угорщини "
     "щодо вступу України до ЄС.", "uk", set()),
    # a modal "should" before a determiner and a time phrase is no inverted condition
    ("Macron said European troops should this spring or early summer be deployed to Ukraine as part of security "
     "guarantees.", "en", {("Emmanuel Macron", "foreign_troops_deployment", "support")}),
    # "respond to" an attack is no speech
    ("Ukraine will respond to any attack, Zelensky said, rejecting the ceasefire terms.", "en",
     {("Volodymyr Zelensky", "ceasefire", "oppose")}),
    # «не ставить під загрозу» is no demand withdrawn
    ("Вимога Москви не ставить під загрозу переговори про виведення військ з Донбасу, вважає Віткофф.", "uk",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    # a revised framework of something else is no peace plan
    ("Hungary rejected the revised EU sanctions framework on Monday.", "en", set()),
])
def test_the_new_rules_stay_within_their_reach(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Позиція Кремля тепер зрозуміла: спершу – вихід українських військ з Донбасу.", "uk",
     ("Russia", "troop_withdrawal_donbas", "support")),
    ("Позиция Белого дома теперь понятна: сначала – прекращение огня по всей линии фронта.", "ru",
     ("United States", "ceasefire", "support")),
])
def test_a_position_named_before_a_colon_is_its_owners(text, language, expected):
    assert stances(text, language) == {expected}


def test_softening_restrictive_measures_is_sanctions_relief():
    assert stances("Вашингтон запропонував москві пом'якшення обмежувальних заходів.") == \
        {("United States", "sanctions_relief", "support")}


@pytest.mark.parametrize("text,language,expected", [
    ('Rubio said it will take time to finalise the peace plan.', 'en', {('Marco Rubio', 'peace_plan_overall', 'support')}),
    ('Trump said the negotiations would take them at least another month.', 'en', set()),
    ('Trump said that Ukraine should accept the peace plan or Washington will cut off aid.', 'en', {('Donald Trump', 'peace_plan_overall', 'support')}),
    ('Russia has rejected a ceasefire or any truce and will continue its offensive, Peskov said.', 'en', {('Dmitry Peskov', 'military_pressure', 'support'), ('Dmitry Peskov', 'ceasefire', 'oppose')}),
    ('У неділю європейські столиці підтримали припинення вогню на лінії фронту.', 'uk', {('Europe', 'ceasefire', 'support')}),
    ('В воскресенье европейские столицы поддержали прекращение огня по линии фронта.', 'ru', {('Europe', 'ceasefire', 'support')}),
    ('Зеленський підписав спільну заяву з Макроном щодо вимог Путіна. Підписанти підтримали припинення вогню.', 'uk', {('Volodymyr Zelensky', 'ceasefire', 'support'), ('Emmanuel Macron', 'ceasefire', 'support')}),
    ('Зеленський підписав спільну заяву з', 'uk', set()),
    ('"Ukraine will never withdraw from Donbas," Zelensky replied.', 'en', {('Volodymyr Zelensky', 'troop_withdrawal_donbas', 'oppose')}),
    ('Віткофф привіз документ, за яким передбачено виведення українських військ з Донбасу.', 'uk', {('United States', 'troop_withdrawal_donbas', 'support')}),
    ('Позиція Білого дому поки що незрозуміла: в Києві чекають на відповідь щодо гарантій безпеки.', 'uk', set()),
    ('Позиция Москвы остается прежней: никакого прекращения огня.', 'ru', {('Russia', 'ceasefire', 'oppose')}),
    ('Київ і Вашингтон дійшли згоди: сторони підтримують припинення вогню на лінії фронту.', 'uk', {('Ukraine', 'ceasefire', 'support'), ('United States', 'ceasefire', 'support')}),
    ('Washington sent Kyiv a 28-point peace plan. Trump said Thursday was an appropriate time to respond.', 'en', {('Donald Trump', 'peace_plan_overall', 'support')}),
])
def test_the_newer_rules_stay_within_their_reach(text, language, expected):
    # a taking needs forces ("it will take time" is none); "must … or" needs a threat after «or» and keeps
    # the demand otherwise; a time or place phrase before the subject governs nothing; «з» joins only the list
    # right after it; "replied" after a quote speaks; «за яким» is a plan frame; an unclear position states
    # nothing and «никакого» negates; a joint subject before a colon names «сторони»; an unnamed answerer is
    # another side
    assert stances(text, language) == expected


def test_working_with_someone_on_the_plan_supports_it():
    # «працював з американцями над мирним планом»: the partner between the verb and «над» keeps the cue
    assert stances("У неділю Умєров шість годин працював з американцями над мирним планом.") == \
        {("Rustem Umerov", "peace_plan_overall", "support")}


def test_such_a_position_is_held_by_who_set_it_out():
    # the sentence before states the position with no holder; «Таку позицію виклали …» names who holds it
    found = stances("Бойові дії треба зупинити на нинішній лінії фронту. Таку позицію сьогодні виклали у спільній "
                    "заяві Зеленський та європейські лідери.")
    assert found == {("Volodymyr Zelensky", "ceasefire", "support"), ("Europe", "ceasefire", "support")}


def test_such_a_position_after_an_attitude_word_is_not_read_as_bare_support():
    # «остается отрицательным» is an attitude the bare issue does not carry: no support for Peskov
    found = stances("Отношение Москвы к размещению иностранных войск на Украине остается отрицательным. Такую позицию "
                    "в среду обозначил Песков.", "ru")
    assert ("Dmitry Peskov", "foreign_troops_deployment", "support") not in found


def test_a_leaders_meeting_put_off_until_a_deal_is_conditional():
    found = stances("С лидерами России и Украины президент США Дональд Трамп хочет встретиться только после "
                    "того, как будет готово соглашение.", "ru")
    assert found == {("Donald Trump", "talks_format", "conditional")}


def _dated(text: str, language: str, day: dt.date) -> set:
    article = Article(id="t", text=text, language=language, published=dt.datetime.combine(day, dt.time(12)), outlet="test")
    return {(s.actor, s.issue, s.polarity) for s in extract_article_stances(article, annotate_text(text, language),
                                                                            learned=False)}


@pytest.mark.parametrize("text, language, parties", [
    # the round held in a place (knowledge/rounds.yaml) tells who «сторони», "both delegations" are when the
    # text named no parties: in the same sentence or a few before, as «у Женеві», "the Geneva talks" or the
    # place's adjective before talks («на женевських переговорах»)
    ("Talks were held in Geneva on Sunday. Both delegations endorsed an updated peace framework.", "en",
     {"United States", "Ukraine"}),
    ("The Geneva talks ended on Sunday. Both delegations endorsed an updated peace framework.", "en",
     {"United States", "Ukraine"}),
    ("Минулої неділі він вів делегацію на женевських переговорах. Там сторони погодили оновлену рамку мирної угоди.",
     "uk", {"United States", "Ukraine"}),
    ("В воскресенье в Москве прошли переговоры. Стороны одобрили мирный план.", "ru", {"United States", "Russia"}),
])
def test_both_sides_at_a_round_are_its_two_delegations(text, language, parties):
    assert _dated(text, language, dt.date(2025, 12, 18)) == {(p, "peace_plan_overall", "support") for p in parties}


@pytest.mark.parametrize("text, language, day, expected", [
    # before the round was held, «Женева» is only a city
    ("Talks were held in Geneva on Sunday. Both delegations endorsed an updated peace framework.", "en",
     dt.date(2025, 11, 1), set()),
    # a round of three delegations does not say which two «сторони» are
    ("У суботу в Маямі пройшли переговори. Сторони схвалили мирний план.", "uk", dt.date(2025, 12, 22), set()),
    # the capital as a speaker is no venue
    ("Moscow welcomed the news on Sunday. Both sides endorsed the peace plan.", "en", dt.date(2025, 12, 18), set()),
    # parties named in the text come first (as the countries they speak for: "both sides" are the United States and
    # Russia here, not the venue's United States and Ukraine), and so does a body named just before «учасники»
    ("In Geneva, Witkoff met with Dmitriev on Sunday. Both sides endorsed the peace plan.", "en", dt.date(2025, 12, 18),
     {("United States", "peace_plan_overall", "support"), ("Russia", "peace_plan_overall", "support")}),
    ("У Женеві зібралася коаліція охочих. Учасники схвалили мирний план.", "uk", dt.date(2025, 12, 18),
     {("Coalition of the willing", "peace_plan_overall", "support")}),
])
def test_a_venue_names_parties_only_when_the_text_does_not(text, language, day, expected):
    assert _dated(text, language, day) == expected


@pytest.mark.parametrize("text, language", [
    ("Зеленський заявив, що вибори можна провести лише після припинення вогню.", "uk"),
    ("Зеленський заявив, що вибори можна провести лише після того, як запрацює припинення вогню.", "uk"),
    ("Зеленский заявил, что выборы можно провести только после прекращения огня.", "ru"),
    ("Zelensky said the deal would go to a referendum only after a ceasefire.", "en"),
    # a dash before «таку умову поставив» gives the words before it their speaker
    ("Вибори відбудуться лише після припинення вогню — таку умову поставив Зеленський.", "uk"),
])
def test_what_a_speaker_puts_first_is_demanded(text, language):
    assert ("Volodymyr Zelensky", "ceasefire", "support") in stances(text, language)


@pytest.mark.parametrize("text, language, expected", [
    # a plan signed first is a term of the outcome, not a demand for the plan
    ("Зеленський заявив, що вибори відбудуться лише після підписання мирного плану.", "uk",
     {("Volodymyr Zelensky", "elections", "conditional")}),
    # the condition's own attitude word decides («відмовиться від вимоги» is no demand for the withdrawal)
    ("Зеленський заявив, що вибори можна провести лише після того, як росія відмовиться від вимоги виходу військ "
     "з Донбасу.", "uk", {("Volodymyr Zelensky", "elections", "conditional")}),
    # nobody speaks: the outlet's own sentence
    ("Elections could be held only after a ceasefire.", "en", set()),
    # «ставить умову: …» still opens the condition itself, not words about it
    ("Зеленський не відкидає відведення військ з Донбасу, але ставить умову: якщо українська армія відходить, то й "
     "російська має відійти.", "uk", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "conditional")}),
])
def test_a_precondition_is_a_demand_only_when_someone_sets_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a plan «передбачає», «предполагает», "envisages" what its proposer proposes
    ("Зеленский выступил в среду. Американская идея, о которой он рассказал, предполагает уход ВСУ из Донбасса.", "ru", {("United States", "troop_withdrawal_donbas", "support")}),
    ("План передбачає вихід ЗСУ з Донбасу.", "uk", {("United States", "troop_withdrawal_donbas", "support")}),
    # a person who does so foresees or supposes
    ("Зеленський передбачає, що Київ виведе війська з Донбасу.", "uk", set()),
    ("Песков предполагает, что Киев выведет войска из Донбасса.", "ru", set()),
    ("Эксперты предполагают уход ВСУ из Донбасса.", "ru", set()),
    # (a verb a plan and a person share keeps the person's stance)
    ("Путин требует вывода войск из Донбасса.", "ru", {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_a_plan_envisages_and_a_person_foresees(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Що ж пропонують американці? Серед положень — скорочення армії до 600 тисяч.\nКрим, Луганщина і Донеччина за "
     "цим задумом де-факто вважатимуться російськими, а з решти Донеччини українські війська мають піти.", "uk"),
    ("Что же предлагают американцы? Среди положений — сокращение армии до 600 тысяч.\nКрым, Луганская и Донецкая "
     "области по этому замыслу де-факто будут считаться российскими, а из остальной части Донбасса украинские войска "
     "должны уйти.", "ru"),
])
def test_under_this_plan_is_the_plans_content(text, language):
    # «за цим задумом», «по этому замыслу»: what follows is the plan's, its proposer's
    assert stances(text, language) == {("United States", "territory_recognition", "support"),
                                       ("United States", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language", [
    # the delegations of two states speak together; the relative clause between them and their verb names
    # who led them, not more parties
    ("Делегации США и Украины, которые возглавили Рубио и Ермак, заявили, что поддерживают мирный план.", "ru"),
    ("Делегації США та України, які очолили Рубіо та Єрмак, заявили, що підтримують мирний план.", "uk"),
])
def test_delegations_of_two_states_are_both_parties_past_a_relative_clause(text, language):
    assert stances(text, language) == {("United States", "peace_plan_overall", "support"),
                                       ("Ukraine", "peace_plan_overall", "support")}


@pytest.mark.parametrize("text, language", [
    # "by force" as the manner of changing borders is the borders' issue, not a threat; the predicate after an
    # infinitive («… не можна», «… нельзя») forbids it, and «не можна» before it is one negation, not two
    ("Зеленський заявив, що змінювати кордони силою не можна.", "uk"),
    ("Позиція України щодо кордонів відома: Зеленський заявив, що змінювати їх силою не можна.", "uk"),
    ("Зеленський заявив, що кордони не можна змінювати силою.", "uk"),
    ("Зеленский заявил, что менять границы силой нельзя.", "ru"),
    ("Zelensky said borders must not be changed by force.", "en"),
])
def test_borders_not_to_be_changed_by_force_refuse_recognition(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    # «сторони», "both sides" right after a verb are whom it is urged on, never the venue's delegations
    ("Talks were held in Geneva on Sunday. Trump urged both sides to agree to a ceasefire.", "en",
     {("Donald Trump", "ceasefire", "support")}),
    ("Переговори пройшли в Женеві. Трамп закликав сторони погодити припинення вогню.", "uk",
     {("Donald Trump", "ceasefire", "support")}),
    ("Переговоры прошли в Москве. Трамп призвал стороны согласиться на прекращение огня.", "ru",
     {("Donald Trump", "ceasefire", "support")}),
    ("Переговори пройшли в Женеві. Макрон закликав обидві сторони підтримати мирний план.", "uk",
     {("Emmanuel Macron", "peace_plan_overall", "support")}),
    # "told reporters: …" still speaks (only a condition noun before a colon is the condition itself)
    ('Zelensky told reporters: "Ukraine will never withdraw from Donbas."', "en",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ('Peskov told reporters: "Russia supports the American peace plan."', "en",
     {("Dmitry Peskov", "peace_plan_overall", "support")}),
    # a precondition under someone else's attitude word or subject is theirs; a past outcome is a sequence of events
    ("Rubio said Russia wants to talk about a ceasefire only after Ukrainian forces leave Donbas.", "en",
     set()),
    ("Зеленський назвав абсурдною вимогу Москви провести вибори лише після виведення ЗСУ з Донбасу.", "uk",
     {("Russia", "elections", "conditional"), ("Volodymyr Zelensky", "elections", "oppose")}),
    ("Зеленський нагадав, що переговори відновилися лише після припинення вогню в енергетиці.", "uk",
     set()),
    ("Лавров заявил, что Вашингтон передал документ только после прекращения огня в Газе.", "ru",
     set()),
    # a plan frame opening a sentence: the nominative after the plan noun is the clause's subject, not the owner
    ("Зеленський розкритикував американський план. За цим задумом Україна має вивести війська з Донбасу.", "uk",
     {("United States", "troop_withdrawal_donbas", "support"), ("Volodymyr Zelensky", "peace_plan_overall", "oppose")}),
    # ru «по этому плану» is also "regarding this plan": only «по этому замыслу» frames content
    ("По этому плану у Киева есть возражения, в частности по выводу войск из Донбасса.", "ru",
     set()),
    # a state envisages; only a person foresees
    ("The U.S. envisages a demilitarised zone in Donbas.", "en",
     {("United States", "troop_withdrawal_donbas", "support")}),
    ("Kyiv envisions security guarantees modelled on NATO's Article 5.", 'en',
     {("Ukraine", "security_guarantees", "support")}),
    ("Witkoff's draft envisages Ukraine giving up its NATO bid.", 'en',
     {("Steve Witkoff", "nato_renunciation", "support")}),
    # a place that is not where talks are held: «у Москвы есть» (has), the seat of power speaking, a forum, an office
    ("У Москвы есть свои условия. Стороны согласились на прекращение огня.", "ru",
     set()),
    ("У Москві заявили про готовність до переговорів. Сторони погодили припинення вогню.", "uk",
     set()),
    ("Президент виступив у Женеві на форумі. Сторони підтримали мирний план.", "uk",
     set()),
    ("The WHO, based in Geneva, said both sides should agree to a ceasefire.", "en",
     set()),
    # a city named afterwards moves the text elsewhere
    ("Переговори відбулися в Женеві. Потім у Стамбулі сторони погодили припинення вогню.", "uk",
     set()),
    ("Переговори відбулися в Женеві. Віткофф полетів до Москви. Там сторони погодили припинення вогню.", "uk",
     set()),
    # Moscow's adjective before talks
    ("На московських переговорах сторони погодили припинення вогню.", "uk",
     {("Russia", "ceasefire", "support"), ("United States", "ceasefire", "support")}),
    # «таку умову, яку поставив Путін»: a relative word between the slots makes two clauses, no speech verb
    ("Київ не прийме таку умову, яку поставив Путін, — вихід ЗСУ з Донбасу.", "uk",
     set()),
])
def test_the_venue_and_precondition_rules_stay_within_their_reach(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, condition", [
    # a term set on an issue (knowledge/issues.yaml `terms`), demanded, is a conditional stance on the issue
    ("ЄС обговорює заморожені російські активи. Бельгія вимагає, щоб ризики розділили всі країни ЄС.", "uk",
     "ризики розділили всі країни ЄС"),
    ("EU leaders discussed the frozen Russian assets. Belgium insisted that the risks be fully shared by all member "
     "states.", "en", "the risks be fully shared by all member states"),
    ("Лидеры ЕС обсудили замороженные российские активы. Бельгия настаивает, чтобы риски разделили все страны ЕС.", "ru",
     "риски разделили все страны ЕС"),
    # through a relative clause whose verb takes the demanded clause, and a reference to the state
    ("ЄС обговорює заморожені російські активи. Головною перешкодою стала позиція Бельгії, яка вимагала, щоб усі "
     "країни-члени повністю розділили з нею ризики.", "uk", "усі країни-члени повністю розділили з нею ризики"),
    ("ЄС обговорює заморожені російські активи. Бельгійська сторона вимагає, щоб ризики розділили всі країни-члени.",
     "uk", "ризики розділили всі країни-члени"),
])
def test_a_term_demanded_is_a_conditional_stance(text, language, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(s.actor, s.issue, s.polarity, s.condition) for s in found] == [
        ("Belgium", "frozen_assets", "conditional", condition)]


def test_a_term_sets_nothing_in_an_article_that_never_named_its_issue():
    assert stances("Бельгія вимагає, щоб ризики розділили всі країни ЄС.") == set()
    assert stances("Зеленський закликав партнерів розділити ризики війни.") == set()


@pytest.mark.parametrize("text, language", [
    # a figure set in a plan whose owner the words name is the owner's proposal on what the figure measures
    ("A European counter-draft proposed an army of 800,000 troops rather than the 600,000 in the American text.", "en"),
    ("The European counter-draft keeps a ceiling on Ukraine's armed forces but sets it at 800,000, well above the "
     "600,000 written into the U.S. plan.", "en"),
    ("Європейський контрпроєкт пропонує армію в 800 тисяч замість 600 тисяч з американського тексту.", "uk"),
    ("Европейский контрпроект ограничивает численность ВСУ 800 тысячами — против 600 тысяч, заложенных в план "
     "Вашингтона.", "ru"),
])
def test_a_figure_in_an_owned_plan_is_its_owners_proposal(text, language):
    assert stances(text, language) == {("Europe", "army_size_cap", "support"), ("United States", "army_size_cap", "support")}


def test_a_figure_in_a_plan_of_no_named_owner_is_nobodys():
    assert stances("A European counter-draft proposed an army of 800,000 troops rather than the 600,000 in the "
                   "original text.", "en") == {("Europe", "army_size_cap", "support")}


def test_putting_off_until_a_moment_is_conditional_and_putting_off_alone_is_nothing():
    found = extract_article_stances(_article(
        "Трамп відкладає зустріч із Путіним і Зеленським до моменту, коли угода буде остаточною."),
        annotate_text("Трамп відкладає зустріч із Путіним і Зеленським до моменту, коли угода буде остаточною.", "uk"),
        learned=False)
    assert [(s.actor, s.issue, s.polarity, s.condition) for s in found] == [
        ("Donald Trump", "talks_format", "conditional", "угода буде остаточною")]
    assert stances("Лідери ЄС відклали рішення щодо заморожених активів.") == set()


@pytest.mark.parametrize("text, language, expected", [
    # force as a manner of changing anything but borders is a threat, not the borders' issue; «нельзя» is no modal
    ("Зеленський заявив, що Росія змінить ситуацію на фронті силою, якщо Україна не погодиться на план.", "uk", set()),
    ("Лавров заявил, что Россия будет менять ситуацию силой, если Киев не выведет войска из Донбасса.", "ru",
     {("Sergei Lavrov", "military_pressure", "conditional"), ("Sergei Lavrov", "troop_withdrawal_donbas", "support")}),
    ("Putin warned that the front line could be changed by force if Kyiv refused to withdraw.", "en",
     {("Vladimir Putin", "military_pressure", "conditional")}),
    ("Лавров заявил, что Москва не будет менять свою позицию по границам новых регионов.", "ru",
     set()),
    ("Польша будет менять режим работы пунктов пропуска на границе с Украиной, заявил Туск.", "ru",
     set()),
    ("Мерц заявил, что Европа никогда не признает попытки менять границы силой.", "ru",
     set()),
    ("Мерц заявил, что замороженные российские активы использовать нельзя.", "ru",
     set()),
    ("Мерц заявил, что нельзя верить обещаниям Путина о прекращении огня.", "ru",
     set()),
    ("Мерц заявил, что нельзя ожидать мгновенного прекращения огня.", "ru",
     set()),
    # a group noun after a plural verb with no subject of its own is that verb's subject; "sent to Moscow" is no journey
    ("У Женеві пройшли переговори. Мирний план підтримали обидві сторони.", "uk",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("В Женеве прошли переговоры. Мирный план поддержали обе стороны.", "ru",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("Talks were held in Geneva. Rubio said both delegations backed the updated peace plan.", "en",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("A round of talks was held in Geneva. The revised draft will be sent to Moscow. Both sides agreed on the updated peace plan.", "en",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("Переговори відбулися в Женеві. Віткофф полетів до Москви. Там сторони погодили припинення вогню.", "uk",
     set()),
])
def test_the_force_and_venue_rules_stay_within_their_reach_too(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # risks of something else are no term; refusing the term is no stance on the issue; a scheme that shares
    # the risks describes, not demands; the condition is the term's own clause
    ("EU leaders are discussing using frozen Russian assets for a loan to Ukraine. Zelensky said Europe and the US should share the risks of security guarantees for Ukraine.", "en",
     {("Volodymyr Zelensky", "security_guarantees", "support", None)}),
    ("EU leaders are discussing using frozen Russian assets for a loan to Ukraine. Germany rejected Belgium's demand that the risks be shared by all member states.", "en",
     {("Belgium", "frozen_assets", "conditional", "the risks be shared by all member states")}),
    ("EU leaders are discussing using frozen Russian assets for a loan to Ukraine. Merz said he supports a joint EU borrowing scheme that would share the risks.", "en",
     {("Friedrich Merz", "frozen_assets", "support", None)}),
    ("Лідери ЄС обговорюють використання заморожених російських активів для кредиту Україні. Німеччина відкинула вимогу Бельгії розділити ризики між усіма країнами.", "uk",
     {("Belgium", "frozen_assets", "conditional", "розділити ризики між усіма країнами")}),
])
def test_a_term_stays_within_its_reach(text, language, expected):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert {(s.actor, s.issue, s.polarity, s.condition) for s in found} == expected


@pytest.mark.parametrize("text, language, expected", [
    # a deal put to a referendum is the object of a procedure, no position on the deal
    ("Зеленський заявив, що мирну угоду винесуть на референдум лише після припинення вогню.", "uk",
     {("Volodymyr Zelensky", "ceasefire", "support")}),
    ("Zelensky said any peace deal would be put to a referendum.", "en", set()),
    # (a referendum in another clause leaves the plan's own stance alone)
    ("Зеленський відкинув мирний план і заявив, що потрібен референдум.", "uk",
     {("Volodymyr Zelensky", "peace_plan_overall", "oppose")}),
    ("Zelensky backed the peace plan and called for a referendum.", "en", {("Volodymyr Zelensky", "peace_plan_overall", "support")}),
])
def test_a_deal_put_to_a_referendum_is_no_position_on_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a figure is a plan's proposal only when set against another (not a count of points, a share, a date)
    ("Ukraine agreed to a ceasefire, and Zelensky noted that 20 of the 28 points in the U.S. plan were settled.", "en",
     {("Ukraine", "ceasefire", "support")}),
    ("Зеленський відмовився виводити війська з Донбасу і сказав, що 20 пунктів американського плану вже узгоджено.", "uk",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("Zelensky discussed the army cap; 20 points of the American plan remain open.", "en",
     set()),
    ("Киев настаивает на армии в 800 тысяч, а Москва предлагает 1,5 года перемирия по российскому плану.", "ru",
     {("Russia", "ceasefire", "support"), ("Ukraine", "army_size_cap", "support")}),
    ("A European counter-draft proposed an army of 800,000 troops rather than the 600,000 in the American text.", "en",
     {("Europe", "army_size_cap", "support"), ("United States", "army_size_cap", "support")}),
    # «з моменту, коли» is since, not until; only a meeting put off is a position
    ("Зеленський наполягає на гарантіях безпеки з моменту, коли почалися переговори.", "uk",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("ЄС відклав рішення щодо заморожених активів до моменту, коли Бельгія погодиться.", "uk",
     set()),
    ("Кремль відклав відповідь на американський план до моменту, коли отримає всі документи.", "uk",
     set()),
    ("Трамп відкладає зустріч із Путіним і Зеленським до моменту, коли угода буде остаточною.", "uk",
     {("Donald Trump", "talks_format", "conditional")}),
    # «нельзя» before or after the phrase states a norm
    ("Лавров заявил, что границы нельзя менять силой.", "ru",
     {("Sergei Lavrov", "territory_recognition", "oppose")}),
    ("Лавров заявил, что нельзя признавать аннексию Крыма.", "ru",
     {("Sergei Lavrov", "territory_recognition", "oppose")}),
    ("Лавров заявил, что Украине нельзя выводить войска из Донбасса.", "ru",
     {("Sergei Lavrov", "troop_withdrawal_donbas", "oppose")}),
    # attempts to seize stay a threat, and Russia's own (Kyiv saying Russia will go on is no position of Kyiv's);
    # attempts to change borders are what others try
    ("Zelensky said Russia will continue attempts to seize Donbas by force.", "en", set()),
    ("Мерц заявил, что Европа никогда не признает попытки менять границы силой.", "ru",
     set()),
    # a plural noun before the verb is its subject, so «сторони» after it is whom it urges
    ("Посредники призвали стороны согласиться на прекращение огня.", "ru",
     set()),
    ("У Женеві пройшли переговори. Мирний план підтримали обидві сторони.", "uk",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    # the risks of the loan itself are the term
    ("EU leaders are discussing using frozen Russian assets for a loan to Ukraine. Belgium insisted that other members share the risks of the loan.", "en",
     {("Belgium", "frozen_assets", "conditional")}),
    ("Лідери ЄС обговорюють використання заморожених російських активів. Бельгія вимагає, щоб інші країни розділили ризики кредиту.", "uk",
     {("Belgium", "frozen_assets", "conditional")}),
    ("Посередники закликали сторони погодитися на припинення вогню.", "uk",
     set()),
    # talks in a city someone was sent to; force changes borders only when borders are named
    ("Zelensky sent Umerov to Geneva for talks. Both delegations backed the updated peace plan.", "en",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("Zelensky said borders must not be changed by force.", "en",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
])
def test_the_figure_postpone_and_norm_rules_stay_within_their_reach(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # pressing another side for an answer on a plan, or to accept or build on it, backs the plan
    ("Washington pressed Kyiv for a quick answer on a U.S. peace plan.", {("United States", "peace_plan_overall", "support")}),
    ("The Trump administration is pressing both Kyiv and Moscow to build on the peace framework.",
     {("United States", "peace_plan_overall", "support")}),
    # (pressing on with an offensive presses nobody)
    ("Russian forces pressed on with their offensive in Donbas.", set()),
])
def test_pressing_another_side_to_accept_a_plan_backs_it(text, expected):
    assert stances(text, "en") == expected


def test_pattern_prefix_and_part_of_speech():
    pattern = compile_pattern("санкці*", "x")
    words = _keys(["зняття", "санкцій"])
    assert [(m.start, m.end) for m in match_patterns([pattern], words, words, ["NOUN", "NOUN"])] == [(1, 2)]
    noun = compile_pattern("plan:NOUN", "x")
    assert match_patterns([noun], ["plan"], ["plans"], ["VERB"]) == []
    assert len(match_patterns([noun], ["the", "plan"], ["the", "plan"], ["DET", "VERB"])) == 1  # after a determiner


def test_lexicon_rejects_an_unknown_language():
    with pytest.raises(ValueError, match="'uk', 'en' or 'ru'"):
        load_lexicon("de")


def test_a_plan_as_clause_subject_speaks_for_its_proposer_and_prohibitive_verbs_flip_the_issue():
    found = stances("The plan would cap Ukraine's armed forces at 600,000 troops and bar Kyiv from joining NATO.", "en")
    assert found == {("United States", "army_size_cap", "support"), ("United States", "nato_renunciation", "support")}


def test_otherwise_is_a_condition_of_its_own():
    found = stances("Путін заявив, що бойові дії припиняться лише тоді, коли українські війська вийдуть з Донбасу. "
                    "Інакше, за його словами, Росія досягне цього силою.")
    assert found == {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support"),
                     ("Vladimir Putin", "military_pressure", "conditional")}


def test_speech_verb_followed_by_a_clause_keeps_the_content_on_the_right():
    found = stances("Putin has kept up the pressure. In an interview aired on Thursday, he said Russia would take the "
                    "Donbas by force unless Ukrainian troops withdrew from it.", "en")
    assert found == {("Vladimir Putin", "military_pressure", "conditional"),
                     ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_a_gerund_clause_ends_the_scope_of_the_cue_before_it():
    assert stances("EU leaders agreed to lend Ukraine 90 billion euros, setting aside a plan to use frozen Russian "
                   "assets.", "en") == set()


def test_a_denied_demand_is_no_position():
    assert stances("Zelensky said the United States had made no such demand on a withdrawal of troops.", "en") == set()


def test_bare_otherwise_is_a_condition_that_leaves_the_clause_alone():
    found = stances("Путін вимагає, щоб ЗСУ вийшли з Донбасу. Він погрожував, що інакше Росія забере Донбас силою.")
    assert found == {("Vladimir Putin", "troop_withdrawal_donbas", "support"),
                     ("Vladimir Putin", "military_pressure", "conditional")}


# -- general rules for recall: conditions that follow, compromise, denial, embedded clauses -----------
def test_a_condition_in_the_next_sentence_qualifies_the_stance_before_it_and_its_echo():
    # 2025-12-10-ua-tv-elections: the condition comes as a sentence of its own, and «У такому разі»
    # repeats it for the issue named again
    text = ("Глава держави Володимир Зеленський поспілкувався з журналістами. Він заявив, що готовий до виборів. "
            "Але лише за умови, що Сполучені Штати разом з європейськими партнерами допоможуть гарантувати безпеку "
            "голосування. У такому разі, за словами президента, Україна зможе провести вибори протягом 60–90 днів.")
    article = _article(text)
    found = extract_article_stances(article, annotate_text(text, "uk"))
    assert [(s.actor, s.issue, s.polarity, s.evidence[:20]) for s in found] == [
        ("Volodymyr Zelensky", "elections", "conditional", "Він заявив, що готов"),
        ("Volodymyr Zelensky", "elections", "conditional", "Але лише за умови, щ"),
        ("Volodymyr Zelensky", "elections", "conditional", "У такому разі, за сл")]
    assert {s.condition for s in found} == {
        "Сполучені Штати разом з європейськими партнерами допоможуть гарантувати безпеку голосування"}
    # without the restrictive «лише» / «Але» a sentence-initial condition is not a follow-up
    assert stances("Зеленський заявив, що готовий до виборів. Якщо війна триватиме, голосування буде неможливим.") == {
        ("Volodymyr Zelensky", "elections", "support")}


def test_no_compromise_on_the_regions_is_support_for_the_side_that_gains_and_opposition_for_the_other():
    # negative concord («не піде на жодні компроміси») is one negation
    assert stances("Рябков заявив, що Росія не піде на жодні компроміси щодо Криму.") == {
        ("Sergei Ryabkov", "territory_recognition", "support")}
    assert stances("Зеленський заявив, що Україна не піде на компроміс щодо Донбасу.") == {
        ("Volodymyr Zelensky", "territory_recognition", "oppose")}
    found = stances("On Tuesday, Deputy Foreign Minister Sergei Ryabkov said Russia would not accept NATO troops in "
                    "Ukraine in any form and would make no compromise on Crimea, Donetsk, Luhansk, Zaporizhzhia and "
                    "Kherson.", "en")
    assert found == {("Sergei Ryabkov", "foreign_troops_deployment", "oppose"),
                     ("Sergei Ryabkov", "territory_recognition", "support")}


def test_his_country_is_the_state_of_the_person_named_in_the_same_sentence():
    s = one("Дональд Трамп виступив у Вашингтоні. Сьогодні заступник міністра закордонних справ Росії Сергій Рябков "
            "заявив, що його країна не погодиться на війська НАТО в Україні в жодній формі.")
    assert (s.actor, s.issue, s.polarity) == ("Sergei Ryabkov", "foreign_troops_deployment", "oppose")


def test_a_relative_clause_closed_before_the_cue_does_not_hide_the_subject():
    s = one("Chancellor Friedrich Merz, who hosted the talks, called the American guarantees remarkable.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Friedrich Merz", "security_guarantees", "support")


def test_denied_existence_in_reported_speech_is_the_speakers_opposition():
    s = one("Речник Кремля Дмитро Пєсков також сьогодні дав зрозуміти, що різдвяного перемир'я не буде.")
    assert (s.actor, s.issue, s.polarity) == ("Dmitry Peskov", "ceasefire", "oppose")


def test_what_it_is_about_is_the_speakers_position():
    found = stances("Зеленський прибув до Берліна. Він уточнив, що йдеться про двосторонні \"Article 5-like\" "
                    "гарантії від США.")
    assert found == {("Volodymyr Zelensky", "security_guarantees", "support")}


def test_a_verdict_on_some_parts_is_no_stance_on_the_whole_plan():
    assert stances("Помічник путіна Юрій Ушаков прибув. Окремі частини американського документа він оцінив "
                   "позитивно.") == set()
    assert stances("Помічник путіна Юрій Ушаков прибув. Американський документ він оцінив позитивно.") == {
        ("Yuri Ushakov", "peace_plan_overall", "support")}


@pytest.mark.parametrize("text, language", [
    # the part is named inside the issue phrase itself («частину американських ідей»)
    ("Частину американських ідей у Кремлі схвалили, решту відкинули.", "uk"),
    ("Отдельные положения американского плана в Кремле одобрили.", "ru"),
    ("Moscow accepted some American ideas but rejected others.", "en"),
])
def test_a_verdict_on_a_part_named_with_the_plan_is_no_stance_on_it(text, language):
    assert not any(i == "peace_plan_overall" for a, i, p in stances(text, language))


@pytest.mark.parametrize("text, language", [
    ("Путін заявив, що американські ідеї можуть лягти в основу врегулювання.", "uk"),
    ("Путин заявил, что американские идеи могут быть положены в основу урегулирования.", "ru"),
])
def test_a_partys_ideas_name_its_plan(text, language):
    assert stances(text, language) == {("Vladimir Putin", "peace_plan_overall", "support")}


def test_a_parenthetical_word_does_not_cut_the_clause_off_its_negation():
    # «він, мовляв, не бачить»: «мовляв» between commas opens no clause, so «не бачить» still denies the readiness
    found = stances("Готовності Києва до обміну територіями Путін, мовляв, не бачить.")
    assert ("Ukraine", "territory_recognition", "oppose") in found
    assert ("Ukraine", "territory_recognition", "support") not in found


@pytest.mark.parametrize("text, language", [
    ("Ідею такого перемир'я обстоюють Київ і європейські партнери.", "uk"),  # subjects after the verb
    ("Идею праздничного перемирия продвигают Киев и европейцы.", "ru"),
    ("Moscow ruled out a holiday truce, a pause that Kyiv and European governments have floated.", "en"),
])
def test_coordinated_holders_hold_the_position_together(text, language):
    found = {a for a, i, p in stances(text, language) if (i, p) == ("ceasefire", "support")}
    assert found == {"Ukraine", "Europe"}


def test_a_reduced_relative_names_its_agents_after_by():
    # "an idea put forward by X": a past participle right after a noun is a passive without «be»
    found = stances("The truce was an idea put forward by Ukraine and the Europeans.", "en")
    assert found == {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Трамп закликав негайно припинити вогонь. Наступного дня Київ підтримав цей заклик.", "uk"),
    ("Трамп призвал к немедленному прекращению огня. На следующий день Киев поддержал этот призыв.", "ru"),
])
def test_a_demonstrative_call_points_back_to_the_issue_called_for(text, language):
    assert ("Ukraine", "ceasefire", "support") in stances(text, language)


@pytest.mark.parametrize("text, language", [
    ("Якщо ж Київ від плану відмовиться, то російська армія, як пригрозив Путін, наступатиме далі.", "uk"),
    ("Если Киев откажется от плана, российская армия будет наступать дальше, пригрозил Путин.", "ru"),
])
def test_advancing_further_is_military_pressure(text, language):
    s = one(text, language)
    assert (s.actor, s.issue, s.polarity) == ("Vladimir Putin", "military_pressure", "conditional")


def test_open_is_a_stance_only_when_open_to_something():
    # «відкриті питання»: questions still open are on the table, nobody is "open to" them
    assert stances("Зеленський розповів, що відкритими залишаються питання гарантій безпеки.") == set()
    assert ("Russia", "talks_format", "support") in stances("Москва открыта к прямым переговорам с Киевом.", "ru")


def test_terms_named_after_readiness_make_it_conditional():
    s = one("Російський диктатор заявив, що готовий завершити війну на принципах, які він виклав у червні 2024 року.")
    assert (s.actor, s.issue, s.polarity) == ("Vladimir Putin", "ceasefire", "conditional")
    assert s.condition == "на принципах, які він виклав у червні 2024 року"


def test_giving_up_the_rest_of_donetsk_is_the_withdrawal_issue():
    s = one("Kyiv has refused to give up the parts of the Donetsk region its forces still hold.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Ukraine", "troop_withdrawal_donbas", "oppose")


def test_that_after_a_noun_points_back_to_the_issue_it_names():
    found = stances("Kremlin spokesman Dmitry Peskov said European participation boded ill for the talks and ruled out a "
                    "Christmas truce, a pause that Kyiv and European goverments have floated.", "en")
    assert found == {("Dmitry Peskov", "ceasefire", "oppose"), ("Ukraine", "ceasefire", "support")}


def test_several_people_of_one_side_hold_a_stance_as_their_side_and_are_they():
    # "supported by the United States" is a circumstance: it neither holds nor ends the scope of "endorsed"
    found = stances("That evening, Merz, President Emmanuel Macron of France, Prime Minister Keir Starmer of Britain and "
                    "other European leaders issued a statement backing a Ukrainian army of 800,000 in peacetime. They "
                    "also endorsed a multinational force led by Europeans and supported by the United States, drawn "
                    "from the coalition of the willing and able to operate inside Ukraine, as well as U.S.-led "
                    "monitoring of a ceasefire.", "en")
    assert found == {("Europe", "army_size_cap", "support"), ("Europe", "foreign_troops_deployment", "support"),
                     ("Europe", "ceasefire", "support")}


def test_a_verb_cue_used_as_a_noun_after_a_possessive_is_no_verb_and_some_is_a_part():
    assert stances("For years, Ukraine has asked Washington for something close to NATO's mutual-defense promise.",
                   "en") == {("Ukraine", "security_guarantees", "support")}
    assert stances("Zelensky discussed security guarantees. Kremlin aide Yuri Ushakov said that Moscow accepted some "
                   "American ideas but rejected others.", "en") == set()


def test_expressing_reservations_is_opposition_of_the_subject():
    found = stances("Єврокомісія пропонує використати заморожені російські активи. Бельгія, де зберігається більшість "
                    "цих коштів, досі висловлювала застереження щодо такого рішення.")
    assert ("Belgium", "frozen_assets", "oppose") in found


def test_an_issue_match_across_a_descriptive_relative_clause_is_no_match():
    found = stances("Крім того, план передбачає, що з решти Донеччини, яку окупанти досі не захопили, українські "
                    "війська вийдуть, а там утвориться демілітаризована буферна зона.")
    assert found == {("United States", "troop_withdrawal_donbas", "support")}


def test_a_plan_named_by_its_purpose_states_no_stance_on_that_purpose():
    # «план завершення війни», "a plan to end the war": the name of the plan, not a ceasefire position
    assert stances("Міністр армії США Ден Дрісколл передав президенту Володимиру Зеленському американський план "
                   "завершення війни. Трамп підтримує план завершення війни.") == {
        ("Donald Trump", "peace_plan_overall", "support")}


def test_no_negates_and_a_second_predicate_has_its_own_scope():
    # «no» is a negation word (quoted in the YAML, where a bare no would read as false)
    assert stances("Russia would accept no foreign troops in Ukraine.", "en") == {
        ("Russia", "foreign_troops_deployment", "oppose")}


def test_no_readiness_in_kyiv_is_kyivs_opposition_reported_by_the_speaker():
    s = one("He said he saw no readiness in Kyiv to compromise on territory, although he noted some signals.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Ukraine", "territory_recognition", "oppose")


def test_a_cue_inside_an_indirect_question_is_no_stance():
    assert stances("Zelensky received the plan. He did not say which of its provisions Ukraine could accept.", "en") == set()
    # after a preposition: «на яких умовах готові …» says that there are terms, not what they are
    assert stances("У Кремлі дали зрозуміти, на яких умовах готові прийняти американський мирний план.") == set()


def test_a_subject_before_a_parenthetical_keeps_its_speech_verb_and_the_american_plan_is_a_plan():
    s = one("Vladimir Putin, for his part, said on Friday that the American plan could serve as the basis for a final "
            "settlement, though it had not been discussed with Moscow in substance.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Vladimir Putin", "peace_plan_overall", "support")


def test_an_anaphor_a_few_words_after_the_cue_points_back():
    found = stances("U.S. Army Secretary Dan Driscoll delivered Washington's new plan for ending the war in Ukraine to "
                    "President Volodymyr Zelensky in Kyiv on Thursday, and the Ukrainian leader said his country was "
                    "ready to work on it.", "en")
    assert found == {("Volodymyr Zelensky", "peace_plan_overall", "support")}


def test_the_plans_content_goes_on_in_the_next_sentence_with_a_modal():
    found = extract_article_stances(_article(
        "За словами Зеленського, проєкт передбачає, що Збройні сили України в мирний час налічуватимуть 800 тисяч "
        "військових. Україна також має отримати гарантії безпеки, подібні до статті 5 Північноатлантичного договору. "
        "Зеленський прибув до Берліна. Україна має отримати гарантії безпеки."), annotate_text(
        "За словами Зеленського, проєкт передбачає, що Збройні сили України в мирний час налічуватимуть 800 тисяч "
        "військових. Україна також має отримати гарантії безпеки, подібні до статті 5 Північноатлантичного договору. "
        "Зеленський прибув до Берліна. Україна має отримати гарантії безпеки.", "uk"), learned=False)
    # only the sentence right after the plan's content continues it
    assert [(s.actor, s.issue, s.evidence[:12]) for s in found] == [
        ("United States", "army_size_cap", "За словами З"), ("United States", "security_guarantees", "Україна тако")]


def test_a_subject_relative_clause_takes_its_antecedent_as_holder():
    s = one("Driscoll's visit came a day after Zelensky held talks in Ankara with Turkish President Tayyip Erdogan, who "
            "urged a revival of the Istanbul negotiating process between Kyiv and Moscow.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Recep Tayyip Erdoğan", "talks_format", "support")


def test_denied_readiness_of_the_other_side_and_wanting_no_part():
    s = one("За словами Путіна, готовності Києва до поступок щодо територій він не бачить, хоча певні сигнали, "
            "зазначив він, є.")
    assert (s.actor, s.issue, s.polarity) == ("Ukraine", "territory_recognition", "oppose")
    s = one("By Tuesday, Moscow had made clear it wanted no part of the security guarantees.", "en")
    assert (s.actor, s.issue, s.polarity) == ("Russia", "security_guarantees", "oppose")


def test_a_threat_in_reported_speech_needs_no_modal_and_a_conditional_concession_demands_nothing_else():
    assert stances("Путін заявив, що російські війська продовжать наступ.") == {
        ("Vladimir Putin", "military_pressure", "support")}
    # «ready to drop the NATO bid if given guarantees» carries only the conditional stance (the seed's convention)
    s = one("Zelensky said Ukraine could drop its NATO bid in return for binding security guarantees.", "en")
    assert (s.actor, s.issue, s.polarity, s.condition) == (
        "Volodymyr Zelensky", "nato_renunciation", "conditional", "binding security guarantees")


def test_an_issue_word_inside_a_circumstance_phrase_is_no_issue():
    # "within the framework of" names no plan
    assert stances("Putin said Russia was ready to talk within the framework of the Istanbul process.", "en") == set()
    assert stances("Rubio said the United States backed the updated framework.", "en") == {
        ("Marco Rubio", "peace_plan_overall", "support")}


def test_issue_words_need_their_issue_sense_not_a_prefix_or_a_generic_noun():
    # «cap*» also matched 'capabilities'; «актив*» matched «активно»; a bare 'nuclear power plant' is any plant;
    # 'summit' alone is any summit; «налічує ... тисяч» needs the army as what is counted.
    assert stances("Russia wants to expand its military capabilities, Putin said.", "en") == set()
    assert stances("Moscow wants to cap Ukraine's army at 600,000 troops.", "en") == {("Russia", "army_size_cap", "support")}
    assert stances("Зеленський заявив, що Україна готова активно працювати з російськими партнерами.") == set()
    assert stances("ЄС готовий використати заморожені російські активи.") == {("European Union", "frozen_assets", "support")}
    assert stances("Trump said he wants the Kursk nuclear power plant to be safe.", "en") == set()
    assert stances("Washington proposes that the Zaporizhzhia nuclear power plant be run jointly.", "en") == {
        ("United States", "zaporizhzhia_npp", "support")}
    assert stances("Lavrov said the EU summit in Brussels should support Hungary.", "en") == set()
    assert stances("Peskov said the Kremlin would welcome a summit between Putin and Zelensky.", "en") == {
        ("Dmitry Peskov", "talks_format", "support")}
    assert stances("Зеленський заявив, що підтримує ідею, адже місто налічує 20 тисяч мешканців.") == set()
    assert stances("Росія вимагає, щоб армія України налічувала не більше 600 тисяч.") == {("Russia", "army_size_cap", "support")}


def test_attitude_words_in_their_attitude_sense_only():
    # a reporter's question is no request; 'back' as an adverb is no backing; the political opposition is no objection
    assert stances("Asked about the peace plan on Friday, Zelensky said nothing new.", "en") == set()
    assert stances("For years, Ukraine has asked Washington for something close to NATO's mutual-defense promise.", "en") == {
        ("Ukraine", "security_guarantees", "support")}
    assert stances("Ukraine backs a ceasefire.", "en") == {("Ukraine", "ceasefire", "support")}
    assert stances("Hungary's opposition to the reparations loan has not changed.", "en") == {("Hungary", "frozen_assets", "oppose")}
    assert stances("Ukraine's opposition is split over the elections.", "en") == set()
    assert stances("The Hungarian opposition leader spoke about the ceasefire.", "en") == set()


def test_naming_two_regions_or_a_vote_is_not_yet_an_issue():
    # listing Zaporizhzhia and Kherson is no territorial claim; an EU or parliamentary 'vote' is no election in Ukraine
    assert stances("Зеленський заявив, що Україна готова відновлювати енергетику в Запорізькій та Херсонській областях.") == set()
    assert stances("Zelensky said Ukraine is ready to rebuild power lines in Zaporizhzhia and Kherson.", "en") == set()
    assert stances("Hungary wants an EU vote on the loan next week.", "en") == set()
    assert stances("Orban said Hungary will block the vote on the reparations loan.", "en") == {("Viktor Orbán", "frozen_assets", "oppose")}
    assert stances("Zelensky said Ukraine is ready for elections.", "en") == {("Volodymyr Zelensky", "elections", "support")}


def test_a_bare_plan_or_document_names_the_peace_plan_only_after_the_article_named_it():
    assert stances("Зеленський заявив, що Україна підтримує план відновлення енергетики.") == set()
    assert stances("США представили мирний план. Зеленський заявив, що Україна підтримує план.") == {
        ("Volodymyr Zelensky", "peace_plan_overall", "support")}
    assert stances("Brussels published its budget framework. Orban said Hungary rejects the document.", "en") == set()
    assert stances("The White House said President Donald Trump backs the American plan.", "en") == {
        ("Donald Trump", "peace_plan_overall", "support")}


def test_bare_guarantees_are_security_guarantees_only_after_the_article_named_them():
    # Belgium's guarantees for the reparations loan are financial, not security guarantees
    assert stances("Belgium demanded guarantees that it would not bear the loan risk alone.", "en") == set()
    assert stances("Бельгія вимагає гарантій, що не нестиме ризиків за кредитом сама.") == set()
    assert stances("Ukraine wants security guarantees. Zelensky said the guarantees must be approved by Congress.", "en") == {
        ("Ukraine", "security_guarantees", "support"), ("Volodymyr Zelensky", "security_guarantees", "support")}
    assert stances("Україна хоче гарантій безпеки від партнерів.") == {("Ukraine", "security_guarantees", "support")}


def test_troops_from_somewhere_are_not_foreign_troops_unless_deployed():
    # 'troops from' also names Ukraine's own troops leaving a place; a deployment verb names the foreign force
    assert ("Russia", "foreign_troops_deployment", "support") not in stances(
        "Russia wants Ukrainian troops from the Kursk region to surrender.", "en")
    assert stances("Russia rejects the deployment of troops from Britain and France.", "en") == {
        ("Russia", "foreign_troops_deployment", "oppose")}


# -- several parties holding one position -----------------------------------------------------------
def test_coordinated_subject_of_a_plural_verb_gives_each_party_the_stance():
    found = stances("Вашингтон і Київ підтримали негайне припинення вогню на нинішній лінії фронту.")
    assert ("United States", "ceasefire", "support") in found
    assert ("Ukraine", "ceasefire", "support") in found


def test_plural_pronoun_after_a_joint_act_refers_to_its_parties():
    text = ("У вівторок Віткофф і Умєров провели переговори у Маямі. "
            "За їхніми словами, вони підтримують негайне припинення вогню.")
    found = stances(text)
    assert {a for a, i, p in found if i == "ceasefire" and p == "support"} == {"Steve Witkoff", "Rustem Umerov"}
    # («сторони» are the countries the two speak for: see test_the_sides_of_talks_between_envoys_…)
    found = stances(text.replace("вони підтримують", "сторони підтримують"))
    assert {a for a, i, p in found if i == "ceasefire" and p == "support"} == {"United States", "Ukraine"}


def test_collective_noun_refers_to_the_parties_of_the_previous_sentence():
    text = ("Rubio and Ukraine's negotiators met in Geneva on Sunday. "
            "Both sides said they rejected any freeze of the war without security guarantees.")
    found = stances(text, "en")
    holders = {a for a, i, p in found if i == "security_guarantees"}
    assert {"United States", "Ukraine"} <= holders  # (the sides: the countries Rubio and the negotiators speak for)


def test_comitative_people_join_the_subject_and_three_of_one_side_hold_as_their_side():
    text = ("Зеленський разом із Мерцом, Макроном і Стармером оприлюднили спільну заяву. "
            "Підписанти зазначили, що підтримують негайне припинення вогню.")
    found = stances(text)
    assert {a for a, i, p in found if i == "ceasefire"} == {"Volodymyr Zelensky", "Europe"}


def test_collective_noun_without_a_joint_act_before_it_holds_nothing():
    # no parties named: «учасники» of what, is not in the text
    assert stances("Учасники підтримали негайне припинення вогню.") == set()


def test_singular_verb_makes_no_joint_subject():
    # «Мерц» is the subject; «з Макроном» is his companion only with a plural verb or «разом із»
    found = stances("Мерц після зустрічі з Макроном підтримав негайне припинення вогню.")
    assert found == {("Friedrich Merz", "ceasefire", "support")}


def test_prohibitive_inside_an_issue_phrase_flips_it():
    found = stances("Лідери Європи наголосили, що кордони не можна змінювати силою.")
    assert ("Europe", "territory_recognition", "oppose") in found
    assert not any(i == "military_pressure" for a_, i, p in found)  # the force is part of the border phrase


def test_content_before_a_dash_that_the_speech_verb_points_back_to():
    text = "Того ж дня зібралася коаліція охочих. Кордони не можна змінювати силою — на цьому учасники наголосили окремо."
    assert stances(text) == {("Coalition of the willing", "territory_recognition", "oppose")}


# -- bare titles and the case of names -----------------------------------------------------------------
def test_bare_title_stands_for_the_person_with_that_title_named_last():
    text = ("Канцлер Німеччини Фрідріх Мерц прибув до Києва. "
            "За словами канцлера, Європа підтримує розміщення військ в Україні.")
    found = stances(text)
    assert ("Friedrich Merz", "foreign_troops_deployment", "support") in found


def test_bare_title_with_nobody_named_before_holds_nothing():
    assert stances("За словами канцлера, Європа підтримує розміщення військ в Україні.") == {
        ("Europe", "foreign_troops_deployment", "support")}


def test_english_bare_title_needs_the_article():
    text = "Chancellor Friedrich Merz spoke in Berlin. The chancellor said he rejected any ceasefire on Russia's terms."
    assert ("Friedrich Merz", "ceasefire", "oppose") in stances(text, "en")


def test_surname_written_as_its_dictionary_form_is_a_subject():
    # the dictionary reads «Рябков» as a genitive plural; written as the alias it is the subject
    assert ("Sergei Ryabkov", "foreign_troops_deployment", "oppose") in stances(
        "Замглавы МИД Сергей Рябков исключил присутствие войск НАТО на Украине.", "ru")


def test_reference_after_a_closed_prepositional_phrase_holds_the_stance():
    found = stances("Від курсу в НАТО глава держави готовий відмовитися лише в обмін на гарантії безпеки.")
    assert ("Volodymyr Zelensky", "nato_renunciation", "conditional") in found


# -- agreement, consent, 'otherwise', comitatives, the enemy ---------------------------------------------
def test_multiword_otherwise_makes_a_threat_conditional():
    st = one("В противном случае, подчеркнул Путин, Россия добьется освобождения Донбасса военным путем.", "ru")
    assert (st.actor, st.issue, st.polarity, st.condition) == (
        "Vladimir Putin", "military_pressure", "conditional", "В противном случае")


def test_agreeing_is_support_and_failing_to_agree_is_no_stance():
    assert stances("Лідери коаліції охочих домовилися створити робочу групу щодо гарантій безпеки для України.") == {
        ("Coalition of the willing", "security_guarantees", "support")}
    assert stances("Лідери ЄС так і не домовилися про кредит за рахунок заморожених російських активів.") == set()


def test_consent_withheld_in_the_genitive_is_opposition():
    assert stances("Бельгія досі не дає згоди на використання заморожених російських активів.") == {
        ("Belgium", "frozen_assets", "oppose")}


def test_comitative_joins_parties_even_with_a_singular_verb():
    found = stances("Зеленський разом із європейськими лідерами висловився за використання заморожених активів рф.")
    assert found == {("Volodymyr Zelensky", "frozen_assets", "support"), ("Europe", "frozen_assets", "support")}


def test_the_enemy_in_ukrainian_news_is_russia():
    found = stances("Зеленський заявив, що ворог відкидає будь-яке припинення вогню.")
    assert ("Russia", "ceasefire", "oppose") in found
    assert not any(a == "Volodymyr Zelensky" and i == "ceasefire" for a, i, p in found)


def test_demonstrative_with_a_noun_of_its_own_does_not_point_back_at_an_issue():
    text = "Трамп назвав четвер слушним часом для угоди щодо мирного плану. Рубіо не виключив, що цей термін може зсунутися."
    assert not any(a == "Marco Rubio" for a, i, p in stances(text))


def test_demonstrative_with_a_report_noun_points_back_at_its_issue():
    text = ("Ранее СМИ писали о трехсторонней встрече России, США и Украины. "
            "Юрий Ушаков отверг эти сообщения.")
    assert ("Yuri Ushakov", "talks_format", "oppose") in stances(text, "ru")


# -- statements, agreement of number, group heads ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Віткофф і Умєров оприлюднили спільну заяву. У заяві йдеться про негайне припинення вогню.",
    # «виклали у спільній заяві X та Y»: the subject follows the verb and the statement
    "Позицію щодо обміну полоненими виклали у спільній заяві Віткофф та Умєров. "
    "У заяві йдеться про негайне припинення вогню.",
    # a bare «документ» after a statement, and no plan since, is that statement
    "Віткофф і Умєров оприлюднили спільну заяву. У документі наголошено, що вогонь слід припинити негайно.",
])
def test_a_statement_holds_what_its_authors_hold(text):
    found = stances(text)
    assert {a for a, i, p in found if i == "ceasefire" and p == "support"} == {"Steve Witkoff", "Rustem Umerov"}


def test_a_statement_with_no_authors_named_holds_nothing():
    assert stances("У заяві йдеться про негайне припинення вогню.") == set()


def test_the_subject_not_the_statement_it_speaks_in_holds_the_stance():
    found = stances("Мерц у спільній заяві висловився за використання заморожених активів рф.")
    assert found == {("Friedrich Merz", "frozen_assets", "support")}


def test_a_statement_as_subject_does_not_take_an_actor_after_it_as_author():
    # «Заява передбачає сили … за підтримки США»: the United States is inside the content, not its author
    found = stances("Заява передбачає негайне припинення вогню за підтримки США.")
    assert not any(a == "United States" for a, i, p in found)


@pytest.mark.parametrize("text, language", [
    ("Зеленський разом із низкою європейських лідерів оприлюднив спільну заяву. "
     "Підписанти також виступили за негайне припинення вогню.", "uk"),
    ("Zelensky and European leaders issued a joint statement. "
     "The signatories also backed an immediate ceasefire.", "en"),
])
def test_the_signatories_of_a_statement_are_its_authors(text, language):
    found = {a for a, i, p in stances(text, language) if i == "ceasefire" and p == "support"}
    assert found == {"Volodymyr Zelensky", "Europe"}


def test_a_bare_document_after_a_plan_is_the_plan():
    text = ("Віткофф і Умєров оприлюднили спільну заяву. "
            "Американський план передбачає скорочення армії України. "
            "Документ також передбачає негайне припинення вогню.")
    found = {a for a, i, p in stances(text) if i == "ceasefire"}
    assert "Rustem Umerov" not in found and "United States" in found


def test_an_impersonal_speech_form_speaks_for_the_statement():
    text = ("Віткофф і Умєров оприлюднили спільну заяву. "
            "У заяві наголошено, що кордони не можна змінювати силою.")
    holders = {a for a, i, p in stances(text) if (i, p) == ("territory_recognition", "oppose")}
    assert holders == {"Steve Witkoff", "Rustem Umerov"}


def test_euphonic_variants_match_the_same_pattern():
    # the lexicon writes «у разі»; «в разі» is the same words after a vowel
    u = one("Зеленський заявив, що Україна готова до виборів у разі припинення вогню.")
    v = one("Зеленський заявив, що Україна готова до виборів в разі припинення вогню.")
    assert (u.actor, u.issue, u.polarity) == (v.actor, v.issue, v.polarity) == ("Volodymyr Zelensky", "elections", "conditional")
    assert u.condition == v.condition == "припинення вогню"
    pattern = compile_pattern("у разі", language="uk")
    assert match_patterns([pattern], ["в", "раз"], ["в", "разі"], ["ADP", "NOUN"])
    ru = compile_pattern("у нас", language="ru")  # Russian «у» and «в» are different words
    assert not match_patterns([ru], ["в", "мы"], ["в", "нас"], ["ADP", "PRON"])


def test_one_person_is_not_the_subject_of_a_plural_verb():
    found = stances("Лідери коаліції охочих за участі Рубіо домовилися про гарантії безпеки для України.")
    assert ("Coalition of the willing", "security_guarantees", "support") in found
    assert not any(a == "Marco Rubio" for a, i, p in found)


def test_a_preposition_between_a_group_head_and_a_name_breaks_the_genitive():
    # «лідери разом із Канадою»: Canada joins the leaders, it is not whose leaders they are
    found = stances("Європейські лідери разом із Канадою підтримали негайне припинення вогню.")
    assert ("Europe", "ceasefire", "support") in found


def test_a_colon_after_a_clause_about_a_person_opens_their_words():
    text = ("Putin spoke in Bishkek on Thursday. "
            "He was blunt about the price: the fighting would end once Ukrainian troops leave the territory Russia claims.")
    found = stances(text, "en")
    assert ("Vladimir Putin", "ceasefire", "conditional") in found
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in found


def test_a_colon_in_a_list_of_documents_opens_nobody_s_words():
    assert stances("The teams worked on four documents: a peace plan and security guarantees.", "en") == set()


def test_the_authors_of_a_peace_plan_stand_behind_it_and_propose_what_it_contains():
    text = ("Мирний план, напрацьований українськими та американськими переговорниками, уже передали до Москви. "
            "Україна також має отримати гарантії безпеки.")
    found = stances(text)
    assert {a for a, i, p in found if i == "peace_plan_overall" and p == "support"} == {"Ukraine", "United States"}


def test_a_plan_agreed_with_someone_in_another_side_s_words_or_in_passing_names_no_authors():
    assert stances("Пєсков повідомив, що мирний план, погоджений американцями з Україною, надійшов до Москви.") == set()
    assert stances("Основні параметри мирного плану, погодженого американцями з Україною, передали Москві.") == set()


def test_the_sides_that_agreed_a_plan_stand_behind_it_and_its_content():
    found = stances("Мирний план із 20 пунктів, узгоджений українською та американською командами, передбачає "
                    "армію мирного часу у 800 тисяч військових.")
    assert {(a, i) for a, i, p in found if p == "support"} == {
        (a, i) for a in ("Ukraine", "United States") for i in ("peace_plan_overall", "army_size_cap")}
    found = stances("Мирный план из 20 пунктов, согласованный с американскими переговорщиками и уже переданный в "
                    "Москву, представил журналистам Владимир Зеленский.", "ru")
    assert ("United States", "peace_plan_overall", "support") in found
    assert not any(a == "Russia" for a, i, p in found)  # where it was sent is not who agreed it
    assert {a for a, i, p in stances("The peace plan, agreed between Kyiv and Washington, caps Ukraine's army at "
                                     "800,000 troops.", "en") if i == "peace_plan_overall"} == {"Ukraine", "United States"}


def test_english_plan_worked_out_by_two_sides():
    found = stances("The peace plan worked out by U.S. and Ukrainian negotiators was sent to Moscow.", "en")
    assert {a for a, i, p in found if i == "peace_plan_overall"} == {"United States", "Ukraine"}


# -- impersonal plurals, colons, predicative 'against', 'as soon as' -------------------------------------
def test_impersonal_plural_takes_its_holder_from_the_seat_of_power_it_names():
    found = stances("За словами Зеленського, у Вашингтоні пропонують інший варіант: українські війська вийдуть з Донбасу.")
    assert ("United States", "troop_withdrawal_donbas", "support") in found


def test_predicative_against_right_after_its_holder_is_opposition():
    assert ("Dmitry Peskov", "foreign_troops_deployment", "oppose") in stances(
        "Песков напомнил, что Москва против размещения на Украине иностранных войск.", "ru")
    assert stances("ЄС ухвалив нові санкції проти Росії.") == set()


def test_as_soon_as_is_a_condition_and_what_it_asks_is_demanded():
    text = ("Путін виступив у Бішкеку. Ціну Москви російський диктатор окреслив без натяків: бойові дії припиняться, "
            "щойно українські війська підуть з Донбасу.")
    found = stances(text)
    assert ("Vladimir Putin", "ceasefire", "conditional") in found
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in found


def test_giving_an_answer_is_not_giving_consent():
    assert stances("Трамп назвав четвер слушним часом, щоб Київ дав відповідь на американський мирний план.") == {
        ("Donald Trump", "peace_plan_overall", "support")}


def test_the_plant_after_the_zaporizhzhia_plant_is_named_is_the_same_issue():
    text = "Сторони обговорювали Запорізьку АЕС. Американці пропонують спільне управління станцією."
    assert ("United States", "zaporizhzhia_npp", "support") in stances(text)


def test_english_insistence_is_a_position_noun():
    assert ("Russia", "nato_renunciation", "support") in stances(
        "Moscow's insistence that Ukraine never join NATO also stands.", "en")


def test_a_place_name_closes_its_prepositional_phrase():
    found = stances("У Женеві європейці поклали на стіл власний контрпроєкт: армія України до 800 тисяч військових.")
    assert ("Europe", "army_size_cap", "support") in found


def test_a_plan_s_past_imperfective_content_is_a_superseded_version():
    text = "Перша редакція американського мирного плану передбачала вибори в Україні протягом 100 днів."
    assert not any(i == "elections" for a, i, p in stances(text))
    assert ("United States", "elections", "support") in stances(
        "Американський мирний план передбачає вибори в Україні протягом 100 днів.")


def test_no_readiness_in_russian_is_a_denied_readiness():
    found = stances("По оценке Путина, готовности Киева к уступкам по территориям нет.", "ru")
    assert ("Ukraine", "territory_recognition", "oppose") in found


def test_a_future_commitment_reported_by_another_side_is_the_subject_s_stance():
    st = one("Мерц висловив переконання, що США захищатимуть Україну так, ніби вона є територією НАТО.")
    assert (st.actor, st.issue, st.polarity, st.speaker) == ("United States", "security_guarantees", "support", "Friedrich Merz")


def test_english_attributive_name_is_not_the_speaker():
    text = ("Putin spoke in Moscow on Tuesday. Last Thursday he called the U.S.-Ukrainian draft a possible basis for "
            "agreements but said Russian forces would take Donbas by force unless Ukrainian troops withdrew from it.")
    found = stances(text, "en")
    assert ("Vladimir Putin", "military_pressure", "conditional") in found
    assert not any(a == "United States" for a, i, p in found)


def test_participants_after_an_organisation_met_are_that_organisation():
    text = "Того ж дня зібралася коаліція охочих. Учасники домовилися про гарантії безпеки для України."
    assert ("Coalition of the willing", "security_guarantees", "support") in stances(text)


def test_a_counter_proposal_marked_instead_keeps_the_issue_of_the_sentence_before():
    text = ("Для Запорізької АЕС Вашингтон пропонує спільне підприємство трьох країн. "
            "Київ натомість пропонує спільне українсько-американське підприємство.")
    assert ("Ukraine", "zaporizhzhia_npp", "support") in stances(text)


def test_instead_with_another_option_is_not_the_same_issue():
    text = ("Бельгія заблокувала використання заморожених російських активів. Натомість ЄС погодив інший варіант.")
    assert not any(a == "European Union" for a, i, p in stances(text))


def test_talks_between_two_sides_ending_with_agreement_give_both_the_stance():
    found = stances("Three days of talks between U.S. and Ukrainian negotiators in Miami ended on Saturday with agreement "
                    "on a framework of security arrangements.", "en")
    assert {a for a, i, p in found if i == "security_guarantees"} == {"United States", "Ukraine"}


def test_a_document_verb_in_a_relative_clause_after_the_peace_plan_is_its_proposer_s():
    text = ("Washington's peace plan was sent to Kyiv. Both are thorny items in the U.S.-drafted 28-point plan that "
            "leaked last week, which provides for elections within 100 days of a deal.")
    assert ("United States", "elections", "support") in stances(text, "en")


def test_a_relative_clause_after_other_proposals_is_not_the_plan_s_content():
    text = "Він попросив депутатів підготувати законодавчі пропозиції, які дозволили б провести вибори під час війни."
    assert not any(a == "United States" for a, i, p in stances(text))


# -- passives, pairs of sides, questions, places --------------------------------------------------------
def test_english_passive_names_its_holders_after_by():
    found = stances("A framework of security arrangements for Ukraine has been agreed by U.S. and Ukrainian negotiators.", "en")
    assert {a for a, i, p in found if i == "security_guarantees"} == {"United States", "Ukraine"}
    assert stances("A force supported by the United States would patrol the line.", "en") == set()


def test_two_sides_adjectives_on_one_group_noun_are_both_parties():
    found = stances("Американська й українська сторони працювали над гарантіями безпеки для України.")
    assert {a for a, i, p in found if i == "security_guarantees"} == {"United States", "Ukraine"}


def test_the_outlet_s_question_states_no_position():
    assert stances("Чи готовий Київ погодитися на виведення військ з Донбасу?") == set()


def test_a_place_with_no_side_is_not_a_speaker():
    found = stances("Європейці у Йоганнесбурзі наголошували, що армія України має налічувати 800 тисяч військових.")
    assert {a for a, i, p in found} <= {"Europe"}


def test_either_or_threat_is_conditional_and_demands_the_first_alternative():
    found = stances("Either Ukrainian troops leave the region or Russian forces will take it militarily, "
                    "Putin said in an interview aired on Thursday.", "en")
    assert ("Vladimir Putin", "military_pressure", "conditional") in found
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in found


def test_speech_verb_with_a_place_then_that_keeps_its_content_on_the_right():
    text = ("Ще в четвер очільник Кремля Володимир Путін заявив у Бішкеку, що бойові дії припиняться лише тоді, "
            "коли українські війська вийдуть з Донбасу.")
    assert ("Vladimir Putin", "ceasefire", "conditional") in stances(text)


def test_a_contrasting_clause_inside_reported_speech_has_its_own_scope():
    found = stances("Пєсков заявив, що участь європейців у переговорах нічого доброго не обіцяє, а різдвяного перемир'я не буде.")
    assert ("Dmitry Peskov", "ceasefire", "oppose") in found
    assert ("Dmitry Peskov", "ceasefire", "support") not in found


def test_a_demand_goes_on_past_a_contrasting_clause_it_governs():
    found = stances("Путін вимагає, щоб Україна не вступала до НАТО, а Крим і Донбас визнали російськими.")
    assert ("Vladimir Putin", "territory_recognition", "support") in found


def test_a_coordinated_clause_after_a_condition_does_not_reach_back_over_it():
    found = stances("Путін запевнив, що готовий завершити війну на принципах, які висунув раніше, "
                    "а готовності Києва поступитися територіями не бачить.")
    assert ("Ukraine", "territory_recognition", "oppose") in found
    assert ("Ukraine", "ceasefire", "oppose") not in found


def test_pulling_forces_out_is_a_withdrawal():
    assert stances("Moscow's insistence that Ukraine pull its forces out of the Donbas has not softened.", "en") == {
        ("Russia", "troop_withdrawal_donbas", "support")}


def test_a_verdict_on_amendments_to_the_plan_is_no_stance_on_the_plan():
    assert not any(i == "peace_plan_overall" for a, i, p in stances(
        "Путин заявил, что предложенные Европой поправки к американскому плану для России неприемлемы.", "ru"))


def test_failing_to_coordinate_is_no_stance_and_only_with_is_a_condition():
    found = stances("Кредит так и не согласовали: Бельгия соглашалась на использование замороженных активов лишь при "
                    "полном распределении рисков.", "ru")
    assert found == {("Belgium", "frozen_assets", "conditional")}


def test_could_consider_is_a_hedged_offer_not_a_discussion():
    found = stances("Путин допустил, что Россия могла бы рассмотреть прекращение огня.", "ru")
    assert ("Vladimir Putin", "ceasefire", "support") in found
    assert stances("Путин заявил, что Россия рассмотрит американские предложения о прекращении огня.", "ru") == set()


# -- regressions found in review --------------------------------------------------------------------------
def test_a_demand_in_reported_speech_stays_with_the_speaker():
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in stances(
        "Putin said that Ukraine must withdraw its troops from Donbas.", "en")


def test_two_people_of_one_side_refusing_to_compromise_support_the_proposition():
    found = stances("Путін і Лавров не підуть на жодні компроміси щодо Криму.")
    assert {(a, p) for a, i, p in found if i == "territory_recognition"} == {
        ("Vladimir Putin", "support"), ("Sergei Lavrov", "support")}


def test_several_speakers_never_appear_joined_in_the_speaker_column():
    article = _article("Зеленський і Мерц заявили, що Європа надасть гарантії безпеки.")
    found = extract_article_stances(article, annotate_text(article.text, "uk"))
    assert found and all(" + " not in (st.speaker or "") and " + " not in st.actor for st in found)


def test_english_joint_subject_in_the_present_tense():
    found = stances("Zelensky and Trump support the ceasefire proposal.", "en")
    assert {a for a, i, p in found if i == "ceasefire"} == {"Volodymyr Zelensky", "Donald Trump"}


def test_a_title_followed_by_a_genitive_is_someone_else():
    text = "Зеленський провів зустріч у Києві. Президент Фінляндії заявив, що підтримує припинення вогню."
    assert not any(a == "Volodymyr Zelensky" for a, i, p in stances(text))


def test_either_way_is_not_an_alternative():
    assert ("Russia", "troop_withdrawal_donbas", "support") in stances(
        "Either way, Russia demands a withdrawal of Ukrainian troops from Donbas.", "en")


def test_a_clause_with_its_own_verb_before_a_colon_opens_nobody_s_words():
    assert not any(a == "Volodymyr Zelensky" for a, i, p in stances(
        "Zelensky met Putin in Geneva: Ukraine will not withdraw its troops from Donbas.", "en"))


def test_a_parenthetical_speech_verb_reports_the_words_on_both_sides():
    found = stances("Бойові дії, заявив Путін, припиняться тоді, коли українські війська залишать Донбас.")
    assert ("Vladimir Putin", "ceasefire", "conditional") in found
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in found


def test_according_to_published_versions_of_the_text_is_the_plan_s_content():
    text = "The peace plan leaked. According to published versions of the text, Ukraine's army would be capped at 600,000."
    assert ("United States", "army_size_cap", "support") in stances(text, "en")


def test_a_relative_clause_between_subject_and_speech_verb_keeps_the_subject():
    found = stances("путін в інтерв'ю India Today, яке вийшло минулого четверга, пригрозив, що країна-агресорка "
                    "захопить регіон силою, якщо українські війська звідти не підуть.")
    assert ("Vladimir Putin", "military_pressure", "conditional") in found


def test_a_negated_verb_between_the_issue_words_negates_the_issue():
    assert stances("EU leaders said borders must not be changed by force.", "en") == {
        ("European Union", "territory_recognition", "oppose")}
    # a negated quantity is a limit, not a negation
    assert stances("Росія вимагає, щоб армія України налічувала не більше 600 тисяч.") == {
        ("Russia", "army_size_cap", "support")}


def test_the_negation_of_a_future_auxiliary_counts_once():
    # «не буде визнано»: the «не» of «не буде» is the negation; it is no denied existence on top of it
    assert stances("Київ заявив, що Крим не буде визнано російським.") == {("Ukraine", "territory_recognition", "oppose")}
    assert stances("Пєсков заявив, що не буде жодного перемир'я.") == {("Dmitry Peskov", "ceasefire", "oppose")}
    assert stances("Пєсков заявив, що перемир'я не буде.") == {("Dmitry Peskov", "ceasefire", "oppose")}


def test_a_seat_of_power_that_speaks_holds_its_states_position():
    assert stances("Київ заявив, що не визнає Крим російським.") == {("Ukraine", "territory_recognition", "oppose")}
    assert stances("Кремль заявив, що вимагає визнання Криму російським.") == {("Russia", "territory_recognition", "support")}


def test_work_on_an_issue_names_a_topic_not_a_position():
    assert stances("Трамп розпочав роботу з припинення війни.") == set()
    assert stances("Трамп підтримує припинення війни.") == {("Donald Trump", "ceasefire", "support")}


def test_security_arrangements_and_redrawn_borders_are_issue_words():
    assert stances("Зеленський заявив, що сторони погодили безпекові домовленості.") == {
        ("Volodymyr Zelensky", "security_guarantees", "support")}
    assert stances("Лідери ЄС наголосили, що не погодяться перекроювати кордони силою.") == {
        ("European Union", "territory_recognition", "oppose")}


def test_an_english_name_right_after_a_verb_is_its_object_not_the_holder():
    # English marks no case: "pressed Kyiv", "would bar Ukraine" are objects, the subject holds the position
    assert stances("Washington pressed Kyiv to accept the peace plan.", "en") == {
        ("United States", "peace_plan_overall", "support")}
    assert stances("The plan would bar Ukraine from joining NATO.", "en") == {
        ("United States", "nato_renunciation", "support")}
    # a speech verb reports the clause after it: "said Washington had proposed" keeps Washington the holder
    assert stances("Zelensky said the Americans proposed running the Zaporizhzhia nuclear power plant jointly.", "en") == {
        ("United States", "zaporizhzhia_npp", "support")}


@pytest.mark.parametrize("text, language", [
    ("Merz said that the United States would defend Ukraine as if it were NATO territory.", "en"),
    ("Мерц пошел еще дальше, заявив, что США защищали бы Украину так, словно она является территорией НАТО.", "ru"),
    ("Мерц пішов ще далі, заявивши, що США захищали б Україну так, ніби вона є територією НАТО.", "uk"),
])
def test_a_commitment_in_the_conditional_mood_is_held_by_the_other_side_it_reports(text, language):
    # "would"/«бы» is the future of the past in reported speech; a converb («заявивши») shares the subject of
    # its main clause; «США» does not inflect, so its dictionary case does not make it an object; "as if" is
    # a comparison, not a condition
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(s.actor, s.issue, s.polarity, s.condition, s.speaker) for s in found] == [
        ("United States", "security_guarantees", "support", None, "Friedrich Merz")]


@pytest.mark.parametrize("text, language, expected", [
    ("Бельгійський уряд був готовий підтримати використання заморожених російських активів лише за умови, що ризики "
     "розділять усі країни.", "uk", ("Belgium", "frozen_assets", "conditional")),
    ("Бельгийское правительство выступает против использования замороженных российских активов.", "ru",
     ("Belgium", "frozen_assets", "oppose")),
])
def test_a_states_adjective_on_its_government_stands_for_the_state(text, language, expected):
    assert stances(text, language) == {expected}


def test_frozen_money_and_funds_name_the_assets_and_the_scheme_points_back_to_them():
    assert ("Belgium", "frozen_assets", "oppose") in stances(
        "European officials want to borrow against the Russian central bank money frozen in Europe. The idea ran into "
        "Belgium's objections.", "en")
    assert ("Belgium", "frozen_assets", "oppose") in stances(
        "Brussels wants to lend Kyiv money backed by frozen Russian assets. The Belgian government has objected that the "
        "scheme would leave the country holding the risk.", "en")


def test_a_pronoun_after_a_blocking_preposition_does_not_block_the_issue():
    # «для» blocks «план для завершення війни»; in «надати для них майданчик» it only says for whom
    assert stances("Туреччина готова знову надати для них майданчик у Стамбулі.") == {("Turkey", "talks_format", "support")}


def test_a_time_phrase_closes_before_the_subject_after_it():
    # «глава держави» has no unambiguous case; after «У неділю» it is the subject, not part of the time phrase
    assert stances("Зеленський говорив про виведення військ. У неділю глава держави цей варіант відкинув.") >= {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}


def test_a_bare_diplomat_title_refers_to_the_diplomat_named_before():
    assert stances("Рябков прибув до Женеви. Пєсков говорив про інше. Жодних військ НАТО в Україні — ні в якій формі, "
                   "наголосив дипломат.") == {("Sergei Ryabkov", "foreign_troops_deployment", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    # a genitive subject of negation opening the clause is denied by the «не буде» that ends it
    ("Рябков заявив, що Росія не погодиться на війська НАТО. Компромісу щодо Криму та Херсонської області, за його "
     "словами, теж не буде.", "uk", ("Sergei Ryabkov", "territory_recognition", "support")),
    # concessions are the holder's own: Russia refusing them supports recognition, Ukraine refusing opposes it
    ("Путін заявив, що поступок щодо Криму та Херсонської області не буде.", "uk",
     ("Vladimir Putin", "territory_recognition", "support")),
    ("Зеленський заявив, що поступок щодо Криму та Херсонської області не буде.", "uk",
     ("Volodymyr Zelensky", "territory_recognition", "oppose")),
    ("Песков заявил, что уступок по Крыму не будет.", "ru", ("Dmitry Peskov", "territory_recognition", "support")),
])
def test_refused_concessions_are_signed_by_who_refuses_them(text, language, expected):
    assert expected in stances(text, language)


@pytest.mark.parametrize("text, language, expected", [
    ("Київ відмовився підтримати американський мирний план.", "uk", {("Ukraine", "peace_plan_overall", "oppose")}),
    ("Moscow refused to back the peace plan.", "en", {("Russia", "peace_plan_overall", "oppose")}),
    ("Moscow has rejected calls for a holiday pause in the fighting.", "en", {("Russia", "ceasefire", "oppose")}),
    ("Україна готова погодитися на перемир'я.", "uk", {("Ukraine", "ceasefire", "support")}),
    # a noun after the verb is another party's position: both stay
    ("Kyiv rejected the U.S. proposal to hold elections.", "en",
     {("Ukraine", "elections", "oppose"), ("United States", "elections", "support")}),
])
def test_an_attitude_word_whose_object_is_another_one_composes_with_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("The State Department said the two sides had agreed on a framework for security arrangements.", "en"),
    ("U.S. and Ukrainian negotiators agreed on a framework of security arrangements for Ukraine.", "en"),
])
def test_a_framework_of_an_issue_is_that_issue_not_the_peace_plan(text, language):
    found = stances("The peace plan was discussed. " + text, language)
    assert {issue for _, issue, _ in found} == {"security_guarantees"}


@pytest.mark.parametrize("text, language", [
    ("Временное прекращение огня, за которое выступают Киев и европейские столицы, приведет лишь к затягиванию конфликта.", "ru"),
    ("Путін говорив про перемир'я. Ідеться саме про паузу, яку пропонують Київ і європейські партнери.", "uk"),
    ("Паузу в боевых действиях киевский режим и его европейские покровители предлагают под предлогом референдума.", "ru"),
])
def test_coordinated_holders_of_a_pause_or_truce_in_relative_clauses(text, language):
    # «за которое выступают», «пауза, яку пропонують»: the relative clause's subjects, joined by «і»/«и» even
    # across «його»/«его», hold the ceasefire the noun before names
    assert {(a, i, p) for a, i, p in stances(text, language) if i == "ceasefire"} == {
        ("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Президент США Дональд Трамп вважає, що Україні настав час провести вибори.", "uk"),
    ("Трамп заявил, что Украине пора провести выборы.", "ru"),
    ("Trump said it was time for Ukraine to hold elections.", "en"),
])
def test_whom_it_is_time_for_is_not_who_says_so(text, language):
    assert stances(text, language) == {("Donald Trump", "elections", "support")}


@pytest.mark.parametrize("text, language", [
    ("Путін заявив, що Київ має погодитися на виведення військ з Донбасу.", "uk"),
    ("Рішення щодо Донбасу Київ, на думку Путіна, має ухвалити без зволікань, тобто вивести звідти війська.", "uk"),
])
def test_what_another_side_must_do_is_the_speakers_demand(text, language):
    assert stances(text, language) == {("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language", [
    ("Дональд Трамп 75 хвилин розмовляв телефоном із Путіним. Того ж дня він прийняв Зеленського. Ушаков переказав, що "
     "обидва президенти вважають тимчасове перемир'я способом затягнути війну.", "uk"),
    ("Трамп і Путін поговорили телефоном. Ушаков сказав, що обидва президенти вважають, що тимчасове перемир'я лише "
     "затягне війну.", "uk"),
    ("Donald Trump and Vladimir Putin both regard a temporary ceasefire as a way of dragging out the war.", "en"),
])
def test_both_presidents_and_a_measure_said_to_drag_out_the_war(text, language):
    # «обидва президенти» are the two presidents who acted last (not one received as a guest); a measure said to
    # prolong the war is opposed
    found = stances(text, language)
    assert {(a, p) for a, i, p in found if i == "ceasefire"} == {("Vladimir Putin", "oppose"), ("Donald Trump", "oppose")}


def test_a_journalists_hedge_in_a_later_clause_leaves_the_clause_before_it():
    text = ("Американський мирний план обговорюють. Президент Володимир Зеленський погодився працювати над документом, "
            "але попередив, що країні, можливо, доведеться обирати між гідністю та партнером.")
    assert ("Volodymyr Zelensky", "peace_plan_overall", "support") in stances(text)
    assert stances("Зеленський, ймовірно, погодиться працювати над мирним планом.") == set()


def test_a_demand_noun_reaches_past_its_relative_clause_to_the_dash():
    # «яку» opens the relative clause (its lemma is ambiguous); what follows the dash is the demand
    assert stances("Вимога кремля, яку там повторюють щоразу, — відмова України від членства в НАТО.") == {
        ("Russia", "nato_renunciation", "support")}


def test_a_possible_basis_is_support_in_russian_too():
    assert stances("Путин назвал американский мирный план возможной основой будущих договоренностей.", "ru") == {
        ("Vladimir Putin", "peace_plan_overall", "support")}


def test_a_statement_from_somewhere_is_issued_there():
    # «заявлений из европейских столиц» names who issued the statements, whoever the sentence is about
    text = ("Слова представителя Кремля прозвучали на фоне заявлений из европейских столиц. В совместном заявлении "
            "были поддержаны численность украинской армии в 800 тысяч человек и контроль за прекращением огня.")
    assert stances(text, "ru") == {("Europe", "army_size_cap", "support"), ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Trump hosted Zelensky at the White House. The president urged both armies to stop the fighting.", "en"),
    ("Трамп прийняв Зеленського в Білому домі. Президент закликав зупинити бойові дії на нинішній лінії фронту.", "uk"),
])
def test_a_bare_title_prefers_the_person_who_acted_over_the_one_received(text, language):
    assert stances(text, language) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Zelensky spoke in Kyiv. Russia, he said, wants to control the Zaporizhzhia nuclear power plant alone.", "en"),
    ("Зеленський виступив у Києві. Росія, сказав він, хоче повністю контролювати Запорізьку АЕС.", "uk"),
])
def test_a_parenthetical_speaker_reports_the_holder_before_it(text, language):
    # ", he said," / «, сказав він,» names who speaks; the subject before it holds the position
    assert stances(text, language) == {("Russia", "zaporizhzhia_npp", "support")}


@pytest.mark.parametrize("text, language", [
    ("The final say, Zelensky argued, would belong to Ukrainians themselves, in an election or a referendum.", "en"),
    ("Вирішувати, наголосив Зеленський, мають самі українці — на виборах чи референдумі.", "uk"),
])
def test_an_election_or_referendum_as_the_way_to_decide_is_no_stance_on_elections(text, language):
    assert stances(text, language) == set()
    assert stances("Зеленський заявив, що готовий провести вибори.") == {("Volodymyr Zelensky", "elections", "support")}


@pytest.mark.parametrize("text,language,expected", [
    ("The leaked text asks a lot of Kyiv. Ukraine's forces would be limited to 600,000 troops.", "en",
     ("United States", "army_size_cap", "support")),
    ("Оприлюднений текст документа вимагає від Києва чимало. Чисельність ЗСУ буде обмежено 600 тисячами.", "uk",
     ("United States", "army_size_cap", "support")),
    ("Other provisions would cap Ukraine's armed forces at 600,000.", "en", ("United States", "army_size_cap", "support")),
])
def test_a_sentence_after_the_plan_as_subject_states_more_of_the_plan(text, language, expected):
    assert expected in stances(text, language)


def test_more_of_the_plan_is_not_its_own_provision_and_a_named_person_speaks_for_himself():
    assert stances("The draft has four sections. The peace plan would be signed in Washington.", "en") == set()
    assert ("United States", "army_size_cap", "support") not in stances(
        "The draft has four sections. He said Ukraine's army would be capped at 600,000.", "en")


@pytest.mark.parametrize("text,language,expected", [
    ("Проект состоит из четырех частей. Иностранные войска на Украине размещаться не будут.", "ru",
     ("United States", "foreign_troops_deployment", "oppose")),
    ("Leaked versions ask a lot of Kyiv. Western troops would not be deployed in Ukraine.", "en",
     ("United States", "foreign_troops_deployment", "oppose")),
])
def test_a_provision_negated_after_its_issue_is_opposed(text, language, expected):
    assert expected in stances(text, language)


def test_an_english_passive_of_a_speech_verb_has_no_speaker():
    found = stances("Under the plan, Ukraine's renunciation of NATO membership would be written into its constitution.", "en")
    assert ("NATO", "nato_renunciation", "support") not in found and ("NATO", "nato_renunciation", "oppose") not in found
    assert ("United States", "nato_renunciation", "support") in found


def test_under_an_owned_idea_someone_describes_the_content_is_the_owners():
    # the speaker who describes the idea reports it; the idea is Washington's
    found = stances("Under an American idea that Zelensky described on Thursday, Ukrainian troops would pull out of "
                    "the part of the Donetsk region they still hold.", "en")
    assert found == {("United States", "troop_withdrawal_donbas", "support")}


def test_clauses_of_a_plan_offer_what_they_name():
    assert ("United States", "sanctions_relief", "support") in stances(
        "Other clauses offer Moscow a gradual lifting of sanctions.", "en")


def test_a_title_after_a_prepositional_phrase_takes_the_case_of_its_name():
    found = stances("Цю позицію виклали у спільній заяві глава держави Володимир Зеленський та європейські лідери. "
                    "У документі наголошено, що кордони не можна змінювати силою.")
    assert {("Volodymyr Zelensky", "territory_recognition", "oppose"), ("Europe", "territory_recognition", "oppose")} <= found


def test_a_statement_named_again_is_the_same_statement_however_far_back():
    text = ("Європейські лідери оприлюднили спільну заяву. Трамп тим часом поїхав до Азії. Він зустрівся з лідером Китаю. "
            "Там обговорювали торгівлю. Китай пообіцяв купувати соєві боби. Заява ж наголошує, що кордони не можна змінювати силою.")
    assert ("Europe", "territory_recognition", "oppose") in stances(text)
    text = ("European leaders issued a joint statement. Trump was in Asia. He met China's leader. They discussed trade. "
            "China agreed to buy soybeans. The signatories insisted that borders must not be changed by force.")
    assert ("Europe", "territory_recognition", "oppose") in stances(text, "en")


@pytest.mark.parametrize("text,language", [
    ("Zelensky and a long list of European leaders signed a statement backing a halt to the fighting.", "en"),
    ("Зеленський і низка європейських лідерів заявили, що підтримують припинення вогню.", "uk"),
])
def test_a_quantity_of_leaders_is_those_leaders(text, language):
    assert ("Europe", "ceasefire", "support") in stances(text, language)


def test_a_second_speech_verb_without_a_subject_shares_the_first_ones():
    found = stances("European leaders insisted that borders must not be changed by force and pledged to use "
                    "immobilized Russian assets for Ukraine.", "en")
    assert ("Europe", "frozen_assets", "support") in found


@pytest.mark.parametrize("text,expected", [
    ("Peskov rejected the idea of a holiday truce, floated by Kyiv and European capitals last week.",
     {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support"), ("Dmitry Peskov", "ceasefire", "oppose")}),
    ("The warning was aimed at plans backed by European leaders for a multinational force in Ukraine.",
     {("Europe", "foreign_troops_deployment", "support")}),
    ("Ushakov said a temporary ceasefire, an idea put forward by Ukraine and its European partners, would only prolong the war.",
     {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")}),
])
def test_the_agents_of_a_participle_after_its_noun_hold_it(text, expected):
    assert expected <= stances(text, "en")


def test_the_leaders_are_the_authors_of_the_statement_and_a_dative_after_the_verb_is_no_holder():
    found = stances("Європейські лідери ухвалили спільну заяву. Моніторинг перемир'я лідери запропонували доручити "
                    "Сполученим Штатам.")
    assert ("Europe", "ceasefire", "support") in found
    assert ("United States", "ceasefire", "support") not in found


@pytest.mark.parametrize("text,language", [
    ("Європейські лідери підтримали армію України у 800 тисяч. А ще — багатонаціональні сили, які зможуть діяти "
     "на українській території.", "uk"),
    ("European leaders backed a peacetime Ukrainian army of 800,000. Also: a multinational force able to operate "
     "inside Ukraine.", "en"),
])
def test_a_verbless_item_added_to_a_list_has_the_holder_of_the_list(text, language):
    assert ("Europe", "foreign_troops_deployment", "support") in stances(text, language)


def test_an_added_item_with_its_own_verb_or_after_several_holders_is_left_alone():
    assert ("Europe", "foreign_troops_deployment", "support") not in stances(
        "Європейські лідери підтримали армію України у 800 тисяч, а Росія це відкинула. А ще — багатонаціональні сили.")


@pytest.mark.parametrize("text,language,expected", [
    ("Росія продовжить наступ, якщо Київ не виведе війська з Донбасу, — таку погрозу озвучив путін у четвер.", "uk",
     ("Vladimir Putin", "troop_withdrawal_donbas", "support")),
    ("Украинские войска должны уйти из Донбасса — такое условие озвучил Путин.", "ru",
     ("Vladimir Putin", "troop_withdrawal_donbas", "support")),
])
def test_words_before_a_dash_and_such_a_threat_are_the_speakers(text, language, expected):
    assert expected in stances(text, language)


def test_a_condition_after_a_parenthetical_speaker_with_the_name_first_is_the_positions():
    assert ("Vladimir Putin", "ceasefire", "conditional") in stances(
        "Russia is ready to end the war, Putin said, as long as Kyiv accepts its terms.", "en")


def test_an_inverted_should_after_the_main_clause_is_a_condition():
    found = stances("Putin warned that Russia would seize the land by force should Kyiv refuse to withdraw.", "en")
    assert ("Vladimir Putin", "military_pressure", "conditional") in found
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in stances(
        "Ukraine should withdraw its troops from Donbas, Putin said.", "en")
    # a subject of several words between «should» and its verb
    assert stances("Putin warned that Russia would take the land by force should Kyiv and its foreign patrons refuse "
                   "serious talks.", "en") == {("Vladimir Putin", "military_pressure", "conditional")}


def test_replied_reports_speech_so_he_is_the_one_who_replied():
    found = stances("Trump has pressed Kyiv to vote. Zelensky replied that he could hold an election within 90 days, "
                    "provided Europe helped secure it.", "en")
    assert found == {("Volodymyr Zelensky", "elections", "conditional")}


def test_a_titled_speaker_after_the_content_speaks_it_in_english_only():
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in stances(
        "Ukrainian troops must leave Donbas, President Vladimir Putin warned in an interview.", "en")


def test_a_plan_subject_reaches_its_verb_past_a_participle_phrase_and_their_plan_is_theirs():
    found = stances("Европейцы подготовили ответ. Их контрпроект, по сути переписывающий американские предложения, "
                    "ограничивает численность ВСУ 800 тысячами.", "ru")
    assert ("Europe", "army_size_cap", "support") in found


def test_a_plan_as_object_before_a_participle_is_not_its_subject():
    found = stances("Peskov said Russia had received the plan, adding that recognition of territory would be settled "
                    "in negotiations.", "en")
    assert not any(actor == "United States" for actor, _, _ in found)


@pytest.mark.parametrize("text,language", [
    ("Европейцы выдвинули собственный контрпроект: численность ВСУ в нем ограничивается 800 тысячами.", "ru"),
    ("Європейці висунули власний контрпроєкт: армія України — до 800 тисяч військових.", "uk"),
])
def test_what_follows_the_colon_after_presenting_a_plan_is_its_content(text, language):
    assert ("Europe", "army_size_cap", "support") in stances(text, language)


def test_a_name_in_apposition_before_its_verb_is_the_speaker():
    found = stances("On Friday, his spokesman, Dmitry Peskov, warned that Russia would never accept foreign troops in "
                    "Ukraine.", "en")
    assert ("Dmitry Peskov", "foreign_troops_deployment", "oppose") in found


@pytest.mark.parametrize("text,language", [
    ("Trump said he would sit down with the two leaders only once a deal was final.", "en"),
    ("Трамп заявив, що сяде за стіл з обома лідерами лише тоді, коли угода буде остаточною.", "uk"),
    ("Трамп заявил, что встретится с лидерами России и Украины только тогда, когда соглашение будет окончательным.", "ru"),
])
def test_meeting_both_leaders_once_a_deal_is_ready_is_a_conditional_talks_format(text, language):
    assert ("Donald Trump", "talks_format", "conditional") in stances(text, language)


def test_an_updated_and_refined_framework_in_quotes_is_the_peace_plan():
    found = stances("У неділю американська та українська делегації погодили «оновлену й уточнену» рамку мирної угоди.")
    assert {("United States", "peace_plan_overall", "support"), ("Ukraine", "peace_plan_overall", "support")} <= found


@pytest.mark.parametrize("text,language", [
    ("Обговорювати мирний план у Кремлі планують наступного тижня.", "uk"),
    ("Peskov said Moscow planned to discuss the peace plan next week.", "en"),
])
def test_an_attitude_to_discussing_an_issue_is_no_position_on_it(text, language):
    assert not any(issue == "peace_plan_overall" for _, issue, _ in stances(text, language))


def test_signing_on_to_a_plan_is_support():
    assert ("Ukraine", "peace_plan_overall", "support") in stances("Kyiv signed on to the peace plan on Sunday.", "en")


def test_an_english_progressive_speech_verb_keeps_its_speaker():
    assert ("Volodymyr Zelensky", "nato_renunciation", "oppose") in stances(
        "Zelensky is saying that Ukraine will never give up its NATO bid.", "en")



def test_a_negation_past_and_belongs_to_the_next_provision():
    found = stances("The draft has four sections. Ukraine's army would be capped at 600,000 troops and NATO troops "
                    "would not be deployed in Ukraine.", "en")
    assert ("United States", "army_size_cap", "support") in found


@pytest.mark.parametrize("text,language", [
    ("За словами Трампа, гарантії безпеки для України вже погоджено, причому основну частину цього тягаря візьме на себе Європа.", "uk"),
    ("По словам Трампа, гарантии безопасности для Украины уже согласованы, причем основную часть этого бремени возьмет на себя Европа.", "ru"),
])
def test_taking_on_the_burden_of_an_issue_is_support(text, language):
    assert ("Europe", "security_guarantees", "support") in stances(text, language)


def test_the_subject_of_a_passive_offer_receives_it_and_the_reporter_speaks_for_the_offer():
    found = stances("Rubio said Moscow had been offered a gradual lifting of sanctions.", "en")
    assert ("Marco Rubio", "sanctions_relief", "support") in found
    assert not any(actor == "Russia" for actor, _, _ in found)


@pytest.mark.parametrize("text,language", [
    ("Путін назвав американський план основою для врегулювання. Якщо ж Київ план відкине, російські війська, "
     "за його словами, продовжать наступ.", "uk"),
    ("Путин назвал американский план основой для урегулирования. Если же Киев план отвергнет, российские войска, "
     "по его словам, продолжат наступление.", "ru"),
    ("Putin called the U.S. plan a basis for a settlement. If Kyiv rejects the plan, Russian forces will keep "
     "advancing, he said.", "en"),
])
def test_a_threat_against_rejecting_the_plan_is_no_proposal_of_the_plan(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    threat = [(st.actor, st.issue, st.polarity) for st in found if st.start_char > 0]  # the second sentence
    assert threat == [("Vladimir Putin", "military_pressure", "conditional")]


def test_a_threat_conditioned_on_a_withdrawal_still_demands_it_when_the_plan_is_not_named():
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in stances(
        "Путін пригрозив, що Росія візьме Донбас силою, якщо українські війська не вийдуть звідти.")


def test_a_plan_that_provides_for_something_is_not_the_object_of_its_own_verb():
    # «яка» is the subject of «передбачає»: what the proposal provides follows, the proposal is no object
    found = stances("Зеленський описав американську пропозицію, яка передбачає, що українські війська відійдуть "
                    "із частини області, яку досі утримують.")
    assert not any(issue == "peace_plan_overall" for _, issue, _ in found)


def test_a_relative_with_its_own_subject_after_the_verb_is_the_object():
    # the plural «які» is nominative and accusative alike: «американці» after the verb is its subject
    assert ("United States", "security_guarantees", "support") in stances(
        "Мерц назвав гарантії безпеки, які пропонують американці, визначними.")


def test_a_demand_whose_object_is_a_clause_does_not_inherit_the_topic():
    found = stances("Бельгія заблокувала використання заморожених російських активів. Головною перешкодою стала "
                    "позиція Бельгії, яка вимагала, щоб усі країни повністю розділили з нею ризики.")
    assert ("Belgium", "frozen_assets", "support") not in found


@pytest.mark.parametrize("text,language", [
    ("Турецький лідер закликав відновити прямі переговори між Україною та Росією.", "uk"),
    ("Турецкий лидер призвал возобновить прямые переговоры между Украиной и Россией.", "ru"),
    ("The Turkish leader called for direct talks between Russia and Ukraine.", "en"),
])
def test_a_leader_named_by_country_is_that_leader(text, language):
    assert ("Recep Tayyip Erdoğan", "talks_format", "support") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Переговори завершилися спільною заявою американської та української делегацій. У документі йдеться, що "
     "сторони напрацювали «оновлену й уточнену» рамку мирної угоди.", "uk"),
    ("For most of Sunday, the Trump administration's top diplomat and Ukraine's senior negotiators sat in a "
     "conference room. By nightfall, both sides said they had an \"updated and refined\" framework for ending the war.",
     "en"),
])
def test_both_sides_are_the_pair_named_in_the_sentence_before(text, language):
    found = stances(text, language)
    assert {("United States", "peace_plan_overall", "support"), ("Ukraine", "peace_plan_overall", "support")} <= found


def test_a_statement_of_a_pair_is_theirs_however_far_back():
    found = stances("Переговори завершилися спільною заявою американської та української делегацій. Зустріч тривала "
                    "вісім годин. Журналісти чекали біля входу. Погода була холодна. Підписанти заяви підтримали "
                    "оновлений мирний план.")
    assert {("United States", "peace_plan_overall", "support"), ("Ukraine", "peace_plan_overall", "support")} <= found


def test_a_part_of_a_document_named_by_a_verb_or_dash_is_about_its_issue():
    # «окремий пункт плану» restricts the plan; «окремий пункт стосується активів» says what the point is about
    found = stances("Зеленський і європейські лідери підписали заяву. Окремий пункт стосується іммобілізованих російських активів, які лідери "
                    "хочуть спрямувати на потреби України.")
    assert any(issue == "frozen_assets" and polarity == "support" for _, issue, polarity in found)
    assert not any(issue == "peace_plan_overall" for _, issue, _ in stances("Мерц скептично оцінив окремі пункти мирного плану."))


@pytest.mark.parametrize("text,language", [
    ("Зеленський розповів, що Вашингтон запропонував формат, у якому за одним столом сиділи б усі сторони.", "uk"),
    ("Зеленский рассказал, что Вашингтон предложил формат, в котором за одним столом сидели бы все стороны.", "ru"),
    ("Zelensky said Washington had proposed a format, in which all sides would sit at the same table.", "en"),
])
def test_a_relative_clause_on_an_arrangement_noun_is_its_content(text, language):
    assert ("United States", "talks_format", "support") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Ідея Анкари проста — сторони мають знову сісти за один стіл у Стамбулі.", "uk"),
    ("Анкара предложила прямые переговоры России и Украины в Стамбуле.", "ru"),
    ("Ankara proposed direct talks between Russia and Ukraine in Istanbul.", "en"),
])
def test_a_capital_that_holds_a_position_stands_for_its_state(text, language):
    assert ("Turkey", "talks_format", "support") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Путін назвав неприйнятними поправки, які європейці пропонують до американського плану.", "uk"),
    ("Путин назвал неприемлемыми поправки, которые европейцы предлагают к американскому плану.", "ru"),
    ("Putin said changes that European governments had proposed to the U.S. plan were unacceptable.", "en"),
])
def test_amendments_to_a_plan_are_no_position_on_the_plan(text, language):
    assert not any(issue == "peace_plan_overall" for _, issue, _ in stances(text, language))


@pytest.mark.parametrize("text,language", [
    ("Гарантій безпеки, за його словами, Росія хоче і для себе.", "uk"),
    ("Российская сторона настаивает на том, что гарантии безопасности должны распространяться и на саму Россию.", "ru"),
    ("Moscow is also seeking guarantees for its own security in any settlement.", "en"),
])
def test_guarantees_for_russia_are_not_guarantees_for_ukraine(text, language):
    assert not any(issue == "security_guarantees" for _, issue, _ in stances(text, language))


def test_guarantees_for_ukraine_given_on_ones_own_stay_guarantees_for_ukraine():
    assert ("Europe", "security_guarantees", "support") in stances(
        "Europe is ready to provide guarantees for Ukraine on its own.", "en")


@pytest.mark.parametrize("text,language", [
    ("Зеленський не відкидає відведення військ повністю, але ставить чітку умову: на таку саму відстань мають "
     "відійти й російські сили.", "uk"),
    ("Зеленский не исключает отвода войск, но ставит четкое условие: на такое же расстояние должны отойти и "
     "российские силы.", "ru"),
    ("Zelensky does not rule out a full pullback of troops, but sets a clear condition: Russian forces must move "
     "back the same distance.", "en"),
])
def test_a_condition_after_a_colon_makes_the_position_conditional(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(st.actor, st.issue, st.polarity) for st in found] == [
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "conditional")]
    assert "російські сили" in found[0].condition or "российские силы" in found[0].condition or \
        "Russian forces" in found[0].condition


def test_a_demand_named_a_condition_before_a_colon_is_still_a_demand():
    assert ("Russia", "troop_withdrawal_donbas", "support") in stances(
        "Головна умова Москви незмінна: українські війська мають вийти з Донбасу.")


def test_seeking_an_issue_is_support_and_calling_it_harmful_is_opposition():
    found = stances("Ушаков заявив, що обидва лідери вважають тимчасове перемир'я, якого добиваються Київ і "
                    "європейці, шкідливим.")
    assert {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")} <= found
    assert ("Vladimir Putin", "ceasefire", "oppose") in stances("Путін вважає тимчасове перемир'я шкідливим.")
    assert ("Vladimir Putin", "ceasefire", "oppose") in stances("Putin called a temporary ceasefire harmful.", "en")


@pytest.mark.parametrize("text", [
    "The Trump administration is prepared to put a NATO-style security promise for Ukraine before Congress.",
    "Washington is ready to offer Kyiv a security pledge backed by Congress.",
])
def test_a_security_promise_or_pledge_is_a_security_guarantee(text):
    assert ("United States", "security_guarantees", "support") in stances(text, "en")


@pytest.mark.parametrize("text,language,actor", [
    ("Київ надіслав американській стороні свою редакцію мирної рамки з 20 пунктів.", "uk", "Ukraine"),
    ("Украина передала американцам переработанную версию мирного плана.", "ru", "Ukraine"),
    ("Kyiv has sent Washington its revised version of the 20-point peace framework.", "en", "Ukraine"),
])
def test_sending_ones_own_version_of_the_plan_is_support(text, language, actor):
    assert (actor, "peace_plan_overall", "support") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Рішення про заморожені активи відклали через заперечення Бельгії.", "uk"),
    ("Лидеры ЕС отложили решение по замороженным активам из-за возражений Бельгии.", "ru"),
    ("EU leaders shelved a loan backed by frozen Russian assets over objections from Belgium.", "en"),
])
def test_objections_that_stalled_a_decision_oppose_what_it_was_about(text, language):
    assert ("Belgium", "frozen_assets", "oppose") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Лидеры ЕС обсуждали репарационный кредит под замороженные российские активы. В конце октября это решение "
     "отложили из-за возражений Бельгии, где хранится большая часть средств.", "ru"),
    ("EU leaders discussed a reparations loan backed by frozen Russian assets. The plan stalled in October because "
     "of objections from Belgium, where most of the money is held.", "en"),
])
def test_objections_that_stalled_an_unnamed_decision_oppose_the_last_sentences_issue(text, language):
    assert stances(text, language) == {("Belgium", "frozen_assets", "oppose")}


def test_objections_oppose_only_the_issue_of_the_sentence_just_before():
    text = ("EU leaders discussed a reparations loan backed by frozen Russian assets. Zelensky later flew to London. "
            "The plan stalled in October because of objections from Belgium, where most of the money is held.")
    assert stances(text, "en") == set()


@pytest.mark.parametrize("text,language", [
    ("Після зустрічі Трамп закликав зупинитися там, де зараз стоять війська.", "uk"),
    ("После встречи Трамп призвал остановиться там, где сейчас стоят войска.", "ru"),
    ("After the meeting, Trump urged both armies to stop where they stand.", "en"),
])
def test_stopping_where_the_armies_stand_is_a_ceasefire(text, language):
    assert ("Donald Trump", "ceasefire", "support") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Whether Moscow and Kyiv would accept a ceasefire remained an open question.", "en"),
    ("Чи погодяться Москва і Київ на перемир'я, залишається відкритим питанням.", "uk"),
    ("Согласятся ли Москва и Киев на перемирие, остается открытым вопросом.", "ru"),
])
def test_a_sentence_opened_by_an_indirect_question_holds_no_position(text, language):
    assert stances(text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("Зеленський виступив у Лондоні. Ні юридичного, ні морального права віддавати землю Україна не має, заявив він.", "uk"),
    ("Зеленский выступил в Лондоне. Ни юридического, ни морального права отдавать землю Украина не имеет, заявил он.", "ru"),
])
def test_a_fronted_object_inside_a_split_cue_and_negative_concord(text, language):
    # the issue stands between the cue's words, and «ні … не має» is one negation, not two
    assert ("Volodymyr Zelensky", "territory_recognition", "oppose") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Вирішувати, чи погоджуватися на вихід військ з Донбасу, мають самі українці, сказав Зеленський.", "uk"),
    ("Решать, соглашаться ли на вывод войск из Донбасса, должны сами украинцы, сказал Зеленский.", "ru"),
    ("Ukrainians themselves must decide whether to accept a withdrawal of troops from Donbas, Zelensky said.", "en"),
])
def test_a_cue_inside_an_indirect_question_takes_no_side(text, language):
    assert not any(issue == "troop_withdrawal_donbas" and polarity == "support"
                   for _, issue, polarity in stances(text, language))


@pytest.mark.parametrize("text,language,expected", [
    # a split cue does not borrow the «не» of another verb
    ("Київ не виключає перемир'я і має право на самооборону.", "uk", ("Ukraine", "ceasefire", "support")),
    ("Киев не исключает перемирие и имеет право на самооборону.", "ru", ("Ukraine", "ceasefire", "support")),
    # "Whether or not …" is concessive, not a question
    ("Whether or not Moscow agrees, Zelensky will insist on security guarantees.", "en",
     ("Volodymyr Zelensky", "security_guarantees", "support")),
    # Russia named in a contrasting clause does not take the guarantees away
    ("Зеленський вимагає гарантій безпеки, а не поступок для Росії.", "uk",
     ("Volodymyr Zelensky", "security_guarantees", "support")),
    ("Zelensky demanded security guarantees, not concessions for Russia.", "en",
     ("Volodymyr Zelensky", "security_guarantees", "support")),
    # changes named in an adverbial are no amendments to the plan
    ("Despite the changes, Zelensky agreed to the U.S. peace plan.", "en",
     ("Volodymyr Zelensky", "peace_plan_overall", "support")),
    # a promise conditioned on accepting the plan still makes the plan the speaker's demand
    ("Путін заявив, що Росія припинить вогонь, якщо Україна погодиться на американський мирний план.", "uk",
     ("Vladimir Putin", "peace_plan_overall", "support")),
])
def test_the_new_rules_leave_these_alone(text, language, expected):
    assert expected in stances(text, language)


def test_a_demand_that_stalled_talks_is_no_objection():
    assert stances("Переговори про перемир'я зірвалися через вимоги Москви.") == set()


def test_a_passive_relative_points_back_to_its_noun():
    assert ("Ukraine", "peace_plan_overall", "oppose") in stances(
        "The U.S. plan, which was rejected by Kyiv, remains on the table.", "en")


# -- threats and the demands they imply ---------------------------------------------------------
@pytest.mark.parametrize("text,language,expected", [
    # a threat resorted to, or a position that stays, announces the words after the colon
    ("Путін знову вдався до погроз: війна закінчиться, щойно українські війська вийдуть з Донбасу.", "uk",
     ("Vladimir Putin", "troop_withdrawal_donbas", "support")),
    ("Позиция Кремля остается прежней: ВСУ должны уйти из Донбасса.", "ru",
     ("Russia", "troop_withdrawal_donbas", "support")),
    # a warning named as a noun opens its words; what it is conditioned on happening is the demand
    ("Lavrov's warning that Russia will continue the offensive unless Ukrainian forces withdraw from Donetsk was repeated on Monday.", "en",
     ("Sergei Lavrov", "troop_withdrawal_donbas", "support")),
    # with no issue named in the threat itself, the condition of a warning still is its speaker's demand
    ("Peskov spoke on Friday, warning that unless Ukrainian troops leave Donbas, the army would move on.", "en",
     ("Dmitry Peskov", "troop_withdrawal_donbas", "support")),
    ("Пєсков попередив, що якщо українські війська не вийдуть з Донбасу, Москва відповість.", "uk",
     ("Dmitry Peskov", "troop_withdrawal_donbas", "support")),
])
def test_a_warning_demands_what_it_is_conditioned_on(text, language, expected):
    assert expected in stances(text, language)


def test_a_warning_against_rejecting_the_plan_makes_no_plan_of_the_speaker():
    found = stances("Putin warned that if Kyiv did not accept the U.S. peace plan, the army would move on.", "en")
    assert not any(issue == "peace_plan_overall" and actor == "Vladimir Putin" for actor, issue, _ in found)


def test_a_colon_after_a_complete_clause_ends_the_cue_and_keeps_its_condition_away():
    found = stances("Moscow's insistence on a Ukrainian pullout has not changed: a ceasefire will come once "
                    "Ukrainian troops leave Donetsk, Peskov said.", "en")
    withdrawal = {polarity for _, issue, polarity in found if issue == "troop_withdrawal_donbas"}
    assert withdrawal == {"support"}
    # a colon right after the attitude word still leads to what it waits on
    assert ("Volodymyr Zelensky", "elections", "conditional") in stances(
        "Зеленський заявив, що до виборів готовий: якщо партнери допоможуть з безпекою, Україна проведе вибори.")


@pytest.mark.parametrize("text,language", [
    ("Україна та США напрацювали новий мирний план. Згідно з проєктом, армія України налічуватиме 800 тисяч військових.", "uk"),
    ("U.S. and Ukrainian negotiators drafted a new peace plan. According to the draft, Ukraine's army would be capped at 800,000.", "en"),
])
def test_the_writers_of_a_plan_hold_what_it_provides_later(text, language):
    assert {("Ukraine", "army_size_cap", "support"), ("United States", "army_size_cap", "support")} <= stances(text, language)


def test_a_verb_of_working_with_a_plan_names_no_authors():
    found = stances("Україна та США працюють з новим мирним планом. Згідно з проєктом, армія України налічуватиме 800 тисяч військових.")
    assert ("Ukraine", "army_size_cap", "support") not in found


@pytest.mark.parametrize("text,language,expected", [
    ("Якщо з мирного плану приберуть пункт про гарантії, позиція Києва щодо документа зміниться.", "uk",
     ("Ukraine", "peace_plan_overall", "conditional")),
    ("Если из мирного плана уберут эти пункты, отношение Москвы к нему станет иным, предупредил Лавров.", "ru",
     ("Sergei Lavrov", "peace_plan_overall", "conditional")),
    ("If the peace plan drops the Anchorage understandings, Moscow's view of it would change, Lavrov said.", "en",
     ("Sergei Lavrov", "peace_plan_overall", "conditional")),
])
def test_a_view_that_a_condition_would_change_is_held_on_that_condition(text, language, expected):
    assert expected in stances(text, language)


def test_a_view_that_changed_with_no_condition_is_no_stance():
    assert stances("Позиція Києва щодо мирного плану змінилася.") == set()


@pytest.mark.parametrize("text,language", [
    ("Віткофф працював у Маямі з Умєровим. Сторони погодили рамку гарантій безпеки.", "uk"),
    ("The London meeting followed talks in Miami between Rustem Umerov and Steve Witkoff. The two sides agreed on a "
     "framework for security guarantees.", "en"),
])
def test_both_sides_stand_for_the_countries_of_whoever_acted_together_before(text, language):
    found = stances(text, language)
    assert {actor for actor, issue, polarity in found if issue == "security_guarantees" and polarity == "support"} == {
        "Ukraine", "United States"}


def test_whose_envoys_they_are_is_no_party():
    found = stances("The London meeting followed talks in Miami between Rustem Umerov and the president's envoy, "
                    "Steve Witkoff. They agreed on a framework for security guarantees.", "en")
    assert {actor for actor, issue, _ in found if issue == "security_guarantees"} == {"Rustem Umerov", "Steve Witkoff"}


def test_a_framework_of_guarantees_is_those_guarantees_but_a_plan_named_for_an_aim_is_not():
    assert ("Ukraine", "security_guarantees", "support") in stances("Україна погодила рамку гарантій безпеки.")
    assert not any(issue == "ceasefire" for _, issue, _ in stances("Україна погодила план завершення війни."))


def test_according_to_him_points_to_someone_named_before_not_a_later_speaker():
    found = stances("Трамп говорив про гарантії. Гарантії безпеки для України, за його словами, готові на 95%, "
                    "і Зеленський цю оцінку підтвердив.")
    assert ("Donald Trump", "security_guarantees", "support") in found


@pytest.mark.parametrize("text,language", [
    ("Трамп говорив про гарантії. Гарантії безпеки для України, за його оцінкою, погоджені на 95%.", "uk"),
    ("Трамп говорил о гарантиях. Гарантии безопасности для Украины, по его оценке, согласованы на 95%.", "ru"),
])
def test_an_issue_agreed_to_a_share_is_supported_by_whoever_assesses_it(text, language):
    assert ("Donald Trump", "security_guarantees", "support") in stances(text, language)


@pytest.mark.parametrize("text,language", [
    ("Ukraine accepted the 20-point framework for ending the war.", "en"),
    ("Украина одобрила «обновленную и доработанную» рамочную основу урегулирования.", "ru"),
])
def test_a_plan_named_with_its_aim_or_as_a_refined_framework_is_the_plan(text, language):
    assert ("Ukraine", "peace_plan_overall", "support") in stances(text, language)


@pytest.mark.parametrize("text,language,expected", [
    # a discussion named after another verb is about something else
    ("Putin said the plan could underpin a final settlement, although it had not been discussed with Moscow.", "en",
     ("Vladimir Putin", "peace_plan_overall", "support")),
    # a title before the name ends the words the speaker said
    ("Russia will make no concessions over Crimea, Deputy Foreign Minister Sergei Ryabkov said on Tuesday, a day "
     "after European leaders met in Berlin to discuss other arrangements.", "en",
     ("Sergei Ryabkov", "territory_recognition", "support")),
    # «быть не может», «бути не може»: the existential negation in either order
    ("Рябков заявил, что никаких компромиссов по Крыму быть не может.", "ru",
     ("Sergei Ryabkov", "territory_recognition", "support")),
])
def test_discussions_titles_and_existential_negation(text, language, expected):
    assert expected in stances(text, language)


def test_a_discussion_of_the_issue_itself_still_takes_no_side():
    assert not any(issue == "ceasefire" for _, issue, _ in stances(
        "Putin said a ceasefire would be discussed with Washington next week.", "en"))


# -- what those rules must not read ----------------------------------------------------------------
@pytest.mark.parametrize("text,language,wrong", [
    # a warning named as a noun with no owner is nobody's words; with an owner, the owner's, not the subject's
    ("Zelensky ignored Putin's warning that Ukraine must give up Donbas.", "en",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "support")),
    ("Зеленський відкинув попередження, що Україні доведеться вивести війська з Донбасу.", "uk",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "support")),
    ("Analysts see a real threat that Washington will abandon security guarantees for Ukraine.", "en",
     ("United States", "security_guarantees", "support")),
    # «за умови, що», "condition:" name what must happen: a condition of no troops is no wish for troops
    ("Лавров наголосив, що Москва погодиться на перемир'я за умови, що в Україні не буде іноземних військ.", "uk",
     ("Sergei Lavrov", "foreign_troops_deployment", "support")),
    ("Putin warned that Russia had one condition: no foreign troops in Ukraine.", "en",
     ("Vladimir Putin", "foreign_troops_deployment", "support")),
    # the condition of another actor's attitude is that actor's, not the warning speaker's demand
    ("Zelensky warned that Putin would only agree to a ceasefire once Ukraine gives up Donbas.", "en",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "support")),
    # a view that will not change, even if …; military positions are no view
    ("Зеленський заявив, що позиція Києва не зміниться, навіть якщо Москва вимагатиме визнання Криму російським.", "uk",
     ("Volodymyr Zelensky", "territory_recognition", "conditional")),
    ("If Kyiv agrees to withdraw from Donbas, Ukrainian positions along the front would shift sharply, Zelensky warned.", "en",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "conditional")),
    # «з Москви» is from; the talks' partners stop where their phrase ends; "the gap between" names no talks
    ("Умєров і Віткофф провели переговори в Маямі. Віткофф прилетів з Москви. Сторони погодили рамку гарантій безпеки.", "uk",
     ("Russia", "security_guarantees", "support")),
    ("Witkoff met with Umerov in Miami to discuss the Kremlin demands. The two sides agreed on a framework for "
     "security guarantees.", "en", ("Russia", "security_guarantees", "support")),
    ("Rubio spoke with Lavrov about the gap between Kyiv and Washington. The two sides agreed on a ceasefire.", "en",
     ("Ukraine", "ceasefire", "support")),
    # writing an answer to a plan does not make its writer the plan's author
    ("Київ підготував відповідь на мирний план. Документ передбачає обмеження армії України до 600 тисяч.", "uk",
     ("Ukraine", "army_size_cap", "support")),
    ("Zelensky demanded a full Russian pullout from occupied Ukrainian territory.", "en",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "support")),
    # an infinitive before a colon leaves the condition after it with the readiness
    ("Зеленський заявив, що Україна готова провести вибори за 90 днів: якщо партнери гарантують безпеку.", "uk",
     ("Volodymyr Zelensky", "elections", "support")),
    # only a position or a threat that stays announces words: not a country under threats or pressure
    ("Україна залишається мішенню погроз: війна закінчиться, щойно українські війська вийдуть з Донбасу.", "uk",
     ("Ukraine", "troop_withdrawal_donbas", "support")),
    ("Зеленський залишається під сильним тиском: армію України обмежать до 600 тисяч.", "uk",
     ("Volodymyr Zelensky", "army_size_cap", "support")),
    # «погоджений на рівні радників» is agreed at a level, not to a share
    ("За словами Пєскова, мирний план, погоджений на рівні радників, Кремль ще не бачив.", "uk",
     ("Dmitry Peskov", "peace_plan_overall", "support")),
    # an issue left open and to be discussed in the same clause takes no side
    ("Песков заявил, что вопрос о прекращении огня остается открытым и его будут обсуждать в Москве.", "ru",
     ("Dmitry Peskov", "ceasefire", "support")),
])
def test_the_threat_view_and_party_rules_leave_these_alone(text, language, wrong):
    assert wrong not in stances(text, language)


def test_a_ukrainian_infinitive_is_no_finite_verb():
    words = annotate_text("Україна готова провести вибори.", "uk").sentences[0].words
    assert [w.feats for w in words if w.text == "провести"] == ["Aspect=Perf|VerbForm=Inf"]


# -- a gerund after the speaker, "until", a reporter's question -----------------------------------------
@pytest.mark.parametrize("text, language, expected", [
    # the quote before the speaker is his, though a gerund after him opens more words with «що»/"that"
    ('"We are ready for a ceasefire right now," Zelensky said on Tuesday, adding that Moscow was stalling.', "en",
     ("Volodymyr Zelensky", "ceasefire", "support")),
    ("«Ми готові до припинення вогню», – заявив Зеленський, додавши, що москва зволікає.", "uk",
     ("Volodymyr Zelensky", "ceasefire", "support")),
    ("«Никакого прекращения огня не будет», – заявил Песков, добавив, что Киев затягивает переговоры.", "ru",
     ("Dmitry Peskov", "ceasefire", "oppose")),
])
def test_a_gerund_after_the_speaker_leaves_the_quote_before_him_his(text, language, expected):
    assert expected in stances(text, language)


@pytest.mark.parametrize("text, language, condition", [
    ('"There will be no ceasefire until Kyiv withdraws its troops from Donbas," Peskov said.', "en",
     "Kyiv withdraws its troops from Donbas"),
    ("Бойові дії не припиняться, доки Україна не виведе війська з Донбасу, заявив Пєсков.", "uk",
     "Україна виведе війська з Донбасу"),
    ("Прекращения огня не будет до тех пор, пока Украина не выведет войска из Донбасса, заявил Песков.", "ru",
     "Украина выведет войска из Донбасса"),
    # (a verb spelt like a short participle: «покинут»)
    ("Песков заявил, что Россия не пойдет на прекращение огня, пока украинские войска не покинут Донбасс.", "ru",
     "украинские войска покинут Донбасс"),
])
def test_no_ceasefire_until_something_happens_is_a_ceasefire_on_that_condition(text, language, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    rows = {(s.actor, s.issue, s.polarity, s.condition) for s in found}
    assert ("Dmitry Peskov", "ceasefire", "conditional", condition) in rows
    assert ("Dmitry Peskov", "ceasefire", "oppose", None) not in rows
    # what must happen first is the speaker's demand, not Kyiv's refusal
    assert ("Dmitry Peskov", "troop_withdrawal_donbas", "support", None) in rows
    assert not any(a == "Ukraine" for a, *_ in rows)


@pytest.mark.parametrize("text, language", [
    ("Sanctions will stay in place until at least March, Zelensky said, and there will be no ceasefire.", "en"),
    # «поки не» without a clause of its own is "not yet"; «доки» without «не» is "while"
    ("Компромісу щодо перемир'я поки не знайшли, визнав Пєсков.", "uk"),
])
def test_until_with_no_clause_or_no_negation_is_no_condition(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [s.condition for s in found if s.polarity == "conditional"] == []


@pytest.mark.parametrize("text, language, asked", [
    ("Asked whether Kyiv would accept a cap on its army, Zelensky said it would not.", "en",
     ("Ukraine", "army_size_cap", "support")),
    ("Asked by reporters whether Russia would accept European troops, Peskov said the position was known.", "en",
     ("Russia", "foreign_troops_deployment", "support")),
    ("На запитання журналістів, чи готовий Київ вивести війська з Донбасу, Зеленський відповів, що ні.", "uk",
     ("Ukraine", "troop_withdrawal_donbas", "support")),
])
def test_a_reporters_question_that_opens_the_sentence_holds_no_position(text, language, asked):
    found = stances(text, language)
    assert asked not in found
    assert not any(pol == "support" for _, _, pol in found)


def test_the_answer_after_a_reporters_question_still_holds_its_position():
    text = "Asked about elections, Zelensky said Ukraine was ready to hold them if its security was guaranteed."
    assert ("Volodymyr Zelensky", "elections", "conditional") in stances(text, "en")


@pytest.mark.parametrize("text, language, expected", [
    # an idea or a proposal is what it proposes (a plan's complement is its name: «план завершення війни»)
    ("Кремль відкинув ідею розміщення європейських миротворців в Україні.", "uk",
     {("Russia", "foreign_troops_deployment", "oppose")}),
    # seeing no point in a measure rejects it
    ("Пєсков заявив, що москва не бачить сенсу в тимчасовому перемир'ї.", "uk", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Песков заявил, что Москва не видит смысла во временном перемирии.", "ru", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("The Kremlin said it saw no point in a temporary truce.", "en", {("Russia", "ceasefire", "oppose")}),
    # rejecting "the demand for" a measure rejects the measure (the demand after "the" is a noun, no chained verb)
    ("Kyiv rejected the demand for a withdrawal from Donbas.", "en", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Kyiv rejected Moscow's demand for a withdrawal from Donbas.", "en",
     {("Ukraine", "troop_withdrawal_donbas", "oppose"), ("Russia", "troop_withdrawal_donbas", "support")}),
    ("Kyiv and its European allies have pushed back against the demand for a withdrawal from Donbas.", "en",
     {("Ukraine", "troop_withdrawal_donbas", "oppose"), ("Europe", "troop_withdrawal_donbas", "oppose")}),
])
def test_ideas_pointless_measures_and_rejected_demands(text, language, expected):
    assert stances(text, language) == expected


def test_a_plans_complement_is_still_its_name():
    assert stances("Сторони обговорили план завершення війни.", "uk") == set()
    assert ("Dmitry Peskov", "ceasefire", "oppose") not in stances("Пєсков заявив, що москва бачить сенс у перемир'ї.", "uk")


@pytest.mark.parametrize("text, language, expected", [
    # the Presidential Office speaks for Ukraine
    ("Офіс президента відкинув ідею проведення виборів під час воєнного стану.", "uk", {("Ukraine", "elections", "oppose")}),
    ("Zelensky's office rejected the idea of elections under martial law.", "en", {("Ukraine", "elections", "oppose")}),
    # what another side "will have to" do is the speaker's demand
    ("Президент США Дональд Трамп вважає, що Україні доведеться поступитися частиною території.", "uk",
     {("Donald Trump", "territory_recognition", "support")}),
    ("Трамп считает, что Украине придется уступить часть территорий.", "ru", {("Donald Trump", "territory_recognition", "support")}),
    # recognising the occupation is recognising the territory as Russian
    ("Єрмак заявив, що Україна не визнає окупацію.", "uk", {("Andriy Yermak", "territory_recognition", "oppose")}),
])
def test_the_presidential_office_having_to_and_recognising_the_occupation(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a country's allies or backers are not the country
    ("Kyiv's allies insist on a ceasefire first.", "en", set()),
    ("Ukraine's Western backers insist on a ceasefire first.", "en", set()),
    ("Ukraine's European partners back the deployment of a multinational force.", "en",
     {("Europe", "foreign_troops_deployment", "support")}),
    # "X's position is that …" opens X's words (and only with its owner named)
    ("Ukraine's position is that it will not cede land.", "en", {("Ukraine", "territory_recognition", "oppose")}),
    ("The position is that Ukraine will not cede land.", "en", set()),
    ("Позиція Києва полягає в тому, що Україна не віддасть жодних територій.", "uk",
     {("Ukraine", "territory_recognition", "oppose")}),
    ("Позиция Москвы заключается в том, что Украина должна вывести войска из Донбасса.", "ru",
     {("Russia", "troop_withdrawal_donbas", "support")}),
])
def test_allies_are_not_the_country_and_a_named_position_opens_its_owners_words(text, language, expected):
    assert stances(text, language) == expected


# -- fixes from a review of the rules above ---------------------------------------------------------------
@pytest.mark.parametrize("text, language, expected", [
    # "until" under no negation says how long, not on what terms
    ("Putin said Russia would continue its offensive until its goals are achieved.", "en",
     {("Vladimir Putin", "military_pressure", "support")}),
    ("Zelensky said Ukraine supports a ceasefire until elections are held.", "en",
     {("Volodymyr Zelensky", "ceasefire", "support"), ("Volodymyr Zelensky", "elections", "support")}),
    ("Russia rejects a ceasefire until talks in Berlin.", "en", {("Russia", "ceasefire", "oppose")}),  # no clause
    # «поки що» is "so far"; «поки» without a negated main clause is "while"
    ("Зеленський заявив, що Україна готова до перемир'я, поки що росія не відповіла.", "uk",
     {("Volodymyr Zelensky", "ceasefire", "support")}),
    ("Зеленський погоджується на перемир'я, поки путін не збирається зупиняти війну.", "uk",
     {("Volodymyr Zelensky", "ceasefire", "support"), ("Vladimir Putin", "ceasefire", "oppose")}),
    # what must happen first is the holder's demand, also after an attitude verb
    ("Путін заявив, що росія не погодиться на перемир'я, доки Україна не виведе війська з Донбасу і не відмовиться "
     "від членства в НАТО.", "uk",
     {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support"),
      ("Vladimir Putin", "nato_renunciation", "support")}),
    # a question with no comma of its own leaves the answer alone; the question is not what the answer said
    ("На вопрос журналистов о перемирии Песков отверг эту идею, добавив, что переговоры продолжаются.", "ru",
     {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("На запитання про перемир'я Пєсков відкинув таку можливість, зазначивши, що переговори тривають.", "uk",
     {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Asked whether Moscow would agree to a ceasefire, Peskov said no.", "en", set()),
    ("Asked whether, after the Miami talks, Russia would accept a ceasefire, Peskov declined to comment.", "en", set()),
    ("Asked whether Kyiv, under pressure from Washington, would accept territorial concessions, Zelensky said no.", "en",
     set()),
    # what has no point is what follows; talking about a measure takes no side on it
    ("Зеленський заявив, що відмова від перемир'я не має сенсу.", "uk", {("Volodymyr Zelensky", "ceasefire", "support")}),
    ("Пєсков заявив, що наразі немає сенсу говорити про перемир'я.", "uk", set()),
    ("Peskov said there was no point in speculating about a ceasefire.", "en", set()),
    # a place a proposal is brought to is not its owner
    ("Віткофф привіз до москви пропозицію обміну територіями.", "uk", {("Steve Witkoff", "territory_recognition", "support")}),
])
def test_until_questions_and_pointless_measures_review_cases(text, language, expected):
    assert stances(text, language) == expected


def test_the_until_condition_states_what_must_happen():
    text = "Песков заявил, что перемирия не будет, пока Киев не выведет войска из Донбасса и не откажется от вступления в НАТО."
    found = extract_article_stances(_article(text, "ru"), annotate_text(text, "ru"), learned=False)
    assert [s.condition for s in found if s.polarity == "conditional"] == [
        "Киев выведет войска из Донбасса и откажется от вступления в НАТО"]


@pytest.mark.parametrize("text, language, expected", [
    # «не пойдет ни на какие компромиссы»: one negation (the «ни» is concord) of a concession by the speaker's side
    ("По словам Рябкова, Россия не пойдет ни на какие компромиссы по Крыму.", "ru",
     {("Sergei Ryabkov", "territory_recognition", "support")}),
    ("Киев не пойдет ни на какие территориальные уступки, заявил Зеленский.", "ru",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("Україна не піде ні на які територіальні поступки, заявив Зеленський.", "uk",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
])
def test_going_to_no_compromise_at_all_is_one_negation(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the outlet that passes the quote on after the speaker leaves the quote his
    ('"Росія готова до припинення вогню, якщо ЗСУ залишать Донбас", - сказав Пєсков, передає ТАСС.', "uk",
     {("Dmitry Peskov", "ceasefire", "conditional"), ("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    ('"Russia is ready for a ceasefire if Ukrainian troops leave Donbas," Peskov said, TASS reported.', "en",
     {("Dmitry Peskov", "ceasefire", "conditional"), ("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    # no grounds for a measure reject it, with or without «жодних»/«никаких»
    ("\"Ми не бачимо жодних підстав для перемир'я\", – наголосив Пєсков.", "uk", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Пєсков заявив, що москва не бачить підстав для перемир'я.", "uk", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("«Мы не видим никаких оснований для перемирия», — подчеркнул Песков.", "ru", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Peskov said Moscow saw no reason for a truce.", "en", {("Dmitry Peskov", "ceasefire", "oppose")}),
])
def test_a_cited_outlet_after_the_speaker_and_no_grounds_for_a_measure(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's adjective or a name after a determiner makes the attitude word a noun: the demand is that state's
    ("Kyiv rejected the U.S. demand for elections.", {("Ukraine", "elections", "oppose"), ("United States", "elections", "support")}),
    ("Zelensky rejected Russian demands for a withdrawal from Donbas.",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose"), ("Russia", "troop_withdrawal_donbas", "support")}),
    ("Kyiv rejected the new Russian demand for a withdrawal from Donbas.",
     {("Ukraine", "troop_withdrawal_donbas", "oppose"), ("Russia", "troop_withdrawal_donbas", "support")}),
    # a plural subject before a verb with its object stays a verb
    ("Russia and the US demand a ceasefire.", {("Russia", "ceasefire", "support"), ("United States", "ceasefire", "support")}),
])
def test_a_modified_english_demand_is_a_noun_and_a_plural_subjects_verb_is_not(text, expected):
    assert stances(text, "en") == expected


@pytest.mark.parametrize("text, language, expected", [
    # what a conditional ceasefire waits on is a demand only when the condition wants it to happen
    ("Kyiv is ready for a ceasefire if Russia drops its demand for a withdrawal from Donbas.", "en",
     {("Ukraine", "ceasefire", "conditional")}),
    ("Київ готовий до перемир'я, якщо росія не вимагатиме виходу з Донбасу.", "uk", {("Ukraine", "ceasefire", "conditional")}),
    # a verb of support in the condition still wants what it names
    ("Russia is ready for a ceasefire if Ukraine agrees to withdraw from Donbas, Peskov said.", "en",
     {("Dmitry Peskov", "ceasefire", "conditional"), ("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    # "Our position is that …" has no owner named: the quote is its speaker's
    ('"Our position is that Ukraine must withdraw from Donbas," Peskov said.', "en",
     {("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    # another country's presidential office is not Ukraine's
    ("Turkey's Presidential Office said it supports an immediate ceasefire.", "en", {("Turkey", "ceasefire", "support")}),
    ("Офіс президента України відкинув ідею проведення виборів під час воєнного стану.", "uk", {("Ukraine", "elections", "oppose")}),
    # no reason for something else (optimism, delay, doubt) is no rejection of the measure
    ("Peskov sees no reason for delaying a ceasefire.", "en", set()),
    ("Peskov saw no reason for optimism about a ceasefire.", "en", set()),
    ("Песков не видит никаких оснований сомневаться в том, что Украина проведет выборы.", "ru", set()),
])
def test_second_review_cases(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Zelensky, who met Trump at Mar-a-Lago on Sunday, said Ukraine would not withdraw from Donbas.", "en"),
    ("Зеленський, який у неділю зустрівся з Трампом, заявив, що Україна не виведе війська з Донбасу.", "uk"),
])
def test_a_relative_clause_between_the_speaker_and_his_verb_leaves_him_the_speaker(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}


@pytest.mark.parametrize("text, language, condition", [
    # a noun condition with no comma after it ends where the main clause's subject and verb begin
    ("Лавров попередив, що в разі зриву переговорів російська армія продовжить наступ.", "uk", "зриву переговорів"),
    ("Путин пригрозил, что в случае провала переговоров Москва заберет эти земли силой.", "ru", "провала переговоров"),
    ("Песков заявил, что в ответ на удары по энергетике российские войска продолжат наступление.", "ru",
     "удары по энергетике"),
])
def test_a_noun_condition_ends_before_the_main_clause(text, language, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(s.issue, s.polarity, s.condition) for s in found] == [("military_pressure", "conditional", condition)]


@pytest.mark.parametrize("text, language, expected", [
    # the settlement named as the whole condition says when a measure applies, not on what terms
    ("Макрон сказав, що в разі мирної угоди Франція надасть Україні гарантії безпеки.", "uk",
     {("Emmanuel Macron", "security_guarantees", "support")}),
    ("Starmer said Britain would back security guarantees for Kyiv in the event of a peace agreement.", "en",
     {("Keir Starmer", "security_guarantees", "support")}),
    # a real term stays a condition
    ("Starmer said Britain would back security guarantees for Kyiv in the event of a Russian withdrawal.", "en",
     {("Keir Starmer", "security_guarantees", "conditional")}),
])
def test_a_deal_as_the_whole_condition_is_timing(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Ушаков наголосив, що Москві потрібна тривала угода, а не перепочинок для ЗСУ.", "uk",
     {("Yuri Ushakov", "ceasefire", "oppose")}),
    ("Лавров сказал, что России нужен прочный мир, а не передышка.", "ru", {("Sergei Lavrov", "ceasefire", "oppose")}),
    ("Moscow wants a final settlement rather than a truce, Lavrov told reporters.", "en",
     {("Sergei Lavrov", "ceasefire", "oppose")}),
    # two figures of one measure compared: no refusal
    ("Лідери ЄС запропонували ліміт у 800 тисяч замість 600 тисяч військових.", "uk",
     {("European Union", "army_size_cap", "support")}),
    # the issue named before the contrast is another side's proposal, not turned down here
    ("Київ просив про перемир'я, а Кремль відповів, що потрібен мир, а не припинення вогню.", "uk",
     {("Ukraine", "ceasefire", "support")}),
])
def test_a_contrast_turns_down_the_issue_after_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("EU leaders meet on Thursday to decide whether to approve a loan from the frozen Russian assets.", "en"),
    ("Лідери ЄС у четвер мають вирішити, чи схвалити кредит Україні із заморожених російських активів.", "uk"),
])
def test_deciding_whether_takes_no_side(text, language):
    assert stances(text, language) == set()


def test_the_signing_of_a_deal_is_timing_for_guarantees():
    assert stances("Макрон заявив, що Франція надасть гарантії безпеки Україні в разі укладення миру.") == {
        ("Emmanuel Macron", "security_guarantees", "support")}


@pytest.mark.parametrize("text, condition", [
    ("Trump said he would sit down with Putin and Zelensky only when the deal was nearly done.", "the deal was nearly done"),
    ("A meeting with both leaders, Witkoff said, would come only when the remaining points were settled.",
     "the remaining points were settled"),
])
def test_only_when_makes_a_leaders_meeting_conditional(text, condition):
    found = extract_article_stances(_article(text, "en"), annotate_text(text, "en"), learned=False)
    assert [(s.issue, s.polarity, s.condition) for s in found] == [("talks_format", "conditional", condition)]


@pytest.mark.parametrize("text, language, expected", [
    # the condition keeps its own nouns and the main clause its «не»: no ceasefire stance from the condition
    ("Зеленський заявив, що у разі порушення перемир'я Європа запровадить нові санкції.", "uk", set()),
    ("Зеленський заявив, що у разі відмови Москви Україна не проводитиме вибори.", "uk",
     {("Volodymyr Zelensky", "elections", "conditional")}),
    # inclusive contrasts and a contrast opening another subject's clause refuse nothing
    ("Rutte said Europe will back Ukraine, not least with security guarantees.", "en",
     {("Europe", "security_guarantees", "support")}),
    ("Zelensky said Ukraine needs a lasting peace, not just a ceasefire.", "en", set()),
    ("Пєсков заявив, що замість перемир'я Росія посилила удари.", "uk", set()),
    # a deal qualified or refused is a term, not timing
    ("Starmer said Britain would back security guarantees for Kyiv in the event of no deal.", "en",
     {("Keir Starmer", "security_guarantees", "conditional")}),
])
def test_noun_conditions_and_contrasts_review_cases(text, language, expected):
    assert stances(text, language) == expected



@pytest.mark.parametrize("text, language, expected", [
    # elections named without the word "election": a vote in Ukraine, choosing its leaders, going to the polls
    ("Trump told reporters it was high time for Ukrainians to vote.", "en", {("Donald Trump", "elections", "support")}),
    ("Zelensky said he was ready to let Ukraine choose a new president once the fighting stops.", "en",
     {("Volodymyr Zelensky", "elections", "conditional")}),
    ("Зеленський попросив Раду дозволити українцям голосувати під час війни.", "uk",
     {("Volodymyr Zelensky", "elections", "support")}),
    ("Песков заявил, что Киев должен избрать новую власть.", "ru", {("Dmitry Peskov", "elections", "support")}),
    # a vote on something else is no election
    ("Zelensky said the Rada would vote on the budget next week.", "en", set()),
    # a ceasefire named as quiet along the front
    ("Віткофф заявив, що США хочуть тиші вздовж усієї лінії фронту.", "uk", {("Steve Witkoff", "ceasefire", "support")}),
])
def test_issues_named_in_other_words(text, language, expected):
    assert stances(text, language) == expected


def test_an_issue_denied_in_its_own_clause_is_not_the_attitude_words_before_it():
    text = "Лавров заявив, що Москва не погодиться на війська НАТО в жодній формі, а щодо Криму, Донеччини та Херсонщини компромісів не буде."
    assert stances(text) == {("Sergei Lavrov", "foreign_troops_deployment", "oppose"),
                             ("Sergei Lavrov", "territory_recognition", "support")}


@pytest.mark.parametrize("text, language, expected", [
    # a negation reaches the issue across an adverb or a modal
    ("Zelensky vowed that Kyiv would never legally recognize the occupied territories as Russian.", "en",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("В Кремле настаивают, что Украина не должна вступать в НАТО.", "ru", {("Russia", "nato_renunciation", "support")}),
    # becoming a member is joining
    ("В Кремле настаивают, что Украина никогда не должна стать членом НАТО.", "ru", {("Russia", "nato_renunciation", "support")}),
    ("Rubio said Ukraine would not become a member of NATO.", "en", {("Marco Rubio", "nato_renunciation", "support")}),
])
def test_negation_across_adverbs_and_modals_and_membership(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # "without" denies the phrase right after it: what a deal is impossible without is demanded
    ("Ушаков заявил, что без вывода ВСУ из Донбасса мир невозможен.", "ru",
     {("Yuri Ushakov", "troop_withdrawal_donbas", "support")}),
    ("Мерц наголосив, що Україна повинна мати сильну армію без жодних обмежень.", "uk",
     {("Friedrich Merz", "army_size_cap", "oppose")}),
    # but not a phrase further on («без натяків: бойові дії припиняться …»)
    ("Путін без натяків заявив, що Росія готова до перемир'я.", "uk", {("Vladimir Putin", "ceasefire", "support")}),
    # calling a measure theft rejects it
    ("Захарова назвала использование замороженных российских активов воровством.", "ru",
     {("Maria Zakharova", "frozen_assets", "oppose")}),
    ("Peskov called the use of frozen Russian assets theft.", "en", {("Dmitry Peskov", "frozen_assets", "oppose")}),
])
def test_without_and_words_of_theft(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, issue", [
    ("Putin demanded that Kyiv pull its troops back from the line.", "en", "troop_withdrawal_donbas"),
    ("Zelensky asked for ironclad guarantees from Washington.", "en", "security_guarantees"),
    ("Macron backed a loan drawn on the sovereign reserves held in Europe.", "en", "frozen_assets"),
    ("Zelensky called for the shelling to stop along the whole front.", "en", "ceasefire"),
    ("Песков заявил, что Москва выступает против конфискации резервов.", "ru", "frozen_assets"),
    ("Лавров потребовал закрепить Донбасс в составе России.", "ru", "territory_recognition"),
    ("Песков заявил, что Москва требует гарантий нерасширения альянса на восток.", "ru", "nato_renunciation"),
])
def test_issues_named_in_other_words_en_ru(text, language, issue):
    assert issue in {i for _, i, _ in stances(text, language)}


@pytest.mark.parametrize("text, issue", [
    ("Зеленський наполягає на захисті за моделлю 5-ї статті.", "security_guarantees"),
    ("Макрон запропонував Україні безпекову парасольку Європи.", "security_guarantees"),
    ("Кремль виступає проти натовських солдатів в Україні.", "foreign_troops_deployment"),
    ("Єврокомісія пропонує використати знерухомлені кошти для кредиту Україні.", "frozen_assets"),
    ("Кремль вимагає легалізації захоплених територій.", "territory_recognition"),
])
def test_issues_named_in_other_words_uk(text, issue):
    assert issue in {i for _, i, _ in stances(text)}


def test_a_title_with_its_own_phrase_ends_at_the_name():
    text = "U.S. Ambassador to the United Nations Mike Waltz said on Friday that Washington wanted a ceasefire."
    assert stances(text, "en") == {("Mike Waltz", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    # a battlefield report is no threat: «военнослужащие» is not «военным путем»
    ("Песков заявил, что российские военнослужащие освободили еще одно село.", "ru"),
    ("Пєсков заявив, що російські військові захопили ще одне село.", "uk"),
])
def test_a_battlefield_report_is_no_threat(text, language):
    assert stances(text, language) == set()


@pytest.mark.parametrize("text, language, expected", [
    # a participle phrase set off by commas before the speech verb: the subject stands before it
    ("Peskov, speaking to reporters on Friday, said Moscow rejected any European troops in Ukraine.", "en",
     {("Dmitry Peskov", "foreign_troops_deployment", "oppose")}),
    ("Ушаков, выступая в Москве, сообщил, что Кремль отвергает размещение европейских войск.", "ru",
     {("Yuri Ushakov", "foreign_troops_deployment", "oppose")}),
])
def test_a_participle_phrase_before_the_speech_verb(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    # a question left to be settled in the talks takes no side on it
    ("Lavrov said the question of recognising the new borders would be settled at the negotiating table.", "en"),
    ("Питання визнання кордонів, за словами Лаврова, вирішуватимуть під час переговорів.", "uk"),
])
def test_a_question_left_to_the_talks_takes_no_side(text, language):
    assert stances(text, language) == set()


def test_what_is_to_be_discussed_later_still_holds_the_plan():
    text = "Putin said on Friday that the plan could underpin a final settlement, although it had to be discussed."
    assert ("Vladimir Putin", "peace_plan_overall", "support") in stances(text, "en")


@pytest.mark.parametrize("text, language, expected", [
    # a speaker named after the verb keeps the stance past a participle phrase
    ("Україна не віддасть Донбас, відкидаючи будь-яке виведення військ, заявив Зеленський.", "uk",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    # «без» before another noun leaves the issue phrase alone
    ("Путин потребовал вывести без всяких условий войска ВСУ из Донбасса.", "ru",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    # a contrast with no speech verb is still the attitude word's
    ("Путин хочет мира, а не перемирия.", "ru", {("Vladimir Putin", "ceasefire", "oppose")}),
    # "illegal sanctions": the word qualifies the issue, it does not reject its relief
    ("Lavrov demanded the lifting of illegal Western sanctions on Russia.", "en", {("Sergei Lavrov", "sanctions_relief", "support")}),
    # «не только … но и …» adds, it does not negate
    ("Путин потребовал не только признать Крым российским, но и отменить санкции.", "ru",
     {("Vladimir Putin", "territory_recognition", "support"), ("Vladimir Putin", "sanctions_relief", "support")}),
    # a title phrase after a verb is its object, not a subject
    ("Rubio called Ambassador to the United Nations Mike Waltz, urging Moscow to accept a ceasefire.", "en",
     {("Marco Rubio", "ceasefire", "support")}),
    # other votes and other countries' elections, a night that ended with shelling, foreign military aid
    ("Trump praised the UN vote condemning Russia's war in Ukraine.", "en", set()),
    ("Зеленський закликав депутатів проголосувати за законопроєкт про мобілізацію під час війни.", "uk", set()),
    ("Trump said Americans would choose a new president in 2028.", "en", set()),
    ("Zelensky said Russia ended the night by shelling Kharkiv.", "en", set()),
    ("Zelensky thanked Germany for foreign military aid.", "en", set()),
    ("Україна активно захищає свій суверенний вибір, заявив Зеленський.", "uk", set()),
])
def test_review_cases_of_the_new_vocabulary_and_rules(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a genitive reference inside the speaker's title says whose aide, not who speaks
    ("Питання Криму закрите, Україна має визнати його російським, сказав учора радник кремлівського очільника Юрій Ушаков.",
     "uk", {("Yuri Ushakov", "territory_recognition", "support")}),
    ("Киев должен отказаться от вступления в НАТО, заявил в среду помощник российского лидера Юрий Ушаков.",
     "ru", {("Yuri Ushakov", "nato_renunciation", "support")}),
])
def test_a_speaker_after_the_verb_is_the_name_not_the_reference_in_its_title(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a descriptive reference with a given name inside it («адміністрація трампа» + «Дональда»)
    ("Адміністрація Дональда Трампа підтримує розгортання європейських військ в Україні.", "uk",
     {("United States", "foreign_troops_deployment", "support")}),
    ("The Donald Trump administration rejected any cap on Ukraine's army.", "en",
     {("United States", "army_size_cap", "oppose")}),
    # ru state media's name for Zelensky
    ("Глава киевского режима отверг вывод войск из Донбасса.", "ru",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
])
def test_references_with_a_given_name_inside_and_state_media_names(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the owner before a demonstrative or a verb is the subject, not the plan's owner
    ("Вашингтон запропонував мирний план. У Білому домі наголосили, що Трамп цей план повністю підтримує.", "uk",
     {("United States", "peace_plan_overall", "support"), ("Donald Trump", "peace_plan_overall", "support")}),
    ("Американцы предложили мирный план. В Кремле заявили, что Уиткофф этот документ одобряет.", "ru",
     {("United States", "peace_plan_overall", "support"), ("Steve Witkoff", "peace_plan_overall", "support")}),
    # one noun phrase keeps its owner: adjectives and numbers between owner and noun
    ("Зеленський погодився працювати над американським мирним планом.", "uk",
     {("Volodymyr Zelensky", "peace_plan_overall", "support")}),
])
def test_an_owner_outside_the_noun_phrase_is_not_the_plans_owner(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a subject after a comma and before its verb opens a new clause; the verb's words follow it
    ("После того как Трамп потребовал провести выборы, глава киевского режима объявил о готовности провести их при условии прекращения огня.",
     "ru", {("Donald Trump", "elections", "support"), ("Volodymyr Zelensky", "elections", "conditional")}),
    # a blueprint for ending the war names the plan
    ("Witkoff offered Kyiv a blueprint for ending the war. Zelensky said he was ready to work on the plan.", "en",
     {("Steve Witkoff", "peace_plan_overall", "support"), ("Volodymyr Zelensky", "peace_plan_overall", "support")}),
])
def test_a_subject_opening_a_clause_after_a_comma_and_a_blueprint(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # working a plan out together is pushing it as the basis of a deal
    ("Київ і Вашингтон напрацювали оновлений мирний план.", "uk",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("Украинская и американская делегации доработали мирный план.", "ru",
     {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}),
    ("Ukrainian negotiators spent a week reworking the peace plan.", "en", {("Ukraine", "peace_plan_overall", "support")}),
    # a participant named after «за участі», "with the participation of" holds no position of the act
    ("Робоча група, яка з участю США напрацює гарантії безпеки, збереться в січні.", "uk", set()),
    ("Рабочая группа, которая при участии США доработает гарантии безопасности, соберется в январе.", "ru", set()),
])
def test_co_drafting_a_plan_and_participants(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «формирования» are troops; «покинут» is the verb, whatever lemma the dictionary gives it
    ("Огонь прекратится, как только украинские формирования покинут Донбасс, пригрозил Путин.", "ru",
     {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    # a position set out, spelled out, «изложил», is said
    ("Russia will take the Donbas by force if Ukrainian troops do not leave, Putin spelled out on Thursday.", "en",
     {("Vladimir Putin", "military_pressure", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    ("Если войска ВСУ не уйдут из Донбасса, Россия возьмет его силой, — такую позицию Путин изложил журналистам.", "ru",
     {("Vladimir Putin", "military_pressure", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    # a full participle qualifies a noun; nobody speaks through it
    ("Кремль готов прекратить огонь на условиях, сформулированных летом.", "ru", {("Russia", "ceasefire", "conditional")}),
])
def test_threat_wording_and_speech_verbs_of_setting_out(text, language, expected):
    assert stances(text, language) == expected


def test_a_named_object_before_the_cue_keeps_the_previous_topic_out():
    text = ("Путин потребовал вывести украинские войска из Донбасса. "
            "Кроме того, он дал понять, что возвращаться в «большую восьмерку» Москва не собирается.")
    assert stances(text, "ru") == {("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language, expected", [
    # «проти виступила X»: the verb before its subject; the clause after a dash answers what came before it
    ("Рішення про конфіскацію російських активів відклали — проти виступила Угорщина.", "uk",
     {("Hungary", "frozen_assets", "oppose")}),
    ("Решение о конфискации российских активов отложили — против выступила Венгрия.", "ru",
     {("Hungary", "frozen_assets", "oppose")}),
    # "go along only if": agreement on a condition
    ("Hungary will go along with the use of frozen Russian assets only if the risks are shared.", "en",
     {("Hungary", "frozen_assets", "conditional")}),
    ("Hungary's resistance to the use of frozen Russian assets has not softened.", "en",
     {("Hungary", "frozen_assets", "oppose")}),
])
def test_opposition_after_a_dash_and_agreement_on_a_condition(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a nominative after a group head («лідерами») starts the subject; it is not the leaders' owner
    ("З обома лідерами американський президент готовий зустрітися лише тоді, коли угоду буде підписано.", "uk",
     {("Donald Trump", "talks_format", "conditional")}),
])
def test_a_nominative_after_a_group_head_is_the_subject(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a subject relative opening the speech verb's clause is the name before its comma
    ("Зеленський відповів Мерцу, який у середу заявив, що готовий надати Україні гарантії безпеки.", "uk",
     {("Friedrich Merz", "security_guarantees", "support")}),
    ("European leaders, who met in Geneva on Sunday, said the army cap of 600,000 was unacceptable.", "en",
     {("Europe", "army_size_cap", "oppose")}),
    # «для» before people is for whom, not a plan's purpose
    ("Трамп заявив, що для українців настав час голосувати.", "uk", {("Donald Trump", "elections", "support")}),
])
def test_a_relative_speaker_and_for_whom(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # what another side must do is the speaker's demand, with an adverbial phrase between the modal and the verb
    ("Пєсков заявив, що Київ має без жодних подальших зволікань погодитися на виведення військ з Донбасу.", "uk",
     {("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    # a decision on Donbas Kyiv is told to make is the withdrawal
    ("Lavrov said Kyiv must make a decision on Donbas.", "en", {("Sergei Lavrov", "troop_withdrawal_donbas", "support")}),
    # "in his telling" names the speaker; it is no speech verb of the subject before it
    ("Lavrov spoke on Monday. Ukraine, in his telling, must withdraw its troops from Donbas.", "en",
     {("Sergei Lavrov", "troop_withdrawal_donbas", "support")}),
    # «наполягав, що …» frames the clause after it: the demand is the speaker's, not the clause subject's
    ("Лавров наполягав, що Київ має відмовитися від вступу в НАТО.", "uk", {("Sergei Lavrov", "nato_renunciation", "support")}),
])
def test_demands_on_another_side_inside_reported_speech(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a quote or a clause-final verb after the comma: the speaker before the verb still speaks
    ("«Україна не вийде з Донбасу», Зеленський заявив.", "uk", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("Россия не согласится на перемирие, Песков подчеркнул.", "ru", {("Dmitry Peskov", "ceasefire", "oppose")}),
    # an active participle that opens words still speaks
    ("Песков, заявивший журналистам, что Россия не согласится на перемирие, отказался от комментариев.", "ru",
     {("Dmitry Peskov", "ceasefire", "oppose")}),
    # the dative subject of an impersonal verb holds the position
    ("Угорщині вдалося заблокувати використання заморожених активів.", "uk", {("Hungary", "frozen_assets", "oppose")}),
    # the plan first: its owner may follow in a relative clause or after a participle
    ("Kyiv rejected the plan that Washington proposed.", "en",
     {("Ukraine", "peace_plan_overall", "oppose"), ("United States", "peace_plan_overall", "support")}),
    ("Київ відхилив мирний план. Трамп же план підтримує.", "uk",
     {("Ukraine", "peace_plan_overall", "oppose"), ("Donald Trump", "peace_plan_overall", "support")}),
    # «взяв участь Умєров»: the one who took part is the subject
    ("У переговорах взяв участь Умєров і підтримав оновлений мирний план.", "uk", {("Rustem Umerov", "peace_plan_overall", "support")}),
    # «проти виступу» is against a speech
    ("Угорщина поскаржилася на кампанію проти виступу Орбана на підтримку перемир'я.", "uk", set()),
    # after a dash, agreeing with a blocking is not backing what was blocked
    ("Бельгія заблокувала використання заморожених активів — Угорщина підтримала.", "uk", {("Belgium", "frozen_assets", "oppose")}),
    # a place or a person named before the cue is no object that keeps the topic out
    ("Путін вимагає виходу військ з Донбасу. Зеленський у Берліні відмовився.", "uk",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support"), ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("Putin demands a withdrawal from Donbas. After meeting Merz in Berlin, Zelensky refused.", "en",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support"), ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    # a relative after a genitive that describes the noun before it
    ("Зеленський поговорив із дружиною Трампа, яка сказала, що США підтримують гарантії безпеки.", "uk",
     {("United States", "security_guarantees", "support")}),
    # a position on a plan, counter-proposals to it: no stance on the plan itself
    ("Київ і Брюссель узгоджують спільну позицію щодо мирного плану США.", "uk", set()),
    ("Европа и Украина выработали контрпредложения к мирному плану США.", "ru", set()),
    ("Мерц підтримав вихід з глухого кута у формуванні коаліції.", "uk", set()),
    # a position spelled out before a colon; a possessive inside a title after the verb
    ("The Kremlin spelled out what it wants: a Ukrainian withdrawal from Donbas.", "en", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Ukraine must withdraw from Donbas, said Vladimir Putin's foreign policy aide Yuri Ushakov.", "en",
     {("Yuri Ushakov", "troop_withdrawal_donbas", "support")}),
])
def test_second_review_cases_of_the_next_stop(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a superseded draft's content is an explicitly past position; the current draft's content stands
    ("Washington proposed a 28-point peace plan. Washington's original 28-point draft, since reworked, had capped "
     "Ukraine's army at 600,000 troops.", "en", {("United States", "peace_plan_overall", "support")}),
    ("Washington proposed a 28-point peace plan. The plan caps Ukraine's army at 600,000 troops.", "en",
     {("United States", "peace_plan_overall", "support"), ("United States", "army_size_cap", "support")}),
    ("США запропонували мирний план. Американський план передбачає вибори в Україні протягом 100 днів.", "uk",
     {("United States", "peace_plan_overall", "support"), ("United States", "elections", "support")}),
])
def test_a_superseded_draft_is_a_past_position(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a plan that is "not ready" or "needs more work" is its state, not anyone's will or verdict
    ("Washington proposed a peace plan. Merz said the plan was not ready.", "en", {("United States", "peace_plan_overall", "support")}),
    ("США запропонували мирний план. Мерц наголосив, що план потребує доопрацювання.", "uk",
     {("United States", "peace_plan_overall", "support")}),
    ("США предложили мирный план. Мерц заявил, что план нуждается в «дополнительной работе».", "ru",
     {("United States", "peace_plan_overall", "support")}),
    # readiness of a holder stays
    ("Washington proposed a peace plan. Kyiv is not ready to accept the plan.", "en",
     {("United States", "peace_plan_overall", "support"), ("Ukraine", "peace_plan_overall", "oppose")}),
])
def test_a_plan_not_ready_or_needing_work_is_no_verdict(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # other demands than the one named before
    ("Путін вимагає виведення військ з Донбасу. Від інших вимог москва теж не відмовилася.", "uk",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    # any document is not the plan named before
    ("США запропонували мирний план. Путін заявив, що підписувати будь-які документи з нинішнім керівництвом України неможливо.",
     "uk", {("United States", "peace_plan_overall", "support")}),
    # a ready text is not a holder's readiness
    ("США предложили мирный план. Готового текста соглашения пока нет, отметил Песков.", "ru",
     {("United States", "peace_plan_overall", "support")}),
])
def test_other_demands_any_document_and_a_ready_text(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a meeting that gathers is no intention; an intention takes an infinitive
    ("Завтра в Брюсселі збирається саміт ЄС щодо заморожених російських активів.", "uk", set()),
    ("ЄС збирається використати заморожені російські активи для кредиту Україні.", "uk",
     {("European Union", "frozen_assets", "support")}),
])
def test_a_summit_gathering_is_no_intention(text, language, expected):
    assert stances(text, language) == expected


def test_a_burden_taken_on_is_the_measure_named_before():
    text = "Трамп пообіцяв Україні гарантії безпеки. Значну частину цього тягаря, за його словами, візьме на себе Європа."
    assert stances(text, "uk") == {("Donald Trump", "security_guarantees", "support"), ("Europe", "security_guarantees", "support")}


@pytest.mark.parametrize("text, language, expected", [
    # a Ukrainian or Russian name right before a noun is the subject, not the noun's owner
    ("США запропонували мирний план. Позиція Білого дому однозначна: Дональд Трамп документ підтримує.", "uk",
     {("United States", "peace_plan_overall", "support"), ("Donald Trump", "peace_plan_overall", "support")}),
    # after the verb, the person a title ends in speaks, not the state inside the title
    ("Україна має відмовитися від вступу до НАТО, заявив у вівторок заступник глави МЗС РФ Сергій Рябков.", "uk",
     {("Sergei Ryabkov", "nato_renunciation", "support")}),
])
def test_a_name_before_a_noun_and_the_person_a_title_ends_in(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «президент країни» after a country is that country's president
    ("Туреччина готова знову надати майданчик у Стамбулі для прямих переговорів, наголосив президент країни.", "uk",
     {("Recep Tayyip Erdoğan", "talks_format", "support")}),
    ("Россия не согласится на перемирие, заявил президент страны.", "ru", {("Vladimir Putin", "ceasefire", "oppose")}),
    # the president of another country named in the genitive is that country's, not the one named before
    ("Президент Фінляндії заявив, що Україна має отримати гарантії безпеки.", "uk",
     {("Alexander Stubb", "security_guarantees", "support")}),
])
def test_the_president_of_the_country_named_before(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a threat repeated or a condition attached before a colon announces the words after it
    ("Putin spoke in Bishkek on Thursday. He attached a condition: the fighting would stop only when Ukrainian units "
     "withdrew, failing which Russia would take the land by force.", "en",
     {("Vladimir Putin", "military_pressure", "conditional"), ("Vladimir Putin", "ceasefire", "conditional"),
      ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    # a speech verb with no subject of its own inside a speaker's words is that speaker's
    ("Очільник кремля лише повторив погрозу, яку озвучив у Бішкеку: бойові дії припиняться, щойно ЗСУ залишать Донбас, "
     "а інакше окупанти доб'ються свого силою.", "uk",
     {("Vladimir Putin", "military_pressure", "conditional"), ("Vladimir Putin", "ceasefire", "conditional"),
      ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_a_threat_repeated_or_a_condition_attached(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a position held now on an old draft stands; only a superseded draft told in the past tense is past
    ("Ukraine still rejects the original draft of the peace plan.", "en", {("Ukraine", "peace_plan_overall", "oppose")}),
    ("Україна й надалі відкидає листопадовий проєкт мирного плану.", "uk", {("Ukraine", "peace_plan_overall", "oppose")}),
    ("Кремль поддерживает ноябрьский проект мирного плана.", "ru", {("Russia", "peace_plan_overall", "support")}),
    # "still", «ще» between the plan and "ready"
    ("Мирний план ще не готовий, заявив Зеленський.", "uk", set()),
    # an intention whose infinitive comes after an inserted phrase
    ("Україна збирається в найближчі тижні, за словами Зеленського, підписати мирний план.", "uk",
     {("Volodymyr Zelensky", "peace_plan_overall", "support")}),
    # a possessive adjective is the plan's owner
    ("Київ підтримує Трампів план.", "uk", {("Ukraine", "peace_plan_overall", "support")}),
])
def test_third_review_cases(text, language, expected):
    assert stances(text, language) == expected


def test_sides_announcing_together_a_plan_they_call_reworked_stand_behind_it():
    both = {"Ukraine", "United States"}
    for text, language in [
            ("Делегації США та України у спільній заяві оголосили про «оновлену й уточнену» рамку мирної угоди.", "uk"),
            ("Делегации США и Украины в совместном заявлении сообщили об «обновленной и доработанной» рамке "
             "соглашения.", "ru"),
            ("Делегации США и Украины выпустили совместное заявление, в котором говорится о выработке «обновленной "
             "и доработанной» рамочной основы урегулирования.", "ru"),
            ('The U.S. and Ukrainian delegations said in a joint statement that they had an "updated and refined" '
             "framework.", "en")]:
        assert {a for a, i, p in stances(text, language) if i == "peace_plan_overall" and p == "support"} == both, text
    # a plan not called reworked, a denied announcement, another's statement: no stand
    assert stances("Делегації США та України оголосили про нову рамку мирної угоди.") == set()
    assert stances("Делегації США та України не оголошували про оновлену рамку мирної угоди.") == set()
    assert stances("Песков сделал заявление, в котором говорится об «обновленной» рамке соглашения.", "ru") == set()
    # an attitude word in the words decides
    assert stances("Росія та Білорусь заявили, що відкидають оновлену рамку мирної угоди.") == {
        ("Russia", "peace_plan_overall", "oppose")}


def test_who_wrote_a_plan_said_in_passing_in_another_side_s_words_is_no_stand():
    text = "Путін припустив, що мирний план, який напрацювали США та Україна, може стати основою для домовленостей."
    assert {a for a, i, p in stances(text)} == {"Vladimir Putin"}
    # the text's own words, or the authors' own, still name who stands behind it
    found = stances("Зеленський заявив, що проєкт, який напрацювали США та Україна, готовий.")
    assert {"Ukraine", "United States"} <= {a for a, i, p in found if i == "peace_plan_overall"}
    found = stances("Зміст мирного плану, який Київ напрацював разом з американцями, став відомий у середу.")
    assert ("Ukraine", "peace_plan_overall", "support") in found


def test_a_counter_plan_brought_in_with_its_owner_is_the_text_the_next_sentence_describes():
    # the owner by «власний» (the subject), by a possessive pronoun for a group named before it
    for text in ("Європейці виклали на стіл власний контрпроєкт. Він передбачає армію мирного часу у 800 тисяч військових.",
                 "Що саме пропонують європейці, відомо з їхнього контрпроєкту. Документ передбачає армію мирного часу у "
                 "800 тисяч військових."):
        assert stances(text) == {("Europe", "army_size_cap", "support")}, text
    assert stances("Европейцы, со своей стороны, выложили на стол собственный контрпроект. Как сообщалось, он "
                   "предусматривает потолок численности ВСУ в 800 тысяч человек.", "ru") == {("Europe", "army_size_cap", "support")}
    # a pronoun before «передбачає, що …» is a person who foresees, not the text
    assert stances("Європейці виклали на стіл власний контрпроєкт. Він передбачає, що армія матиме 800 тисяч військових.") == set()


def test_a_body_set_up_for_a_task_is_set_up_for_the_issue_its_task_names():
    coalition = {("Coalition of the willing", "security_guarantees", "support")}
    for text, language in [
            ("Лідери коаліції охочих домовилися створити франко-британську робочу групу на чолі з Францією, яка "
             "опрацює гарантії безпеки для України.", "uk"),
            ("Коалиция желающих создала франко-британскую рабочую группу по гарантиям безопасности для Украины.", "ru"),
            # («участники коалиции» are the coalition; the case the body works for is no object of its own)
            ("Участники коалиции желающих договорились создать рабочую группу, которая займется гарантиями "
             "безопасности для Украины на случай мирного соглашения.", "ru"),
            ("The coalition of the willing agreed to set up a working group, which will draft security guarantees "
             "for Ukraine.", "en")]:
        assert stances(text, language) == coalition, text
    # a body with no task that names an issue, a body that only has a task: nothing
    assert stances("Лідери коаліції охочих домовилися створити робочу групу, яка збереться в Парижі.") == set()
    assert stances("Робоча група має визначити, як відводити війська.") == set()


def test_the_case_a_measure_is_for_is_not_its_object():
    assert stances("European leaders pledged security guarantees for Ukraine in the event of a peace agreement.", "en") \
        == {("Europe", "security_guarantees", "support")}
    assert stances("Європейські лідери пообіцяли гарантії безпеки на випадок мирної угоди.") == {
        ("Europe", "security_guarantees", "support")}


def test_the_agreed_plan_reworked_plan_and_counter_plan_rules_stay_within_their_reach():
    # who a plan was agreed without or against is no author of it
    found = stances("Мирний план, узгоджений без участі Європи, передбачає армію 600 тисяч.")
    assert not any(a == "Europe" for a, i, p in found)
    found = stances("The peace plan, agreed between Washington and Kyiv over Moscow's objections, provides for elections.", "en")
    assert not any(a == "Russia" for a, i, p in found)
    # "agreed with X" does not say who agreed it with X; another side's words about an agreed plan; a point of
    # the plan agreed; a finite "agreed with"
    assert ("Marco Rubio", "security_guarantees", "support") in stances(
        "Рубіо заявив, що план, погоджений з українською стороною, передбачає гарантії безпеки.")
    found = stances("Пєсков заявив, що мирний план, узгоджений українською та американською командами, передбачає "
                    "армію 800 тисяч.")
    assert not any(a == "Ukraine" for a, i, p in found)
    assert stances("Пункт мирного плану про армію, погоджений з Україною, викликав суперечки.") == set()
    assert stances("The original peace plan agreed with Moscow's demands on almost every point, critics said.", "en") == set()
    # a reworked plan announced by one side's people, or not as their own work, or by someone after another subject
    for text in ("Пєсков і Ушаков заявили про оновлений мирний план.",
                 "Макрон і Мерц заявили, що оновлений мирний план ігнорує інтереси Європи.",
                 "Британія та США заявили, що вивчають оновлений мирний план.",
                 "Зеленський і Трамп провели розмову, а Кремль у заяві повідомив про оновлений мирний план."):
        assert not any(i == "peace_plan_overall" and p == "support" for a, i, p in stances(text)), text
    # the agents of a participle are not the subject of the verb after it
    assert stances("Путін заявив, що мирний план, напрацьований США та Україною, може стати основою для "
                   "домовленостей.") == {("Vladimir Putin", "peace_plan_overall", "support")}
    assert stances("Пєсков заявив, що мирний план, який напрацювали США та Україна, Кремль вивчить.") == set()
    # a side's own plan is the next sentence's text; «їхній» is not the subject of its own clause; the subject
    # of «собственный» is the nominative before it, not the dative
    assert stances("Україна представила свій контрпроєкт. Він передбачає гарантії безпеки.") == {
        ("Ukraine", "security_guarantees", "support")}
    assert stances("Європейці виклали власний контрпроєкт. Росія ж висунула свою пропозицію. Вона передбачає "
                   "виведення військ з Донбасу.") == {("Russia", "troop_withdrawal_donbas", "support")}
    assert not any(a == "Russia" for a, i, p in stances(
        "Кремль відкинув їхній контрпроєкт. Документ передбачає армію 800 тисяч."))
    assert stances("Американцы передали европейцам свой план, а европейцы выложили собственный контрпроект. Он "
                   "предусматривает армию в 800 тысяч.", "ru") == {("Europe", "army_size_cap", "support")}


def test_ready_if_another_starts_a_war_is_readiness_to_fight_not_a_stance():
    for text, language in [
            ("Путин заявил, что мирный план может стать основой для договоренностей. Если же Европа захочет воевать "
             "и начнет войну, Россия готова «прямо сейчас».", "ru"),
            ("Путін заявив, що мирний план може стати основою для домовленостей. Якщо Європа захоче воювати і почне "
             "війну, Росія готова «прямо зараз».", "uk"),
            ("Putin said the peace plan could become the basis for a settlement. Russia was ready right now if Europe "
             "started a war, he warned.", "en")]:
        assert stances(text, language) == {("Vladimir Putin", "peace_plan_overall", "support")}, text
    # a readiness for the plan on another condition stays
    assert ("Russia", "peace_plan_overall", "conditional") in stances(
        "Путін заявив, що мирний план може стати основою для домовленостей. Якщо Київ погодиться, Росія готова "
        "його підписати.")


def test_a_view_that_depends_on_something_is_held_on_that_condition():
    for text, language in [
            ("Russia will judge the U.S. peace plan by whether it stays true to the understandings reached in "
             "Anchorage, Lavrov said.", "en"),
            ("Лавров дав зрозуміти, що ставлення Москви до мирного плану залежатиме від того, чи збережуть у ньому "
             "дух Анкориджа.", "uk"),
            ("Лавров дал понять, что отношение Москвы к мирному плану будет зависеть от того, что от этих "
             "пониманий останется.", "ru")]:
        found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
        assert [(s.actor, s.issue, s.polarity) for s in found] == [
            ("Sergei Lavrov", "peace_plan_overall", "conditional")], text
        assert found[0].condition and "Lavrov" not in found[0].condition  # the condition, not the speaker
    # what else depends on something, or a view that does not, is no condition on a stance
    assert stances("Much will depend on whether the peace plan survives, analysts said.", "en") == set()
    assert stances("Успіх мирного плану залежатиме від того, чи погодиться Росія.") == set()
    assert not any(p == "conditional" for a, i, p in stances(
        "Лавров заявив, що ставлення Москви до мирного плану не залежить від думки Європи."))


def test_by_someone_s_count_frames_their_words():
    assert stances("By Mr. Zelensky's count, 90 percent of the 20-point plan has been agreed.", "en") == {
        ("Volodymyr Zelensky", "peace_plan_overall", "support")}
    assert stances("За підрахунками Зеленського, мирний план узгоджено на 90%.") == {
        ("Volodymyr Zelensky", "peace_plan_overall", "support")}
    assert stances("Prices went up by a third, and the Kremlin's count of casualties rose.", "en") == set()


def test_who_describes_a_plan_reports_it_and_its_proposer_holds_its_content():
    text = ("Washington proposed a 20-point peace plan. Under the 20-point draft, as Zelensky described it, Ukraine "
            "would keep an army of 800,000, well above the 600,000 ceiling in the original 28-point plan.")
    found = stances(text, "en")
    assert ("United States", "army_size_cap", "support") in found
    assert not any(a == "Volodymyr Zelensky" for a, i, p in found)
    # a plan the content compares itself with is no part of it
    assert not any(i == "peace_plan_overall" and "Under" in text and a == "United States" and p == "support"
                   for a, i, p in stances("Under the 20-point draft, Ukraine would keep an army of 800,000, above "
                                          "the ceiling in the original 28-point plan.", "en"))


def test_the_body_war_and_depend_rules_stay_within_their_reach():
    # a body set up against something, to watch or to conclude, a body only greeted, a meeting or a chat: nothing
    for text, language in [
            ("Зеленський створив групу юристів, яка оскаржуватиме визнання Криму російським.", "uk"),
            ("Росія створила групу, яка протидіятиме розміщенню європейських військ в Україні.", "uk"),
            ("NATO created a group of experts, which concluded that a ceasefire is unrealistic.", "en"),
            ("Зеленський привітав групу депутатів, яка виступає проти виборів.", "uk"),
            ("Ukraine set up a meeting with the Ramstein group, which backs security guarantees.", "en"),
            ("Україна створила умови для роботи групи, яка виступає за припинення вогню.", "uk"),
            ("Witkoff set up a group chat with Dmitriev, which discussed the ceasefire.", "en")]:
        assert stances(text, language) == set(), text
    # the task's object, not a time before it
    assert stances("Франція і Британія домовилися створити робочу групу, яка після припинення вогню опрацює "
                   "гарантії безпеки.") == {("France", "security_guarantees", "support"),
                                            ("United Kingdom", "security_guarantees", "support")}
    # a war that ends is no war started
    for text, language in [
            ("Мирний план передбачає вибори в Україні. Зеленський заявив, що готовий до цього, якщо війна припиниться.", "uk"),
            ("The peace plan provides for elections in Ukraine. Zelensky said he was ready for it if Russia stopped the war.", "en"),
            ("The peace plan provides for elections in Ukraine. Zelensky said he was ready for it if Warsaw agreed.", "en")]:
        assert ("Volodymyr Zelensky", "elections", "conditional") in stances(text, language), text
    # a view that depends on a name, a plural «позиції», an assessment of chances, a commitment judged: nothing
    # conditional; another side's view reported is that side's
    for text, language in [
            ("Europe's position on frozen assets depends on Belgium, an EU diplomat said.", "en"),
            ("Позиції ЗСУ вздовж лінії припинення вогню залежатимуть від того, чи надійде західна зброя, заявив Зеленський.", "uk"),
            ("Zelensky's assessment of the ceasefire's chances depends on whether Putin shows up.", "en"),
            ("Europe will judge Russia's commitment to the ceasefire by whether the shelling stops.", "en")]:
        assert not any(p == "conditional" for a, i, p in stances(text, language)), text
    assert stances("Zelensky said that the Kremlin will judge the peace plan by whether it rewards aggression.", "en") == {
        ("Russia", "peace_plan_overall", "conditional")}


def test_a_statement_issued_by_a_list_of_leaders_speaks_for_their_side_and_it_stands_for_it_after():
    text = ("The joint statement, issued by German Chancellor Friedrich Merz, French President Emmanuel Macron, "
            "British Prime Minister Keir Starmer and other leaders, said a multinational force would help Ukraine. "
            "It also called for a mechanism, led by the United States, to monitor a ceasefire.")
    assert ("Europe", "ceasefire", "support") in stances(text, "en")
    # "it" after a sentence about a plan is still the plan
    found = stances("Washington sent Kyiv a 28-point peace plan. It also proposes elections within 100 days.", "en")
    assert ("United States", "elections", "support") in found


def test_a_russian_pullback_is_not_the_donbas_withdrawal_unless_set_against_a_ukrainian_one():
    for text in ("The American concept also envisions Russian forces leaving the small pockets they hold in the "
                 "Kharkiv, Sumy and Dnipropetrovsk regions.",
                 "Under the plan, Russian troops would withdraw from the Kharkiv region."):
        assert not any(i == "troop_withdrawal_donbas" for a, i, p in stances(text, "en")), text
    assert ("United States", "troop_withdrawal_donbas", "support") in stances(
        "Under the plan, Ukrainian troops would withdraw from the Donetsk region.", "en")
    assert ("Volodymyr Zelensky", "troop_withdrawal_donbas", "conditional") in stances(
        "If Ukrainian troops are to pull back, Russian forces must withdraw the same distance, Zelensky said.", "en")


def test_a_condition_set_with_a_colon_and_nothing_before_it_to_condition_is_the_setter_s_demand():
    for text, language in [("Путін поставив умову: ЗСУ мають вийти з Донбасу.", "uk"),
                           ("Путин выдвинул условие: украинские войска должны уйти из Донбасса.", "ru"),
                           ("Putin set a condition: Ukrainian troops must leave Donbas.", "en")]:
        assert stances(text, language) == {("Vladimir Putin", "troop_withdrawal_donbas", "support")}, text
    found = stances("Putin spoke in Bishkek. He attached a condition: the war would end only when Ukrainian units "
                    "withdrew from the areas Russia claims.", "en")
    assert ("Vladimir Putin", "ceasefire", "conditional") in found
    # a position before it is what the condition conditions
    assert ("Vladimir Putin", "ceasefire", "conditional") in stances(
        "Путін не відкидає перемир'я, але ставить чітку умову: ЗСУ мають вийти з Донбасу.")


def test_shcho_right_before_a_verb_after_a_noun_s_comma_is_a_relative_pronoun():
    both = {("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}
    assert stances("Делегації США та України, що зустрілися в Женеві, погодили оновлену рамку мирної угоди.") == both
    assert stances("Делегации США и Украины, что встретились в Женеве, согласовали обновленный мирный план.", "ru") == both
    # «що» after a speech verb stays «that»
    assert stances("Зеленський і Макрон заявили, що підтримують припинення вогню.") == {
        ("Volodymyr Zelensky", "ceasefire", "support"), ("Emmanuel Macron", "ceasefire", "support")}


def test_concessions_demanded_from_another_side_are_that_side_s_concessions():
    assert stances("Кремль вимагає територіальних поступок від Києва.") == {("Russia", "territory_recognition", "support")}
    assert stances("Кремль требует территориальных уступок от Киева.", "ru") == {("Russia", "territory_recognition", "support")}
    # ... also named between the verb and the concessions
    assert stances("Росія вимагає від України територіальних поступок.") == {("Russia", "territory_recognition", "support")}
    assert stances("Россия требует от Украины территориальных уступок.", "ru") == {("Russia", "territory_recognition", "support")}
    # one's own concessions refused, a demand rejected: as before
    assert stances("Росія не піде на територіальні поступки.") == {("Russia", "territory_recognition", "support")}
    assert stances("Зеленський відкинув вимогу територіальних поступок від Києва.") == {
        ("Volodymyr Zelensky", "territory_recognition", "oppose")}


def test_the_count_it_and_describe_rules_stay_within_their_reach():
    # "by" and "'s … estimate" apart, or «за підрахунками,» with nobody named: nobody's words
    for text, language in [("Ukraine's intelligence estimates that by summer Russia will accept a ceasefire.", "en"),
                           ("За підрахунками, Україні доведеться скоротити армію до 600 тисяч, якщо план ухвалять.", "uk")]:
        assert stances(text, language) == set(), text
    # an expletive or another subject's «It» is not the statement; the signers end before "after …"
    lead = "The joint statement, issued by Merz, Macron, Starmer and Meloni, backed strong security guarantees for Ukraine. "
    for text in ("It is hard to see Russia agreeing to a ceasefire.", "It took Russia two days to reject the ceasefire proposal.",
                 "The Kremlin responded within hours. It rejected any ceasefire."):
        assert not any(a == "Europe" and i == "ceasefire" for a, i, p in stances(lead + text, "en")), text
    assert ("Volodymyr Zelensky", "army_size_cap", "oppose") in stances(
        lead + '"It is unacceptable to cap our army," Zelensky said.', "en")
    assert stances("The statement was issued by Merz, Macron and Starmer after Trump's call with Putin. It called for a "
                   "ceasefire.", "en") == {("Europe", "ceasefire", "support")}
    # describing as unacceptable is judging, and the describer is still the person "he" stands for
    found = stances("Washington proposed a 28-point peace plan. Under the 28-point plan, as Zelensky described it, Ukraine "
                    "would withdraw from Donbas, which he called unacceptable.", "en")
    assert ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose") in found
    assert ("Volodymyr Zelensky", "peace_plan_overall", "oppose") in stances(
        "Washington proposed a 28-point peace plan. Under the 28-point plan, which Zelensky described as unacceptable, "
        "Ukraine would cede Donbas.", "en")


def test_an_idea_that_faces_objections_from_someone_is_opposed_by_them():
    text = ("EU leaders want to lend Kyiv money backed by frozen Russian assets. That idea still faces objections from "
            "Belgium, where most of the frozen funds are held.")
    assert ("Belgium", "frozen_assets", "oppose") in stances(text, "en")
    # objections that name their own object are about it
    assert not any(a == "Belgium" and i == "frozen_assets" for a, i, p in stances(
        "EU leaders want to lend Kyiv money backed by frozen Russian assets. The plan faces objections from Belgium "
        "to the ceasefire terms.", "en"))


def test_a_statement_in_which_something_is_said_holds_it():
    assert stances("Делегації США та України оприлюднили спільну заяву, в якій ідеться про оновлену рамку мирної угоди.") == {
        ("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}
    assert stances("Лідери Європи ухвалили заяву, у якій ідеться про гарантії безпеки для України.") == {
        ("Europe", "security_guarantees", "support")}
    # someone named inside the clause holds it themselves
    assert ("Volodymyr Zelensky", "ceasefire", "support") in stances(
        "Лідери Європи ухвалили заяву, в якій Зеленський підтримав припинення вогню.")


def test_the_pullback_colon_condition_and_relative_rules_stay_within_their_reach():
    # Ukrainian troops named in other words still make the Russian pullback part of the Donbas withdrawal
    assert ("Volodymyr Zelensky", "troop_withdrawal_donbas", "conditional") in stances(
        "Zelensky said that if Ukraine's armed forces pull back, Russian troops must withdraw the same distance.", "en")
    assert ("United States", "troop_withdrawal_donbas", "support") in stances(
        "Under the plan, both Ukrainian and Russian forces would pull back from the Donetsk front line.", "en")
    # a condition set by someone a reporter names is the setter's; one set for someone, or denied, is nobody's
    for text, language, expected in [
            ("Зеленський заявив, що Путін поставив умову: ЗСУ мають вийти з Донбасу.", "uk",
             {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
            ("Witkoff told reporters that Moscow had set a condition: Ukrainian troops must leave Donbas.", "en",
             {("Russia", "troop_withdrawal_donbas", "support")}),
            ("Києву поставили умову: ЗСУ мають вийти з Донбасу до кінця року.", "uk", set()),
            ("Путін не ставив умову: ЗСУ мають вийти з Донбасу, уточнили в Кремлі.", "uk", set()),
            ("Kyiv has been set a condition: Ukrainian troops must leave Donbas.", "en", set())]:
        assert stances(text, language) == expected, text
    # «що» on an object, before a speech verb at the end, stays «that» of the object's clause
    assert stances("Україна відкидає вимогу, що стосується виходу ЗСУ з Донбасу, заявив Зеленський.") == {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}
    assert stances("Москва не прийме перемир'я, що дозволить ЗСУ перегрупуватися, сказав Лавров.") == {
        ("Sergei Lavrov", "ceasefire", "oppose")}


def test_no_right_to_do_something_rules_it_out_and_denying_another_side_the_right_is_the_speaker_s_stand():
    # "has no right to give up its land" is a refusal in English as «не має права віддавати» is in Ukrainian
    assert stances("Ukraine has no legal or moral right to give up its land, Zelensky said.", "en") == {
        ("Volodymyr Zelensky", "territory_recognition", "oppose")}
    assert stances("Zelensky said Ukraine does not have the right to cede territory.", "en") == {
        ("Volodymyr Zelensky", "territory_recognition", "oppose")}
    # another side denied the right to demand something: the speaker rejects it, not the side named
    assert stances("Zelensky said Russia had no right to demand a withdrawal from Donbas.", "en") == {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}
    assert stances("Зеленский заявил, что Россия не имеет права требовать вывода войск из Донбасса.", "ru") == {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}
    assert stances("Зеленський заявив, що росія не має права вимагати виведення військ з Донбасу.") == {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}
    # a right claimed is no refusal
    assert stances("Zelensky said Ukraine has the right to security guarantees.", "en") != {
        ("Volodymyr Zelensky", "security_guarantees", "oppose")}


def test_an_elided_object_is_still_found_past_a_relative_clause_on_the_holder_and_before_a_colon_that_explains():
    loan = "Лідери ЄС обговорили репараційний кредит Україні під заставу заморожених російських активів. "
    # a relative clause on the holder is no object of the verb
    assert stances(loan + "Бельгія, де зберігається більшість цих коштів, досі не погоджується.") == {
        ("Belgium", "frozen_assets", "oppose")}
    # words after a colon that name no issue explain the refusal; the object is still the loan
    assert stances(loan + "Бельгія не дає згоди: ризики надто великі.") == {("Belgium", "frozen_assets", "oppose")}
    # a colon that announces the object keeps it
    assert stances("Зеленський розповів про план. Росія пропонує інший варіант: українські війська вийдуть з Донбасу.") == {
        ("Russia", "troop_withdrawal_donbas", "support")}
    # an object named before the colon is still an object: nothing carries over
    assert stances(loan + "Бельгія не погоджується на нову зустріч: ризики надто великі.") == set()


def test_a_side_s_objections_as_the_subject_of_a_verb_object_to_the_issue_named_before():
    loan = "EU leaders deferred a decision on a reparations loan that would draw on frozen Russian assets. "
    assert stances(loan + "Belgium's objections forced the delay.", "en") == {("Belgium", "frozen_assets", "oppose")}
    assert stances("Лідери ЄС відклали рішення щодо репараційного кредиту під заморожені активи. Заперечення Бельгії "
                   "змусили лідерів відкласти рішення.") == {("Belgium", "frozen_assets", "oppose")}
    assert stances("Лидеры ЕС отложили решение по репарационному кредиту под замороженные активы. Возражения Бельгии "
                   "вынудили лидеров отложить решение.", "ru") == {("Belgium", "frozen_assets", "oppose")}
    # objections to something else object to that
    assert stances(loan + "Belgium's objections to the summit agenda forced the delay.", "en") == set()
    # a proposal as the subject is no proposal of the issue named before
    assert stances(loan + "Moscow's proposal would change little.", "en") == set()


def test_in_english_a_plan_before_a_verb_of_proposing_is_its_subject_and_speaks_for_its_proposer():
    assert stances("The U.S. draft called for Ukraine to hold elections within 100 days of signing.", "en") == {
        ("United States", "elections", "support")}
    assert stances("The U.S. draft offered Russia a phased lifting of sanctions.", "en") == {
        ("United States", "sanctions_relief", "support")}
    assert stances("The U.S. plan ruled out NATO troops in Ukraine.", "en") == {
        ("United States", "foreign_troops_deployment", "oppose")}
    assert stances("The U.S. plan calls for Ukraine to hold elections within 100 days.", "en") == {
        ("United States", "elections", "support")}
    # a verdict on the plan is whoever gives it
    assert stances("Putin said the plan could be a basis for a settlement.", "en") == {
        ("Vladimir Putin", "peace_plan_overall", "support")}
    # Ukrainian puts objects before the verb: «Трамп документ підтримує» is Trump's support
    assert stances("Дональд Трамп американський мирний план підтримує.") == {("Donald Trump", "peace_plan_overall", "support")}


def test_in_kyiv_stands_for_ukraine_as_in_moscow_stands_for_russia():
    assert stances("У Києві відкинули ідею вільної економічної зони на Донеччині.") == {
        ("Ukraine", "troop_withdrawal_donbas", "oppose")}
    assert stances("У Москві відкинули ідею вільної економічної зони на Донеччині.") == {
        ("Russia", "troop_withdrawal_donbas", "oppose")}


def test_a_year_before_the_article_s_own_dates_a_position_to_then():
    # (the test articles are dated 18 December 2025)
    assert stances("У 2022 році під час переговорів у Стамбулі українська делегація допускала нейтральний статус держави.") == set()
    assert stances("In 2022, Russian negotiators demanded that Ukraine limit its army to 85,000 troops.", "en") == set()
    assert stances("Ранее, в 2019 году, Зеленский выступал за прямые переговоры с Путиным.", "ru") == set()
    # since a year runs up to now; a comparison with a year holds now
    assert stances("Russia has demanded since 2022 that Ukraine limit its army.", "en") == {("Russia", "army_size_cap", "support")}
    assert stances("Росія вимагає виведення українських військ з Донбасу, як і в 2022 році, заявив Пєсков.") == {
        ("Dmitry Peskov", "troop_withdrawal_donbas", "support")}
    # this year is no earlier year
    assert stances("У 2025 році Росія вимагає виведення українських військ з Донбасу.") == {
        ("Russia", "troop_withdrawal_donbas", "support")}


def test_what_analysts_or_experts_suppose_is_a_guess_not_a_position():
    assert stances("Експерти припускають, що росія може погодитися на заморожування лінії фронту лише після зимової кампанії.") == set()
    assert stances("На думку аналітиків, Кремль відкине будь-яке перемир'я.") == set()
    assert stances("Эксперты сомневаются, что Москва пойдет на компромисс по Донбассу.", "ru") == set()
    assert stances("Analysts believe Moscow will reject any ceasefire.", "en") == set()
    assert stances("Moscow will reject any ceasefire, analysts say.", "en") == set()
    # experts at work are no guessers; a named speaker is no guess
    assert stances("U.S. and Ukrainian experts agreed on the security guarantees.", "en") == {
        ("United States", "security_guarantees", "support")}
    assert stances("Moscow will reject any ceasefire, Peskov said.", "en") == {("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Сибіга: Україна не погодиться на обмеження своєї армії.", "uk", ("Andrii Sybiha", "army_size_cap", "oppose")),
    ("Угорський прем'єр Віктор Орбан привітав мирну ініціативу Трампа.", "uk", ("Viktor Orbán", "peace_plan_overall", "support")),
    ("Каллас заявила, що ЄС не визнає окупованих територій російськими.", "uk", ("Kaja Kallas", "territory_recognition", "oppose")),
    ("Де Вевер заявив, що Бельгія не підтримає використання заморожених російських активів.", "uk",
     ("Bart De Wever", "frozen_assets", "oppose")),
    ("EU foreign policy chief Kaja Kallas said Europe would never recognise Crimea as Russian.", "en",
     ("Kaja Kallas", "territory_recognition", "oppose")),
])
def test_officials_often_quoted_in_the_talks_are_known_by_name(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text, language", [
    ("Zakharova warned on Thursday that any European troops deployed to Ukraine would be considered legitimate targets "
     "by the Russian military.", "en"),
    ("Putin warned that Russia would treat any NATO troops in Ukraine as targets.", "en"),
    ("путін попередив, що будь-які війська країн НАТО в Україні росія вважатиме ціллю.", "uk"),
    ("Путин предупредил, что любые войска НАТО на Украине Россия будет считать целью.", "ru"),
])
def test_troops_called_targets_are_ruled_out_even_with_the_military_named_after_by(text, language):
    assert {p for _a, i, p in stances(text, language) if i == "foreign_troops_deployment"} == {"oppose"}


def test_a_ceasefire_or_deal_after_which_something_happens_is_when_not_a_position():
    assert stances("Europe is ready to send troops to Ukraine after a ceasefire, Macron said.", "en") == {
        ("Emmanuel Macron", "foreign_troops_deployment", "support")}
    assert stances("Германия намерена отправить войска на Украину после прекращения огня, заявил Мерц.", "ru") == {
        ("Friedrich Merz", "foreign_troops_deployment", "support")}
    assert stances("МАГАТЕ готове взяти на себе контроль над роботою ЗАЕС після завершення бойових дій.") == {
        ("IAEA", "zaporizhzhia_npp", "support")}
    # what a side puts first is its position
    assert stances("Мирну угоду винесуть на референдум лише після припинення вогню, заявив Зеленський.") == {
        ("Volodymyr Zelensky", "ceasefire", "support")}


def test_a_speaker_named_after_the_verb_is_the_speaker_after_a_relative_clause_that_ends_the_words():
    assert stances("Украина не будет выводить армию с территорий, которые Россия не смогла захватить, подчеркнул Умеров.", "ru") == {
        ("Rustem Umerov", "troop_withdrawal_donbas", "oppose")}
    # a relative clause on the subject still leaves the subject before it the speaker
    assert stances("Зеленський, який зустрівся з Трампом у неділю, заявив, що Україна не виведе війська з Донбасу.") == {
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}
    # «намерена» is the feminine of «намерен»
    assert stances("Германия не намерена отправлять войска на Украину, заявил Мерц.", "ru") == {
        ("Friedrich Merz", "foreign_troops_deployment", "oppose")}


def test_no_intention_of_agreeing_to_something_rules_it_out():
    assert stances("Peskov told reporters that Russia had no intention of agreeing to a truce over the holidays.", "en") == {
        ("Dmitry Peskov", "ceasefire", "oppose")}
    assert stances("Russia has every intention of agreeing to a truce, Peskov said.", "en") != {
        ("Dmitry Peskov", "ceasefire", "oppose")}


def test_urging_another_not_to_do_something_rules_it_out():
    assert stances("Zelensky urged Washington not to lift any sanctions on Russia.", "en") == {
        ("Volodymyr Zelensky", "sanctions_relief", "oppose")}
    # (not before something happens: then it waits on that, see test_a_refusal_before_something_happens_waits_on_it)
    assert stances("Zelensky urged Washington not to lift any sanctions before a just peace was secured.", "en") == {
        ("Volodymyr Zelensky", "sanctions_relief", "conditional")}


@pytest.mark.parametrize("text, expected", [
    ("Ukraine has called on the EU to use the immobilised assets to fund its defence next year.", ("Ukraine", "frozen_assets", "support")),
    ("Washington has pressed Kyiv to hold elections.", ("United States", "elections", "support")),
    ("Trump said it was time to hold an election in Ukraine.", ("Donald Trump", "elections", "support")),
    ("Kyiv balked at the 600,000 cap.", ("Ukraine", "army_size_cap", "oppose")),
    ("Russia has demanded sharp cuts to Ukraine's armed forces.", ("Russia", "army_size_cap", "support")),
    ("The Kremlin insists on the demilitarisation of Ukraine.", ("Russia", "army_size_cap", "support")),
])
def test_english_wire_phrasings_of_demands_and_the_army_cap(text, expected):
    assert stances(text, "en") == {expected}


def test_a_call_on_a_day_or_cuts_to_aid_are_no_stance():
    assert stances("Putin told Erdogan in a telephone call on Monday that the talks would go on.", "en") == set()
    assert stances("The U.S. cut military aid to Ukraine.", "en") == set()


def test_refusing_even_to_discuss_a_measure_rejects_it_but_refusing_to_comment_says_nothing():
    assert stances("Zelensky refused to discuss territorial concessions.", "en") == {
        ("Volodymyr Zelensky", "territory_recognition", "oppose")}
    assert stances("Зеленський відмовився обговорювати територіальні поступки.") == {
        ("Volodymyr Zelensky", "territory_recognition", "oppose")}
    assert stances("Киев отказался обсуждать территориальные уступки.", "ru") == {("Ukraine", "territory_recognition", "oppose")}
    assert stances("Пєсков відмовився коментувати перемир'я.") == set()
    assert stances("Peskov declined to comment on the ceasefire.", "en") == set()
    # agreeing to discuss is no agreement yet
    assert stances("Zelensky agreed to discuss the ceasefire.", "en") == set()


@pytest.mark.parametrize("text, language, expected", [
    ("Кремль розглядає вихід ЗСУ з Донбасу як передумову для будь-якого припинення вогню.", "uk",
     {("Russia", "troop_withdrawal_donbas", "support"), ("Russia", "ceasefire", "conditional")}),
    ("В Кремле заявили, что вывод ВСУ из Донбасса остается обязательным условием для прекращения огня.", "ru",
     {("Russia", "troop_withdrawal_donbas", "support"), ("Russia", "ceasefire", "conditional")}),
    ("The Kremlin has made the withdrawal of Ukrainian forces from Donbas a precondition for a ceasefire.", "en",
     {("Russia", "troop_withdrawal_donbas", "support"), ("Russia", "ceasefire", "conditional")}),
    ("Зеленський заявив, що припинення вогню є умовою для виборів.", "uk",
     {("Volodymyr Zelensky", "ceasefire", "support"), ("Volodymyr Zelensky", "elections", "conditional")}),
    # a necessary condition of something that is no issue still demands the measure
    ("Путін заявив, що вибори в Україні — необхідна умова для підписання угоди.", "uk",
     {("Vladimir Putin", "elections", "support")}),
    # a plain condition of something that is no issue may be any term; conditions for talks name no measure
    ("Зеленський заявив, що вибори — умова для підписання угоди.", "uk", set()),
    ("Сторони обговорили умови для припинення вогню.", "uk", set()),
])
def test_a_measure_named_a_precondition_of_another_is_demanded_and_the_other_held_on_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Зеленский заявил, что 20-пунктный план согласован на 90%.", "ru", ("Volodymyr Zelensky", "peace_plan_overall", "support")),
    ("Зеленський заявив, що 20-пунктний мирний план узгоджений приблизно на 90%.", "uk",
     ("Volodymyr Zelensky", "peace_plan_overall", "support")),
    ('Trump said the security guarantees were "95% done".', "en", ("Donald Trump", "security_guarantees", "support")),
    ("Trump said the security guarantees were 95 percent done.", "en", ("Donald Trump", "security_guarantees", "support")),
])
def test_a_plan_named_by_its_points_and_progress_told_in_percent(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text, language, expected", [
    ("Russia will continue its special military operation until its goals are achieved, Peskov said.", "en",
     ("Dmitry Peskov", "military_pressure", "support")),
    ("Міноборони рф заявило, що наступ російських військ на всіх напрямках триватиме.", "uk",
     ("Russian Defence Ministry", "military_pressure", "support")),
    ("Песков заявил, что СВО продолжится до достижения всех целей.", "ru", ("Dmitry Peskov", "military_pressure", "support")),
])
def test_an_offensive_said_to_go_on_is_pressure_by_force(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text, language, expected", [
    ("Трамп закликав Київ погодитися на виведення військ з Донбасу.", "uk", {("Donald Trump", "troop_withdrawal_donbas", "support")}),
    ("Віткофф переконував Київ погодитися на виведення військ з Донбасу.", "uk", {("Steve Witkoff", "troop_withdrawal_donbas", "support")}),
    ("Трамп закликав Київ не погоджуватися на виведення військ з Донбасу.", "uk", {("Donald Trump", "troop_withdrawal_donbas", "oppose")}),
    ("По словам источника Axios, Кушнер и Уиткофф убеждали Киев согласиться на отвод войск из Донецкой области.", "ru",
     {("Jared Kushner", "troop_withdrawal_donbas", "support"), ("Steve Witkoff", "troop_withdrawal_donbas", "support")}),
    # what another side «варто» do is the speaker's aim, as with «має»
    ("Ушаков заявив, що Києву варто ухвалити рішення щодо виведення військ з Донбасу без зволікань.", "uk",
     {("Yuri Ushakov", "troop_withdrawal_donbas", "support")}),
])
def test_whom_one_appeals_to_is_asked_and_the_one_who_appeals_holds_the_stance(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Рябков заявив, що Україна не буде в НАТО.", "uk", {("Sergei Ryabkov", "nato_renunciation", "support")}),
    ("Рябков заявил, что Украина не будет в НАТО.", "ru", {("Sergei Ryabkov", "nato_renunciation", "support")}),
    ('"There will be no NATO troops in Ukraine in any form, and Ukraine will not be in NATO," Deputy Foreign Minister '
     "Sergei Ryabkov told reporters.", "en",
     {("Sergei Ryabkov", "foreign_troops_deployment", "oppose"), ("Sergei Ryabkov", "nato_renunciation", "support")}),
    ("Zelensky said Ukraine must be in NATO.", "en", {("Volodymyr Zelensky", "nato_renunciation", "oppose")}),
    # a partner's commitment reported is still the partner's
    ("Мерц висловив переконання, що США захищатимуть Україну.", "uk", {("United States", "security_guarantees", "support")}),
])
def test_being_in_nato_and_what_an_adversary_says_the_other_side_will_do(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Ушаков заявив, що тимчасове перемир'я лише продовжить війну.", "uk", {("Yuri Ushakov", "ceasefire", "oppose")}),
    ("Putin has consistently argued that a ceasefire would only allow Ukraine to rearm and regroup.", "en",
     {("Vladimir Putin", "ceasefire", "oppose")}),
    ("Путін стверджує, що перемир'я дозволить Україні переозброїтися.", "uk", {("Vladimir Putin", "ceasefire", "oppose")}),
    ("Путин считает, что перемирие позволит Киеву перевооружиться.", "ru", {("Vladimir Putin", "ceasefire", "oppose")}),
    # going on with the war oneself is pressure; rearming oneself is no verdict
    ("Путін заявив, що Росія продовжить війну.", "uk", {("Vladimir Putin", "military_pressure", "support")}),
    ("Europe must rearm to provide security guarantees, Macron said.", "en", {("Emmanuel Macron", "security_guarantees", "support")}),
])
def test_a_measure_that_would_only_prolong_the_war_or_let_the_other_side_rearm_is_rejected(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Стармер подчеркнул, что без гарантий безопасности любое соглашение будет непрочным.", "ru"),
    ("Стармер наголосив, що без гарантій безпеки будь-яка угода буде нетривкою.", "uk"),
    ("Starmer stressed that without security guarantees any deal would be worthless.", "en"),
    ("Starmer said there could be no lasting peace without security guarantees.", "en"),
])
def test_what_a_deal_is_said_to_fail_without_is_required(text, language):
    assert stances(text, language) == {("Keir Starmer", "security_guarantees", "support")}


def test_a_peace_wanted_without_something_still_refuses_it():
    assert stances("Київ хоче миру без територіальних поступок.") == {("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("The cap of 600,000 troops proposed by Washington was rejected by Kyiv as unacceptable.", "en",
     {("Ukraine", "army_size_cap", "oppose"), ("United States", "army_size_cap", "support")}),
    ("The security guarantees offered by Washington are strong, Merz said.", "en", {("United States", "security_guarantees", "support")}),
    ("Обмеження армії до 600 тисяч, запропоноване Вашингтоном, Київ відкинув.", "uk",
     {("Ukraine", "army_size_cap", "oppose"), ("United States", "army_size_cap", "support")}),
    # (the praise is Merz's own position as well)
    ("Запропоновані Вашингтоном гарантії безпеки Мерц назвав надзвичайними.", "uk",
     {("United States", "security_guarantees", "support"), ("Friedrich Merz", "security_guarantees", "support")}),
    ("Предложенные Вашингтоном гарантии безопасности Мерц назвал выдающимися.", "ru",
     {("United States", "security_guarantees", "support"), ("Friedrich Merz", "security_guarantees", "support")}),
])
def test_whoever_a_measure_is_proposed_by_stands_behind_it(text, language, expected):
    assert stances(text, language) == expected


def test_whoever_rejected_or_reported_a_measure_is_no_proposer_of_it():
    assert not {(a, p) for a, _i, p in stances("The cap of 600,000 troops rejected by Kyiv was dropped.", "en")} & {
        ("Ukraine", "support")}
    assert stances("Гарантії безпеки, описані Зеленським, Мерц назвав надзвичайними.") != {
        ("Volodymyr Zelensky", "security_guarantees", "support")}


def test_a_past_form_after_a_determined_name_is_a_verb_not_a_noun():
    assert stances("Ukraine and the United States agreed on an updated peace framework.", "en") == {
        ("Ukraine", "peace_plan_overall", "support"), ("United States", "peace_plan_overall", "support")}
    # a present form there is still a noun ("the U.S. demand for")
    assert stances("Kyiv rejected the U.S. demand for a withdrawal from Donbas.", "en") == {
        ("Ukraine", "troop_withdrawal_donbas", "oppose"), ("United States", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("Зеленський заперечив, що США вимагають виведення військ з Донбасу.", "uk", set()),
    ("Zelensky denied that the United States had demanded a withdrawal from Donbas.", "en", set()),
    ("Зеленский опроверг, что США требуют вывода войск из Донбасса.", "ru", set()),
    # what the sentence reports before the denial stands
    ("Як пише Reuters, США наполягають на виведенні українських військ з Донецької області, проте Зеленський заперечив, "
     "що Вашингтон висуває таку вимогу.", "uk", {("United States", "troop_withdrawal_donbas", "support")}),
    # «заперечувати» with an object is still opposition
    ("Зеленський заперечує виведення військ з Донбасу.", "uk", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
])
def test_a_fact_denied_takes_no_side_and_its_words_are_no_one_s_position(text, language, expected):
    assert stances(text, language) == expected


def test_a_guarantee_of_russia_s_security_is_not_the_guarantees_for_ukraine():
    assert ("Russia", "security_guarantees", "support") not in stances(
        "A neutral, non-aligned Ukraine is the only guarantee of Russia's security, the Kremlin said in a statement, "
        "repeating one of its core demands.", "en")
    assert stances("Peskov said Moscow wanted firm guarantees of Russia's security.", "en") == set()
    assert stances("Russia demands security guarantees for Ukraine's neighbours.", "en") == {("Russia", "security_guarantees", "support")}


@pytest.mark.parametrize("text, language, expected", [
    # a goal is no target
    ("Ушаков заявив, що Москва вважатиме ключовою ціллю переговорів виведення ЗСУ з Донбасу.", "uk",
     {("Yuri Ushakov", "troop_withdrawal_donbas", "support")}),
    # after the conclusion of a deal is when
    ("Стармер заявив, що Британія готова направити війська в Україну після укладення мирної угоди.", "uk",
     {("Keir Starmer", "foreign_troops_deployment", "support")}),
    ("Europe is ready to send troops after the signing of a peace deal, Macron said.", "en",
     {("Emmanuel Macron", "foreign_troops_deployment", "support")}),
    ("Венгрия и Словакия намерены заблокировать использование замороженных активов.", "ru",
     {("Hungary", "frozen_assets", "oppose"), ("Slovakia", "frozen_assets", "oppose")}),
    ("Лавров заявил, что перемирие лишь продлит войну.", "ru", {("Sergei Lavrov", "ceasefire", "oppose")}),
    # refusing to discuss refuses only the measure right after the verb
    ("Rubio refused to discuss what sanctions relief Russia might get.", "en", set()),
    ("Zelensky refused to discuss Trump's remarks about elections with reporters.", "en", set()),
    ("Росія відмовилася обговорювати будь-що, окрім виходу ЗСУ з Донбасу.", "uk", set()),
    # a precondition denied or rejected is none; the one who treats it so holds it, not who reports it
    ("Withdrawal from Donbas is not a precondition for a ceasefire, Rubio said.", "en", set()),
    ("The Kremlin denied that a withdrawal from Donbas was a precondition for a ceasefire.", "en", set()),
    ("Україна відкидає виведення військ з Донбасу як передумову для перемир'я.", "uk",
     {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Russia treats sanctions relief as a precondition for any ceasefire, Zelensky said.", "en",
     {("Russia", "sanctions_relief", "support"), ("Russia", "ceasefire", "conditional")}),
    # pressure by force is Russia's; talks on ending the operation are talks
    ("Наступ українських військ на Курщині триватиме, заявив Зеленський.", "uk", set()),
    ("Talks on ending the special military operation will continue in Abu Dhabi, Ushakov said.", "en", set()),
    # what Ukraine will be is the speaker's view, partner or not
    ("Трамп заявив, що Україна не буде в НАТО.", "uk", {("Donald Trump", "nato_renunciation", "support")}),
    # rearming welcomed; a fragile truce in another clause leaves «без» a refusal
    ("Security guarantees would allow Ukraine to rearm and deter a new invasion, Macron said.", "en", set()),
    ("Зеленський хоче миру без територіальних поступок, але нинішнє перемир'я вважає крихким.", "uk",
     {("Volodymyr Zelensky", "territory_recognition", "oppose"), ("Volodymyr Zelensky", "ceasefire", "support")}),
    # a right denied an adversary is the speaker's stand; a partner's words stay the subject's
    ("Zakharova said the EU had no right to use frozen Russian assets.", "en", {("Maria Zakharova", "frozen_assets", "oppose")}),
    ("The Kremlin said Ukraine has no right to join NATO.", "en", {("Russia", "nato_renunciation", "support")}),
    # guessers only as the subject; a date in a relative or another clause dates that act
    ("Zelensky told analysts in Kyiv that Ukraine would never recognise Crimea as Russian.", "en",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("Moscow will demand the lifting of sanctions, some analysts said.", "en", set()),
    ("Putin, who in 2022 launched the full-scale invasion, now demands that Kyiv withdraw from Donbas.", "en",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    ("In December 2022, Russia demanded that Ukraine limit its army.", "en", set()),
    # "a mistake not to lift" wants the lifting; another country's army cuts are no cap on Ukraine's
    ("Orbán said it would be a mistake not to lift sanctions after a peace deal.", "en", {("Viktor Orbán", "sanctions_relief", "support")}),
    ("Britain ruled out cuts to its armed forces despite budget pressures.", "en", set()),
    ("Washington proposed a demilitarised zone in eastern Ukraine.", "en", {("United States", "troop_withdrawal_donbas", "support")}),
])
def test_the_day_s_rules_stay_within_their_reach(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Кремль висунув нову вимогу: виведення ЗСУ з Донбасу.", "uk", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Кремль повторив свою вимогу щодо виведення ЗСУ з Донбасу.", "uk", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Кремль выдвинул новое требование: вывод ВСУ из Донбасса.", "ru", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Moscow repeated its demand for a withdrawal from Donbas.", "en", {("Russia", "troop_withdrawal_donbas", "support")}),
    # a demand rejected is still not the rejecter's
    ("Kyiv rejected the demand for a withdrawal from Donbas.", "en", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("У Києві вважають неприйнятним виведення військ з Донбасу.", "uk", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
])
def test_whoever_puts_a_demand_forward_holds_it_and_unacceptable_in_the_instrumental(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Коаліція охочих готова направити війська в Україну.", "uk", {("Coalition of the willing", "foreign_troops_deployment", "support")}),
    ("Коалиция желающих готова направить войска на Украину.", "ru", {("Coalition of the willing", "foreign_troops_deployment", "support")}),
    ("Росія відкидає розміщення військ коаліції в Україні.", "uk", {("Russia", "foreign_troops_deployment", "oppose")}),
])
def test_the_coalition_as_subject_is_the_holder_not_part_of_the_troops_phrase(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("It remains unclear whether Moscow will accept the revised framework.", "en"),
    ("Поки незрозуміло, чи погодиться Москва на перемир'я.", "uk"),
    ("Неясно, согласится ли Москва на перемирие.", "ru"),
])
def test_what_remains_unclear_is_no_position(text, language):
    assert stances(text, language) == set()


@pytest.mark.parametrize("text, language, expected", [
    ("Вихід українських військ із Донбасу залишається для москви принциповою вимогою.", "uk",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Вихід ЗСУ з Донбасу є вимогою Москви.", "uk", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Вывод ВСУ из Донбасса остается главным требованием Москвы.", "ru", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("A Ukrainian withdrawal from Donbas remains Moscow's key demand.", "en", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("The withdrawal of Ukrainian troops from Donbas is a key Russian demand.", "en", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Вихід ЗСУ з Донбасу не є вимогою Вашингтона, заявив Зеленський.", "uk", set()),
])
def test_a_measure_said_to_be_someone_s_demand_is_demanded_by_them(text, language, expected):
    assert stances(text, language) == expected


def test_there_after_a_seat_of_power_spoke_is_that_seat():
    assert stances("У кремлі заявили, що Москва готова до переговорів. Там також наголосили, що різдвяне перемир'я "
                   "неприйнятне.") == {("Russia", "ceasefire", "oppose")}
    assert stances("Різдвяне перемир'я неприйнятне, заявив Пєсков.") == {("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Ryabkov said Moscow would not make any compromises on Crimea, Donbas, Zaporizhzhia and Kherson.", "en",
     {("Sergei Ryabkov", "territory_recognition", "support")}),
    ("Zelensky said Ukraine would not make any territorial concessions.", "en", {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("Zelensky said Ukraine would make territorial concessions.", "en", {("Volodymyr Zelensky", "territory_recognition", "support")}),
    ("The draft would bar Kyiv from hosting foreign troops.", "en", {("United States", "foreign_troops_deployment", "oppose")}),
    # a list after "bar … from" denies only its first item
    ("The 28-point draft would bar Ukraine from NATO and pull Ukrainian troops out of Donbas.", "en",
     {("United States", "nato_renunciation", "support"), ("United States", "troop_withdrawal_donbas", "support")}),
])
def test_a_negated_light_verb_or_bar_from_denies_the_measure_after_it(text, language, expected):
    assert stances(text, language) == expected


def test_support_for_this_position_takes_every_issue_the_sentence_before_named():
    assert stances("Зеленський заявив, що Україна наполягає на гарантіях безпеки та розміщенні європейських військ. "
                   "Таку позицію підтримують Франція та Велика Британія.") == {
        (a, i, "support") for a in ("Volodymyr Zelensky", "France", "United Kingdom")
        for i in ("security_guarantees", "foreign_troops_deployment")}
    # an anaphor for one demand («цю вимогу») still takes the last one
    assert stances("Зеленський заявив, що Україна наполягає на гарантіях безпеки та розміщенні європейських військ. "
                   "Цю вимогу підтримують Франція та Велика Британія.") == {
        ("Volodymyr Zelensky", "security_guarantees", "support"), ("Volodymyr Zelensky", "foreign_troops_deployment", "support"),
        ("France", "foreign_troops_deployment", "support"), ("United Kingdom", "foreign_troops_deployment", "support")}


def test_the_plant_at_zaporizhzhia_is_the_nuclear_plant():
    assert stances("Washington has proposed that the plant at Zaporizhzhia be run as a three-way venture with Russia.", "en") == {
        ("United States", "zaporizhzhia_npp", "support")}


@pytest.mark.parametrize("text, language, expected", [
    # giving up a demand is giving up one's own position: refusing to give it up keeps it
    ("Росія не збирається відмовлятися від вимоги про виведення українських військ з Донбасу.", "uk",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Россия не намерена отказываться от требования о выводе украинских войск из Донбасса.", "ru",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Moscow will not drop its demand that Ukraine withdraw from Donbas.", "en", {("Russia", "troop_withdrawal_donbas", "support")}),
    # one «не» before two verbs negates once
    ("Київ не збирається погоджуватися на виведення військ.", "uk", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Киев не собирается соглашаться на вывод войск.", "ru", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    # rejecting another party's demand still rejects the measure
    ("Київ відкинув вимогу москви про виведення військ з Донбасу.", "uk",
     {("Ukraine", "troop_withdrawal_donbas", "oppose"), ("Russia", "troop_withdrawal_donbas", "support")}),
])
def test_refusing_to_give_up_a_demand_keeps_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Зеленський заявив, що Україна повинна отримати юридично обов'язкові гарантії безпеки.", "uk",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("Zelensky said Ukraine must receive legally binding security guarantees.", "en",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("Зеленский заявил, что Украина должна получить гарантии безопасности.", "ru",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    # a plan one must receive is only delivered
    ("Зеленський заявив, що Україна має отримати американський план до четверга.", "uk", set()),
])
def test_what_a_side_must_be_given_is_demanded_for_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Присутність військ НАТО в Україні в будь-якій формі неприйнятна для росії, заявив Рябков.", "uk",
     {("Sergei Ryabkov", "foreign_troops_deployment", "oppose")}),
    ("Позиція Москви щодо виведення військ з Донбасу неприйнятна, заявив Зеленський.", "uk",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
])
def test_a_name_in_the_genitive_is_no_holder_of_a_predicate_adjective(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Политолог Дмитрий Тренин считает, что Москва не пойдет на перемирие до завершения кампании.", "ru"),
    ("По мнению политолога Федора Лукьянова, Москва вряд ли согласится на присутствие европейских войск.", "ru"),
    ("На думку політолога Володимира Фесенка, кремль не погодиться на перемир'я.", "uk"),
    ("Аналітик Майкл Кофман вважає, що росія не піде на перемир'я.", "uk"),
    ("Analyst Michael Kofman said Russia would not accept a ceasefire.", "en"),
])
def test_a_named_analyst_guesses(text, language):
    assert stances(text, language) == set()


def test_what_an_official_tells_an_analyst_is_still_his():
    assert stances("Peskov told an analyst that Russia would not accept a ceasefire.", "en") == {
        ("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Руслан Стефанчук заявил, что Верховная рада не проголосует за передачу России каких-либо территорий.", "ru",
     {("Ruslan Stefanchuk", "territory_recognition", "oppose")}),
    ("Stefanchuk said parliament would never vote for ceding territory to Russia.", "en",
     {("Ruslan Stefanchuk", "territory_recognition", "oppose")}),
    ("Hungary voted against the use of frozen Russian assets.", "en", {("Hungary", "frozen_assets", "oppose")}),
])
def test_a_vote_for_or_against_a_measure_is_a_stance_on_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «против» after a verb is the verb's preposition: the verb's negation decides
    ("Лавров заявил, что Россия не возражает против прямых переговоров с украинской делегацией в Стамбуле.", "ru",
     {("Sergei Lavrov", "talks_format", "support")}),
    ("Зеленський не заперечує проти прямих переговорів з путіним.", "uk", {("Volodymyr Zelensky", "talks_format", "support")}),
    ("Кремль возражает против размещения европейских войск.", "ru", {("Russia", "foreign_troops_deployment", "oppose")}),
    # an adverb between the subject and «против», "against"
    ("«Мы категорически против появления на Украине каких-либо иностранных контингентов», — сказал Дмитрий Песков.", "ru",
     {("Dmitry Peskov", "foreign_troops_deployment", "oppose")}),
    ("Угорщина категорично проти використання заморожених активів.", "uk", {("Hungary", "frozen_assets", "oppose")}),
    ("Hungary is firmly against the use of frozen assets.", "en", {("Hungary", "frozen_assets", "oppose")}),
    # a preposition still names no stance
    ("Санкції проти росії залишаться, заявив Мерц.", "uk", set()),
])
def test_against_after_a_verb_or_an_adverb(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a conviction reports its holder's view as a speech verb does
    ("У кремлі переконані, що Київ має вивести війська з Донбасу.", "uk", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Дмитриев убежден, что Киев должен вывести войска из Донбасса.", "ru", {("Kirill Dmitriev", "troop_withdrawal_donbas", "support")}),
    ("Dmitriev is convinced that Kyiv must withdraw its troops from Donbas.", "en",
     {("Kirill Dmitriev", "troop_withdrawal_donbas", "support")}),
    # «лишь после», "only with": conditions
    ("В Кремле убеждены, что прекращение огня станет возможным лишь после ухода ВСУ из Донбасса.", "ru",
     {("Russia", "ceasefire", "conditional"), ("Russia", "troop_withdrawal_donbas", "support")}),
    ("Starmer said Britain would send troops only with a U.S. backstop.", "en",
     {("Keir Starmer", "foreign_troops_deployment", "conditional")}),
    # «как если бы» compares
    ("Канцлер Мерц заявил, что США будут защищать Украину так, как если бы она была территорией НАТО.", "ru",
     {("United States", "security_guarantees", "support")}),
])
def test_convictions_and_more_condition_words(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # an infinitive put first is denied by «не буде» or a negated intent after it, and its subject follows it
    ("Закріплювати в Конституції відмову від євроатлантичного курсу Київ не буде, наголосив Сибіга.", "uk",
     {("Andrii Sybiha", "nato_renunciation", "oppose")}),
    ("Погоджуватися на виведення військ Україна не буде.", "uk", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Виводити війська з Донбасу Україна не збирається.", "uk", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Выводить войска из Донбасса Киев не собирается.", "ru", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Отказываться от переговоров на основе американского плана Кремль не намерен, подчеркнул Песков.", "ru",
     {("Dmitry Peskov", "peace_plan_overall", "support")}),
    ("Согласно американскому плану из 28 пунктов, войска НАТО на территории Украины размещаться не будут.", "ru",
     {("United States", "foreign_troops_deployment", "oppose")}),
    # a measure that opens its clause, with its own complement before «не буде»
    ("Виведення військ з Донбасу не буде, заявив Зеленський.", "uk", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("Вывода войск из Донбасса не будет, заявил Зеленский.", "ru", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
])
def test_an_infinitive_put_first_and_denied_after_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a measure called a step forward, unprecedented or a realistic basis is welcomed by whoever calls it that
    ("Мерц назвав гарантії безпеки для України важливим кроком.", "uk", {("Friedrich Merz", "security_guarantees", "support")}),
    ("Macron called the security guarantees a step in the right direction.", "en", {("Emmanuel Macron", "security_guarantees", "support")}),
    ("Merz called the U.S. security guarantees for Ukraine unprecedented.", "en", {("Friedrich Merz", "security_guarantees", "support")}),
    ("Мирний план, запропонований Вашингтоном, Мелоні назвала «реалістичною основою» для переговорів.", "uk",
     {("Giorgia Meloni", "peace_plan_overall", "support")}),
    ("Владимир Путин допустил, что предложения Вашингтона способны стать фундаментом будущего мирного договора.", "ru",
     {("Vladimir Putin", "peace_plan_overall", "support")}),
    ("Песков назвал прекращение огня важным шагом.", "ru", {("Dmitry Peskov", "ceasefire", "support")}),
])
def test_a_measure_called_a_step_forward_is_welcomed(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «Про це заявив …», «Об этом сообщил …» names the speaker of the sentence before
    ("Гарантії безпеки мають бути юридично обов'язковими. Про це заявив Зеленський.", "uk",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("Київ не виводитиме війська з Донбасу. Про це заявив президент Зеленський.", "uk",
     {("Ukraine", "troop_withdrawal_donbas", "oppose")}),  # (its own subject keeps it)
    # past a title with its own genitive («речник кремля», «пресс-секретарь главы государства»)
    ("Вывод ВСУ из Донбасса должен стать частью любого соглашения. Об этом в среду сообщил журналистам пресс-секретарь "
     "главы государства Дмитрий Песков.", "ru", {("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    # a subject named in the sentence keeps it
    ("Україна готова відмовитися від прагнення вступити до НАТО, якщо отримає гарантії безпеки. Про це Зеленський заявив "
     "журналістам у Берліні.", "uk", {("Ukraine", "nato_renunciation", "conditional")}),
    # a medium is no speaker
    ("Україна не виводитиме війська з Донбасу. Про це пише Axios.", "uk", set()),
])
def test_about_this_in_the_next_sentence_names_the_speaker(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a measure called a necessary condition is demanded, of a deal or of nothing named
    ("Кремль считает уход ВСУ из Донбасса обязательным условием мирного соглашения.", "ru", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Вывод ВСУ из Донбасса остается для Москвы принципиальным условием.", "ru", {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Дмитрієв заявив, що визнання Криму російським є обов'язковою умовою угоди.", "uk",
     {("Kirill Dmitriev", "territory_recognition", "support")}),
    ("Lavrov said recognition of Crimea was an essential condition of any settlement.", "en",
     {("Sergei Lavrov", "territory_recognition", "support")}),
    # a plain condition of no issue is any term
    ("Кремль назвал условия соглашения.", "ru", set()),
])
def test_a_necessary_condition_is_demanded(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the towns of Donetsk region Ukraine holds are the Donbas withdrawal
    ("Уход украинских подразделений из Краматорска и Славянска Кремль считает непременным условием любой договоренности.", "ru",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Зеленський заявив, що Україна не залишить Краматорськ і Слов'янськ.", "uk", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("Umerov said Ukraine would not withdraw from Kramatorsk.", "en", {("Rustem Umerov", "troop_withdrawal_donbas", "oppose")}),
    # what a plan does not contain is an absence, not a position
    ("Юридичної відмови від курсу в НАТО документ не містить, як і визнання окупованих територій російськими.", "uk", set()),
    ("The draft does not cap Ukraine's army.", "en", set()),
    ("The draft caps Ukraine's army at 600,000.", "en", {("United States", "army_size_cap", "support")}),
])
def test_donetsk_towns_and_what_a_plan_leaves_out(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Slovakia will have no part in any scheme involving Russian assets, Fico said.", "en", {("Robert Fico", "frozen_assets", "oppose")}),
    # "the moment" sets a condition; "at the moment" is now
    ("Russia will stop fighting the moment Ukrainian troops leave the territories it claims, Putin said.", "en",
     {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    ("For the moment, Putin said, Russia will not agree to a ceasefire.", "en", {("Vladimir Putin", "ceasefire", "oppose")}),
    # «не позволит» forbids what follows
    ("Орбан заявил, что Венгрия не позволит ЕС конфисковать российские активы.", "ru", {("Viktor Orbán", "frozen_assets", "oppose")}),
    # a clause of time under an affirmed main clause says how long: its «не» says "until it happens", and the measure
    # it waits for is the speaker's aim
    ("Каллас заявила, что санкции против России сохранятся до тех пор, пока Москва не прекратит войну.", "ru",
     {("Kaja Kallas", "ceasefire", "support")}),
    ("Каллас заявила, що санкції проти росії збережуться доти, доки москва не припинить війну.", "uk",
     {("Kaja Kallas", "ceasefire", "support")}),
    ("Российские войска будут наступать, пока ВСУ не уйдут из Донбасса, заявил Путин.", "ru",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
    # an attitude word in it is no one's refusal
    ("Зеленський закликав Захід посилювати тиск, доки путін не погодиться на перемир'я.", "uk", set()),
    # under a negated one it is a condition
    ("Путин заявил, что Россия не согласится на перемирие, пока Киев не выведет войска из Донбасса.", "ru",
     {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_no_part_in_the_moment_not_allow_and_clauses_of_time(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a bare position noun put first as the object is the position just named
    ("Україна запропонувала росії енергетичне перемир'я на період зими. Ініціативу підтримали Франція та Німеччина.", "uk",
     {("Ukraine", "ceasefire", "support"), ("France", "ceasefire", "support"), ("Germany", "ceasefire", "support")}),
    ("Украина предложила перемирие. Инициативу поддержали Франция и Германия.", "ru",
     {("Ukraine", "ceasefire", "support"), ("France", "ceasefire", "support"), ("Germany", "ceasefire", "support")}),
    # a seat of power right after an impersonal plural verb holds it
    ("Україна запропонувала перемир'я. Ідею відкинули в кремлі.", "uk", {("Ukraine", "ceasefire", "support"), ("Russia", "ceasefire", "oppose")}),
    # a position noun with its own issue is that issue
    ("Україна запропонувала перемир'я. Вимогу про вибори підтримали США.", "uk",
     {("Ukraine", "ceasefire", "support"), ("United States", "elections", "support")}),
])
def test_a_bare_position_noun_put_first_and_a_seat_after_the_verb(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Енергетичне перемир'я, запропоноване Україною та європейськими партнерами, у москві поки не прокоментували.", "uk",
     {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")}),
    ("The ceasefire proposed by Kyiv and its European partners got no answer from Moscow.", "en",
     {("Ukraine", "ceasefire", "support"), ("Europe", "ceasefire", "support")}),
])
def test_a_measure_proposed_by_two_is_backed_by_both(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a first name that reads as another word's genitive («Джорджа», «Кир») does not make the person an object
    ("Джорджа Мелони поддержала американскую мирную инициативу.", "ru", {("Giorgia Meloni", "peace_plan_overall", "support")}),
    ("Кир Стармер выступил за размещение британских войск на Украине.", "ru", {("Keir Starmer", "foreign_troops_deployment", "support")}),
    # (a particle in the name is no first name: «Урсула фон дер Ляйен»)
    ("Урсула фон дер Ляйен предложила использовать замороженные российские активы для репарационного кредита Украине.", "ru",
     {("Ursula von der Leyen", "frozen_assets", "support")}),
    ("Фон дер Ляйен настаивает на предоставлении Украине кредита за счет замороженных российских активов.", "ru",
     {("Ursula von der Leyen", "frozen_assets", "support")}),
])
def test_a_person_named_with_a_first_name_is_a_subject(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # "within N days of a ceasefire" says when, as "after a ceasefire" does
    ("Zelensky said Ukraine could hold elections within 100 days of a ceasefire.", {("Volodymyr Zelensky", "elections", "support")}),
    ("Zelensky said Ukraine could hold elections within 60 to 90 days of a peace deal being signed.",
     {("Volodymyr Zelensky", "elections", "support")}),
])
def test_within_days_of_a_ceasefire_is_timing(text, expected):
    assert stances(text, "en") == expected


@pytest.mark.parametrize("text, language, expected", [
    # membership is no commitment its subject makes alone: what another side says of it is the speaker's view
    ("Трамп заявив, що Україна ніколи не стане членом НАТО.", "uk", {("Donald Trump", "nato_renunciation", "support")}),
    ("Трамп заявив, що Україна не вступить до НАТО.", "uk", {("Donald Trump", "nato_renunciation", "support")}),
    ("Trump said Ukraine will not join NATO.", "en", {("Donald Trump", "nato_renunciation", "support")}),
])
def test_what_another_side_says_of_membership_is_its_view(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # no deal without a measure: the measure is required
    ("Ми переконані, що без виведення військ з Донбасу миру не буде, — заявив Ушаков.", "uk",
     {("Yuri Ushakov", "troop_withdrawal_donbas", "support")}),
    ("Без гарантий безопасности соглашения не будет, заявил Зеленский.", "ru", {("Volodymyr Zelensky", "security_guarantees", "support")}),
    # a measure with its complement before «не буде», in quotes too
    ("Перемир'я на Різдво не буде, заявив Пєсков.", "uk", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Скорочення армії до 600 тисяч не буде, наголосив Умєров.", "uk", {("Rustem Umerov", "army_size_cap", "oppose")}),
    ("«Виведення військ з Донбасу не буде», — заявив Зеленський.", "uk", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    # a demand given up is no longer held
    ("Russia has dropped its demand that Ukraine cap its army.", "en", set()),
    ("Москва відмовилася від вимоги про скорочення української армії.", "uk", set()),
    # the measure's possessor is not who makes it a condition
    ("Ukraine's non-aligned status remains a key condition for Moscow, Ryabkov said.", "en",
     {("Sergei Ryabkov", "nato_renunciation", "support")}),
    # what a plan does not provide for is an absence; what it includes after "but" is its own
    ("Оновлений план не передбачає виведення українських військ з Донбасу.", "uk", set()),
    ("Обновленный план из 20 пунктов не предусматривает ограничения численности ВСУ.", "ru", set()),
    ("The draft does not cap Ukraine's army but includes security guarantees.", "en", {("United States", "security_guarantees", "support")}),
])
def test_negations_demands_and_absences_stay_within_their_reach(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «Про це заявили в кремлі»: a seat of power after an impersonal plural speaks for its state; a mere place does not
    ("Присутність військ країн НАТО в Україні неприйнятна. Про це заявили в кремлі.", "uk", {("Russia", "foreign_troops_deployment", "oppose")}),
    ("Присутність військ країн НАТО в Україні неприйнятна. Про це заявили в Женеві.", "uk", set()),
    ("Снятие санкций с России исключено. Об этом заявили в Брюсселе.", "ru", {("European Union", "sanctions_relief", "oppose")}),
    # «не станет» + infinitive is a negated future
    ("Украина не станет выводить войска из Донбасса, заявил Зеленский.", "ru", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    # a conviction about what another side will do is a forecast; about what must be, a position
    ("Мерц убежден, что Путин не согласится на прекращение огня.", "ru", set()),
    ("Dmitriev is convinced that sanctions on Russia will be eased.", "en", set()),
    ("Стармер переконаний, що путін зрештою погодиться на припинення вогню.", "uk", set()),
    ("Dmitriev is convinced that Kyiv must withdraw its troops from Donbas.", "en", {("Kirill Dmitriev", "troop_withdrawal_donbas", "support")}),
    # stopping an offensive is stopping the fighting
    ("Russia will stop its offensive the moment Ukrainian forces leave Kramatorsk and Sloviansk, Ushakov said.", "en",
     {("Yuri Ushakov", "ceasefire", "conditional"), ("Yuri Ushakov", "troop_withdrawal_donbas", "support")}),
    ("Путін заявив, що росія зупинить наступ, щойно ЗСУ вийдуть з Донбасу.", "uk",
     {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_seats_forecasts_and_offensives(text, language, expected):
    assert stances(text, language) == expected


def test_a_speaker_after_a_title_of_two_words_is_found():
    assert stances("Britain will send troops to Ukraine after a ceasefire, Prime Minister Keir Starmer said.", "en") == {
        ("Keir Starmer", "foreign_troops_deployment", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("Moscow is not against direct talks with Kyiv, Peskov said.", "en", {("Dmitry Peskov", "talks_format", "support")}),
    ("Stubb warned against territorial concessions.", "en", {("Alexander Stubb", "territory_recognition", "oppose")}),
    ("Стубб застеріг від територіальних поступок.", "uk", {("Alexander Stubb", "territory_recognition", "oppose")}),
    # a given name inflected before the surname («Кіра Стармера»)
    ("Ініціативу Кіра Стармера щодо розміщення європейських військ в Україні відкинула Джорджа Мелоні.", "uk",
     {("Keir Starmer", "foreign_troops_deployment", "support"), ("Giorgia Meloni", "foreign_troops_deployment", "oppose")}),
    # the sentence's own subject keeps its position when the next one names the speaker
    ("Київ не визнає окупований Крим російським. Про це у коментарі УНН заявив Сибіга.", "uk", {("Ukraine", "territory_recognition", "oppose")}),
    # whom a verdict holds for, with no speaker; a possessor of the subject is none
    ("Присутність військ НАТО в Україні неприйнятна для москви.", "uk", {("Russia", "foreign_troops_deployment", "oppose")}),
    ("Ukraine's membership in NATO is unacceptable to Moscow.", "en", {("Russia", "nato_renunciation", "support")}),
    # a position noun put first, past a seat of power
    ("Зеленский предложил провести прямые переговоры. Предложение в Кремле отклонили.", "ru",
     {("Volodymyr Zelensky", "talks_format", "support"), ("Russia", "talks_format", "oppose")}),
])
def test_second_review_of_the_day(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a subject opening its clause whose adjective the issue also reads is still the subject
    ("Європейські країни готові розмістити свої війська в Україні.", "uk", {("Europe", "foreign_troops_deployment", "support")}),
    ("Мария Захарова заявила, что европейские страны намерены разместить свои войска на Украине под видом миротворцев.", "ru",
     {("Europe", "foreign_troops_deployment", "support")}),
    # inside the measure it is no holder
    ("Присутність військ НАТО в Україні неприйнятна для москви.", "uk", {("Russia", "foreign_troops_deployment", "oppose")}),
])
def test_a_subject_the_issue_also_reads_is_still_the_subject(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a position noun put first in an English passive is the position just named, and each agent backs it
    ("France proposed sending peacekeepers to Ukraine. The initiative was backed by Germany and Britain.", "en",
     {("France", "foreign_troops_deployment", "support"), ("Germany", "foreign_troops_deployment", "support"),
      ("United Kingdom", "foreign_troops_deployment", "support")}),
    ("Russia demands that Ukraine withdraw from Donbas. The demand was rejected by Kyiv.", "en",
     {("Russia", "troop_withdrawal_donbas", "support"), ("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    # with nothing named before it, it is no one's position on anything
    ("The idea was backed by Germany.", "en", set()),
])
def test_a_position_named_again_in_the_passive(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a fronted "only" condition ends where the main clause inverts its auxiliary and subject
    ("Only if Russia agrees to a ceasefire will Ukraine hold elections, Zelensky said.", "en",
     {("Volodymyr Zelensky", "elections", "conditional")}),
    ("Zelensky said that only with security guarantees would Ukraine give up its NATO bid.", "en",
     {("Volodymyr Zelensky", "nato_renunciation", "conditional")}),
    # (no condition named, no inversion to find)
    ("Only then will Ukraine hold elections, Zelensky said.", "en", {("Volodymyr Zelensky", "elections", "support")}),
])
def test_a_fronted_only_condition_ends_at_the_inversion(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # going for a compromise on a list of regions is no withdrawal from the one among them
    ("Рябков додав, що Москва не піде на компроміс щодо Криму, Донбасу, Запорізької та Херсонської областей.", "uk",
     {("Sergei Ryabkov", "territory_recognition", "support")}),
    ("Рябков заявил, что Москва не пойдет на компромисс по Крыму и Донбассу.", "ru",
     {("Sergei Ryabkov", "territory_recognition", "support")}),
    # what "there can be no talk of" is about opens the clause with its preposition; its «ни» is concord
    ("О выводе войск из Донбасса не может быть и речи, заявил Зеленский.", "ru",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("Ни о каком сокращении армии речи не идет, заявил Умеров.", "ru", {("Rustem Umerov", "army_size_cap", "oppose")}),
    ("Речь идет о сокращении армии, заявил Умеров.", "ru", {("Rustem Umerov", "army_size_cap", "support")}),
    # whom sanctions hit is no one's opposition (and «бути» is the verb)
    ("«Про пом'якшення санкцій проти росії не може бути й мови», — наголосила фон дер Ляєн.", "uk",
     {("Ursula von der Leyen", "sanctions_relief", "oppose")}),
    ("Каллас виступила проти пом'якшення санкцій проти росії.", "uk", {("Kaja Kallas", "sanctions_relief", "oppose")}),
])
def test_compromises_and_talk_that_cannot_be(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # an impersonal «-но/-то» form or a short participle names its agent in the instrumental
    ("Пропозицію про виведення військ було відхилено Києвом.", "uk", {("Ukraine", "troop_withdrawal_donbas", "oppose")}),
    ("Ідею миротворців підтримано Францією та Британією.", "uk",
     {("France", "foreign_troops_deployment", "support"), ("United Kingdom", "foreign_troops_deployment", "support")}),
    ("Сокращение армии до 600 тысяч было отклонено Киевом.", "ru", {("Ukraine", "army_size_cap", "oppose")}),
    ("Идея миротворцев была поддержана Францией и Германией.", "ru",
     {("France", "foreign_troops_deployment", "support"), ("Germany", "foreign_troops_deployment", "support")}),
    # a verdict of danger, haste or a threat rejects
    ("Визнання окупації Криму де-юре виключене, наголосив Сибіга.", "uk", {("Andrii Sybiha", "territory_recognition", "oppose")}),
    ("Скорочення армії було б самогубством, заявив Гнатов.", "uk", {("Andriy Hnatov", "army_size_cap", "oppose")}),
    ("Putin said a ceasefire would be dangerous.", "en", {("Vladimir Putin", "ceasefire", "oppose")}),
    ("Moscow would regard foreign troops in Ukraine as a direct threat, Lavrov said.", "en",
     {("Sergei Lavrov", "foreign_troops_deployment", "oppose")}),
    ("Peskov said talk of a ceasefire was premature.", "en", {("Dmitry Peskov", "ceasefire", "oppose")}),
])
def test_passives_with_an_instrumental_agent_and_verdicts_of_danger(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a speaker set off inside the clause by «, як зазначив X,» speaks; the clause's subject holds
    ("Росія, як зазначив Зеленський, хоче контролювати Запорізьку АЕС одноосібно.", "uk",
     {("Russia", "zaporizhzhia_npp", "support")}),
    ("Россия, как отметил Зеленский, хочет единолично контролировать Запорожскую АЭС.", "ru",
     {("Russia", "zaporizhzhia_npp", "support")}),
    # a possessor in an apposition describes the speaker and is none
    ("Kirill Dmitriev, Putin's economic envoy, said lifting sanctions would open the door to business deals.", "en",
     {("Kirill Dmitriev", "sanctions_relief", "support")}),
])
def test_a_speaker_set_off_inside_the_clause_and_a_possessor_in_apposition(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a position dated to the spring or summer before the talks is a past one
    ("Ще навесні Київ категорично відкидав будь-які розмови про відмову від курсу до НАТО.", "uk", set()),
    ("Еще весной Киев соглашался на безоговорочное 30-дневное перемирие.", "ru", set()),
    # a position the sentence says was given up later
    ("Раніше Трамп виступав за негайне перемир'я, однак після розмови з путіним змінив риторику.", "uk", set()),
    ("The White House had backed an immediate ceasefire but later changed its position.", "en", set()),
    # (held now, it stands)
    ("Трамп виступає за негайне перемир'я.", "uk", {("Donald Trump", "ceasefire", "support")}),
])
def test_positions_of_the_spring_and_positions_given_up_since(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a refusal of a measure without something accepts it with that something
    ("Бельгійський прем'єр Барт де Вевер заявив, що не підтримає використання заморожених російських активів без гарантій "
     "розподілу ризиків.", "uk", {("Bart De Wever", "frozen_assets", "conditional")}),
    ("Жодних територіальних поступок без всеукраїнського референдуму, — наголосив Стефанчук.", "uk",
     {("Ruslan Stefanchuk", "territory_recognition", "conditional")}),
    ("Kallas said there would be no sanctions relief without a full withdrawal of Russian troops.", "en",
     {("Kaja Kallas", "sanctions_relief", "conditional")}),
    # (a measure no peace comes without is required)
    ("Без виведення військ з Донбасу миру не буде, заявив Пєсков.", "uk", {("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    # putting the NATO course on hold gives it up
    ("Зеленський готовий відкласти вступ до НАТО.", "uk", {("Volodymyr Zelensky", "nato_renunciation", "support")}),
    ("Kyiv will not freeze its NATO bid, Sybiha said.", "en", {("Andrii Sybiha", "nato_renunciation", "oppose")}),
    ("Зеленский готов отложить вступление в НАТО в обмен на гарантии безопасности.", "ru",
     {("Volodymyr Zelensky", "nato_renunciation", "conditional")}),
    # «пора», past an adverb, concerns the dative; the speaker holds it
    ("«Україні давно пора провести вибори», — вкотре повторив Трамп.", "uk", {("Donald Trump", "elections", "support")}),
    ("«Росії потрібен мир, а не перемир'я», — відрізав Пєсков.", "uk", {("Dmitry Peskov", "ceasefire", "oppose")}),
    # «Так X відповів» names the speaker of the words before, as «Про це заявив» does
    ("«Ми не виведемо війська з Донбасу». Так Зеленський відповів на запитання журналістів у Києві.", "uk",
     {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    ("«Ми не виведемо війська з Донбасу». Так, Зеленський відповів на запитання журналістів.", "uk", set()),
])
def test_refusals_without_a_condition_deferred_bids_and_speakers_named_after(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # an idea of a measure nobody is said to have is no one's (not the plan of the article)
    ("Polls show most Ukrainians reject the idea of giving up Donbas in exchange for peace.", "en", set()),
    ("The idea of giving up Donbas is unpopular.", "en", set()),
    # words for easing sanctions and for the plant
    ("Merz ruled out any relaxation of European sanctions on Russia.", "en", {("Friedrich Merz", "sanctions_relief", "oppose")}),
    ("Washington is prepared to phase out sanctions gradually, Rubio said.", "en", {("Marco Rubio", "sanctions_relief", "support")}),
    ("Russia's demand for the Zaporizhzhia NPP remains a sticking point, Zelensky said.", "en",
     {("Russia", "zaporizhzhia_npp", "support")}),
    # an attitude verb after the words, set off by punctuation, reports them: its speaker holds them
    ('A trilateral summit is "premature", Peskov insisted, adding that the groundwork had not been laid.', "en",
     {("Dmitry Peskov", "talks_format", "oppose")}),
    ("Україна має вийти з Донбасу, наполягає Пєсков.", "uk", {("Dmitry Peskov", "troop_withdrawal_donbas", "support")}),
    ("Україна має вийти з Донбасу, наполягає кремль.", "uk", {("Russia", "troop_withdrawal_donbas", "support")}),
])
def test_ideas_of_no_one_new_words_and_attitude_verbs_after_the_words(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a refusal "before a deal is signed" waits on the deal: conditional, and the deal is no plan demanded
    ("Трамп відмовився скасовувати санкції до укладення мирної угоди.", "uk", {("Donald Trump", "sanctions_relief", "conditional")}),
    ("Трамп отказался отменять санкции против «Роснефти» и «Лукойла» до заключения мирного соглашения.", "ru",
     {("Donald Trump", "sanctions_relief", "conditional")}),
    ("Trump said sanctions would not be lifted before a peace deal is signed.", "en",
     {("Donald Trump", "sanctions_relief", "conditional")}),
    # a withdrawal of Russian troops is the other army's; set against Ukraine's it is part of the terms
    ("Киев требует вывода российских войск с территории Украины.", "ru", set()),
    ("Kyiv demands the withdrawal of Russian troops from Ukraine.", "en", set()),
    ("Russia demands the withdrawal of Ukrainian troops from Donbas.", "en", {("Russia", "troop_withdrawal_donbas", "support")}),
    # laying claim to a measure demands it; trading land cedes it
    ("Москва претендует на полный контроль над Запорожской АЭС, утверждает Зеленский.", "ru", {("Russia", "zaporizhzhia_npp", "support")}),
    ("Russia lays claim to the Zaporizhzhia nuclear plant, Zelensky said.", "en", {("Russia", "zaporizhzhia_npp", "support")}),
    ("Ми не торгуватимемо своєю землею, заявив Зеленський.", "uk", {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    # «пора» concerns its dative past a quotation mark
    ("Трамп в интервью Politico заметил, что Украине «пора провести выборы».", "ru", {("Donald Trump", "elections", "support")}),
])
def test_refusals_before_a_deal_the_other_army_claims_and_trades(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # "nobody is preparing", "no need for" a measure rejects it
    ("Помічник Путіна Юрій Ушаков заявив журналістам, що зміни не наближають мир. «Тристоронньої зустрічі ніхто не готує», "
     "— додав він.", "uk", {("Yuri Ushakov", "talks_format", "oppose")}),
    ("Тристороння зустріч не готується, заявив Пєсков.", "uk", {("Dmitry Peskov", "talks_format", "oppose")}),
    ("Putin's aide Yuri Ushakov added that Moscow saw no need for a three-way meeting with Kyiv for now.", "en",
     {("Yuri Ushakov", "talks_format", "oppose")}),
    # what any deal should hold is no position on the plan; a breach of a truce presupposes one
    ("Any peace deal, Rutte said, must leave Ukraine with strong security guarantees and a well-equipped army.", "en",
     {("Mark Rutte", "security_guarantees", "support")}),
    ("Мерц не виключив, що західні війська в Україні зможуть реагувати на порушення перемир'я.", "uk",
     {("Friedrich Merz", "foreign_troops_deployment", "support")}),
    ("Monitors will record any violations of the ceasefire, Macron said.", "en", set()),
    # guarantees a side wants for itself are not Ukraine's
    ("He said Russia also wanted security guarantees of its own.", "en", set()),
    ("Рябков заявил, что Россия хочет гарантий безопасности для себя.", "ru", set()),
    # a withdrawal of Russian troops demanded by Kyiv is no Donbas withdrawal
    ("Киев требует вывода российских войск с территории Украины.", "ru", set()),
])
def test_nobody_preparing_any_deal_breaches_and_guarantees_for_oneself(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a verdict under an impersonal plural verb takes the seat of power named before it
    ("Москва вимагає визнання Криму російським. У Києві такі умови називають неприйнятними.", "uk",
     {("Russia", "territory_recognition", "support"), ("Ukraine", "territory_recognition", "oppose")}),
    ("Москва требует признания Крыма российским. В Киеве такие условия называют неприемлемыми.", "ru",
     {("Russia", "territory_recognition", "support"), ("Ukraine", "territory_recognition", "oppose")}),
    # (not the plural verb of a relative clause in between)
    ("Господар зустрічі, канцлер Фрідріх Мерц, назвав гарантії безпеки, які пропонують американці, визначними.", "uk",
     {("Friedrich Merz", "security_guarantees", "support"), ("United States", "security_guarantees", "support")}),
])
def test_a_verdict_under_an_impersonal_plural_takes_the_seat(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a meeting with the other side's leader, offered by this side, is the talks between them
    ("Зеленський заявив, що готовий до зустрічі з путіним «у будь-якому форматі».", "uk",
     {("Volodymyr Zelensky", "talks_format", "support")}),
    ("Зеленский объявил о готовности встретиться с путиным в любом формате.", "ru",
     {("Volodymyr Zelensky", "talks_format", "support")}),
    ("Zelensky said he would not meet Putin on Russian soil.", "en", {("Volodymyr Zelensky", "talks_format", "oppose")}),
    # the subject of the meeting verb is its holder, no part of the phrase
    ("Путін не бачить сенсу зустрічатися із Зеленським.", "uk", {("Vladimir Putin", "talks_format", "oppose")}),
    # an envoy's or a third leader's meeting with one of them is no such talks
    ("Віткофф зустрінеться з путіним у Москві.", "uk", set()),
    ("Зеленський заявив, що Трамп зустрінеться з путіним.", "uk", set()),
    ("Trump will meet Putin in Budapest.", "en", set()),
])
def test_a_meeting_with_the_other_sides_leader(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «не … ні на X, ні на Y»: one negation, whether the «не» is the verb's or the cue's own
    ("Україна не погодиться ні на скорочення армії, ні на відмову від НАТО.", "uk",
     {("Ukraine", "army_size_cap", "oppose"), ("Ukraine", "nato_renunciation", "oppose")}),
    ("Киев не согласится ни на сокращение армии, ни на отказ от НАТО.", "ru",
     {("Ukraine", "army_size_cap", "oppose"), ("Ukraine", "nato_renunciation", "oppose")}),
    # refusing to take part in a measure rejects it; "the scheme" alone is not the measure taken part in
    ("Orbán said Hungary would not take part in any scheme to confiscate Russian money held in Europe.", "en",
     {("Viktor Orbán", "frozen_assets", "oppose")}),
    ("Italy will not take part in a peacekeeping mission in Ukraine, Meloni said.", "en",
     {("Giorgia Meloni", "foreign_troops_deployment", "oppose")}),
    ("The Russian assets remain immobilised, and Hungary and Slovakia will not take part in the scheme.", "en", set()),
])
def test_concord_with_two_measures_and_taking_part(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a date in a relative clause dates that clause; a position said to hold now or unchanged is current
    ("Зеленський, який ще навесні пропонував перемир'я, тепер вимагає гарантій безпеки.", "uk",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("Еще летом Кремль требовал вывода ВСУ из Донбасса и продолжает настаивать на этом сейчас.", "ru",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Ще навесні Трамп виступав проти членства України в НАТО, і ця позиція не змінилася.", "uk",
     {("Donald Trump", "nato_renunciation", "support")}),
    # another side's change of rhetoric is not this side's
    ("Зеленський відкидає територіальні поступки, тоді як Трамп змінив риторику щодо санкцій.", "uk",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("Putin rejected a ceasefire, but later changed his rhetoric.", "en", set()),
    # an impersonal plural with a subject of its own names no seat; «без» of manner is no condition
    ("Россия требует отказа Украины от НАТО. В Киеве эксперты называют эти условия неприемлемыми.", "ru",
     {("Russia", "nato_renunciation", "support")}),
    ("Путін відкинув перемир'я без жодних пояснень.", "uk", {("Vladimir Putin", "ceasefire", "oppose")}),
    ("Zelensky is ready to meet Putin without preconditions.", "en", {("Volodymyr Zelensky", "talks_format", "support")}),
    # guarantees of its own only for the side that is not Ukraine
    ("Путін заявив, що Росія також повинна отримати власні гарантії безпеки.", "uk", set()),
    # «не може бути й мови про …» with the phrase first; «ни о каком …»; reflexive «не готуються»
    ("Не може бути й мови ні про які територіальні поступки, наголосив Сибіга.", "uk",
     {("Andrii Sybiha", "territory_recognition", "oppose")}),
    ("Ни о каком признании Крыма российским речи не идет, подчеркнул Сибига.", "ru",
     {("Andrii Sybiha", "territory_recognition", "oppose")}),
    ("Вибори в Україні не готуються, заявив Зеленський.", "uk", {("Volodymyr Zelensky", "elections", "oppose")}),
    ("Выборы на Украине сейчас не готовятся, подчеркнул Зеленский.", "ru", {("Volodymyr Zelensky", "elections", "oppose")}),
])
def test_review_of_past_dates_seats_manners_and_talk_that_cannot_be(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # Russia's own pullback named with Russia as the subject is no Donbas withdrawal
    ("Россия выведет свои войска из Харьковской области, заявил Дмитриев.", "ru", set()),
    ("Russia will pull its troops out of Kharkiv region, Dmitriev said.", "en", set()),
    ("Россия требует, чтобы Украина вывела войска из Донбасса.", "ru", {("Russia", "troop_withdrawal_donbas", "support")}),
    # trading land cedes it; 'prior to the signing' waits on the deal
    ("Zelensky said Ukraine would not trade land for peace.", "en", {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("Kyiv rules out elections prior to the signing of a peace agreement.", "en", {("Ukraine", "elections", "conditional")}),
])
def test_russias_own_pullback_trading_land_and_prior_to_signing(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a headline's topic before the colon («X о Y: «…»») leaves the words after it their own issue
    ("Песков о перемирии: «Нам нужен прочный мир, а не передышка»", "ru", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Лавров — о НАТО: «Украина должна оставаться вне блоков»", "ru", {("Sergei Lavrov", "nato_renunciation", "support")}),
])
def test_a_headline_topic_before_the_colon(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # the operation going on, more land to seize: pressure by force; talks on ending it are none
    ('Peskov said the "special military operation" would go on until all of its objectives had been achieved.', "en",
     {("Dmitry Peskov", "military_pressure", "support")}),
    ("putin threatens to seize more Ukrainian land if Kyiv rejects peace terms", "en",
     {("Vladimir Putin", "military_pressure", "conditional")}),
    ("Talks on ending the special military operation will continue in Abu Dhabi, Ushakov said.", "en", set()),
    # sanctions that 'come off' are lifted; praise and hail support
    ("Trump said sanctions on Rosneft and Lukoil could come off very quickly once a deal was signed.", "en",
     {("Donald Trump", "sanctions_relief", "conditional")}),
    ("Orbán praised Trump's peace plan, saying Europe should get behind it.", "en", {("Viktor Orbán", "peace_plan_overall", "support")}),
])
def test_pressure_going_on_sanctions_coming_off_and_praise(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # acceptable, in the interests of: support
    ("Армія мирного часу у 800 тисяч — «це прийнятна цифра», визнав Зеленський.", "uk", {("Volodymyr Zelensky", "army_size_cap", "support")}),
    ("An army of 800,000 is an acceptable figure, Zelensky said.", "en", {("Volodymyr Zelensky", "army_size_cap", "support")}),
    ("Dmitriev said lifting sanctions was in the interests of both countries.", "en", {("Kirill Dmitriev", "sanctions_relief", "support")}),
    # (a verdict on some of the ideas is none on the plan)
    ("Деякі американські ідеї, за словами Ушакова, для Росії прийнятні.", "uk", set()),
    ("Ushakov said some American ideas were acceptable to Russia.", "en", set()),
])
def test_acceptable_and_in_the_interests_of(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # no right to a measure, in Russian as in Ukrainian and English, across «ни … ни»
    ("Зеленский вновь заявил, что у него нет ни юридического, ни морального права отдавать украинскую землю.", "ru",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("Зеленский заявил, что не имеет права отдавать территории.", "ru", {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
])
def test_no_right_in_russian(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a pause in strikes is a truce
    ("Кремль согласился на недельную паузу в ударах по энергетической инфраструктуре Киева, сообщил Песков.", "ru",
     {("Dmitry Peskov", "ceasefire", "support")}),
    ("У Кремлі підтвердили, що утримаються від ударів по енергетиці до 1 лютого.", "uk", {("Russia", "ceasefire", "support")}),
    ("Peskov confirmed that Putin had agreed to refrain from strikes on the Ukrainian capital until Feb. 1.", "en",
     {("Vladimir Putin", "ceasefire", "support")}),
    # (a pause for the day of a vote is no truce)
    ("Путін не виключив, що Росія могла б утриматися від ударів углиб України в день виборів.", "uk",
     {("Vladimir Putin", "elections", "support")}),
])
def test_a_pause_in_strikes_is_a_truce(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # 'failed to agree' is no agreement reached, nobody's refusal; 'did not agree to' refuses
    ("European Union leaders failed to agree on Friday to fund Ukraine with a loan backed by frozen Russian central bank assets.",
     "en", set()),
    ("Kyiv did not agree to withdraw from Donbas, Zelensky said.", "en", {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}),
    # a side's own troops going to Ukraine, or not
    ("Tusk says Polish troops will not be part of any force in Ukraine.", "en", {("Donald Tusk", "foreign_troops_deployment", "oppose")}),
    ("Прем'єрка Італії Джорджа Мелоні повторила, що італійські військові в Україну не поїдуть.", "uk",
     {("Giorgia Meloni", "foreign_troops_deployment", "oppose")}),
    ("Туск дал понять, что польские военные на Украину не поедут.", "ru", {("Donald Tusk", "foreign_troops_deployment", "oppose")}),
])
def test_failing_to_agree_and_a_sides_own_troops(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # «Так X прокоментував …», «Це заявив X …» name the speaker of the words before, with any verb of the report
    ("«Розміщення військ НАТО в Україні неприйнятне». Так Пєсков прокоментував заяву Макрона.", "uk",
     {("Dmitry Peskov", "foreign_troops_deployment", "oppose")}),
    ("«Никаких иностранных военных на украинской земле мы не допустим». Так пресс-секретарь Кремля Дмитрий Песков "
     "прокомментировал декларацию.", "ru", {("Dmitry Peskov", "foreign_troops_deployment", "oppose")}),
    ("Якщо Київ відмовиться від переговорів, росія звільнить свої історичні землі військовим шляхом. Це заявив Володимир Путін "
     "на засіданні колегії Міноборони.", "uk", {("Russia", "military_pressure", "conditional")}),
    ("Жодних компромісів щодо Криму не буде. Це не новина.", "uk", set()),
])
def test_the_speaker_named_after_with_any_verb_of_the_report(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # a warning against a measure, with a time phrase or an addressee between the verb and 'against'
    ("EU foreign policy chief Kaja Kallas warned on Monday against any easing of sanctions on Russia.", "en",
     {("Kaja Kallas", "sanctions_relief", "oppose")}),
    ("Zelensky warned partners against lifting sanctions as a reward for Moscow.", "en",
     {("Volodymyr Zelensky", "sanctions_relief", "oppose")}),
])
def test_a_warning_against_a_measure_across_words(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("The White House said it had no plans to ease sanctions on Russian oil companies.",
     ("United States", "sanctions_relief", "oppose")),
    ("Washington does not have any plans to lift sanctions on Moscow, a State Department spokesman said.",
     ("United States", "sanctions_relief", "oppose")),
    ("Britain plans to send troops to Ukraine after a ceasefire, Starmer said.",
     ("Keir Starmer", "foreign_troops_deployment", "support")),
])
def test_plans_or_no_plans_to_do_a_measure_is_a_position_on_it(text, expected):
    assert expected in stances(text, "en")


def test_a_plan_to_end_the_war_still_names_the_plan_s_purpose():
    assert not any(issue == "ceasefire" for _, issue, _ in stances("Trump's plan to end the war was discussed in Miami.", "en"))


@pytest.mark.parametrize("text, language, condition", [
    ("Belgian Prime Minister Bart De Wever has refused to back the reparations loan unless other member states share "
     "the legal risks.", "en", "other member states share the legal risks"),
    ("De Wever said Belgium would block the use of frozen assets unless the risks were shared.", "en", "the risks were shared"),
    ("Прем'єр Бельгії Барт де Вевер відмовився підтримати «репараційний кредит» для України, доки решта ЄС не розділить "
     "з Бельгією всі ризики.", "uk", "решта ЄС розділить з Бельгією всі ризики"),
])
def test_a_refusal_until_or_unless_something_happens_is_conditional_on_it(text, language, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert {(s.actor, s.issue, s.polarity, s.condition) for s in found} == {
        ("Bart De Wever", "frozen_assets", "conditional", condition)}


def test_a_refusal_while_something_goes_on_stays_a_refusal():
    text = "Бельгія відмовилася підтримати репараційний кредит, доки тривали переговори в Брюсселі."
    assert ("Belgium", "frozen_assets", "oppose") in stances(text, "uk")


@pytest.mark.parametrize("text, language, holders", [
    ("Трамп вважає, що тимчасове припинення вогню лише затягне війну, заявив після телефонної розмови Ушаков.", "uk",
     {"Donald Trump"}),
    ("Putin and Trump agree that a temporary ceasefire would only prolong the war, Ushakov told reporters.", "en",
     {"Vladimir Putin", "Donald Trump"}),
    ("Путин и Трамп сошлись во мнении, что временное перемирие лишь затянет войну.", "ru", {"Vladimir Putin", "Donald Trump"}),
    ("Путін і Трамп погодилися, що тимчасове перемир'я лише затягне війну.", "uk", {"Vladimir Putin", "Donald Trump"}),
])
def test_a_view_held_or_shared_inside_a_report_belongs_to_its_holders_not_the_reporter(text, language, holders):
    assert {(a, i, p) for a, i, p in stances(text, language) if i == "ceasefire"} == {(h, "ceasefire", "oppose") for h in holders}


def test_a_passive_agreement_still_names_who_will_act():
    text = "At the meeting it was agreed that France and Britain would lead work on security guarantees for Ukraine."
    found = stances(text, "en")
    assert ("France", "security_guarantees", "support") in found and ("United Kingdom", "security_guarantees", "support") in found


@pytest.mark.parametrize("text, language, expected", [
    ("Президент США Дональд Трамп заявив, що готовий до тристоронньої зустрічі з путіним і Зеленським.\nОднак, за його "
     "словами, це відбудеться лише тоді, коли угода буде близькою до завершення.", "uk",
     {("Donald Trump", "talks_format", "conditional")}),
    ("Zelensky said Ukraine was ready to hold elections.\nThat would only be possible if the United States and Europe "
     "guaranteed security for the vote, he added.", "en", {("Volodymyr Zelensky", "elections", "conditional")}),
    # (what a stop to the fighting waits on is the holder's demand; «возможно» here is the predicate, not "perhaps")
    ("Владимир Путин подтвердил готовность завершить конфликт мирным путем.\nОднако, подчеркнул он, это возможно лишь "
     "при условии ухода украинских войск из Донбасса.", "ru",
     {("Vladimir Putin", "ceasefire", "conditional"), ("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_a_condition_in_the_next_sentence_pointing_back_qualifies_the_position_before(text, language, expected):
    assert set(stances(text, language)) == expected


def test_a_next_sentence_about_something_else_leaves_the_position_before_alone():
    text = "Зеленський заявив, що Україна готова до виборів.\nЦе питання обговорювали лише тоді, коли тривали переговори."
    assert stances(text, "uk") == {("Volodymyr Zelensky", "elections", "support")}


@pytest.mark.parametrize("text, language", [
    ("European leaders have drawn up their own peace plan.\nIt calls for a cap of 800,000 on Ukraine's army.", "en"),
    ("European leaders presented a counter-proposal on Sunday.\nThe document calls for a cap of 800,000 on Ukraine's army.", "en"),
    ("Европейцы подготовили свой вариант мирного плана.\nОн предусматривает ограничение численности ВСУ 800 тысячами.", "ru"),
])
def test_a_plan_a_side_drew_up_or_presented_is_theirs_in_the_next_sentence(text, language):
    assert stances(text, language) == {("Europe", "army_size_cap", "support")}


@pytest.mark.parametrize("text, language, condition", [
    ("Пєсков: Росія продовжить наступ, поки Київ не погодиться на умови Москви.", "uk", "Київ погодиться на умови Москви"),
    ("Putin said the special military operation would continue until Kyiv withdraws its troops from Donbas.", "en",
     "Kyiv withdraws its troops from Donbas"),
])
def test_fighting_on_until_a_named_party_acts_is_a_threat_on_that_condition(text, language, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(s.issue, s.polarity, s.condition) for s in found if s.issue == "military_pressure"] == [
        ("military_pressure", "conditional", condition)]


def test_fighting_on_until_its_goals_are_achieved_states_how_long_not_on_what_terms():
    found = stances("Putin said the special military operation would continue until its goals are achieved.", "en")
    assert found == {("Vladimir Putin", "military_pressure", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ('"We will not sign anything that recognises occupied territory as Russian," Zelensky said.', "en",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
    ("The Rada speaker, Ruslan Stefanchuk, said parliament would not ratify any document that recognises occupied land "
     "as Russian.", "en", {("Ruslan Stefanchuk", "territory_recognition", "oppose")}),
    ("Ukraine has no legal or moral right to give away its land, Zelensky said after talks in London.", "en",
     {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
])
def test_refusing_to_sign_or_ratify_a_text_that_holds_a_measure_rejects_it(text, language, expected):
    assert stances(text, language) == expected


def test_questioning_whether_a_side_can_sign_is_no_position():
    text = ("Zelensky demanded legally binding security guarantees from the allies.\n"
            "Moscow, for its part, has questioned whether Kyiv's current leadership can sign anything at all.")
    assert stances(text, "en") == {("Volodymyr Zelensky", "security_guarantees", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Трамп заявив, що Україні час провести вибори.", ("Donald Trump", "elections", "support")),
    ("Трамп дав зрозуміти, що Україні вже час іти на вибори.", ("Donald Trump", "elections", "support")),
    ("Гарантії безпеки для України погоджені «на 95%», заявив Трамп після зустрічі в Мар-а-Лаго.",
     ("Donald Trump", "security_guarantees", "support")),
])
def test_time_for_a_measure_and_a_share_agreed_in_quotes_back_it(text, expected):
    assert stances(text, "uk") == {expected}


def test_time_as_a_duration_is_no_call():
    assert stances("Бойові дії не зупинять на час виборів, заявив Пєсков.", "uk") != {("Dmitry Peskov", "elections", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("Джорджа Мелоні виключила участь італійських військових у будь-якій місії на території України.", "uk",
     ("Giorgia Meloni", "foreign_troops_deployment", "oppose")),
    ("Джорджа Мелони исключила участие итальянских военных в какой-либо миссии на территории Украины.", "ru",
     ("Giorgia Meloni", "foreign_troops_deployment", "oppose")),
    ("Ryabkov warned that the deployment of any Western contingent would be treated as a provocation.", "en",
     ("Sergei Ryabkov", "foreign_troops_deployment", "oppose")),
    ("Kallas said Europe had to keep up the pressure.\n\u201cLifting sanctions now would reward Russia for its aggression,\u201d she said.",
     "en", ("Kaja Kallas", "sanctions_relief", "oppose")),
])
def test_troops_taking_part_in_a_mission_and_verdicts_of_provocation_or_reward(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text", [
    "The Kremlin says any peace agreement must be signed by a Ukrainian leadership chosen in a new election.",
    "Under the draft, Ukraine would hold elections within 100 days of signing.",
])
def test_a_text_signed_by_someone_or_a_time_after_signing_is_no_one_s_acceptance(text):
    assert not any(actor == "Ukraine" for actor, _, _ in stances(text, "en"))


@pytest.mark.parametrize("text, language, expected", [
    ("Москва не согласится ни на какие договоренности без юридически закрепленного отказа Киева от вступления в НАТО, "
     "сообщил Ушаков.", "ru", ("Yuri Ushakov", "nato_renunciation", "support")),
    ("Zelensky said Ukraine would not sign any deal without legally binding security guarantees.", "en",
     ("Volodymyr Zelensky", "security_guarantees", "support")),
    ("Зеленський заявив, що Україна не погодиться на жодну угоду без гарантій безпеки.", "uk",
     ("Volodymyr Zelensky", "security_guarantees", "support")),
])
def test_refusing_any_deal_without_a_measure_requires_the_measure(text, language, expected):
    assert stances(text, language) == {expected}


def test_a_name_joined_to_a_prepositional_phrase_is_in_it():
    assert stances("Ушаков заявив, що тристоронню зустріч з Україною та США наразі не планують.", "uk") == {
        ("Yuri Ushakov", "talks_format", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Никакой демилитаризованной зоны в Донбассе не будет, если российские войска тоже не отойдут, — сказал секретарь "
     "СНБО Рустем Умеров.", "ru", {("Rustem Umerov", "troop_withdrawal_donbas", "conditional", "российские войска тоже отойдут")}),
    ("Україна не погодиться на перемир'я, якщо росія не припинить удари, заявив Зеленський.", "uk",
     {("Volodymyr Zelensky", "ceasefire", "conditional", "росія припинить удари")}),
    ("Как пишет Politico, Германия выступает против снятия санкций с России до тех пор, пока Москва не выплатит Украине "
     "репарации.", "ru", {("Germany", "sanctions_relief", "conditional", "Москва выплатит Украине репарации")}),
    ("Словаччина не підтримає продовження санкцій проти росії, заявив Фіцо.", "uk",
     {("Robert Fico", "sanctions_relief", "support", None)}),
    ("Hungary will block the extension of sanctions against Russia, Orban said.", "en",
     {("Viktor Orbán", "sanctions_relief", "support", None)}),
])
def test_refusals_lifted_unless_something_happens_and_sanctions_kept_in_force(text, language, expected):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert {(s.actor, s.issue, s.polarity, s.condition) for s in found} == expected


def test_if_without_its_own_not_after_a_refusal_stays_a_refusal_on_that_case():
    text = "Україна не погодиться на перемир'я, якщо росія продовжить удари, заявив Зеленський."
    assert stances(text, "uk") == {("Volodymyr Zelensky", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Lavrov doubted whether Kyiv would ever give up its NATO ambitions.", "en"),
    ("Russia questioned whether European troops would stay out of Ukraine.", "en"),
    ("Zelensky questioned why Ukraine should give away land it still controls.", "en"),
    ("Merz did not agree that Ukraine should give up territory.", "en"),
    ("Лавров засумнівався, чи Україна справді готова відмовитися від вступу до НАТО.", "uk"),
    ("Пєсков поставив під сумнів, чи має Зеленський повноваження підписувати мирну угоду.", "uk"),
    ("Лавров усомнился, сможет ли Зеленский подписать мирное соглашение.", "ru"),
    ("Песков выразил сомнение в том, что Украина согласится на вывод войск.", "ru"),
    # a statement called a provocation is no verdict on what it is about
    ("Кремль назвал провокацией заявление Каллас о замороженных активах.", "ru"),
])
def test_what_is_doubted_questioned_or_not_agreed_is_no_one_s_position(text, language):
    assert stances(text, language) == set()


@pytest.mark.parametrize("text, language, expected", [
    ("Каллас заявила, что признание оккупированных территорий станет наградой для агрессора.", "ru",
     {("Kaja Kallas", "territory_recognition", "oppose")}),
    ("Putin thinks Ukraine must pull out of Donbas, Witkoff told reporters.", "en",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_a_reward_for_the_aggressor_and_a_view_someone_thinks(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text", [
    "Досі українська влада послідовно відкидала ідею виборів до завершення війни, тож нинішня заява — помітний зсув.",
    "Ще в жовтні Трамп закликав зупинити війну на нинішній лінії фронту, однак від цього заклику він згодом відійшов.",
    "Trump called for a freeze on the current front line in October but later walked back the call.",
])
def test_a_position_the_sentence_says_was_left_behind_is_past(text):
    assert stances(text, "en" if text.isascii() else "uk") == set()


def test_a_position_not_left_behind_still_holds():
    text = "Трамп закликав зупинити війну на нинішній лінії фронту і не відійшов від цього заклику."
    assert stances(text, "uk") == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("Україна не погодиться на мирну угоду без надійних, юридично закріплених гарантій безпеки, наголосив Сибіга.", "uk",
     {("Andrii Sybiha", "security_guarantees", "support")}),
    ("Песков заявил, что Москва не подпишет мирное соглашение без снятия санкций.", "ru",
     {("Dmitry Peskov", "sanctions_relief", "support")}),
    ("Пєсков заявив, що Росія не оголошуватиме перемир'я на час виборів в Україні.", "uk",
     {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Трамп заявив, що Україні вже давно час провести вибори.", "uk", {("Donald Trump", "elections", "support")}),
])
def test_review_of_deals_refused_without_a_measure_truces_for_a_vote_and_time_for_elections(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    ("Лавров назвав можливе розгортання європейського контингенту в Україні провокацією.",
     {("Sergei Lavrov", "foreign_troops_deployment", "oppose")}),
    # a statement about a measure, or a strike on a place, called a provocation is no verdict on the measure
    ("Росія назвала провокацією удар по Запорізькій АЕС.", set()),
    ("Пєсков назвав провокацією заяву Зеленського про ЗАЕС.", set()),
])
def test_a_measure_called_a_provocation_is_rejected_a_statement_or_strike_is_not_a_measure(text, expected):
    assert stances(text, "uk") == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said he would not sign any agreement without firm security guarantees from Washington.",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("Moscow will not agree to any settlement without Kyiv's renunciation of NATO membership, Ryabkov said.",
     {("Sergei Ryabkov", "nato_renunciation", "support")}),
    ("Peskov said the special military operation would go on until Ukraine makes the right decision.",
     {("Dmitry Peskov", "military_pressure", "conditional")}),
    ("Russia will keep fighting until Ukraine renounces NATO, Lavrov said.",
     {("Sergei Lavrov", "military_pressure", "conditional"), ("Sergei Lavrov", "nato_renunciation", "support")}),
])
def test_review_of_english_deals_refused_without_a_measure_and_fighting_on_until(text, expected):
    assert stances(text, "en") == expected


def test_a_verdict_after_regard_as_is_the_regarding_subject_s_and_a_proposal_in_apposition_names_the_measure():
    text = ("Putin and Trump spoke by phone on Monday.\nIn the Kremlin's version of the call, given by aide Yuri Ushakov, "
            "both presidents regard a temporary ceasefire, a proposal Kyiv and the Europeans have tied to a referendum, "
            "as a way to prolong the war rather than end it.")
    found = stances(text, "en")
    assert {("Vladimir Putin", "ceasefire", "oppose"), ("Donald Trump", "ceasefire", "oppose"),
            ("Ukraine", "ceasefire", "support")} <= found
    # the war prolonged is no call to end it
    assert not any(p == "support" and a in ("Vladimir Putin", "Donald Trump") for a, _, p in found)


@pytest.mark.parametrize("text, language", [
    ("Гарантії безпеки для України, за його оцінкою, погоджені на 95%, а значну частину цієї ноші візьме на себе Європа.", "uk"),
    ("Trump said security guarantees were 95% agreed.\nAccording to Trump, European countries would shoulder a large part "
     "of that effort.", "en"),
])
def test_taking_on_a_share_of_the_burden_backs_the_measure_named_before(text, language):
    assert ("Europe", "security_guarantees", "support") in stances(text, language)


def test_carrying_weight_is_no_burden_taken_on():
    text = "Belgium's resistance carries particular weight because most of the immobilised Russian assets are held at Euroclear."
    assert ("Belgium", "frozen_assets", "support") not in stances(text, "en")


def test_agreeing_with_the_estimate_backs_the_measure_it_was_about():
    text = ("Трамп заявив, що гарантії безпеки для України погоджені на 95%.\n"
            "Український лідер з оцінкою погодився і додав, що роботу треба завершити.")
    assert ("Volodymyr Zelensky", "security_guarantees", "support") in stances(text, "uk")


@pytest.mark.parametrize("text, language", [
    ("Президент США Дональд Трамп заявив, що дедлайн для відповіді Києва на американський мирний план — четвер.", "uk"),
    ("Трамп визначив для відповіді Києва на американський план орієнтир — День подяки.", "uk"),
    ("Trump has given Kyiv until Thanksgiving to respond to the peace plan.", "en"),
])
def test_a_deadline_for_an_answer_to_the_plan_pushes_the_plan(text, language):
    assert stances(text, language) == {("Donald Trump", "peace_plan_overall", "support")}


def test_a_side_choosing_the_time_of_its_own_answer_sets_no_deadline():
    text = "США представили мирний план минулого тижня. Пєсков заявив, що Москва обере слушний час для відповіді."
    assert stances(text, "uk") == set()


@pytest.mark.parametrize("text, language, expected", [
    ("США передали Україні мирний план.\nРосії документ обіцяє поетапне зняття санкцій і повернення до G8.", "uk",
     {("United States", "sanctions_relief", "support")}),
    ("The U.S. drafted a 28-point peace plan.\nThe original 28 points, leaked this week, would bar Ukraine from NATO.", "en",
     {("United States", "nato_renunciation", "support")}),
])
def test_what_a_plan_promises_and_what_its_points_would_do_are_its_proposer_s(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, truce, condition", [
    ("Пєсков наголосив, що без виведення ЗСУ з Донбасу жодного перемир'я не буде.", "uk", True, "виведення ЗСУ з Донбасу"),
    ("Без вывода ВСУ из Донбасса никакого прекращения огня не будет, заявил Песков.", "ru", True, "вывода ВСУ из Донбасса"),
    ("Without a Ukrainian withdrawal from Donbas, there will be no ceasefire, Peskov said.", "en", True,
     "a Ukrainian withdrawal from Donbas"),
    ("Без гарантій безпеки жодної мирної угоди не буде, наголосив Пєсков.", "uk", False, None),
])
def test_no_truce_or_deal_without_a_measure_put_first_requires_the_measure(text, language, truce, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    got = {(s.issue, s.polarity): s.condition for s in found if s.actor == "Dmitry Peskov"}
    measure = "security_guarantees" if "гарант" in text else "troop_withdrawal_donbas"
    expected = {(measure, "support"): None}
    if truce:
        expected[("ceasefire", "conditional")] = condition
    assert got == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Зеленський заявив, що не підпише угоду, яка передбачає виведення військ з Донбасу.", "uk",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")),
    ("Україна не погодиться на жоден документ, що передбачає виведення військ з Донбасу.", "uk",
     ("Ukraine", "troop_withdrawal_donbas", "oppose")),
    ("Зеленський відкинув план, який передбачає виведення військ з Донбасу.", "uk",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")),
    ("Песков заявил, что Москва не подпишет ничего, что предусматривает размещение иностранных войск на Украине.", "ru",
     ("Dmitry Peskov", "foreign_troops_deployment", "oppose")),
    ("Москва отвергла документ, который предусматривает размещение европейских войск на Украине.", "ru",
     ("Russia", "foreign_troops_deployment", "oppose")),
    ("Zelensky said he would not sign any deal that requires Ukraine to withdraw from Donbas.", "en",
     ("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")),
    ("Зеленський підтримав план, який передбачає гарантії безпеки.", "uk",
     ("Volodymyr Zelensky", "security_guarantees", "support")),
])
def test_what_a_text_provides_is_taken_or_refused_with_the_text(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text, language", [
    ("Зеленський сказав, що Україна може відмовитися від членства в НАТО.", "uk"),
    ("Зеленский сказал, что Украина может отказаться от членства в НАТО.", "ru"),
])
def test_what_the_speaker_s_side_can_do_is_his_position(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "nato_renunciation", "support")}


@pytest.mark.parametrize("text, language", [
    ("Він не уточнив, скільки британських військових може бути задіяно.", "uk"),
    ("Песков не сказал, сколько иностранных военных может быть в миссии.", "ru"),
])
def test_may_be_is_no_modal_of_doing(text, language):
    assert stances(text, language) == set()


@pytest.mark.parametrize("text, language", [
    ("Зеленський дав зрозуміти, що Київ може відмовитися від курсу на вступ до НАТО.\n"
     "Але лише в обмін на юридично обов'язкові гарантії від США, пояснив він.", "uk"),
    ("Zelensky said Ukraine could drop its NATO bid.\nOnly in exchange for legally binding guarantees, he added.", "en"),
])
def test_a_condition_in_the_next_sentence_may_name_its_speaker_after_it(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert {(s.actor, s.issue, s.polarity) for s in found} == {("Volodymyr Zelensky", "nato_renunciation", "conditional")}
    assert all("guarantees" in s.condition or "гарантії" in s.condition for s in found)


def test_no_troops_can_be_is_the_speaker_s_refusal():
    text = "Жодних військ НАТО в Україні не може бути в будь-якому вигляді, заявив заступник глави МЗС РФ Сергій Рябков."
    assert stances(text, "uk") == {("Sergei Ryabkov", "foreign_troops_deployment", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Канцлер Німеччини Фрідріх Мерц, який приймав переговори, назвав американські гарантії безпеки «видатними».", "uk",
     ("Friedrich Merz", "security_guarantees", "support")),
    ("Урсула фон дер Ляєн назвала використання заморожених російських активів найефективнішим способом допомогти Україні.",
     "uk", ("Ursula von der Leyen", "frozen_assets", "support")),
    ("Зеленский назвал заморозку линии фронта самым справедливым вариантом.", "ru",
     ("Volodymyr Zelensky", "ceasefire", "support")),
    ("Merz called the security guarantees historic.", "en", ("Friedrich Merz", "security_guarantees", "support")),
    ("Барт Де Вевер назвав використання заморожених активів «фундаментально хибним».", "uk",
     ("Bart De Wever", "frozen_assets", "oppose")),
    ("Лавров назвал размещение европейских войск на Украине ошибкой.", "ru",
     ("Sergei Lavrov", "foreign_troops_deployment", "oppose")),
])
def test_a_verdict_given_by_naming_is_a_position(text, language, expected):
    assert stances(text, language) == {expected}


def test_a_meeting_called_useful_is_no_position_on_an_issue():
    assert stances("Песков назвал встречу Путина и Уиткоффа полезной.", "ru") == set()


@pytest.mark.parametrize("text, language, expected", [
    ("Європейці виклали власний контрпроєкт.\nЧисельність ЗСУ в ньому пропонують обмежити 800 тисячами.", "uk",
     {("Europe", "army_size_cap", "support")}),
    ("Европейские лидеры приняли совместное заявление.\nВ нем говорится о сохранении численности ВСУ на уровне 800 тысяч "
     "человек.", "ru", {("Europe", "army_size_cap", "support")}),
    ("Європейські лідери ухвалили спільну заяву.\nУ ній йдеться про багатонаціональні сили для України.", "uk",
     {("Europe", "foreign_troops_deployment", "support")}),
])
def test_in_it_after_a_text_brought_in_is_that_text(text, language, expected):
    assert stances(text, language) == expected


def test_in_it_with_no_text_before_is_no_text():
    text = "Зеленський провів нараду.\nЧисельність ЗСУ в ньому пропонують обмежити 800 тисячами."
    assert ("Volodymyr Zelensky", "army_size_cap", "support") not in stances(text, "uk")


def test_a_plan_after_a_wire_dateline_is_still_the_subject_it_stands_for():
    text = ("KYIV, Nov 21 (Sample Wire) - The 28-point blueprint the Trump administration delivered to Kyiv would leave "
            "Crimea under Russian control, according to a copy of the draft.\nIt would also limit Ukraine's armed forces "
            "to 600,000 personnel.")
    assert ("United States", "army_size_cap", "support") in stances(text, "en")


@pytest.mark.parametrize("text, language", [
    ("The U.S. plan would oblige Kyiv to write into its constitution that it will not join NATO.", "en"),
    ("Американський план зобов'язує Київ записати в Конституції, що Україна не вступатиме до НАТО.", "uk"),
])
def test_what_a_side_is_made_to_declare_is_not_its_own_word(text, language):
    assert not {a for a, _, _ in stances(text, language)} & {"Ukraine", "Kyiv"}


@pytest.mark.parametrize("text, language", [
    ("Путін заявив, що готовий завершити війну — але на умовах, які озвучив ще в червні 2024 року.\nСеред них — вихід ЗСУ "
     "з Донецької області та позаблоковий статус України.", "uk"),
    ("Путин заявил, что готов завершить войну на «принципах», изложенных в июне 2024 года.\nСреди них — вывод ВСУ из "
     "Донбасса и отказ Киева от вступления в НАТО.", "ru"),
    ("Russia was ready to stop the fighting, Mr. Putin said, on the basis he set out in June 2024.\nThose conditions "
     "require Ukraine to pull its troops out of the Donetsk region and to abandon its ambition of joining NATO.", "en"),
])
def test_terms_listed_right_after_they_were_named_are_the_holder_s_demands(text, language):
    found = stances(text, language)
    assert {("Vladimir Putin", "troop_withdrawal_donbas", "support"), ("Vladimir Putin", "nato_renunciation", "support"),
            ("Vladimir Putin", "ceasefire", "conditional")} == found


def test_among_them_after_no_terms_lists_no_demands():
    text = "Путін провів нараду з силовиками.\nСеред них — вихід ЗСУ з Донецької області та позаблоковий статус України."
    assert not any(a == "Vladimir Putin" for a, _, _ in stances(text, "uk"))


def test_a_speaker_with_an_honorific_between_commas_reports_the_clause_on_both_sides():
    text = "Russia was ready to stop the fighting, Mr. Putin said, if Ukrainian troops left the Donbas."
    assert stances(text, "en") == {("Vladimir Putin", "ceasefire", "conditional"),
                                   ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language", [
    ("Жодного перемир'я на Різдво не буде.\nТаку заяву зробив речник Кремля Дмитро Пєсков.", "uk"),
    ("Рождественского перемирия не будет.\nТакое заявление сделал пресс-секретарь Кремля Дмитрий Песков.", "ru"),
])
def test_such_a_statement_made_by_someone_makes_the_sentence_before_his_words(text, language):
    assert stances(text, language) == {("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Moscow warned that it would treat any Western soldiers in Ukraine as legitimate targets.", "en",
     ("Russia", "foreign_troops_deployment", "oppose")),
    ("Стармер заявив, що Британія та Франція створять військові хаби по всій Україні.", "uk",
     ("Keir Starmer", "foreign_troops_deployment", "support")),
    ("Захарова заявила, що будь-які західні підрозділи в Україні стануть законними бойовими цілями.", "uk",
     ("Maria Zakharova", "foreign_troops_deployment", "oppose")),
    ("Любые воинские подразделения западных стран на Украине будут законными военными целями, заявила Захарова.", "ru",
     ("Maria Zakharova", "foreign_troops_deployment", "oppose")),
])
def test_western_soldiers_units_and_hubs_are_foreign_troops(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text, language, expected", [
    ("Москва хоче отримати Запорізьку АЕС під повний контроль.", "uk", {("Russia", "zaporizhzhia_npp", "support")}),
    ("Взамен Зеленский рассчитывает получить юридически обязывающие гарантии безопасности.", "ru",
     {("Volodymyr Zelensky", "security_guarantees", "support")}),
    ("Зеленський хоче отримати текст плану до вихідних.", "uk", set()),
])
def test_wanting_to_receive_a_measure_is_wanting_it(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("В октябре Вашингтон еще настаивал на немедленном прекращении огня, однако затем от этой идеи отказался.", "ru"),
    ("У жовтні Вашингтон наполягав на негайному припиненні вогню, але згодом від цієї ідеї відмовився.", "uk"),
    ("In October Washington pressed for an immediate ceasefire but later dropped the idea.", "en"),
])
def test_a_position_whose_idea_was_later_dropped_is_past(text, language):
    assert stances(text, language) == set()


@pytest.mark.parametrize("text, language", [
    ("Відмова Києва виводити війська з Донбасу залишається головною перешкодою.", "uk"),
    ("Отказ Киева выводить войска из Донбасса остается главным препятствием.", "ru"),
    ("Kyiv's refusal to withdraw its troops from Donbas remains the main obstacle.", "en"),
])
def test_a_refusal_noun_with_the_act_refused_is_its_holder_s_opposition(text, language):
    assert stances(text, language) == {("Ukraine", "troop_withdrawal_donbas", "oppose")}


def test_a_refusal_noun_with_no_act_after_it_is_no_position():
    assert stances("Відмова України від членства в НАТО не обговорювалася.", "uk") == set()


@pytest.mark.parametrize("text, language", [
    ("Путін говорив чотири години.\nНезмінною лишається і його вимога про виведення ЗСУ з Донбасу.", "uk"),
    ("Putin spoke for four hours.\nHis demand for a Ukrainian withdrawal from Donbas stands.", "en"),
])
def test_a_possessive_pronoun_before_a_demand_is_whose_demand(text, language):
    assert stances(text, language) == {("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_a_possessive_pronoun_with_nothing_named_after_the_noun_holds_nothing():
    text = "Merz read the U.S. plan in Berlin.\nThe chancellor did not hide his reservations."
    assert stances(text, "en") == set()


@pytest.mark.parametrize("text, language", [
    ("Зеленский выразил готовность отказаться от стремления в альянс.\nВзамен он рассчитывает получить юридически "
     "обязывающие гарантии безопасности.", "ru"),
    ("Zelensky said Ukraine was ready to drop its NATO bid.\nIn return, he wants legally binding security guarantees.", "en"),
])
def test_what_a_holder_wants_in_return_is_the_condition_of_his_offer(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    got = {(s.actor, s.issue, s.polarity) for s in found}
    assert got == {("Volodymyr Zelensky", "nato_renunciation", "conditional"),
                   ("Volodymyr Zelensky", "security_guarantees", "support")}
    offer = next(s for s in found if s.issue == "nato_renunciation")
    assert "гарантии" in offer.condition or "guarantees" in offer.condition
    assert "NATO" in offer.evidence or "альянс" in offer.evidence


def test_what_another_side_wants_instead_conditions_nothing():
    text = ("Зеленський заявив, що Україна готова відмовитися від вступу до НАТО.\n"
            "Натомість Путін вимагає виведення військ з Донбасу.")
    assert ("Volodymyr Zelensky", "nato_renunciation", "support") in stances(text, "uk")


@pytest.mark.parametrize("text", [
    "Sanctions relief is on offer to Moscow, the U.S. ambassador to the United Nations, Mike Waltz, said.",
    "Relief from sanctions was among the incentives on offer to Moscow, Washington's ambassador to the United Nations, "
    "Mike Waltz, told the Security Council on Thursday.",
])
def test_a_trailing_speaker_named_in_apposition_to_his_title_says_it(text):
    assert stances(text, "en") == {("Mike Waltz", "sanctions_relief", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("The U.S. handed Kyiv a peace plan.\nYermak said Kyiv would engage with the plan rather than reject it.", "en",
     {("Andriy Yermak", "peace_plan_overall", "support")}),
    ("США передали Україні мирний план.\nЗеленський закликав працювати над планом замість того, щоб відкинути його.", "uk",
     {("Volodymyr Zelensky", "peace_plan_overall", "support")}),
    ("The U.S. handed Kyiv a peace plan.\nYermak said Kyiv would reject the plan rather than engage with it.", "en",
     {("Andriy Yermak", "peace_plan_overall", "oppose")}),
])
def test_the_attitude_after_rather_than_is_the_one_turned_down(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Песков заявил, что не будет и так называемого рождественского перемирия.", "ru"),
    ("Пєсков заявив, що не буде й так званого різдвяного перемир'я.", "uk"),
])
def test_there_will_be_no_so_called_truce_denies_it(text, language):
    assert stances(text, language) == {("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("«Протоколи безпеки в основному завершені», — заявив журналістам Віткофф.", "uk"),
    ("Спецпосланник президента США Стив Уиткофф заявил, что протоколы безопасности «в основном завершены».", "ru"),
    ("Steve Witkoff told reporters the security protocols were largely finished.", "en"),
])
def test_security_protocols_said_to_be_largely_done_are_backed(text, language):
    assert stances(text, language) == {("Steve Witkoff", "security_guarantees", "support")}


@pytest.mark.parametrize("text, language", [
    ("Belgium is the main opponent of using frozen Russian assets.", "en"),
    ("Бельгія залишається головним противником використання заморожених активів.", "uk"),
    ("Главным противником использования замороженных активов остается Бельгия.", "ru"),
])
def test_who_is_named_the_main_opponent_of_a_measure_opposes_it(text, language):
    assert stances(text, language) == {("Belgium", "frozen_assets", "oppose")}


def test_its_main_opponent_points_back_to_the_measure_just_named():
    text = ("Єврокомісія запропонувала використати заморожені російські активи.\n"
            "Головним його противником залишався прем'єр Бельгії Барт де Вевер.")
    assert ("Bart De Wever", "frozen_assets", "oppose") in stances(text, "uk")


def test_the_enemy_is_no_opponent_of_a_measure():
    assert stances("Противник атакував Запорізьку АЕС.", "uk") == set()


@pytest.mark.parametrize("text", [
    "Handing over the cities of the Donetsk region that Ukrainian soldiers still hold was not something he could agree to, "
    "Zelensky said.",
    "Withdrawing from Donbas is not something Ukraine can accept, Zelensky said.",
])
def test_not_something_one_could_agree_to_is_a_refusal(text):
    assert stances(text, "en") == {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}


def test_lifting_restrictions_on_russia_is_sanctions_relief_in_russian():
    text = "Дмитриев заявил, что отмена ограничений для России откроет дорогу американским компаниям."
    assert stances(text, "ru") == {("Kirill Dmitriev", "sanctions_relief", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("Putin said elections in Ukraine were long overdue.", "en", ("Vladimir Putin", "elections", "support")),
    ("Путін заявив, що вибори в Україні давно назріли.", "uk", ("Vladimir Putin", "elections", "support")),
    ("Песков заявил, что выборы на Украине давно назрели.", "ru", ("Dmitry Peskov", "elections", "support")),
])
def test_a_measure_said_to_be_overdue_is_backed(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text", [
    "Водночас про послаблення санкцій проти Росії зараз не може бути й мови, — наголосила Кая Каллас.",
    "Про послаблення санкцій проти Росії, за словами Каї Каллас, зараз не може бути й мови.",
])
def test_a_measure_put_first_and_out_of_the_question_is_refused(text):
    assert stances(text, "uk") == {("Kaja Kallas", "sanctions_relief", "oppose")}


@pytest.mark.parametrize("text, expected", [
    ("Сибіга провів переговори у Вашингтоні.\nДипломат наголосив, що Україна не визнає окуповані території російськими.",
     ("Andrii Sybiha", "territory_recognition", "oppose")),
    ("Прем'єр Бельгії Барт де Вевер виступив на саміті.\nПрем'єр заявив, що не підтримає використання заморожених активів.",
     ("Bart De Wever", "frozen_assets", "oppose")),
])
def test_a_bare_title_after_the_name_is_that_person(text, expected):
    assert stances(text, "uk") == {expected}


@pytest.mark.parametrize("text, language, condition", [
    ("Каллас виступила проти будь-якого зняття санкцій до того, як Москва виплатить репарації Україні.", "uk",
     "Москва виплатить репарації Україні"),
    ("Каллас выступила против любого снятия санкций до того, как Москва выплатит репарации Украине.", "ru",
     "Москва выплатит репарации Украине"),
    ("Kallas said there should be no sanctions relief before Russia pays reparations to Ukraine.", "en",
     "Russia pays reparations to Ukraine"),
])
def test_a_refusal_before_something_happens_waits_on_it(text, language, condition):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(s.actor, s.issue, s.polarity, s.condition) for s in found] == [
        ("Kaja Kallas", "sanctions_relief", "conditional", condition)]


def test_a_wish_before_a_date_is_no_condition():
    assert stances("Trump wants a ceasefire before Christmas.", "en") == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Москва не допустит появления на Украине военных западных стран ни в каком качестве.", "ru"),
    ("Москва не допустить появи в Україні західних військ.", "uk"),
])
def test_not_allowing_something_to_come_about_rules_it_out(text, language):
    assert stances(text, language) == {("Russia", "foreign_troops_deployment", "oppose")}


def test_brushing_aside_talk_of_a_measure_rejects_it():
    text = "Ushakov brushed aside talk of a three-way meeting between Putin, Trump and Zelensky."
    assert stances(text, "en") == {("Yuri Ushakov", "talks_format", "oppose")}


def test_not_being_drawn_on_a_plan_is_no_position():
    assert stances("The U.S. handed Kyiv a peace plan.\nPeskov would not be drawn on the 20-point draft.", "en") == set()


@pytest.mark.parametrize("text, language, absent", [
    ("Bart De Wever said he could not put his country on the hook for tens of billions of euros without ironclad "
     "guarantees from the rest of the bloc.", "en", ("Bart De Wever", "security_guarantees", "oppose")),
    ("Belgium wants ironclad guarantees from other member states before the frozen assets are used.", "en",
     ("Belgium", "security_guarantees", "support")),
])
def test_guarantees_against_a_financial_risk_are_no_security_guarantees(text, language, absent):
    assert absent not in stances(text, language)


def test_guarantees_from_the_united_states_are_security_guarantees():
    assert stances("Zelensky wants ironclad guarantees from the United States.", "en") == {
        ("Volodymyr Zelensky", "security_guarantees", "support")}


def test_a_fronted_infinitive_is_not_denied_by_the_negation_of_the_next_clause():
    text = ("Працювати над американськими пропозиціями Україна готова, але визнавати окуповані території російськими "
            "не буде, — наголосили в Офісі президента.")
    assert stances(text, "uk") == {("Ukraine", "peace_plan_overall", "support"), ("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Росія вимагає повернути заморожені російські активи.", "uk", ("Russia", "frozen_assets", "oppose")),
    ("Москва требует вернуть замороженные активы.", "ru", ("Russia", "frozen_assets", "oppose")),
    ("Moscow demands that Europe return the frozen Russian assets.", "en", ("Russia", "frozen_assets", "oppose")),
    ("Бельгія виступає проти повернення активів Росії.", "uk", ("Belgium", "frozen_assets", "support")),
    ("Від ідеї використати російські гроші на користь України Брюссель не відмовляється, запевнила Урсула фон дер Ляєн.",
     "uk", ("Ursula von der Leyen", "frozen_assets", "support")),
])
def test_giving_the_assets_back_is_the_opposite_of_using_them(text, language, expected):
    assert stances(text, language) == {expected}


@pytest.mark.parametrize("text, language", [
    ("Бої припиняться, коли українські війська залишать території, на які претендує Москва, заявив Путін.", "uk"),
    ("Путин заявил, что боевые действия прекратятся, когда украинские войска покинут Донбасс.", "ru"),
])
def test_a_future_clause_of_when_after_a_future_main_clause_is_a_condition(text, language):
    assert stances(text, language) == {("Vladimir Putin", "ceasefire", "conditional"),
                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_a_past_clause_of_when_only_says_when():
    text = "Путін заявив, що готовий до перемир'я, коли Трамп говорив із Зеленським."
    assert stances(text, "uk") == {("Vladimir Putin", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Трамп приймав Зеленського у Білому домі, після чого заговорив про перемир'я.", "uk"),
    ("Трамп принимал Зеленского в Белом доме, после чего заговорил о перемирии.", "ru"),
])
def test_a_host_receiving_a_guest_accepts_nothing(text, language):
    assert stances(text, language) == set()
    # accepting a proposal is still accepting
    assert ("Ukraine", "ceasefire", "support") in stances("Київ прийняв пропозицію про перемир'я.", "uk")


@pytest.mark.parametrize("text, language, expected", [
    ("Спільну заяву підписали канцлер Німеччини Фрідріх Мерц, президент Франції Емманюель Макрон і прем'єр Італії "
     "Джорджа Мелоні. Кордони не можна змінювати силою, наголошують підписанти.", "uk",
     {("Europe", "territory_recognition", "oppose")}),
    ("The joint statement carried the names of Zelensky and German Chancellor Friedrich Merz. The signatories said "
     "borders must not be changed by force.", "en",
     {("Volodymyr Zelensky", "territory_recognition", "oppose"), ("Friedrich Merz", "territory_recognition", "oppose")}),
])
def test_who_signed_a_statement_speaks_as_its_signatories(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Трамп оприлюднив мирний план. Строк, який Трамп відвів Києву на відповідь, — День подяки.", "uk"),
    ("Трамп оприлюднив мирний план. Трамп дав Києву час на відповідь до Дня подяки.", "uk"),
    ("Трамп обнародовал мирный план. Срок, который Трамп отвел Киеву на ответ, — День благодарения.", "ru"),
])
def test_a_deadline_for_the_other_sides_answer_presses_the_plan(text, language):
    assert stances(text, language) == {("Donald Trump", "peace_plan_overall", "support")}
    # one's own answer given later sets no deadline for anyone
    assert stances("Путін отримав мирний план. Москва дасть відповідь на план пізніше.", "uk") == set()


def test_a_thing_after_by_is_the_agent_and_the_actors_after_it_only_say_whose():
    text = ("Zelensky said Ukraine could give up its NATO ambitions in exchange for guarantees from the United States, "
            "backed by commitments from Europe, Canada and Japan.")
    found = stances(text, "en")
    assert ("Volodymyr Zelensky", "nato_renunciation", "conditional") in found
    assert not {a for a, _, _ in found} & {"Europe", "Canada", "Japan"}
    # an actor after «by» is still the agent
    assert ("Europe", "ceasefire", "support") in stances("A ceasefire along the current line was backed by Europe.", "en")


@pytest.mark.parametrize("text, language", [
    ("A pause in the fighting over the holidays is not on the table, Dmitry Peskov, the Kremlin spokesman, said on Tuesday.", "en"),
    ("Peskov said a Christmas truce was not on the agenda.", "en"),
    ("Перемир'я на Різдво не на порядку денному, заявив Пєсков.", "uk"),
    ("Перемирие на Рождество не на повестке дня, заявил Песков.", "ru"),
])
def test_not_on_the_table_rejects_and_a_title_after_the_name_still_names_the_speaker(text, language):
    assert stances(text, language) == {("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, expected", [
    ("Putin said Kyiv was not ready to give ground on territory.", ("Ukraine", "territory_recognition", "oppose")),
    # for the side that gains from the proposition, refusing to give ground is support (see `gains`)
    ("Russia will not give ground on Crimea, Ryabkov said.", ("Sergei Ryabkov", "territory_recognition", "support")),
])
def test_giving_ground_on_territory_is_a_compromise_on_it(text, expected):
    assert stances(text, "en") == {expected}


@pytest.mark.parametrize("text, language", [
    ("Проєкт, який напрацювали США та Україна, передбачає армію мирного часу на 800 тисяч.", "uk"),
    ("Проект, над которым работали американская и украинская делегации, предусматривает армию в 800 тысяч.", "ru"),
    ("Ukraine would keep an army of 800,000 under the draft agreement that Kyiv and Washington have sent to Moscow.", "en"),
])
def test_who_wrote_or_sent_a_plan_in_a_relative_clause_stands_behind_its_provisions(text, language):
    found = {(a, i, p) for a, i, p in stances(text, language) if i == "army_size_cap"}
    assert found == {("Ukraine", "army_size_cap", "support"), ("United States", "army_size_cap", "support")}


@pytest.mark.parametrize("text, language", [
    ("План, який Київ отримав у четвер, передбачає армію на 600 тисяч.", "uk"),  # received it: not its author
    ("Проект, о котором написало американское издание, предусматривает армию в 600 тысяч.", "ru"),  # wrote about it
])
def test_a_relative_clause_that_only_receives_or_reports_a_plan_leaves_it_with_its_proposer(text, language):
    assert stances(text, language) == {("United States", "army_size_cap", "support")}


def test_in_someones_telling_at_the_end_makes_the_whole_sentence_theirs():
    text = ("The fighting will stop once Ukrainian troops leave, and if they do not, Russian forces will take it, "
            "in the Kremlin leader's telling.")
    assert stances(text, "en") == {("Vladimir Putin", "ceasefire", "conditional"),
                                   ("Vladimir Putin", "troop_withdrawal_donbas", "support"),
                                   ("Vladimir Putin", "military_pressure", "conditional")}
    assert ("Vladimir Putin", "troop_withdrawal_donbas", "support") in stances(
        "In Putin's view, the fighting will stop once Ukrainian troops leave.", "en")


@pytest.mark.parametrize("second", [
    'He also called it "legally impossible" to sign a deal with Ukraine\'s current leadership.',
    "He said it was impossible to sign anything with the current leadership.",
])
def test_an_attitude_word_whose_object_is_a_verb_takes_no_side_on_the_issue_before(second):
    first = "Putin said Russian forces would take Donbas by force."
    found = stances(f"{first} {second}", "en")
    assert found == stances(first, "en")
    # with its object left out, it answers the issue before
    assert ("Ukraine", "ceasefire", "oppose") in stances("Trump proposed a ceasefire. Kyiv called it premature.", "en")


def test_who_signs_the_statement_just_named_becomes_one_of_its_authors():
    text = ("The joint statement carried the names of Prime Minister Keir Starmer of Britain, Chancellor Friedrich Merz of "
            "Germany, President Emmanuel Macron of France and Prime Minister Giorgia Meloni of Italy. President Volodymyr "
            "Zelensky of Ukraine signed it as well. Halting the fighting where it is today, they wrote, should be the point "
            "from which negotiations begin.")
    # the countries of the titles sign nothing of their own; three leaders of one side stand for it
    assert stances(text, "en") == {("Europe", "ceasefire", "support"), ("Volodymyr Zelensky", "ceasefire", "support")}
    # one more leader of a side already among the signers adds nobody
    text = ("Заяву підписали Стармер, Мерц, Макрон і Мелоні. Підписала її також Урсула фон дер Ляєн. Змінювати кордони "
            "силою, наголосили вони, неприпустимо.")
    assert stances(text) == {("Europe", "territory_recognition", "oppose")}


def test_a_parenthetical_between_an_infinitive_and_the_word_that_forbids_it_keeps_the_ban():
    assert stances("Менять границы силой, подчеркнул Лавров, нельзя.", "ru") == {("Sergei Lavrov", "territory_recognition", "oppose")}


def test_a_plans_provisions_go_on_past_a_sentence_that_only_names_the_plan():
    text = ("Under the plan, Ukraine's army would be capped at 600,000. Driscoll handed the document to Zelensky on "
            "Thursday. Ukraine would also hold elections within 100 days.")
    assert stances(text, "en") == {("United States", "army_size_cap", "support"), ("United States", "elections", "support")}
    # a sentence between that names no plan ends them
    text = ("Under the plan, Ukraine's army would be capped at 600,000. Driscoll flew back to Washington on Thursday. "
            "Ukraine would also hold elections within 100 days.")
    assert stances(text, "en") == {("United States", "army_size_cap", "support")}


def test_they_in_a_clause_of_place_is_no_holder_that_stops_a_plans_provisions():
    text = ("The most far-reaching provisions concern territory. Crimea, Luhansk and Donetsk would be treated as de facto "
            "Russian, while the lines in the Kherson and Zaporizhzhia regions would be frozen where they are.")
    assert stances(text, "en") == {("United States", "territory_recognition", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Under the plan, Ukraine would enshrine in its constitution a pledge never to join NATO.", "support"),
    ("Under the plan, Ukraine would make a commitment not to join NATO.", "support"),
    ("Under the plan, Ukraine would keep the right to join NATO.", "oppose"),
])
def test_a_pledge_not_to_do_it_promises_that_it_will_not_be_done(text, expected):
    assert stances(text, "en") == {("United States", "nato_renunciation", expected)}


@pytest.mark.parametrize("text, language", [
    ("Тимчасове перемир'я лише затягне війну, заявили Путін і Трамп.", "uk"),
    ("A temporary truce would only prolong the war, Putin and Trump said.", "en"),
    # the verdict before a dash, pointed back at by the verb's own first words
    ("Тимчасове перемир'я лише затягне війну — у цьому сходяться Путін і Трамп.", "uk"),
    ("Тимчасове перемирʼя лише затягне війну — у цьому, стверджує Ушаков, сходяться і путін, і Трамп.", "uk"),
    ("Временное перемирие лишь затянет войну — в этом сходятся Путин и Трамп.", "ru"),
])
def test_speakers_joined_after_their_verb_speak_together(text, language):
    assert stances(text, language) == {("Vladimir Putin", "ceasefire", "oppose"), ("Donald Trump", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Кремль своєї вимоги не змінює: українські війська мають піти з Донбасу.", "uk"),
    ("Moscow has not changed its demand: Ukrainian troops must leave the Donbas.", "en"),
])
def test_a_position_kept_unchanged_announces_the_words_after_the_colon(text, language):
    assert stances(text, language) == {("Russia", "troop_withdrawal_donbas", "support")}
    # a position changed announces nothing of the kind; nor does a clause with no position in it
    assert stances("Кремль змінив позицію: українські війська мають піти з Донбасу.") == set()
    assert stances("Кремль не змінює тактики: українські війська мають піти з Донбасу.") == set()


def test_the_subject_of_a_parenthetical_is_not_the_border_a_norm_protects():
    text = ("The joint statement carried the names of Starmer, Merz, Macron and Meloni. No border, they insisted, may be "
            "redrawn by force.")
    assert stances(text, "en") == {("Europe", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Under the Russian draft, troops from alliance countries would be barred from Ukrainian soil, Lavrov said.", "en"),
    ("Lavrov said that foreign troops in Ukraine would be banned.", "en"),
    ("За словами Лаврова, розміщення іноземних військ в Україні буде заборонене.", "uk"),
    ("По словам Лаврова, размещение иностранных войск на Украине будет запрещено.", "ru"),
])
def test_an_issue_forbidden_by_a_participle_after_it_is_opposed(text, language):
    holders = {actor for actor, _, _ in stances(text, language)}
    assert stances(text, language) == {(actor, "foreign_troops_deployment", "oppose") for actor in holders}
    assert holders
    # only forms of "be" stand between: a negation leaves the phrase as it is
    assert ("Sergei Lavrov", "foreign_troops_deployment", "oppose") not in stances(
        "Lavrov said that foreign troops in Ukraine would not be banned.", "en")


@pytest.mark.parametrize("text, expected", [
    ("Europe's leaders lined up on Tuesday behind Trump's call to stop the war.",
     {("Europe", "ceasefire", "support"), ("Donald Trump", "ceasefire", "support")}),
    ("European leaders rallied behind a ceasefire.", {("Europe", "ceasefire", "support")}),
    ("Zelensky's call to hold elections surprised Moscow.", {("Volodymyr Zelensky", "elections", "support")}),
])
def test_lining_up_behind_a_call_supports_it_and_the_call_is_its_authors(text, expected):
    assert stances(text, "en") == expected


@pytest.mark.parametrize("owner", ["Trump's", "President Trump's", "U.S. President Donald Trump's"])
def test_a_call_is_its_owners_however_long_the_name_before_the_possessive(owner):
    assert ("Donald Trump", "ceasefire", "support") in stances(f"Moscow ignored {owner} call for a ceasefire.", "en")


def test_a_converb_speaks_for_the_subject_that_opens_the_main_clause():
    text = ("Europe's leaders lined up on Tuesday behind the push to stop the war in Ukraine, while making clear that "
            "the line of contact must not become a border redrawn by force.")
    found = stances(text, "en")
    assert ("Europe", "territory_recognition", "oppose") in found
    assert not any(actor == "Ukraine" for actor, _, _ in found)  # the place of the war makes nothing clear


@pytest.mark.parametrize("text, language", [
    ("European leaders said the front line must not become a border redrawn by force.", "en"),
    ("Європейські лідери наголосили, що лінія фронту не має стати кордоном, зміненим силою.", "uk"),
    ("Европейские лидеры подчеркнули, что линия фронта не должна стать границей, измененной силой.", "ru"),
])
def test_what_a_line_must_not_become_is_denied(text, language):
    assert stances(text, language) == {("Europe", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, expected", [
    ("No border may be redrawn by force, European leaders said.", {("Europe", "territory_recognition", "oppose")}),
    ("European leaders said no border can be redrawn by force.", {("Europe", "territory_recognition", "oppose")}),
    # what only may happen is no norm
    ("European leaders said the border may be redrawn by force.", set()),
])
def test_no_x_may_be_done_is_a_norm_against_it(text, expected):
    assert stances(text, "en") == expected


def test_a_push_for_a_halt_on_the_front_is_its_owners_call_for_a_ceasefire():
    assert stances("Washington's push for a halt on the present front leaves open the thorniest issue.", "en") == {
        ("United States", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Остановить боевые действия на нынешней линии соприкосновения — с таким призывом Трамп выступил после встречи.", "ru"),
    ("Зупинитися там, де зараз стоять війська, і припинити вогонь — з таким закликом виступив Трамп.", "uk"),
    ("Припинити вогонь на нинішній лінії — з цим закликом Трамп виступив у п'ятницю.", "uk"),
])
def test_a_call_named_after_the_dash_is_its_speakers_call_for_what_precedes(text, language):
    assert stances(text, language) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Європейські лідери та Зеленський підписали спільну заяву. Перекроювати кордони силою не можна — тут підписанти "
     "одностайні.", "uk"),
    ("Европейские лидеры и Зеленский подписали совместное заявление. Перекраивать границы силой нельзя — здесь "
     "подписанты единодушны.", "ru"),
])
def test_unanimous_on_it_after_a_dash_agrees_with_the_verdict_before(text, language):
    assert stances(text, language) == {("Europe", "territory_recognition", "oppose"),
                                       ("Volodymyr Zelensky", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Трамп виступив із закликом припинити вогонь.", "uk", ("Donald Trump", "ceasefire", "support")),
    ("Трамп выступил с призывом прекратить огонь.", "ru", ("Donald Trump", "ceasefire", "support")),
    ("Заклик Трампа припинити вогонь підтримали не всі.", "uk", ("Donald Trump", "ceasefire", "support")),
    # a noun put first, then the verb that voices it and its subject
    ("Ідею зупинитися там, де зараз стоять війська, публічно озвучив президент США Дональд Трамп.", "uk",
     ("Donald Trump", "ceasefire", "support")),
    ("Вимогу вивести війська з Донбасу знову висунув Кремль.", "uk", ("Russia", "troop_withdrawal_donbas", "support")),
])
def test_who_comes_out_with_or_voices_a_call_holds_it(text, language, expected):
    assert expected in stances(text, language)


def test_a_fronted_idea_that_names_no_issue_takes_none_from_the_sentence_before():
    text = ("Запорізька АЕС має працювати під контролем США. Ідею розмови, в якій брали б участь усі сторони, за словами "
            "Зеленського, висунули американці.")
    assert not any(issue == "zaporizhzhia_npp" and actor == "United States" for actor, issue, _ in stances(text))


@pytest.mark.parametrize("second", [
    "European governments have lined up behind that call.",
    "European leaders were quick to get behind that idea.",
    "European leaders endorsed that approach.",
])
def test_that_call_or_idea_points_back_at_the_issue_of_the_sentence_before(second):
    text = "On Friday Trump urged both sides to stop fighting along the current front lines. " + second
    assert ("Europe", "ceasefire", "support") in stances(text, "en")


def test_a_plans_provisions_go_on_through_shared_would_written_into_and_is_promised():
    text = ("The text that has since leaked asks a great deal of Kyiv. Its army would be capped at 600,000, and its "
            "renunciation of NATO written into the constitution. Russia, for its part, is promised a gradual lifting of "
            "sanctions. Ukrainians would go to the polls within 100 days.")
    assert stances(text, "en") == {("United States", key, "support") for key in
                                   ("army_size_cap", "nato_renunciation", "sanctions_relief", "elections")}


def test_what_is_written_into_a_text_is_nobodys_speech():
    # ("written" with its words after it is still speech: no frame here, so the provision stands)
    assert ("United States", "nato_renunciation", "support") in stances(
        "The plan leaked this week. Ukraine's renunciation of NATO would be written into its constitution.", "en")


@pytest.mark.parametrize("text, language", [
    ("The document under negotiation descends from a 28-point plan that Driscoll handed to Kyiv.", "en"),
    ("The European counter-draft sets the cap at 800,000, well above the 600,000 written into the U.S. plan.", "en"),
])
def test_a_plan_that_names_another_plan_does_not_propose_it(text, language):
    assert not any(issue == "peace_plan_overall" for _, issue, _ in stances(text, language))


@pytest.mark.parametrize("second, expected", [
    ("Zelensky agreed on Thursday to work on the text.", {("Volodymyr Zelensky", "peace_plan_overall", "support")}),
    # a text that does not exist yet is no text anyone takes a side on
    ("There is no treaty text yet, Putin cautioned.", set()),
])
def test_the_text_names_the_peace_plan_once_the_article_has_named_it(second, expected):
    text = "The 28-point U.S. peace plan reached Kyiv on Thursday. " + second
    assert {st for st in stances(text, "en") if st[0] != "United States"} == expected


@pytest.mark.parametrize("text", [
    "On Thursday, Zelensky said that under the U.S. plan Russian troops would withdraw from Kharkiv.",
    "A European counter-draft proposed an army of 800,000 troops rather than the 600,000 in the American text.",
])
def test_the_plan_a_frame_or_a_compared_figure_names_is_nobodys_position_on_the_plan(text):
    assert not any(issue == "peace_plan_overall" for _, issue, _ in stances(text, "en"))


@pytest.mark.parametrize("second, language, expected", [
    ("Цей заклик у Європі підтримали.", "uk", ("Europe", "ceasefire", "support")),
    ("Цю ідею підхопили в Європі.", "uk", ("Europe", "ceasefire", "support")),
    ("У ЄС цю ідею підтримали.", "uk", ("European Union", "ceasefire", "support")),
    ("Эту идею подхватили в Европе.", "ru", ("Europe", "ceasefire", "support")),
])
def test_a_bloc_named_as_the_place_of_an_impersonal_verb_holds_the_position(second, language, expected):
    first = "Трамп закликав зупинити бойові дії. " if language == "uk" else "Трамп призвал прекратить огонь. "
    assert expected in stances(first + second, language)


def test_a_country_named_as_a_place_in_a_condition_holds_nothing():
    text = "Захарова заявила, що європейські військові, якщо їх розмістять в Україні, стануть законними цілями."
    assert not any(actor == "Ukraine" for actor, _, _ in stances(text))


def test_an_infinitive_put_first_is_the_object_of_the_intent_after_a_parenthetical():
    text = ("Єврокомісія пропонує використати заморожені активи. Відмовлятися від задуму Єврокомісія, однак, "
            "не збирається.")
    assert stances(text) == {("European Union", "frozen_assets", "support")}


@pytest.mark.parametrize("text", [
    "Цю ідею — зупинитися там, де стоять війська, — першим озвучив Дональд Трамп.",
    "Ідею зупинитися там, де стоять війська, першим озвучив Дональд Трамп.",
])
def test_an_idea_put_first_with_its_content_in_apposition_is_held_by_who_voiced_it(text):
    assert stances(text) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("second", [
    "Belgium's resistance carries particular weight because most of the money is held there.",
    "The plan stalled over Belgium's resistance.",
])
def test_a_states_resistance_is_its_opposition_to_the_measure_just_named(second):
    text = "EU leaders again discussed a loan backed by frozen Russian assets. " + second
    assert ("Belgium", "frozen_assets", "oppose") in stances(text, "en")


@pytest.mark.parametrize("text, language", [
    ("Трамп вважає, що війна має закінчитися там, де зараз пролягає лінія фронту.", "uk"),
    ("Війська мають залишитися там, де стоять зараз, заявив Трамп.", "uk"),
    ("Войска должны остаться там, где стоят сейчас, заявил Трамп.", "ru"),
    ("Both armies should stay where they are, Trump said.", "en"),
])
def test_staying_or_ending_where_the_troops_stand_is_the_freeze(text, language):
    assert stances(text, language) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Путін пообіцяв, що бойові дії вщухнуть, щойно українська армія відійде з Донбасу.", "uk"),
    ("Путин пообещал, что боевые действия стихнут, как только украинские войска уйдут из Донбасса.", "ru"),
    ("Putin said the fighting would die down once Ukrainian troops leave the Donbas.", "en"),
])
def test_fighting_that_dies_down_once_the_troops_leave_is_a_conditional_ceasefire(text, language):
    assert stances(text, language) == {("Vladimir Putin", "ceasefire", "conditional"),
                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_a_threat_to_reach_the_aims_by_war_is_military_pressure():
    text = "Путін заявив, що в іншому разі цілей буде досягнуто воєнним шляхом."
    # («в іншому разі», "otherwise": the threat holds on the condition the sentence before set)
    assert stances(text) == {("Vladimir Putin", "military_pressure", "conditional")}


def test_amendments_to_a_plan_are_rejected_not_the_issue_of_the_sentence_before():
    text = ("Путін пригрозив забрати Донбас силою, якщо українські війська звідти не відійдуть. "
            "Ще у вівторок господар кремля назвав неприйнятними поправки, які європейці пропонують до американського плану.")
    assert stances(text) == {("Vladimir Putin", "military_pressure", "conditional"),
                             ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language", [
    ("Забрати Донбас силою, якщо українське військо звідти не вийде, очільник кремля пообіцяв ще в четвер.", "uk"),
    ("Путин пообещал взять Донбасс силой, если ВСУ не уйдут оттуда.", "ru"),
    ("Putin threatened to take the Donbas by force unless Ukrainian troops withdraw.", "en"),
])
def test_what_a_threat_waits_on_not_happening_is_demanded(text, language):
    assert stances(text, language) == {("Vladimir Putin", "military_pressure", "conditional"),
                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("second, language", [
    ("Якщо українські підрозділи не залишать Донбас, росія забере його зброєю, — такою була його теза в інтерв'ю, "
     "що вийшло в четвер.", "uk"),
    ("Если украинские подразделения не покинут Донбасс, Россия заберет его силой, — таков был его тезис в интервью.", "ru"),
    ("If Ukrainian troops do not leave the Donbas, Russia will take it by force — that was his message in the interview.", "en"),
])
def test_words_named_after_a_dash_as_his_thesis_are_his(second, language):
    first = {"uk": "Путін дав інтерв'ю.", "ru": "Путин дал интервью.", "en": "Putin spoke on Thursday."}[language]
    assert stances(first + " " + second, language) == {("Vladimir Putin", "military_pressure", "conditional"),
                                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_hosting_the_guests_named_before_accepts_nothing():
    text = ("Зеленський відкинув вимогу вивести війська з Донбасу. Американські емісари побували в москві: у вівторок "
            "путін приймав їх у кремлі.")
    assert stances(text) == {("Volodymyr Zelensky", "troop_withdrawal_donbas", "oppose")}


def test_a_relative_clause_with_a_date_in_apposition_stands_between_the_speaker_and_the_verb():
    text = "путін в інтерв'ю India Today, що вийшло в четвер, 4 грудня, попередив, що рф забере Донбас силою."
    assert stances(text) == {("Vladimir Putin", "military_pressure", "support")}


@pytest.mark.parametrize("text, language", [
    ("Країна-агресорка й надалі наполягає, щоб ЗСУ залишили решту Донеччини. Путін попередив: інакше рф забере "
     "регіон зброєю.", "uk"),
    ("Москва по-прежнему требует, чтобы ВСУ покинули Донбасс. Иначе, как предупредил президент Путин, эта территория "
     "будет освобождена силой.", "ru"),
    ("Moscow still insists that Ukrainian troops leave the Donbas. Otherwise, Putin warned, Russia will take the "
     "region by force.", "en"),
])
def test_a_threat_made_otherwise_presses_what_its_side_demanded_just_before(text, language):
    assert stances(text, language) == {("Russia", "troop_withdrawal_donbas", "support"),
                                       ("Vladimir Putin", "military_pressure", "conditional"),
                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_a_threat_made_otherwise_by_who_just_demanded_it_repeats_nothing():
    text = ("Putin said the fighting would stop only once Ukrainian troops leave the Donbas. Otherwise, he said, "
            "Russian forces would take it militarily.")
    found = extract_article_stances(_article(text, "en"), annotate_text(text, "en"), learned=False)
    withdrawal = [st for st in found if st.issue == "troop_withdrawal_donbas"]
    assert len(withdrawal) == 1 and "Otherwise" not in withdrawal[0].evidence


@pytest.mark.parametrize("text, language", [
    ("Кремль відкидає запропоноване Києвом і європейцями тимчасове перемир'я.", "uk"),
    ("Кремль отвергает предлагаемое Киевом и европейцами временное прекращение огня.", "ru"),
])
def test_the_proposers_named_between_the_participle_and_the_measure_stand_behind_it(text, language):
    assert stances(text, language) == {("Russia", "ceasefire", "oppose"), ("Ukraine", "ceasefire", "support"),
                                       ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Оба лидера сходятся во мнении, что перемирие лишь продлит конфликт, — так Ушаков изложил итоги разговора "
     "Путина и Трампа.", "ru"),
    ("Обидва лідери сходяться на думці, що перемир'я лише затягне війну, — так Ушаков виклав підсумки розмови "
     "Путіна і Трампа.", "uk"),
])
def test_both_leaders_with_none_named_before_are_the_pair_the_sentence_names_later(text, language):
    assert stances(text, language) == {("Vladimir Putin", "ceasefire", "oppose"), ("Donald Trump", "ceasefire", "oppose")}


@pytest.mark.parametrize("text", [
    "Putin spoke in Bishkek. The fighting will stop once Ukrainian troops leave the Donbas, Mr. Putin said; if they "
    "stay, Russia will take it by force.",
    "Putin spoke in Bishkek. Moscow would stop fighting only once Ukrainian troops left the Donbas, he said; failing "
    "that, Russian forces would take it militarily.",
])
def test_a_speech_verb_closed_by_a_semicolon_reports_both_sides_of_it(text):
    assert stances(text, "en") == {("Vladimir Putin", "ceasefire", "conditional"),
                                   ("Vladimir Putin", "troop_withdrawal_donbas", "support"),
                                   ("Vladimir Putin", "military_pressure", "conditional")}


def test_a_condition_marker_before_a_later_inverted_condition_opens_its_own_condition():
    text = ("The fighting would stop once Ukrainian forces left the Donbas, Putin said; should they stay, Russian "
            "troops would take it.")
    found = extract_article_stances(_article(text, "en"), annotate_text(text, "en"), learned=False)
    ceasefire = [st for st in found if st.issue == "ceasefire"]
    assert [(st.polarity, st.condition) for st in ceasefire] == [("conditional", "Ukrainian forces left the Donbas")]


def test_troops_that_quit_the_land_withdraw():
    text = "The fighting would end once Ukrainian troops quit the Donbas, Putin said."
    assert stances(text, "en") == {("Vladimir Putin", "ceasefire", "conditional"),
                                   ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language", [
    ("Zelensky wants any withdrawal from the Donbas to be mutual and monitored.", "en"),
    ("Зеленський наполягає, що будь-яке відведення військ з Донбасу має бути взаємним.", "uk"),
    ("Зеленский настаивает, что любой отвод войск из Донбасса должен быть взаимным.", "ru"),
])
def test_a_withdrawal_accepted_only_as_a_mutual_one_is_conditional(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(st.actor, st.issue, st.polarity) for st in found] == [
        ("Volodymyr Zelensky", "troop_withdrawal_donbas", "conditional")]
    assert found[0].condition.lower().startswith(("mutual", "взаємн", "взаимн"))


@pytest.mark.parametrize("text, language", [
    ("Трамп переконаний, що так можна покласти край кровопролиттю.", "uk"),
    ("Трамп уверен, что так можно положить конец кровопролитию.", "ru"),
    ("Trump is convinced this would put an end to the bloodshed.", "en"),
    ("За словами Трампа, зупинятися треба саме на тих рубежах, які війська займають зараз.", "uk"),
    ("По словам Трампа, останавливаться нужно на тех рубежах, которые войска занимают сейчас.", "ru"),
])
def test_ending_the_bloodshed_or_stopping_on_the_lines_held_is_the_ceasefire(text, language):
    assert stances(text, language) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("second, language", [
    ("Гальмувала знову Бельгія.", "uk"),
    ("Тормозила снова Бельгия.", "ru"),
])
def test_holding_up_the_measure_just_named_opposes_it(second, language):
    first = {"uk": "ЄС хоче використати заморожені активи для кредиту Україні. ",
             "ru": "ЕС хочет использовать замороженные активы для кредита Украине. "}[language]
    assert ("Belgium", "frozen_assets", "oppose") in stances(first + second, language)


@pytest.mark.parametrize("text, language", [
    ("Бельгійці проти використання заморожених активів.", "uk"),
    ("Бельгийцы против использования замороженных активов.", "ru"),
])
def test_the_belgians_are_belgium(text, language):
    assert stances(text, language) == {("Belgium", "frozen_assets", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Війська мають зупинитися там, де стоять зараз. Із цим закликом Трамп виступив учора після переговорів.", "uk"),
    ("Войска должны остановиться там, где стоят сейчас. С этим призывом Трамп выступил вчера после переговоров.", "ru"),
])
def test_a_call_pointed_back_at_with_its_voice_verb_is_held_by_who_voiced_it(text, language):
    assert stances(text, language) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text", [
    "Трамп закликав зупинитися там, де проходить лінія фронту.",
    "Трамп закликав сторони зупинитися там, де сьогодні пролягає лінія фронту.",
])
def test_an_issue_phrase_does_not_run_across_a_comma_into_a_clause_of_place(text):
    assert stances(text) == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Віткофф і Кушнер працювали в Маямі з Умєровим та Гнатовим. Як повідомили в Держдепі, сторони погодили рамку "
     "безпекових домовленостей.", "uk"),
    ("Witkoff and Kushner worked in Miami with Umerov and Hnatov. The State Department said the two sides had agreed "
     "on a framework for security arrangements.", "en"),
])
def test_the_sides_of_talks_between_envoys_are_the_countries_they_speak_for(text, language):
    assert stances(text, language) == {("United States", "security_guarantees", "support"),
                                       ("Ukraine", "security_guarantees", "support")}


@pytest.mark.parametrize("text, language", [
    ("Згідно з проєктом, нинішня лінія стане лінією розмежування, а можливе відведення військ з Донбасу має опрацювати "
     "окрема робоча група.", "uk"),
    ("Under the draft, the current line would serve as the line of contact, and a working group would look at a "
     "possible pullback from the Donbas.", "en"),
])
def test_a_measure_handed_to_a_working_group_to_work_out_is_no_provision(text, language):
    assert not any(issue == "troop_withdrawal_donbas" for _, issue, _ in stances("США та Україна напрацювали мирний план. " + text
                                                                                 if language == "uk" else
                                                                                 "The U.S. and Ukraine drew up a peace plan. " + text,
                                                                                 language))


def test_a_body_tasked_to_work_out_guarantees_is_no_neutral_mention():
    text = "Лідери коаліції охочих доручили робочій групі опрацювати гарантії безпеки для України."
    assert ("Coalition of the willing", "security_guarantees", "support") in stances(text)


@pytest.mark.parametrize("text, language", [
    ("Відмова Києва від плану, попередив Путін, означатиме лише продовження наступу.", "uk"),
    ("Отказ Киева от этой инициативы, предупредил Путин, будет означать продолжение наступления.", "ru"),
    ("Kyiv's refusal, Putin warned, would mean that Russian forces keep advancing.", "en"),
])
def test_what_a_refusal_is_said_to_bring_is_threatened_on_that_refusal(text, language):
    found = extract_article_stances(_article(text, language), annotate_text(text, language), learned=False)
    assert [(st.actor, st.issue, st.polarity) for st in found] == [("Vladimir Putin", "military_pressure", "conditional")]
    assert found[0].condition.startswith(("Відмова Києва", "Отказ Киева", "Kyiv's refusal"))



def test_a_participle_phrase_after_a_plan_with_no_commas_leaves_the_plan_its_verb():
    text = "A European counter-draft discussed around those talks would cap Ukraine's armed forces at 800,000."
    assert stances(text, "en") == {("Europe", "army_size_cap", "support")}


@pytest.mark.parametrize("text", [
    "Подготовленный европейцами контрпроект поднимает потолок численности ВСУ до 800 тысяч.",
])
def test_the_agent_of_a_participle_of_writing_before_a_plan_owns_it(text):
    assert stances(text, "ru") == {("Europe", "army_size_cap", "support")}


def test_a_draft_of_their_own_is_brought_in_as_its_owners_text():
    text = ("Washington still expects Kyiv's answer by Thanksgiving. European governments have circulated an alternative "
            "draft of their own, according to media reports. It would let Ukraine keep armed forces of up to 800,000.")
    assert stances(text, "en") == {("Europe", "army_size_cap", "support")}


@pytest.mark.parametrize("text, language", [
    ("Європейці, якщо вірити публікаціям у медіа, підтримують армію у 800 тисяч.", "uk"),
    ("Европейцы, если верить публикациям в СМИ, поддерживают армию в 800 тысяч.", "ru"),
])
def test_if_one_believes_the_reports_names_a_source_not_a_condition(text, language):
    assert stances(text, language) == {("Europe", "army_size_cap", "support")}


@pytest.mark.parametrize("text, language", [
    ("Russia will take the Donbas one way or another, Putin said in an interview on Thursday: either Ukrainian troops "
     "pull out, or they will be driven out by force.", "en"),
    ("Донбасс будет освобожден в любом случае: либо украинские подразделения сами уйдут с этой территории, либо задачи "
     "будут решены военным путем, заявил Путин.", "ru"),
])
def test_either_or_after_a_colon_makes_the_threat_conditional_on_the_first_alternative(text, language):
    assert stances(text, language) == {("Vladimir Putin", "military_pressure", "conditional"),
                                       ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


def test_forces_that_would_seize_all_of_a_region_are_military_pressure():
    text = "Putin said Russian forces would seize all of Donbas unless Ukrainian troops pulled out first."
    assert stances(text, "en") == {("Vladimir Putin", "military_pressure", "conditional"),
                                   ("Vladimir Putin", "troop_withdrawal_donbas", "support")}


@pytest.mark.parametrize("text, language", [
    ("Вчора з такою позицією виступили Володимир Зеленський і низка європейських лідерів у спільній заяві. "
     "Підписанти підтримують припинення вогню вздовж нинішньої лінії.", "uk"),
    ("Вчера с такой позицией выступили Владимир Зеленский и ряд европейских лидеров в совместном заявлении. "
     "Подписанты поддерживают прекращение огня вдоль нынешней линии.", "ru"),
])
def test_a_statement_issued_by_a_person_and_a_number_of_leaders_has_all_of_them_as_authors(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "ceasefire", "support"), ("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Зеленський оприлюднив заяву щодо переговорів. Свої підписи під текстом поставили Стармер, Мерц і Макрон. "
     "Підписанти виступають проти визнання окупованих територій.", "uk"),
    ("Зеленский обнародовал заявление о переговорах. Свои подписи под текстом поставили Стармер, Мерц и Макрон. "
     "Подписанты выступают против признания оккупированных территорий.", "ru"),
    ("Zelensky released a statement on the talks. Starmer, Merz and Macron put their names to the document. "
     "The signatories oppose any recognition of the occupied territories.", "en"),
])
def test_those_who_sign_the_text_just_named_join_its_authors(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "territory_recognition", "oppose"),
                                       ("Europe", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Зеленський і Мерц оприлюднили спільну заяву. Європейці, як випливає з тексту заяви, підтримують припинення "
     "вогню. Підписанти виступають проти визнання окупованих територій.", "uk"),
    ("Zelensky and Merz released a joint statement. Europeans, as the text of the statement shows, back a ceasefire. "
     "The signatories oppose any recognition of the occupied territories.", "en"),
])
def test_a_statement_quoted_in_a_parenthetical_keeps_its_authors(text, language):
    assert stances(text, language) == {("Europe", "ceasefire", "support"),
                                       ("Volodymyr Zelensky", "territory_recognition", "oppose"),
                                       ("Friedrich Merz", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Europe and Zelensky released a joint statement. No border may be redrawn by force, the signatories said.", "en"),
    ("Європа та Зеленський оприлюднили спільну заяву. Підписанти виступають проти визнання окупованих територій.", "uk"),
])
def test_a_place_joined_to_a_person_by_and_is_a_party_not_the_persons_title(text, language):
    assert stances(text, language) == {("Europe", "territory_recognition", "oppose"),
                                       ("Volodymyr Zelensky", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("European leaders and Volodymyr Zelensky on Tuesday endorsed a halt to the war. The joint statement carried the "
     "names of Starmer, Merz and Macron. The signatories oppose any recognition of the occupied territories.", "en"),
    ("Європейські лідери та Володимир Зеленський у вівторок підтримали зупинку війни. Спільну заяву підписали "
     "Стармер, Мерц і Макрон. Підписанти виступають проти визнання окупованих територій.", "uk"),
])
def test_a_joint_statement_named_right_after_a_joint_act_is_that_acts_whoever_its_signers_list_names(text, language):
    assert ("Volodymyr Zelensky", "territory_recognition", "oppose") in stances(text, language)
    assert ("Europe", "territory_recognition", "oppose") in stances(text, language)


@pytest.mark.parametrize("text, language", [
    ("Путін виступив у четвер. Готовності Києва до територіальних поступок він, за його словами, поки не бачить.", "uk"),
    ("Путин выступил в четверг. Готовности Киева к территориальным уступкам он, по его словам, пока не видит.", "ru"),
])
def test_readiness_denied_past_a_parenthetical_and_a_not_yet_is_denied(text, language):
    assert stances(text, language) == {("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Путін виступив у четвер. Готовності Києва домовлятися щодо територій він поки не бачить.", "uk"),
    ("Путин выступил в четверг. Готовности Киева договариваться по территориальному вопросу он пока не видит.", "ru"),
    ("Putin spoke on Thursday. Kyiv, he said, has shown no readiness to bargain over territory.", "en"),
])
def test_bargaining_over_territory_is_a_territorial_compromise(text, language):
    assert stances(text, language) == {("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Путін говорив чотири години. Київ, як він пояснив, не готовий поступитися територіями.", "uk"),
    ("Путин говорил четыре часа. Киев, как он пояснил, не готов уступить территории.", "ru"),
    ("Putin spoke for four hours. Kyiv, as he described it, is not ready to cede territory.", "en"),
])
def test_the_speaker_of_an_as_he_explained_parenthetical_reports_the_subjects_position(text, language):
    assert stances(text, language) == {("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Трамп годину говорив телефоном з Путіним. Кремлівську версію розмови оприлюднив Ушаков. Обидва лідери, за його "
     "словами, вважають тимчасове перемир'я способом затягнути війну.", "uk"),
    ("Трамп час говорил по телефону с Путиным. Кремлевскую версию разговора обнародовал Ушаков. Оба лидера, по его "
     "словам, считают временное перемирие способом затянуть войну.", "ru"),
    ("Trump spoke by phone with Putin for an hour. Ushakov gave the Kremlin's account of the call. Both leaders, he "
     "said, see a temporary ceasefire as a way to prolong the war.", "en"),
])
def test_who_spoke_by_phone_with_whom_are_the_both_leaders_of_the_next_sentences(text, language):
    assert stances(text, language) == {("Donald Trump", "ceasefire", "oppose"), ("Vladimir Putin", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Рябков виступив у МЗС. Не буде, за його словами, і поступок щодо Криму.", "uk"),
    ("Рябков выступил в МИД. Не будет, по его словам, и компромиссов по Крыму.", "ru"),
])
def test_there_will_be_no_compromise_denies_it_past_a_parenthetical(text, language):
    assert stances(text, language) == {("Sergei Ryabkov", "territory_recognition", "support")}


@pytest.mark.parametrize("text, language", [
    ("Трамп виступив у вівторок. Зустріч із Путіним і Зеленським він допускає лише на завершальному етапі переговорів.", "uk"),
    ("Трамп выступил во вторник. Встретиться с Путиным и Зеленским он согласен только на завершающем этапе переговоров.", "ru"),
    ("Trump spoke on Tuesday. A meeting with Putin and Zelensky, he said, would come only at the final stage of the talks.", "en"),
])
def test_only_at_the_final_stage_makes_a_position_conditional(text, language):
    assert stances(text, language) == {("Donald Trump", "talks_format", "conditional")}


@pytest.mark.parametrize("text, language", [
    ("Trump spoke on Tuesday. He has ruled out a meeting with Putin and Zelensky until a deal is nearly final.", "en"),
    ("Трамп виступив у вівторок. Він виключає зустріч із Путіним і Зеленським, доки угода не буде майже готова.", "uk"),
])
def test_ruling_out_until_something_happens_is_conditional_on_it(text, language):
    assert stances(text, language) == {("Donald Trump", "talks_format", "conditional")}


@pytest.mark.parametrize("text, language", [
    ("Віткофф і Умєров оприлюднили дві заяви. Обидва переговірники пишуть про роботу над чотирма документами. Перший — "
     "20-пунктний мирний план. Другий — рамка гарантій безпеки для України.", "uk"),
    ("Уиткофф и Умеров опубликовали два заявления. В обоих говорится о работе над четырьмя документами: планом из 20 "
     "пунктов и рамкой гарантий безопасности.", "ru"),
    ("Witkoff and Umerov issued two statements. The two envoys said they had worked on four documents. The first is the "
     "20-point peace plan. The second is a framework of security guarantees for Ukraine.", "en"),
])
def test_the_documents_listed_after_work_on_them_are_the_workers(text, language):
    assert {("Steve Witkoff", "peace_plan_overall", "support"), ("Rustem Umerov", "peace_plan_overall", "support"),
            ("Steve Witkoff", "security_guarantees", "support"),
            ("Rustem Umerov", "security_guarantees", "support")} <= stances(text, language)


@pytest.mark.parametrize("text, language", [
    ("Зеленський погодився працювати над документом. Перший пункт — гарантії безпеки для України.", "uk"),
    ("Віткофф і Умєров оприлюднили дві заяви. Обидва переговірники пишуть про роботу над чотирма документами. "
     "Путін відкидає мирний план.", "uk"),
])
def test_work_on_one_document_or_a_sentence_with_its_own_holder_lists_nothing(text, language):
    assert not {st for st in stances(text, language) if st[0] in ("Steve Witkoff", "Rustem Umerov", "Volodymyr Zelensky")}


@pytest.mark.parametrize("text, language", [
    ("Гарантії безпеки для України погоджено на 95%, — так підсумував Трамп переговори, які відбулися в неділю.", "uk"),
    ("Гарантии безопасности для Украины согласованы на 95%, — так подытожил Трамп переговоры, которые прошли в воскресенье.",
     "ru"),
])
def test_so_summed_up_after_a_dash_reports_the_words_before_it(text, language):
    assert stances(text, language) == {("Donald Trump", "security_guarantees", "support")}


@pytest.mark.parametrize("text, language", [
    ("Трамп заявив, що гарантії безпеки для України погоджено на 95%. Зеленський цю оцінку підтвердив.", "uk"),
    ("Трамп заявил, что гарантии безопасности для Украины согласованы на 95%. Зеленский эту оценку подтвердил.", "ru"),
    ("Trump said security guarantees for Ukraine were 95 percent agreed. Zelensky confirmed that estimate.", "en"),
])
def test_confirming_the_estimate_just_given_shares_it(text, language):
    assert stances(text, language) == {("Donald Trump", "security_guarantees", "support"),
                                       ("Volodymyr Zelensky", "security_guarantees", "support")}


@pytest.mark.parametrize("text, language", [
    ("Москві, пояснив Пєсков, потрібна остаточна угода, а не тимчасове затишшя.", "uk"),
    ("Москве, пояснил Песков, нужно окончательное соглашение, а не временное затишье.", "ru"),
    ("Moscow needs a final settlement, not a temporary lull, Peskov said.", "en"),
])
def test_a_lull_is_a_ceasefire(text, language):
    assert stances(text, language) == {("Dmitry Peskov", "ceasefire", "oppose")}


def test_staying_out_of_the_alliance_as_a_condition_of_any_settlement_is_demanded():
    text = "Moscow, for its part, treats Ukraine's staying out of the alliance as a condition of any settlement."
    assert stances(text, "en") == {("Russia", "nato_renunciation", "support")}
    # (a condition of something that is no deal names a term, not a demand)
    assert stances("Moscow treats Ukraine's staying out of the alliance as a condition of the visit.", "en") == set()


@pytest.mark.parametrize("text, language", [
    ("Ushakov spoke after the call. Kyiv, the aide said, should make up its mind on Donbas without further delay.", "en"),
    ("Ушаков выступил после разговора. Киев, по его словам, должен без промедления определиться с Донбассом.", "ru"),
])
def test_making_up_ones_mind_on_donbas_is_the_decision_on_donbas(text, language):
    assert stances(text, language) == {("Yuri Ushakov", "troop_withdrawal_donbas", "support")}


def test_those_who_sign_together_with_the_subject_are_the_statements_authors():
    text = ("У вівторок Зеленський разом із Кіром Стармером, Фрідріхом Мерцом, Емманюелем Макроном, Джорджею Мелоні та "
            "Урсулою фон дер Ляєн підписав спільну заяву. Перекроювати кордони силою не можна — тут підписанти одностайні.")
    assert stances(text, "uk") == {("Volodymyr Zelensky", "territory_recognition", "oppose"),
                                   ("Europe", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Київ говорив про вибори. Європейські партнери України виходять з іншої логіки: у спільній заяві вони підтримали "
     "припинення вогню по нинішній лінії фронту.", "uk"),
    ("Киев говорил о выборах. Европейские партнеры Украины исходят из другой логики: в совместном заявлении они "
     "поддержали прекращение огня по нынешней линии фронта.", "ru"),
])
def test_they_in_the_sentence_that_names_a_statement_are_its_authors(text, language):
    assert stances(text, language) == {("Europe", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("США подготовили мирный план. Дрисколл привез документ Зеленскому, и тот согласился над ним работать.", "ru"),
    ("The United States drew up a peace plan. Driscoll handed the document to Zelensky, and the latter agreed to work "
     "on it.", "en"),
])
def test_the_latter_is_the_person_named_last_not_the_subject(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "peace_plan_overall", "support")}


@pytest.mark.parametrize("text", [
    "Last Thursday in Bishkek, Putin called the American-Ukrainian draft a possible basis for a future settlement.",
    "Putin called the U.S.-Ukrainian draft a possible basis for a settlement.",
])
def test_calling_the_joint_draft_a_possible_basis_supports_it(text):
    assert stances(text, "en") == {("Vladimir Putin", "peace_plan_overall", "support")}


@pytest.mark.parametrize("text, language", [
    ("Leaders of the coalition of the willing met on Tuesday. They agreed to set up a working group under French and "
     "British leadership. The participants also restated that borders must not be changed by force.", "en"),
    ("Лідери коаліції охочих зустрілися у вівторок. Вони домовилися створити франко-британську робочу групу. Зміну "
     "кордонів силою учасники зустрічі відкидають.", "uk"),
])
def test_the_participants_two_sentences_after_an_organisation_met_are_that_organisation(text, language):
    assert ("Coalition of the willing", "territory_recognition", "oppose") in stances(text, language)


@pytest.mark.parametrize("text, language", [
    ("Trump's envoys brought the peace plan to Moscow. Russia attached a caveat on Tuesday: should the understandings "
     "reached in Anchorage be erased, Moscow would take a different view of the plan.", "en"),
    ("Посланці Трампа привезли мирний план до Москви. Якщо від домовленостей в Анкориджі відступлять, Москва "
     "оцінюватиме план інакше.", "uk"),
    ("Посланники Трампа привезли мирный план в Москву. Если от договоренностей в Анкоридже отступят, Москва будет "
     "оценивать план иначе.", "ru"),
])
def test_a_view_that_would_change_on_a_condition_is_conditional_support(text, language):
    assert stances(text, language) == {("Russia", "peace_plan_overall", "conditional")}


def test_a_view_that_would_change_with_no_condition_is_no_position():
    assert stances("Trump's envoys brought the peace plan to Moscow. Moscow would take a different view of the plan.",
                   "en") == set()


@pytest.mark.parametrize("text, language", [
    ("Якщо ж Київ відмовиться, російські війська, за словами Путіна, підуть далі.", "uk"),
    ("Если Киев откажется, российские войска, по словам Путина, пойдут дальше.", "ru"),
    ("If Kyiv refuses, Russian forces will push further, Putin said.", "en"),
])
def test_troops_that_will_go_further_are_military_pressure(text, language):
    assert stances(text, language) == {("Vladimir Putin", "military_pressure", "conditional")}


@pytest.mark.parametrize("text, language", [
    ("Putin called the American peace plan a possible basis for a settlement. The Kremlin's welcome for the plan comes "
     "with a caveat.", "en"),
    ("Путін назвав американський мирний план можливою основою. Кремль підтримує план, проте з застереженням.", "uk"),
    ("Путин назвал американский мирный план возможной основой. Кремль поддерживает план, но имеет оговорку.", "ru"),
])
def test_support_that_comes_with_a_caveat_is_conditional(text, language):
    assert ("Russia", "peace_plan_overall", "conditional") in stances(text, language)


@pytest.mark.parametrize("text", [
    "There would be no Christmas truce, Dmitry Peskov, the Kremlin's spokesman, told reporters on Tuesday.",
    "Moscow will not accept a truce, Dmitry Peskov, the Kremlin's spokesman, said on Tuesday.",
])
def test_a_speaker_named_before_a_title_that_names_an_organisation_says_the_words_before(text):
    assert stances(text, "en") == {("Dmitry Peskov", "ceasefire", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Yuri Ushakov said the changes did nothing for peace, adding that no three-way meeting was in the works.", "en"),
    ("Yuri Ushakov said on Sunday that no three-way meeting was planned.", "en"),
    ("Ушаков заявив, що розмов утрьох у планах немає.", "uk"),
    ("Ушаков заявил, что встречи втроем в планах нет.", "ru"),
])
def test_a_meeting_said_to_be_not_planned_is_opposed_by_the_speaker(text, language):
    assert stances(text, language) == {("Yuri Ushakov", "talks_format", "oppose")}


def test_a_meeting_said_to_be_planned_is_no_opposition():
    assert ("Yuri Ushakov", "talks_format", "oppose") not in stances(
        "Yuri Ushakov said on Sunday that a three-way meeting was planned.", "en")


@pytest.mark.parametrize("text", [
    "Mr. Trump spoke to reporters on Friday. Both armies should stay where they are, the president said, and the "
    "shooting should end there.",
    "Mr. Trump met Mr. Zelensky on Friday. A ceasefire, the American president said, should come first.",
])
def test_a_title_with_its_article_between_commas_is_a_parenthetical_speaker(text):
    assert stances(text, "en") == {("Donald Trump", "ceasefire", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Moscow won't accept a truce, Dmitry Peskov said.", {("Dmitry Peskov", "ceasefire", "oppose")}),
    ("Kyiv doesn't support a freeze on the front line.", {("Ukraine", "ceasefire", "oppose")}),
    ("European capitals want a multinational force in Ukraine, but Moscow won't hear of it.",
     {("Europe", "foreign_troops_deployment", "support"), ("Russia", "foreign_troops_deployment", "oppose")}),
    ("Європейські столиці хочуть розмістити в Україні іноземні війська. У Москві про це і чути не хочуть.",
     {("Europe", "foreign_troops_deployment", "support"), ("Russia", "foreign_troops_deployment", "oppose")}),
    ("Европейцы хотят разместить на Украине иностранные войска. В Москве об этом и слышать не хотят.",
     {("Europe", "foreign_troops_deployment", "support"), ("Russia", "foreign_troops_deployment", "oppose")}),
])
def test_a_contracted_negation_and_not_hearing_of_it_oppose(text, expected):
    language = "en" if text.isascii() else "uk" if "і" in text else "ru"
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Kyiv maintains that borders cannot be redrawn by force.", "en"),
    ("Ukraine holds that borders cannot be redrawn by force.", "en"),
    ("Kyiv says that borders cannot be redrawn by force.", "en"),
    ("Київ стоїть на тому, що кордони не можна змінювати силою.", "uk"),
    ("Киев стоит на том, что границы нельзя менять силой.", "ru"),
])
def test_a_view_held_or_maintained_is_the_holders_position(text, language):
    assert stances(text, language) == {("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text", [
    "Ukraine has neither a legal nor a moral right to give up territory, Zelensky told reporters.",
    "Zelensky said Ukraine had neither the legal nor the moral right to hand over its land.",
])
def test_neither_a_legal_nor_a_moral_right_is_a_refusal(text):
    assert stances(text, "en") == {("Volodymyr Zelensky", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language, expected", [
    ("Moscow wants Ukrainian forces out of the Donbas and has warned that it will otherwise take the region by force.",
     "en", {("Russia", "troop_withdrawal_donbas", "support"), ("Russia", "military_pressure", "conditional")}),
    ("Putin wants Ukraine's troops out of the rest of the Donetsk region.", "en",
     {("Vladimir Putin", "troop_withdrawal_donbas", "support")}),
])
def test_forces_wanted_out_of_donbas_and_a_warning_after_and_has(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Непременным условием мира в Москве по-прежнему считают отказ Украины от вступления в НАТО.", "ru",
     {("Russia", "nato_renunciation", "support")}),
    ("Главным условием урегулирования российская сторона считает уход украинских войск из Донбасса.", "ru",
     {("Russia", "troop_withdrawal_donbas", "support")}),
    ("Головною умовою миру Кремль називає вихід ЗСУ з Донбасу.", "uk", {("Russia", "troop_withdrawal_donbas", "support")}),
])
def test_a_necessary_condition_put_first_names_the_measure_after_its_verb(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Путін назвав неприєднання України до НАТО обов'язковою умовою.", "uk"),
    ("Путин назвал неприсоединение Украины к НАТО обязательным условием.", "ru"),
    ("Putin called Ukraine's non-membership in NATO a necessary condition.", "en"),
])
def test_non_accession_to_nato_is_the_renunciation(text, language):
    assert stances(text, language) == {("Vladimir Putin", "nato_renunciation", "support")}


def test_a_condition_put_first_without_a_necessary_word_is_no_demand():
    assert stances("Умовою миру Кремль називає вихід ЗСУ з Донбасу.", "uk") == set()


@pytest.mark.parametrize("text, language", [
    ("Зеленский заявил, что не вправе уступать территории.", "ru"),
    ("Уступать земли Зеленский, по его собственным словам, не вправе ни юридически, ни морально.", "ru"),
    ("Зеленський заявив, що не вправі віддавати землю.", "uk"),
])
def test_not_entitled_is_a_refusal_denied_once(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Канцлер Фридрих Мерц назвал американские гарантии весьма примечательными.", "ru"),
    ("Канцлер Фрідріх Мерц оцінив американські гарантії як неабиякі.", "uk"),
    ("Chancellor Friedrich Merz, the host, called the American guarantees impressive.", "en"),
])
def test_guarantees_called_remarkable_are_supported_by_who_calls_them_so(text, language):
    assert ("Friedrich Merz", "security_guarantees", "support") in stances(text, language)


@pytest.mark.parametrize("text, expected", [
    ("Trump said the time had come for Ukraine to hold a vote.", {("Donald Trump", "elections", "support")}),
    ("Zelensky said he was ready to hold a vote within 60 to 90 days, provided the United States and Europe could "
     "guarantee its security.", {("Volodymyr Zelensky", "elections", "conditional")}),
    ("Zelensky replied that a vote could be organized in 60 to 90 days if the United States helped secure it.",
     {("Volodymyr Zelensky", "elections", "conditional")}),
])
def test_holding_a_vote_is_the_elections(text, expected):
    assert stances(text, "en") == expected


def test_a_vote_on_something_else_is_no_position_on_elections_without_a_cue():
    assert stances("The European Parliament will hold a vote on the loan next week.", "en") == set()


@pytest.mark.parametrize("text, language", [
    ("Окремо йдеться про Запорізьку АЕС. Вашингтон схиляється до спільного управління станцією.", "uk"),
    ("Отдельно речь идет о Запорожской АЭС. Вашингтон склоняется к совместному управлению станцией.", "ru"),
    ("The Zaporizhzhia nuclear plant is another sticking point. Washington leans toward joint management of the plant.",
     "en"),
])
def test_leaning_towards_a_measure_supports_it(text, language):
    assert stances(text, language) == {("United States", "zaporizhzhia_npp", "support")}


@pytest.mark.parametrize("text, language", [
    ("Трамп говорив з журналістами. Сісти за стіл з обома президентами він погоджується тільки на фінішній прямій.", "uk"),
    ("Трамп готов сесть за стол с обоими президентами только на финишной прямой.", "ru"),
    ("Trump is ready to sit down with both presidents only at the final stage.", "en"),
])
def test_a_meeting_with_both_presidents_only_on_the_home_stretch_is_conditional(text, language):
    assert stances(text, language) == {("Donald Trump", "talks_format", "conditional")}


@pytest.mark.parametrize("text, language", [
    ("Кремль не знімає вимоги про вихід українських військ з Донбасу.", "uk"),
    ("Кремль не снимает требования о выводе украинских войск из Донбасса.", "ru"),
])
def test_a_demand_not_withdrawn_still_stands(text, language):
    assert stances(text, language) == {("Russia", "troop_withdrawal_donbas", "support")}


def test_a_demand_withdrawn_is_no_position():
    assert stances("Кремль зняв вимогу про вихід українських військ з Донбасу.", "uk") == set()


@pytest.mark.parametrize("text, language", [
    ("Від територіальних вимог у Москві не відступають.", "uk"),
    ("Москва не відступає від територіальних вимог.", "uk"),
    ("От территориальных требований в Москве не отступают.", "ru"),
    ("Moscow will not back down from its territorial demands.", "en"),
])
def test_territorial_demands_not_backed_away_from_still_stand(text, language):
    assert stances(text, language) == {("Russia", "territory_recognition", "support")}


@pytest.mark.parametrize("text, language, expected", [
    ("Київ відкидає територіальні претензії Москви.", "uk", {("Ukraine", "territory_recognition", "oppose")}),
    ("Zelensky rejected Russia's territorial demands.", "en", {("Volodymyr Zelensky", "territory_recognition", "oppose")}),
])
def test_territorial_demands_are_the_territory_issue(text, language, expected):
    assert stances(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Ділити Запорізьку АЕС між трьома сторонами несправедливо, — заявив президент Володимир Зеленський.", "uk"),
    ("Делить Запорожскую АЭС между тремя сторонами несправедливо, заявил президент Владимир Зеленский.", "ru"),
])
def test_calling_a_measure_unfair_opposes_it(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "zaporizhzhia_npp", "oppose")}


@pytest.mark.parametrize("text, expected", [
    ("Turkey is ready to host Russian and Ukrainian negotiators in Istanbul once more.",
     {("Turkey", "talks_format", "support")}),
    ("Turkey once again backed talks in Istanbul.", {("Turkey", "talks_format", "support")}),
    # the conjunction and the past adverb are still what they were
    ("Turkey is ready to host the negotiators in Istanbul once Russia agrees.",
     {("Turkey", "talks_format", "conditional")}),
    ("Turkey once backed talks in Istanbul.", set()),
])
def test_once_more_is_a_repetition_not_a_condition_or_the_past(text, expected):
    assert stances(text, "en") == expected


@pytest.mark.parametrize("text, language", [
    ("Zelensky said a freeze on the current front was the fairest outcome.", "en"),
    ("Заморозка по линии фронта — лучшее решение, сказал Зеленский.", "ru"),
    ("Заморожування по лінії фронту — справедливе рішення, сказав Зеленський.", "uk"),
])
def test_the_fairest_or_best_outcome_is_supported(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "ceasefire", "support")}


@pytest.mark.parametrize("text, language", [
    ("Лідери ЄС обговорять кредит під заморожені російські активи. Головна перепона — Бельгія.", "uk"),
    ("Лидеры ЕС обсудят кредит под замороженные российские активы. Главное препятствие — Бельгия.", "ru"),
])
def test_the_main_obstacle_to_a_measure_opposes_it(text, language):
    assert stances(text, language) == {("Belgium", "frozen_assets", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Права віддати українську землю в Києва немає — ні юридичного, ні морального.", "uk"),
    ("У Києва немає права віддавати землю.", "uk"),
    ("У Киева нет права отдавать землю.", "ru"),
])
def test_who_has_no_right_is_named_by_the_possessive_u(text, language):
    assert stances(text, language) == {("Ukraine", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Визнання окупованих територій російськими в тексті немає, наголосив президент Зеленський.", "uk"),
    ("Признания оккупированных территорий российскими в тексте нет, подчеркнул президент Зеленский.", "ru"),
])
def test_a_measure_said_to_be_absent_is_denied_by_the_speaker(text, language):
    assert stances(text, language) == {("Volodymyr Zelensky", "territory_recognition", "oppose")}


@pytest.mark.parametrize("text, language", [
    ("Trump said a meeting with Putin and Zelensky would have to wait until an agreement was final.", "en"),
    ("Трамп сказав, що зустріч із Путіним і Зеленським почекає, доки угода не буде готова.", "uk"),
    ("Трамп сказал, что встреча с Путиным и Зеленским подождет, пока соглашение не будет готово.", "ru"),
])
def test_what_must_wait_until_something_happens_is_conditional_on_it(text, language):
    assert stances(text, language) == {("Donald Trump", "talks_format", "conditional")}


@pytest.mark.parametrize("text, language", [
    ("Трамп готовий до зустрічі з лідерами України та росії лише тоді, коли угода буде майже готова.", "uk"),
    ("Трамп готов к встрече с лидерами России и Украины только тогда, когда соглашение будет почти готово.", "ru"),
    ("Trump spoke to reporters. As for Putin and Zelensky, a meeting with the two of them would have to wait until "
     "an agreement was final, the president said.", "en"),
])
def test_a_meeting_with_the_leaders_of_both_countries_is_the_talks_format(text, language):
    assert stances(text, language) == {("Donald Trump", "talks_format", "conditional")}


def test_who_a_fronted_as_for_names_is_not_the_president_who_speaks():
    text = ("Trump spoke to reporters. As for Putin and Ukrainian President Volodymyr Zelensky, talks with Putin "
            "would have to wait until an agreement was final, the president said.")
    assert stances(text, "en") == {("Donald Trump", "talks_format", "conditional")}


@pytest.mark.parametrize("text, language", [
    ("Європейські лідери висловилися за 800-тисячну армію мирного часу для України, а також за багатонаціональний "
     "контингент на чолі з Європою.", "uk"),
    ("Европейские лидеры выступили за 800-тысячную армию для Украины и за многонациональный контингент под "
     "руководством Европы.", "ru"),
    ("European leaders backed an 800,000-strong army for Ukraine and a multinational contingent led by Europe.", "en"),
])
def test_an_army_named_by_its_size_and_a_multinational_contingent_are_issues(text, language):
    assert stances(text, language) == {("Europe", "army_size_cap", "support"),
                                       ("Europe", "foreign_troops_deployment", "support")}


def test_such_a_scenario_rejected_takes_the_issue_named_last_before():
    text = ("Європейські лідери висловилися за 800-тисячну армію мирного часу для України, а також за "
            "багатонаціональний контингент на чолі з Європою. Саме такий сценарій у москві й відкидають.")
    assert ("Russia", "foreign_troops_deployment", "oppose") in stances(text, "uk")
