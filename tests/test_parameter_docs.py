"""The docs' table of allowed parameter values is the one the checks read."""

from pathlib import Path

from pybamm_beyondli.parameters.checks import rules_table

DOCS = Path(__file__).resolve().parent.parent / "docs" / "parameter-ranges.md"


def test_docs_table_is_the_checks_table():
    assert rules_table() in DOCS.read_text(encoding="utf-8")
