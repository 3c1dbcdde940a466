"""Hard carbon ‖ Na3V2(PO4)2F3 (NVPF) sodium-ion cell of Chayambuka et al. (2022).

Cell, materials and transport data: K. Chayambuka, G. Mulder, D.L. Danilov, P.H.L. Notten,
"Physics-based modeling of sodium-ion batteries part II. Model and validation", Electrochim.
Acta 404 (2022) 139764 (PyBaMM key ``Chayambuka2022``), whose measured material functions come
from part I: K. Chayambuka, G. Mulder, D.L. Danilov, P.H.L. Notten, "Physics-based modeling of
sodium-ion batteries part I: Experimental parameter determination", Electrochim. Acta 404
(2022) 139726, doi:10.1016/j.electacta.2021.139726.

Built on PyBaMM's ``Chayambuka2022`` set (imported, not copied): geometry, porosities, particle
radii, negative-electrode conductivity, electrolyte D_e(c_e), sigma_e(c_e), t+, the tabulated
hard-carbon OCP U_n, the part I GITT diffusivities D_s(c) and the part II rate constants k(c)
are used (D_n and k_n with fitted scales). Changes:

1. Exchange-current density in the paper's form (part II, modified Butler-Volmer, alpha = 0.5)::

       j = j0_bar [ (c_ss / c_s_bar) exp(F eta_bar / 2RT)
                    - ((c_max - c_ss) / (c_max - c_s_bar)) (c_e / c_e_bar) exp(-F eta_bar / 2RT) ]
       j0_bar = F k (c_max - c_s_bar)^0.5 c_e_bar^0.5 c_s_bar^0.5,   k in m^2.5 mol^-0.5 s^-1

   With alpha = 0.5 this is identical to PyBaMM's ``j = 2 j0 sinh(F eta / 2RT)`` with
   ``j0 = F k c_e^0.5 c_ss^0.5 (c_max - c_ss)^0.5`` at the surface concentrations (the
   concentration-normalisation factors combine into sqrt(A B)), which is what is implemented.
   PyBaMM's set instead uses ``(c_e / c_e0)^0.5 ... / 2``, i.e. j0 smaller by sqrt(1000 mol m^-3)
   x 2 = 63 for the same k, giving 100-170 mV of spurious reaction overpotential at C/10.
   Rate constants: the part II tables k_n(c), k_p(c); k_p unscaled, k_n x 1.80 (fitted).
2. NVPF open-circuit potential: the least-squares non-increasing (isotonic) fit of the paper's
   rational function of theta = c / c_max (part II; transcribed as in BattMo.jl,
   ``src/input/defaults/cell_parameters/Chayambuka2022.json``, MIT (c) SINTEF) on 201 points
   in [0, 1], interpolated by PCHIP (``U_P_STO``, ``U_P_VALUES``), instead of PyBaMM's
   28-point table. The rational function itself is not monotone: it rises with theta on
   [0, 0.335] (4.161 -> 4.182 V), [0.547, 0.562], [0.639, 0.689] and [0.889, 1], so
   dU/dtheta > 0 made single DFN nodes phase-separate (at C/10 nodes emptied to x_p ~ 0.001).
   The monotone fit differs from it by at most 13 mV (flat 4.172 V for theta <= 0.42, 4.137 V
   on 0.54-0.565, 3.702 V on 0.63-0.725, 3.676 V for theta >= 0.845). It has the same two
   plateaus (4.14-4.17 V and 3.68-3.70 V, step at theta = 0.60) without PyBaMM's table's
   4.29 -> 4.21 V start; with the (isotonically corrected) table and the same fitted
   quantities the RMSE is 84 / 43 / 51 mV.
3. 1C = 2.8 mA: "Nominal cell capacity" is the capacity the cell delivers at C/10 in the
   validation data (2.77 mAh, 2.54 cm^2 electrode) instead of PyBaMM's rounded 3 mAh.
4. Eight quantities fitted to naion_chayambuka2022 (0.1/0.6/1.4C), listed in ``FITTED``:
   the electrode balancing (x_n0, x_p0 and the two electrode capacities, as c_max factors),
   scales of the part I hard-carbon GITT diffusivity (1.71) and of the part II hard-carbon
   rate constant (1.80), the effective electronic conductivity of the NVPF electrode
   (1.8e-3 S/m) and one electrolyte Bruggeman exponent (1.471 instead of 1.5).

Fitting procedure (one set for all rates): ``pybamm.lithium_ion.DFN()`` with default options
and discretisation, ``Experiment(["Discharge at {rate} until 2.0 V"])`` at 0.1C, 0.6C, 1.4C,
compared as in ``pybamm_beyondli.validation.naion`` (RMSE over the common capacity range,
simulated voltage interpolated at the measured capacities; relative end-capacity error).
Objective: p-norm (p = 8, then p = 30) over rates of RMSE / 30 mV and |capacity error| / 3 %,
i.e. a smooth version of the worst of the six, minimised by Nelder-Mead over all rates jointly.
Findings:

* An open-circuit analysis of the C/10 curve (U_p(x_p0 + Q/Q_p) - U_n(x_n0 - Q/Q_n) - eta fitted
  to the data) shows that PyBaMM's balancing (x_n0 = 0.93, x_p0 = 0.2167) puts the lower,
  hard-carbon-sloping part of the curve 100-180 mV too high; the data need a lower x_n0 and a
  larger hard-carbon capacity. The best open-circuit description reaches 18-20 mV RMSE at C/10
  with either NVPF OCP (PyBaMM's hard-carbon table; the BattMo.jl digitisation of the part I
  hard-carbon OCP, 20-30 mV lower on the plateau, gives 29-33 mV and a worse full fit).
* The measured curves at 0.6C and 1.4C show (a) an instantaneous drop that grows about
  linearly with current (~65 Ohm: 0.1C -> 0.6C ~90 mV, 0.1C -> 1.4C ~190 mV), and (b) an upper
  NVPF plateau that slopes down steadily into a smeared plateau step. Uniform polarisation
  (slow NVPF kinetics; the previous fit had k_p x 0.0185) gives a flat plateau and a sharp step
  and stays at >= 44 mV RMSE at 0.6C/1.4C even with the rational OCP; so does an ideal series
  resistance (option ``{"contact resistance": "true"}``, fitted 39 Ohm: 32/42/43 mV). A poorly
  conducting NVPF electrode does both (a) and (b): its ohmic drop is linear in current, and
  with the part II kinetics (unscaled) the reaction front moves from the current-collector
  side through the two-plateau NVPF, so that the plateau slopes and the step smears at high
  rate, as measured. The fitted effective conductivity, 1.8e-3 S/m, is 2.8e4 times below
  PyBaMM's 50 S/m (a COMSOL value, not a measurement); it lumps the electronic resistance of
  the NVPF composite and of its contact to the current collector, which part I's half-cell
  parameterisation does not resolve. It is the least certain quantity of the set.
* Refit after the switch to the monotone NVPF OCP: with the previous values the monotone OCP
  gives 29.8 / 28.6 / 30.4 mV; Nelder-Mead on the eight quantities (p = 30, from the previous
  values) moved the k_n scale 1.76 -> 1.80 and the rest by <= 1.3 % (``FITTED``).
* The NVPF rate constant came out at 0.86 x the part II table with no gain over 1.0, so the
  table is used unscaled; a D_p scale came out at 0.96-0.98 and is not kept. With the six
  quantities (balancing, D_n scale, NVPF conductivity) and the rational (non-monotone) NVPF
  OCP the worst normalised error was 1.04 (31.5 / 31.3 / 31.2 mV, -2.45 / -2.87 / -0.17 %);
  freeing the k_n scale gave 1.003 and adding the Bruggeman exponent 0.98 (29.5 / 29.3 /
  29.5 mV, -2.26 / -2.92 / -0.45 %). A 2.5 mAh 1C (BattMo's
  NominalCapacity), BattMo's constant D_n = 3.6e-16 m2/s and BattMo's hard-carbon OCP table
  were tried and not kept (worse).

Limitation: the set matches the data only from its fitted initial state (x_n0 = 0.747);
after a standard charge (C/10 to 4.2 V, hold to C/50, rest) the hard carbon reaches x_n =
0.997 and the DFN delivers 3.65 mAh at C/10 against the measured 2.77 mAh (+32 %; an xfail
test in ``tests/test_naion.py`` keeps this gap visible).

Result (RMSE / capacity error): see ``FIT_RESULT``. In the DFN the target (<= 30 mV and
<= 3 % at every rate) is met, with very little margin: 28.9 / 29.0 / 29.9 mV and -2.34 /
-2.98 / -0.51 %. What remains: (i) the end of discharge at C/10 - the tabulated hard-carbon OCP ends
at 1.32 V, so the model drops vertically at 2.71 mAh where the data fall gradually to 2.05 V
at 2.77 mAh (hence the -2.3 % capacity); (ii) the NVPF step, which the model places ~0.03 mAh
early at C/10 and late at 0.6C (errors up to 100 mV on a few points). Without the step
window and the last ~0.1 mAh the RMSE is 22 / 23 / 29 mV. Sensitivity: with 40 mesh points
in every domain (x_n, x_s, x_p, r_n, r_p; default 20) the DFN gives 28.6 / 29.4 / 29.5 mV and
-2.38 / -3.31 / -1.24 %, i.e. the 0.6C capacity then FAILS the 3 % limit: the 0.6C end of
discharge is set by hard-carbon solid diffusion (surface x_n -> 0 everywhere), which the
default 20-point radial mesh under-resolves (40 points in x only, 20 radial: 29.0 / 29.0 /
29.8 mV, -2.34 / -2.98 / -0.51 %, passes). A joint fit over both meshes did not get below
a worst normalised error of 1.048 (1.4C RMSE vs 0.6C capacity on the fine mesh), and the
result rests on the default discretisation. SPMe and SPM have no (SPM) or
only averaged (SPMe) solid-phase ohmic drop and no reaction front, so they under-predict
the high-rate polarisation (``FIT_RESULT``).
"""

