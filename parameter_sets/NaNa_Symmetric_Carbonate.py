"""Na ‖ Na symmetric cell with 1 M NaPF6 in EC:PC.

Electrolyte transport and separator are those of PyBaMM's ``Chayambuka2022`` Na-ion set
(Chayambuka et al. 2022, Electrochim. Acta 404, 139764: NaPF6 in EC:PC (1:1), measured D(c)
and κ(c), t+ = 0.45). The Na-metal exchange current is fitted to the Na ‖ Na polarisation
quoted in the review digest (see :data:`J0_NA`; tests/test_nak_sets.py checks the fit).
Metal properties come from :mod:`pybamm_beyondli.parameters.metals`.
"""

from __future__ import annotations

from pybamm.input.parameters.sodium_ion.Chayambuka2022 import (
    electrolyte_conductivity_Chayambuka2022,
    electrolyte_diffusivity_Chayambuka2022,
)

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._electrolytes import napf6_ecpc_range
from pybamm_beyondli.parameter_sets._planar_metal_cell import (
    PLANAR_CELL_CITATIONS,
    binary_electrolyte,
    metal_electrodes,
    planar_metal_cell_parameters,
    power_law_exchange_current,
    separator,
)

#: Na|electrolyte exchange current density at 1 M [A.m-2], fitted to the Na ‖ Na
#: polarisation of [Shinde2023] (digest §1.2; no review gives a j0): "with an NaF-rich SEI,
#: Na//Na shows 8 / 50 / 70 mV at 1 / 5 / 10 mA cm-2", read as |cell voltage| at the end of
#: a 1 mA h cm-2 plating half-cycle from rest (the plateau; it settles within ~1 min).
#: Least squares of the relative residuals over the 1 and 5 mA cm-2 points (the standard
#: protocol's range): 126.8, rounded to 127. The model then gives 8.69 / 44.61 / 97.63 mV
#: (+8.6 / -10.8 / +39.5 %). 10 mA cm-2 cannot be fitted with the others: the electrolyte
#: alone (j0 -> infinity: 4.6 / 23.7 / 51.3 mV) already rises by 27.6 mV from 5 to
#: 10 mA cm-2, more than the measured 20 mV, and kinetics only add to that (fitting all
#: three gives j0 = 183 with -6.8 / -23.4 / +20.4 %). The measured cell's electrolyte is not
#: stated, and j0 absorbs its SEI resistance: an effective value for this set.
J0_NA = 127.0


def get_parameter_values() -> dict:
    """Na ‖ Na, 1 M NaPF6 in EC:PC (Chayambuka2022 transport), 100 µm Na foils."""
    values = planar_metal_cell_parameters("Na")
    values.update({
        "chemistry": "sodium_metal",
        # separator: 25 µm, porosity 0.55 [Chayambuka2022 set]
        **separator(25e-6, 0.55),
        # electrolyte: 1 M NaPF6 in EC:PC, t+ = 0.45, D(c) and κ(c) [Chayambuka2022]
        **binary_electrolyte(1000.0, 0.45, electrolyte_diffusivity_Chayambuka2022,
                             electrolyte_conductivity_Chayambuka2022, napf6_ecpc_range()),
        **metal_electrodes(
            # Na kinetics (fitted, see J0_NA); transfer coefficient 1/2 as in the
            # Chayambuka2022 set (_metal_electrode.TRANSFER_COEFFICIENT)
            # temperature dependence: Li|Li+ activation energy, ESTIMATED (_metal_electrode)
            exchange_current=power_law_exchange_current(J0_NA, 1000.0),
            # foils: 100 µm — ESTIMATED: Na foils are rolled by hand from ingots in lab
            # cells; no review gives a thickness; 100 µm is ≈ 11 mA h cm-2, ample for
            # 1 mA h cm-2 cycles
            initial_thickness=100e-6,
            # dead Na: ESTIMATED 10 % (CE 90 %): random/mossy deposits in liquids give
            # 80-90 % [Shinde2023, digest §1.6]; without FEC, Na cells deteriorate after
            # 50 cycles at 0.5 mA cm-2 [Shinde2023, digest §1.5]
            dead_fraction=0.10,
        ),
        "citations": cite("Chayambuka2022", *PLANAR_CELL_CITATIONS),
    })
    return values
