"""Na-ion hard carbon | NVPF rate capability: discharges at C/10, 0.6C and 1.4C to 2.0 V.

The procedure of Chayambuka et al. (2022), Electrochim. Acta 404, 139764: every rate is
discharged at constant current to 2.0 V from the same charged cell, whose state is the one the
three measured curves (dataset ``naion_chayambuka2022``) start from; between rates the cell is
recharged at C/10 and rested. In the model that charged state is the set's initial state
(hard carbon x_n = 0.747, NVPF x_p = 0.275), fitted to the three curves and validated against
them (:mod:`pybamm_beyondli.validation.naion`). The recharge therefore returns exactly the
charge just discharged (coulomb counting, as a cycler's "charge to capacity" step: it ends when
the net discharged capacity is back to zero; 4.2 V as a safety cut-off), and a 1 h rest
relaxes the particles, so each rate starts from the validated state. A CCCV recharge to 4.2 V
instead took the hard carbon to x_n = 0.997, beyond the validated state, so that capacity rose
with rate (2.70 / 3.34 / 3.06 mAh; measured 2.77 / 2.47 / 2.13 mAh); with the counted
recharge it is 2.70 / 2.39 / 2.12 mAh (DFN).
"""

import pybamm

from pybamm_beyondli.io.plots import discharge_curves
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = "NaIon_Chayambuka2022"

RATES = ["C/10", "0.6C", "1.4C"]


def _net_discharged_capacity(variables):
    """Zero when the charge passed since the start of the run is back to zero."""
    return variables["Discharge capacity [A.h]"]


#: ends the recharge once the net discharged capacity returns to zero (the validated state)
BACK_TO_VALIDATED_STATE = pybamm.step.CustomTermination(
    "Net discharged capacity back to zero", _net_discharged_capacity)


def recharge() -> list:
    """Rest, recharge at C/10 by the capacity just discharged (4.2 V safety cut-off), rest."""
    return [
        "Rest for 30 minutes",
        pybamm.step.c_rate(-0.1, termination=[BACK_TO_VALIDATED_STATE, "4.2 V"]),
        "Rest for 1 hour",
    ]


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment(
        [(f"Discharge at {rate} until 2.0 V", *recharge()) for rate in RATES]
    )


def plot(run: ExperimentRun, path, title: str) -> None:
    """The three discharge curves, voltage against capacity."""
    discharge_curves(run.solution, path, title, labels=RATES)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
