"""Na-ion hard carbon | NVPF rate capability: discharges at C/10, 0.6C and 1.4C to 2.0 V, each
from a standard charge.

The procedure of Chayambuka et al. (2022), Electrochim. Acta 404, 139764: every rate is
discharged at constant current to 2.0 V from the charged cell; between rates the cell rests
1 h and is recharged the standard way, at C/10 to 4.2 V with a hold at 4.2 V until the
current falls to C/50, then rests 1 h. The set starts in the state this charge leaves it in
(NVPF at its measured charged end), so every discharge starts from the state validated
against the measured curves (dataset ``naion_chayambuka2022``: 2.77 / 2.47 / 2.13 mAh).
"""

import pybamm

from pybamm_beyondli.io.plots import discharge_curves
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = "NaIon_Chayambuka2022"
#: the NVPF as two particle populations, as the set is validated (its MODEL_OPTIONS)
MODEL_OPTIONS = NaIon_Chayambuka2022.MODEL_OPTIONS

RATES = ["C/10", "0.6C", "1.4C"]
RECHARGE = ["Rest for 1 hour", "Charge at C/10 until 4.2 V", "Hold at 4.2 V until C/50",
            "Rest for 1 hour"]


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment(
        [(f"Discharge at {rate} until 2.0 V", *RECHARGE) for rate in RATES]
    )


def plot(run: ExperimentRun, path, title: str) -> None:
    """The three discharge curves, voltage against capacity."""
    discharge_curves(run.solution, path, title, labels=RATES)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
