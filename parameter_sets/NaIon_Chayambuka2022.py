"""Hard carbon ‖ Na3V2(PO4)2F3 (NVPF) sodium-ion cell of Chayambuka et al. (2022).

Cell, materials and transport data: K. Chayambuka, G. Mulder, D.L. Danilov, P.H.L. Notten,
"Physics-based modeling of sodium-ion batteries part II. Model and validation", Electrochim.
Acta 404 (2022) 139764 (PyBaMM key ``Chayambuka2022``), whose measured material functions come
from part I, Electrochim. Acta 404 (2022) 139726 (``Chayambuka2022a``). PyBaMM's
``Chayambuka2022`` set (imported, not copied) carries the paper's geometry, particle radii,
maximum concentrations, porosities, hard-carbon conductivity, electrolyte D_e(c), sigma_e(c)
and t+, the tabulated OCPs, the part I GITT diffusivities D_s(c) and the part II rate
constants k(c). This set keeps them and changes:

1. **Exchange current** in the paper's form (part II, alpha = 1/2)::

       j0 = F k(x) c_e^1/2 c_s^1/2 (c_max - c_s)^1/2,   k in m^2.5 mol^-1/2 s^-1,

   written at the particle surface (PyBaMM's ``j = 2 j0 sinh(F eta / 2RT)``). The paper
   writes the modified Butler-Volmer law with the particle-average concentration in j0 and
   in the overpotential, and the surface/average concentration ratios in front of the two
   exponentials; for alpha = 1/2 the two forms agree when the OCP is ideal-solution like
   (U(c_s) - U(c_avg) = -(RT/F) ln[c_s (c_max - c_avg) / (c_avg (c_max - c_s))]), which
   PyBaMM's lithium-ion models (built on surface concentrations) can express. PyBaMM's set
   has ``(c_e / c_e0)^1/2 ... / 2`` instead, a j0 63 times smaller for the same k. k(x) is
   read at the paper's concentration of the same stoichiometry x.
2. **NVPF open-circuit potential**: the part II rational function of theta = c / c_max for
   theta >= 0.2193, made non-increasing by its least-squares isotonic fit (the rational
   function rises by up to 21 mV on [0, 0.335], [0.547, 0.562], [0.639, 0.689], [0.889, 1],
   which let single DFN nodes phase-separate), joined to the measured charged end of the
   part I curve (PyBaMM's table, theta < 0.2193: 4.29 -> 4.18 V; its first point moved
   from 0.21 to :data:`END_STOICHIOMETRY`, see there). The rational function is flat
   (4.16-4.17 V) down to theta = 0, so on its own a charge to 4.2 V ends only when the hard
   carbon reaches 0 V vs Na (plating); with the measured end the charge stops near
   theta = 0.21, as the half cell did.
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

Fitted to ``naion_chayambuka2022`` (0.1C / 0.6C / 1.4C discharges to 2.0 V), DFN with
default options and mesh: the five quantities of :data:`FITTED` -- the sodium inventory
(initial hard-carbon concentration), the two loadings, a factor on the part I hard-carbon
GITT diffusivity and the effective electronic conductivity of the NVPF electrode. The last
lumps the resistance of the NVPF composite and its contact to the current collector, which
the half-cell parameterisation of part I does not resolve: the measured curves drop about
linearly with current (~65 Ohm) and the upper NVPF plateau slopes into a smeared step at
high rate, which a poorly conducting cathode reproduces (its reaction front moves from the
current collector into the electrode). The values minimise a smooth maximum (12-norm) of the
six errors RMSE/30 mV and |capacity error|/3 %
(:func:`pybamm_beyondli.workflows.fitting.fit_parameters` with ``worst_curve_evaluations``:
least squares, whose sum of squares trades the rates against each other -- 24 / 38 / 33 mV
--, then Nelder-Mead on that maximum).

Result (:data:`FIT_RESULT`): 29.3 / 32.0 / 31.5 mV and -2.3 / -1.9 / +1.2 % at 0.1 / 0.6 /
1.4C; after a standard charge a C/10 discharge delivers 2.698 mAh (measured 2.77, -2.6 %)
with the hard carbon >= 56 mV vs Na throughout. The 30 mV target is NOT met at 0.6C and
1.4C: with the charged state pinned at 4.2 V no search found a worst rate below 31.5 mV.
Other structures, each refitted the same way, did no better (worst rate first):

- NVPF and hard-carbon rate-constant factors and the Bruggeman exponent added: 31.8 mV
  (29.5 / 31.8 / 30.4);
- a contact resistance in series (PyBaMM's ``"contact resistance"`` option) added: 32.1 mV,
  at 4.8 Ohm;
- a contact resistance instead of the poorly conducting NVPF (the paper's 50 S/m): 50.7 mV
  (39.5 / 50.7 / 46.5);
- a factor on the electrolyte diffusivity added: 32.0 mV, at factor 1.00; the transference
  number added: 31.9 mV, at t+ = 0.44;
- the paper's active volume fractions (0.489 HC, 0.55 NVPF), the other three fitted from
  x_n0 = 0.88: 62.1 mV (53.7 / 62.1 / 58.4) and -4.3 / -3.3 / +0.7 %; the paper's HC
  fraction alone, the other four fitted: 48.1 mV (44.8 / 46.5 / 48.1);
- the paper's modified Butler-Volmer law (part II: particle-average concentration in j0 and
  in the open-circuit potential of the overpotential, c_surf / c_avg and (c_max - c_surf) /
  (c_max - c_avg) in front of the two exponentials, local c_e; a kinetics submodel on
  PyBaMM's DFN), the five refitted: 87.9 mV (86.9 / 42.1 / 87.9), with solver failures at
  the ends of discharge. On the flat HC plateau U(c_surf) ~ U(c_avg), so the ratios add a
  solid-diffusion polarisation (RT/F) ln(c_avg / c_surf) that the surface form does not
  have and the measured curves do not show;
- a factor on the NVPF GITT diffusivity added: 31.5 mV (28.2 / 31.5 / 31.2, factor 0.92;
  from factor 3 the fit returns to 0.90); it instead of the HC factor (HC at 1.98): 31.7 mV
  (27.7 / 31.7 / 31.3); it instead of the HC factor with the HC at the GITT values:
  117 mV; neither factor: 105 mV (82.9 / 56.7 / 104.5): the HC diffusivity is twice its
  GITT value in every fit that meets the curves;
- the part I NVPF table (PyBaMM's, monotone, its step at theta = 0.58-0.59 and its end
  drop at theta > 0.96) instead of the part II rational function: 38.8 mV (38.1 / 37.1 /
  38.8).

Why the paper's loadings do not fit: not units. Its volume fractions are its coating
densities times mass fractions over the densities (BattMo.jl's Chayambuka2022.json: HC
954.67 kg/m3 x 0.999 / 1950, NVPF 2155.69 kg/m3 x 0.8161 / 3200), which on the 2.54 cm^2
electrode (an 18 mm disc) hold 3.10 mAh (HC, at the paper's c_max) and 3.90 mAh (NVPF,
128 mA.h/g). The open-circuit part of the curves agrees with the HC value: the
zero-current intercepts of the three discharges above 2.3 V
(:func:`pybamm_beyondli.workflows.fitting.open_circuit_voltage`) matched by
U_p(x_p0 + Q/Q_p) - U_n(x_n0 - Q/Q_n) from the 4.2 V charged state give Q_n = 3.095 mAh,
Q_p = 3.68 mAh (94 % of the NVPF formula capacity) and x_n0 = 0.878 (24.7 mV RMS). With
that balancing fixed and the two transport quantities fitted (least squares) the DFN
misses the curves by 42 / 41 / 54 mV; every DFN fit that meets them (worst rate <= 32.2
mV) takes an HC capacity of 3.77-3.83 mAh, 22-24 % above the loading's. Carrying that on
the paper's HC fraction and porosity (c_max x 1.22, i.e. 244 instead of 200 mA.h/g) gives
the same curves (29.3 / 32.2 / 31.6 mV; refitted with c_max in place of the fraction,
29.6 / 31.8 / 31.8 mV at 17640 mol/m3): the fitted fraction is the HC's
capacity, which the curves pin, not its porosity, which they barely see; whether the cell
holds more hard carbon or a hard carbon of higher specific capacity than the paper's
numbers give, the discharge curves cannot tell.

The set that met 30 mV (issue #2, eight fitted quantities) did so from a state a standard
charge does not reach. What remains is the NVPF step, placed ~0.03 mAh late at 0.6C (up to
100 mV on four digitised points), the 1.4C start (the model's polarisation builds over
0.3 mAh where the measured one is there at once) and the ends of discharge.

Leave-one-rate-out (validation case ``naion_hc_nvpf_leave_one_rate_out``): the five
quantities refitted on two rates by the same procedure (8 least-squares and 120
Nelder-Mead evaluations, every trial charged to 4.2 V) predict the third at 64.7 / 38.4 /
42.9 mV (0.1 / 0.6 / 1.4C left out), so the set does NOT meet the 40 mV target. The 0.1C
curve, with its sharp NVPF step and end of discharge, depends on the balancing at the 1 %
level (the fit on 0.6C and 1.4C moves the HC loading by +2.1 %, the NVPF loading by -1.1 %
and the HC diffusivity by -19 %, which raises the 0.1C RMSE from 29 to 65 mV), and the
smeared high-rate curves do not pin the balancing that closely; 1.4C is an extrapolation
in current of the lumped NVPF conductivity. Pinning the balancing on the paper's measured
loadings instead costs more than it saves (above: 48-62 mV on the fitted curves
themselves). The structures above do no better: with the NVPF diffusivity factor added
82.9 / 38.3 / 56.5 mV; with it instead of the HC factor (HC held at 1.98) 42.4 / 35.8 /
50.4 mV. The DFN mesh is not the limit: doubling the electrode and particle grids changes
the three RMSEs by <= 0.5 mV.
"""

