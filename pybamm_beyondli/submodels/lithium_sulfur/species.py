"""Sulfur species of a zero-dimensional Li-S cell: their mass balances (Marinescu et al. 2016,
eqs. 8a-8e, with the last reduction step S2(2-) -> S(2-) of Kumaresan et al. 2008 and the
shuttle's deposition at the anode added).

States (grams of sulfur): the dissolved S8, S4(2-), S2(2-), S(2-) and the precipitated Li2S,
S_p. With i_H, i_L, i_B the reaction currents (positive when reducing; High and Low take 4
electrons per reaction as written, Bottom 2), M_S the sulfur molar mass, r_p the
precipitation rate, r_sh the shuttle rate (dissolved S8 reduced at the anode) and f_d the
fraction of it deposited in the anode interphase:

    dS8/dt = -8 M_S i_H / (4 F) - r_sh
    dS4/dt = +8 M_S i_H / (4 F) + (1 - f_d) r_sh - 4 M_S i_L / (4 F)
    dS2/dt = +2 M_S i_L / (4 F) - 2 M_S i_B / (2 F)
    dS/dt  = +2 M_S i_L / (4 F) + 2 M_S i_B / (2 F) - r_p
    dSp/dt = +r_p

so that S8 + S4 + S2 + S + Sp + S_a is constant, S_a being the sulfur in the anode interphase
(:mod:`~pybamm_beyondli.submodels.lithium_sulfur.anode`, dS_a/dt = f_d r_sh).

Reads ``"High/Low/Bottom plateau reaction current [A]"``, ``"Precipitation rate [g.s-1]"``,
``"Shuttle rate [g.s-1]"``, ``"Shuttle deposition rate [g.s-1]"``. Publishes the masses
``"<k> mass [g]"``, concentrations ``"<k> concentration [mol.L-1]"`` (c = m / (n_k M_S v), v the
electrolyte volume), ``"Precipitated sulfur mass [g]"``, ``"Dissolved sulfur mass [g]"`` and
(with the anode's interphase) ``"Total sulfur mass [g]"``. Parameters: the initial masses, M_S,
v (:class:`~pybamm_beyondli.parameters.lithium_sulfur.LithiumSulfurParameters`).

The states are scaled by the cell's total sulfur (the dissolved sulfide S by its saturation
mass), so that the solver's tolerances are relative to the amounts a cell holds.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.parameters.lithium_sulfur import ATOMS, ELECTRONS, SPECIES
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


class SulfurSpecies(pybamm.BaseSubModel):
    """Masses of the dissolved species and of the precipitate (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Marinescu2016")

    def get_fundamental_variables(self) -> dict:
        s = self.param.sulfur
        variables = {}
        for k in SPECIES:
            scale = s.S_star if k == "S" else s.m_total
            mass = pybamm.Variable(names.mass(k), scale=scale, print_name=f"m_{k}")
            variables[names.mass(k)] = mass
            variables[names.concentration(k)] = s.concentration(k, mass)
        Sp = pybamm.Variable(names.PRECIPITATED, scale=s.m_total, print_name="m_p")
        dissolved = sum((variables[names.mass(k)] for k in SPECIES), pybamm.Scalar(0))
        variables.update({names.PRECIPITATED: Sp, names.DISSOLVED: dissolved})
        return variables

    def get_coupled_variables(self, variables: dict) -> dict:
        variables[names.TOTAL_SULFUR] = (variables[names.DISSOLVED]
                                         + variables[names.PRECIPITATED]
                                         + variables[names.INTERPHASE_SULFUR])
        return variables

    def set_rhs(self, variables: dict) -> None:
        M_S = self.param.sulfur.M_S
        F = pybamm.constants.F
        i_H = variables[names.reaction_current("High")]
        i_L = variables[names.reaction_current("Low")]
        i_B = variables[names.reaction_current("Bottom")]
        r_p = variables[names.PRECIPITATION_RATE]
        r_sh = variables[names.SHUTTLE_RATE]
        r_dep = variables[names.DEPOSITION_RATE]
        high = ATOMS["S8"] * M_S * i_H / (ELECTRONS["High"] * F)  # g of S8 reduced per s
        low = M_S * i_L / (ELECTRONS["Low"] * F)  # per sulfur atom of S4 reduced
        bottom = ATOMS["S2"] * M_S * i_B / (ELECTRONS["Bottom"] * F)  # g of S2 reduced per s
        m = {k: variables[names.mass(k)] for k in SPECIES}
        self.rhs = {
            m["S8"]: -high - r_sh,
            m["S4"]: high + (r_sh - r_dep) - ATOMS["S4"] * low,
            m["S2"]: ATOMS["S2"] * low - bottom,
            m["S"]: 2 * ATOMS["S"] * low + bottom - r_p,
            variables[names.PRECIPITATED]: r_p,
        }

    def set_initial_conditions(self, variables: dict) -> None:
        s = self.param.sulfur
        self.initial_conditions = {variables[names.mass(k)]: s.initial_mass[k]
                                   for k in SPECIES}
        self.initial_conditions[variables[names.PRECIPITATED]] = s.Sp_init
