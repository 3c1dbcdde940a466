"""The package's references: one BibTeX file (``CITATIONS.bib``), registered with PyBaMM by key.

Every model, submodel and parameter set names its sources by key. A key is either an entry of
this package's ``CITATIONS.bib`` or one of PyBaMM's own (``Xu2019``, ``Marquis2019``, ...), so
that ``pybamm.print_citations()`` lists both after a simulation.

- :func:`register` registers keys with :data:`pybamm.citations` (models and submodels);
- :func:`cite` gives the ``"citations"`` entry of a parameter set: PyBaMM registers each item
  when the set is loaded, and reads this package's entries as BibTeX text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pybamm

from pybamm_beyondli.errors import UnknownNameError

#: This package's bibliography.
BIB_FILE = Path(__file__).with_name("CITATIONS.bib")
#: PyBaMM's bibliography, shipped as a data file of its package (read to check keys).
PYBAMM_BIB_FILE = Path(pybamm.__file__).with_name("CITATIONS.bib")

_ENTRY = re.compile(r"^@\w+\s*\{\s*([^,\s]+)\s*,", re.M)


def _split(text: str) -> dict[str, str]:
    starts = [(m.start(), m.group(1)) for m in _ENTRY.finditer(text)]
    ends = [s for s, _ in starts[1:]] + [len(text)]
    return {key: text[start:end].strip() for (start, key), end in zip(starts, ends, strict=True)}


@cache
def entries() -> dict[str, str]:
    """This package's BibTeX entries by key."""
    return _split(BIB_FILE.read_text(encoding="utf-8"))


@cache
def pybamm_keys() -> frozenset[str]:
    """The keys of PyBaMM's own bibliography."""
    return frozenset(_split(PYBAMM_BIB_FILE.read_text(encoding="utf-8")))


def bibtex(key: str) -> str:
    """The entry PyBaMM should register for ``key``: this package's BibTeX text, or the key
    itself for one of PyBaMM's references. An unknown key is an error naming the known ones."""
    if key in entries():
        return entries()[key]
    if key in pybamm_keys():
        return key
    raise UnknownNameError("citation key", key, [*entries(), *pybamm_keys()])


def register(*keys: str) -> None:
    """Register ``keys`` with :data:`pybamm.citations`."""
    for key in keys:
        pybamm.citations.register(bibtex(key))


def cite(*keys: str) -> list[str]:
    """A parameter set's ``"citations"`` list for ``keys`` (checked)."""
    return [bibtex(key) for key in keys]
