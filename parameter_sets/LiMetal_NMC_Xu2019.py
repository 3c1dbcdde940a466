"""Li metal ‖ NMC full cell with a liquid carbonate electrolyte and a finite 20 µm Li foil.

Starts from PyBaMM's ``Xu2019`` set (Li ‖ NMC532 half cell of Xu et al. (2019), J.
Electrochem. Soc. 166, A3456, with the LiPF6 EC:DMC electrolyte of Valoen & Reimers (2005)):
its cathode, electrolyte, separator, metal exchange-current density (given an Arrhenius
temperature dependence, :func:`._metal_electrode.arrhenius`) and example SEI values are
used unchanged (PyBaMM's module is imported, nothing is copied). This set adds the metal
(from :func:`pybamm_beyondli.metals.get_metal`, with the conventions shared by every metal
electrode set, :mod:`._metal_electrode`), a finite foil and the dead-metal law used by
:mod:`pybamm_beyondli.models.metal_anode`. The cell starts charged (all cyclable Li in the
foil, cathode at Xu2019's initial stoichiometry 0.096).

Use with ``MetalAnodeDFN``/``MetalAnodeSPMe``/``MetalAnodeSPM``; values are checked when
PyBaMM substitutes them (:mod:`pybamm_beyondli.submodels.parameter_checks`).
"""

from __future__ import annotations

from pybamm.input.parameters.lithium_ion import Xu2019

from pybamm_beyondli.parameter_sets._metal_electrode import (
    FARADAY_TRANS_1986,
    LI_CARBONATE_DEAD_FRACTION,
    SHINDE2023,
    TIAN2021,
    VARZI2020,
    XIANG2019,
    arrhenius,
    metal_electrode_parameters,
)

#: Li foil thickness [m]: the <20 µm upscaling target for Li-metal cells
#: (Varzi et al. 2020, J. Power Sources 480, 228803; review digest section 2).
FOIL_THICKNESS = 20e-6


def get_parameter_values() -> dict:
    """Parameters of a Li ‖ NMC cell with a 20 µm Li foil (PyBaMM ``Xu2019`` + metal)."""
    values = Xu2019.get_parameter_values()  # Xu2019, Valoen2005 (PyBaMM's set)
    values.update({
        "chemistry": "lithium_ion",
        # Li metal, transfer coefficient 1/2 (Xu2019's "charge transfer coefficient"),
        # coverage thickness, substrate floor, no nucleation barrier (_metal_electrode)
        **metal_electrode_parameters("Li"),
        # Xu2019's Li-metal j0 (3.5e-8 F c_Li^0.7 c_e^0.3) with E_a = 56 kJ/mol (1986 study)
        "Exchange-current density for lithium metal electrode [A.m-2]": arrhenius(
            Xu2019.li_metal_electrolyte_exchange_current_density_Xu2019),
        "Negative electrode initial metal thickness [m]": FOIL_THICKNESS,  # Varzi2020 target
        # ohmic drop across the foil uses PyBaMM's electrode thickness: the same foil
        "Negative electrode thickness [m]": FOIL_THICKNESS,  # Varzi2020 target
        # dead Li in LiPF6 EC:DMC on bare Li: CE 90 %, the value shared by every
        # Li-in-carbonate set (reasons at LI_CARBONATE_DEAD_FRACTION); constant
        "Dead metal fraction": LI_CARBONATE_DEAD_FRACTION,
        # substrate coverage floor 1e-8 (metal_kinetics): caps the stripping overpotential
        # of an exhausted anode at (RT/alpha F) ln(i/(j0 1e-8)) ~ 0.9 V at C/2, so that the
        # cell voltage stays above PyBaMM's experiment safety limit (lower cut-off - 1 V)
        # and the "metal anode exhausted" event, not that limit, ends a metal-limited step
        "Substrate coverage floor": 1e-8,
        "citations": ["Xu2019", "Valoen2005", SHINDE2023, VARZI2020, TIAN2021, XIANG2019,
                      FARADAY_TRANS_1986],
    })
    return values
