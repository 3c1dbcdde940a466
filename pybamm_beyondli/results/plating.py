"""Metal plating on an intercalation negative electrode (hard carbon, graphite).

Metal deposits on the particles where the negative electrode's potential vs the metal falls
below 0 V: ``phi_s - phi_e < 0``, PyBaMM's ``"Negative electrode surface potential
difference [V]"`` (its electrolyte potential is that of a metal reference electrode at the
local salt concentration, so 0 V is the plating threshold; PyBaMM's lithium-plating
submodels use the same overpotential, ``phi_s - phi_e - 0``). The lithium-ion models run
here for Na-ion and K-ion cells have no plating reaction, so the potential can go below 0 V
without any metal forming; :func:`plating_onset` finds when it first does, so that a run can
say so (:func:`pybamm_beyondli.workflows.simulation.run_experiment` warns with
:class:`PlatingWarning`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pybamm

#: The potential of the negative electrode vs the metal (x-resolved in DFN/SPMe/SPM).
POTENTIAL = "Negative electrode surface potential difference [V]"
#: Plating threshold [V] vs the metal.
THRESHOLD = 0.0


class PlatingWarning(UserWarning):
    """The negative electrode's potential went below 0 V vs the metal during a run."""


@dataclass(frozen=True)
class PlatingOnset:
    """When the negative electrode first fell below 0 V vs the metal, and how far it went."""

    time: float  # [s] from the start of the solution
    minimum_potential: float  # [V] vs the metal, over the whole run
    step: str  # the experiment step it happened in ("" if not an experiment)

    def message(self) -> str:
        where = f" during '{self.step}'" if self.step else ""
        return (f"negative electrode below 0 V vs the metal at t = {self.time:.0f} s "
                f"({self.time / 3600:.3f} h){where}: metal plating (minimum "
                f"{self.minimum_potential * 1e3:.1f} mV); the model has no plating "
                "reaction, so the metal it would deposit is not accounted for")


def _step_at(solution: pybamm.Solution, time: float,
             experiment: pybamm.Experiment | None) -> str:
    """The experiment step (as written) whose solution holds ``time``, or ""."""
    if experiment is None:
        return ""
    for cycle, steps in zip(solution.cycles or (), experiment.cycles, strict=False):
        for step, written in zip(cycle.steps, steps, strict=False):
            if isinstance(step, pybamm.EmptySolution) or not len(step.t):
                continue
            if step.t[0] <= time <= step.t[-1]:
                return str(written)
    return ""


def plating_onset(solution: pybamm.Solution, threshold: float = THRESHOLD,
                  experiment: pybamm.Experiment | None = None) -> PlatingOnset | None:
    """The first time the negative electrode's potential vs the metal (its minimum over the
    electrode thickness) is below ``threshold`` [V], or None if it never is (or the model
    has no such variable, e.g. a metal negative electrode); ``experiment``, the one solved,
    names the step it happened in."""
    try:
        potential = solution[POTENTIAL].entries
    except KeyError:
        return None
    potential = np.asarray(potential)
    lowest = potential.min(axis=0) if potential.ndim == 2 else potential
    below = np.flatnonzero(lowest < threshold)
    if not below.size:
        return None
    time = float(solution.t[below[0]])
    return PlatingOnset(time, float(lowest.min()), _step_at(solution, time, experiment))
