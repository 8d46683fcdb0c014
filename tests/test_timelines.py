"""Temporal expressions, their normalisation, events and merged timelines, on real sentences.

Each rule of stanceline.timelines has a test here; dates are literal, expected spans literal.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from stanceline import annotate_text
from stanceline.timelines import build_timeline, extract_events, extract_temporal_expressions, place_stances, week_of

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
D = dt.date


def exprs(text, published, language):
    return [e for e in extract_temporal_expressions(text, published, language)]


def one(text, published, language, expected_text):
    found = [e for e in exprs(text, published, language) if e.text == expected_text]
    assert found, f"{expected_text!r} not found in {[e.text for e in exprs(text, published, language)]}"
    return found[0]


# -- absolute dates -------------------------------------------------------------------------

@pytest.mark.parametrize("text,expr,start", [
    ("Зустріч відбулася 20 грудня 2025 року у Маямі.", "20 грудня 2025 року", D(2025, 12, 20)),
    ("Документ підписали 20.12.2025 у Києві.", "20.12.2025", D(2025, 12, 20)),
    ("путін ще 4 грудня в інтерв'ю погрожував.", "4 грудня", D(2025, 12, 4)),
])
def test_absolute_dates_uk(text, expr, start):
    e = one(text, D(2025, 12, 15), "uk", expr)
    assert (e.start, e.end, e.precision) == (start, start, "day")


@pytest.mark.parametrize("text,expr,start", [
    ("The envoys met on Dec. 14 in Berlin.", "on Dec. 14", D(2025, 12, 14)),
    ("The envoys met on December 14, 2025, in Berlin.", "on December 14, 2025", D(2025, 12, 14)),
])
def test_absolute_dates_en(text, expr, start):
    e = one(text, D(2025, 12, 16), "en", expr)
    assert (e.start, e.precision) == (start, "day")


def test_date_without_year_takes_the_nearest_year():
    e = one("Переговори заплановані на 5 січня.", D(2025, 12, 20), "uk", "на 5 січня")
    assert e.start == D(2026, 1, 5)


def test_weekday_with_date_is_one_expression_and_the_date_decides():
    e = one("За інформацією посадовця, у суботу, 20 грудня, у Маямі Дмитрієв планує провести зустріч.",
            D(2025, 12, 18), "uk", "у суботу, 20 грудня")
    assert (e.start, e.kind, e.note) == (D(2025, 12, 20), "date", None)


# -- weekdays and tense -----------------------------------------------------------------------

def test_past_tense_sends_a_weekday_back():
    e = one("В середу путін попередив, що рф прагнутиме розширити свої успіхи.", D(2025, 12, 18), "uk", "В середу")
    assert (e.start, e.direction, e.tense) == (D(2025, 12, 17), "past", "past")


def test_future_tense_sends_a_weekday_forward():
    e = one("Переговори відбудуться в середу.", D(2025, 12, 18), "uk", "в середу")
    assert (e.start, e.direction) == (D(2025, 12, 24), "future")


def test_planning_verb_makes_a_present_clause_future():
    e = one("Negotiations are set to continue on Monday.", D(2025, 12, 14), "en", "on Monday")
    assert e.start == D(2025, 12, 15)


def test_english_past_weekday():
    e = one("Trump said on Tuesday that he was sending Witkoff to Moscow.", D(2025, 11, 26), "en", "on Tuesday")
    assert e.start == D(2025, 11, 25)


def test_publication_weekday_is_the_publication_day():
    e = one("The Kremlin said on Wednesday that the plan was not discussed.", D(2025, 11, 26), "en", "on Wednesday")
    assert (e.start, e.rule) == (D(2025, 11, 26), "weekday=anchor")


def test_explicit_past_modifier_overrides_tense():
    e = one("На переговорах у Женеві, що відбулися минулої неділі, сторони домовилися.", D(2025, 11, 28), "uk",
            "минулої неділі")
    assert e.start == D(2025, 11, 23)


def test_earlier_prefix_joins_the_span_and_points_back():
    e = one("Раніше в середу очільник кремля попередив про наступ.", D(2025, 12, 18), "uk", "Раніше в середу")
    assert (e.start, e.direction) == (D(2025, 12, 17), "past")


def test_weekday_range_is_a_span():
    e = one("Driscoll held talks with Russian officials on Monday and Tuesday.", D(2025, 11, 26), "en",
            "on Monday and Tuesday")
    assert (e.start, e.end, e.precision) == (D(2025, 11, 24), D(2025, 11, 25), "day")


def test_deadline_by_weekday():
    e = one("Україна має відповісти до четверга.", D(2025, 11, 22), "uk", "до четверга")
    assert (e.kind, e.start) == ("deadline", D(2025, 11, 27))
    e = one("Kyiv must answer by Thursday.", D(2025, 11, 22), "en", "by Thursday")
    assert (e.kind, e.start) == ("deadline", D(2025, 11, 27))


def test_lowercase_english_weekday_word_is_not_a_date():
    assert not [e for e in exprs("He will sunday-school them.", D(2025, 11, 22), "en") if e.kind == "weekday"]


# -- relative days and periods ---------------------------------------------------------------

@pytest.mark.parametrize("text,expr,start,end,precision", [
    ("Сьогодні у Брюсселі стартує саміт.", "Сьогодні", D(2025, 12, 18), D(2025, 12, 18), "day"),
    ("Вчора Путін виступив на колегії.", "Вчора", D(2025, 12, 17), D(2025, 12, 17), "day"),
    ("Завтра делегації зустрінуться.", "Завтра", D(2025, 12, 19), D(2025, 12, 19), "day"),
    ("Консультації цього тижня провели у Берліні.", "цього тижня", D(2025, 12, 15), D(2025, 12, 21), "week"),
    ("Ще минулого тижня Зеленський наголошував на цьому.", "минулого тижня", D(2025, 12, 8), D(2025, 12, 14), "week"),
    ("Рішення ухвалять наступного місяця.", "наступного місяця", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("Цими вихідними в Маямі заплановано раунд переговорів.", "Цими вихідними", D(2025, 12, 20), D(2025, 12, 21), "day"),
])
def test_relative_uk(text, expr, start, end, precision):
    e = one(text, D(2025, 12, 18), "uk", expr)
    assert (e.start, e.end, e.precision) == (start, end, precision)


@pytest.mark.parametrize("text,expr,start,end,precision", [
    ("Axios reported this week that Washington was ready.", "this week", D(2025, 12, 15), D(2025, 12, 21), "week"),
    ("The talks will come to Florida this weekend.", "this weekend", D(2025, 12, 20), D(2025, 12, 21), "day"),
    ("The leaders met earlier this month in London.", "earlier this month", D(2025, 12, 1), D(2025, 12, 31), "month"),
    ("Ryabkov spoke yesterday.", "yesterday", D(2025, 12, 17), D(2025, 12, 17), "day"),
])
def test_relative_en(text, expr, start, end, precision):
    e = one(text, D(2025, 12, 18), "en", expr)
    assert (e.start, e.end, e.precision) == (start, end, precision)


def test_past_weekend_is_the_weekend_already_passed():
    # published on Sunday: the weekend in progress; published on Thursday: the one before
    assert one("The talks came to Florida this weekend.", D(2025, 12, 21), "en", "this weekend").start == D(2025, 12, 20)
    assert one("The talks came to Florida this weekend.", D(2025, 12, 18), "en", "this weekend").start == D(2025, 12, 13)


def test_a_day_after_counts_back_from_the_dated_clause():
    e = one("The Kremlin said on Wednesday that the plan was not discussed, a day after Trump said it was fine-tuned.",
            D(2025, 11, 26), "en", "a day after")
    assert e.start == D(2025, 11, 25)


def test_russian_relative_and_weekday():
    text = "Накануне Рябков заявил, что Россия не согласится. В понедельник лидеры встретились в Берлине."
    found = {e.text: e.start for e in exprs(text, D(2025, 12, 17), "ru")}
    assert found == {"Накануне": D(2025, 12, 16), "В понедельник": D(2025, 12, 15)}


# -- years and months ------------------------------------------------------------------------

@pytest.mark.parametrize("text,expr,language", [
    ("Кримський півострів, незаконно анексований у 2014 році.", "у 2014 році", "uk"),
    ("Анексія 2014 року не визнана.", "2014 року", "uk"),
    ("Crimea was annexed in 2014.", "in 2014", "en"),
    ("Крым воссоединился с Россией в 2014 году.", "в 2014 году", "ru"),
])
def test_years_are_whole_years(text, expr, language):
    e = one(text, D(2025, 12, 18), language, expr)
    assert (e.start, e.end, e.precision) == (D(2014, 1, 1), D(2014, 12, 31), "year")


def test_month_without_year_is_the_nearest_past_month_in_a_past_clause():
    e = one("Ще наприкінці жовтня лідери ЄС відклали рішення.", D(2025, 12, 18), "uk", "наприкінці жовтня")
    assert (e.start, e.end, e.precision) == (D(2025, 10, 1), D(2025, 10, 31), "month")
    e = one("У грудні сторони зустрілися двічі.", D(2026, 1, 10), "uk", "У грудні")
    assert (e.start, e.end) == (D(2025, 12, 1), D(2025, 12, 31))


# -- durations, ages, datelines, quotations -------------------------------------------------

@pytest.mark.parametrize("text,expr,language,kind", [
    ("Трамп розпочав роботу з припинення майже чотирирічної війни.", "майже чотирирічної", "uk", "age"),
    ("Розмова тривала понад п'ять годин.", "понад п'ять годин", "uk", "duration"),
    ("They lasted more than five hours.", "more than five hours", "en", "duration"),
    ("after the nearly four-year war", "nearly four-year", "en", "duration"),
    ("Україна мала б провести вибори протягом 100 днів.", "протягом 100 днів", "uk", "duration"),
])
def test_durations_and_ages_are_not_dates(text, expr, language, kind):
    e = one(text, D(2025, 12, 18), language, expr)
    assert (e.kind, e.start, e.is_date) == (kind, None, False)


def test_wire_dateline_is_not_an_event_date():
    e = one("MOSCOW, Nov 26 (Sample Wire) - The Kremlin said on Wednesday it had the plan.", D(2025, 11, 26), "en", "Nov 26")
    assert e.kind == "dateline" and not e.is_date


@pytest.mark.parametrize("opening", ["HALLANDALE BEACH, Fla., ", "KYIV, Ukraine, ", "WASHINGTON, ", "MOSCOW/KYIV, "])
def test_wire_dateline_with_a_region_is_not_an_event_date(opening):
    e = one(opening + "Nov 30 (Sample Wire) - Negotiators met on Sunday.", D(2025, 11, 30), "en", "Nov 30")
    assert e.kind == "dateline" and not e.is_date


def test_a_two_city_dateline_is_left_out_of_the_event_description():
    from stanceline.timelines.events import _describe
    text = "MOSCOW/KYIV, Dec 29 (Sample Wire) - Lavrov said on Monday that talks would resume."
    expr = one(text, D(2025, 12, 29), "en", "on Monday")
    assert _describe(text, 0, len(text), expr).startswith("Lavrov said")


@pytest.mark.parametrize("text, language, expr", [
    ("Напередодні Різдва Пєсков відкинув ідею перемир'я.", "uk", "Напередодні Різдва"),
    ("On the eve of Christmas, Peskov rejected a truce.", "en", "On the eve of Christmas"),
])
def test_the_eve_of_a_holiday_is_no_calendar_day_and_not_yesterday(text, language, expr):
    # «напередодні» alone is the day before the article; before a holiday it is "ahead of" it, with no fixed day
    e = one(text, D(2025, 12, 18), language, expr)
    assert (e.kind, e.start, e.is_date) == ("approximate", None, False)


def test_an_approximate_time_leaves_that_day_unknown():
    from stanceline.timelines import extract_temporal_expressions
    text = "On Monday Zelensky arrived in Berlin. On the eve of Christmas, Russia struck Kyiv. Later that day Zelensky spoke."
    found = {e.text: e.start for e in extract_temporal_expressions(text, dt.datetime(2025, 12, 18, 12), "en")}
    assert found == {"On Monday": D(2025, 12, 15), "On the eve of Christmas": None, "Later that day": None}


def test_a_sentence_that_names_a_place_before_a_date_is_no_dateline():
    e = one("In Geneva, Nov 23 was the day the sides met.", D(2025, 11, 30), "en", "Nov 23")
    assert e.kind != "dateline" and e.is_date


def test_today_inside_a_quotation_is_the_day_of_speaking():
    text = 'On Monday, Peskov said: "We will receive the answer today."'
    e = one(text, D(2025, 12, 18), "en", "today")
    assert e.in_quote and e.start == D(2025, 12, 15)


def test_week_of_is_monday_to_sunday():
    assert week_of(D(2025, 12, 18)) == (D(2025, 12, 15), D(2025, 12, 21))


# -- the seed article (issue targets) -------------------------------------------------------

@pytest.fixture(scope="module")
def seed_events():
    path = SEED / "article-uk-unn-miami-talks.md"
    if not path.exists():
        pytest.skip(f"seed article not found at {path} (it lives in ../shared/seed beside the repo)")
    from stanceline import annotate_corpus, load_articles

    corpus = load_articles(path)
    return extract_events(corpus, annotate_corpus(corpus, use_cache=False))


def test_seed_events(seed_events):
    got = {r.expression: (r.date_start, r.date_end, r.precision, r.event_type) for r in seed_events.itertuples()}
    assert got == {
        "Цими вихідними": (D(2025, 12, 20), D(2025, 12, 21), "day", "MEET"),
        "у суботу, 20 грудня": (D(2025, 12, 20), D(2025, 12, 20), "day", "MEET"),
        "цього тижня": (D(2025, 12, 15), D(2025, 12, 21), "week", "MEET"),
        "Раніше в середу": (D(2025, 12, 17), D(2025, 12, 17), "day", "THREATEN"),
        "у 2014 році": (D(2014, 1, 1), D(2014, 12, 31), "year", "MILITARY"),
    }
    miami = seed_events[seed_events["expression"] == "у суботу, 20 грудня"].iloc[0]
    assert miami["place"] == "Miami"
    assert {"Kirill Dmitriev", "Steve Witkoff", "Jared Kushner"} <= set(miami["actors"])
    berlin = seed_events[seed_events["expression"] == "цього тижня"].iloc[0]
    assert berlin["place"] == "Berlin"
    assert berlin["evidence"].startswith("Переговори відбудуться після консультацій")


# -- merging and stances ---------------------------------------------------------------------

def _event(article, start, end, etype="MEET", actors=("Kirill Dmitriev",), place="Miami", precision="day", published=None):
    return {"article_id": article, "outlet": article, "published": published or start, "date_start": start,
            "date_end": end, "precision": precision, "expression": "x", "event_type": etype, "what": "meeting",
            "actors": list(actors), "place": place}


def test_build_timeline_merges_across_articles_and_keeps_sources():
    events = pd.DataFrame([
        _event("a", D(2025, 12, 20), D(2025, 12, 20), published=D(2025, 12, 18)),
        _event("b", D(2025, 12, 20), D(2025, 12, 21), published=D(2025, 12, 21)),
        _event("c", D(2025, 12, 20), D(2025, 12, 20), etype="STATEMENT", actors=("Volodymyr Zelensky",), place=None),
    ])
    tl = build_timeline(events)
    meet = tl[tl["event_type"] == "MEET"].iloc[0]
    assert (meet["n_sources"], meet["sources"], meet["first_reported"]) == (2, ["a", "b"], D(2025, 12, 18))
    assert len(tl) == 2 and not meet["dates_conflict"]


def test_build_timeline_flags_conflicting_dates():
    events = pd.DataFrame([
        _event("a", D(2025, 12, 20), D(2025, 12, 20), actors=("Kirill Dmitriev", "Steve Witkoff")),
        _event("b", D(2025, 12, 21), D(2025, 12, 21), actors=("Kirill Dmitriev", "Steve Witkoff")),
    ])
    tl = build_timeline(events)
    assert len(tl) == 1 and tl.iloc[0]["dates_conflict"]
    assert tl.iloc[0]["dates_reported"] == ["2025-12-20", "2025-12-21"]


def test_build_timeline_never_merges_two_mentions_of_one_article():
    events = pd.DataFrame([_event("a", D(2025, 12, 20), D(2025, 12, 20)), _event("a", D(2025, 12, 20), D(2025, 12, 20))])
    assert len(build_timeline(events)) == 2


def test_place_stances_dates_a_stance_by_its_sentence_event():
    events = pd.DataFrame([{**_event("a", D(2025, 12, 17), D(2025, 12, 17)), "start_char": 0, "end_char": 50}])
    stances = pd.DataFrame([
        {"article_id": "a", "actor": "Vladimir Putin", "issue": "military_pressure", "polarity": "conditional",
         "evidence": "...", "start_char": 0, "end_char": 50, "published": pd.Timestamp("2025-12-18")},
        {"article_id": "a", "actor": "Russia", "issue": "nato_renunciation", "polarity": "support",
         "evidence": "...", "start_char": 60, "end_char": 90, "published": pd.Timestamp("2025-12-18")},
    ])
    placed = place_stances(stances, events)
    assert list(placed["date_start"]) == [D(2025, 12, 17), D(2025, 12, 18)]
    assert list(placed["dated_by"]) == ["event", "published"]
    with pytest.raises(ValueError, match="lacks columns"):
        place_stances(stances.drop(columns=["issue"]))


# -- anaphoric days, named days, ranges, adjectival weekdays ---------------------------------

def test_same_day_anaphora_takes_the_day_named_before():
    text = ("Про це він оголосив учора, 22 жовтня, у Білому домі. Того ж дня Міністерство фінансів США "
            "запровадило санкції проти двох найбільших нафтових компаній Росії.")
    e = one(text, D(2025, 10, 23), "uk", "Того ж дня")
    assert (e.start, e.end, e.precision, e.rule) == (D(2025, 10, 22), D(2025, 10, 22), "day", "same-day-anaphora")
    text = ("On Monday in Berlin, the Trump administration put a version of it on the table. That evening, "
            "Merz and other European leaders issued a statement.")
    assert one(text, D(2025, 12, 16), "en", "That evening").start == D(2025, 12, 15)


def test_same_day_anaphora_without_a_named_day_dates_nothing():
    e = one("Того ж дня зібралася коаліція охочих.", D(2025, 11, 26), "uk", "Того ж дня")
    assert e.start is None and not e.is_date


def test_same_day_word_yields_to_a_date_in_its_own_sentence():
    found = [e.text for e in exprs("У понеділок ввечері до розмови долучилися європейські лідери.", D(2025, 12, 16), "uk")]
    assert found == ["У понеділок"]


def test_named_days_resolve_to_their_date():
    e = one("That deadline is Thanksgiving.", D(2025, 11, 23), "en", "Thanksgiving")
    assert (e.start, e.end, e.precision, e.rule) == (D(2025, 11, 27), D(2025, 11, 27), "day", "holiday")
    e = one("Крайній термін для Києва, який раніше прив'язували до Дня подяки, теж розмився.", D(2025, 11, 26), "uk",
            "до Дня подяки")
    assert (e.kind, e.start) == ("deadline", D(2025, 11, 27))


def test_named_day_modifying_a_noun_is_no_date():
    assert [e.text for e in exprs("Peskov ruled out a Christmas truce on Tuesday.", D(2025, 12, 16), "en")] == ["on Tuesday"]
    assert [e.text for e in exprs("Четвер, 27 листопада, — це День подяки у США.", D(2025, 11, 22), "uk")] == \
        ["Четвер, 27 листопада"]


def test_weekday_in_apposition_fixes_the_year_of_a_date():
    e = one('President Trump said on Friday that Thursday, Nov. 27, would be an "appropriate time" for Kyiv to respond.',
            D(2025, 11, 23), "en", "Thursday, Nov. 27")
    assert (e.start, e.rule) == (D(2025, 11, 27), "weekday-fixes-year")


def test_from_date_to_date_is_one_span():
    e = one("Special envoy Steve Witkoff and Jared Kushner met Rustem Umerov from Dec. 4 to Dec. 6.", D(2025, 12, 7), "en",
            "from Dec. 4 to Dec. 6")
    assert (e.start, e.end, e.precision) == (D(2025, 12, 4), D(2025, 12, 6), "day")
    # "to" without "from" moves a date, it does not open a range
    assert [x.text for x in exprs("Trump moved the deadline of Nov. 27 to Dec. 1.", D(2025, 11, 23), "en")] == \
        ["Nov. 27", "Dec. 1"]


def test_adjectival_weekday_is_a_weekday():
    e = one("Господар Кремля розповів і про вівторкову зустріч зі спецпосланцем Трампа Стівом Віткоффом.",
            D(2025, 12, 5), "uk", "вівторкову")
    assert (e.start, e.direction) == (D(2025, 12, 2), "past")
    e = one("Witkoff described Tuesday's meeting as productive.", D(2025, 12, 5), "en", "Tuesday's")
    assert e.start == D(2025, 12, 2)


def test_by_weekday_with_past_perfect_looks_back():
    e = one("By Tuesday, Moscow had made clear it wanted no part of the package.", D(2025, 12, 16), "en", "By Tuesday")
    assert (e.kind, e.start) == ("weekday", D(2025, 12, 16))


def test_present_passive_of_a_plan_verb_is_future():
    e = one("Kremlin envoy Kirill Dmitriev is expected in Miami on Saturday for talks with Steve Witkoff.",
            D(2025, 12, 19), "en", "on Saturday")
    assert (e.start, e.tense) == (D(2025, 12, 20), "future")


# -- event types ----------------------------------------------------------------------------

def _type_of(text, language, expression):
    from stanceline.timelines.events import classify_event

    doc = annotate_text(text, language)
    words = [w for t in doc.sentences[0].tokens for w in t.words]
    spans = [(t.start_char, t.end_char) for t in doc.sentences[0].tokens for _ in t.words]
    a = text.index(expression)
    inside = [i for i, (s, e) in enumerate(spans) if s < a + len(expression) and e > a]
    return classify_event(words, (inside[0], inside[-1] + 1), language)[0]


def test_event_noun_right_after_the_expression_decides_the_type():
    assert _type_of("Господар Кремля розповів і про вівторкову зустріч зі спецпосланцем Трампа Стівом Віткоффом.",
                    "uk", "вівторкову") == "MEET"


def test_announcing_and_voicing_are_statements():
    assert _type_of("Про це він оголосив учора, 22 жовтня, у Білому домі під час зустрічі з генеральним секретарем "
                    "НАТО Марком Рютте.", "uk", "учора, 22 жовтня") == "STATEMENT"
    assert _type_of("Сьогодні, 22 листопада, свою позицію озвучили партнери України.", "uk", "Сьогодні") == "STATEMENT"


def test_a_gerund_after_a_determiner_is_a_noun_not_the_governing_verb():
    text = ("At a Security Council meeting in New York on Thursday, U.S. Ambassador to the United Nations Mike Waltz "
            "said Washington had offered Russia generous terms.")
    assert _type_of(text, "en", "on Thursday") == "PROPOSE"  # "said" yields to the offer it reports
    from stanceline.timelines.expressions import governing_tense

    doc = annotate_text(text, "en")
    words = [w for t in doc.sentences[0].tokens for w in t.words]
    tense, verb = governing_tense(words, (8, 10), "en")
    assert words[verb].text != "meeting" and tense == "past"


def test_merged_place_ignores_missing_places_and_is_stable():
    import datetime as dt

    import pandas as pd

    from stanceline.timelines import build_timeline

    day = dt.date(2025, 11, 23)
    rows = [
        {"article_id": a, "date_start": day, "date_end": day, "precision": "day", "event_type": "MEET",
         "what": "talks", "actors": ["Marco Rubio"], "place": place, "published": None, "outlet": "o",
         "expression": "у неділю"}
        for a, place in (("a", float("nan")), ("b", "Geneva"), ("c", float("nan")))
    ]
    timeline = build_timeline(pd.DataFrame(rows))
    assert len(timeline) == 1
    assert timeline.loc[0, "place"] == "Geneva"
    assert timeline.loc[0, "sources"] == ["a", "b", "c"]


def test_timeline_of_only_undated_mentions_is_empty_not_an_error():
    import pandas as pd

    from stanceline.timelines import TIMELINE_COLUMNS, build_timeline

    undated = pd.DataFrame([{"article_id": "a", "date_start": None, "date_end": None, "precision": "day",
                             "event_type": "MEET", "what": "talks", "actors": [], "place": None,
                             "published": None, "outlet": "o", "expression": "у суботу"}])
    timeline = build_timeline(undated)
    assert len(timeline) == 0 and list(timeline.columns) == TIMELINE_COLUMNS
