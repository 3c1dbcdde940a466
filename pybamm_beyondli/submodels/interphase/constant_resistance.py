"""``"interphase": "constant resistance"``: a film of fixed area-specific resistance R_f with
its own capacitance C_f, in series with the metal interface,

    "differential" surface form:   C_f d(eta_f)/dt = j - eta_f / R_f,
    otherwise:                      eta_f = j R_f,

with j the current density through the interface (sign convention of
:mod:`pybamm_beyondli.submodels.variables`) and eta_f the film's ohmic drop, which the kinetics
subtract. With the double layer of the interface it gives the two arcs of a film-covered
metal in an impedance spectrum (a parallel R-C per layer, as PyBaMM's ``RCElement``). The film
does not grow, binds no metal and has no thickness of its own.

Parameters: ``"{Domain} electrode interphase resistance [Ohm.m2]"`` and ``"{Domain} electrode
interphase capacitance [F.m-2]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.interphase.base_interphase import BaseInterphase


class ConstantResistanceInterphase(BaseInterphase):
    """A non-growing film R_f || C_f in series with the interface (module docstring)."""

    def _film_parameters(self):
        Domain = self.domain.capitalize()
        return (pybamm.Parameter(f"{Domain} electrode interphase resistance [Ohm.m2]"),
                pybamm.Parameter(f"{Domain} electrode interphase capacitance [F.m-2]"))

    @property
    def capacitive(self) -> bool:
        return self.options["surface form"] == "differential"

    def get_fundamental_variables(self) -> dict:
        if not self.capacitive:
            return {}
        eta_f = pybamm.Variable(names.interphase_overpotential(self.domain),
                                domain="current collector")
        eta_f.print_name = f"eta_f_{self.domain[0]}"
        return {names.interphase_overpotential(self.domain): eta_f}

    def get_coupled_variables(self, variables: dict) -> dict:
        R_f, _ = self._film_parameters()
        if self.capacitive:
            eta_f = variables[names.interphase_overpotential(self.domain)]
        else:
            eta_f = variables[names.interface_current_density(self.domain)] * R_f
        zero = pybamm.Scalar(0)
        variables.update(self._get_standard_variables(eta_f, R_f, zero, zero))
        variables.update(self._get_standard_current_variables(zero))
        return variables

    def set_rhs(self, variables: dict) -> None:
        if not self.capacitive:
            return
        R_f, C_f = self._film_parameters()
        eta_f = variables[names.interphase_overpotential(self.domain)]
        j = variables[names.interface_current_density(self.domain)]
        self.rhs = {eta_f: (j - eta_f / R_f) / C_f}

    def set_initial_conditions(self, variables: dict) -> None:
        if self.capacitive:
            eta_f = variables[names.interphase_overpotential(self.domain)]
            self.initial_conditions = {eta_f: pybamm.Scalar(0)}
