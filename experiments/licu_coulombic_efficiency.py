"""Li ‖ Cu Coulombic efficiency by the reservoir protocol of Adams et al. (2018).

Adams, Zheng, Ren, Xu & Zhang, "Accurate determination of Coulombic efficiency for lithium
metal anodes and lithium metal batteries", Adv. Energy Mater. 8 (2018) 1702097, method 3,
at 0.5 mA cm⁻² on a bare Cu electrode (1 cm², so mA = mA cm⁻²):

1. formation: plate 5 mA h cm⁻² of Li on Cu, strip it to 1 V;
2. plate the reservoir Q_T = 5 mA h cm⁻²;
3. n = 10 times: strip Q_c = 1 mA h cm⁻², plate Q_c;
4. strip all remaining Li to 1 V, which returns Q_s.

The average Coulombic efficiency is CE = (n Q_c + Q_s) / (n Q_c + Q_T) (:func:`protocol_ce`).
Experiment cycles: 1 = formation, 2 = reservoir, 3 .. n+2 = the strip/plate cycles, n+3 = the
final strip. The per-cycle table's ``"Positive electrode Coulombic efficiency"`` (the Cu side,
:func:`pybamm_beyondli.results.cycle_table`) gives the formation cycle's CE (cycle 1); per cycle it
is 1 by construction in the strip/plate cycles (fixed charge each way), so the protocol's result is
the average above.
In the model the loss comes only from the dead-metal submodel (a fraction f of every stripped
deposit is isolated; no interphase Li in this cell), for which the protocol gives CE = 1 − f.
In PyBaMM's sign convention "Discharge" plates Li onto Cu and "Charge" strips it.
"""

import pybamm

from pybamm_beyondli.results.cycles import cycle_table
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "MetalSymmetricCell"
PARAMETERS = "LiCu_Carbonate"

CURRENT_MA = 0.5  # [mA cm-2]
Q_T = 5.0  # reservoir [mA h cm-2]
Q_C = 1.0  # cycled charge [mA h cm-2]
N_CYCLES = 10
STRIP_LIMIT_V = 1.0


def experiment(n_cycles: int = N_CYCLES, current_mA: float = CURRENT_MA,
               q_t: float = Q_T, q_c: float = Q_C) -> pybamm.Experiment:
    plate = f"Discharge at {current_mA} mA for {q_t / current_mA} hours"
    strip_all = f"Charge at {current_mA} mA until {STRIP_LIMIT_V} V"
    cycle = [f"Charge at {current_mA} mA for {q_c / current_mA} hours",
             f"Discharge at {current_mA} mA for {q_c / current_mA} hours"]
    return pybamm.Experiment(
        [(plate, strip_all)]  # 1. formation
        + [plate]  # 2. reservoir Q_T
        + [tuple(cycle)] * n_cycles  # 3. n cycles of Q_c
        + [strip_all]  # 4. strip all: Q_s
    )


def finished(solution: pybamm.Solution) -> bool:
    """Whether the protocol ran to its end: the final strip (step 4) stopped at its voltage
    limit, after the formation and reservoir cycles."""
    return (len(solution.cycles) >= 3
            and solution.termination == f"event: Voltage > {STRIP_LIMIT_V} [V] [experiment]")


def protocol_ce(solution: pybamm.Solution) -> float:
    """CE = (n Q_c + Q_s) / (n Q_c + Q_T): charge stripped from Cu over charge plated on it
    after the formation cycle (cycles 2 to the end), from the per-cycle changes of the Cu
    (positive) electrode's stripping and plating charge (:func:`cycle_table`). NaN if the
    protocol did not run to its end (:func:`finished`): without the final strip there is no
    Q_s."""
    if not finished(solution):
        return float("nan")
    table = cycle_table(solution)
    stripped, plated = (
        table[f"Change in positive electrode {name} charge [A.h.m-2]"].iloc[1:].sum()
        for name in ("stripping", "plating"))
    return float(stripped / plated)


def summary(run: ExperimentRun) -> str:
    """The protocol's result, printed after a run."""
    if not finished(run.solution):
        return (f"no average Coulombic efficiency: the protocol stopped before its final strip "
                f"to {STRIP_LIMIT_V} V ended ({run.termination})")
    return ("average Coulombic efficiency (Adams 2018, method 3): "
            f"{protocol_ce(run.solution):.4f}")


if __name__ == "__main__":
    from pybamm_beyondli.workflows.protocols import run_script

    run_script(__name__)
