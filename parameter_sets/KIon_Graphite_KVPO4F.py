"""Graphite ‖ KVPO4F potassium-ion cell of this package's common cell design, with 0.8 M
KPF6 in EC:DEC.

Design (:mod:`._ion_cells`): Chen2020's area, separator, porosities and volume fractions;
the KVPO4F electrode holds 2 mA.h/cm2, the graphite 1.1 times that.

- **KVPO4F**: 1 K per formula unit, 131.4 mA.h/g theoretical (from the formula). Density
  3.13 g/cm3 from its Rietveld cell (Pna21, V = 864.68 A^3, Z = 8 formula units: Chihara,
  Katogi, Kubota, Komaba, Chem. Commun. 2017, ESI Table S1; derived). OCP: two plateaus of
  half the capacity each, 4.46 and 4.20 V vs K, ESTIMATED so that the average is the
  reviews' 4.33 V [Tian2021, digest §4.1] (Chihara et al. show two main dQ/dV features);
  cycled from 3 % to 97 % potassiation, charged to 4.5 V (the electrolyte oxidises above
  4.5 V vs K: Kim, Tian, Ceder, J. Electrochem. Soc. 167 (2020) 110555). Kinetics and
  transport ESTIMATED as the Prussian white of :mod:`.NaIon_PrussianWhite_HardCarbon`
  (0.5 um particles, k = 1e-11 m^2.5 mol^-0.5 s^-1, D = 1e-15 m2/s, the NVPF's activation
  energies of :mod:`.NaIon_Chayambuka2022`).
- **Graphite** (K): stage I KC8, 278.9 mA.h/g theoretical (279 [primary-parameters §5]);
  graphite density 2.26 g/cm3 (CRC Handbook; recall), which gives the C8 site density.
  OCP: the staging sequence C -> KC24 -> KC16 -> KC8 (Luo et al., Nano Lett. 2015, abstract
  [primary-parameters §5]) as three plateaus filled in that order, at 0.30, 0.20 and
  0.12 V vs K, ESTIMATED within the reviews' 0.1-0.3 V [digest §4.2, primary §5];
  cycled from 95 % to 2 % potassiation. Kinetics, diffusivity, particle size and
  conductivity: Chen2020's graphite (Li) values, ESTIMATED for K (no K-graphite values were
  found [primary-parameters §5]), with Chen2020's 35 kJ/mol on both.
- **Electrolyte**: 0.8 M KPF6 in EC:DEC [Tian2021, digest §4.2] with the transport of
  LiPF6 in EC:DMC (Valøen & Reimers 2005; t+ = 0.38), ESTIMATED as in
  :mod:`.KK_Symmetric_Carbonate` (K salts diffuse faster than Li salts [Dhir2023], so this
  is conservative).
"""

from __future__ import annotations

from pybamm.input.parameters.lithium_ion.Xu2019 import (
    electrolyte_conductivity_Valoen2005,
    electrolyte_diffusivity_Valoen2005,
)

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022 as hc_set
from pybamm_beyondli.parameter_sets._electrolytes import lipf6_carbonate_range
from pybamm_beyondli.parameter_sets._ion_cells import (
    ActiveMaterial,
    DesignElectrode,
    design_cell,
    molar_mass,
    plateau_ocp,
)

#: KPF6 concentration [mol.m-3] (0.8 M KPF6 EC:DEC [Tian2021, digest §4.2])
C_KPF6 = 800.0
#: Voltage limits of the full cell [V]: 4.5 V charge (KVPO4F below 4.5 V vs K + graphite)
VOLTAGE_LIMITS = (3.0, 4.5)
#: KVPO4F cell volume [A^3] and formula units per cell (Chihara et al. 2017, ESI Table S1)
KVPO4F_CELL_VOLUME, KVPO4F_FORMULA_UNITS = 864.68, 8
AVOGADRO = 6.02214076e23
_KVPO4F_MOLAR_MASS = molar_mass({"K": 1, "V": 1, "P": 1, "O": 4, "F": 1})
KVPO4F = ActiveMaterial.from_formula(
    "KVPO4F", _KVPO4F_MOLAR_MASS, 1,
    KVPO4F_FORMULA_UNITS * _KVPO4F_MOLAR_MASS / (AVOGADRO * KVPO4F_CELL_VOLUME * 1e-24) * 1e3)
