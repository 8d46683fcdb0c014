"""The command line as a user runs it: real processes, real files, real output."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import SEED_ARTICLE


def run(*args, cwd=None, env_cache=None):
    env = None
    if env_cache is not None:
        import os

        env = {**os.environ, "STANCELINE_CACHE": str(env_cache)}
    return subprocess.run([sys.executable, "-m", "stanceline", *args], capture_output=True, text=True, cwd=cwd, env=env)


@pytest.fixture
def seed_path():
    if not SEED_ARTICLE.exists():
        pytest.skip("seed article not found in ../shared/seed")
    return str(SEED_ARTICLE)


def test_entities_csv_has_the_promised_columns_and_offsets(seed_path, tmp_path):
    result = run("entities", seed_path, "--format", "csv", env_cache=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["article_id", "text", "label", "start_char", "end_char", "actor", "side"]
    assert {r["article_id"] for r in rows} == {"unn-2025-12-18-miami-talks"}
    kremlin = [r for r in rows if r["text"] == "рремля"]
    assert kremlin and kremlin[0]["actor"] == "Kremlin" and kremlin[0]["label"] == "ORG"
    text = open(seed_path, encoding="utf-8").read().split("---", 2)[2].strip("\n")
    for r in rows:
        assert text[int(r["start_char"]):int(r["end_char"])] == r["text"]


def test_entities_json_and_table(seed_path, tmp_path):
    as_json = json.loads(run("entities", seed_path, "--format", "json", env_cache=tmp_path).stdout)
    assert {"text": "Кирило Дмитрієв", "actor": "Kirill Dmitriev"}.items() <= next(
        r for r in as_json if r["text"] == "Кирило Дмитрієв").items()
    table = run("entities", seed_path, env_cache=tmp_path).stdout
    assert "Стівом Віткоффом" in table and "Steve Witkoff" in table


def test_article_id_falls_back_to_file_name(tmp_path):
    article = tmp_path / "my-note.md"
    article.write_text("---\nlanguage: uk\npublished: 2025-12-18\n---\nЗеленський зустрівся з Трампом.\n", encoding="utf-8")
    result = run("entities", str(article), "--format", "csv", env_cache=tmp_path / "cache")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["article_id"] for r in rows} == {"my-note"}
    assert [r["actor"] for r in rows] == ["Volodymyr Zelensky", "Donald Trump"]


def test_annotate_writes_conllu_and_uses_the_cache(seed_path, tmp_path):
    out = tmp_path / "conllu"
    first = run("annotate", seed_path, "--conllu-dir", str(out), env_cache=tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    assert "1 annotated, 0 from cache" in first.stderr
    second = run("annotate", seed_path, env_cache=tmp_path / "cache")
    assert "0 annotated, 1 from cache" in second.stderr
    written = (out / "unn-2025-12-18-miami-talks.conllu").read_text(encoding="utf-8")
    assert "# newdoc id = unn-2025-12-18-miami-talks" in written and "ner=B-PERS" in written


def test_bad_files_are_reported_and_good_ones_processed(tmp_path):
    (tmp_path / "good.md").write_text("---\nid: good\nlanguage: uk\npublished: 2025-12-18\n---\nпутін хоче.\n",
                                      encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\x00\x01binary")
    result = run("entities", str(tmp_path), "--format", "csv", env_cache=tmp_path / "cache")
    assert result.returncode == 0
    assert "bad.md: binary file" in result.stderr
    assert "good,путін,PERS" in result.stdout


def test_stanza_without_models_says_how_to_get_them(seed_path, tmp_path):
    config = tmp_path / "stanza.yaml"
    (tmp_path / "empty").mkdir()
    config.write_text("dir: empty\n", encoding="utf-8")
    result = run("annotate", seed_path, "--annotator", "stanza", "--stanza-config", str(config), "--no-cache")
    assert result.returncode == 2
    assert "python -m stanceline models download uk" in result.stderr


def test_unknown_format_is_refused_with_the_allowed_values(seed_path):
    result = run("entities", seed_path, "--format", "xml")
    assert result.returncode == 2
    assert "choose from 'table', 'csv', 'json'" in result.stderr
