"""Solutions as data frames: the 0-D variables of a PyBaMM solution, one column each."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pybamm

#: Variables written for every run (a solution frame has these columns when present).
BASE_VARIABLES = ["Time [s]", "Current [A]", "Voltage [V]", "Discharge capacity [A.h]"]


def solution_frame(solution: pybamm.Solution, variables: list[str] | None = None) -> pd.DataFrame:
    """Tabulate ``variables`` (default :data:`BASE_VARIABLES`) of a solution.

    Only 0-D (scalar in space) variables are tabulated; names missing from the model are skipped.
    """
    columns: dict[str, np.ndarray] = {}
    for name in variables or BASE_VARIABLES:
        try:
            values = np.asarray(solution[name].entries)
        except KeyError:
            continue
        if values.ndim == 1 and values.size == solution.t.size:
            columns[name] = values
    return pd.DataFrame(columns)
