"""Shared test set-up: no telemetry prompt, non-interactive plotting, and ``error_line``."""

import os

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

import logging  # noqa: E402
import sys  # noqa: E402

import pybamm  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture
def error_line(capfd, monkeypatch):
    """A function returning what the CLI wrote to stderr, after checking it is exactly one
    line and no traceback. PyBaMM's log records count too (its handler is pointed at the
    captured stderr), and so does anything the solvers write to file descriptor 2."""
    for handler in pybamm.logger.handlers:
        if isinstance(handler, logging.StreamHandler):
            monkeypatch.setattr(handler, "stream", sys.stderr)

    def read() -> str:
        err = capfd.readouterr().err.strip()
        assert "Traceback" not in err, err
        assert len(err.splitlines()) == 1, err
        return err

    return read
