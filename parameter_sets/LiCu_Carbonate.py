"""Li ‖ Cu cell with 1 M LiPF6 in EC:DMC for Coulombic-efficiency protocols.

A Li foil faces a bare Cu current collector.
Everything but the Cu electrode is the Li ‖ Li set ``LiLi_Symmetric_Carbonate`` (Xu et al.
2019 electrolyte, separator and kinetics; Valøen & Reimers 2005 transport). The positive
electrode is the Cu substrate: it starts without Li, and Li plated onto it forms the deposit
of the dead-metal submodel. Voltage is the Cu potential against Li: negative while Li
plates on Cu ("Discharge"), rising to the 1 V strip limit of Adams et al. (2018) when the Li
on Cu is exhausted ("Charge ... until 1 V").
"""

from __future__ import annotations

from pybamm_beyondli.parameter_sets._planar_metal_cell import bare_substrate
from pybamm_beyondli.parameter_sets.LiLi_Symmetric_Carbonate import (
    get_parameter_values as lili_parameter_values,
)


def get_parameter_values() -> dict:
    """Li ‖ Cu, 1 M LiPF6 in EC:DMC, 50 µm Li foil, bare Cu."""
    # bare Cu, 0.5 mA cm-2 and the +1 V strip limit of the Aurbach/Adams protocol: "strip
    # all Li to 1 V" [Adams2018] (bare_substrate; the cut-offs are the planar cells' ±1 V)
    return bare_substrate(lili_parameter_values())
