"""Charge conservation in the electrolyte gap between two planar metal electrodes.

PyBaMM's concentrated-solution Ohm's law (:class:`pybamm.electrolyte_conductivity.Full`;
Doyle, Fuller & Newman 1993),

    i_e = κ(c, T) ε^b [ χ(c, T) R T / (F c) ∂c/∂x − ∂φ_e/∂x ],   ∂i_e/∂x = 0,

with χ = 2 (1 − t+) (thermodynamic factor) as in :meth:`pybamm.LithiumIonParameters.chi`.
With no reaction inside the gap, i_e equals the applied current density i everywhere, so the
potential follows by integration from the negative metal surface (where φ_e = φ_s,n − Δφ_n,
Δφ_n the surface potential difference of the negative interface kinetics):

    φ_e(x) = φ_e(0) + ∫₀ˣ χ R T / (F c) ∂c/∂x dx − ∫₀ˣ i / (κ ε^b) dx.

The two integrals are the concentration overpotential and the Ohmic drop of the electrolyte
(PyBaMM evaluates them the same way in ``_get_electrolyte_overpotentials``). No algebraic
state is needed.

The mechanism is split in two submodels so that PyBaMM can resolve the coupling
current → salt flux → surface concentration → kinetics → potential:
:class:`GapElectrolyteCurrent` (∂i_e/∂x = 0, i_e = i) and :class:`GapElectrolytePotential`
(the integrated Ohm's law).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.checks import checked


class GapElectrolyteCurrent(pybamm.BaseSubModel):
    """Charge conservation without reaction in the gap: i_e(x) = i, the applied current
    density; the volumetric reaction terms of PyBaMM's electrolyte equations are zero (the
    reactions are at the boundaries)."""

    def get_coupled_variables(self, variables: dict) -> dict:
        i_cc = variables["Current collector current density [A.m-2]"]
        zero = pybamm.FullBroadcast(0, "separator", "current collector")
        variables.update({
            "Sum of volumetric interfacial current densities [A.m-3]": zero,
            "Sum of electrolyte reaction source terms [A.m-3]": zero,
        })
        # on the cell edges, where PyBaMM evaluates fluxes (as its grad-based i_e)
        variables["Electrolyte current density [A.m-2]"] = pybamm.PrimaryBroadcastToEdges(
            i_cc, "separator"
        )
        return variables


class GapElectrolytePotential(pybamm.BaseSubModel):
    """Electrolyte potential in the gap from the concentrated-solution Ohm's law."""

    def __init__(self, param: pybamm.LithiumIonParameters, options: dict | None = None) -> None:
        super().__init__(param, options=options)
        pybamm.citations.register("Doyle1993")

    def get_coupled_variables(self, variables: dict) -> dict:
        param = self.param
        x_s = pybamm.standard_spatial_vars.x_s
        i_e = variables["Electrolyte current density [A.m-2]"]
        c_e = variables["Separator electrolyte concentration [mol.m-3]"]
        T = variables["Separator temperature [K]"]
        tor = variables["Separator electrolyte transport efficiency"]
        # equipotential negative foil: φ_s,n = φ of the negative current collector
        phi_s_n = variables["Negative current collector potential [V]"]
        delta_phi_n = variables["Negative metal surface potential difference [V]"]

        phi_e_n = phi_s_n - delta_phi_n
        eta_c = pybamm.IndefiniteIntegral(
            param.chiRT_over_Fc(c_e, T) * pybamm.grad(c_e), x_s
        )
        kappa = checked(param.kappa_e(c_e, T), "Electrolyte conductivity [S.m-1]")  # if a number
        ohmic = pybamm.IndefiniteIntegral(i_e / (kappa * tor), x_s)
        phi_e = pybamm.PrimaryBroadcast(phi_e_n, "separator") + eta_c - ohmic
        eta_c_gap = pybamm.boundary_value(eta_c, "right")
        ohmic_gap = pybamm.boundary_value(ohmic, "right")
        phi_e_p = phi_e_n + eta_c_gap - ohmic_gap

        variables.update({
            "Electrolyte potential [V]": phi_e,
            "Separator electrolyte potential [V]": phi_e,
            "X-averaged electrolyte potential [V]": pybamm.x_average(phi_e),
            "Negative metal surface electrolyte potential [V]": phi_e_n,
            "Positive metal surface electrolyte potential [V]": phi_e_p,
            "X-averaged concentration overpotential [V]": pybamm.yz_average(eta_c_gap),
            "X-averaged electrolyte ohmic losses [V]": -pybamm.yz_average(ohmic_gap),
        })
        return variables