GRAPHITE = ActiveMaterial.from_formula("graphite (KC8)", molar_mass({"C": 8}), 1, 2260.0)
MATERIALS = {"negative": GRAPHITE, "positive": KVPO4F}
#: Average discharge potential of KVPO4F vs K [V] [Tian2021, digest §4.1]
AVERAGE_POTENTIAL = 4.33
KVPO4F_PLATEAUS = [(4.46, 0.5), (4.20, 0.5)]
#: Graphite staging: KC24 (1/3 of KC8), KC16 (1/2), KC8 (1), plateaus in filling order
GRAPHITE_PLATEAUS = [(0.30, 1 / 3), (0.20, 1 / 2 - 1 / 3), (0.12, 1 / 2)]
#: Chen2020's graphite (LG M50): j0 = 6.48e-7 c_e^1/2 c_s^1/2 (c_max - c_s)^1/2, E_a 35
#: kJ/mol, D = 3.3e-14 m2/s, 5.86 um, 215 S/m; ESTIMATED for K (module docstring)
CHEN_GRAPHITE_RATE_CONSTANT = 6.48e-7 / 96485.33212
CHEN_GRAPHITE_ACTIVATION_ENERGY = 35e3


def kvpo4f_electrode() -> DesignElectrode:
    """The KVPO4F electrode (module docstring)."""
    e_a = hc_set.ACTIVATION_ENERGIES
    return DesignElectrode(
        KVPO4F, plateau_ocp(KVPO4F_PLATEAUS), 0.03, 0.97,
        radius=0.5e-6, rate_constant=1e-11, diffusivity=1e-15,
        rate_activation_energy=e_a["NVPF rate constant"],
        diffusivity_activation_energy=e_a["NVPF diffusivity"],
        conductivity=0.18,  # Chen2020's positive electrode
    )


def kpf6_electrolyte() -> dict:
    """0.8 M KPF6 in EC:DEC, ESTIMATED transport (module docstring)."""
    return {
        "Initial concentration in electrolyte [mol.m-3]": C_KPF6,
        "Cation transference number": 0.38,
        "Thermodynamic factor": 1.0,
        "Electrolyte diffusivity [m2.s-1]": electrolyte_diffusivity_Valoen2005,
        "Electrolyte conductivity [S.m-1]": electrolyte_conductivity_Valoen2005,
        **lipf6_carbonate_range(),
    }


def get_parameter_values() -> dict:
    """Graphite ‖ KVPO4F in the common design, charged to 4.5 V."""
    negative = DesignElectrode(
        GRAPHITE, plateau_ocp(GRAPHITE_PLATEAUS), 0.95, 0.02,
        radius=5.86e-6, rate_constant=CHEN_GRAPHITE_RATE_CONSTANT, diffusivity=3.3e-14,
        rate_activation_energy=CHEN_GRAPHITE_ACTIVATION_ENERGY,
        diffusivity_activation_energy=CHEN_GRAPHITE_ACTIVATION_ENERGY,
        conductivity=215.0,
    )
    values = design_cell(negative, kvpo4f_electrode(), kpf6_electrolyte(), VOLTAGE_LIMITS)
    values.update({
        "chemistry": "potassium_ion",
        "citations": cite("Chen2020", "Tian2021", "Chihara2017", "KimTianCeder2020",
                          "LuoGraphiteK2015", "Valoen2005", "Dhir2023",
                          "NVPFPathwayDFT", "KomabaHC2025"),
    })
    return values
