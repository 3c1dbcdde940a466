"""OXIS Li-S pouch cell of Propp et al. (2016), fitted to its measured drive-cycle discharge,
for the zero-dimensional model ``LithiumSulfur`` (:mod:`pybamm_beyondli.models.lithium_sulfur`).

Data: dataset ``lis_oxis_propp2016`` (K. Propp et al., "Multi-temperature state-dependent
equivalent circuit discharge model for lithium-sulfur batteries", J. Power Sources 328 (2016)
289-299, key ``Propp2016``; CC BY 4.0): 43,092 s of an NEDC-derived current from full charge
to 1.5 V, 2.69 A.h, and the paper's fitted equivalent circuit (ECM) at 20, 30 and 50 °C. The
cell's geometry and sulfur loading are not published: the set is the model of Marinescu et al.
(2016) with the quantities below fitted to the drive cycle (``FITTED``) and the rest scaled
from Marinescu et al.'s cell or taken from the sources named.

Temperature. The data file does not store the test's temperature. The paper's ECM run with
its own 20 °C parameters reproduces the drive cycle's voltage to 28 mV RMSE, with its 30 °C
parameters to 49 mV (:func:`pybamm_beyondli.workflows.lis_fit.ecm_drive_cycle_rmse`): the test
ran at 20 °C, the set's reference temperature.

Fitted to lis_oxis_propp2016 (the drive-cycle voltage under its measured current, least
squares; :mod:`pybamm_beyondli.workflows.lis_fit`, ``experiments/lis_oxis_fit.py``):

- ``"Sulfur mass [g]"`` m_S, the cell's active sulfur, and ``"Initial S4 fraction"``: the share
  of it dissolved as S4(2-) at full charge (the rest as S8; S2(2-), S(2-) and the precipitate
  start at Marinescu et al.'s small fractions);
- the standard potentials, apparent electron numbers and exchange-current densities of both
  plateaus, and the high plateau's interaction potential;
- the precipitation rate constant and the sulfide saturation mass;
- the cathode's double-layer capacity and mass-transfer coefficient;
- the ohmic resistance at 20 °C, its dissolved-polysulfide coefficient and the cathode pore
  volume (as a multiple of the precipitate that fills it, ``"Pore volume factor"``).

Scaled from Marinescu et al. (2016) by the sulfur mass (their cell holds 2.7 g): the
electrolyte volume (their electrolyte-to-sulfur ratio, 0.0114 L / 2.7 g) and the reaction area
(0.960 m2 / 2.7 g). Also theirs: the precipitate density, the transfer coefficient 1/2 and the
standard state of the Nernst potentials.

From the ECM (Propp et al. 2016, the dataset's ``LiS_ECN_Model_Parameters.json``): the ohmic
resistance's activation energy, 26.8 kJ/mol, fitted to the ECM's ohmic resistance over the low
plateau (SOC 0.2-0.6) at 20, 30 and 50 °C (:func:`pybamm_beyondli.workflows.lis_fit.
ecm_resistance_arrhenius`).

The shuttle is not fitted: in one discharge without charge data the high-plateau capacity a
shuttle would take cannot be told apart from the sulfur's split between S8 and S4(2-) at full
charge (the fitted ``"Initial S4 fraction"``), so the set has none (``"Shuttle rate constant
[s-1]"`` = 0); its activation energy is Hua et al.'s (2019), for runs that set one.

Li anode, interphase and thermal rows as in ``LiS_Marinescu2016`` (the same kind of cell).
Nominal capacity: the 2.69 A.h the cell delivered in the drive cycle.
"""

from __future__ import annotations

from collections.abc import Mapping

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameters.metals import get_metal

#: The fitted quantities (fitted to lis_oxis_propp2016, module docstring).
FITTED: dict[str, float] = {
    "Sulfur mass [g]": 2.71,
    "Initial S4 fraction": 0.427,
    "High plateau standard potential [V]": 2.408,
    "High plateau apparent electron number": 0.912,
    "High plateau interaction potential [V]": 0.0,
    "High plateau exchange-current density [A.m-2]": 58.0,
    "Low plateau standard potential [V]": 2.031,
    "Low plateau apparent electron number": 4.0,
    "Low plateau exchange-current density [A.m-2]": 1.33e-3,
    "Precipitation rate constant [s-1]": 108.0,
    "Sulfide saturation mass [g]": 1e-4,
    "Cathode double-layer capacity [F.m-2]": 113.0,
    "Cathode mass-transfer coefficient [m.s-1]": 1e-6,
    "Ohmic resistance [Ohm]": 0.0305,
    "Dissolved polysulfide resistance coefficient": 1.1,
    "Pore volume factor": 0.72,
}

