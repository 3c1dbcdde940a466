"""Na-ion hard carbon | NVPF rate capability: discharges at C/10, 0.6C and 1.4C to 2.0 V.

The procedure of Chayambuka et al. (2022), Electrochim. Acta 404, 139764: from the charged
cell, discharge at constant current to 2.0 V; recharge at C/10 with a constant-voltage hold;
rest; repeat at the next rate.
"""

import pybamm

from pybamm_beyondli.plots import discharge_curves

MODEL = "DFN"
PARAMETERS = "NaIon_Chayambuka2022"

RATES = ["C/10", "0.6C", "1.4C"]
RECHARGE = [
    "Rest for 30 minutes",
    "Charge at C/10 until 4.2 V",
    "Hold at 4.2 V until C/50",
    "Rest for 1 hour",
]


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment(
        [(f"Discharge at {rate} until 2.0 V", *RECHARGE) for rate in RATES]
    )


def plot(solution: pybamm.Solution, path, title: str) -> None:
    """The three discharge curves, voltage against capacity."""
    discharge_curves(solution, path, title, labels=RATES)


if __name__ == "__main__":
    from pybamm_beyondli.protocols import run_script

    run_script(__name__)
