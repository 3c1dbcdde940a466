"""Nernst potentials of the cathode's reactions (High, Low, Bottom), the cell's open-circuit
voltage and the reactions' overpotentials (the laws: :mod:`~pybamm_beyondli.submodels.
lithium_sulfur.reactions`).

Publishes, for j = High, Low, Bottom, ``"<j> plateau potential [V]"`` E_j, ``"<j> plateau
entropic change [V.K-1]"``, ``"<j> plateau exchange current [A]"``, ``"<j> plateau
overpotential [V]"`` (phi - E_j), ``"Open-circuit voltage [V]"`` (the mixed potential U)
and ``"Entropic change [V.K-1]"`` (dU/dT). Reads the concentrations, ``"Cathode potential
[V]"`` and ``"Cell temperature [K]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import reactions
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


class NernstPotentials(pybamm.BaseSubModel):
    """Nernst potentials, open-circuit voltage and overpotentials (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Marinescu2016")

    def get_coupled_variables(self, variables: dict) -> dict:
        T = variables["Cell temperature [K]"]
        phi = variables[names.CATHODE_POTENTIAL]
        out = reactions.open_circuit(self.param, reactions.concentrations(variables), T)
        for plateau in names.PLATEAUS:
            variables.update({
                names.nernst_potential(plateau): out["E"][plateau],
                names.entropic_change(plateau): out["dEdT"][plateau],
                names.exchange_current(plateau): out["i0"][plateau],
                names.overpotential(plateau): phi - out["E"][plateau],
            })
        variables["Open-circuit voltage [V]"] = out["U"]
        variables["Entropic change [V.K-1]"] = out["dUdT"]
        return variables
