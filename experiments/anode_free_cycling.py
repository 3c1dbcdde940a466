"""Anode-free Cu ‖ NMC cycling to exhaustion: CCCV charge, fixed-capacity C/2 discharges.

Procedure: the cell is built discharged (bare Cu, lithiated cathode). Each cycle charges at
C/2 to 4.2 V with a constant-voltage hold to C/50 (plating all the cathode's cyclable Li on
the Cu: 3.81 mAh in cycle 1), then discharges at C/2 for 48 minutes with no voltage cut-off:
40 % of the nominal capacity (3.82 mAh, the cathode capacity between 3.5 V and 4.2 V), i.e.
40 % of the first charge, 1.53 mAh. With the set's Coulombic efficiency of 90 % part of the
plated Li is lost as dead Li each cycle, until the remaining Li cannot supply a full
discharge: the run then stops with the termination reason "metal anode exhausted" (in cycle
14, as the metal_anode_exhaustion validation case predicts for CE 90 %).
"""

import pybamm

from pybamm_beyondli.io.plots import metal_inventory_per_cycle
from pybamm_beyondli.results.cycles import efficiency_line
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "MetalAnodeSPM"
PARAMETERS = "AnodeFree_NMC_Xu2019"

MAX_CYCLES = 80
CYCLE = (
    "Charge at C/2 until 4.2 V",
    "Hold at 4.2 V until C/50",
    "Discharge at C/2 for 48 minutes",  # 40 % of the nominal capacity = of the first charge
)


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment([CYCLE] * MAX_CYCLES)


def plot(run: ExperimentRun, path, title: str) -> None:
    """Coulombic efficiency, capacity, and active and dead Li per cycle."""
    metal_inventory_per_cycle(run.cycles, path, title)


def summary(run: ExperimentRun) -> str:
    """The protocol's result, printed after a run: the cycles run, the Coulombic
    efficiencies from cycle 2 on (cycle 1 plates the cathode's Li and strips 40 % of it) and
    the dead Li at the end."""
    table = run.cycles
    dead = table["Negative electrode dead metal [mol.m-2]"].iloc[-1]
    return (f"{len(table)} cycles, {run.termination}; "
            f"{efficiency_line(table, first_cycle=2)}; dead Li {dead:.3g} mol m-2")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
