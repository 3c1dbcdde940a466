"""Salt depletion in a liquid electrolyte.

The salt concentration ``c_e`` of PyBaMM's ``"Electrolyte concentration [mol.m-3]"`` must stay
positive: the exchange current ``j0 ∝ c_e^(1/2)`` and the diffusion potential
``∝ ln(c_e)`` have no value at ``c_e <= 0``. PyBaMM's intercalation models carry no event
for it (the metal cells of this package end at Sand's time): where the salt runs out the
concentration stays at ~0 and the run goes on, to its cut-off or into a solver failure.
:func:`depletion_onset` finds the first time the concentration (its minimum over the cell)
reached 0, so that a run ending in such a failure names the physical cause
(:func:`pybamm_beyondli.workflows.simulation.run_experiment`; a failure in the first step,
which leaves no solution, is asked again with an event, see there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pybamm

#: The salt concentration (x-resolved in DFN/SPMe, uniform in SPM).
CONCENTRATION = "Electrolyte concentration [mol.m-3]"


@dataclass(frozen=True)
class DepletionOnset:
    """When the salt concentration first reached 0 somewhere in the cell."""

    time: float  # [s] from the start of the solution

    def message(self) -> str:
        return (f"electrolyte depleted: the salt concentration reached 0 at t = "
                f"{self.time:.0f} s ({self.time / 3600:.3f} h)")


def depletion_onset(solution: pybamm.Solution) -> DepletionOnset | None:
    """The first time the minimum salt concentration is <= 0, or None if it never is (or
    the model has no salt concentration, e.g. a single-ion conductor or a 0-D cell)."""
    try:
        concentration = np.asarray(solution[CONCENTRATION].entries)
    except KeyError:
        return None
    lowest = concentration.min(axis=0) if concentration.ndim == 2 else concentration
    empty = np.flatnonzero(lowest <= 0)
    return DepletionOnset(float(solution.t[empty[0]])) if empty.size else None
