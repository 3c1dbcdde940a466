"""Anode-free Cu ‖ NMC cell: bare Cu current collector, no initial Li, lithiated cathode.

The ``LiMetal_NMC_Xu2019`` set (PyBaMM's ``Xu2019`` cathode and electrolyte plus the Li metal
table) with zero initial metal and the cathode initially fully lithiated: the cell starts
discharged and all cyclable Li comes from the cathode on the first charge (the "plating
route", Varzi et al. 2020; review digest section 2). Each discharge ends when the plated Li
runs out, so the discharge capacity fades as CE^n.

"Nominal cell capacity" is ``LiMetal_NMC_Xu2019``'s, 3.82 mAh: the cathode capacity between
3.5 V (this set's initial, lithiated state) and 4.2 V, i.e. the Li a first full charge plates
(a C/2 CCCV charge to C/50 plates 3.81 mAh, 99.8 % of it). A discharge of a given fraction of
the nominal capacity is that fraction of the first charge.
"""

from __future__ import annotations

from pybamm.input.parameters.lithium_ion import Chen2020

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import LiMetal_NMC_Xu2019

_CHEN2020 = Chen2020.get_parameter_values()
#: Cu current collector conductivity [S.m-1]: PyBaMM's Chen2020 (LG M50) negative current
#: collector value (Chen et al. 2020, J. Electrochem. Soc. 167, 080534), 5.84e7 S/m, read
#: from PyBaMM's set.
CU_CONDUCTIVITY = _CHEN2020["Negative current collector conductivity [S.m-1]"]


def get_parameter_values() -> dict:
    """Parameters of an anode-free Cu ‖ NMC cell (``LiMetal_NMC_Xu2019`` with no Li)."""
    # includes "Nominal cell capacity [A.h]" = LiMetal_NMC_Xu2019.cathode_capacity = 3.82 mAh,
    # computed from Xu2019's cathode loading and its 4.2 V - 3.5 V OCP window: the Li this
    # cell's first charge takes from the cathode (kept: the window is the same)
    values = LiMetal_NMC_Xu2019.get_parameter_values()
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]  # Xu2019
    values.update({
        "Negative electrode initial metal thickness [m]": 0.0,  # anode-free: bare Cu
        # the bare Cu conducts the current (PyBaMM's lumped heat balance reads it)
        "Negative electrode conductivity [S.m-1]": CU_CONDUCTIVITY,  # Chen2020 Cu
        # fully lithiated cathode: OCP = Xu2019's lower cut-off 3.5 V (stoichiometry
        # 0.97800063, PyBaMM's half-cell electrode SOH: LiMetal_NMC_Xu2019.cathode_stoichiometry)
        "Initial concentration in positive electrode [mol.m-3]": c_max
        * LiMetal_NMC_Xu2019.cathode_stoichiometry(values["Lower voltage cut-off [V]"]),
    })
    values["citations"] = [*values["citations"], *cite("Chen2020")]
    return values
