"""The registry of validation cases: comparisons with measured data and physics checks.

A case is a function that runs a simulation and returns one or more metrics, each with the
threshold set by the issue that introduced it. Every later capability adds its cases here
(with :func:`validation_case`); ``beyondli validate`` and the test suite run all of them.
"""

from __future__ import annotations

import math
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pybamm_beyondli.errors import BeyondLiError, InputError, UnknownNameError
from pybamm_beyondli.workflows.notices import recorded_warnings

#: ``dataset`` of a case that checks against an analytic result rather than measured data.
ANALYTIC = "analytic"


@dataclass(frozen=True)
class Metric:
    """One measured number and its pass threshold: passes when ``value <= threshold``.

    Metrics are magnitudes of errors (RMSE, |relative error|), so smaller is better.
    """

    name: str
    value: float
    threshold: float

    @property
    def passed(self) -> bool:
        return math.isfinite(self.value) and self.value <= self.threshold


@dataclass(frozen=True)
class CaseResult:
    """One row of the validation table (``as_dict`` gives exactly the JSON keys)."""

    case: str
    chemistry: str
    dataset: str
    metric: str
    value: float
    threshold: float
    passed: bool
    detail: str = field(default="", compare=False)
    #: the warnings the case raised (:func:`~pybamm_beyondli.workflows.notices.recorded_warnings`)
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # plain Python numbers (a case may compute numpy scalars), so that rows are JSON
        for name, kind in (("value", float), ("threshold", float), ("passed", bool)):
            object.__setattr__(self, name, kind(getattr(self, name)))

    def as_dict(self) -> dict:
        row = asdict(self)
        row.pop("detail")
        row.pop("warnings")
        return row


CaseFunction = Callable[[Path | None], list[Metric]]


@dataclass(frozen=True)
class ValidationCase:
    """A named check: ``function(out_dir)`` returns its metrics, may save plots in ``out_dir``."""

    name: str
    chemistry: str
    dataset: str
    description: str
    function: CaseFunction

    def run(self, out_dir: Path | None = None) -> list[CaseResult]:
        """Run the case. An exception becomes a failed row with the error as its detail,
        so one broken case never hides the others. The warnings the case raises are recorded
        on each of its rows (``warnings``), not printed."""
        if out_dir is not None:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        detail = ""
        with recorded_warnings() as raised:
            try:
                metrics = self.function(out_dir)
            except Exception as err:  # noqa: BLE001 - reported, not swallowed
                detail = f"{type(err).__name__}: {err}\n{traceback.format_exc(limit=3)}"
        if detail:
            return [CaseResult(self.name, self.chemistry, self.dataset, "error", math.nan,
                               math.nan, False, detail, tuple(raised))]
        if not metrics:
            raise BeyondLiError(f"validation case '{self.name}' returned no metric")
        return [CaseResult(self.name, self.chemistry, self.dataset, m.name, float(m.value),
                           float(m.threshold), m.passed, warnings=tuple(raised))
                for m in metrics]


CASES: dict[str, ValidationCase] = {}


def validation_case(name: str, chemistry: str, dataset: str, description: str):
    """Decorator that registers ``function(out_dir) -> list[Metric]`` as a validation case."""

    def register(function: CaseFunction) -> CaseFunction:
        if name in CASES:
            raise BeyondLiError(f"validation case '{name}' is registered twice")
        CASES[name] = ValidationCase(name, chemistry, dataset, description, function)
        return function

    return register


def get_cases(names: Iterable[str] | None = None) -> list[ValidationCase]:
    """Registered cases, all or the ``names`` given (unknown names raise)."""
    if names is None:
        return list(CASES.values())
    cases = []
    for name in names:
        if name not in CASES:
            raise UnknownNameError("validation case", name, CASES)
        cases.append(CASES[name])
    return cases


def selected_cases(
    names: Iterable[str] | None = None, datasets: Iterable[str] | None = None
) -> list[ValidationCase]:
    """Cases by name and/or dataset (all when both are empty).

    Unknown names raise :class:`UnknownNameError`, a dataset no case uses (or a selection
    that leaves no case) an :class:`InputError`; if any selected case compares with
    measured data, a missing data folder raises :class:`DataNotFoundError` up front (saying
    where data is looked for) instead of failing case by case.
    """
    from pybamm_beyondli.paths import data_dir
    from pybamm_beyondli.validation.datasets import DATASETS

    cases = get_cases(names or None)
    datasets = list(datasets or ())
    if datasets:
        valid = set(DATASETS) | {ANALYTIC}
        with_cases = sorted({c.dataset for c in CASES.values()})
        for dataset in datasets:
            if dataset not in valid:
                raise UnknownNameError("dataset", dataset, valid)
            if dataset not in with_cases:
                raise InputError(
                    f"no validation case uses dataset '{dataset}' yet; datasets with "
                    f"validation cases: {', '.join(with_cases)}"
                )
        chosen = [c for c in cases if c.dataset in set(datasets)]
        if not chosen:  # --case and --dataset that exclude each other
            raise InputError(
                f"none of the validation cases {', '.join(c.name for c in cases)} uses "
                f"dataset {', '.join(datasets)}; they use "
                f"{', '.join(sorted({c.dataset for c in cases}))}"
            )
        cases = chosen
    if any(c.dataset != ANALYTIC for c in cases):
        data_dir()
    return cases


def run_cases(names: Iterable[str] | None = None, out_dir: Path | None = None,
              datasets: Iterable[str] | None = None) -> list[CaseResult]:
    """Run the cases selected by :func:`selected_cases` (all by default) and return every
    metric row; unknown names or a missing data folder raise before any case runs."""
    return [row for case in selected_cases(names, datasets) for row in case.run(out_dir)]
