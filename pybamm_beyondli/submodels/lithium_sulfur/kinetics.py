"""The cathode reactions' currents and the charge balance of the sulfur cathode.

The currents i_H, i_L, i_B (High and Low plateau, Bottom: the last reduction step) are the
Butler-Volmer laws of :mod:`~pybamm_beyondli.submodels.lithium_sulfur.reactions` at the
cathode potential phi (vs Li). With I the cell current (positive on discharge) the cathode's
charge balance is

    "surface form" "differential":  C_dl a_r dphi/dt = i_H + i_L + i_B - I
    "surface form" "false":         0 = i_H + i_L + i_B - I    (Marinescu et al. 2016, eq. 5)

C_dl = ``"Cathode double-layer capacity [F.m-2]"`` on the reaction area a_r. The double layer
carries the fast part of a current step, which relaxes through the reactions (and is the charge
``pybamm.EISSimulation`` perturbs). phi starts at the open-circuit (mixed) potential of the
initial state.

Publishes ``"Cathode potential [V]"``, ``"High/Low/Bottom plateau reaction current [A]"``
and ``"Cathode double-layer current [A]"`` (I - i_H - i_L - i_B).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import reactions
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


class PlateauKinetics(pybamm.BaseSubModel):
    """The cathode's reactions and its charge balance (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Marinescu2016", "Kumaresan2008", "BardFaulkner2001")

    @property
    def differential(self) -> bool:
        return self.options["surface form"] == "differential"

    def get_fundamental_variables(self) -> dict:
        phi = pybamm.Variable(names.CATHODE_POTENTIAL, print_name="phi",
                              reference=self.param.voltage_low_cut)
        return {names.CATHODE_POTENTIAL: phi}

    def get_coupled_variables(self, variables: dict) -> dict:
        phi = variables[names.CATHODE_POTENTIAL]
        T = variables["Cell temperature [K]"]
        total = pybamm.Scalar(0)
        c = reactions.concentrations(variables)
        theta = reactions.shares(c)
        for plateau, (c_ox, c_red, q) in reactions.sides(c).items():
            current = reactions.reaction_current(self.param, plateau, c_ox, c_red, q,
                                                 theta[plateau], phi, T)
            variables[names.reaction_current(plateau)] = current
            total = total + current
        variables[names.DOUBLE_LAYER_CURRENT] = variables["Current [A]"] - total
        return variables

    def set_rhs(self, variables: dict) -> None:
        if self.differential:
            s = self.param.sulfur
            phi = variables[names.CATHODE_POTENTIAL]
            self.rhs = {phi: -variables[names.DOUBLE_LAYER_CURRENT] / (s.C_dl * s.a_r)}

    def set_algebraic(self, variables: dict) -> None:
        if not self.differential:
            phi = variables[names.CATHODE_POTENTIAL]
            # i_H + i_L + i_B - I, per reaction area [A.m-2]
            self.algebraic = {phi: -variables[names.DOUBLE_LAYER_CURRENT]
                              / self.param.sulfur.a_r}

    def set_initial_conditions(self, variables: dict) -> None:
        phi = variables[names.CATHODE_POTENTIAL]
        self.initial_conditions = {phi: reactions.initial_open_circuit_voltage(self.param)}
