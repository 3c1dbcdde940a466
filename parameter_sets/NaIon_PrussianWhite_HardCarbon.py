"""Hard carbon ‖ Prussian white Na2Fe[Fe(CN)6] sodium-ion cell of this package's common cell
design (the Prussian-blue-analogue family of the reviews, against hard carbon).

Design (:mod:`._ion_cells`): the area, positive electrode, separator and volume fractions of
PyBaMM's Chen2020 (LG M50) cell; the hard-carbon electrode sized to hold 1.1 times the
positive's cycled capacity. The same design carries the layered-oxide and K-ion sets, so
that the chemistries compare cell for cell (``experiments/ion_chemistry_comparison.py``).

- **Prussian white**, Na2Fe[Fe(CN)6]: 2 Na per formula unit, 170.8 mA.h/g theoretical
  (the reviews' "170 mA h g-1 with few defects" [Tian2021, digest §4.1]). Density 1.8 g/cm3
  (Prussian blue, CRC Handbook; recall, not re-read). OCP: two plateaus of one Na each,
  3.20 V and 2.95 V vs Na (the high- and low-spin Fe couples; voltages ESTIMATED so that the
  average is the reviews' 3.06 V, 490 W h kg-1 at 160 mA h g-1 [Tian2021]), ideal-solution
  ends. Cycled from 3 % to 97 % sodiation. Kinetics and transport ESTIMATED (no values in
  the reviews): 0.5 um particles (the open framework is fast: "up to 15C" [Tian2021]), rate
  constant 1e-11 m^2.5 mol^-0.5 s^-1 (the order of the NVPF table of Chayambuka et al.),
  D = 1e-15 m2/s (D/R^2 = 4e-3 1/s); activation energies as the NVPF of
  :mod:`.NaIon_Chayambuka2022` (ESTIMATED).
- **Hard carbon**: 350 mA.h/g at 1.55 g/cm3 [Tian2021, digest §4.2] with the material
  functions of :mod:`.NaIon_Chayambuka2022` (part II OCP and rate-constant tables, part I
  GITT diffusivity times the factor fitted there, 3.48 um particles, 256 S/m, Arrhenius),
  cycled from 95 % to 2 % of its capacity.
- **Electrolyte**: 1 M NaPF6 in EC:PC of :mod:`.NaIon_Chayambuka2022`.
"""

from __future__ import annotations

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022 as hc_set
from pybamm_beyondli.parameter_sets._ion_cells import (
    ActiveMaterial,
    DesignElectrode,
    design_cell,
    molar_mass,
    plateau_ocp,
)

#: Voltage limits of the cell [V]: ESTIMATED around the plateaus (2.95-3.20 V vs Na, hard
#: carbon at 0.04-1 V vs Na)
VOLTAGE_LIMITS = (2.0, 3.8)

PRUSSIAN_WHITE = ActiveMaterial.from_formula(
    "Na2Fe[Fe(CN)6]", molar_mass({"Na": 2, "Fe": 2, "C": 6, "N": 6}), 2, 1800.0)
#: Hard carbon of commercial cells: ~350 mA.h/g at 1.55 g/cm3 [Tian2021, digest §4.2]
HARD_CARBON = ActiveMaterial("hard carbon", 1550.0, 350.0)
MATERIALS = {"negative": HARD_CARBON, "positive": PRUSSIAN_WHITE}
#: Average discharge potential of Prussian white vs Na [V] from the reviews: 490 W h kg-1 at
#: 160 mA h g-1 [Tian2021] (derived)
AVERAGE_POTENTIAL = 490 / 160
#: Plateaus (voltage vs Na [V], fraction of the capacity) in the order they are filled
PLATEAUS = [(3.20, 0.5), (2.95, 0.5)]


def hard_carbon_electrode(charged: float = 0.95, discharged: float = 0.02) -> DesignElectrode:
    """The hard-carbon electrode of the Na-ion design sets (module docstring)."""
    e_a = hc_set.ACTIVATION_ENERGIES
    return DesignElectrode(
        HARD_CARBON, hc_set.HC_ocp_Chayambuka2022, charged, discharged,
        radius=3.48e-6,  # Chayambuka part II
        rate_constant=hc_set.hard_carbon_exchange_current(),
        diffusivity=hc_set.hard_carbon_diffusivity(),
        rate_activation_energy=e_a["HC rate constant"],
        diffusivity_activation_energy=0.0,  # in hard_carbon_diffusivity already
        conductivity=256.0,  # Chayambuka part II
    )


def get_parameter_values() -> dict:
    """Hard carbon ‖ Prussian white in the common design, charged to 3.8 V."""
    e_a = hc_set.ACTIVATION_ENERGIES
    positive = DesignElectrode(
        PRUSSIAN_WHITE, plateau_ocp(PLATEAUS), 0.03, 0.97,
        radius=0.5e-6, rate_constant=1e-11, diffusivity=1e-15,
        rate_activation_energy=e_a["NVPF rate constant"],
        diffusivity_activation_energy=e_a["NVPF diffusivity"],
        conductivity=0.18,  # Chen2020's positive electrode (carbon-coated composite)
    )
    values = design_cell(hard_carbon_electrode(), positive, hc_set.electrolyte_parameters(),
                         VOLTAGE_LIMITS)
    values.update({
        "chemistry": "sodium_ion",
        "citations": cite("Chen2020", "Chayambuka2022", "Chayambuka2022a", "Tian2021",
                          "KomabaHC2025", "NVPFPathwayDFT", "Valoen2005", "Kuratani2013"),
    })
    return values
