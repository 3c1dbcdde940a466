"""Commercial Hakadi Na-ion 18650 cell (1.5 Ah), identified from its 0.5C, 1C and 1.5C
discharges (dataset ``naion_hakadi18650``: MaxMax-embedded/hakadi_soidum_ion_18650, CC0).

The manufacturer discloses no design data and no electrode chemistry. The curve (a long
slope from 4.1 V, a low plateau near 2.6 V, cut-off 1.5 V) is that of hard carbon against a
layered oxide (SOURCE.md), so the set is a hard-carbon ‖ layered-oxide DFN cell:

- **Hard carbon**: the material functions of the Chayambuka et al. (2022) set
  (:mod:`.NaIon_Chayambuka2022`: part II OCP table, part II rate-constant table in the
  paper's j0 form, part I GITT diffusivity, their Arrhenius factors), with a fitted factor on
  the rate constant and on the diffusivity.
- **Layered oxide**: an O3-type NaNi1/3Fe1/3Mn1/3O2 (the layered oxide of commercial Na-ion
  cells) for the capacity per volume (:data:`POSITIVE`); its open-circuit potential is
  IDENTIFIED from the data (:data:`U_P_STO`, :data:`U_P_VALUES`): the cell's open-circuit
  voltage U(Q) implied by the three discharges and the model's overpotentials (the
  least-squares line V = U - R I at each capacity, then
  U(Q) = mean over rates of [V_measured + (OCV - V)_model], iterated with the fit), plus the
  hard carbon's U_n at the same capacity. Exchange current in the same j0 form with a
  fitted rate constant; a constant diffusivity (fitted).
- **Electrolyte**: 1 M NaPF6 in EC:PC, the functions of the Chayambuka set (the cell's
  electrolyte is not disclosed; ESTIMATED).
- **Design** (ESTIMATED, no data): an 18650 jelly roll with 58 mm wide electrodes coated on
  both sides (0.100 m^2), 20 um separator. The cell's capacity is cycled between 10 % and
  90 % of the layered oxide's and 93 % and 20 % of the hard carbon's (its plateau and the
  top of its slope region): a window reaching deeper into the slope region makes the
  identified layered-oxide OCP rise with sodiation (up to 56 mV for 85 % to 5 %), which a
  single-phase cathode cannot do (the table is made non-increasing by its isotonic fit,
  which moves it by at most 20 mV for this window); the unused 20 % is the excess that
  keeps a commercial cell's hard carbon from plating at the end of charge.

Fitted with :func:`pybamm_beyondli.workflows.fitting.fit_parameters` (least squares with
PyBaMM's sensitivities; script ``experiments/hakadi_fit.py``): the five quantities of
:data:`FITTED`, one set for all rates (no per-rate parameter). Results: :data:`FIT_RESULT`;
the leave-one-rate-out check is the validation case ``naion_hakadi18650_leave_one_rate_out``.
"""

from __future__ import annotations

import inspect

import numpy as np
import pybamm

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022 as hc_set
from pybamm_beyondli.parameter_sets._ion_cells import ActiveMaterial, molar_mass
from pybamm_beyondli.parameters.functions import Arrhenius

#: Nominal capacity [A.h] at 0.5C (SOURCE.md: "1500 mAh nominal at 0.5C")
NOMINAL_CAPACITY = 1.5
#: Charge and discharge cut-offs [V] (SOURCE.md: charged to 4.1 V, cut-off 1.5 V)
UPPER_VOLTAGE, LOWER_VOLTAGE = 4.1, 1.5

#: O3-NaNi1/3Fe1/3Mn1/3O2, 1 Na per formula unit (theoretical 240 mA.h/g); density
#: ESTIMATED 4.5 g/cm3 (layered sodium transition-metal oxides 4.2-4.8 g/cm3; no value in
#: the reviews)
POSITIVE = ActiveMaterial.from_formula(
    "NaNi1/3Fe1/3Mn1/3O2",
    molar_mass({"Na": 1, "Ni": 1 / 3, "Fe": 1 / 3, "Mn": 1 / 3, "O": 2}), 1, 4500.0)
#: Hard carbon of a commercial cell: ~350 mA.h/g at 1.55 g/cm3 (Tian2021, digest §4.2;
#: high-temperature hard carbons store most of it on the low-voltage plateau)
NEGATIVE = ActiveMaterial("hard carbon", 1550.0, 350.0)

#: Design (ESTIMATED; module docstring)
AREA = 0.058 * 1.72  # [m2] 58 mm wide electrodes, 0.86 m long, both sides
VOLUME_FRACTION = {"negative": 0.60, "positive": 0.60}  # active material
POROSITY = {"negative": 0.32, "separator": 0.45, "positive": 0.28}
RADIUS = {"negative": 5e-6, "positive": 5e-6}  # [m]
#: Stoichiometries at the charged (4.1 V) and discharged ends of the identified window
X_N = (0.93, 0.20)
X_P = (0.10, 0.90)
#: Cell capacity the windows span [A.h]: the identified open-circuit curve's (see U_P_*)
WINDOW_CAPACITY = 1.52


