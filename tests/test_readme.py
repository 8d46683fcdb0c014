"""The README's published figures are the ones the code computes today."""
from __future__ import annotations

from conftest import ROOT


def test_readme_accuracy_table_matches_the_evaluation():
    from stanceline.report.accuracy import accuracy_markdown, build_accuracy_table

    expected = accuracy_markdown(build_accuracy_table())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert expected in readme, "README accuracy table is out of date; paste this:\n" + expected


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make report" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
