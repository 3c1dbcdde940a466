"""Errors raised by pybamm-beyondli: each names the bad input and what is allowed."""

from __future__ import annotations

from collections.abc import Iterable


class BeyondLiError(Exception):
    """Base class of every error raised on purpose by this package."""


class UnknownNameError(BeyondLiError, KeyError):
    """An unknown model, parameter set, protocol, dataset or validation case."""

    def __init__(self, kind: str, name: str, valid: Iterable[str]) -> None:
        self.kind, self.name, self.valid = kind, name, sorted(valid)
        super().__init__(f"unknown {kind} '{name}'; valid {kind}s: {', '.join(self.valid)}")

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.args[0]


class DataNotFoundError(BeyondLiError, FileNotFoundError):
    """The measured-data folder (or a file in it) does not exist."""


class DatasetError(BeyondLiError, ValueError):
    """A measured-data file exists but is malformed."""


class InputError(BeyondLiError, ValueError):
    """An input value outside what is allowed (the message names the input and the range)."""