def electrode_thickness(material: ActiveMaterial, electrode: str) -> float:
    """Thickness [m] of the electrode whose window (X_N or X_P) holds WINDOW_CAPACITY."""
    low, high = sorted(X_N if electrode == "negative" else X_P)
    capacity = WINDOW_CAPACITY / (high - low)  # the electrode's full capacity [A.h]
    per_volume = material.specific_capacity * material.density  # [A.h.m-3]
    return capacity / (per_volume * VOLUME_FRACTION[electrode] * AREA)


#: Identified layered-oxide OCP [V] vs Na at stoichiometries U_P_STO (experiments/hakadi_fit.py)
U_P_STO = np.linspace(X_P[0], X_P[1], 5)
U_P_VALUES = np.linspace(4.1, 2.5, 5)

#: Reference rate constant [m^2.5 mol^-0.5 s^-1] and diffusivity [m2.s-1] of the layered
#: oxide, which the fitted factors of FITTED multiply: ESTIMATED starting values, the
#: order of the NVPF rate constant of the Chayambuka set and of layered-oxide GITT
#: diffusivities (1e-14 to 1e-12 m2/s)
K_P_REFERENCE = 1e-11
D_P_REFERENCE = 1e-13

#: Quantities fitted to naion_hakadi18650 (0.5C, 1C, 1.5C); a function parameter's entry
#: is the factor on its reference function
FITTED = {
    "Negative electrode exchange-current density [A.m-2]": 1.0,
    "Negative particle diffusivity [m2.s-1]": 1.0,
    "Positive electrode exchange-current density [A.m-2]": 1.0,
    "Positive particle diffusivity [m2.s-1]": 1.0,
    "Positive electrode conductivity [S.m-1]": 1.0,
}
#: Start of the identification (experiments/hakadi_fit.py): the reference functions, with
#: the hard carbon's part I GITT diffusivity x 30 (a commercial cell's 1.5C capacity is
#: within 2 % of its 0.5C one, which the lab material's D/R^2 is far too slow for)
FIT_START = {
    "Negative electrode exchange-current density [A.m-2]": 1.0,
    "Negative particle diffusivity [m2.s-1]": 30.0,
    "Positive electrode exchange-current density [A.m-2]": 1.0,
    "Positive particle diffusivity [m2.s-1]": 1.0,
    "Positive electrode conductivity [S.m-1]": 1.0,
}
FIT_BOUNDS = {
    "Negative electrode exchange-current density [A.m-2]": (0.01, 100.0),
    "Negative particle diffusivity [m2.s-1]": (0.01, 100.0),
    "Positive electrode exchange-current density [A.m-2]": (0.01, 100.0),
    "Positive particle diffusivity [m2.s-1]": (0.01, 100.0),
    "Positive electrode conductivity [S.m-1]": (1e-3, 100.0),
}
#: Measured fit quality, {C-rate: (voltage RMSE [mV], capacity error [%])}, DFN
FIT_RESULT: dict = {}


class _Scaled:
    """``factor * function(*args)`` with the function's signature (picklable)."""

    def __init__(self, function, factor: float) -> None:
        self.function, self.factor = function, factor
        self.__name__ = function.__name__
        self.__signature__ = inspect.signature(function)

    def __call__(self, *args):
        return self.factor * self.function(*args)


class LayeredOxideOCP:
    """Identified layered-oxide open-circuit potential [V] vs Na/Na+ (module docstring):
    the table (``sto``, ``values``), PCHIP-interpolated (a class so that a set holding it
    can be pickled)."""

    def __init__(self, sto: np.ndarray, values: np.ndarray) -> None:
        sto, values = np.asarray(sto, float), np.asarray(values, float)
        # beyond the identified window: straight lines with the slopes of its ends, to
        # stoichiometry 0 and 1 (reached only past the cut-offs)
        low = values[0] - sto[0] * (values[1] - values[0]) / (sto[1] - sto[0])
        high = values[-1] + (1 - sto[-1]) * (values[-1] - values[-2]) / (sto[-1] - sto[-2])
        self.sto = np.concatenate([[0.0], sto, [1.0]])
        self.values = np.concatenate([[low], values, [high]])
        self.__name__ = "layered_oxide_ocp"

    def __call__(self, sto):
        return pybamm.Interpolant(self.sto, self.values, sto, "U_p_hakadi",
                                  interpolator="pchip")


