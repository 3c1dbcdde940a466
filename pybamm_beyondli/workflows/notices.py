"""Warnings raised during a run, recorded instead of printed, so that a report can list each
under the run or validation case that raised it (PyBaMM's extrapolation warnings, a plating
warning, a solver error PyBaMM logs before a run ends early)."""

from __future__ import annotations

import logging
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pybamm


def _line(text: str) -> str:
    return " ".join(str(text).split())


@contextmanager
def recorded_warnings() -> Iterator[list[str]]:
    """Inside the block, the Python warnings and PyBaMM log records that would be printed
    (under the filters and logger level in force) are recorded instead. Yields a list that,
    when the block ends, holds one line per distinct message, in order of first appearance:
    ``"SolverWarning: <message>"`` or ``"PyBaMM ERROR: <message>"``, with ``" (3 times)"``
    appended to a repeated one.

    Both are restored on exit: :func:`warnings.catch_warnings` restores ``showwarning``, and
    the filter added to ``pybamm.logger`` (:meth:`logging.Logger.addFilter`) is removed.
    """
    seen: Counter[str] = Counter()

    def record_log(record: logging.LogRecord) -> bool:
        seen[f"PyBaMM {record.levelname}: {_line(record.getMessage())}"] += 1
        return False  # recorded, so not printed

    def record_warning(message, category, filename, lineno, file=None, line=None) -> None:
        seen[f"{category.__name__}: {_line(message)}"] += 1

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
