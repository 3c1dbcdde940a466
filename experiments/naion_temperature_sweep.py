"""Na-ion hard carbon | NVPF temperature sweep: 0.6C discharges to 2.0 V at 0, 10, 25 and
45 degC, each after a standard charge at 25 degC.

The set's Arrhenius factors (rate constants, solid diffusivities, electrolyte; sources in
``NaIon_Chayambuka2022.ACTIVATION_ENERGIES``) set how the capacity falls in the cold; the
cell is isothermal at the ambient temperature of each step.
"""

import pybamm

from pybamm_beyondli.experiments._ion_protocols import (
    capacity_line,
    plot_discharges,
    temperature_sweep,
)
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = "NaIon_Chayambuka2022"
TEMPERATURES = [0, 10, 25, 45]  # [degC]
LABELS = [f"{t} degC" for t in TEMPERATURES]


def experiment() -> pybamm.Experiment:
    return temperature_sweep(TEMPERATURES, "0.6C", 2.0, 4.2)


def plot(run: ExperimentRun, path, title: str) -> None:
    plot_discharges(run, path, title, LABELS)


def summary(run: ExperimentRun) -> str:
    return capacity_line(run, LABELS)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
