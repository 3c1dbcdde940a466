"""Salt diffusion in an electrolyte bounded by planar metal surfaces, with a metal-surface
flux condition that conserves the salt exactly in PyBaMM's finite volumes.

One submodel, :class:`MetalSurfaceElectrolyteDiffusion`, used by the metal ‖ metal cell
(metal at both ends of the separator) and by the metal-anode full cells (metal at the left
end of the separator, the cathode current collector at the right).

PyBaMM's concentrated-solution mass balance (:class:`pybamm.electrolyte_diffusion.Full`;
Doyle, Fuller & Newman 1993; Marquis et al. 2019) holds unchanged in the gap,

    ε ∂c/∂t = −∂N/∂x,   N = −ε^b D(c, T) ∂c/∂x + t+(c, T) i_e / F,

with i_e the (uniform) electrolyte current density. Only the boundaries differ from PyBaMM's
porous-electrode cell: both ends of the gap are metal surfaces, where cations cross and anions
do not, so N = i/F at x = 0 (cations enter from the stripping electrode) and at x = L (they
leave into the plating electrode):

    −ε^b D ∂c/∂x = (1 − t+) i / F   at x = 0 and x = L.

This is PyBaMM's separator/metal condition (``flux_bc`` in ``Full``) at both ends, written so
that the discrete salt balance is exact. PyBaMM's finite volumes evaluate N on the cell edges:
at a boundary edge the Neumann value g stands for ∂c/∂x, and the node quantities ε^b D
(multiplying the gradient) and t+ (multiplying i_e, which is exactly i on every edge here) are
shifted to the edge by linear extrapolation of their node values
(``FiniteVolume.shift``), the same as ``pybamm.boundary_value(·, order="linear")``. With

    g = −(1 − t+|_s) i / (F (ε^b D)|_s),   ·|_s = boundary_value(·, order="linear"),

the boundary flux is −(ε^b D)|_s g + t+|_s i / F = i / F exactly, the same at both ends, so
the salt in the gap is conserved to round-off. ``flux_bc`` instead extrapolates the ratio
(1 − t+)/(ε^b D), which differs from the ratio of the extrapolations by O(Δx²) when D depends
on c; the salt then drifted (2.3e-5 relative over three 3 mA cm⁻² cycles on the default
30-point mesh). Both are consistent discretisations of the same condition.

In the metal-anode full cells PyBaMM's ``flux_bc`` at the metal let the total metal
inventory of the Li ‖ NMC set (SEI on) wander by up to 4.9e-7 (SPMe) and 5.3e-7 (DFN),
relative, over 100 1C cycles. With this condition: 6.7e-13 (SPMe) and 4.0e-8 (DFN); the
DFN's rest comes from the electrolyte current at the metal, which PyBaMM's conductivity
submodel extrapolates to the boundary edge in its own way (it is exactly i in the SPMe).

For a metal of charge z > 1 the same equations hold with c the salt concentration in
equivalents (z times the cation concentration) and D the salt diffusivity; the parameter sets
of this package (Li, Na, K) have z = 1.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import checked
from pybamm_beyondli.submodels.electrolyte_depletion import surface_concentration_variable

#: Electrode whose metal surface sits at each end of the electrolyte.
SIDE_DOMAIN = {"left": "negative", "right": "positive"}


class MetalSurfaceElectrolyteDiffusion(pybamm.electrolyte_diffusion.Full):
    """PyBaMM's Full (concentrated-solution) electrolyte diffusion with the metal-surface flux
    condition of this module at each end in ``metal_sides`` and no flux at the other end (a
    current collector, as in PyBaMM's half cell); publishes the concentration at each metal
    surface (``surface_concentration_variable`` of its electrode, read by the Sand's-time
    event).

    ``metal_sides``: ``("left", "right")`` for the metal ‖ metal cell (metal at both ends of
    the separator), ``("left",)`` for a metal-anode full cell (metal at x = 0, cathode
    current collector at the right). Other keyword arguments go to PyBaMM's ``Full``.
    """

    def __init__(self, param: pybamm.LithiumIonParameters, options: dict | None = None,
                 metal_sides: tuple[str, ...] = ("left", "right"), **kwargs) -> None:
        super().__init__(param, options, **kwargs)
        if not metal_sides or any(side not in SIDE_DOMAIN for side in metal_sides):
            raise InputError(f"metal_sides = {metal_sides!r} is not allowed; give 'left' "
                             "and/or 'right'")
        self.metal_sides = tuple(metal_sides)
        pybamm.citations.register("Doyle1993")

    def set_initial_conditions(self, variables: dict) -> None:
        """PyBaMM's ε c_e = ε0 c0, with ε0 and c0 checked on substitution (porosity in
        (0, 1], c0 > 0)."""
        super().set_initial_conditions(variables)
        eps_c_e = variables["Porosity times concentration [mol.m-3]"]
        c0 = checked(self.param.c_e_init, "Initial concentration in electrolyte [mol.m-3]")
        eps0 = pybamm.concatenation(*[  # "Separator porosity", "Positive electrode porosity"
            checked(self.param.domain_params[domain.split()[0]].epsilon_init,
                    f"{domain.capitalize()} porosity")
            for domain in self.options.whole_cell_domains])
        self.initial_conditions[eps_c_e] = eps0 * c0

    def get_coupled_variables(self, variables: dict) -> dict:
        variables = super().get_coupled_variables(variables)
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        for side in self.metal_sides:
            variables[surface_concentration_variable(SIDE_DOMAIN[side])] = (
                pybamm.boundary_value(c_e, side))
        return variables

    def set_boundary_conditions(self, variables: dict) -> None:
        bcs = {
            side: ((metal_surface_gradient(variables, self.param, side), "Neumann")
                   if side in self.metal_sides else (pybamm.Scalar(0), "Neumann"))
            for side in ("left", "right")
        }
        self.boundary_conditions = {
            variables["Electrolyte concentration [mol.m-3]"]: bcs,
            variables["Electrolyte concentration concatenation [mol.m-3]"]: bcs,
        }


def metal_surface_gradient(variables: dict, param, side: str) -> pybamm.Symbol:
    """∂c/∂x = −(1 − t+) i / (ε^b D F) at a metal surface at ``side`` of the electrolyte, with
    t+ and ε^b D each extrapolated to the surface linearly, as the flux N_e extrapolates them
    (module docstring); "linear" also under other extrapolation options. i is the current
    collector current density (positive: the metal at the left strips, the one at the right
    plates)."""
    c_e = variables["Electrolyte concentration [mol.m-3]"]
    T = variables["Cell temperature [K]"]
    tor = variables["Electrolyte transport efficiency"]
    i_boundary_cc = variables["Current collector current density [A.m-2]"]
    t_plus = checked(param.t_plus(c_e, T), "Cation transference number")
    t_plus_s = pybamm.boundary_value(t_plus, side, order="linear")
    D_e = checked(param.D_e(c_e, T), "Electrolyte diffusivity [m2.s-1]")  # if a number
    tor_D_s = pybamm.boundary_value(tor * D_e, side, order="linear")
    return -(1 - t_plus_s) * i_boundary_cc / (param.F * tor_D_s)
