"""K metal ‖ KVPO4F half cell with 0.8 M KPF6 in EC:DEC: the K-ion cathode of
:mod:`.KIon_Graphite_KVPO4F` against a 100 um K foil, for ``MetalAnodeDFN`` /
``MetalAnodeSPMe`` / ``MetalAnodeSPM``.

- **Cathode, separator, electrolyte, area**: those of :mod:`.KIon_Graphite_KVPO4F` (the
  common design: KVPO4F holding 2 mA.h/cm2; 0.8 M KPF6 in EC:DEC with ESTIMATED
  LiPF6-carbonate transport).
- **K metal**: the metal's properties and the metal-interface conventions of
  :mod:`._metal_electrode` (``metal_electrode_parameters("K")``); exchange current, foil
  thickness and dead-metal fraction of :mod:`.KK_Symmetric_Carbonate` (all ESTIMATED
  there: j0 = 12.7 A/m2 at 0.8 M with the Li|Li+ activation energy, 100 um foil, 15 % dead
  K per stripping); :mod:`._thermal`'s lumped-thermal rows for a K layer.

The cell starts charged (KVPO4F at 3 % potassiation, the K in the foil); 1C is the
cathode's cycled capacity. Limits 3.0-4.6 V vs K (4.6 V: the second plateau, 4.46 V, is
reached; the electrolyte oxidises above 4.5 V vs K [Kim, Tian & Ceder 2020], which this
set does not model).
"""

from __future__ import annotations

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import KIon_Graphite_KVPO4F as kion
from pybamm_beyondli.parameter_sets._ion_cells import AREAL_CAPACITY, DESIGN, design_cell
from pybamm_beyondli.parameter_sets._metal_electrode import (
    METAL_CITATIONS,
    metal_electrode_parameters,
    metal_layer_thickness,
)
from pybamm_beyondli.parameter_sets._planar_metal_cell import power_law_exchange_current
from pybamm_beyondli.parameter_sets._thermal import full_cell_thermal_parameters
from pybamm_beyondli.parameter_sets.KK_Symmetric_Carbonate import C_KPF6, J0_K

VOLTAGE_LIMITS = (3.0, 4.6)
MATERIALS = {"positive": kion.KVPO4F}
#: K foil thickness [m]: ESTIMATED 100 um as the K | K set (KK_Symmetric_Carbonate)
FOIL_THICKNESS = 100e-6
#: Dead K per stripping: ESTIMATED 15 % as the K | K set (KK_Symmetric_Carbonate)
DEAD_FRACTION = 0.15


def get_parameter_values() -> dict:
    """K ‖ KVPO4F half cell, charged (module docstring)."""
    full = design_cell(kion.kvpo4f_electrode(), kion.kvpo4f_electrode(),
                       kion.kpf6_electrolyte(), VOLTAGE_LIMITS)
    # the porous negative electrode of the full cell is replaced by the metal layer
    values = {name: value for name, value in full.items()
              if "egative" not in name or "Bruggeman" in name}
    area = DESIGN["Electrode height [m]"] * DESIGN["Electrode width [m]"]
    values.update({
        "chemistry": "potassium_metal",
        "Nominal cell capacity [A.h]": AREAL_CAPACITY * area,
        "Current function [A]": AREAL_CAPACITY * area,
        **metal_electrode_parameters("K"),
        "Negative electrode metal exchange-current density [A.m-2]":
            power_law_exchange_current(J0_K, C_KPF6),
        "Negative electrode initial metal thickness [m]": FOIL_THICKNESS,
        "Negative electrode thickness [m]": metal_layer_thickness("Negative"),
        "Negative electrode dead metal fraction": DEAD_FRACTION,
        **full_cell_thermal_parameters("K"),
        "citations": cite("Chen2020", "Tian2021", "Chihara2017", "KimTianCeder2020",
                          "Valoen2005", "Dhir2023", "Shinde2023", "Xiang2019",
                          *METAL_CITATIONS),
    })
    return values
