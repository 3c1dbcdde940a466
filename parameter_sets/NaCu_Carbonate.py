"""Na ‖ Cu cell with 1 M NaPF6 in EC:PC, with the nucleation barrier of Na on bare Cu.

A Na foil faces a bare Cu current collector. Everything but the Cu electrode is the Na ‖ Na
set ``NaNa_Symmetric_Carbonate`` (Chayambuka et al. 2022 electrolyte and separator, Na
kinetics fitted to the digest's Na ‖ Na polarisation). The positive electrode is the Cu
substrate: it starts without Na, and the first Na plated onto it has to nucleate, which
needs the nucleation overpotential of Na on Cu, 44.9 mV [Shinde2023, review digest §1.2]
(:mod:`pybamm_beyondli.submodels.metal_kinetics`). Voltage is the Cu potential against Na:
negative while Na plates on Cu ("Discharge"), rising to the 1 V limit when the Na on Cu is
stripped off ("Charge ... until 1 V"), as in the Li ‖ Cu set.
"""

from __future__ import annotations

from pybamm_beyondli.parameter_sets._planar_metal_cell import bare_substrate
from pybamm_beyondli.parameter_sets.NaNa_Symmetric_Carbonate import (
    get_parameter_values as nana_parameter_values,
)

#: Nucleation overpotential of Na on Cu [V]: 44.9 mV [Shinde2023, digest §1.2: "Nucleation η
#: on Be 36.3, Mg 35.5, Ba 12.1, Al 53 and Cu 44.9 mV"]
NA_ON_CU_NUCLEATION_OVERPOTENTIAL = 0.0449


def get_parameter_values() -> dict:
    """Na ‖ Cu, 1 M NaPF6 in EC:PC, 100 µm Na foil, bare Cu with its nucleation barrier."""
    # bare Cu, 0.5 mA on 1 cm2 and the 1 V strip limit as in the Li ‖ Cu set: "strip all to
    # 1 V" [Adams2018] (bare_substrate); citations: the Na ‖ Na ones (Shinde2023 among them)
    # and Adams2018's Li ‖ Cu convention
    values = bare_substrate(nana_parameter_values())
    # Na on Cu: 44.9 mV [Shinde2023, digest §1.2]
    values["Positive electrode metal nucleation overpotential [V]"] = (
        NA_ON_CU_NUCLEATION_OVERPOTENTIAL)
    return values
