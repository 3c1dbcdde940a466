"""PyBaMM's SEI on a planar metal interface, read into the interface contract.

PyBaMM's SEI submodels (``"SEI"`` option: reaction limited, solvent-diffusion limited, ...;
Marquis 2020, section 5.6.4, and the sources PyBaMM registers for each law) grow a film of
thickness L_SEI with a growth current j_SEI < 0 and resistivity R_SEI on the metal.
:class:`PyBaMMSEIInterphase` publishes them as the contract's film variables

    eta_film = j L_SEI R_SEI,    R_film = L_SEI R_SEI,    j_film = j_SEI,
    metal in film = z_SEI (c_SEI - c_SEI,0) / z,

(j the interface's current density, z_SEI PyBaMM's "ratio of lithium moles to SEI moles", z
the metal's charge number, c_SEI the film's moles per area), with the electrode's own SEI
parameters (``"{Domain} electrode SEI ..."``, :class:`~pybamm_beyondli.parameters.
beyondli_parameters.BeyondLiParameters`).

PyBaMM's SEI growth reads the planar interface's potential under its half-cell name only;
:class:`PlanarSEIGrowth` runs the same law on either electrode by giving it that electrode's
surface potential difference under that name while it builds its equations.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.interphase.base_interphase import BaseInterphase

HALF_CELL_POTENTIAL = "Lithium metal interface surface potential difference [V]"


class PlanarSEIGrowth(pybamm.sei.SEIGrowth):
    """PyBaMM's :class:`pybamm.sei.SEIGrowth` on the planar metal interface of ``domain``
    (module docstring); other arguments as PyBaMM's."""

    def get_coupled_variables(self, variables: dict) -> dict:
        shadowed = variables.get(HALF_CELL_POTENTIAL)
        variables[HALF_CELL_POTENTIAL] = variables[
            names.surface_potential_difference(self.domain)]
        try:
            variables = super().get_coupled_variables(variables)
        finally:
            if shadowed is None:
                variables.pop(HALF_CELL_POTENTIAL, None)
            else:
                variables[HALF_CELL_POTENTIAL] = shadowed
        return variables


class PyBaMMSEIInterphase(BaseInterphase):
    """PyBaMM's SEI film on ``domain``'s metal interface as the contract's film variables
    (module docstring); its growth current is :class:`PyBaMMSEICurrent`'s (the SEI law reads
    the surface potential, which adds this film's drop)."""

    def get_coupled_variables(self, variables: dict) -> dict:
        domain, Domain = self.domain, self.domain.capitalize()
        phase = self.param.domain_params[domain].prim
        L_sei = variables[f"{Domain} SEI thickness [m]"]
        j = variables[names.interface_current_density(domain)]
        c_sei = variables[f"{Domain} SEI concentration [mol.m-2]"]
        c_sei_0 = phase.L_sei_0 / phase.V_bar_sei
        metal = phase.z_sei * (c_sei - c_sei_0) / self.param.metal.z
        R_film = L_sei * phase.R_sei
        variables.update(self._get_standard_variables(j * R_film, R_film, metal, L_sei))
        return variables


class PyBaMMSEICurrent(BaseInterphase):
    """PyBaMM's SEI growth current density on ``domain``'s metal as the contract's
    ``interphase_current_density``."""

    def get_coupled_variables(self, variables: dict) -> dict:
        j_sei = variables[
            f"{self.domain.capitalize()} electrode SEI interfacial current density [A.m-2]"]
        variables.update(self._get_standard_current_variables(j_sei))
        return variables