from __future__ import annotations

import inspect

import numpy as np
import pybamm
from numpy.polynomial.polynomial import polyval
from pybamm.input.parameters.sodium_ion import Chayambuka2022
from scipy.interpolate import PchipInterpolator
from scipy.optimize import brentq, isotonic_regression

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._electrolytes import napf6_ecpc_range
from pybamm_beyondli.parameter_sets._ion_cells import ActiveMaterial, molar_mass
from pybamm_beyondli.parameters.functions import Arrhenius

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

#: Quantities fitted to naion_chayambuka2022 (0.1/0.6/1.4C), see the module docstring;
#: a function parameter's entry is the factor multiplying the paper's function.
FITTED = {
    "Initial concentration in negative electrode [mol.m-3]": 10795.7,
    "Negative electrode active material volume fraction": 0.59573,
    "Positive electrode active material volume fraction": 0.52767,
    "Negative particle diffusivity [m2.s-1]": 1.9801,  # factor on the part I GITT table
    "Positive electrode conductivity [S.m-1]": 1.7758e-3,
}

#: Bounds of the fitted quantities (the fit and the leave-one-rate-out check use them)
FIT_BOUNDS = {
    "Initial concentration in negative electrode [mol.m-3]": (0.5 * C_MAX_N, 0.98 * C_MAX_N),
    "Negative electrode active material volume fraction": (0.35, 0.75),
    "Positive electrode active material volume fraction": (0.40, 0.70),
    "Negative particle diffusivity [m2.s-1]": (0.2, 10.0),
    "Positive electrode conductivity [S.m-1]": (1e-4, 1.0),
}

