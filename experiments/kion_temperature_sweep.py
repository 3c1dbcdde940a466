"""K-ion graphite | KVPO4F (common design) temperature sweep: 1C discharges to 3.0 V at 0,
10, 25 and 45 degC.

Each after a standard charge at 25 degC (C/5 to 4.5 V, hold to C/50); isothermal at the
ambient of each step; set ``KIon_Graphite_KVPO4F``.
"""

import pybamm

from pybamm_beyondli.experiments._ion_protocols import (
    capacity_line,
    plot_discharges,
    temperature_sweep,
)
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = "KIon_Graphite_KVPO4F"
TEMPERATURES = [0, 10, 25, 45]  # [degC]
LABELS = [f"{t} degC" for t in TEMPERATURES]


def experiment() -> pybamm.Experiment:
    return temperature_sweep(TEMPERATURES, "1C", 3.0, 4.5)


def plot(run: ExperimentRun, path, title: str) -> None:
    plot_discharges(run, path, title, LABELS)


def summary(run: ExperimentRun) -> str:
    return capacity_line(run, LABELS, "A.h")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