from __future__ import annotations

import numpy as np
import pybamm
from numpy.polynomial.polynomial import polyval
from pybamm.input.parameters.sodium_ion import Chayambuka2022
from scipy.optimize import isotonic_regression

from pybamm_beyondli.citations import cite

# Part II values, read from PyBaMM's set, used to map the measured tables onto stoichiometry
_PYBAMM_VALUES = Chayambuka2022.get_parameter_values()
# HC maximum Na concentration [mol.m-3], part II table (14540, PyBaMM's Chayambuka2022)
C_MAX_N_PAPER = float(_PYBAMM_VALUES["Maximum concentration in negative electrode [mol.m-3]"])
# NVPF maximum Na concentration [mol.m-3], part II table (15320, PyBaMM's Chayambuka2022)
C_MAX_P_PAPER = float(_PYBAMM_VALUES["Maximum concentration in positive electrode [mol.m-3]"])

#: Quantities fitted to naion_chayambuka2022 (0.1/0.6/1.4C); see module docstring.
FITTED = {
    "x_n0": 0.74653,  # initial HC stoichiometry (electrode balancing)
    "x_p0": 0.27521,  # initial NVPF stoichiometry (initial OCV 4.11 V)
    "hc_capacity_factor": 1.21664,  # HC effective c_max / paper c_max (electrode balancing)
    "nvpf_capacity_factor": 1.15916,  # NVPF effective c_max / paper c_max (electrode balancing)
    "hc_diffusivity_scale": 1.7081,  # HC D_s / part I GITT D_n
    "hc_rate_scale": 1.8039,  # HC rate constant / part II k_n table
    "nvpf_electrode_conductivity": 1.8161e-3,  # NVPF electrode effective conductivity [S.m-1]
    "bruggeman_exponent": 1.4707,  # electrolyte tortuosity exponent, all domains (PyBaMM 1.5)
}

