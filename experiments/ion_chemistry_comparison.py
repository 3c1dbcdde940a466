"""Na-ion vs K-ion vs Li-ion in one cell design: a C/5 discharge of each, from the charged
cell to its lower cut-off.

The four sets share the design of :mod:`pybamm_beyondli.parameter_sets._ion_cells`
(Chen2020's electrode area, separator, porosities and active volume fractions; the positive
electrode holds 2 mA.h/cm2, the negative 1.1 times that): hard carbon | layered oxide and
hard carbon | Prussian white (Na-ion), graphite | KVPO4F (K-ion) and graphite | NMC811
(Li-ion). The protocol runs under each set (``PARAMETERS``); its result line gives the
capacity, average voltage and energy of each.
"""

import pybamm

from pybamm_beyondli.experiments._ion_protocols import average_voltage
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = ["NaIon_LayeredOxide_HardCarbon", "NaIon_PrussianWhite_HardCarbon",
              "KIon_Graphite_KVPO4F", "LiIon_Graphite_NMC811"]


def experiment() -> pybamm.Experiment:
    # no voltage in the step: each set's own lower cut-off ends it
    return pybamm.Experiment(["Discharge at C/5 for 6 hours"])


def summary(run: ExperimentRun) -> str:
    solution = run.solution
    step = solution.cycles[0].steps[0] if solution.cycles else solution
    q = step["Discharge capacity [A.h]"].entries
    capacity = float(q[-1] - q[0])
    voltage = average_voltage(step)
    return (f"C/5: {capacity:.3f} A.h at {voltage:.3f} V average, "
            f"{capacity * voltage:.2f} W.h")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
