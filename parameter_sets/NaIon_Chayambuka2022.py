"""Hard carbon ‖ Na3V2(PO4)2F3 (NVPF) sodium-ion cell of Chayambuka et al. (2022).

Cell, materials and transport data: K. Chayambuka, G. Mulder, D.L. Danilov, P.H.L. Notten,
"Physics-based modeling of sodium-ion batteries part II. Model and validation", Electrochim.
Acta 404 (2022) 139764 (PyBaMM key ``Chayambuka2022``), whose measured material functions come
from part I, Electrochim. Acta 404 (2022) 139726 (``Chayambuka2022a``). PyBaMM's
``Chayambuka2022`` set (imported, not copied) carries the paper's geometry, particle radii,
maximum concentrations, porosities, hard-carbon conductivity, electrolyte D_e(c), sigma_e(c)
and t+, the tabulated OCPs, the part I GITT diffusivities D_s(c) and the part II rate
constants k(c) (these two extended by straight lines to 0 <= c <= c_max, :func:`_full_range`:
a full discharge takes both electrodes past their first or last measured point). This set
keeps them and changes:

1. **Exchange current** in the paper's form (part II, alpha = 1/2)::

       j0 = F k(x) c_e^1/2 c_s^1/2 (c_max - c_s)^1/2,   k in m^2.5 mol^-1/2 s^-1,

   written at the particle surface (PyBaMM's ``j = 2 j0 sinh(F eta / 2RT)``). The paper
   writes the modified Butler-Volmer law with the particle-average concentration in j0 and
   in the overpotential, and the surface/average concentration ratios in front of the two
   exponentials; for alpha = 1/2 the two forms agree when the OCP is ideal-solution like
   (U(c_s) - U(c_avg) = -(RT/F) ln[c_s (c_max - c_avg) / (c_avg (c_max - c_s))]), which
   PyBaMM's lithium-ion models (built on surface concentrations) can express. PyBaMM's set
   has ``(c_e / c_e0)^1/2 ... / 2`` instead, a j0 63 times smaller for the same k. k(x) is
   read at the paper's concentration of the same stoichiometry x. Both tables are the
   paper's, without a factor; a share of the NVPF reacts slower (item 7).
2. **NVPF open-circuit potential**: the part II rational function of theta = c / c_max for
   0.2193 <= theta <= 0.864, made non-increasing by its least-squares isotonic fit (the
   rational function rises by up to 21 mV on [0, 0.335], [0.547, 0.562], [0.639, 0.689],
   [0.889, 1], which let single DFN nodes phase-separate), joined at both ends to the
   measured part I curve (PyBaMM's table):

   - the charged end, theta < 0.2193: 4.29 -> 4.18 V (its first point moved from 0.21 to
     :data:`END_STOICHIOMETRY`, see there). The rational function is flat (4.16-4.17 V)
     down to theta = 0, so on its own a charge to 4.2 V ends only when the hard carbon
     reaches 0 V vs Na (plating); with the measured end the charge stops near
     theta = 0.21, as the half cell did;
   - the discharged end, theta > :data:`DISCHARGED_JOIN` = 0.864, where the two agree
     (3.674 / 3.676 V): 3.65 V at 0.93 falling to 3.03 V at 1. The rational function stays
     at 3.68 V up to theta = 1, so a cell that ends on the NVPF had no end of discharge.

   The position of the step between the two plateaus is fitted
   (``"Positive electrode OCP step shift"``, delta, :func:`NVPF_ocp_Chayambuka2022`): U_p
   is the measured curve read at theta - delta sin^2(pi (theta - 0.2193) / (1 - 0.2193)),
   which moves the step (theta = 0.60 in part II, 0.585 in part I) by delta and leaves both
   measured ends in place; the fit gives delta = 0.024.
3. **Charged state**: the cell starts where a charge to 4.2 V leaves it at rest: NVPF at
   the stoichiometry where the open-circuit voltage is 4.2 V
   (:func:`charged_nvpf_stoichiometry`, 0.2072) with the hard carbon at the fitted sodium
   inventory. The NVPF concentration is an expression of the inventory
   (:func:`charged_nvpf_concentration`), so every trial of a fit that moves the inventory
   also starts at 4.2 V. A standard charge (C/10 to 4.2 V, hold to C/50) returns the cell
   to this state, so the capacity the set delivers after it is the validated one
   (``naion_hc_nvpf_standard_charge``).
4. **Loadings**: the active-material volume fractions of both electrodes are fitted (they
   set the electrode capacities, F eps L A c_max, i.e. the balancing); each porosity is
   1 - active - inactive volume fraction, with the paper's inactive (binder and carbon)
   fractions, 0.001 (HC) and 0.22 (NVPF).
5. **Temperature**: Arrhenius factors exp[E_a/R (1/T_ref - 1/T)] on the rate constants,
   the solid diffusivities and the electrolyte diffusivity and conductivity
   (:data:`ACTIVATION_ENERGIES`, each with its source). The paper has none (PyBaMM's set
   has no temperature dependence).
6. 1C = 2.8 mA: ``"Nominal cell capacity [A.h]"`` is the capacity measured at C/10 in the
   validation data (2.77 mAh, 2.54 cm^2 electrode), not PyBaMM's rounded 3 mAh.

7. **Two NVPF particle populations** (:data:`MODEL_OPTIONS`, PyBaMM's composite-electrode
   "particle phases" [Ai2022]): the same NVPF (OCP, particles, diffusivity, charged
   state) in two populations of one electrode, volume fractions eps_p (1 - f) and eps_p f.
   The first reacts with the paper's rate constants k_p (no factor), the second, the slow
   particles, with g k_p. Both f and g are fitted: f = 0.12 of the NVPF reacts 36 times
   slower (g = 0.028). The measured curves show what such a share of slow particles
   (poorly wired or wetted ones, say) gives and one population cannot: at 0.6C the step
   between the two NVPF plateaus starts earlier and is smeared over more capacity than at
   0.1C (about 0.3 against 0.15 mAh), as the fast particles run ahead of the slow ones.
   The populations are the set's ``"Primary: ..."`` / ``"Secondary: ..."`` entries;
   PyBaMM's models without the option read the unprefixed ones, one population with k_p
   (not validated: 30.6 / 47.2 / 37.7 mV in the DFN).

Fitted to ``naion_chayambuka2022`` (0.1C / 0.6C / 1.4C discharges to 2.0 V), DFN with
:data:`MODEL_OPTIONS` and PyBaMM's default mesh: the eight quantities of :data:`FITTED` --
the sodium inventory (initial hard-carbon concentration), the two loadings, a factor on the
part I hard-carbon GITT diffusivity, the effective electronic conductivity of the NVPF
electrode, the NVPF step position, and the share f and rate factor g of the slow NVPF
particles. The NVPF rate constants are the paper's. The conductivity lumps the resistance
of the NVPF composite and its contact to the current collector, which the half-cell
parameterisation of part I does not resolve: the measured curves drop about linearly with
current (~65 Ohm) and the upper NVPF plateau slopes at high rate, which a poorly conducting
cathode reproduces (its reaction front moves from the current collector into the
electrode); with the paper's 50 S/m and the other seven quantities fitted the set gives
41.5 / 41.6 / 42.4 mV. The values minimise a smooth maximum (12-norm) of the six errors
RMSE/30 mV and |capacity error|/3 % (:func:`pybamm_beyondli.workflows.fitting.fit_parameters`
with ``worst_curve_evaluations``: 8 least-squares evaluations, then 120 of Nelder-Mead on
that maximum).

Result (:data:`FIT_RESULT`): 21.5 / 23.5 / 23.8 mV and -0.3 / +0.3 / +0.2 % at 0.1 / 0.6 /
1.4C; after a standard charge a C/10 discharge delivers 2.753 mAh (measured 2.77, -0.6 %)
with the hard carbon >= 61 mV vs Na throughout. At 0.1C both electrodes end the discharge:
the NVPF on its measured discharged end (surface stoichiometry 0.99 in the fast particles,
0.98 in the slow ones) and the hard carbon (0.0014). The fit is not an artefact of
PyBaMM's default particle mesh (20 points): with 80 points in each particle the set gives
21.5 / 24.2 / 25.4 mV and -0.3 / +0.0 / -0.3 %.

Leave-one-rate-out (validation case ``naion_hc_nvpf_leave_one_rate_out``): the eight
quantities refitted on two rates by the same procedure (every trial charged to 4.2 V)
predict the third at 35.8 / 30.1 / 29.7 mV (0.1 / 0.6 / 1.4C left out), within the 40 mV
target; each two-rate fit meets its own two curves (20.6-24.1 mV, capacity within 1 %). The
0.1C prediction is the weakest: fitted to 0.6 and 1.4C alone, the slow particles come out
fewer and slower (f = 0.089, g = 0.0096) with 1.2 % more NVPF, which the high-rate curves
cannot tell apart. One NVPF population with a fitted factor on k_p (seven quantities) meets
the three curves at 29.0 / 29.2 / 24.9 mV but misses this check (42.0 / 42.3 / 44.5 mV).

What the curves cannot pin: every DFN fit that meets them takes 3.8-4.0 mAh of hard carbon
(a volume fraction of 0.60-0.64), 23-30 % more than the paper's loading holds (its coating
density times mass fraction over density, BattMo.jl's Chayambuka2022.json: HC 954.67
kg/m3 x 0.999 / 1950 = 0.489, 3.10 mAh on the 2.54 cm^2 electrode at the paper's c_max),
and a hard-carbon diffusivity 2.0-2.4 times its GITT value. Whether the cell holds more
hard carbon or a hard carbon of higher specific capacity than the paper's numbers give, the
discharge curves cannot tell: the fitted fraction is the hard carbon's capacity, not its
porosity.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import numpy as np
import pybamm
from numpy.polynomial.polynomial import polyval
from pybamm.input.parameters.sodium_ion import Chayambuka2022
from scipy.interpolate import PchipInterpolator
from scipy.optimize import isotonic_regression

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._electrolytes import napf6_ecpc_range
from pybamm_beyondli.parameter_sets._ion_cells import (
    ActiveMaterial,
    molar_mass,
    positive_stoichiometry_at_voltage,
)
from pybamm_beyondli.parameters.checks import Rule, checked
from pybamm_beyondli.parameters.functions import Arrhenius, ScaledFunction

# Part II values, read from PyBaMM's set, used to map the measured tables onto stoichiometry
_PYBAMM_VALUES = Chayambuka2022.get_parameter_values()
#: HC maximum Na concentration [mol.m-3], part II (14540, PyBaMM's Chayambuka2022)
C_MAX_N = float(_PYBAMM_VALUES["Maximum concentration in negative electrode [mol.m-3]"])
#: NVPF maximum Na concentration [mol.m-3], part II (15320, PyBaMM's Chayambuka2022)
C_MAX_P = float(_PYBAMM_VALUES["Maximum concentration in positive electrode [mol.m-3]"])
#: The active materials, with the data their capacity follows from (the Faraday check):
#: NVPF, Na3V2(PO4)2F3 cycling 2 Na per formula unit (128.3 mA.h/g; the reviews' 128
#: [Tian2021]) at 3.2 g/cm3 (BattMo.jl's Chayambuka2022.json), which gives c_max =
#: 15319 mol/m3 (the paper's 15320); hard carbon: the paper's c_max at BattMo.jl's density
#: 1.95 g/cm3, i.e. 200 mA.h/g (hard carbon has no formula capacity)
MATERIALS = {
    "negative": ActiveMaterial("hard carbon", 1950.0,
                               C_MAX_N * 96485.33212 / 3.6 / 1950e3),
    "positive": ActiveMaterial.from_formula(
        "Na3V2(PO4)2F3", molar_mass({"Na": 3, "V": 2, "P": 2, "O": 8, "F": 3}), 2, 3200.0),
}
#: Inactive (binder + conductive carbon) volume fraction of the HC electrode: the paper's
#: 1 - 0.51 - 0.489 (PyBaMM's Chayambuka2022)
HC_INACTIVE_FRACTION = 0.001
#: Inactive volume fraction of the NVPF electrode: the paper's 1 - 0.23 - 0.55 (PyBaMM's set)
NVPF_INACTIVE_FRACTION = 0.22
#: Reference temperature of every measured function and of the Arrhenius factors [K]: the
#: paper's 25 degC
REFERENCE_TEMPERATURE = 298.15
#: Upper cut-off of the cell's charge [V] (part II; PyBaMM's set)
CHARGE_VOLTAGE = 4.2

#: Model options the set is identified and validated with: the NVPF as two particle
#: populations (PyBaMM's composite-electrode "particle phases", read from the set's
#: ``"Primary: ..."`` and ``"Secondary: ..."`` entries), see the module docstring. Without
#: them PyBaMM's models read the unprefixed entries: one NVPF population with the paper's
#: rate constants, i.e. the slow particles reacting as fast as the others.
MODEL_OPTIONS = {"particle phases": ("1", "2")}
#: Share of the NVPF active volume in the slow population (secondary phase)
SLOW_FRACTION = "Positive electrode slow-particle fraction"
#: Rate constant of the slow NVPF population relative to the paper's k_p
SLOW_RATE_FACTOR = "Positive electrode slow-particle rate-constant factor"

#: Quantities fitted to naion_chayambuka2022 (0.1/0.6/1.4C), see the module docstring;
#: a function parameter's entry is the factor multiplying the paper's function.
FITTED = {
    "Initial concentration in negative electrode [mol.m-3]": 10238.58,
    "Negative electrode active material volume fraction": 0.64012,
    "Positive electrode active material volume fraction": 0.50918,
    "Negative particle diffusivity [m2.s-1]": 2.1378,  # factor on the part I GITT table
    "Positive electrode conductivity [S.m-1]": 1.9640e-3,
    "Positive electrode OCP step shift": 0.022962,
    SLOW_FRACTION: 0.12008,
    SLOW_RATE_FACTOR: 0.027712,
}

#: Bounds of the fitted quantities (the fit and the leave-one-rate-out check use them)
FIT_BOUNDS = {
    "Initial concentration in negative electrode [mol.m-3]": (0.5 * C_MAX_N, 0.98 * C_MAX_N),
    "Negative electrode active material volume fraction": (0.35, 0.75),
    "Positive electrode active material volume fraction": (0.40, 0.70),
    "Negative particle diffusivity [m2.s-1]": (0.2, 10.0),
    "Positive electrode conductivity [S.m-1]": (1e-4, 1.0),
    "Positive electrode OCP step shift": (-0.1, 0.15),
    SLOW_FRACTION: (0.0, 0.95),
    SLOW_RATE_FACTOR: (1e-3, 1.0),
}

#: Measured fit quality, model (with :data:`MODEL_OPTIONS`): {C-rate: (voltage RMSE [mV],
#: capacity error [%])}
FIT_RESULT = {
    "DFN": {0.1: (21.50, -0.285), 0.6: (23.48, 0.291), 1.4: (23.85, 0.217)},
}



def _full_range(table: tuple, c_max: float) -> tuple[np.ndarray, np.ndarray]:
    """A measured table (c, y) extended to 0 <= c <= c_max by straight lines through its
    end segments: the values a linear interpolant extrapolates to, made table points, so
    that a cell driven to the end of either electrode reads the table, not beyond it."""
    _, (c, y) = table
    c, y = np.ravel(c).astype(float), np.ravel(y).astype(float)
    if c[0] > 0.0:
        c, y = np.r_[0.0, c], np.r_[y[0] - c[0] * (y[1] - y[0]) / (c[1] - c[0]), y]
    if c[-1] < c_max:
        slope = (y[-1] - y[-2]) / (c[-1] - c[-2])
        c, y = np.r_[c, c_max], np.r_[y, y[-1] + (c_max - c[-1]) * slope]
    if np.any(y <= 0.0):
        raise ValueError("a rate constant or diffusivity table extends to a value <= 0")
    return c, y


# part II rate constants k(c_s) [m^2.5 mol^-0.5 s^-1] and part I GITT diffusivities D_s(c_s)
# [m2.s-1], over the whole stoichiometry range (:func:`_full_range`)
_K_N_C, _K_N = _full_range(Chayambuka2022.k_n_data, C_MAX_N)
_K_P_C, _K_P = _full_range(Chayambuka2022.k_p_data, C_MAX_P)
_D_N_C, _D_N = _full_range(Chayambuka2022.D_n_data, C_MAX_N)
_D_P_C, _D_P = _full_range(Chayambuka2022.D_p_data, C_MAX_P)
_, (_U_N_X, _U_N) = Chayambuka2022.U_n_data  # part II HC OCP table
_, (_U_P_X, _U_P) = Chayambuka2022.U_p_data  # part I NVPF OCP table (PyBaMM / COMSOL)

#: Activation energies [J.mol-1] of the Arrhenius factors, with their sources:
ACTIVATION_ENERGIES = {
    # HC sodiation, ~55 kJ/mol from potential-step and impedance measurements on diluted HC
    # electrodes (Komaba group, "Revealing the kinetic limits of sodiation and lithiation
    # at hard carbon using the diluted electrode method", abstract; key KomabaHC2025), who
    # find both the solid-state process and the charge transfer rate-limiting: used for
    # the HC rate constant and the HC diffusivity
    "HC rate constant": 55e3,
    "HC diffusivity": 55e3,
    # NVPF Na migration, lowest computed barrier of the three Na paths (0.449 / 0.2 /
    # 0.323 eV, DFT; "Investigation of the sodium ion pathway and cathode behavior in
    # Na3V2(PO4)2F3 combined via a first principles calculation", abstract; key
    # NVPFPathwayDFT): 0.2 eV = 19.3 kJ/mol
    "NVPF diffusivity": 0.2 * 96485.33212,
    # NVPF charge transfer: ESTIMATED as the HC value (Na+ leaves the same carbonate
    # solvation shell at both electrodes); no measurement of NVPF kinetics vs T was found
    "NVPF rate constant": 55e3,
    # Electrolyte: ESTIMATED from LiPF6 in carbonates (Valoen & Reimers 2005, the
    # correlation of PyBaMM's Xu2019/Marquis sets): effective Arrhenius energies of its
    # sigma(1 M, T) and D(1 M, T) between 263 and 318 K, 13.9 and 35.3 kJ/mol. No NaPF6
    # EC:PC data vs temperature was found; Na+ and Li+ carbonate electrolytes have
    # conductivities within 10-20 % of each other (Kuratani 2013, NaClO4/LiClO4 in PC)
    "electrolyte conductivity": 13.9e3,
    "electrolyte diffusivity": 35.3e3,
}

# Part II rational fit of the NVPF OCP, U = P(theta^2) / Q(theta^2), coefficients of
# theta^0, theta^2, ..., theta^8 (as transcribed in BattMo.jl's Chayambuka2022.json)
_U_P_NUM = (116.1647, -940.2551, 3101.9987, -5292.6225, 4040.4367)
_U_P_DEN = (27.9167, -228.18310, 769.0709, -1353.4191, 1063.2453)
#: Where the part I table's charged end joins the part II function (the table's third point)
U_P_JOIN = 0.219269532


def NVPF_ocp_rational_Chayambuka2022(sto: np.ndarray) -> np.ndarray:
    """The part II rational function of the NVPF OCP [V] (not monotone; module docstring)."""
    theta2 = np.asarray(sto) ** 2
    return polyval(theta2, _U_P_NUM) / polyval(theta2, _U_P_DEN)


#: Stoichiometry given to the part I table's first point (0.21, 4.288 V): that point sits
#: 4.5e-5 before the next (4.211 V), a slope of -1700 V per unit stoichiometry that the
#: solver cannot follow through a charge to 4.2 V; moved to END_STOICHIOMETRY it keeps
#: the measured voltages with a -20 V slope
END_STOICHIOMETRY = 0.206


#: Where the part I table's measured discharged end takes over from the part II function
#: (they agree there: 3.6743 V and 3.6757 V); beyond it the rational function stays flat
#: at 3.68 V up to theta = 1, while the measured curve falls to 3.03 V
DISCHARGED_JOIN = 0.864


def _nvpf_table() -> tuple[np.ndarray, np.ndarray]:
    x_table, u_table = np.ravel(_U_P_X), np.ravel(_U_P)
    end = x_table < U_P_JOIN  # the measured charged end of the part I curve
    x_end, u_end = x_table[end].copy(), u_table[end]
    x_end[0] = END_STOICHIOMETRY
    # below it, a straight line to stoichiometry 0 with the same slope (never reached:
    # the charge ends at 4.2 V on the measured end)
    slope = (u_end[1] - u_end[0]) / (x_end[1] - x_end[0])
    x_rational = np.linspace(U_P_JOIN, DISCHARGED_JOIN, 141)
    tail = x_table > DISCHARGED_JOIN + 1e-3  # the measured discharged end of part I
    x = np.concatenate([[0.0], x_end, x_rational, x_table[tail]])
    u = np.concatenate([[u_end[0] - slope * x_end[0]], u_end,
                        NVPF_ocp_rational_Chayambuka2022(x_rational), u_table[tail]])
    return x, isotonic_regression(u, increasing=False).x


#: NVPF OCP table (module docstring, change 2), interpolated by PCHIP
U_P_STO, U_P_VALUES = _nvpf_table()

#: The fitted position of the NVPF step (module docstring, change 2)
STEP_SHIFT = "Positive electrode OCP step shift"
#: Shifts for which the stoichiometry map of :func:`NVPF_ocp_Chayambuka2022` is monotone
#: (its slope is 1 - shift pi / (1 - U_P_JOIN) sin(...) >= 1 - 4.03 |shift|)
STEP_SHIFT_RULE = Rule("between -0.2 and 0.2 (a larger shift folds the NVPF open-circuit "
                       "curve)", low=-0.2, high=0.2)


def NVPF_ocp_measured_Chayambuka2022(sto: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF open-circuit potential [V] vs Na/Na+ as measured: the part I charged end, the
    monotone part II function and the part I discharged end (:data:`U_P_STO`), PCHIP."""
    return pybamm.Interpolant(U_P_STO, U_P_VALUES, sto, "U_p", interpolator="pchip")