#: Measured fit quality, model: {C-rate: (voltage RMSE [mV], capacity error [%])}, default
#: mesh; "DFN, 40 points" has 40 points in every domain (its 0.6C capacity fails the 3 %).
FIT_RESULT = {
    "DFN": {0.1: (28.9, -2.34), 0.6: (29.0, -2.98), 1.4: (29.9, -0.51)},
    "DFN, 40 points": {0.1: (28.6, -2.38), 0.6: (29.4, -3.31), 1.4: (29.5, -1.24)},
    "SPMe": {0.1: (32.0, -2.34), 0.6: (45.3, -2.98), 1.4: (53.8, -0.51)},
    "SPM": {0.1: (35.8, -2.33), 0.6: (116.1, -2.96), 1.4: (269.1, -0.45)},
}

C_MAX_N = C_MAX_N_PAPER * FITTED["hc_capacity_factor"]
C_MAX_P = C_MAX_P_PAPER * FITTED["nvpf_capacity_factor"]

_, (_K_N_C, _K_N) = Chayambuka2022.k_n_data  # part II k_n(c_s) [m^2.5 mol^-0.5 s^-1]
_, (_K_P_C, _K_P) = Chayambuka2022.k_p_data  # part II k_p(c_s) [m^2.5 mol^-0.5 s^-1]
_, (_D_N_C, _D_N) = Chayambuka2022.D_n_data  # part I GITT D_n(c_s) [m2.s-1]
_, (_D_P_C, _D_P) = Chayambuka2022.D_p_data  # part I GITT D_p(c_s) [m2.s-1]