#: Marinescu et al. (2016)'s cell: sulfur [g], electrolyte volume [L], reaction area [m2],
#: precipitate density [g.L-1].
MARINESCU_SULFUR = 2.7
MARINESCU_ELECTROLYTE = 0.0114
MARINESCU_AREA = 0.960
PRECIPITATE_DENSITY = 2000.0
#: Sulfur molar mass [g.mol-1] (IUPAC 2021).
SULFUR_MOLAR_MASS = 32.06
#: Li2S molar volume [m3.mol-1]: 45.95 g/mol / 1.66 g/cm3 (CRC Handbook, 97th ed.).
LI2S_MOLAR_VOLUME = 45.95 / 1.66 * 1e-6
#: Marinescu et al.'s initial fractions of S2(2-), S(2-) and the precipitate (of 2.7 g).
MINOR_FRACTIONS = {"S2": 2.697299e-3 / 2.7, "S": 8.8307e-10 / 2.7, "Sp": 2.7e-6 / 2.7}
#: The drive-cycle test's temperature [K] (module docstring).
TEST_TEMPERATURE = 293.15
#: The charge the cell delivered in the drive cycle [A.h] (lis_oxis_propp2016 SOURCE.md).
DRIVE_CYCLE_CAPACITY = 2.69


def values(fitted: Mapping) -> dict:
    """Every parameter of the set from the fitted quantities ``fitted`` (numbers, or PyBaMM
    symbols such as ``pybamm.InputParameter`` for a fit; only arithmetic is applied to them)."""
    m_S = fitted["Sulfur mass [g]"]
    x4 = fitted["Initial S4 fraction"]
    minor = MINOR_FRACTIONS
    scale = m_S / MARINESCU_SULFUR
    li = get_metal("Li")
    return {
        "chemistry": "lithium_sulfur",
        # --- species and electrolyte ---
        "Sulfur molar mass [g.mol-1]": SULFUR_MOLAR_MASS,
        "Electrolyte volume [L]": MARINESCU_ELECTROLYTE * scale,
        "Cathode reaction area [m2]": MARINESCU_AREA * scale,
        "Precipitate density [g.L-1]": PRECIPITATE_DENSITY,
        "Sulfide saturation mass [g]": fitted["Sulfide saturation mass [g]"],
        "Precipitation rate constant [s-1]": fitted["Precipitation rate constant [s-1]"],
        # --- reactions ---
        **{name: fitted[name] for name in (
            "High plateau standard potential [V]", "High plateau apparent electron number",
            "High plateau interaction potential [V]",
            "High plateau exchange-current density [A.m-2]",
            "Low plateau standard potential [V]", "Low plateau apparent electron number",
            "Low plateau exchange-current density [A.m-2]",
            "Cathode double-layer capacity [F.m-2]",
            "Cathode mass-transfer coefficient [m.s-1]")},
        "Low plateau interaction potential [V]": 0.0,  # the low plateau is flat
        "Cathode Butler-Volmer transfer coefficient": 0.5,  # Marinescu 2016
        # --- shuttle: none identified (module docstring); E_s from Hua 2019 ---
        "Shuttle rate constant [s-1]": 0.0,
        "Shuttle deposition fraction": 0.0,
        "Shuttle passivation coefficient [m-1]": 0.0,
        "Anode interphase molar volume [m3.mol-1]": LI2S_MOLAR_VOLUME,
        "Shuttle activation energy [J.mol-1]": 54.0e3,
        # --- Li anode: 50 um foil (Varzi 2020) on the reaction area ---
        "Negative electrode initial metal thickness [m]": 50e-6,
        "Metal molar volume [m3.mol-1]": li.molar_volume,
        # --- temperature: the test's 20 °C; E_R from the ECM (module docstring) ---
        "Reference temperature [K]": TEST_TEMPERATURE,
        "Charge-transfer activation energy [J.mol-1]": 0.0,  # not known
        "Precipitation activation energy [J.mol-1]": 0.0,  # not known
        "Ohmic resistance activation energy [J.mol-1]": 26.8e3,
        # --- resistance ---
        "Ohmic resistance [Ohm]": fitted["Ohmic resistance [Ohm]"],
        "Dissolved polysulfide resistance coefficient":
            fitted["Dissolved polysulfide resistance coefficient"],
        # the pores hold "Pore volume factor" x the precipitate of half the sulfur (Li2S at
        # the end of the low plateau: S4(2-) -> S2(2-) + 2 S(2-))
        "Cathode pore volume [L]": fitted["Pore volume factor"] * m_S / PRECIPITATE_DENSITY,
        "Bruggeman coefficient (electrolyte)": 1.5,
        # --- initial state: full charge ---
        "Initial S8 mass [g]": m_S * (1 - x4 - minor["S2"] - minor["S"] - minor["Sp"]),
        "Initial S4 mass [g]": m_S * x4,
        "Initial S2 mass [g]": m_S * minor["S2"],
        "Initial S mass [g]": m_S * minor["S"],
        "Initial precipitated sulfur mass [g]": m_S * minor["Sp"],
        "Initial anode interphase sulfur mass [g]": 0.0,
        # --- cell and operation ---
        "Nominal cell capacity [A.h]": DRIVE_CYCLE_CAPACITY,
        "Current function [A]": DRIVE_CYCLE_CAPACITY / 10,
        "Lower voltage cut-off [V]": 1.5,  # the drive cycle's end
        "Upper voltage cut-off [V]": 2.5,  # Marinescu 2018, Hua 2019
        "Initial temperature [K]": TEST_TEMPERATURE,
        "Ambient temperature [K]": TEST_TEMPERATURE,
        # --- lumped thermal: as LiS_Marinescu2016 (Hua 2019; DOL boiling point) ---
        "Cell mass [kg]": 0.129,
        "Cell specific heat capacity [J.kg-1.K-1]": 2000.0,
        "Total heat transfer coefficient [W.m-2.K-1]": 10.0,
        "Cell cooling surface area [m2]": 0.02,
        "Maximum temperature [K]": 348.15,
    }