#: Measured fit quality, model: {C-rate: (voltage RMSE [mV], capacity error [%])}
FIT_RESULT = {
    "DFN": {0.1: (29.3, -2.31), 0.6: (32.0, -1.92), 1.4: (31.5, 1.24)},
}

_, (_K_N_C, _K_N) = Chayambuka2022.k_n_data  # part II k_n(c_s) [m^2.5 mol^-0.5 s^-1]
_, (_K_P_C, _K_P) = Chayambuka2022.k_p_data  # part II k_p(c_s) [m^2.5 mol^-0.5 s^-1]
_, (_D_N_C, _D_N) = Chayambuka2022.D_n_data  # part I GITT D_n(c_s) [m2.s-1]
_, (_D_P_C, _D_P) = Chayambuka2022.D_p_data  # part I GITT D_p(c_s) [m2.s-1]
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


def _nvpf_table() -> tuple[np.ndarray, np.ndarray]:
    x_table, u_table = np.ravel(_U_P_X), np.ravel(_U_P)
    end = x_table < U_P_JOIN  # the measured charged end of the part I curve
    x_end, u_end = x_table[end].copy(), u_table[end]
    x_end[0] = END_STOICHIOMETRY
    # below it, a straight line to stoichiometry 0 with the same slope (never reached:
    # the charge ends at 4.2 V on the measured end)
    slope = (u_end[1] - u_end[0]) / (x_end[1] - x_end[0])
    x_rational = np.linspace(U_P_JOIN, 1.0, 161)
    x = np.concatenate([[0.0], x_end, x_rational])
    u = np.concatenate([[u_end[0] - slope * x_end[0]], u_end,
                        NVPF_ocp_rational_Chayambuka2022(x_rational)])
    return x, isotonic_regression(u, increasing=False).x


