"""Hard carbon ‖ layered oxide (O3-NaNi1/3Fe1/3Mn1/3O2) sodium-ion cell of this package's
common cell design (the layered-oxide family of the reviews, against hard carbon).

Design and hard carbon as :mod:`.NaIon_PrussianWhite_HardCarbon` (Chen2020's positive
electrode, separator and area; hard carbon of 350 mA.h/g with the Chayambuka et al. 2022
material functions, sized to 1.1 times the positive's cycled capacity; NaPF6 EC:PC).

- **Layered oxide**: O3-NaNi1/3Fe1/3Mn1/3O2, 1 Na per formula unit (240 mA.h/g
  theoretical); density ESTIMATED 4.5 g/cm3 (as :data:`.NaIon_Hakadi18650.POSITIVE`). OCP:
  the layered-oxide OCP identified from the Hakadi 18650 cell (:mod:`.NaIon_Hakadi18650`:
  the measured cell's open-circuit voltage plus the hard carbon's OCP), over the window it
  was identified on (10 % to 88.5 % sodiation), cycled from where the charged cell's
  open-circuit voltage is its 4.1 V cut-off to 88.5 %; it slopes from 4.16 to 1.95 V vs Na
  with a shoulder near 2.8 V, the steep, alkali-ordered profile the reviews describe for Na
  layered oxides (average 2.5-3.5 V [Tian2021, digest §4.1]). Rate constant as fitted
  there (8.2e-12 m^2.5 mol^-0.5 s^-1), diffusivity and particle size as estimated there
  (1e-12 m2/s, 5 um); activation energies as the NVPF of :mod:`.NaIon_Chayambuka2022`
  (ESTIMATED); Chen2020's electrode conductivity.
"""

from __future__ import annotations

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022 as hc_set
from pybamm_beyondli.parameter_sets import NaIon_Hakadi18650 as hakadi
from pybamm_beyondli.parameter_sets._ion_cells import (
    DesignElectrode,
    design_cell,
    stoichiometry_at_voltage,
)
from pybamm_beyondli.parameter_sets.NaIon_PrussianWhite_HardCarbon import (
    HARD_CARBON,
    hard_carbon_electrode,
)

#: Voltage limits [V]: those of the Hakadi cell whose layered oxide this is (SOURCE.md)
VOLTAGE_LIMITS = (hakadi.LOWER_VOLTAGE, hakadi.UPPER_VOLTAGE)
MATERIALS = {"negative": HARD_CARBON, "positive": hakadi.POSITIVE}
#: Review range of the average discharge potential of Na layered oxides vs Na [V]
#: [Tian2021, digest §4.1]
AVERAGE_POTENTIAL_RANGE = (2.5, 3.5)


def get_parameter_values() -> dict:
    """Hard carbon ‖ layered oxide in the common design, charged to 4.1 V."""
    e_a = hc_set.ACTIVATION_ENERGIES
    sto = hakadi.U_P_STO
    ocp = hakadi.LayeredOxideOCP(sto, hakadi.U_P_VALUES)
    # charged end: where the cell's open-circuit voltage is the upper cut-off (the OCP's
    # identified window reaches 4.16 V vs Na, above it)
    charged = stoichiometry_at_voltage(ocp, hard_carbon_electrode(), VOLTAGE_LIMITS[1],
                                       (float(sto[0]), float(sto[-1])))
    positive = DesignElectrode(
        hakadi.POSITIVE, ocp, charged, float(sto[-1]),
        radius=hakadi.RADIUS["positive"],
        rate_constant=hakadi.K_P_REFERENCE * hakadi.FITTED[
            "Positive electrode exchange-current density [A.m-2]"],
        diffusivity=hakadi.D_P_REFERENCE,
        rate_activation_energy=e_a["NVPF rate constant"],
        diffusivity_activation_energy=e_a["NVPF diffusivity"],
        conductivity=0.18,  # Chen2020's positive electrode
    )
    values = design_cell(hard_carbon_electrode(), positive, hc_set.electrolyte_parameters(),
                         VOLTAGE_LIMITS)
    values.update({
        "chemistry": "sodium_ion",
        "citations": cite("Chen2020", "Chayambuka2022", "Chayambuka2022a", "Tian2021",
                          "HakadiData", "KomabaHC2025", "NVPFPathwayDFT", "Valoen2005",
                          "Kuratani2013"),
    })
    return values
