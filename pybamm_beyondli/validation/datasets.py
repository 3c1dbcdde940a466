"""Loaders for the measured datasets in the data folder (see each folder's ``SOURCE.md``).

Every loader returns a :class:`pandas.DataFrame` with named, unit-suffixed columns, and
raises :class:`~pybamm_beyondli.DataNotFoundError` for a missing file or
:class:`~pybamm_beyondli.DatasetError` for a malformed one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pybamm_beyondli.errors import DataNotFoundError, DatasetError, UnknownNameError
from pybamm_beyondli.io.cycler import HAKADI_FILES, load_hakadi18650, read_numeric_csv
from pybamm_beyondli.paths import dataset_dir


@dataclass(frozen=True)
class Dataset:
    """A measured dataset: folder name, chemistry, what was measured, and its loader."""

    name: str
    chemistry: str
    description: str
    citation: str
    loader: Callable[..., pd.DataFrame]
    variants: tuple[str, ...] = field(default_factory=tuple)

    def load(self, variant: str | None = None) -> pd.DataFrame:
        """Load one variant (e.g. a C-rate), or the only one."""
        if self.variants:
            if variant is None:
                variant = self.variants[0]
            if variant not in self.variants:
                raise UnknownNameError(f"variant of dataset {self.name}", variant, self.variants)
            return self.loader(variant)
        return self.loader()

    @property
    def path(self) -> Path:
        return dataset_dir(self.name)


_read_numeric_csv = read_numeric_csv  # the loaders below use the io reader


# --- Na-ion: Chayambuka et al. 2022, hard carbon | NVPF ------------------------------------
CHAYAMBUKA_FILES = {"0.1C": "Chayambuka_V_01C.csv", "0.6C": "Chayambuka_V_06C.csv",
                    "1.4C": "Chayambuka_V_14C.csv"}


def load_chayambuka2022(rate: str = "0.1C") -> pd.DataFrame:
    """Digitised discharge curve: ``Discharge capacity [A.h]``, ``Voltage [V]``.

    The file holds mA.h; it is sorted by capacity, because the digitised capacities are
    not monotonic (SOURCE.md).
    """
    path = dataset_dir("naion_chayambuka2022") / CHAYAMBUKA_FILES[rate]
    frame = _read_numeric_csv(path, ["Discharge capacity [A.h]", "Voltage [V]"], header=None)
    frame["Discharge capacity [A.h]"] *= 1e-3
    return frame.sort_values("Discharge capacity [A.h]", kind="stable").reset_index(drop=True)


# --- Li | polymer | Li symmetric cells, Albanelli et al. -------------------------------------
ALBANELLI_FILES = {"PHJ_13_201": "Data_Figure_3bc_PHJ_13_201.csv",
                   "xemp": "Data_Figure_4bc_xemp.csv"}


def load_albanelli_cycling(composition: str = "PHJ_13_201") -> pd.DataFrame:
    """Symmetric-cell voltage: ``Time [h]``, ``Voltage [V]`` (0.5 h half-cycles)."""
    path = dataset_dir("limetal_spe_symmetric_albanelli") / ALBANELLI_FILES[composition]
    return _read_numeric_csv(path, ["Time [h]", "Voltage [V]"], sep=";", encoding="utf-8-sig")


def load_albanelli_conductivity() -> pd.DataFrame:
    """Room-temperature ionic conductivity per composition: ``Sample``,
    ``O(Jeffamine):Li salt``, ``Conductivity [S.m-1]`` (converted from S/cm)."""
    path = dataset_dir("limetal_spe_symmetric_albanelli") / "Dataset_Figure_1b.csv"
    if not path.is_file():
        raise DataNotFoundError(f"data file not found: {path}")
    frame = pd.read_csv(path, sep=";", encoding="utf-8-sig")
    if frame.shape[1] != 3:
        raise DatasetError(f"{path.name}: expected 3 columns (sample, ratio, sigma)")
    frame.columns = ["Sample", "O(Jeffamine):Li salt", "Conductivity [S.cm-1]"]
    sigma = pd.to_numeric(frame["Conductivity [S.cm-1]"], errors="coerce")
    if sigma.isna().any():
        raise DatasetError(f"{path.name}: non-numeric conductivity")
    frame["Conductivity [S.m-1]"] = sigma * 100.0
    return frame.drop(columns="Conductivity [S.cm-1]")


# --- Li-S: OXIS pouch cell, Propp et al. 2016 --------------------------------------------
def load_oxis_nedc() -> pd.DataFrame:
    """Dynamic discharge: ``Time [s]``, ``Current [A]`` (discharge positive), ``Voltage [V]``."""
    path = dataset_dir("lis_oxis_propp2016") / "oxis_lis_nedc_discharge.csv"
    return _read_numeric_csv(path, ["Time [s]", "Current [A]", "Voltage [V]"])


def load_oxis_ecm_parameters() -> dict:
    """The paper's fitted equivalent-circuit parameters (a dict of arrays; not measurements)."""
    path = dataset_dir("lis_oxis_propp2016") / "LiS_ECN_Model_Parameters.json"
    if not path.is_file():
        raise DataNotFoundError(f"data file not found: {path}")
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as err:
        raise DatasetError(f"{path.name}: not valid JSON ({err})") from err


DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in [
        Dataset("naion_chayambuka2022", "Na-ion (hard carbon | NVPF)",
                "discharge voltage vs capacity at 0.1C, 0.6C, 1.4C (digitised)",
                "Chayambuka et al., Electrochim. Acta 404 (2022) 139764",
                load_chayambuka2022, tuple(CHAYAMBUKA_FILES)),
        Dataset("naion_hakadi18650", "Na-ion (commercial 18650)",
                "constant-current discharges at 0.5C, 1C, 1.5C",
                "MaxMax-embedded/hakadi_soidum_ion_18650 (CC0)",
                load_hakadi18650, tuple(HAKADI_FILES)),
        Dataset("limetal_spe_symmetric_albanelli", "Li metal | polymer electrolyte | Li",
                "symmetric-cell voltage over 700 h and 996 h of plating/stripping",
                "Albanelli et al., Novel Design Strategy for Electrolyte Selection (MIT data)",
                load_albanelli_cycling, tuple(ALBANELLI_FILES)),
        Dataset("lis_oxis_propp2016", "Li-S (OXIS pouch)",
                "current and voltage of a 12 h dynamic discharge",
                "Propp et al., J. Power Sources 328 (2016) 289",
                load_oxis_nedc),
    ]
}


def get_dataset(name: str) -> Dataset:
    """The dataset called ``name``; an :class:`UnknownNameError` lists the valid names."""
    if name not in DATASETS:
        raise UnknownNameError("dataset", name, DATASETS)
    return DATASETS[name]
