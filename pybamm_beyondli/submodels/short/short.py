"""Members of the short family (see :mod:`pybamm_beyondli.submodels.short`)."""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels import variables as names


class BaseShort(pybamm.BaseSubModel):
    """Current density through an internal short; members publish it through
    :meth:`_get_standard_variables`."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, name="short", options=options)

    def _get_standard_variables(self, current_density: pybamm.Symbol) -> dict:
        return {names.short_current_density(): current_density}


class NoShort(BaseShort):
    """``"short": "none"``: no current bypasses the interfaces."""

    def get_fundamental_variables(self) -> dict:
        return self._get_standard_variables(
            pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector"))
