"""Coulombic efficiency per Experiment cycle, as summary variables of a metal-cell solution.

PyBaMM's summary variables are, per cycle, the end value of a model variable and its change
over the cycle. The Coulombic efficiency of cycle k is a ratio of two such changes:

    cycler basis:  CE_k = ΔQ_st,k / ΔQ_pl,k
    metal basis:   CE_k = 1 - z F (ΔD_k + ΔI_k) / ΔQ_pl,k

with ΔQ_pl and ΔQ_st the charge passed while plating and while stripping [A.h.m-2], and ΔD
and ΔI the dead metal and the metal in interphase formed in the cycle [mol.m-2].

- The cycler basis is what a cycler measures (Adams et al. 2018, Adv. Energy Mater. 8,
  1702097). With excess metal it stays near 1 while metal is lost, because the excess makes
  up for it.
- The metal basis is the fraction of the plated charge not lost in the cycle: the metal's
  own efficiency. It sets how fast an excess is used up, the (1 - CE) Q per cycle of Xiang
  et al. (2019). In an anode-free cell stripped to its end it equals the cycler's.

No model variable can hold a ratio of two per-cycle changes, and PyBaMM 26 has no hook for
summary quantities computed from others: its maintainers leave them to post-processing
(PyBaMM issue #4058). :func:`add_coulombic_efficiency` therefore adds them to
``solution.summary_variables`` after the solve, next to PyBaMM's own, for each plating
electrode of the cell:

    "Negative electrode Coulombic efficiency"                (cycler basis)
    "Negative electrode Coulombic efficiency, metal basis"

plus the ``"Positive electrode ..."`` pair for the second metal (or the substrate) of a
:class:`~pybamm_beyondli.models.symmetric_cell.MetalSymmetricCell`.
``solution.summary_variables[name]``,
``solution.summary_variables.get_summary_variables()`` and
``pybamm.plot_summary_variables`` then see them.
:func:`pybamm_beyondli.workflows.simulation.run_experiment` calls it, and so do the CLI and the
protocols. After a plain ``pybamm.Simulation(...).solve()``, call it yourself.
:func:`coulombic_efficiency` returns one electrode's values as an array.

NaN marks a cycle that has no efficiency of its own:

- a cycle that plated or stripped less than :data:`MIN_CHARGE_FRACTION` of the most any
  cycle plated: a rest, or a cycle that only plates or only strips, such as the reservoir
  plating and the final strip of the Li‖Cu reservoir protocol (its average CE is
  ``experiments/licu_coulombic_efficiency.protocol_ce``). PyBaMM makes each string of a flat
  list of steps a cycle of its own: group a plating and a stripping step in one tuple;
- the last cycle, when the run stopped inside it: a model event such as ``metal anode
  exhausted`` or Sand's time, a solver failure, a step that ran to PyBaMM's default
  duration, or the experiment's time limit before the cycle's last step ended. Its plating
  and stripping charges are still in PyBaMM's ``"Change in ..."`` variables.
  :func:`pybamm_beyondli.workflows.simulation.run_experiment` records this while the experiment runs
  (:class:`~pybamm_beyondli.workflows.simulation.CycleCompletion`); after a plain solve,
  :func:`last_cycle_complete` judges it from the solution (and the experiment, if given).

A cycle relates the stripping and plating inside it, in the experiment's order. A full cell
that starts charged (Li ‖ NMC: discharge, then charge) strips before it plates, so the dead
metal of the deposit plated in cycle k shows in cycle k + 1's metal basis, over that cycle's
plating; with equal plating per cycle this is the same number. The ``"Dead metal
fraction"`` f is per stripped deposit: a cycle that strips a whole deposit has a metal-basis
CE of 1 - f (as the Li‖Cu protocol measures), while one that strips a charge q from a larger
deposit and plates q back loses f q/(1 - f), a metal-basis CE of 1 - f/(1 - f).

The efficiencies belong to the whole solution's summary variables, not to the per-cycle
``solution.cycles[k].cycle_summary_variables``. Continuing a run
(``sim.solve(starting_solution=solution)``) makes PyBaMM rebuild its summary variables, so
call :func:`add_coulombic_efficiency` again on the continued solution.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.errors import InputError

#: Cycles that plated or stripped less than this fraction of the most any cycle plated get
#: NaN (a rest, or a cycle that only plates or only strips: its other charge is round-off).
MIN_CHARGE_FRACTION = 1e-9
#: Coulombic-efficiency bases (module docstring).
CE_BASES = ("cycler", "metal")
ELECTRODES = ("negative", "positive")


def efficiency_name(electrode: str, basis: str) -> str:
    """The summary-variable name of ``electrode``'s Coulombic efficiency on ``basis``."""
    name = f"{electrode.capitalize()} electrode Coulombic efficiency"
    return name if basis == "cycler" else f"{name}, {basis} basis"


