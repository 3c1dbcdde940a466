"""Heat generated in a Li-S cell: its cathode reactions, its resistance and the shuttle.

    Q_rxn = sum_j i_j (E_j - phi)              "Irreversible electrochemical heating [W]"
    Q_ohm = I^2 R                              "Ohmic heating [W]"
    Q_rev = -sum_j i_j T dE_j/dT               "Reversible heating [W]"
    Q_sh  = I_sh (U - T dU/dT)                 "Shuttle heating [W]"
    Q     = Q_rxn + Q_ohm + Q_rev + Q_sh        "Total heating [W]"

i_j, E_j: the reaction currents and Nernst potentials (High, Low, Bottom), phi the cathode
potential, I the cell current, R the ohmic resistance (Nieto et al. 2012, eq. 1, summed over
the reactions as each has its own equilibrium potential). The shuttle reduces polysulfides at
the Li anode without passing current through the circuit, so the whole enthalpy of that
reaction, I_sh times the cell's open-circuit voltage U less its entropic part, is released as
heat (Hua et al. 2019, who take the cell voltage for U). Q_rxn and Q_ohm are >= 0.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


class LithiumSulfurHeating(pybamm.BaseSubModel):
    """Heat of the reactions, the resistance and the shuttle (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Nieto2012", "Hua2019")

    def get_coupled_variables(self, variables: dict) -> dict:
        T = variables["Cell temperature [K]"]
        phi = variables[names.CATHODE_POTENTIAL]
        current = variables["Current [A]"]
        q_rxn = pybamm.Scalar(0)
        q_rev = pybamm.Scalar(0)
        for plateau in names.PLATEAUS:
            i_j = variables[names.reaction_current(plateau)]
            q_rxn = q_rxn + i_j * (variables[names.nernst_potential(plateau)] - phi)
            q_rev = q_rev - i_j * T * variables[names.entropic_change(plateau)]
        q_ohm = current**2 * variables[names.OHMIC_RESISTANCE]
        U = variables["Open-circuit voltage [V]"]
        q_sh = variables[names.SHUTTLE_CURRENT] * (U - T * variables["Entropic change [V.K-1]"])
        variables.update({
            "Irreversible electrochemical heating [W]": q_rxn,
            "Ohmic heating [W]": q_ohm,
            "Reversible heating [W]": q_rev,
            "Shuttle heating [W]": q_sh,
            "Total heating [W]": q_rxn + q_ohm + q_rev + q_sh,
        })
        return variables
