"""Charge conservation in the electrolyte layer between two planar metal electrodes (a metal ‖
metal cell), for every member of the electrolyte family.

With no reaction inside the layer, the electrolyte current density equals the applied one, i,
everywhere, so the concentrated-solution Ohm's law (Doyle, Fuller & Newman 1993)

    i = -kappa eps^b [dphi_e/dx - chi R T / (F c) dc/dx]

integrates from the negative metal surface (phi_e(0) from the negative electrode,
:mod:`~pybamm_beyondli.submodels.planar_metal.electrode`):

    phi_e(x) = phi_e(0) + int_0^x chi R T / (F c) dc/dx dx - int_0^x i / (kappa eps^b) dx,

the concentration overpotential and the ohmic drop (PyBaMM evaluates them the same way in its
``_get_electrolyte_overpotentials``). kappa, chi = (1 + z)(1 - t+) TDF / z are the separator's
(``param.s.electrolyte``): a single-ion conductor has chi = 0 and the drop i L / (kappa eps^b).
No algebraic state is needed. :class:`GapElectrolyteCurrent` gives i_e = i and zero reaction
sources; :class:`GapElectrolytePotential` the integrated law and the electrolyte potential at
the positive surface (``surface_electrolyte_potential``).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels import variables as names


class GapElectrolyteCurrent(pybamm.BaseSubModel):
    """i_e(x) = i, the applied current density, on the cell edges (where PyBaMM evaluates
    fluxes); the volumetric reaction sources are zero (the reactions are at the ends)."""

    def get_coupled_variables(self, variables: dict) -> dict:
        i_cc = variables["Current collector current density [A.m-2]"]
        zero = pybamm.FullBroadcast(0, "separator", "current collector")
        variables.update({
            "Sum of volumetric interfacial current densities [A.m-3]": zero,
            "Sum of electrolyte reaction source terms [A.m-3]": zero,
            "Electrolyte current density [A.m-2]":
                pybamm.PrimaryBroadcastToEdges(i_cc, "separator"),
        })
        return variables


class GapElectrolytePotential(pybamm.BaseSubModel):
    """Electrolyte potential in the layer from the integrated Ohm's law (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Doyle1993")

    def get_coupled_variables(self, variables: dict) -> dict:
        electrolyte = self.param.s.electrolyte
        x_s = pybamm.standard_spatial_vars.x_s
        i_e = variables["Electrolyte current density [A.m-2]"]
        c_e = variables["Separator electrolyte concentration [mol.m-3]"]
        T = variables["Separator temperature [K]"]
        tor = variables["Separator electrolyte transport efficiency"]
        phi_e_n = variables[names.surface_electrolyte_potential("negative")]
        eta_c = pybamm.IndefiniteIntegral(
            electrolyte.chiRT_over_Fc(c_e, T) * pybamm.grad(c_e), x_s)
        ohmic = pybamm.IndefiniteIntegral(i_e / (electrolyte.kappa(c_e, T) * tor), x_s)
        phi_e = pybamm.PrimaryBroadcast(phi_e_n, "separator") + eta_c - ohmic
        eta_c_gap = pybamm.boundary_value(eta_c, "right")
        ohmic_gap = pybamm.boundary_value(ohmic, "right")
        variables.update({
            "Electrolyte potential [V]": phi_e,
            "Separator electrolyte potential [V]": phi_e,
            "X-averaged electrolyte potential [V]": pybamm.x_average(phi_e),
            names.surface_electrolyte_potential("positive"): phi_e_n + eta_c_gap - ohmic_gap,
            "X-averaged concentration overpotential [V]": pybamm.yz_average(eta_c_gap),
            "X-averaged electrolyte ohmic losses [V]": -pybamm.yz_average(ohmic_gap),
        })
        return variables
