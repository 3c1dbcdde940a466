"""Na-ion hard carbon | Prussian white (common design) rate capability: C/10, C/2, 1C, 2C to 2.0 V.

Each discharge from the charged cell (3.8 V), then a standard charge (C/5 to 3.8 V, hold
to C/50, rests of 1 h); set ``NaIon_PrussianWhite_HardCarbon``.
"""

import pybamm

from pybamm_beyondli.experiments._ion_protocols import (
    capacity_line,
    plot_discharges,
    rate_capability,
)
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = "NaIon_PrussianWhite_HardCarbon"
RATES = ["C/10", "C/2", "1C", "2C"]


def experiment() -> pybamm.Experiment:
    return rate_capability(RATES, 2.0, 3.8)


def plot(run: ExperimentRun, path, title: str) -> None:
    plot_discharges(run, path, title, RATES)


def summary(run: ExperimentRun) -> str:
    return capacity_line(run, RATES, "A.h")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
