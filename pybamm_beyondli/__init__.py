"""pybamm-beyondli: PyBaMM models and parameter sets for chemistries beyond Li-ion.

Import it next to PyBaMM. Parameter sets are registered as PyBaMM entry points, so
``pybamm.ParameterValues("NaIon_Chayambuka2022")`` works without importing this package.
"""

import os

# PyBaMM asks an interactive telemetry question on first import unless this is set.
os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "1")

from pybamm_beyondli.errors import (  # noqa: E402
    BeyondLiError,
    DataNotFoundError,
    DatasetError,
    InputError,
    UnknownNameError,
)
from pybamm_beyondli.paths import data_dir  # noqa: E402

__version__ = "0.1.0"

__all__ = [
    "BeyondLiError",
    "DataNotFoundError",
    "DatasetError",
    "InputError",
    "UnknownNameError",
    "data_dir",
    "__version__",
]
