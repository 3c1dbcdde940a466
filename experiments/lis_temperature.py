"""Li-S temperature effect: after a 0.2C discharge to 1.5 V at 25 °C, the same cycle (0.5C
charge to 2.5 V, 2 h at 2.5 V, 12 h rest, 0.2C discharge to 1.5 V) at 15, 25 and 35 °C
ambient (PyBaMM's per-step temperature).

The lab cell of Marinescu et al. (2016) with the shuttle's activation energy of Hua et al.
(2019), 54 kJ/mol, and the ohmic resistance's of Propp et al.'s OXIS cell, 26.8 kJ/mol: a
warmer cell has a smaller resistance but a faster shuttle, so its charge carries more charge
back to the anode (a lower Coulombic efficiency) and it loses more at rest. The summary gives
each temperature's Coulombic efficiency and end-of-rest voltage.
"""

import pybamm

from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "LithiumSulfur"
PARAMETERS = "LiS_Marinescu2016"

TEMPERATURES = ("15oC", "25oC", "35oC")


def experiment() -> pybamm.Experiment:
    def cycle(temperature: str) -> tuple:
        return tuple(pybamm.step.string(step, temperature=temperature) for step in (
            "Charge at 0.5C until 2.5 V", "Hold at 2.5 V for 2 hours", "Rest for 12 hours",
            "Discharge at 0.2C until 1.5 V"))

    start = pybamm.step.string("Discharge at 0.2C until 1.5 V", temperature="25oC")
    return pybamm.Experiment([start, *(cycle(T) for T in TEMPERATURES)])


def summary(run: ExperimentRun) -> str:
    table = run.cycles
    parts = []
    for temperature, cycle, ce in zip(TEMPERATURES, run.solution.cycles[1:],
                                      table["Coulombic efficiency"].to_numpy()[1:],
                                      strict=False):
        rest = cycle.steps[2]["Voltage [V]"].entries
        parts.append(f"{temperature.replace('oC', ' °C')}: CE {ce:.3f}, open-circuit voltage "
                     f"{rest[0]:.3f} -> {rest[-1]:.3f} V in the rest")
    return "; ".join(parts)


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
