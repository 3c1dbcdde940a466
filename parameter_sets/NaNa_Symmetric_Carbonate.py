"""Na ‖ Na symmetric cell with 1 M NaPF6 in EC:PC.

Electrolyte transport and separator are those of PyBaMM's ``Chayambuka2022`` Na-ion set
(Chayambuka et al. 2022, Electrochim. Acta 404, 139764: NaPF6 in EC:PC (1:1), measured D(c)
and κ(c), t+ = 0.45). Na-metal kinetics are estimated from the Na ‖ Na polarisation quoted in
the review digest (see :data:`J0_NA`). Metal properties come from :mod:`pybamm_beyondli.metals`.
"""

from __future__ import annotations

from pybamm.input.parameters.sodium_ion.Chayambuka2022 import (
    electrolyte_conductivity_Chayambuka2022,
    electrolyte_diffusivity_Chayambuka2022,
)

from pybamm_beyondli.parameter_sets._metal_electrode import SHINDE2023
from pybamm_beyondli.parameter_sets._planar_metal_cell import (
    binary_electrolyte,
    metal_electrodes,
    planar_metal_cell_parameters,
    power_law_exchange_current,
    separator,
)

#: Na|electrolyte exchange current density at 1 M [A.m-2] — ESTIMATED: no review gives one
#: (digest §1.2). Na ‖ Na polarises by 8 mV at 1 mA cm-2 [Shinde2023, digest §1.2]. An
#: estimate of ≈ 0.7 mV (Ohmic) + 2.9 mV (concentration) in the electrolyte at 1 mA cm-2 left
#: ≈ 2.2 mV per interface; the linearised Butler-Volmer law η = RT i / (F j0) then gave
#: j0 ≈ 120 A m-2 (12 mA cm-2). Measured in the model after 1 h at 1 mA cm-2: 0.70 mV Ohmic,
#: 3.94 mV concentration, 2.07 mV per interface, 8.9 mV in all (vs the quoted 8 mV).
#: That cell had an NaF-rich SEI, so carbonate cells may polarise more.
J0_NA = 120.0


def get_parameter_values() -> dict:
    """Na ‖ Na, 1 M NaPF6 in EC:PC (Chayambuka2022 transport), 100 µm Na foils."""
    values = planar_metal_cell_parameters("Na")
    values.update({
        "chemistry": "sodium_metal",
        # separator: 25 µm, porosity 0.55 [Chayambuka2022 set]
        **separator(25e-6, 0.55),
        # electrolyte: 1 M NaPF6 in EC:PC, t+ = 0.45, D(c) and κ(c) [Chayambuka2022]
        **binary_electrolyte(1000.0, 0.45, electrolyte_diffusivity_Chayambuka2022,
                             electrolyte_conductivity_Chayambuka2022),
        **metal_electrodes(
            # Na kinetics (estimated, see J0_NA); transfer coefficient 1/2 as in the
            # Chayambuka2022 set (_metal_electrode.TRANSFER_COEFFICIENT)
            # temperature dependence: Li|Li+ activation energy, ESTIMATED (_metal_electrode)
            exchange_current=power_law_exchange_current(J0_NA, 1000.0),
            # foils: 100 µm — ESTIMATED: Na foils are rolled by hand from ingots in lab
            # cells; no review gives a thickness; 100 µm is ≈ 11 mA h cm-2, ample for
            # 1 mA h cm-2 cycles
            initial_thickness=100e-6,
            # dead Na: ESTIMATED 10 % (CE 90 %): random/mossy deposits in liquids give
            # 80-90 % [Shinde2023, digest §1.6]; Na in carbonates without FEC degrades within
            # 50 cycles at 0.5 mA cm-2 [Shinde2023, digest §1.5]
            dead_fraction=0.10,
        ),
        "citations": ["Chayambuka2022", SHINDE2023],
    })
    return values
