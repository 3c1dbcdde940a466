"""Building blocks of this package's sodium-ion and potassium-ion sets (not a set itself):
active materials with the data their capacity follows from, the cell design shared by the
sets that compare chemistries, and the open-circuit potentials built from plateau voltages.

Every set that uses these lists its sources among its citations; the values here carry
theirs in comments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pybamm
from scipy.optimize import brentq

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


#: The cell design the comparison sets share: PyBaMM's Chen2020 (LG M50 21700 cell: C.-H.
#: Chen et al., J. Electrochem. Soc. 167 (2020) 080534) electrode area, separator and the
#: electrodes' porosities and active volume fractions; each electrode's thickness follows
#: from its material (:func:`design_cell`): the positive holds :data:`AREAL_CAPACITY`, the
#: negative :data:`N_TO_P` times that.
_CHEN = pybamm.ParameterValues("Chen2020")
DESIGN = {
    "Electrode height [m]": _CHEN["Electrode height [m]"],
    "Electrode width [m]": _CHEN["Electrode width [m]"],
    "Separator thickness [m]": _CHEN["Separator thickness [m]"],
    "Separator porosity": _CHEN["Separator porosity"],
    "Positive electrode porosity": _CHEN["Positive electrode porosity"],
    "Positive electrode active material volume fraction": _CHEN[
        "Positive electrode active material volume fraction"],
    "Negative electrode porosity": _CHEN["Negative electrode porosity"],
    "Negative electrode active material volume fraction": _CHEN[
        "Negative electrode active material volume fraction"],
}
#: Cycled capacity of the positive electrode per area [A.h.m-2]: 2 mA.h/cm2, a power-
#: oriented loading at which every chemistry's electrodes stay below ~110 um (DESIGN
#: ASSUMPTION of this package; Chen2020's energy cell carries 5.5 mA.h/cm2, which puts the
#: Na-ion electrodes at 100-160 um, where the NaPF6 EC:PC electrolyte depletes at 1C)
AREAL_CAPACITY = 20.0
#: Negative-to-positive capacity ratio of the cycled windows: 1.1, a common excess that
#: keeps the negative off its plating end at full charge (DESIGN ASSUMPTION of this package)
N_TO_P = 1.1


def electrode_thickness(capacity_per_area: float, material: ActiveMaterial, window: float,
                        volume_fraction: float) -> float:
    """Thickness [m] of an electrode of ``material`` whose cycled ``window`` (fraction of
    its full capacity) holds ``capacity_per_area`` [A.h.m-2]."""
    per_volume = material.specific_capacity * material.density  # [A.h.m-3]
    return capacity_per_area / (per_volume * volume_fraction * window)


@dataclass(frozen=True)
class DesignElectrode:
    """One porous electrode of a designed cell: the material, its OCP U(x) [V] vs the metal
    (x = c / c_max), the stoichiometries at the charged and the discharged end of the
    cycled window, particle radius [m], rate constant k [m^2.5 mol^-0.5 s^-1] of the
    j0 = F k c_e^1/2 c_s^1/2 (c_max - c_s)^1/2 form (or a whole j0(c_e, c_s, c_max, T)
    function), solid diffusivity [m2.s-1] (a number or a function of (sto, T)), their
    activation energies [J.mol-1] (applied to a number; a function carries its own) and
    the electrode's effective electronic conductivity [S.m-1]."""

    material: ActiveMaterial
    ocp: object
    charged: float
    discharged: float
    radius: float
    rate_constant: float
    diffusivity: object
    rate_activation_energy: float
    diffusivity_activation_energy: float
    conductivity: float

    @property
    def window(self) -> float:
        return abs(self.discharged - self.charged)


def charged_negative_stoichiometry(negative: DesignElectrode) -> float:
    """The negative's stoichiometry in a charged cell of :func:`design_cell`: the positive's
    cycled capacity above its discharged end, the negative holding :data:`N_TO_P` times that
    in its window (x = x_discharged + window / N_TO_P)."""
    return negative.discharged + negative.window / N_TO_P


def _potential(ocp, x: float) -> float:
    return float(np.ravel(ocp(pybamm.Scalar(x)).evaluate())[0])


def positive_stoichiometry_at_voltage(u_p: Callable[[float], float], u_n: float,
                                      voltage: float, bracket: tuple[float, float]) -> float:
    """The positive stoichiometry x in ``bracket`` at which the open-circuit voltage
    u_p(x) - u_n is ``voltage`` [V] (``u_p`` [V] of a number, ``u_n`` [V] the negative's
    potential): the state a charge to ``voltage`` leaves at rest."""
    return float(brentq(lambda x: u_p(x) - u_n - voltage, *bracket))


def stoichiometry_at_voltage(positive_ocp, negative: DesignElectrode, voltage: float,
                             bracket: tuple[float, float]) -> float:
    """:func:`positive_stoichiometry_at_voltage` for a charged cell of :func:`design_cell`
    (``positive_ocp`` a PyBaMM OCP function; the negative at its charged stoichiometry)."""
    u_n = _potential(negative.ocp, charged_negative_stoichiometry(negative))
    return positive_stoichiometry_at_voltage(lambda x: _potential(positive_ocp, x), u_n,
                                             voltage, bracket)