def plating_electrodes(model: pybamm.BaseModel) -> list[str]:
    """The electrodes of ``model`` whose plating charge is a summary variable."""
    return [e for e in ELECTRODES
            if f"{e.capitalize()} electrode plating charge [A.h.m-2]" in model.summary_variables]


#: PyBaMM terminations of an Experiment whose last cycle ran all its steps: the last step's
#: own stop ("final time" or a condition tagged "[experiment]"), or a voltage limit of the
#: experiment, which PyBaMM checks between cycles (metal cells have no capacity limit).
COMPLETE_TERMINATIONS = ("final time", "experiment voltage limit reached")


def last_cycle_complete(solution: pybamm.Solution,
                        experiment: pybamm.Experiment | None = None) -> bool:
    """Whether the last Experiment cycle of ``solution`` ran all its steps, judged from the
    solution alone (module docstring). :class:`pybamm_beyondli.workflows.simulation.CycleCompletion`
    records it exactly while the experiment runs, and
    :func:`pybamm_beyondli.workflows.simulation.run_experiment` uses that.

    This reads PyBaMM's termination: a model event, a solver failure named by
    ``run_experiment`` or the experiment's time limit (which may or may not fall at a cycle's
    end; taken as cut) mean the run stopped inside the cycle. With ``experiment``, the one
    solved from the solution's first cycle (not a continuation), it also counts the last
    cycle's steps, which catches what the termination does not show: a solver failure after
    a plain ``pybamm.Simulation.solve`` (the termination is then the last good step's) and a
    step that ran to PyBaMM's default duration ("final time").
    """
    termination = solution.termination or ""
    if not (termination in COMPLETE_TERMINATIONS or "[experiment]" in termination):
        return False
    last = solution.cycles[-1] if getattr(solution, "cycles", None) else None
    if experiment is None or last is None or getattr(last, "steps", None) is None:
        return True
    n_cycles = len(solution.all_summary_variables)
    planned = experiment.cycles[min(n_cycles, len(experiment.cycles)) - 1]
    return len(last.steps) == len(planned)


def _efficiency(summary: pybamm.SummaryVariables, electrode: str, basis: str,
                complete: bool) -> np.ndarray:
    """CE per cycle from the per-cycle changes in ``summary`` (module docstring);
    ``complete``: whether the last cycle ran all its steps."""
    plated = np.asarray(summary[f"Change in {electrode} electrode plating charge [A.h.m-2]"])
    stripped = np.asarray(
        summary[f"Change in {electrode} electrode stripping charge [A.h.m-2]"])
    if basis == "cycler":
        kept = stripped
    else:
        lost = np.asarray(summary[f"Change in {electrode} electrode lost metal charge [A.h.m-2]"])
        kept = plated - lost  # zF (dead + interphase) per cycle [A.h.m-2]
    floor = MIN_CHARGE_FRACTION * np.max(plated, initial=0)
    both_ways = (plated > floor) & (stripped > floor)
    if not complete:
        both_ways[-1:] = False
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(both_ways, kept / plated, np.nan)


def _check_solution(solution: pybamm.Solution) -> list[str]:
    """The plating electrodes of an Experiment solution, or a clear error."""
    if not isinstance(solution, pybamm.Solution) or not getattr(
            solution, "all_summary_variables", None):
        what = ("a pybamm.Solution without per-cycle summary variables"
                if isinstance(solution, pybamm.Solution) else f"a {type(solution).__name__}")
        raise InputError("solution: the Coulombic efficiency per cycle needs the solution of a "
                         "pybamm.Experiment (it is computed from PyBaMM's per-cycle summary "
                         f"variables); got {what}")
    electrodes = plating_electrodes(solution.all_models[0])
    if not electrodes:
        raise InputError(f"solution: model '{solution.all_models[0].name}' has no metal "
                         "electrode with a plating charge; use a model of this package "
                         "(MetalAnodeDFN/SPMe/SPM, MetalSymmetricCell)")
    return electrodes


class MetalCellSummaryVariables(pybamm.SummaryVariables):
    """PyBaMM's summary variables of a metal-cell Experiment solution, plus the Coulombic
    efficiency per cycle of each plating electrode on both bases (module docstring).
    ``complete`` says whether the last cycle ran all its steps (default: judged by
    :func:`last_cycle_complete` from the solution and ``experiment``)."""

    def __init__(self, solution: pybamm.Solution, experiment: pybamm.Experiment | None = None,
                 complete: bool | None = None) -> None:
        electrodes = _check_solution(solution)
        super().__init__(solution, cycle_summary_variables=solution.all_summary_variables)
        self._complete = (last_cycle_complete(solution, experiment) if complete is None
                          else complete)
        self._efficiencies = {efficiency_name(e, basis): (e, basis)
                              for e in electrodes for basis in CE_BASES}

    @property
    def all_variables(self) -> list[str]:
        return [*super().all_variables, *self._efficiencies]

    def __getitem__(self, key: str) -> float | list[float]:
        if key in self._efficiencies and key not in self._variables:
            electrode, basis = self._efficiencies[key]
            self._variables[key] = _efficiency(self, electrode, basis,
                                               self._complete).tolist()
        return super().__getitem__(key)


