"""Li-S OXIS pouch cell under its measured drive cycle: the NEDC-derived current of Propp et
al. (2016) (dataset ``lis_oxis_propp2016``, 12 h from full charge) until 1.5 V.

The fitted set ``LiS_OXIS_Propp2016``; the current is continued past the data by repeating its
last drive cycle, so that the model's own end of discharge shows. The validation case
``lis_oxis_drive_cycle`` compares this run with the measured voltage; the summary gives its
RMSE and capacity error.
"""

import pybamm

from pybamm_beyondli.workflows import lis_fit
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "LithiumSulfur"
PARAMETERS = "LiS_OXIS_Propp2016"

END_VOLTAGE = 1.5


def experiment() -> pybamm.Experiment:
    profile = lis_fit.drive_cycle_profile(lis_fit.oxis_drive_cycle())
    return pybamm.Experiment([pybamm.step.current(profile, termination=f"< {END_VOLTAGE} V")])


def summary(run: ExperimentRun) -> str:
    comparison = lis_fit.compare_solution(run.solution, lis_fit.oxis_drive_cycle())
    return (f"voltage RMSE {comparison.rmse * 1e3:.1f} mV over the measured 12 h, capacity "
            f"{comparison.capacity:.3f} A.h ({comparison.capacity_error:+.2%})")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
