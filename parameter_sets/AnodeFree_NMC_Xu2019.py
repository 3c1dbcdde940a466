"""Anode-free Cu ‖ NMC cell: bare Cu current collector, no initial Li, lithiated cathode.

The ``LiMetal_NMC_Xu2019`` set (PyBaMM's ``Xu2019`` cathode and electrolyte plus the Li metal
table) with zero initial metal and the cathode initially fully lithiated: the cell starts
discharged and all cyclable Li comes from the cathode on the first charge (the "plating
route", Varzi et al. 2020; review digest section 2). Each discharge ends when the plated Li
runs out, so the discharge capacity fades as CE^n.
"""

from __future__ import annotations

import functools

import pybamm
from pybamm.models.full_battery_models.lithium_ion.electrode_soh_half_cell import (
    get_min_max_stoichiometries as half_cell_stoichiometries,
)

from pybamm_beyondli.parameter_sets import LiMetal_NMC_Xu2019

#: Cu current collector thickness [m] and conductivity [S.m-1]: PyBaMM's Chen2020 (LG M50)
#: negative current collector values (Chen et al. 2020, J. Electrochem. Soc. 167, 080534).
CU_THICKNESS = 1.2e-5
CU_CONDUCTIVITY = 58411000.0


@functools.lru_cache
def lithiated_stoichiometry(voltage: float = 3.5) -> float:
    """Cathode stoichiometry at which Xu2019's NMC OCP equals ``voltage``: x_0 of PyBaMM's
    half-cell electrode SOH (``ElectrodeSOHHalfCell``, working electrode positive) with the
    0 % SOC voltage set to ``voltage``. The default is Xu2019's lower cut-off 3.5 V, i.e. the
    cathode as lithiated as the cell's voltage window allows (0.97800063)."""
    values = pybamm.ParameterValues(LiMetal_NMC_Xu2019.get_parameter_values())
    values.update({"Open-circuit voltage at 0% SOC [V]": voltage})
    return float(half_cell_stoichiometries(values)["x_0"])


def get_parameter_values() -> dict:
    """Parameters of an anode-free Cu ‖ NMC cell (``LiMetal_NMC_Xu2019`` with no Li)."""
    values = LiMetal_NMC_Xu2019.get_parameter_values()
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]  # Xu2019
    values.update({
        "Negative electrode initial metal thickness [m]": 0.0,  # anode-free: bare Cu
        "Negative electrode thickness [m]": CU_THICKNESS,  # Chen2020 Cu collector
        "Negative electrode conductivity [S.m-1]": CU_CONDUCTIVITY,  # Chen2020 Cu
        # fully lithiated cathode: OCP = Xu2019's lower cut-off 3.5 V (stoichiometry ~0.98)
        "Initial concentration in positive electrode [mol.m-3]": c_max
        * lithiated_stoichiometry(values["Lower voltage cut-off [V]"]),
    })
    values["citations"] = [
        *values["citations"],
        "Chen2020",
    ]
    return values
