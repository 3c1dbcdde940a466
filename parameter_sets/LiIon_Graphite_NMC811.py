"""Graphite ‖ NMC811 lithium-ion cell of this package's common cell design: the Li-ion
reference the Na-ion and K-ion design sets are compared with
(``experiments/ion_chemistry_comparison.py``).

Design (:mod:`._ion_cells`): Chen2020's area, separator, porosities and volume fractions;
the NMC811 electrode holds 2 mA.h/cm2, the graphite 1.1 times that.

Materials from PyBaMM's ``Chen2020`` set (LG M50; C.-H. Chen et al., J. Electrochem. Soc.
167 (2020) 080534), read from PyBaMM's module: OCPs, exchange-current densities (with their
35 kJ/mol (graphite) and 17.8 kJ/mol (NMC) Arrhenius factors), diffusivities, particle radii
and conductivities, the LiPF6 EC:EMC electrolyte of Nyman et al. (2008) with Chen2020's
t+ = 0.2594, and the cycled windows of its electrodes (graphite 0.9014 -> 0.0279, NMC 0.2661
-> 0.9084). Capacities from the formulas: LiC6, 372 mA.h/g at 2.26 g/cm3 (graphite, CRC
Handbook; recall), and LiNi0.8Mn0.1Co0.1O2, 275.5 mA.h/g at 4.75 g/cm3 (ESTIMATED, NMC811
powders 4.7-4.8 g/cm3); Chen2020's own c_max (33133, 63104 mol/m3) are fitted values, 5 %
and 29 % above these.
"""

from __future__ import annotations

from pybamm.input.parameters.lithium_ion import Chen2020

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._ion_cells import (
    ActiveMaterial,
    DesignElectrode,
    design_cell,
    molar_mass,
)

#: Voltage limits [V] (Chen2020's)
VOLTAGE_LIMITS = (2.5, 4.2)
GRAPHITE = ActiveMaterial.from_formula("graphite (LiC6, per C6)", molar_mass({"C": 6}), 1,
                                       2260.0)
NMC811 = ActiveMaterial.from_formula(
    "LiNi0.8Mn0.1Co0.1O2", 6.94 + 0.8 * 58.693 + 0.1 * 54.938 + 0.1 * 58.933 + 2 * 15.999, 1,
    4750.0)

MATERIALS = {"negative": GRAPHITE, "positive": NMC811}


def get_parameter_values() -> dict:
    """Graphite ‖ NMC811 in the common design, charged to 4.2 V."""
    chen = Chen2020.get_parameter_values()
    negative = DesignElectrode(
        GRAPHITE, Chen2020.graphite_LGM50_ocp_Chen2020, 0.9014, 0.0279,
        radius=chen["Negative particle radius [m]"],
        rate_constant=Chen2020.graphite_LGM50_electrolyte_exchange_current_density_Chen2020,
        diffusivity=chen["Negative particle diffusivity [m2.s-1]"],
        rate_activation_energy=0.0, diffusivity_activation_energy=0.0,
        conductivity=chen["Negative electrode conductivity [S.m-1]"],
    )
    positive = DesignElectrode(
        NMC811, Chen2020.nmc_LGM50_ocp_Chen2020, 0.2661, 0.9084,
        radius=chen["Positive particle radius [m]"],
        rate_constant=Chen2020.nmc_LGM50_electrolyte_exchange_current_density_Chen2020,
        diffusivity=chen["Positive particle diffusivity [m2.s-1]"],
        rate_activation_energy=0.0, diffusivity_activation_energy=0.0,
        conductivity=chen["Positive electrode conductivity [S.m-1]"],
    )
    electrolyte = {name: chen[name] for name in (
        "Initial concentration in electrolyte [mol.m-3]", "Cation transference number",
        "Thermodynamic factor", "Electrolyte diffusivity [m2.s-1]",
        "Electrolyte conductivity [S.m-1]")}
    values = design_cell(negative, positive, electrolyte, VOLTAGE_LIMITS)
    values.update({"chemistry": "lithium_ion", "citations": cite("Chen2020", "Nyman2008")})
    return values