class PaperExchangeCurrent:
    """j0 = F k c_e^1/2 c_s^1/2 (c_max - c_s)^1/2 exp[E_a/R (1/T_ref - 1/T)] [A.m-2] (the
    form of Chayambuka et al. 2022 with a constant rate constant k; a class so that sets
    holding it can be pickled)."""

    def __init__(self, rate_constant: float, activation_energy: float,
                 reference_temperature: float = 298.15) -> None:
        self.rate_constant = rate_constant
        self.activation_energy = activation_energy
        self.reference_temperature = reference_temperature
        self.__name__ = "exchange_current_density"

    def __call__(self, c_e, c_s_surf, c_s_max, T):
        arrhenius = pybamm.exp(self.activation_energy / R
                               * (1 / self.reference_temperature - 1 / T))
        return (F * self.rate_constant * arrhenius * c_e**0.5 * c_s_surf**0.5
                * (c_s_max - c_s_surf) ** 0.5)


class ArrheniusDiffusivity:
    """D(sto, T) = D_ref(sto, T) exp[E_a/R (1/T_ref - 1/T)] [m2.s-1], D_ref a number or a
    function of (sto, T) (a class so that sets holding it can be pickled)."""

    def __init__(self, diffusivity, activation_energy: float,
                 reference_temperature: float = 298.15) -> None:
        self.diffusivity = diffusivity
        self.activation_energy = activation_energy
        self.reference_temperature = reference_temperature
        self.__name__ = "diffusivity"

    def __call__(self, sto, T):
        reference = (self.diffusivity(sto, T) if callable(self.diffusivity)
                     else self.diffusivity + 0 * sto)
        return reference * pybamm.exp(self.activation_energy / R
                                      * (1 / self.reference_temperature - 1 / T))


def design_cell(negative: DesignElectrode, positive: DesignElectrode, electrolyte: dict,
                voltage_limits: tuple[float, float]) -> dict:
    """A full cell of :data:`DESIGN`: the positive electrode holding :data:`AREAL_CAPACITY`
    in its window, the negative :data:`N_TO_P` times that; charged (both electrodes at the
    charged end of their windows, the negative holding the positive's cycled capacity above
    its discharged end); 1C = the positive's cycled capacity."""
    area = DESIGN["Electrode height [m]"] * DESIGN["Electrode width [m]"]
    eps_p = DESIGN["Positive electrode active material volume fraction"]
    eps_n = DESIGN["Negative electrode active material volume fraction"]
    L_p = electrode_thickness(AREAL_CAPACITY, positive.material, positive.window, eps_p)
    L_n = electrode_thickness(N_TO_P * AREAL_CAPACITY, negative.material, negative.window,
                              eps_n)
    q_p = AREAL_CAPACITY * area  # [A.h]
    x_n0 = charged_negative_stoichiometry(negative)  # the cyclable ions sit in the negative
    values = {
        **DESIGN,
        "Negative electrode thickness [m]": L_n,
        "Positive electrode thickness [m]": L_p,
        "Nominal cell capacity [A.h]": q_p,
        "Current function [A]": q_p,
        "Lower voltage cut-off [V]": voltage_limits[0],
        "Upper voltage cut-off [V]": voltage_limits[1],
        "Open-circuit voltage at 0% SOC [V]": voltage_limits[0],
        "Open-circuit voltage at 100% SOC [V]": voltage_limits[1],
        "Number of electrodes connected in parallel to make a cell": 1.0,
        "Number of cells connected in series to make a battery": 1.0,
        "Contact resistance [Ohm]": 0.0,
        "Reference temperature [K]": 298.15,
        "Ambient temperature [K]": 298.15,
        "Initial temperature [K]": 298.15,
        "Negative electrode Bruggeman coefficient (electrolyte)": 1.5,
        "Negative electrode Bruggeman coefficient (electrode)": 0.0,
        "Separator Bruggeman coefficient (electrolyte)": 1.5,
        "Positive electrode Bruggeman coefficient (electrolyte)": 1.5,
        "Positive electrode Bruggeman coefficient (electrode)": 0.0,
        "Negative electrode charge transfer coefficient": 0.5,
        "Positive electrode charge transfer coefficient": 0.5,
        "Negative electrode OCP entropic change [V.K-1]": 0.0,
        "Positive electrode OCP entropic change [V.K-1]": 0.0,
        **electrolyte,
    }
    for domain, electrode, x0 in (("Negative", negative, x_n0),
                                  ("Positive", positive, positive.charged)):
        c_max = electrode.material.max_concentration
        lower = domain.lower()
        values.update({
            f"Maximum concentration in {lower} electrode [mol.m-3]": c_max,
            f"Initial concentration in {lower} electrode [mol.m-3]": x0 * c_max,
            f"{domain} electrode OCP [V]": electrode.ocp,
            f"{domain} particle radius [m]": electrode.radius,
            f"{domain} electrode conductivity [S.m-1]": electrode.conductivity,
            f"{domain} electrode exchange-current density [A.m-2]": (
                electrode.rate_constant if callable(electrode.rate_constant)
                else PaperExchangeCurrent(electrode.rate_constant,
                                          electrode.rate_activation_energy)),
            f"{domain} particle diffusivity [m2.s-1]": (
                electrode.diffusivity if callable(electrode.diffusivity)
                else ArrheniusDiffusivity(electrode.diffusivity,
                                          electrode.diffusivity_activation_energy)),
        })
    return values
