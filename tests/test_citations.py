"""One bibliography: every key the package registers resolves, to this package's
CITATIONS.bib or to PyBaMM's."""

import re
from pathlib import Path

import pybamm
import pytest

from pybamm_beyondli import citations
from pybamm_beyondli.errors import UnknownNameError

ROOT = Path(__file__).resolve().parent.parent


def test_pybamm_bibliography_is_where_the_package_reads_it():
    # the keys of PyBaMM's own references are read from the data file of its package
    assert citations.PYBAMM_BIB_FILE.is_file()
    assert {"Xu2019", "Marquis2019", "Doyle1993"} <= citations.pybamm_keys()


def test_own_entries_are_bibtex_with_their_key():
    for key, text in citations.entries().items():
        assert text.startswith("@") and key in text.splitlines()[0]


def test_every_entry_is_one_balanced_bibtex_record():
    """Each entry closes its own braces (a lost "}" merges two entries into one that PyBaMM
    refuses when it prints the citations)."""
    for key, text in citations.entries().items():
        assert text.count("{") == text.count("}"), key
        assert text.count("\n@") == 0, f"{key} runs into the next entry"
        pybamm.citations.register(text)


def test_every_key_used_in_the_code_resolves():
    used = set()
    for path in [*ROOT.joinpath("pybamm_beyondli").rglob("*.py"),
                 *ROOT.joinpath("parameter_sets").rglob("*.py")]:
        for call in re.findall(r"(?:register|cite)\(([^)]*)\)", path.read_text()):
            used |= set(re.findall(r'"([A-Za-z][A-Za-z0-9]+)"', call))
    assert used
    for key in used:
        citations.bibtex(key)


def test_unknown_key_is_refused_by_name():
    with pytest.raises(UnknownNameError, match="NoSuchKey2099"):
        citations.register("NoSuchKey2099")


def test_registered_entries_reach_pybamm(tmp_path):
    citations.register("Sand1901")
    out = tmp_path / "cited.txt"
    pybamm.print_citations(str(out), "bibtex")
    assert "Sand1901" in out.read_text()
