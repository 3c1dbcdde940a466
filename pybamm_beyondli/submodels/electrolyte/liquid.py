"""``"electrolyte": "liquid"``: a salt solution between and in the electrodes.

Concentrated-solution mass balance for the salt (cation) concentration c of a z:1 salt
(Doyle, Fuller & Newman 1993; Newman & Thomas-Alyea 2004, ch. 12),

    eps dc/dt = -dN/dx + S / (z F),     N = -eps^b D(c, T) dc/dx + t+(c, T) i_e / (z F),

with S the electrolyte's reaction source (PyBaMM's ``"Sum of electrolyte reaction source
terms [A.m-3]"``), i_e the electrolyte current density and D, t+ the domain's properties
(``param.{s,p}.electrolyte``); for z = 1 this is PyBaMM's ``Full`` diffusion. At a metal surface
cations cross and anions do not, N = i / (z F), i.e.

    dc/dx = -(1 - t+|_s) i / (z F (eps^b D)|_s),     ·|_s = boundary_value(·, "linear"),

with t+ and eps^b D extrapolated to the surface as PyBaMM's finite volumes extrapolate the
flux's node quantities (``FiniteVolume.shift``), so that the discrete boundary flux is exactly
i / (z F) and the salt in the cell is conserved to round-off (PyBaMM's own ``flux_bc``
extrapolates the ratio (1 - t+) / (eps^b D), which differs by O(dx^2) when D depends on c).
Metal surfaces sit at the ends in ``metal_sides``: both for a metal ‖ metal cell, the left one
(x = 0) for a metal-anode full cell, whose right end is the cathode current collector (no flux).

:class:`LiquidDiffusion` publishes ``surface_concentration`` at each metal surface;
:class:`UniformLiquid` is the single-particle model's uniform electrolyte (PyBaMM's
``ConstantConcentration``), whose surface concentration is the initial one.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.submodels import variables as names

#: Electrode whose metal surface sits at each end of the electrolyte.
SIDE_DOMAIN = {"left": "negative", "right": "positive"}


def _check_sides(metal_sides: tuple[str, ...]) -> tuple[str, ...]:
    if not metal_sides or any(side not in SIDE_DOMAIN for side in metal_sides):
        raise InputError(f"metal_sides = {metal_sides!r} is not allowed; give 'left' and/or "
                         "'right'")
    return tuple(metal_sides)


class LiquidDiffusion(pybamm.electrolyte_diffusion.Full):
    """Salt diffusion and migration of a z:1 salt with metal-surface flux conditions (module
    docstring).

    Parameters
    ----------
    param : BeyondLiParameters
        The model's parameters.
    options : BeyondLiOptions
        The model's options.
    metal_sides : tuple of str
        ``("left", "right")`` (metal ‖ metal) or ``("left",)`` (metal-anode full cell).
    x_average_state : bool
        PyBaMM's ``Full`` argument (an algebraic x-average for composite conductivities).
    """

    def __init__(self, param, options=None, metal_sides: tuple[str, ...] = ("left", "right"),
                 x_average_state: bool = False) -> None:
        super().__init__(param, options, x_average_state=x_average_state)
        self.metal_sides = _check_sides(metal_sides)
        register("Doyle1993", "Newman2004")

    def _zF(self) -> pybamm.Symbol:
        return self.param.metal.z * self.param.F

    def get_coupled_variables(self, variables: dict) -> dict:
        variables = super().get_coupled_variables(variables)
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        T = variables["Cell temperature [K]"]
        i_e = variables["Electrolyte current density [A.m-2]"]
        N_diffusion = variables["Electrolyte diffusion flux [mol.m-2.s-1]"]
        N_convection = variables["Electrolyte convection flux [mol.m-2.s-1]"]
        N_migration = self.param.t_plus(c_e, T) * i_e / self._zF()
        variables.update(self._get_standard_flux_variables(
            N_diffusion + N_migration + N_convection))
        variables["Electrolyte migration flux [mol.m-2.s-1]"] = N_migration
        for side in self.metal_sides:
            variables[names.surface_concentration(SIDE_DOMAIN[side])] = (
                pybamm.boundary_value(c_e, side))
        return variables

    def set_rhs(self, variables: dict) -> None:
        eps_c_e = variables["Porosity times concentration [mol.m-3]"]
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        N_e = variables["Electrolyte flux [mol.m-2.s-1]"]
        div_Vbox = variables["Transverse volume-averaged acceleration [m.s-2]"]
        source = variables["Sum of electrolyte reaction source terms [A.m-3]"] / self._zF()
        self.rhs = {eps_c_e: -pybamm.div(N_e) + source - c_e * div_Vbox}

    def set_boundary_conditions(self, variables: dict) -> None:
        bcs = {
            side: ((self._surface_gradient(variables, side), "Neumann")
                   if side in self.metal_sides else (pybamm.Scalar(0), "Neumann"))
            for side in ("left", "right")
        }
        self.boundary_conditions = {
            variables["Electrolyte concentration [mol.m-3]"]: bcs,
            variables["Electrolyte concentration concatenation [mol.m-3]"]: bcs,
        }

    def _surface_gradient(self, variables: dict, side: str) -> pybamm.Symbol:
        """dc/dx at a metal surface at ``side`` (module docstring); i is the current
        collector current density (positive: the metal on the left strips, the one on the
        right plates)."""
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        T = variables["Cell temperature [K]"]
        tor = variables["Electrolyte transport efficiency"]
        i = variables["Current collector current density [A.m-2]"]
        t_plus_s = pybamm.boundary_value(self.param.t_plus(c_e, T), side, order="linear")
        tor_D_s = pybamm.boundary_value(tor * self.param.D_e(c_e, T), side, order="linear")
        return -(1 - t_plus_s) * i / (self._zF() * tor_D_s)


class UniformLiquid(pybamm.electrolyte_diffusion.ConstantConcentration):
    """The uniform electrolyte of a single-particle model (PyBaMM's ``ConstantConcentration``)
    with the ``surface_concentration`` of the metal surfaces at ``metal_sides``."""

    def __init__(self, param, options=None, metal_sides: tuple[str, ...] = ("left",)) -> None:
        super().__init__(param, options)
        self.metal_sides = _check_sides(metal_sides)

    def get_coupled_variables(self, variables: dict) -> dict:
        variables = super().get_coupled_variables(variables)
        c_e = variables["X-averaged electrolyte concentration [mol.m-3]"]
        for side in self.metal_sides:
            variables[names.surface_concentration(SIDE_DOMAIN[side])] = c_e
        return variables