def NVPF_ocp_Chayambuka2022(sto: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF open-circuit potential [V] vs Na/Na+ with its step moved by the parameter
    ``"Positive electrode OCP step shift"`` (delta)::

        U_p(theta) = U_measured(theta - delta sin^2(pi (theta - theta_j) / (1 - theta_j)))

    for theta > theta_j = :data:`U_P_JOIN`, U_measured(theta) below: the step (theta ~ 0.60
    at delta = 0) moves to ~0.60 + delta, the charged end (theta <= theta_j) and the
    discharged end (theta = 1) stay where they were measured."""
    shift = checked(pybamm.Parameter(STEP_SHIFT), rule=STEP_SHIFT_RULE)
    bump = pybamm.sin(np.pi * (sto - U_P_JOIN) / (1 - U_P_JOIN)) ** 2 * (sto > U_P_JOIN)
    return NVPF_ocp_measured_Chayambuka2022(sto - shift * bump)


def HC_ocp_Chayambuka2022(sto: pybamm.Symbol) -> pybamm.Symbol:
    """Hard-carbon open-circuit potential [V] vs Na/Na+: the part II table (PyBaMM's)."""
    return pybamm.Interpolant(np.ravel(_U_N_X), np.ravel(_U_N), sto, "U_n")


def _paper_j0(k, c_e, c_s_surf, c_s_max):
    """``j0 = F k c_e^0.5 c_s^0.5 (c_max - c_s)^0.5`` [A.m-2] (part II, alpha = 0.5)."""
    return pybamm.constants.F * k * c_e**0.5 * c_s_surf**0.5 * (c_s_max - c_s_surf) ** 0.5


def HC_exchange_current_density_Chayambuka2022(c_e, c_s_surf, c_s_max, T):
    """Hard-carbon exchange-current density [A.m-2] at the reference temperature:
    ``F k_n(x) c_e^0.5 c_s^0.5 (c_max - c_s)^0.5``, k_n the part II table at the paper's
    concentration of the stoichiometry x = c_s / c_max."""
    k = pybamm.Interpolant(_K_N_C, _K_N, c_s_surf / c_s_max * C_MAX_N, "k_n")
    return _paper_j0(k, c_e, c_s_surf, c_s_max)


def NVPF_exchange_current_density_Chayambuka2022(c_e, c_s_surf, c_s_max, T):
    """NVPF exchange-current density [A.m-2] at the reference temperature, part II form
    with the part II k_p table (read at the paper's concentration of the same x)."""
    k = pybamm.Interpolant(_K_P_C, _K_P, c_s_surf / c_s_max * C_MAX_P, "k_p")
    return _paper_j0(k, c_e, c_s_surf, c_s_max)


def HC_diffusivity_Chayambuka2022(sto, T):
    """Hard-carbon diffusivity [m2.s-1] at the reference temperature: the part I GITT
    table D_n at the paper's concentration of the stoichiometry."""
    return pybamm.Interpolant(_D_N_C, _D_N, sto * C_MAX_N, "D_n")


def NVPF_diffusivity_Chayambuka2022(sto, T):
    """NVPF diffusivity [m2.s-1] at the reference temperature: the part I GITT table."""
    return pybamm.Interpolant(_D_P_C, _D_P, sto * C_MAX_P, "D_p")


def _arrhenius(function, name: str) -> Arrhenius:
    return Arrhenius(function, ACTIVATION_ENERGIES[name], REFERENCE_TEMPERATURE)


def hard_carbon_exchange_current() -> Arrhenius:
    """The hard carbon's exchange current density of this set (part II form and table,
    Arrhenius), for the sets that use the same hard carbon."""
    return _arrhenius(HC_exchange_current_density_Chayambuka2022, "HC rate constant")


def hard_carbon_diffusivity() -> Arrhenius:
    """The hard carbon's diffusivity of this set (part I GITT table times the fitted factor,
    Arrhenius), for the sets that use the same hard carbon."""
    return _arrhenius(ScaledFunction(HC_diffusivity_Chayambuka2022,
                                     FITTED["Negative particle diffusivity [m2.s-1]"]),
                      "HC diffusivity")


def charged_nvpf_stoichiometry(x_n: float, voltage: float = CHARGE_VOLTAGE) -> float:
    """NVPF stoichiometry at which the open-circuit voltage U_p - U_n(x_n) is ``voltage``
    (the state a charge to ``voltage`` leaves at rest), on the measured charged end."""
    u_n = float(np.interp(x_n, np.ravel(_U_N_X), np.ravel(_U_N)))
    return positive_stoichiometry_at_voltage(_nvpf_ocp(), u_n, voltage, (0.0, U_P_JOIN))


@functools.cache
def _nvpf_ocp() -> PchipInterpolator:
    """The NVPF OCP table as a scipy PCHIP (as :func:`NVPF_ocp_measured_Chayambuka2022`)."""
    return PchipInterpolator(U_P_STO, U_P_VALUES)


#: Hard-carbon stoichiometries at which :func:`charged_nvpf_concentration` tabulates the
#: charged NVPF (the bounds of the fitted sodium inventory, FIT_BOUNDS)
_CHARGED_X_N = np.linspace(0.5, 0.98, 49)


@functools.cache
def _charged_nvpf_table() -> np.ndarray:
    """NVPF concentration [mol.m-3] of the charged cell at each of :data:`_CHARGED_X_N`,
    computed once per process (49 root finds: ParameterValues builds the set twice)."""
    table = np.array([charged_nvpf_stoichiometry(x) * C_MAX_P for x in _CHARGED_X_N])
    table.setflags(write=False)
    return table


def charged_nvpf_concentration(c_n0: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF concentration [mol.m-3] of the charged cell at rest (open-circuit voltage
    :data:`CHARGE_VOLTAGE`) for the hard-carbon concentration ``c_n0``: an expression, so
    that a fit that moves the sodium inventory keeps the cell charged to 4.2 V
    (:func:`charged_nvpf_stoichiometry`, tabulated on 0.5 <= x_n <= 0.98, linear)."""
    return pybamm.Interpolant(_CHARGED_X_N * C_MAX_N, _charged_nvpf_table(), c_n0,
                              "charged NVPF concentration", interpolator="linear")


def electrolyte_parameters() -> dict:
    """1 M NaPF6 in EC:PC (1:1 w/w): part II t+ and tables (PyBaMM's functions) with the
    Arrhenius factors of :data:`ACTIVATION_ENERGIES`, and the tables' range
    (:mod:`._electrolytes`)."""
    return {
        "Initial concentration in electrolyte [mol.m-3]": 1000.0,
        "Cation transference number": 0.45,
        "Thermodynamic factor": 1.0,
        "Electrolyte conductivity [S.m-1]": _arrhenius(
            Chayambuka2022.electrolyte_conductivity_Chayambuka2022,
            "electrolyte conductivity"),
        "Electrolyte diffusivity [m2.s-1]": _arrhenius(
            Chayambuka2022.electrolyte_diffusivity_Chayambuka2022, "electrolyte diffusivity"),
        **napf6_ecpc_range(),
    }


def get_parameter_values() -> dict:
    """Parameters of the HC ‖ NVPF cell of Chayambuka et al. (2022), charged to 4.2 V."""
    values = Chayambuka2022.get_parameter_values()  # PyBaMM's set (Chayambuka2022 / COMSOL)
    fitted = FITTED
    bruggeman = pybamm.Parameter("Negative electrode Bruggeman coefficient (electrolyte)")
    values.update(
        {
            "chemistry": "sodium_ion",
            # 1C = capacity measured at C/10 (2.77 mAh, naion_chayambuka2022), not 3 mAh
            "Nominal cell capacity [A.h]": 2.8e-3,
            "Current function [A]": 2.8e-3,
            # OCPs: part II HC table; NVPF part I charged end + monotone part II function
            "Negative electrode OCP [V]": HC_ocp_Chayambuka2022,
            "Positive electrode OCP [V]": NVPF_ocp_Chayambuka2022,
            # the NVPF step position: fitted to naion_chayambuka2022 (module docstring)
            STEP_SHIFT: fitted[STEP_SHIFT],
            # kinetics: part II j0 form and k tables, Arrhenius (ACTIVATION_ENERGIES)
            "Negative electrode exchange-current density [A.m-2]":
                hard_carbon_exchange_current(),
            "Positive electrode exchange-current density [A.m-2]": _arrhenius(
                NVPF_exchange_current_density_Chayambuka2022, "NVPF rate constant"),
            # solid diffusion: part I GITT tables, the HC one times a fitted factor
            "Negative particle diffusivity [m2.s-1]": hard_carbon_diffusivity(),
            "Positive particle diffusivity [m2.s-1]": _arrhenius(
                NVPF_diffusivity_Chayambuka2022, "NVPF diffusivity"),
            # electrolyte: part II tables (PyBaMM's functions), Arrhenius (estimated E_a)
            **electrolyte_parameters(),
            # NVPF electrode effective electronic conductivity: fitted to
            # naion_chayambuka2022 (0.1/0.6/1.4C); PyBaMM's (COMSOL) value 50 S/m
            "Positive electrode conductivity [S.m-1]": fitted[
                "Positive electrode conductivity [S.m-1]"],
            # loadings: active volume fractions fitted to naion_chayambuka2022 (paper:
            # 0.489 HC, 0.55 NVPF); porosity = 1 - active - inactive (paper's inactive)
            "Negative electrode active material volume fraction": fitted[
                "Negative electrode active material volume fraction"],
            "Positive electrode active material volume fraction": fitted[
                "Positive electrode active material volume fraction"],
            "Negative electrode porosity": 1 - pybamm.Parameter(
                "Negative electrode active material volume fraction") - HC_INACTIVE_FRACTION,
            "Positive electrode porosity": 1 - pybamm.Parameter(
                "Positive electrode active material volume fraction") - NVPF_INACTIVE_FRACTION,
            # one electrolyte Bruggeman exponent in all three domains (paper: 1.5)
            "Negative electrode Bruggeman coefficient (electrolyte)": 1.5,
            "Separator Bruggeman coefficient (electrolyte)": bruggeman,
            "Positive electrode Bruggeman coefficient (electrolyte)": bruggeman,
            # charged state (module docstring, change 3): sodium inventory fitted to
            # naion_chayambuka2022; NVPF at 4.2 V open-circuit voltage
            "Initial concentration in negative electrode [mol.m-3]": fitted[
                "Initial concentration in negative electrode [mol.m-3]"],
            "Initial concentration in positive electrode [mol.m-3]": (
                charged_nvpf_concentration(pybamm.Parameter(
                    "Initial concentration in negative electrode [mol.m-3]"))),
            # the two NVPF populations (MODEL_OPTIONS): fitted to naion_chayambuka2022
            SLOW_FRACTION: fitted[SLOW_FRACTION],
            SLOW_RATE_FACTOR: fitted[SLOW_RATE_FACTOR],
            "citations": cite("Chayambuka2022", "Chayambuka2022a", "KomabaHC2025",
                              "NVPFPathwayDFT", "Valoen2005", "Kuratani2013", "Ai2022"),
        }
    )
    values.update(two_populations(values))
    return values


#: The positive-electrode entries PyBaMM reads per particle phase (``"Primary: "`` /
#: ``"Secondary: "``) besides the active volume fraction
PER_PHASE_ENTRIES = (
    "Maximum concentration in positive electrode [mol.m-3]",
    "Initial concentration in positive electrode [mol.m-3]",
    "Positive particle diffusivity [m2.s-1]",
    "Positive electrode OCP [V]",
    "Positive electrode OCP entropic change [V.K-1]",
    "Positive particle radius [m]",
    "Positive electrode exchange-current density [A.m-2]",
)


def two_populations(values: Mapping) -> dict:
    """The positive electrode of ``values`` as the two particle populations of
    :data:`MODEL_OPTIONS`: the same material, particles and charged state (each entry of
    :data:`PER_PHASE_ENTRIES` that ``values`` has, copied to both phases); active volume
    fractions eps_p (1 - f) and eps_p f, f = :data:`SLOW_FRACTION` and eps_p the
    electrode's (which also sets its porosity); exchange-current densities j0 and g j0,
    g = :data:`SLOW_RATE_FACTOR`. The two parameters f and g are read, not set."""
    eps = pybamm.Parameter("Positive electrode active material volume fraction")
    share = pybamm.Parameter(SLOW_FRACTION)
    j0 = "Positive electrode exchange-current density [A.m-2]"
    out = {f"{phase}: {name}": values[name] for name in PER_PHASE_ENTRIES
           if name in values for phase in ("Primary", "Secondary")}
    out.update({
        "Primary: Positive electrode active material volume fraction": eps * (1 - share),
        "Secondary: Positive electrode active material volume fraction": eps * share,
        f"Secondary: {j0}": ScaledFunction(values[j0], pybamm.Parameter(SLOW_RATE_FACTOR)),
    })
    return out
