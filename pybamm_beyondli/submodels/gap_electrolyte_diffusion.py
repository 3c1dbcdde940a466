"""Salt diffusion in the electrolyte gap between two planar metal electrodes.

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

For a metal of charge z > 1 the same equations hold with c the salt concentration in
equivalents (z times the cation concentration) and D the salt diffusivity; the parameter sets
of this package (Li, Na, K) have z = 1.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels.electrolyte_depletion import surface_concentration_variable
from pybamm_beyondli.submodels.parameter_checks import checked


class GapElectrolyteDiffusion(pybamm.electrolyte_diffusion.Full):
    """Full (Stefan-Maxwell) electrolyte diffusion in a separator bounded by two metal
    surfaces; adds the concentration at each metal surface as
    "{Domain} metal surface electrolyte concentration [mol.m-3]"."""

    def __init__(self, param: pybamm.LithiumIonParameters, options: dict | None = None) -> None:
        super().__init__(param, options)
        pybamm.citations.register("Doyle1993")

    def get_coupled_variables(self, variables: dict) -> dict:
        variables = super().get_coupled_variables(variables)
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        c_n = pybamm.boundary_value(c_e, "left")
        c_p = pybamm.boundary_value(c_e, "right")
        variables.update({
            surface_concentration_variable("negative"): c_n,
            surface_concentration_variable("positive"): c_p,
        })
        return variables

    def set_boundary_conditions(self, variables: dict) -> None:
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        c_e_conc = variables["Electrolyte concentration concatenation [mol.m-3]"]
        T = variables["Cell temperature [K]"]
        tor = variables["Electrolyte transport efficiency"]
        i_boundary_cc = variables["Current collector current density [A.m-2]"]
        param = self.param

        t_plus = checked(param.t_plus(c_e, T), "Cation transference number")

        def flux_bc(side: str) -> pybamm.Symbol:
            # ∂c/∂x = −(1 − t+) i / (ε^b D F) at a metal surface, with t+ and ε^b D each
            # extrapolated to the surface linearly, as the flux N_e extrapolates them
            # (module docstring); "linear" also under other extrapolation options
            t_plus_s = pybamm.boundary_value(t_plus, side, order="linear")
            tor_D_s = pybamm.boundary_value(tor * param.D_e(c_e, T), side, order="linear")
            return -(1 - t_plus_s) * i_boundary_cc / (param.F * tor_D_s)

        bcs = {"left": (flux_bc("left"), "Neumann"), "right": (flux_bc("right"), "Neumann")}
        self.boundary_conditions = {c_e: bcs, c_e_conc: bcs}
