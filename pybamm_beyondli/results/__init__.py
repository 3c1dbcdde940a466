"""Results of a run: the per-cycle table (:func:`cycle_table`) from PyBaMM's summary variables
and the quantities a model declares, and the judge of whether the last cycle ran
(:func:`last_cycle_complete`)."""

from pybamm_beyondli.results.cycles import (
    coulombic_efficiency,
    cycle_table,
    efficiency_line,
    last_cycle_complete,
)

__all__ = ["coulombic_efficiency", "cycle_table", "efficiency_line", "last_cycle_complete"]
