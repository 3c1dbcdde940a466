"""Li-S cycling with the polysulfide shuttle: 20 cycles of a 0.2C discharge to 1.5 V and a 0.5C
charge to 2.5 V, with 10 min rests, of the lab cell of Marinescu et al. (2016).

The shuttle (2e-4 s-1 on charge and at rest) carries part of every charge back to the anode:
the charge capacity exceeds the discharge capacity, a Coulombic efficiency below 1 (0.946 from
the second cycle). The first cycle starts fully charged, so its discharge exceeds its charge.
The summary gives the CE range and the last cycle's capacity.
"""

import pybamm

from pybamm_beyondli.io.plots import line_plot
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "LithiumSulfur"
PARAMETERS = "LiS_Marinescu2016"

CYCLES = 20


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment([("Discharge at 0.2C until 1.5 V", "Rest for 10 minutes",
                               "Charge at 0.5C until 2.5 V", "Rest for 10 minutes")] * CYCLES)


def plot(run: ExperimentRun, path, title: str) -> None:
    """Coulombic efficiency and the capacities per cycle."""
    table = run.cycles
    n = table["Cycle number"]
    line_plot(path, [(n, table["Coulombic efficiency"], "Coulombic efficiency", "o-"),
                     (n, table["Cycle discharge capacity [A.h]"] / table[
                         "Cycle discharge capacity [A.h]"].max(), "discharge / max", "s-")],
              "Cycle", "CE, relative capacity", title)


def summary(run: ExperimentRun) -> str:
    table = run.cycles
    ce = table["Coulombic efficiency"].to_numpy()[1:]
    return (f"Coulombic efficiency {ce.min():.4f}-{ce.max():.4f} (cycles 2-{len(table)}); "
            f"last discharge {table['Cycle discharge capacity [A.h]'].iloc[-1]:.3f} A.h")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
