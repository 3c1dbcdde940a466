"""The metal electrodes must stay solid: the melting-point limit of a metal cell.

One submodel per cell (one temperature, one metal): the termination event

    "metal anode melted" (full cell) / "metal electrodes melted" (metal ‖ metal cell),
    expression  1 - T / T_m,

stops a run when the cell temperature T reaches the ``"Metal melting point [K]"`` T_m (a thermal
model's temperature, or an ambient temperature that changes in time). A constant initial or
ambient temperature at or above T_m is an :class:`~pybamm_beyondli.errors.InputError` naming
both parameters, checked on substitution (:func:`melting_checks`). This package models solid
metal electrodes only (review digest: Li 180.5 °C, Na 97.8 °C, K 63.5 °C;
:mod:`pybamm_beyondli.parameters.metals`).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.checks import Rule, checked

#: T / T_m must stay below 1.
SOLID_METAL_RULE = Rule(
    "< 1: this package models solid metal electrodes; set 'Ambient temperature [K]' and "
    "'Initial temperature [K]' below 'Metal melting point [K]'",
    low=0, high=1, low_open=True, high_open=True)


def melting_checks(param) -> list[pybamm.Symbol]:
    """Checks of the initial and ambient temperatures (the latter at t = 0: one that changes
    in time is watched by the event) against the metal's melting point."""
    T_m = param.metal.T_melt
    return [checked(param.T_init / T_m, "Initial temperature [K] / Metal melting point [K]",
                    SOLID_METAL_RULE),
            checked(param.T_amb(pybamm.Scalar(0), pybamm.Scalar(0), pybamm.Scalar(0)) / T_m,
                    "Ambient temperature [K] / Metal melting point [K]", SOLID_METAL_RULE)]


class SolidMetal(pybamm.BaseSubModel):
    """The melting event of a metal cell (module docstring).

    Parameters
    ----------
    param : BeyondLiParameters
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
        self.events.append(pybamm.Event(self.event_name, 1 - T / self.param.metal.T_melt,
                                        pybamm.EventType.TERMINATION))