#: NVPF OCP table (module docstring, change 2), interpolated by PCHIP
U_P_STO, U_P_VALUES = _nvpf_table()


def NVPF_ocp_Chayambuka2022(sto: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF open-circuit potential [V] vs Na/Na+: the measured charged end (part I) joined
    to the monotone fit of the part II rational function, PCHIP-interpolated."""
    return pybamm.Interpolant(U_P_STO, U_P_VALUES, sto, "U_p", interpolator="pchip")


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


class _Scaled:
    """``factor * function(sto, T)`` (a fitted factor on a measured function; a class so
    that the set can be pickled)."""

    def __init__(self, function, factor: float) -> None:
        self.function, self.factor = function, factor
        self.__name__ = function.__name__
        self.__signature__ = inspect.signature(function)

    def __call__(self, sto, T):
        return self.factor * self.function(sto, T)


def _arrhenius(function, name: str) -> Arrhenius:
    return Arrhenius(function, ACTIVATION_ENERGIES[name], REFERENCE_TEMPERATURE)


def hard_carbon_exchange_current() -> Arrhenius:
    """The hard carbon's exchange current density of this set (part II form and table,
    Arrhenius), for the sets that use the same hard carbon."""
    return _arrhenius(HC_exchange_current_density_Chayambuka2022, "HC rate constant")


def hard_carbon_diffusivity() -> Arrhenius:
    """The hard carbon's diffusivity of this set (part I GITT table times the fitted factor,
    Arrhenius), for the sets that use the same hard carbon."""
    return _arrhenius(_Scaled(HC_diffusivity_Chayambuka2022,
                              FITTED["Negative particle diffusivity [m2.s-1]"]),
                      "HC diffusivity")


def charged_nvpf_stoichiometry(x_n: float, voltage: float = CHARGE_VOLTAGE) -> float:
    """NVPF stoichiometry at which the open-circuit voltage U_p - U_n(x_n) is ``voltage``
    (the state a charge to ``voltage`` leaves at rest), on the measured charged end."""
    u_p = PchipInterpolator(U_P_STO, U_P_VALUES)
    u_n = float(np.interp(x_n, np.ravel(_U_N_X), np.ravel(_U_N)))
    return float(brentq(lambda x: u_p(x) - u_n - voltage, 0.0, U_P_JOIN))


#: Hard-carbon stoichiometries at which :func:`charged_nvpf_concentration` tabulates the
#: charged NVPF (the bounds of the fitted sodium inventory, FIT_BOUNDS)
_CHARGED_X_N = np.linspace(0.5, 0.98, 49)


def charged_nvpf_concentration(c_n0: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF concentration [mol.m-3] of the charged cell at rest (open-circuit voltage
    :data:`CHARGE_VOLTAGE`) for the hard-carbon concentration ``c_n0``: an expression, so
    that a fit that moves the sodium inventory keeps the cell charged to 4.2 V
    (:func:`charged_nvpf_stoichiometry`, tabulated on 0.5 <= x_n <= 0.98, linear)."""
    c_p = [charged_nvpf_stoichiometry(x) * C_MAX_P for x in _CHARGED_X_N]
    return pybamm.Interpolant(_CHARGED_X_N * C_MAX_N, np.array(c_p), c_n0,
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
            "citations": cite("Chayambuka2022", "Chayambuka2022a", "KomabaHC2025",
                              "NVPFPathwayDFT", "Valoen2005", "Kuratani2013"),
        }
    )
    return values
