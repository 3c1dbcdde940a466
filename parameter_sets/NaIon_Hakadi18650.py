"""Commercial Hakadi Na-ion 18650 cell (1.5 Ah), identified from its 0.5C, 1C and 1.5C
discharges (dataset ``naion_hakadi18650``: MaxMax-embedded/hakadi_soidum_ion_18650, CC0).

The manufacturer discloses no design data and no electrode chemistry. The curve (a long
slope from 4.1 V, a low plateau near 2.6 V, cut-off 1.5 V) is that of hard carbon against a
layered oxide (SOURCE.md), so the set is a hard-carbon ‖ layered-oxide DFN cell:

- **Hard carbon**: the material functions of the Chayambuka et al. (2022) set
  (:mod:`.NaIon_Chayambuka2022`: part II OCP table, part II rate-constant table in the
  paper's j0 form, their Arrhenius factors), the capacity of a commercial hard carbon
  (:data:`NEGATIVE`) and a constant diffusivity (:data:`D_N_REFERENCE`).
- **Layered oxide**: an O3-type NaNi1/3Fe1/3Mn1/3O2 (the layered oxide of commercial Na-ion
  cells) for the capacity per volume (:data:`POSITIVE`); its open-circuit potential is
  IDENTIFIED from the data (:data:`U_P_STO`, :data:`U_P_VALUES`): the cell's open-circuit
  voltage U(Q) implied by the three discharges and the model's overpotentials (the
  least-squares line V = U - R I at each capacity, then
  U(Q) = mean over rates of [V_measured + (OCV - V)_model], iterated with the fit), plus the
  hard carbon's U_n at the same capacity. Exchange current in the same j0 form with a
  fitted factor on :data:`K_P_REFERENCE`; a constant diffusivity, estimated and not
  limiting (:data:`D_P_REFERENCE`).
- **Electrolyte**: not disclosed; ESTIMATED as a 1 M hexafluorophosphate in a linear-
  carbonate blend, with the transport of LiPF6 in EC:DMC (Valøen & Reimers 2005, PyBaMM's
  ``Xu2019`` functions, t+ = 0.38 as there), as the K-metal sets of this package do for
  KPF6. The NaPF6 EC:PC of the Chayambuka set (D_e = 2.5e-11 m2/s at 1 M, ten times
  lower) depletes the electrolyte of this design at 1C, which the measured curves do not
  show (capacity within 1.7 % from 0.5C to 1.5C).
- **Design** (ESTIMATED, no data): an 18650 jelly roll with 58 mm wide electrodes coated on
  both sides (0.100 m^2), 20 um separator. The cell's capacity is cycled between 10 % and
  90 % of the layered oxide's and 93 % and 20 % of the hard carbon's (its plateau and the
  top of its slope region): a window reaching deeper into the slope region makes the
  identified layered-oxide OCP rise with sodiation (up to 56 mV for 85 % to 5 %), which a
  single-phase cathode cannot do (the table is made non-increasing by its isotonic fit,
  which moves it by at most 20 mV for this window); the unused 20 % is the excess that
  keeps a commercial cell's hard carbon from plating at the end of charge.

Fitted with :func:`pybamm_beyondli.workflows.fitting.fit_parameters` (least squares with
PyBaMM's sensitivities; script ``experiments/hakadi_fit.py``), alternated with the
open-circuit update above: the two quantities of :data:`FITTED` (a factor on the layered
oxide's rate constant, and the effective electronic conductivity of the positive electrode,
which lumps the cell's ohmic resistance), one set for all rates (no per-rate parameter).
Fitting also the hard carbon's rate constant moved it to its bound without a better fit, and
a lumped thermal DFN (the cell warms by a few K at 1.5C) predicted the rate left out no
better. Results: :data:`FIT_RESULT` (tested against a fresh evaluation) and the validation
cases ``naion_hakadi18650_*``, which also compute the leave-one-rate-out predictions (39.9 /
18.1 / 33.9 mV with 0.5 / 1 / 1.5C left out, capacity -0.98 / +1.12 / +0.95 %). The
measured apparent resistance falls with current (78 mOhm from 0.5C to 1C, 49 mOhm from 1C
to 1.5C); the model's overpotential is closer to linear, which
is what limits the prediction of 0.5C from 1C and 1.5C (39.9 mV, against <= 40 mV). Two
rates cannot tell a concave overpotential from a linear one, and neither more freedom nor a
different open-circuit update moved that prediction clear of the limit: with 1 / 2 / 3
alternations instead of 5 it is 42.2 / 41.4 / 40.5 mV, and with the hard carbon's
rate-constant factor fitted as well (to 2.7) 39.4 mV.
"""

from __future__ import annotations

