"""Shared test set-up: no telemetry prompt, non-interactive plotting, ``error_line`` and
``time_limit``; the two slowest tests ordered for the parallel workers."""

import os

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

import logging  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
from contextlib import contextmanager  # noqa: E402

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


@pytest.fixture
def time_limit():
    """A context manager, ``time_limit(seconds)``, that raises TimeoutError in its block once
    it has run for ``seconds`` (so that a hang fails the test instead of stalling the run)."""
    @contextmanager
    def limit(seconds: float):
        def stop(signum, frame):
            raise TimeoutError(f"took more than {seconds} s")

        previous = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    return limit


#: The two tests that take minutes (the leave-one-rate-out refits), the longest first and the
#: other last: pytest-xdist hands each worker a first chunk of consecutive tests, so the
#: longest starts at once on one worker while the others run the rest and end on the second
FIRST, LAST = "naion_hc_nvpf_leave_one_rate_out", "naion_hakadi18650_leave_one_rate_out"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: 0 if FIRST in item.nodeid else 2 if LAST in item.nodeid else 1)
