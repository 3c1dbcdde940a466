"""Warnings raised during a run, recorded instead of printed, so that a report can list each
under the run or validation case that raised it (PyBaMM's extrapolation warnings, a plating
warning, a solver error PyBaMM logs before a run ends early)."""

from __future__ import annotations

import logging
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pybamm

#: Packages whose warning categories name what happened (PyBaMM's SolverWarning, this
#: package's PlatingWarning); any other warning is shown with the file and line it came from
_SELF_EXPLAINING = ("pybamm", "pybamm_beyondli")


def _line(text: str) -> str:
    return " ".join(str(text).split())


def _where(filename: str) -> str:
    """``filename`` from its package on (``scipy/interpolate/_interpolate.py``)."""
    parts = Path(filename).parts
    for marker in ("site-packages", "dist-packages"):
        if marker in parts:
            return "/".join(parts[parts.index(marker) + 1:])
    return "/".join(parts[-2:])


@contextmanager
def recorded_warnings() -> Iterator[list[str]]:
    """Inside the block, the Python warnings and PyBaMM log records that would be printed
    (under the filters and logger level in force) are recorded instead. Yields a list that,
    when the block ends, holds one line per distinct message, in order of first appearance:
    ``"SolverWarning: <message>"`` or ``"PyBaMM ERROR: <message>"``, with ``" (3 times)"``
    appended to a repeated one. A warning of a category from outside PyBaMM and this package
    (e.g. numpy's ``RuntimeWarning``) ends with where it was raised,
    ``" [scipy/interpolate/_interpolate.py:501]"``.

    Both are restored on exit: :func:`warnings.catch_warnings` restores ``showwarning``, and
    the filter added to ``pybamm.logger`` (:meth:`logging.Logger.addFilter`) is removed.
    """
    seen: Counter[str] = Counter()

    def record_log(record: logging.LogRecord) -> bool:
        seen[f"PyBaMM {record.levelname}: {_line(record.getMessage())}"] += 1
        return False  # recorded, so not printed

    def record_warning(message, category, filename, lineno, file=None, line=None) -> None:
        text = f"{category.__name__}: {_line(message)}"
        if not category.__module__.startswith(_SELF_EXPLAINING):  # e.g. numpy's divide
            text += f" [{_where(filename)}:{lineno}]"
        seen[text] += 1

    lines: list[str] = []
    pybamm.logger.addFilter(record_log)
    try:
        with warnings.catch_warnings():  # restores the filters and showwarning on exit
            warnings.showwarning = record_warning
            yield lines
    finally:
        pybamm.logger.removeFilter(record_log)
        lines.extend(text if count == 1 else f"{text} ({count} times)"
                     for text, count in seen.items())
