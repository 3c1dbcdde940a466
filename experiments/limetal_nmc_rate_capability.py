"""Li metal ‖ NMC rate capability: discharges at C/5, 1C, 2C and 3C to 3.5 V from a 20 µm Li foil.

Procedure: from the charged cell (all cyclable Li in the foil), discharge at constant current
to 3.5 V (Xu2019's lower cut-off), rest, recharge at C/5 to 4.2 V with a constant-voltage hold
to C/50, rest; repeat at the next rate. Each discharge strips the foil and each charge
re-plates a deposit, part of which is lost as dead Li on the next discharge (CE 90 %, the set's), so
the active Li thickness falls slightly from rate to rate.

C-rates refer to the set's nominal capacity, 3.82 mAh: the cathode capacity between 4.2 V and
3.5 V (from Xu2019's cathode loading and OCP window), so "1C" is 3.82 mA. With the
MetalAnodeDFN the discharges give 3.77 mAh in 4.94 h (C/5), 3.58 mAh in 0.94 h (1C),
3.33 mAh in 0.44 h (2C) and 3.06 mAh in 0.27 h (3C).
"""

import pybamm

from pybamm_beyondli.io.plots import discharge_curves
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "MetalAnodeDFN"
PARAMETERS = "LiMetal_NMC_Xu2019"

RATES = ["C/5", "1C", "2C", "3C"]
RECHARGE = [
    "Rest for 30 minutes",
    "Charge at C/5 until 4.2 V",
    "Hold at 4.2 V until C/50",
    "Rest for 30 minutes",
]


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment(
        [(f"Discharge at {rate} until 3.5 V", *RECHARGE) for rate in RATES]
    )


def plot(run: ExperimentRun, path, title: str) -> None:
    """The discharge curves at each rate, voltage against capacity."""
    discharge_curves(run.solution, path, title, labels=RATES)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
