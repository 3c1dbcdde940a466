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

Fitted to lis_oxis_propp2016 (least squares, :mod:`pybamm_beyondli.workflows.lis_fit`;
``python -m pybamm_beyondli.workflows.lis_fit`` repeats the fits from ``lis_fit.OXIS_START``):
the drive-cycle voltage under its measured current at 20 °C and, for ``FITTED``, the ECM's
capacity ratio C(50 °C)/C(20 °C) = 1.117 (``lis_fit.fit_oxis(temperature=True)``). The
quantities:

- ``"Sulfur mass [g]"`` m_S, the cell's active sulfur, and ``"Initial S4 fraction"``: the share
  of it dissolved as S4(2-) at full charge (the rest as S8; S2(2-), S(2-) and the precipitate
  start at Marinescu et al.'s small fractions);
- the standard potentials, apparent electron numbers and exchange-current densities of both
  plateaus and of the Bottom step S2(2-) + 2e- -> 2 S(2-) (Kumaresan et al. 2008), and the
  high plateau's interaction potential;
- the Bottom step's activation energy, from the 50 °C capacity ratio alone (the voltage at
  20 °C, the set's reference temperature, does not depend on it);
- the precipitation rate constant and the sulfide saturation mass;
- the cathode's double-layer capacity and mass-transfer coefficient;
- the ohmic resistance at 20 °C, its dissolved-polysulfide coefficient and the cathode pore
  volume (as a multiple of the precipitate that fills it, ``"Pore volume factor"``).

The fits vary the quantities of the low plateau, the Bottom step, the precipitation and the
resistance (``lis_fit.OXIS_REFITTED``, and for ``FITTED`` the Bottom step's activation
energy); the high plateau's four quantities, the double-layer capacity and the mass-transfer
coefficient keep the values of ``lis_fit.OXIS_START``. ``FITTED`` is the least-squares run
stopped at scipy's limit of 10 function evaluations, not a converged optimum. It gives
22.1 mV RMSE over the 12 h, a capacity 0.08 % below the measured one and
C(50 °C)/C(20 °C) = 1.111 (0.5 % below the ECM's). Bounds (``lis_fit.oxis_quantities``): the
low plateau's apparent electron number sits at its upper bound, 4 (the electrons of the
reaction as written: the measured low plateau is as flat as an ideal solution's or flatter);
no other fitted quantity is at a bound.

End of discharge. The measured relaxed voltage stays on the low plateau (2.08 V) to the end
while the voltage under the drive cycle's peaks (1.6-1.8 A) falls: the cell ends on its
resistance with sulfur still to reduce. In the set Li2S precipitates from the start of the low
plateau (the dissolved S(2-) stays at its saturation mass) and fills the pores: at the end of
the 20 °C drive cycle the precipitate holds 1.06 g of sulfur and fills 57 % of the pore volume
(its Bruggeman factor (1 - theta)^-1.5 has reached 3.6, R = 0.23 Ohm), the S4(2-) is used up
and the Bottom step cannot carry the peaks above 1.5 V through that resistance; it has reduced
no S2(2-) (1.13 g of sulfur left as S2(2-)). Warmer, with the lower resistance (the ECM's
activation energy) and the faster Bottom step, the cell goes on reducing S2(2-) until the pores
stop it: the Bottom step delivers 0.07 A.h at 30 °C and 0.29 A.h at 50 °C (the pores 62 % and
76 % full at the end).

Temperature and capacity (validation case ``lis_oxis_temperature``): the ECM's capacity rises
4.7 % from 20 to 30 °C and 11.7 % to 50 °C. The set, whose Bottom activation energy was
fitted to the 50 °C ratio only, predicts C(30 °C)/C(20 °C) = 1.029, 1.7 % below the ECM's
1.047 (the case's limit is 2 %): its capacity rises less than the ECM's over the first 10 K
and more over the next 20 K, because at 20 °C the Bottom step is at the threshold where it
begins to carry the peaks. The rise comes mostly from the resistance's activation energy (the
ECM's) once the Bottom step lifts the sulfur ceiling (:func:`pybamm_beyondli.workflows.
lis_fit.capacity_ceiling`: 1.36 times the 20 °C capacity): the Bottom step's activation
energy is only weakly identified by the 50 °C ratio. With the other quantities of ``FITTED``,
0, 5.4 and 10 kJ/mol give C(50 °C)/C(20 °C) = 1.1109, 1.1112 and 1.1114 and 20 kJ/mol 1.136
(the scalar fit of ``python -m pybamm_beyondli.workflows.lis_fit temperature``, bounded to 0.5
kJ/mol, ends at 10.0 kJ/mol), while C(30 °C)/C(20 °C) stays at 1.029 from 0 to 20 kJ/mol.
The charge-transfer and precipitation activation energies are not identified (0).

Generalisation: the same quantities fitted to the voltage of the even-numbered repeats of the
drive cycle and the end of discharge alone (``FITTED_EVEN_CYCLES``, without the capacity ratio:
the cross-validation is at 20 °C) predict the odd-numbered ones, which that fit did not see
(validation case ``lis_oxis_cross_validation``: 20.1 mV). The 30 °C capacity ratio above is the
prediction of a condition no fit saw. A fit to the first 6 h alone does not predict the end of
the discharge: the length of the low plateau (the sulfur left for it) is not identified before
the cell reaches it.

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

#: The fitted quantities (fitted to lis_oxis_propp2016, the whole discharge and the ECM's
#: capacity ratio at 50 °C, from ``lis_fit.OXIS_START``: :func:`pybamm_beyondli.workflows.
#: lis_fit.main`, the least-squares run stopped at 10 function evaluations, at its point of
#: lowest cost; module docstring).
FITTED: dict[str, float] = {
    "Sulfur mass [g]": 2.2491,
    "Initial S4 fraction": 0.15791,
    "High plateau standard potential [V]": 2.384,
    "High plateau apparent electron number": 0.94275,
    "High plateau interaction potential [V]": 0.0038499,
    "High plateau exchange-current density [A.m-2]": 92.361,
    "Low plateau standard potential [V]": 2.1369,
    "Low plateau apparent electron number": 3.9999,
    "Low plateau exchange-current density [A.m-2]": 0.00032,
    "Bottom plateau standard potential [V]": 2.0015,
    "Bottom plateau apparent electron number": 1.5089,
    "Bottom plateau exchange-current density [A.m-2]": 0.0010431,
    "Bottom plateau activation energy [J.mol-1]": 5365.4,
    "Precipitation rate constant [s-1]": 26467.0,
    "Sulfide saturation mass [g]": 0.057705,
    "Cathode double-layer capacity [F.m-2]": 204.5,
    "Cathode mass-transfer coefficient [m.s-1]": 3.2632e-07,
    "Ohmic resistance [Ohm]": 0.029985,
    "Dissolved polysulfide resistance coefficient": 2.1022,
    "Pore volume factor": 0.82072,
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
        # Marinescu et al.'s seed (their initial precipitate) per gram of sulfur
        "Precipitation seed mass [g]": m_S * minor["Sp"],
        # --- reactions ---
        **{name: fitted[name] for name in (
            "High plateau standard potential [V]", "High plateau apparent electron number",
            "High plateau interaction potential [V]",
            "High plateau exchange-current density [A.m-2]",
            "Low plateau standard potential [V]", "Low plateau apparent electron number",
            "Low plateau exchange-current density [A.m-2]",
            "Bottom plateau standard potential [V]",
            "Bottom plateau apparent electron number",
            "Bottom plateau exchange-current density [A.m-2]",
            "Cathode double-layer capacity [F.m-2]",
            "Cathode mass-transfer coefficient [m.s-1]")},
        "Low plateau interaction potential [V]": 0.0,  # the low plateau is flat
        "Bottom plateau interaction potential [V]": 0.0,  # as the low plateau's
        # fitted to the ECM's capacity ratio at 50 °C (module docstring); the 20 °C fits do
        # not depend on it (isothermal at the reference temperature) and run without it
        "Bottom plateau activation energy [J.mol-1]":
            fitted.get("Bottom plateau activation energy [J.mol-1]", 0.0),
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
        "Charge-transfer activation energy [J.mol-1]": 0.0,  # not identified
        "Precipitation activation energy [J.mol-1]": 0.0,  # not identified
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


def _with(fitted: Mapping) -> dict:
    return {**values(fitted),
            "citations": cite("Propp2016", "Marinescu2016", "Hua2019", "Varzi2020",
                              "CRC2016")}


def get_parameter_values() -> dict:
    return _with(FITTED)


#: The same quantities fitted to the even-numbered repeats of the drive cycle only (fitted to
#: lis_oxis_propp2016, the voltage of drive cycles 0, 2, 4, ... and the end of discharge, at
#: 20 °C, without the capacity ratio, so without the Bottom step's activation energy; from
#: ``lis_fit.OXIS_START`` as ``FITTED``; the least-squares run stopped at 8 function
#: evaluations, 87 model solves, at its point of lowest cost on those cycles): the
#: cross-validation (``lis_oxis_cross_validation``).
FITTED_EVEN_CYCLES: dict[str, float] = {
    "Sulfur mass [g]": 2.2519,
    "Initial S4 fraction": 0.16806,
    "High plateau standard potential [V]": 2.384,
    "High plateau apparent electron number": 0.94275,
    "High plateau interaction potential [V]": 0.0038499,
    "High plateau exchange-current density [A.m-2]": 92.361,
    "Low plateau standard potential [V]": 2.1403,
    "Low plateau apparent electron number": 3.9996,
    "Low plateau exchange-current density [A.m-2]": 0.0003823,
    "Bottom plateau standard potential [V]": 2.0114,
    "Bottom plateau apparent electron number": 1.221,
    "Bottom plateau exchange-current density [A.m-2]": 0.00012754,
    "Precipitation rate constant [s-1]": 53021.0,
    "Sulfide saturation mass [g]": 0.094187,
    "Cathode double-layer capacity [F.m-2]": 204.5,
    "Cathode mass-transfer coefficient [m.s-1]": 3.2632e-07,
    "Ohmic resistance [Ohm]": 0.027147,
    "Dissolved polysulfide resistance coefficient": 2.2277,
    "Pore volume factor": 0.94198,
}


def get_parameter_values_even_cycles() -> dict:
    """The set with :data:`FITTED_EVEN_CYCLES` (not registered with PyBaMM: a check)."""
    return _with(FITTED_EVEN_CYCLES)