# Part II rational fit of the NVPF OCP, U = P(theta^2) / Q(theta^2), coefficients of
# theta^0, theta^2, ..., theta^8 (as transcribed in BattMo.jl's Chayambuka2022.json)
_U_P_NUM = (116.1647, -940.2551, 3101.9987, -5292.6225, 4040.4367)
_U_P_DEN = (27.9167, -228.18310, 769.0709, -1353.4191, 1063.2453)


def NVPF_ocp_rational_Chayambuka2022(sto: np.ndarray) -> np.ndarray:
    """The part II rational function of the NVPF OCP [V] (not monotone; see below)."""
    theta2 = np.asarray(sto) ** 2
    return polyval(theta2, _U_P_NUM) / polyval(theta2, _U_P_DEN)


#: NVPF OCP table: the least-squares non-increasing fit of the part II rational function on
#: 201 equidistant stoichiometries in [0, 1] (module docstring, change 2)
U_P_STO = np.linspace(0.0, 1.0, 201)
U_P_VALUES = isotonic_regression(NVPF_ocp_rational_Chayambuka2022(U_P_STO), increasing=False).x


def NVPF_ocp_Chayambuka2022(sto: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF open-circuit potential [V] vs Na/Na+: monotone (non-increasing) fit of the part II
    rational function, interpolated with a monotone cubic (PCHIP).

    The rational function itself rises with ``sto`` on [0, 0.335], [0.547, 0.562],
    [0.639, 0.689] and [0.889, 1] (by up to 21 mV), which makes single DFN nodes phase-separate;
    its least-squares non-increasing fit (``U_P_VALUES``) differs from it by at most 13 mV.
    """
    return pybamm.Interpolant(U_P_STO, U_P_VALUES, sto, "U_p", interpolator="pchip")


def _paper_j0(
    k: pybamm.Symbol, c_e: pybamm.Symbol, c_s_surf: pybamm.Symbol, c_s_max: pybamm.Symbol
) -> pybamm.Symbol:
    """``j0 = F k c_e^0.5 c_s^0.5 (c_max - c_s)^0.5`` [A.m-2] (part II, alpha = 0.5)."""
    return pybamm.constants.F * k * c_e**0.5 * c_s_surf**0.5 * (c_s_max - c_s_surf) ** 0.5


def HC_exchange_current_density_Chayambuka2022(
    c_e: pybamm.Symbol, c_s_surf: pybamm.Symbol, c_s_max: pybamm.Symbol, T: pybamm.Symbol
) -> pybamm.Symbol:
    """Hard-carbon exchange-current density [A.m-2], part II form with a fitted rate scale.

    ``j0 = s_k F k_n(x) c_e^0.5 c_s^0.5 (c_max - c_s)^0.5`` with k_n the part II table, read at
    the paper concentration of the same stoichiometry ``x = c_s / c_max`` (no temperature
    data); ``s_k = FITTED["hc_rate_scale"]`` is fitted to naion_chayambuka2022 (0.1/0.6/1.4C).
    """
    k = pybamm.Interpolant(_K_N_C, _K_N, c_s_surf / c_s_max * C_MAX_N_PAPER, "k_n")
    return _paper_j0(FITTED["hc_rate_scale"] * k, c_e, c_s_surf, c_s_max)


def NVPF_exchange_current_density_Chayambuka2022(
    c_e: pybamm.Symbol, c_s_surf: pybamm.Symbol, c_s_max: pybamm.Symbol, T: pybamm.Symbol
) -> pybamm.Symbol:
    """NVPF exchange-current density [A.m-2], part II form.

    ``j0 = F k_p(x) c_e^0.5 c_s^0.5 (c_max - c_s)^0.5``, k_p the part II table (unscaled) read
    at the paper concentration of the same stoichiometry ``x = c_s / c_max``.
    """
    k = pybamm.Interpolant(_K_P_C, _K_P, c_s_surf / c_s_max * C_MAX_P_PAPER, "k_p")
    return _paper_j0(k, c_e, c_s_surf, c_s_max)


def HC_diffusivity_Chayambuka2022(sto: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
    """Hard-carbon diffusivity [m2.s-1]: ``D_n = s_D D_GITT(x C_MAX_N_PAPER)``.

    D_GITT is part I's GITT table; ``s_D = FITTED["hc_diffusivity_scale"]`` is fitted to
    naion_chayambuka2022 (0.1/0.6/1.4C).
    """
    d = pybamm.Interpolant(_D_N_C, _D_N, sto * C_MAX_N_PAPER, "D_n")
    return FITTED["hc_diffusivity_scale"] * d


def NVPF_diffusivity_Chayambuka2022(sto: pybamm.Symbol, T: pybamm.Symbol) -> pybamm.Symbol:
    """NVPF diffusivity [m2.s-1]: part I GITT table ``D_p(x C_MAX_P_PAPER)``, unscaled."""
    return pybamm.Interpolant(_D_P_C, _D_P, sto * C_MAX_P_PAPER, "D_p")


def get_parameter_values() -> dict:
    """Parameters of the HC ‖ NVPF cell of Chayambuka et al. (2022), fitted to its C-rate data.

    PyBaMM's ``Chayambuka2022`` dictionary, updated as described in the module docstring.
    """
    j0_hc = HC_exchange_current_density_Chayambuka2022
    j0_nvpf = NVPF_exchange_current_density_Chayambuka2022
    values = Chayambuka2022.get_parameter_values()  # PyBaMM's set (Chayambuka2022 / COMSOL values)
    values.update(
        {
            "chemistry": "sodium_ion",
            # 1C = capacity measured at C/10 (~2.8 mAh, naion_chayambuka2022), not PyBaMM's 3 mAh
            "Nominal cell capacity [A.h]": 2.8e-3,
            "Current function [A]": 2.8e-3,  # 1C
            # NVPF OCP: monotone fit of the part II rational function (docstring, change 2)
            "Positive electrode OCP [V]": NVPF_ocp_Chayambuka2022,
            # kinetics: part II modified Butler-Volmer written as PyBaMM j0, part II k tables
            "Negative electrode exchange-current density [A.m-2]": j0_hc,
            "Positive electrode exchange-current density [A.m-2]": j0_nvpf,
            # solid diffusion: part I GITT tables vs stoichiometry (HC scale fitted)
            "Negative particle diffusivity [m2.s-1]": HC_diffusivity_Chayambuka2022,
            "Positive particle diffusivity [m2.s-1]": NVPF_diffusivity_Chayambuka2022,
            # NVPF electrode effective electronic conductivity: fitted to
            # naion_chayambuka2022 (0.1/0.6/1.4C); PyBaMM/COMSOL value 50 S/m
            "Positive electrode conductivity [S.m-1]": FITTED["nvpf_electrode_conductivity"],
            # electrolyte tortuosity: one Bruggeman exponent, fitted to naion_chayambuka2022
            # (0.1/0.6/1.4C); PyBaMM's set uses 1.5 in all three domains
            "Negative electrode Bruggeman coefficient (electrolyte)": FITTED["bruggeman_exponent"],
            "Separator Bruggeman coefficient (electrolyte)": FITTED["bruggeman_exponent"],
            "Positive electrode Bruggeman coefficient (electrolyte)": FITTED["bruggeman_exponent"],
            # electrode balancing: fitted to naion_chayambuka2022 (0.1/0.6/1.4C)
            "Maximum concentration in negative electrode [mol.m-3]": C_MAX_N,  # fitted
            "Maximum concentration in positive electrode [mol.m-3]": C_MAX_P,  # fitted
            "Initial concentration in negative electrode [mol.m-3]": FITTED["x_n0"] * C_MAX_N,
            "Initial concentration in positive electrode [mol.m-3]": FITTED["x_p0"] * C_MAX_P,
            "citations": cite("Chayambuka2022", "Chayambuka2022a"),
        }
    )
    return values
