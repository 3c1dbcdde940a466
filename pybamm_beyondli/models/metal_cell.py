"""What every cell with planar metal electrodes shares: the options class and the parameter
checks made when PyBaMM substitutes values, before any equation is evaluated."""

from __future__ import annotations

import pybamm

from pybamm_beyondli.models.options import BeyondLiOptionsMixin
from pybamm_beyondli.parameters.checks import (
    checked_first,
    model_parameter_info,
    parameter_checks,
)
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.electrolyte import electrolyte_range_checks
from pybamm_beyondli.submodels.planar_metal import melting_checks


class MetalCellMixin(BeyondLiOptionsMixin):
    """Parameter checks of a cell with a planar metal negative electrode (the metal-anode
    full cells and the metal ‖ metal cells): call :meth:`attach_parameter_checks` at the end
    of ``build_model``."""

    def cell_checks(self) -> list[pybamm.Symbol]:
        """The cell's own rules across parameters: the metal stays solid, the initial state
        lies inside the electrolyte's range."""
        return [*melting_checks(self.param),
                *electrolyte_range_checks(self.param, self.options["electrolyte"] == "liquid",
                                          metal_surfaces=True)]

    def attach_parameter_checks(self) -> None:
        """Every ruled parameter the model reads and :meth:`cell_checks`, checked when PyBaMM
        substitutes values, before any equation (:func:`checked_first`)."""
        checks = parameter_checks(model_parameter_info(self), self.cell_checks())
        self.rhs = checked_first(self.rhs, self.variables[names.active_metal("negative")],
                                 checks)