def capacity_to_stoichiometry(q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Stoichiometries (hard carbon, layered oxide) after discharging ``q`` [A.h] from the
    charged state, along the design's balancing (X_N, X_P over WINDOW_CAPACITY)."""
    q = np.asarray(q, float) / WINDOW_CAPACITY
    return X_N[0] + (X_N[1] - X_N[0]) * q, X_P[0] + (X_P[1] - X_P[0]) * q


def layered_oxide_exchange_current_density(c_e, c_s_surf, c_s_max, T):
    """``F k_p c_e^0.5 c_s^0.5 (c_max - c_s)^0.5`` [A.m-2] with k_p = K_P_REFERENCE (the
    form of the hard carbon's, part II of Chayambuka et al.)."""
    return (pybamm.constants.F * K_P_REFERENCE * c_e**0.5 * c_s_surf**0.5
            * (c_s_max - c_s_surf) ** 0.5)


def layered_oxide_diffusivity(sto, T):
    """Constant layered-oxide diffusivity D_P_REFERENCE [m2.s-1]."""
    return D_P_REFERENCE + 0 * sto


def get_parameter_values() -> dict:
    """Parameters of the Hakadi Na-ion 18650 (hard carbon ‖ layered oxide), charged."""
    return parameter_values(U_P_STO, U_P_VALUES, FITTED)


def parameter_values(u_p_sto: np.ndarray, u_p_values: np.ndarray,
                     fitted: dict[str, float]) -> dict:
    """The set with a given layered-oxide OCP table and fitted quantities (the fit script
    builds its trial sets with this; :func:`get_parameter_values` uses the identified
    ones)."""
    hc = hc_set.get_parameter_values()
    e_a = hc_set.ACTIVATION_ENERGIES
    t_ref = hc_set.REFERENCE_TEMPERATURE
    values = dict(hc)
    values.update({
        "chemistry": "sodium_ion",
        "Nominal cell capacity [A.h]": NOMINAL_CAPACITY,
        "Current function [A]": NOMINAL_CAPACITY,
        "Lower voltage cut-off [V]": LOWER_VOLTAGE,
        "Upper voltage cut-off [V]": UPPER_VOLTAGE,
        "Open-circuit voltage at 0% SOC [V]": LOWER_VOLTAGE,
        "Open-circuit voltage at 100% SOC [V]": UPPER_VOLTAGE,
        # design: ESTIMATED (module docstring)
        "Electrode height [m]": 0.058,
        "Electrode width [m]": AREA / 0.058,
        "Separator thickness [m]": 20e-6,
        "Negative electrode thickness [m]": electrode_thickness(NEGATIVE, "negative"),
        "Positive electrode thickness [m]": electrode_thickness(POSITIVE, "positive"),
        "Negative electrode active material volume fraction": VOLUME_FRACTION["negative"],
        "Positive electrode active material volume fraction": VOLUME_FRACTION["positive"],
        "Negative electrode porosity": POROSITY["negative"],
        "Separator porosity": POROSITY["separator"],
        "Positive electrode porosity": POROSITY["positive"],
        "Negative particle radius [m]": RADIUS["negative"],
        "Positive particle radius [m]": RADIUS["positive"],
        "Negative electrode Bruggeman coefficient (electrolyte)": 1.5,
        # hard carbon: the Chayambuka set's functions with fitted factors
        "Negative electrode exchange-current density [A.m-2]": Arrhenius(
            _Scaled(hc_set.HC_exchange_current_density_Chayambuka2022,
                    fitted["Negative electrode exchange-current density [A.m-2]"]),
            e_a["HC rate constant"], t_ref),
        "Negative particle diffusivity [m2.s-1]": Arrhenius(
            _Scaled(hc_set.HC_diffusivity_Chayambuka2022,
                    fitted["Negative particle diffusivity [m2.s-1]"]),
            e_a["HC diffusivity"], t_ref),
        "Negative electrode conductivity [S.m-1]": 256.0,  # Chayambuka part II (HC)
        "Maximum concentration in negative electrode [mol.m-3]": NEGATIVE.max_concentration,
        # layered oxide: identified OCP, fitted kinetics and diffusivity; the Arrhenius
        # energies of the NVPF of the Chayambuka set (ESTIMATED for a layered oxide)
        "Maximum concentration in positive electrode [mol.m-3]": POSITIVE.max_concentration,
        "Positive electrode OCP [V]": LayeredOxideOCP(u_p_sto, u_p_values),
        "Positive electrode exchange-current density [A.m-2]": Arrhenius(
            _Scaled(layered_oxide_exchange_current_density,
                    fitted["Positive electrode exchange-current density [A.m-2]"]),
            e_a["NVPF rate constant"], t_ref),
        "Positive particle diffusivity [m2.s-1]": Arrhenius(
            _Scaled(layered_oxide_diffusivity,
                    fitted["Positive particle diffusivity [m2.s-1]"]),
            e_a["NVPF diffusivity"], t_ref),
        "Positive electrode conductivity [S.m-1]": fitted[
            "Positive electrode conductivity [S.m-1]"],
        # charged state: the identified window's charged end
        "Initial concentration in negative electrode [mol.m-3]": (
            X_N[0] * NEGATIVE.max_concentration),
        "Initial concentration in positive electrode [mol.m-3]": (
            X_P[0] * POSITIVE.max_concentration),
        "citations": cite("Chayambuka2022", "Chayambuka2022a", "Tian2021", "HakadiData"),
    })
    # the Chayambuka set's expressions tie its porosities to its own volume fractions
    return values