import numpy as np
import pybamm
from pybamm.input.parameters.lithium_ion.Xu2019 import (
    electrolyte_conductivity_Valoen2005,
    electrolyte_diffusivity_Valoen2005,
)

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022 as hc_set
from pybamm_beyondli.parameter_sets._electrolytes import lipf6_carbonate_range
from pybamm_beyondli.parameter_sets._ion_cells import ActiveMaterial, molar_mass
from pybamm_beyondli.parameter_sets._thermal import intercalation_cell_thermal_parameters
from pybamm_beyondli.parameters.functions import Arrhenius, ScaledFunction

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

MATERIALS = {"negative": NEGATIVE, "positive": POSITIVE}

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


#: Identified layered-oxide OCP [V] vs Na at stoichiometries U_P_STO: identified from
#: naion_hakadi18650 (0.5C, 1C, 1.5C) by experiments/hakadi_fit.py (its printed table)
U_P_STO = np.array([
    0.1, 0.11032, 0.12065, 0.13097, 0.14129, 0.15162, 0.16194, 0.17226, 0.18259, 0.19291,
    0.20323, 0.21355, 0.22388, 0.2342, 0.24452, 0.25485, 0.26517, 0.27549, 0.28582, 0.29614,
    0.30646, 0.31679, 0.32711, 0.33743, 0.34776, 0.35808, 0.3684, 0.37872, 0.38905, 0.39937,
    0.40969, 0.42002, 0.43034, 0.44066, 0.45099, 0.46131, 0.47163, 0.48196, 0.49228, 0.5026,
    0.51293, 0.52325, 0.53357, 0.54389, 0.55422, 0.56454, 0.57486, 0.58519, 0.59551,
    0.60583, 0.61616, 0.62648, 0.6368, 0.64713, 0.65745, 0.66777, 0.6781, 0.68842, 0.69874,
    0.70906, 0.71939, 0.72971, 0.74003, 0.75036, 0.76068, 0.771, 0.78133, 0.79165, 0.80197,
    0.8123, 0.82262, 0.83294, 0.84327, 0.85359, 0.86391, 0.87423, 0.88456,
])
U_P_VALUES = np.array([
    4.1638, 4.1063, 4.05934, 4.01718, 3.97906, 3.94655, 3.91786, 3.89381, 3.87215, 3.85005,
    3.82783, 3.80263, 3.77771, 3.75307, 3.72896, 3.70675, 3.68554, 3.66553, 3.64511,
    3.62556, 3.60723, 3.58619, 3.56574, 3.54484, 3.52024, 3.49703, 3.47206, 3.44584,
    3.42015, 3.39321, 3.36581, 3.3387, 3.31094, 3.28379, 3.25626, 3.22864, 3.20167, 3.17449,
    3.14791, 3.1224, 3.09651, 3.07195, 3.04701, 3.02227, 2.99833, 2.9736, 2.94961, 2.92539,
    2.90124, 2.8785, 2.85557, 2.83846, 2.83102, 2.82689, 2.82208, 2.81489, 2.81071, 2.81071,
    2.80895, 2.80663, 2.80229, 2.79157, 2.78053, 2.76358, 2.73962, 2.7217, 2.69884, 2.66972,
    2.63372, 2.59186, 2.54425, 2.48817, 2.42009, 2.34264, 2.2003, 2.16966, 1.94691,
])

#: Reference rate constant of the layered oxide [m^2.5 mol^-0.5 s^-1] (the fitted factor
#: multiplies it): 10x the NVPF rate constant of the Chayambuka set (start of the fit)
K_P_REFERENCE = 1e-10
#: Diffusivities [m2.s-1], ESTIMATED and not limiting: the commercial cell's 1.5C capacity
#: is within 1.7 % of its 0.5C one. Layered oxide: the upper end of layered-oxide GITT
#: values, 1e-12 (D/R^2 = 0.04 1/s); hard carbon: 1e-13 (D/R^2 = 0.004 1/s; the lab
#: material's part I GITT table, 3e-16 to 2e-15 with deep minima at x = 0.77 and x < 0.1,
#: made the end-of-discharge polarisation grow with rate far more than measured)
D_P_REFERENCE = 1e-12
D_N_REFERENCE = 1e-13

#: Quantities fitted to naion_hakadi18650 (0.5C, 1C, 1.5C); a function parameter's entry
#: is the factor on its reference function
FITTED = {
    "Positive electrode exchange-current density [A.m-2]": 0.082309,
    "Positive electrode conductivity [S.m-1]": 0.0056765,
}
#: Start of the identification (experiments/hakadi_fit.py) and the bounds of each step
FIT_START = {
    "Positive electrode exchange-current density [A.m-2]": 0.1,
    "Positive electrode conductivity [S.m-1]": 1.0,
}
FIT_BOUNDS = {
    "Positive electrode exchange-current density [A.m-2]": (0.001, 1000.0),
    "Positive electrode conductivity [S.m-1]": (1e-3, 10.0),
}
#: Measured fit quality, {C-rate: (voltage RMSE [mV], capacity error [%])}, DFN
FIT_RESULT = {0.5: (12.6, 0.06), 1.0: (14.4, 1.11), 1.5: (13.7, 1.12)}


