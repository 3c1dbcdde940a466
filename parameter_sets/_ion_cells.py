"""Building blocks of this package's sodium-ion and potassium-ion sets (not a set itself):
active materials with the data their capacity follows from, the cell design shared by the
sets that compare chemistries, and the open-circuit potentials built from plateau voltages.

Every set that uses these lists its sources among its citations; the values here carry
theirs in comments.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pybamm

F = 96485.33212  # Faraday constant [C.mol-1] (CODATA 2018, PyBaMM's)
R = 8.314462618  # gas constant [J.mol-1.K-1]


@dataclass(frozen=True)
class ActiveMaterial:
    """An intercalation material: its density [kg.m-3] and its theoretical specific
    capacity [mA.h.g-1], from a formula (``molar_mass`` [g.mol-1] and ``ions`` exchanged
    per formula unit: q = ions F / (3.6 M)) or, for a carbon, stated."""

    name: str
    density: float
    specific_capacity: float
    molar_mass: float | None = None
    ions: float | None = None

    @classmethod
    def from_formula(cls, name: str, molar_mass: float, ions: float,
                     density: float) -> ActiveMaterial:
        return cls(name, density, ions * F / 3.6 / molar_mass, molar_mass, ions)

    @property
    def max_concentration(self) -> float:
        """Concentration of exchangeable ions at full utilisation [mol.m-3]:
        q [mA.h.g-1] x 3.6 [C.mA-1.h-1] x density [g.m-3] / F."""
        return self.specific_capacity * 3.6 * self.density * 1e3 / F

    def capacity(self, volume: float) -> float:
        """Full-utilisation capacity [A.h] of ``volume`` [m3] of the material."""
        return self.specific_capacity * self.density * 1e3 * volume / 1e3


def molar_mass(composition: dict[str, float]) -> float:
    """Molar mass [g.mol-1] of a formula unit, from IUPAC standard atomic weights."""
    weights = {"H": 1.008, "C": 12.011, "N": 14.007, "O": 15.999, "F": 18.998,
               "Na": 22.990, "P": 30.974, "K": 39.098, "V": 50.942, "Mn": 54.938,
               "Fe": 55.845, "Ni": 58.693}
    return sum(weights[element] * count for element, count in composition.items())


def plateau_ocp(plateaus: list[tuple[float, float]], width: float = 0.02,
                ends: float = 0.025):
    """An open-circuit potential U(x) [V] vs the metal (x: fraction of the capacity filled,
    discharge direction) built from ``plateaus`` = [(voltage, fraction of capacity), ...]
    in the order they are filled: each step between plateaus is a logistic of width
    ``width`` (in x), and both ends rise/fall like an ideal solution,
    (RT/F) ln((1 - x)/x) scaled by ``ends`` / (RT/F) (a voltage of ``ends`` per e-fold).

    Returns a function of a :class:`pybamm.Symbol` or a numpy array.
    """
    voltages = [v for v, _ in plateaus]
    bounds = np.cumsum([f for _, f in plateaus])[:-1]

    def ocp(x):
        exp = pybamm.exp if isinstance(x, pybamm.Symbol) else np.exp
        log = pybamm.log if isinstance(x, pybamm.Symbol) else np.log
        u = voltages[0] + ends * log((1 - x) / x)
        for boundary, (high, low) in zip(bounds, zip(voltages[:-1], voltages[1:],
                                                     strict=True), strict=True):
            u = u + (low - high) / (1 + exp(-(x - boundary) / width))
        return u

    return ocp


#: The cell design the comparison sets share, from PyBaMM's Chen2020 (LG M50 21700 cell:
#: C.-H. Chen et al., J. Electrochem. Soc. 167 (2020) 080534): electrode area, positive
#: electrode thickness and volume fractions, separator, particle radii; the negative
#: electrode is sized to :data:`N_TO_P` with the negative's own volume fractions.
_CHEN = pybamm.ParameterValues("Chen2020")
DESIGN = {
    "Electrode height [m]": _CHEN["Electrode height [m]"],
    "Electrode width [m]": _CHEN["Electrode width [m]"],
    "Separator thickness [m]": _CHEN["Separator thickness [m]"],
    "Separator porosity": _CHEN["Separator porosity"],
    "Positive electrode thickness [m]": _CHEN["Positive electrode thickness [m]"],
    "Positive electrode porosity": _CHEN["Positive electrode porosity"],
    "Positive electrode active material volume fraction": _CHEN[
        "Positive electrode active material volume fraction"],
    "Negative electrode porosity": _CHEN["Negative electrode porosity"],
    "Negative electrode active material volume fraction": _CHEN[
        "Negative electrode active material volume fraction"],
    "Negative particle radius [m]": _CHEN["Negative particle radius [m]"],
    "Positive particle radius [m]": _CHEN["Positive particle radius [m]"],
}
#: Negative-to-positive capacity ratio of the cycled windows: 1.1, a common excess that
#: keeps the negative off its plating end at full charge (DESIGN ASSUMPTION of this package)
N_TO_P = 1.1


def negative_thickness(positive_capacity_per_area: float, negative: ActiveMaterial,
                       window: float, volume_fraction: float) -> float:
    """Negative electrode thickness [m] that holds :data:`N_TO_P` times the positive's
    cycled capacity per area [A.h.m-2] in the negative's cycled ``window`` (fraction of its
    full capacity)."""
    per_volume = negative.specific_capacity * negative.density  # [A.h.m-3]
    return N_TO_P * positive_capacity_per_area / (per_volume * volume_fraction * window)
