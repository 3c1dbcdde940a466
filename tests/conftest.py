"""Shared test set-up: no telemetry prompt, non-interactive plotting."""

import os

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "1")
os.environ.setdefault("MPLBACKEND", "Agg")