def get_parameter_values() -> dict:
    return {**values(FITTED),
            "citations": cite("Propp2016", "Marinescu2016", "Hua2019", "Varzi2020",
                              "CRC2016")}


#: The same quantities fitted to the first 6 h of the drive cycle only (the model still runs
#: from full charge; fitted to lis_oxis_propp2016, 0-6 h): the hold-out check of the fit
#: (:mod:`pybamm_beyondli.validation.lithium_sulfur`, ``lis_oxis_holdout``).
FITTED_FIRST_PART: dict[str, float] = {
    "Sulfur mass [g]": 2.73351,
    "Initial S4 fraction": 0.604751,
    "High plateau standard potential [V]": 2.46281,
    "High plateau apparent electron number": 0.991373,
    "High plateau interaction potential [V]": 0.00025681,
    "High plateau exchange-current density [A.m-2]": 135.856,
    "Low plateau standard potential [V]": 2.1189,
    "Low plateau apparent electron number": 3.91184,
    "Low plateau exchange-current density [A.m-2]": 8.45506e-05,
    "Precipitation rate constant [s-1]": 10.5825,
    "Sulfide saturation mass [g]": 0.0178667,
    "Cathode double-layer capacity [F.m-2]": 3923.96,
    "Cathode mass-transfer coefficient [m.s-1]": 1.73945e-06,
    "Ohmic resistance [Ohm]": 0.00951777,
    "Dissolved polysulfide resistance coefficient": 9.76271,
    "Pore volume factor": 3.39874,
}


def get_parameter_values_first_part() -> dict:
    """The set with :data:`FITTED_FIRST_PART` (not registered with PyBaMM: a validation
    device)."""
    return {**values(FITTED_FIRST_PART),
            "citations": cite("Propp2016", "Marinescu2016", "Hua2019", "Varzi2020",
                              "CRC2016")}
