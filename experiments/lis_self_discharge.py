"""Li-S self-discharge at rest: after a charge at 0.5C to 2.5 V the cell rests 48 h before its
0.2C discharge to 1.5 V, against the same charge and discharge without the rest.

The lab cell of Marinescu et al. (2016): at rest its shuttle (2e-4 s-1) keeps reducing the
dissolved S8 at the Li anode, so the open-circuit voltage falls and the next discharge
delivers less. The summary gives the open-circuit voltage loss over the rest and the capacity
retained against the discharge after the rest-free charge of the first cycle.
"""

import pybamm

from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "LithiumSulfur"
PARAMETERS = "LiS_Marinescu2016"

REST_HOURS = 48


def experiment() -> pybamm.Experiment:
    return pybamm.Experiment([
        ("Discharge at 0.2C until 1.5 V", "Charge at 0.5C until 2.5 V", "Rest for 1 minute",
         "Discharge at 0.2C until 1.5 V"),
        ("Charge at 0.5C until 2.5 V", f"Rest for {REST_HOURS} hours",
         "Discharge at 0.2C until 1.5 V"),
    ])


def summary(run: ExperimentRun) -> str:
    first, second = run.solution.cycles
    fresh = first.steps[-1]["Discharge capacity [A.h]"].entries
    rest = second.steps[1]["Voltage [V]"].entries
    after = second.steps[-1]["Discharge capacity [A.h]"].entries
    retained = (after[-1] - after[0]) / (fresh[-1] - fresh[0])
    return (f"open-circuit voltage {rest[0]:.3f} -> {rest[-1]:.3f} V over {REST_HOURS} h; "
            f"capacity after the rest {retained:.1%} of the rest-free one")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