def metal_summary(solution: pybamm.Solution) -> MetalCellSummaryVariables:
    """The solution's summary variables with the Coulombic efficiencies: those
    :func:`add_coulombic_efficiency` installed, else new ones judged from the solution alone
    (the solution is not changed)."""
    summary = getattr(solution, "summary_variables", None)
    if isinstance(summary, MetalCellSummaryVariables):
        return summary
    return MetalCellSummaryVariables(solution)


def add_coulombic_efficiency(solution: pybamm.Solution,
                             experiment: pybamm.Experiment | None = None,
                             complete: bool | None = None) -> pybamm.Solution:
    """Add the Coulombic efficiencies per cycle to ``solution.summary_variables`` (module
    docstring) and return ``solution``. ``experiment`` (the one solved) or ``complete``
    tells whether the last cycle ran all its steps (:class:`MetalCellSummaryVariables`).
    Raises :class:`~pybamm_beyondli.errors.InputError` if ``solution`` is not the result of
    a ``pybamm.Experiment`` with a metal-cell model."""
    summary = MetalCellSummaryVariables(solution, experiment, complete)
    # PyBaMM 26 builds its SummaryVariables inside Solution and has no public setter for
    # them; this is the one place that replaces them (tests/test_summary.py checks it).
    solution._summary_variables = summary
    return solution


def coulombic_efficiency(solution: pybamm.Solution, electrode: str | None = None,
                         basis: str = "cycler") -> np.ndarray:
    """Coulombic efficiency of each Experiment cycle at ``electrode``, one value per cycle:
    the summary variable (:func:`metal_summary`) as an array.

    ``electrode`` is ``"negative"`` (the metal of a full cell, the default there) or, for a
    cell with two metal electrodes, ``"negative"`` or ``"positive"`` (the substrate of a metal
    ‖ substrate cell), which must then be given. ``basis`` is ``"cycler"`` (stripping over
    plating charge) or ``"metal"`` (1 - zF(ΔD + ΔI)/ΔQ_pl); see the module docstring. NaN
    marks a cycle with no efficiency of its own.
    """
    electrodes = _check_solution(solution)
    if electrode is None and len(electrodes) == 1:
        electrode = electrodes[0]
    if electrode not in electrodes:
        both = " (two metal electrodes: say which)" if len(electrodes) > 1 else ""
        raise InputError(f"electrode {electrode!r} is not allowed; use one of "
                         f"{electrodes}{both}")
    if basis not in CE_BASES:
        raise InputError(f"basis {basis!r} is not allowed; use one of {CE_BASES}")
    return np.asarray(metal_summary(solution)[efficiency_name(electrode, basis)], dtype=float)


def cycle_table(solution: pybamm.Solution) -> pd.DataFrame:
    """One row per Experiment cycle of a metal cell: its summary variables (end-of-cycle
    value and change over the cycle, PyBaMM's ``get_summary_variables``) with the Coulombic
    efficiencies (:func:`metal_summary`)."""
    table = pd.DataFrame(metal_summary(solution).get_summary_variables())
    return table[["Cycle number"] + [c for c in table.columns if c != "Cycle number"]]


def ce_range(values) -> str:
    """The finite values of a CE series as "0.9000" or "0.8765-1.0000" ("-" if none)."""
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if not values.size:
        return "-"
    if np.ptp(values) < 5e-5:
        return f"{values.min():.4f}"
    return f"{values.min():.4f}-{values.max():.4f}"


def efficiency_line(solution: pybamm.Solution, first_cycle: int = 1) -> str:
    """The Coulombic efficiencies of a metal-cell run in one line: per plating electrode,
    the range over the cycles from ``first_cycle`` on that have one, on both bases (module
    docstring)."""
    summary = metal_summary(solution)
    electrodes = plating_electrodes(solution.all_models[0])
    parts = []
    for electrode in electrodes:
        series = {basis: np.asarray(summary[efficiency_name(electrode, basis)],
                                    dtype=float)[first_cycle - 1:] for basis in CE_BASES}
        counted = int(np.isfinite(series["cycler"]).sum())
        label = f"{electrode} " if len(electrodes) > 1 else ""
        ranges = ", ".join(f"{basis} {ce_range(v)}" for basis, v in series.items())
        shown = len(summary.cycle_number) - first_cycle + 1
        parts.append(f"{label}CE {ranges} ({counted} of {shown} cycles"
                     f"{'' if first_cycle == 1 else f' from cycle {first_cycle}'})")
    return "; ".join(parts)
