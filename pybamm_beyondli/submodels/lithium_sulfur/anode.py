"""The Li metal anode of a Li-S cell: its inventory, the interphase the shuttle grows on it,
and exhaustion.

States: the Li metal n_Li [mol] and the sulfur bound in the anode interphase S_a [g of
sulfur, as Li2S]. With I the cell current (positive on discharge, which strips Li), the shuttle
current I_sh and deposition rate r_dep (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.shuttle`):

    dn_Li/dt = -(I + I_sh) / F                 (Faraday; the shuttle's electrons come from Li)
    dS_a/dt  = r_dep                           (shuttled sulfur reduced to Li2S on the Li)
    L_Li  = n_Li V_Li / A,      L_int = (S_a / M_S) V_int / A

with A the Li area (the cathode's reaction area a_r), V_Li = ``"Metal molar volume
[m3.mol-1]"`` and V_int = ``"Anode interphase molar volume [m3.mol-1]"`` (of Li2S per mol of
sulfur). This interphase law (growth in proportion to the shuttle's deposition, a dense Li2S
film) is the anode coupling of this model; an interphase submodel with its own growth law can
publish ``"Anode interphase sulfur mass [g]"``, ``"Anode interphase thickness [m]"`` and its
share of ``"Shuttle current [A]"`` instead.

Li is conserved: n_Li + sum_k l_k m_k / M_S + 2 (S_p + S_a) / M_S - C_dl a_r phi / F is
constant, with l_k the Li per sulfur atom of each dissolved species (S8 0, S4(2-) 1/2, S2(2-)
1, S(2-) 2), 2 for Li2S, and the last term the Li+ held by the cathode's double layer (with
``"surface form"`` ``"differential"``; phi the cathode potential: the layer takes up Li+ as
phi falls); published as ``"Total lithium [mol]"``.

Event ``"metal anode exhausted"``: n_Li reaches zero (a lean-Li cell ends by exhaustion).

Publishes ``"Lithium metal [mol]"``, ``"Lithium metal thickness [m]"``, ``"Anode interphase
sulfur mass [g]"``, ``"Anode interphase thickness [m]"``, ``"Total lithium [mol]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.lithium_sulfur import LITHIUM_PER_SULFUR, SPECIES
from pybamm_beyondli.submodels.lithium_sulfur import variables as names

#: The termination reason when the Li metal runs out (the name the metal-anode cells use).
EXHAUSTED = "metal anode exhausted"


class LithiumAnode(pybamm.BaseSubModel):
    """Li inventory, anode interphase and exhaustion (module docstring)."""

    def get_fundamental_variables(self) -> dict:
        s = self.param.sulfur
        li_scale = 2 * s.m_total / s.M_S  # the Li that lithiates all the sulfur to Li2S
        n_li = pybamm.Variable(names.LITHIUM, scale=li_scale, print_name="n_Li")
        s_a = pybamm.Variable(names.INTERPHASE_SULFUR, scale=s.m_total, print_name="m_a")
        area = s.anode_area
        return {
            names.LITHIUM: n_li,
            names.LITHIUM_THICKNESS: n_li * s.V_Li / area,
            names.INTERPHASE_SULFUR: s_a,
            names.INTERPHASE_THICKNESS: s_a / s.M_S * s.V_int / area,
        }

    def get_coupled_variables(self, variables: dict) -> dict:
        M_S = self.param.sulfur.M_S
        bound = sum((LITHIUM_PER_SULFUR[k] * variables[names.mass(k)] for k in SPECIES),
                    pybamm.Scalar(0))
        bound = bound + 2 * (variables[names.PRECIPITATED] + variables[names.INTERPHASE_SULFUR])
        total = variables[names.LITHIUM] + bound / M_S
        if self.options["surface form"] == "differential":
            s = self.param.sulfur
            total = total - (s.C_dl * s.a_r * variables[names.CATHODE_POTENTIAL]
                             / pybamm.constants.F)
        variables[names.TOTAL_LITHIUM] = total
        return variables

    def set_rhs(self, variables: dict) -> None:
        current = variables["Current [A]"] + variables[names.SHUTTLE_CURRENT]
        self.rhs = {
            variables[names.LITHIUM]: -current / pybamm.constants.F,
            variables[names.INTERPHASE_SULFUR]: variables[names.DEPOSITION_RATE],
        }

    def set_initial_conditions(self, variables: dict) -> None:
        s = self.param.sulfur
        self.initial_conditions = {variables[names.LITHIUM]: s.initial_lithium,
                                   variables[names.INTERPHASE_SULFUR]: s.Sa_init}

    def add_events_from(self, variables: dict) -> None:
        n_li = variables[names.LITHIUM]
        self.events.append(pybamm.Event(EXHAUSTED, n_li, pybamm.EventType.TERMINATION))
