"""Anode-free Cu ‖ NMC cell: bare Cu current collector, no initial Li, lithiated cathode.

The ``LiMetal_NMC_Xu2019`` set (PyBaMM's ``Xu2019`` cathode and electrolyte plus the Li metal
table) with zero initial metal and the cathode initially fully lithiated: the cell starts
discharged and all cyclable Li comes from the cathode on the first charge (the "plating
route", Varzi et al. 2020; review digest section 2). Each discharge ends when the plated Li
runs out, so the discharge capacity fades as CE^n.
"""

from __future__ import annotations

import pybamm
from pybamm.input.parameters.lithium_ion import Xu2019

from pybamm_beyondli.parameter_sets import LiMetal_NMC_Xu2019

#: Cu current collector thickness [m] and conductivity [S.m-1]: PyBaMM's Chen2020 (LG M50)
#: negative current collector values (Chen et al. 2020, J. Electrochem. Soc. 167, 080534).
CU_THICKNESS = 1.2e-5
CU_CONDUCTIVITY = 58411000.0


def lithiated_stoichiometry(voltage: float = 3.5) -> float:
    """Cathode stoichiometry at which Xu2019's NMC OCP equals ``voltage`` (bisection; the
    default is Xu2019's lower cut-off 3.5 V, i.e. the cathode as lithiated as the cell's
    voltage window allows)."""
    lo, hi = 0.5, 1.0  # OCP is monotonic decreasing here: 3.81 V at 0.5, 2.82 V at 1.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if float(Xu2019.nmc_ocp_Xu2019(pybamm.Scalar(mid)).evaluate()) > voltage:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


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
