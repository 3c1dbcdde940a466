"""The per-cycle table as ``pybamm_beyondli.results.cycles.cycle_table`` computed it at commit
dd9c6c0, the reference that tests/test_summary.py compares today's table with.

The functions below are that commit's code, unchanged, except that the Coulombic
efficiencies are added to PyBaMM's own summary table directly instead of through its
``MetalCellSummaryVariables`` subclass (which listed them in ``all_variables`` and computed
them in ``__getitem__`` with the same ``_efficiency``): PyBaMM's summary variables are
evaluated per cycle and per variable (``solution.summary_variables``), the efficiencies from
their ``"Change in ..."`` values with the charge number read from the solution (from
``"Metal charge per mole [A.h.mol-1]"`` = zF/3600, the variable that holds it today).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pybamm

MIN_CHARGE_FRACTION = 1e-9
CE_BASES = ("cycler", "metal")
ELECTRODES = ("negative", "positive")
COMPLETE_TERMINATIONS = ("final time", "experiment voltage limit reached")


def efficiency_name(electrode: str, basis: str) -> str:
    name = f"{electrode.capitalize()} electrode Coulombic efficiency"
    return name if basis == "cycler" else f"{name}, {basis} basis"


def plating_electrodes(model: pybamm.BaseModel) -> list[str]:
    return [e for e in ELECTRODES
            if f"{e.capitalize()} electrode plating charge [A.h.m-2]" in model.summary_variables]


def last_cycle_complete(solution: pybamm.Solution,
                        experiment: pybamm.Experiment | None = None) -> bool:
    termination = solution.termination or ""
    if not (termination in COMPLETE_TERMINATIONS or "[experiment]" in termination):
        return False
    last = solution.cycles[-1] if getattr(solution, "cycles", None) else None
    if experiment is None or last is None or getattr(last, "steps", None) is None:
        return True
    n_cycles = len(solution.all_summary_variables)
    planned = experiment.cycles[min(n_cycles, len(experiment.cycles)) - 1]
    return len(last.steps) == len(planned)


def _efficiency(summary: pybamm.SummaryVariables, electrode: str, basis: str, z: float,
                complete: bool) -> np.ndarray:
    plated = np.asarray(summary[f"Change in {electrode} electrode plating charge [A.h.m-2]"])
    stripped = np.asarray(
        summary[f"Change in {electrode} electrode stripping charge [A.h.m-2]"])
    if basis == "cycler":
        kept = stripped
    else:
        lost = sum(np.asarray(summary[f"Change in {electrode} electrode {name} [mol.m-2]"])
                   for name in ("dead metal", "metal in interphase"))
        kept = plated - z * pybamm.constants.F.value * lost / 3600  # [A.h.m-2]
    floor = MIN_CHARGE_FRACTION * np.max(plated, initial=0)
    both_ways = (plated > floor) & (stripped > floor)
    if not complete:
        both_ways[-1:] = False
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(both_ways, kept / plated, np.nan)


def _charge_number(solution: pybamm.Solution) -> float:
    # the charge number's variable is now the charge per mole, z F / 3600
    q = float(np.ravel(solution.first_state["Metal charge per mole [A.h.mol-1]"].data)[0])
    return q * 3600 / pybamm.constants.F.value


def cycle_table(solution: pybamm.Solution, experiment: pybamm.Experiment | None = None
                ) -> pd.DataFrame:
    """dd9c6c0's ``cycle_table(solution)`` (after ``add_coulombic_efficiency(solution,
    experiment)``): PyBaMM's summary variables, then the efficiencies, "Cycle number"
    first."""
    summary = solution.summary_variables
    table = pd.DataFrame(summary.get_summary_variables())
    z = _charge_number(solution)
    complete = last_cycle_complete(solution, experiment)
    for electrode in plating_electrodes(solution.all_models[0]):
        for basis in CE_BASES:
            table[efficiency_name(electrode, basis)] = _efficiency(summary, electrode, basis, z,
                                                                   complete)
    return table[["Cycle number"] + [c for c in table.columns if c != "Cycle number"]]
