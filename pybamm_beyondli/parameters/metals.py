"""Properties of the metal anodes: Li, Na, K, Mg, Zn, Ca, Al.

One table used by every metal-anode parameter set. Sources:

- charge number z and standard potentials E° vs SHE: the review digest
  (``shared/literature``): Li −3.04, Na −2.71, K −2.93 V [Xiang2019, Shinde2023]; Mg −2.37,
  Zn −0.76, Ca −2.87 V [Tian2021, Shinde2023]. Al −1.66 V is not in the reviews: CRC Handbook
  of Chemistry and Physics, 97th ed. (2016), "Electrochemical series".
- molar masses: IUPAC standard atomic weights (abridged, 2021).
- densities: Li, Mg, Zn, Ca, Al from the reviews' volumetric/gravimetric capacities
  (Shinde2023, Tian2021; derived as ρ = Q_vol/Q_grav), Na and K from the CRC Handbook,
  97th ed. (at 20 °C). The molar masses reproduce the reviews' gravimetric capacities zF/M
  within 0.5 %, and the densities their volumetric capacities zFρ/M (Li, Mg, Zn).
- melting points: Li 180.5 °C [Xiang2019]; Na (97.79 °C; 98 °C in Tian2021), K, Mg, Zn, Ca,
  Al from the CRC Handbook, 97th ed.
- molar heat capacities C_p at 25 °C and thermal conductivities at 300 K: CRC Handbook of
  Chemistry and Physics, 97th ed. (2016), "Heat capacity of the elements at 25 °C" and
  "Thermal conductivity of metals and semiconductors as a function of temperature" (used by
  the lumped thermal models for the metal layer).
"""

from __future__ import annotations

from dataclasses import dataclass

import pybamm

from pybamm_beyondli.errors import UnknownNameError

FARADAY = pybamm.constants.F.value  # [C.mol-1], PyBaMM's (CODATA 2018), as in the models
ALLOWED_CHARGE_NUMBERS = (1, 2, 3)


@dataclass(frozen=True)
class Metal:
    """A metal anode: symbol, charge number z of its ion, and bulk properties (SI units)."""

    symbol: str
    name: str
    z: int
    molar_mass: float  # [kg.mol-1]
    density: float  # [kg.m-3]
    standard_potential: float  # [V] vs SHE
    melting_point: float  # [K]
    molar_heat_capacity: float  # [J.mol-1.K-1]
    thermal_conductivity: float  # [W.m-1.K-1]

    @property
    def specific_heat_capacity(self) -> float:
        """c_p = C_p / M [J.kg-1.K-1]."""
        return self.molar_heat_capacity / self.molar_mass

    @property
    def molar_volume(self) -> float:
        """V_m = M / ρ [m3.mol-1]."""
        return self.molar_mass / self.density

    @property
    def specific_capacity(self) -> float:
        """zF/M [mA.h.g-1]."""
        return self.z * FARADAY / (self.molar_mass * 1e3) / 3.6

    @property
    def volumetric_capacity(self) -> float:
        """zFρ/M [mA.h.cm-3]."""
        return self.specific_capacity * self.density * 1e-3

    def thickness_per_charge(self) -> float:
        """Metal thickness per areal charge, V_m/(zF) [m per C.m-2] (Faraday's law)."""
        return self.molar_volume / (self.z * FARADAY)


METALS: dict[str, Metal] = {
    m.symbol: m
    for m in [
        Metal("Li", "lithium", 1, 6.94e-3, 534.0, -3.04, 453.65, 24.86, 84.8),
        Metal("Na", "sodium", 1, 22.990e-3, 968.0, -2.71, 370.94, 28.23, 142.0),
        Metal("K", "potassium", 1, 39.098e-3, 862.0, -2.93, 336.65, 29.6, 102.5),
        Metal("Mg", "magnesium", 2, 24.305e-3, 1740.0, -2.37, 923.15, 24.87, 156.0),
        Metal("Zn", "zinc", 2, 65.38e-3, 7140.0, -0.76, 692.68, 25.39, 116.0),
        Metal("Ca", "calcium", 2, 40.078e-3, 1550.0, -2.87, 1115.15, 25.93, 201.0),
        Metal("Al", "aluminium", 3, 26.982e-3, 2700.0, -1.66, 933.47, 24.20, 237.0),
    ]
}


def get_metal(symbol: str) -> Metal:
    """The metal with chemical symbol ``symbol`` (``"Li"``, ``"Mg"``, ...)."""
    if symbol not in METALS:
        raise UnknownNameError("metal", symbol, METALS)
    return METALS[symbol]
