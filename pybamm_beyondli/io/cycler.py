"""Measured cycler files into data frames with PyBaMM's column names.

:func:`read_numeric_csv` reads any all-numeric CSV into named columns; the loaders of the
shipped datasets (:mod:`pybamm_beyondli.validation.datasets`) and the fit scripts that need
their frames below the validation layer build on it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pybamm_beyondli.errors import DataNotFoundError, DatasetError
from pybamm_beyondli.paths import dataset_dir


def read_numeric_csv(path: Path, columns: list[str], **read_kw) -> pd.DataFrame:
    """Read ``path`` into ``columns``; every value must be a finite number.

    Raises :class:`~pybamm_beyondli.errors.DataNotFoundError` for a missing file and
    :class:`~pybamm_beyondli.errors.DatasetError` for one that is not such a table."""
    if not path.is_file():
        raise DataNotFoundError(f"data file not found: {path}")
    try:
        frame = pd.read_csv(path, **read_kw)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise DatasetError(f"{path.name}: cannot be parsed as CSV ({err})") from err
    if frame.shape[1] != len(columns):
        raise DatasetError(
            f"{path.name}: expected {len(columns)} columns ({', '.join(columns)}), "
            f"found {frame.shape[1]}"
        )
    frame.columns = columns
    frame = frame.apply(pd.to_numeric, errors="coerce")
    if frame.empty or not np.isfinite(frame.to_numpy(dtype=float)).all():
        raise DatasetError(f"{path.name}: empty, or has non-numeric or missing values")
    return frame


# --- Na-ion: commercial Hakadi 18650 (dataset naion_hakadi18650, SOURCE.md) ---------------
HAKADI_FILES = {"0.5C": "hakadi_discharge_0c5-2-1.csv", "1C": "hakadi_discharge_1c-2-1.csv",
                "1.5C": "hakadi_discharge_1c5-2-1.csv"}
#: Nominal discharge current of each file [A] (SOURCE.md; 1C = 1.5 A)
HAKADI_CURRENTS = {"0.5C": 0.75, "1C": 1.5, "1.5C": 2.25}


def load_hakadi18650(rate: str = "0.5C") -> pd.DataFrame:
    """Constant-current discharge: ``Time [s]``, ``Current [A]`` (discharge negative),
    ``Voltage [V]``, ``Discharge capacity [A.h]``."""
    path = dataset_dir("naion_hakadi18650") / HAKADI_FILES[rate]
    return read_numeric_csv(
        path, ["Time [s]", "Current [A]", "Voltage [V]", "Discharge capacity [A.h]"]
    )
