"""Loaders: every supported format, and every kind of bad input reported with its path and reason."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from stanceline import load_articles
from stanceline.articles import ArticleFormatError, guess_language, load_article_file

GOOD_MD = """---
id: a1
title: Тест
outlet: sample-ua-national
published: 2025-12-18T09:30:00+02:00
language: uk
sample: true
---
путін хоче, щоб Україна відмовилася від НАТО.
"""


def write(path, content, mode="w"):
    if mode == "wb":
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_markdown_front_matter_fields_and_extra_fields_are_kept(tmp_path):
    corpus = load_articles(write(tmp_path / "a1.md", GOOD_MD))
    assert corpus.problems == []
    article = corpus.articles[0]
    assert article.id == "a1"
    assert article.language == "uk"
    assert article.outlet == "sample-ua-national"
    assert article.published == dt.datetime(2025, 12, 18, 9, 30)
    assert article.meta["published_utc_offset"] == "+0200"
    assert article.meta["sample"] is True
    assert article.text == "путін хоче, щоб Україна відмовилася від НАТО."


def test_one_broken_file_is_reported_and_the_others_load(tmp_path):
    for i in range(5):
        write(tmp_path / f"ok{i}.md", GOOD_MD.replace("id: a1", f"id: ok{i}"))
    write(tmp_path / "broken.md", "---\nid: [unclosed\n---\nтекст\n")
    corpus = load_articles(tmp_path)
    assert sorted(a.id for a in corpus) == [f"ok{i}" for i in range(5)]
    assert len(corpus.errors) == 1
    error = corpus.errors[0]
    assert error.path.endswith("broken.md")
    assert "not valid YAML" in error.reason
    assert error.line == 2


@pytest.mark.parametrize("name, content, mode, reason", [
    ("empty.md", "", "w", "empty file"),
    ("blank.md", "  \n\n ", "w", "only white space"),
    ("nofm.md", "Просто текст без метаданих.\n", "w", "no YAML front matter"),
    ("unclosed.md", "---\nid: x\nтекст\n", "w", "never closed"),
    ("list.md", "---\n- a\n- b\n---\nтекст\n", "w", "must be a mapping"),
    ("cp1251.md", "---\nid: x\nlanguage: uk\n---\nпутін\n".encode("cp1251"), "wb", "not valid UTF-8"),
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "wb", "binary file"),
    ("lang.md", "---\nid: x\nlanguage: de\n---\nText\n", "w", "language 'de' is not supported"),
    ("date.md", "---\nid: x\nlanguage: uk\npublished: 18 грудня\n---\nтекст\n", "w", "not an ISO date"),
    ("nobody.md", "---\nid: x\nlanguage: uk\n---\n\n", "w", "body is empty"),
])
def test_bad_input_gets_a_clear_reason(tmp_path, name, content, mode, reason):
    path = write(tmp_path / name, content, mode)
    corpus = load_articles(path)
    assert len(corpus) == 0
    assert len(corpus.errors) == 1, corpus.problems
    assert reason in corpus.errors[0].reason
    assert corpus.errors[0].path == str(path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = write(tmp_path / "huge.md", GOOD_MD + "слово " * 200_000)
    corpus = load_articles(path, max_bytes=100_000)
    assert len(corpus) == 0
    assert "over the limit of 100,000" in corpus.errors[0].reason


def test_invalid_utf8_error_names_the_line(tmp_path):
    data = "---\nid: x\nlanguage: uk\n---\nрядок\n".encode() + b"\xff\xfe broken\n"
    with pytest.raises(ArticleFormatError) as info:
        load_article_file(write(tmp_path / "x.md", data, "wb"))
    assert info.value.line == 6


def test_missing_published_loads_with_a_warning(tmp_path):
    corpus = load_articles(write(tmp_path / "a.md", GOOD_MD.replace("published: 2025-12-18T09:30:00+02:00\n", "")))
    assert len(corpus) == 1 and corpus.articles[0].published is None
    assert [p.field for p in corpus.warnings] == ["published"]
    assert corpus.to_frame()["published_missing"].tolist() == [True]


def test_loading_never_modifies_files(tmp_path):
    path = write(tmp_path / "a.md", GOOD_MD)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_articles(tmp_path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_jsonl_bad_lines_are_reported_by_line_number(tmp_path):
    lines = [
        json.dumps({"id": "j1", "text": "Putin said on Monday.", "language": "en", "published": "2025-12-15"}),
        "{not json",
        json.dumps({"id": "j3", "language": "en"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "j5", "body": "Трамп заявив.", "language": "uk"}),
    ]
    corpus = load_articles(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n"))
    assert [a.id for a in corpus] == ["j1", "j5"]
    assert {(p.line, p.severity) for p in corpus.errors} == {(2, "error"), (3, "error"), (4, "error")}
    assert any(p.line == 5 and p.field == "published" for p in corpus.warnings)


def test_csv_rows_and_bad_rows(tmp_path):
    content = ("id,title,published,language,outlet,text\n"
               "c1,T1,2025-12-14,en,wire,Zelensky met Witkoff in Berlin on Sunday.\n"
               "c2,T2,2025-12-14,en,wire,\n"
               "c3,T3,yesterday,en,wire,Some text.\n")
    corpus = load_articles(write(tmp_path / "rows.csv", content))
    assert [a.id for a in corpus] == ["c1"]
    reasons = sorted((p.line, p.field) for p in corpus.errors)
    assert reasons == [(3, "text"), (4, "published")]


def test_csv_without_text_column_is_refused(tmp_path):
    corpus = load_articles(write(tmp_path / "rows.csv", "id,title\n1,a\n"))
    assert "text column" in corpus.errors[0].reason


def test_html_page_is_extracted_offline(tmp_path):
    html = """<html lang="uk"><head><title>Переговори в Маямі</title>
    <meta property="og:site_name" content="Тестове видання">
    <meta name="date" content="2025-12-20"></head><body><nav>Меню</nav><article>
    <h1>Переговори в Маямі</h1>
    <p>У суботу, 20 грудня, у Маямі Дмитрієв зустрівся зі Стівом Віткоффом та Джаредом Кушнером.
    Про це повідомили джерела, знайомі з перебігом переговорів між делегаціями.</p>
    <p>Кремль заявив, що розмова була конструктивною, однак подробиць не розкрив. Сторони домовилися
    продовжити контакти найближчим часом, повідомили учасники зустрічі.</p>
    </article><footer>© 2025</footer></body></html>"""
    corpus = load_articles(write(tmp_path / "page.html", html))
    assert corpus.errors == []
    article = corpus.articles[0]
    assert article.language == "uk"
    assert "Дмитрієв зустрівся" in article.text
    assert "Меню" not in article.text
    assert article.published == dt.datetime(2025, 12, 20)


def test_duplicate_ids_are_reported_not_merged(tmp_path):
    write(tmp_path / "a.md", GOOD_MD)
    write(tmp_path / "b.md", GOOD_MD)
    corpus = load_articles(tmp_path)
    assert len(corpus) == 1
    assert "duplicate article id 'a1'" in corpus.errors[0].reason


def test_unsupported_files_in_a_folder_are_reported_as_skipped(tmp_path):
    write(tmp_path / "a.md", GOOD_MD)
    write(tmp_path / "notes.docx", "x")
    corpus = load_articles(tmp_path)
    assert len(corpus) == 1
    assert corpus.warnings[0].path.endswith("notes.docx") and "skipped" in corpus.warnings[0].reason


def test_plain_text_loads_with_guessed_language(tmp_path):
    corpus = load_articles(write(tmp_path / "note.txt", "кремль також наполягає на тому, щоб Україна відмовилася."))
    assert corpus.articles[0].language == "uk"
    assert corpus.articles[0].id == "note"
    assert any("language guessed as 'uk'" in w.reason for w in corpus.warnings)


def test_missing_path_is_an_error(tmp_path):
    corpus = load_articles(tmp_path / "nope")
    assert "no such file or folder" in corpus.errors[0].reason


@pytest.mark.parametrize("text, expected", [
    ("Україна відкинула вимоги", "uk"), ("Россия отвергла эти требования", "ru"), ("Ukraine rejected it", "en"),
])
def test_guess_language(text, expected):
    assert guess_language(text) == expected


def test_seed_article_loads(seed_article):
    assert seed_article.id == "unn-2025-12-18-miami-talks"
    assert seed_article.published == dt.datetime(2025, 12, 18)
    assert seed_article.meta["cites"] == "Associated Press"


def test_empty_corpus_frame_has_a_date_column_and_overview_works(tmp_path):
    from stanceline.overview import build_articles_by_date, build_corpus_summary

    corpus = load_articles(tmp_path)
    assert len(corpus) == 0
    assert str(corpus.to_frame()["published"].dtype).startswith("datetime64")
    assert len(build_corpus_summary(corpus)) == 0
    assert len(build_articles_by_date(corpus)) == 0


def test_article_without_outlet_is_counted_under_unknown(tmp_path):
    from stanceline.overview import build_corpus_summary

    write(tmp_path / "a.md", GOOD_MD.replace("outlet: sample-ua-national\n", ""))
    corpus = load_articles(tmp_path)
    summary = build_corpus_summary(corpus)
    assert summary[["outlet", "articles"]].values.tolist() == [["(unknown)", 1]]


def test_articles_by_month(corpus):
    from stanceline.overview import build_articles_by_date

    months = build_articles_by_date(corpus, freq="M")
    assert [str(m) for m in months["week"]] == ["2025-10-01", "2025-11-01", "2025-12-01"]
    assert int(months[["en", "ru", "uk"]].to_numpy().sum()) == len(corpus)
