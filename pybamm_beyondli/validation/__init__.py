"""Validation harness: dataset loaders, comparison metrics, and the registry of cases.

Importing this package registers every validation case (one module per capability).
"""

from pybamm_beyondli.io.frames import solution_frame
from pybamm_beyondli.validation import (  # noqa: F401  (each module registers its cases)
    hakadi,
    ion_cells,
    lithium_sulfur,
    metal_anode,
    naion,
    symmetric,
)
from pybamm_beyondli.validation.cases import (
    ANALYTIC,
    CASES,
    CaseResult,
    Metric,
    ValidationCase,
    get_cases,
    run_cases,
    selected_cases,
    validation_case,
)
from pybamm_beyondli.validation.datasets import DATASETS, Dataset, get_dataset
from pybamm_beyondli.validation.metrics import Comparison, compare

__all__ = [
    "ANALYTIC",
    "CASES",
    "DATASETS",
    "CaseResult",
    "Comparison",
    "Dataset",
    "Metric",
    "ValidationCase",
    "compare",
    "get_cases",
    "get_dataset",
    "run_cases",
    "selected_cases",
    "solution_frame",
    "validation_case",
]
