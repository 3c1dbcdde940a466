"""The metal electrodes must stay solid: the melting-point limit of a metal cell.

Mechanism (one submodel per cell, not per electrode: the cell has one temperature and its
metal electrodes are one metal). The termination event

    "metal anode melted" (full cell) / "metal electrodes melted" (metal ‖ metal cell),
    expression  1 - T / T_m,

stops a run when the cell temperature T reaches the metal's ``"Metal melting point [K]"``
T_m: a thermal model's temperature, or an ambient temperature that changes in time or is an
input. The ratio T / T_m is checked when PyBaMM substitutes the parameter values
(:mod:`pybamm_beyondli.parameters.checks`), so a constant temperature at or above
the melting point is an :class:`~pybamm_beyondli.errors.InputError` naming both parameters
rather than PyBaMM's "event non-positive at initial conditions". Solid-metal physics only:
this package has no model of a molten electrode (review digest: Li 180.5 °C, Na 97.8 °C,
K 63.5 °C; :mod:`pybamm_beyondli.parameters.metals`).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.checks import Rule, checked, checked_parameter

#: T / T_m must stay below 1.
SOLID_METAL_RULE = Rule(
    "< 1: this package models solid metal electrodes; set 'Ambient temperature [K]' and "
    "'Initial temperature [K]' below 'Metal melting point [K]'",
    low=0, high=1, low_open=True, high_open=True)


class SolidMetal(pybamm.BaseSubModel):
    """The melting event of a metal cell (see the module docstring).

    Parameters
    ----------
    param : pybamm.LithiumIonParameters
        The model's parameters.
    event_name : str
        ``"metal anode melted"`` or ``"metal electrodes melted"``.
    options : dict, optional
        Model options.
    """

    def __init__(self, param, event_name: str, options=None) -> None:
        super().__init__(param, options=options)
        self.event_name = event_name

    def add_events_from(self, variables: dict) -> None:
        T = pybamm.yz_average(variables["X-averaged cell temperature [K]"])
        T_m = checked_parameter("Metal melting point [K]")
        ratio = checked(T / T_m, "Cell temperature [K] / Metal melting point [K]",
                        SOLID_METAL_RULE)
        self.events.append(pybamm.Event(self.event_name, 1 - ratio,
                                        pybamm.EventType.TERMINATION))