class LayeredOxideOCP:
    """Identified layered-oxide open-circuit potential [V] vs Na/Na+ (module docstring):
    the table (``sto``, ``values``), PCHIP-interpolated (a class so that a set holding it
    can be pickled)."""

    def __init__(self, sto: np.ndarray, values: np.ndarray) -> None:
        sto, values = np.asarray(sto, float), np.asarray(values, float)
        # beyond the identified window: straight lines with the mean slopes of its first
        # and last three intervals, to stoichiometry 0 and 1 (reached only past the
        # cut-offs)
        low = values[0] - sto[0] * (values[3] - values[0]) / (sto[3] - sto[0])
        high = values[-1] + (1 - sto[-1]) * (values[-1] - values[-4]) / (sto[-1] - sto[-4])
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


def hard_carbon_diffusivity(sto, T):
    """Constant hard-carbon diffusivity D_N_REFERENCE [m2.s-1]."""
    return D_N_REFERENCE + 0 * sto


def layered_oxide_diffusivity(sto, T):
    """Constant layered-oxide diffusivity D_P_REFERENCE [m2.s-1]."""
    return D_P_REFERENCE + 0 * sto


#: 18650 format: 18 mm diameter, 65 mm long (the format's definition)
CAN_DIAMETER, CAN_LENGTH = 0.018, 0.065


def thermal_parameters() -> dict:
    """Lumped-thermal rows (``{"thermal": "lumped"}``): the layers' densities, heat
    capacities and thermal conductivities and the current collectors of PyBaMM's Chen2020
    (a cylindrical 21700 cell; its electrode layers stand in for the hard carbon and layered
    oxide, ESTIMATED), its total heat transfer coefficient (10 W m-2 K-1, natural
    convection), cooled over the 18650 can's surface; the heated volume is the electrode
    stack's (area x the layers' thicknesses)."""
    return intercalation_cell_thermal_parameters(
        np.pi * CAN_DIAMETER * CAN_LENGTH + np.pi * CAN_DIAMETER**2 / 2, AREA)


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
    # the two NVPF particle populations of the Chayambuka set are not this cell's
    values = {name: value for name, value in hc.items()
              if not name.startswith(("Primary: ", "Secondary: "))
              and name not in (hc_set.SLOW_FRACTION, hc_set.SLOW_RATE_FACTOR)}
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
        # electrolyte: ESTIMATED (module docstring)
        "Initial concentration in electrolyte [mol.m-3]": 1000.0,
        "Cation transference number": 0.38,
        "Electrolyte diffusivity [m2.s-1]": electrolyte_diffusivity_Valoen2005,
        "Electrolyte conductivity [S.m-1]": electrolyte_conductivity_Valoen2005,
        **lipf6_carbonate_range(),
        **thermal_parameters(),
        # hard carbon: the Chayambuka set's functions with fitted factors
        "Negative electrode exchange-current density [A.m-2]": Arrhenius(
            hc_set.HC_exchange_current_density_Chayambuka2022, e_a["HC rate constant"],
            t_ref),
        "Negative particle diffusivity [m2.s-1]": Arrhenius(
            hard_carbon_diffusivity, e_a["HC diffusivity"], t_ref),
        "Negative electrode conductivity [S.m-1]": 256.0,  # Chayambuka part II (HC)
        "Maximum concentration in negative electrode [mol.m-3]": NEGATIVE.max_concentration,
        # layered oxide: identified OCP, fitted kinetics and diffusivity; the Arrhenius
        # energies of the NVPF of the Chayambuka set (ESTIMATED for a layered oxide)
        "Maximum concentration in positive electrode [mol.m-3]": POSITIVE.max_concentration,
        "Positive electrode OCP [V]": LayeredOxideOCP(u_p_sto, u_p_values),
        "Positive electrode exchange-current density [A.m-2]": Arrhenius(
            ScaledFunction(layered_oxide_exchange_current_density,
                           fitted["Positive electrode exchange-current density [A.m-2]"]),
            e_a["NVPF rate constant"], t_ref),
        "Positive particle diffusivity [m2.s-1]": Arrhenius(
            layered_oxide_diffusivity, e_a["NVPF diffusivity"], t_ref),
        "Positive electrode conductivity [S.m-1]": fitted[
            "Positive electrode conductivity [S.m-1]"],
        # charged state: the identified window's charged end
        "Initial concentration in negative electrode [mol.m-3]": (
            X_N[0] * NEGATIVE.max_concentration),
        "Initial concentration in positive electrode [mol.m-3]": (
            X_P[0] * POSITIVE.max_concentration),
        "citations": cite("Chayambuka2022", "Chayambuka2022a", "Tian2021", "Valoen2005",
                          "HakadiData"),
    })
    # the Chayambuka set's expressions tie its porosities to its own volume fractions
    return values
