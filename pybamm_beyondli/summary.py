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
``solution.summary_variables[name]``, ``.get_summary_variables()`` and
``pybamm.plot_summary_variables`` then see them.
:func:`pybamm_beyondli.simulation.run_experiment` calls it, and so do the CLI and the
protocols. After a plain ``pybamm.Simulation(...).solve()``, call it yourself.
:func:`coulombic_efficiency` returns one electrode's values as an array.

NaN marks a cycle that has no efficiency of its own:

- a cycle that plated less than :data:`MIN_PLATED_FRACTION` of the most any cycle plated: a
  rest, or a cycle that only strips, such as the final strip of the Li‖Cu reservoir protocol
  (its average CE is ``experiments/licu_coulombic_efficiency.protocol_ce``);
- the last cycle, when the run stopped inside it (:func:`last_cycle_complete`): a model event
  such as ``metal anode exhausted`` or Sand's time, a solver failure, or the experiment's time
  limit. Its plating and stripping charges are still in PyBaMM's ``"Change in ..."``
  variables.

A cycle that only plates has a cycler CE of 0 and a metal-basis CE of 1 when it loses no
metal. The efficiencies belong to the whole solution's summary variables, not to the
per-cycle ``solution.cycles[k].cycle_summary_variables``. Continuing a run
(``sim.solve(starting_solution=solution)``) makes PyBaMM rebuild its summary variables, so
call :func:`add_coulombic_efficiency` again on the continued solution.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.errors import InputError

#: Cycles that plated less than this fraction of the most any cycle plated get NaN (a rest,
#: or a cycle that only strips: its plating charge is round-off).
MIN_PLATED_FRACTION = 1e-9
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
#: own stop ("final time" or a condition tagged "[experiment]"), or a capacity or voltage
#: limit of the experiment, which PyBaMM checks between cycles.
COMPLETE_TERMINATIONS = ("final time", "experiment capacity limit reached",
                         "experiment voltage limit reached")


def last_cycle_complete(solution: pybamm.Solution) -> bool:
    """Whether the last Experiment cycle of ``solution`` ran all its steps (module
    docstring). A model event, a solver failure (named in the termination by
    :func:`pybamm_beyondli.simulation.run_experiment`) or the experiment's time limit
    stopped it inside the cycle otherwise."""
    termination = solution.termination or ""
    return termination in COMPLETE_TERMINATIONS or "[experiment]" in termination


def _efficiency(summary: pybamm.SummaryVariables, electrode: str, basis: str, z: float,
                complete: bool) -> np.ndarray:
    """CE per cycle from the per-cycle changes in ``summary`` (module docstring);
    ``complete``: whether the last cycle ran all its steps."""
    plated = np.asarray(summary[f"Change in {electrode} electrode plating charge [A.h.m-2]"])
    if basis == "cycler":
        kept = np.asarray(summary[f"Change in {electrode} electrode stripping charge [A.h.m-2]"])
    else:
        lost = sum(np.asarray(summary[f"Change in {electrode} electrode {name} [mol.m-2]"])
                   for name in ("dead metal", "metal in interphase"))
        kept = plated - z * pybamm.constants.F.value * lost / 3600  # [A.h.m-2]
    significant = plated > MIN_PLATED_FRACTION * np.max(plated, initial=0)
    if not complete:
        significant[-1:] = False
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(significant, kept / plated, np.nan)


def _charge_number(solution: pybamm.Solution) -> float:
    return float(np.ravel(solution.first_state["Metal charge number"].data)[0])


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


def coulombic_efficiency(solution: pybamm.Solution, electrode: str = "negative",
                         basis: str = "cycler") -> np.ndarray:
    """Coulombic efficiency of each Experiment cycle at ``electrode``, one value per cycle.

    ``electrode="negative"`` is the metal of a full cell. For a metal ‖ metal or metal ‖
    substrate cell either may be used; ``"positive"`` is the substrate. ``basis`` is
    ``"cycler"`` (stripping over plating charge) or ``"metal"`` (1 - zF(ΔD + ΔI)/ΔQ_pl); see
    the module docstring. NaN marks a cycle that plated nothing significant.
    """
    electrodes = _check_solution(solution)
    if electrode not in electrodes:
        raise InputError(f"electrode {electrode!r} is not allowed; use one of {electrodes}")
    if basis not in CE_BASES:
        raise InputError(f"basis {basis!r} is not allowed; use one of {CE_BASES}")
    return _efficiency(solution.summary_variables, electrode, basis, _charge_number(solution),
                       last_cycle_complete(solution))


class MetalCellSummaryVariables(pybamm.SummaryVariables):
    """PyBaMM's summary variables of a metal-cell Experiment solution, plus the Coulombic
    efficiency per cycle of each plating electrode on both bases (module docstring)."""

    def __init__(self, solution: pybamm.Solution) -> None:
        electrodes = _check_solution(solution)
        super().__init__(solution, cycle_summary_variables=solution.all_summary_variables)
        self._z = _charge_number(solution)
        self._complete = last_cycle_complete(solution)
        self._efficiencies = {efficiency_name(e, basis): (e, basis)
                              for e in electrodes for basis in CE_BASES}

    @property
    def efficiency_names(self) -> list[str]:
        """The names of the Coulombic efficiencies this adds."""
        return list(self._efficiencies)

    @property
    def all_variables(self) -> list[str]:
        return [*super().all_variables, *self._efficiencies]

    def __getitem__(self, key: str) -> float | list[float]:
        if key in self._efficiencies and key not in self._variables:
            electrode, basis = self._efficiencies[key]
            self._variables[key] = _efficiency(self, electrode, basis, self._z,
                                               self._complete).tolist()
        return super().__getitem__(key)


def add_coulombic_efficiency(solution: pybamm.Solution) -> pybamm.Solution:
    """Add the Coulombic efficiencies per cycle to ``solution.summary_variables`` (module
    docstring) and return ``solution``. Raises :class:`~pybamm_beyondli.errors.InputError`
    if ``solution`` is not the result of a ``pybamm.Experiment`` with a metal-cell model."""
    summary = MetalCellSummaryVariables(solution)
    # PyBaMM 26 builds its SummaryVariables inside Solution and has no public setter for
    # them; this is the one place that replaces them (tests/test_summary.py checks it).
    solution._summary_variables = summary
    return solution


def cycle_table(solution: pybamm.Solution) -> pd.DataFrame:
    """One row per Experiment cycle: the model's summary variables (end-of-cycle value and
    change over the cycle) and, after :func:`add_coulombic_efficiency`, the Coulombic
    efficiencies. PyBaMM's electrode state-of-health variables are left out (they need a
    solve of their own)."""
    summary = solution.summary_variables
    names = list(solution.all_models[0].summary_variables)
    names += [f"Change in {n[0].lower()}{n[1:]}" for n in names]
    if isinstance(summary, MetalCellSummaryVariables):
        names += summary.efficiency_names
    table = {"Cycle number": summary.cycle_number}
    table.update({name: np.asarray(summary[name], dtype=float) for name in names})
    return pd.DataFrame(table)
