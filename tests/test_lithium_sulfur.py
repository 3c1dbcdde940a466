"""The zero-dimensional Li-S model (issue #10): its equations against their closed forms, its
options and inputs, the anode coupling, the per-cycle table and the fit workflow. The
validation cases (:mod:`pybamm_beyondli.validation.lithium_sulfur`: drive cycle, cross-validation,
temperature, conservation, shuttle, plateaus and rates) run in ``test_validation_harness``; the
model contract in ``test_model_contract``."""

from __future__ import annotations

import math
import pickle

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.lithium_sulfur import (
    COULOMBIC_EFFICIENCY,
    CYCLE_CHARGE_CAPACITY,
    CYCLE_DISCHARGE_CAPACITY,
    LithiumSulfur,
)
from pybamm_beyondli.parameter_sets import LiS_OXIS_Propp2016 as oxis
from pybamm_beyondli.parameters.functions import DirectionalRate
from pybamm_beyondli.submodels.lithium_sulfur import variables as names
from pybamm_beyondli.submodels.lithium_sulfur.anode import EXHAUSTED
from pybamm_beyondli.submodels.lithium_sulfur.precipitation import precipitation_rate
from pybamm_beyondli.workflows import lis_fit
from pybamm_beyondli.workflows.simulation import run_experiment

LAB = "LiS_Marinescu2016"
R, F = pybamm.constants.R.value, pybamm.constants.F.value


def lab(**updates) -> pybamm.ParameterValues:
    values = pybamm.ParameterValues(LAB)
    values.update(updates, check_already_exists=False)
    return values


def solve(experiment, values=None, options=None) -> pybamm.Solution:
    sim = pybamm.Simulation(LithiumSulfur(options), parameter_values=values or lab(),
                            experiment=pybamm.Experiment(experiment))
    return sim.solve()


# --------------------------------------------------------------------- options and inputs
def test_options_default_and_validation():
    model = LithiumSulfur()
    assert model.options["surface form"] == "differential"
    assert model.options["shuttle"] == "constant rate"
    assert LithiumSulfur({"shuttle": "none", "surface form": "false"}).options["shuttle"] == (
        "none")
    with pytest.raises(InputError, match="option 'shuttle' = 'fast' is not allowed; allowed: "
                                         "'constant rate', 'none'"):
        LithiumSulfur({"shuttle": "fast"})


@pytest.mark.parametrize(("name", "value"), [
    ("Initial S8 mass [g]", -0.1),
    ("Initial S4 mass [g]", 0.0),
    ("Initial precipitated sulfur mass [g]", -1e-6),
    ("Precipitation seed mass [g]", 0.0),
    ("Initial anode interphase sulfur mass [g]", -1e-3),
    ("Shuttle rate constant [s-1]", -1e-4),
    ("Precipitation rate constant [s-1]", -1.0),
    ("High plateau exchange-current density [A.m-2]", 0.0),
    ("Bottom plateau exchange-current density [A.m-2]", -1e-3),
    ("Bottom plateau apparent electron number", 0.0),
    ("Bottom plateau activation energy [J.mol-1]", -1e3),
    ("Electrolyte volume [L]", -0.01),
    ("Sulfide saturation mass [g]", -1e-4),
    ("Shuttle deposition fraction", 1.5),
    ("Cathode Butler-Volmer transfer coefficient", 1.0),
    ("Ohmic resistance [Ohm]", -0.01),
    ("Cathode mass-transfer coefficient [m.s-1]", 0.0),
    ("Shuttle activation energy [J.mol-1]", -5e3),
    ("Negative electrode initial metal thickness [m]", -1e-6),
    ("Cathode pore volume [L]", 1e-12),
])
def test_bad_inputs_are_input_errors_before_any_solve(name, value, time_limit):
    """Negative masses, rates and volumes (and the other bad values) are refused by name
    within 5 s, by a plain Simulation and by the package's run_experiment alike."""
    values = lab(**{name: value})
    named = f"parameter '[^']*{name.split(' [')[0]}"  # the pore volume is checked in a product
    with time_limit(5), pytest.raises(InputError, match=named):
        pybamm.Simulation(LithiumSulfur(), parameter_values=values).solve([0, 10])
    with time_limit(5), pytest.raises(InputError, match=named):
        run_experiment(LithiumSulfur(), values, ["Discharge at 0.1C for 1 minute"])


def test_zero_resistance_needs_the_algebraic_charge_balance(time_limit):
    """With the double layer as a state a voltage-held step needs R > 0: R = 0 is refused by
    name with the default options and runs, with a CV step, under "surface form" "false"."""
    values = lab(**{"Ohmic resistance [Ohm]": 0.0})
    with time_limit(5), pytest.raises(InputError, match="'Ohmic resistance \\[Ohm\\]' = 0.0 "
                                                        "is not allowed; it must be > 0 with"):
        pybamm.Simulation(LithiumSulfur(), parameter_values=values).solve([0, 10])
    solution = solve([("Discharge at 0.2C for 10 minutes", "Hold at 2.3 V for 10 minutes")],
                     values, {"surface form": "false"})
    hold = solution.cycles[0].steps[1]
    assert hold["Voltage [V]"].entries == pytest.approx(2.3, abs=1e-6)


def test_directional_rate_refuses_bad_values():
    with pytest.raises(InputError, match="DirectionalRate charge = -1"):
        DirectionalRate(charge=-1, discharge=0)
    with pytest.raises(InputError, match="discharge = nan"):
        DirectionalRate(charge=1e-4, discharge=math.nan)


# --------------------------------------------------------------------- closed forms
def test_faraday_and_the_mass_balances():
    """Over a 0.2C discharge of 1 h on the high plateau the S8 reduced is 8 M_S / (4 F) per
    coulomb of the high plateau's current, the two reactions carry the charge passed (less
    the double layer's small share), and the Li metal loses I t / F."""
    values = lab(**{"Shuttle rate constant [s-1]": 0.0})
    solution = solve(["Discharge at 0.2C for 1 hour (1 second period)"], values)
    current = values["Nominal cell capacity [A.h]"] * 0.2
    M = values["Sulfur molar mass [g.mol-1]"]
    t = solution.t

    def integral(name):
        return np.trapezoid(solution[name].entries, t)

    q_high, q_low = integral(names.reaction_current("High")), integral(
        names.reaction_current("Low"))
    s8 = solution[names.mass("S8")].entries
    assert s8[0] - s8[-1] == pytest.approx(8 * M * q_high / (4 * F), rel=1e-4)
    assert q_high + q_low == pytest.approx(current * 3600, rel=1e-3)
    li = solution[names.LITHIUM].entries
    assert li[0] - li[-1] == pytest.approx(current * 3600 / F, rel=1e-9)


def test_the_bottom_step_conserves_sulfur_and_lithium_and_takes_two_electrons(time_limit):
    """With the Bottom step S2(2-) + 2e- -> 2 S(2-) running (the lab cell with i_0,Bottom > 0), a
    0.2C discharge to 1.5 V conserves sulfur and Li to 1e-9, the S2(2-) balance is
    2 M_S q_L / (4F) - 2 M_S q_B / (2F) (q_j the charge of each reaction), and the cell
    delivers more than the lab cell without the step, up to the 2 electrons per sulfur atom of
    capacity_ceiling."""
    bottom = {"Shuttle rate constant [s-1]": 0.0,
              "Bottom plateau exchange-current density [A.m-2]": 1.0,
              "Bottom plateau standard potential [V]": 2.1}
    with time_limit(120):
        solution = solve(["Discharge at 0.2C until 1.5 V (10 second period)"], lab(**bottom))
        without = solve(["Discharge at 0.2C until 1.5 V (10 second period)"],
                        lab(**{"Shuttle rate constant [s-1]": 0.0}))
    M = lab()["Sulfur molar mass [g.mol-1]"]
    t = solution.t
    q = {p: np.trapezoid(solution[names.reaction_current(p)].entries, t)
         for p in ("Low", "Bottom")}
    s2 = solution[names.mass("S2")].entries
    low = 2 * M * q["Low"] / (4 * F)
    assert q["Bottom"] > 0.05 * q["Low"]
    # the charges integrated from 10 s samples (1 %); Li conservation (below) is the exact
    # check of the step's 2 electrons: S2(2-) binds 1 Li per sulfur atom, S(2-) 2
    assert s2[-1] - s2[0] == pytest.approx(low - 2 * M * q["Bottom"] / (2 * F), abs=0.01 * low)
    for name in (names.TOTAL_SULFUR, names.TOTAL_LITHIUM):
        total = solution[name].entries
        assert np.abs(total - total[0]).max() <= 1e-9 * abs(total[0])
    capacity = solution["Discharge capacity [A.h]"].entries[-1]
    assert capacity > without["Discharge capacity [A.h]"].entries[-1]
    assert capacity <= lis_fit.capacity_ceiling(lab(**bottom), 1.5)


def test_a_zero_bottom_exchange_current_is_exactly_neutral(time_limit):
    """The lab set's i_0,Bottom = 0 (Marinescu 2016 has no such step): the step's current,
    exchange current and heat are exactly zero, and its other parameters change nothing (the
    voltage is bit-identical with another E_0 and activation energy)."""
    runs = []
    with time_limit(120):
        for E0, E_a in ((2.195, 0.0), (1.8, 40e3)):
            values = lab(**{"Bottom plateau standard potential [V]": E0,
                            "Bottom plateau activation energy [J.mol-1]": E_a})
            runs.append(solve(["Discharge at 0.5C until 1.5 V"], values,
                              {"thermal": "lumped"}))
    for solution in runs:
        assert not np.any(solution[names.reaction_current("Bottom")].entries)
        assert not np.any(solution[names.exchange_current("Bottom")].entries)
    assert np.array_equal(runs[0]["Voltage [V]"].entries, runs[1]["Voltage [V]"].entries)
    assert np.array_equal(runs[0]["Total heating [W]"].entries,
                          runs[1]["Total heating [W]"].entries)


@pytest.mark.parametrize(("S", "S_p", "expected"), [
    (3.0, 0.0, 2.0 * 1.0),  # supersaturated, no precipitate: grows on the seed
    (3.0, 0.5, 2.0 * 1.5),  # supersaturated: on the precipitate and the seed
    (3.0, -1e-12, 2.0 * 1.0),  # a precipitate dissolved to round-off counts as zero
    (0.5, 0.0, 0.0),  # undersaturated, nothing left to dissolve
    (0.5, -1e-12, 0.0),
    (0.5, 2.0, -0.5 * 2.0),  # dissolves in proportion to what is left
])
def test_precipitation_law(S, S_p, expected):
    """r_p = k_p [(S_p+ + S_n)(S - S*)+ - S_p+ (S* - S)+] / (v rho_s) with k_p = 3, S* = 1,
    S_n = 1, v rho_s = 6 (numbers chosen for a closed form)."""
    rate = precipitation_rate(pybamm.Scalar(3.0), pybamm.Scalar(S), pybamm.Scalar(S_p),
                              pybamm.Scalar(1.0), pybamm.Scalar(1.0), pybamm.Scalar(6.0))
    assert rate.evaluate() == pytest.approx(3.0 * expected / 6.0, abs=1e-15)


def test_a_discharge_without_precipitate_precipitates_when_supersaturated(time_limit):
    """A 0.1C discharge of the laboratory cell that starts with no precipitate: once S(2-)
    exceeds its saturation mass it precipitates (from the seed), and at the end of the low
    plateau most of the sulfide is precipitate and the solution is within 10 % of S*."""
    values = lab(**{"Shuttle rate constant [s-1]": 0.0,
                    "Initial precipitated sulfur mass [g]": 0.0})
    with time_limit(120):
        solution = solve(["Discharge at 0.1C until 1.5 V (60 second period)"], values)
    S_star = values["Sulfide saturation mass [g]"]
    precipitate = solution[names.PRECIPITATED].entries
    assert precipitate.min() >= 0.0
    assert precipitate[-1] > 0.3 * values["Initial S8 mass [g]"]
    assert solution[names.mass("S")].entries[-1] == pytest.approx(S_star, rel=0.1)


def test_nernst_potentials_are_marinescus():
    """At the paper's initial state E_H = E_H0 + RT/(4F) ln(f_h S8/S4^2) = 2.4303 V and E_L =
    2.4453 V (Marinescu 2016's f_h = n_S4^2 M v / n_S8, f_l = n_S^2 n_S2 M^2 v^2 / n_S4)."""
    values = lab()
    solution = pybamm.Simulation(LithiumSulfur(), parameter_values=values).solve([0, 1e-3])
    M, v, T = values["Sulfur molar mass [g.mol-1]"], values["Electrolyte volume [L]"], 298.0
    m = {k: values[f"Initial {k} mass [g]"] for k in ("S8", "S4", "S2", "S")}
    f_h, f_l = 16 * M * v / 8, 2 * M**2 * v**2 / 4
    E_H = 2.35 + R * T / (4 * F) * math.log(f_h * m["S8"] / m["S4"] ** 2)
    E_L = 2.195 + R * T / (4 * F) * math.log(f_l * m["S4"] / (m["S2"] * m["S"] ** 2))
    assert solution[names.nernst_potential("High")].entries[0] == pytest.approx(E_H, abs=1e-9)
    assert solution[names.nernst_potential("Low")].entries[0] == pytest.approx(E_L, abs=1e-9)
    assert pytest.approx(2.4303, abs=1e-4) == E_H
    assert pytest.approx(2.4453, abs=1e-4) == E_L


def test_arrhenius_factors_of_shuttle_and_resistance():
    """At T the shuttle rate constant is k_s exp[E_s/R (1/T_ref - 1/T)] and the resistance
    R_0 exp[E_R/R (1/T - 1/T_ref)] (1 - theta)^-1.5 (the lab cell's pore filling theta)."""
    for T in (288.15, 318.15):
        values = lab(**{"Shuttle rate constant [s-1]": 1e-5, "Ambient temperature [K]": T,
                        "Initial temperature [K]": T})
        solution = solve(["Rest for 1 minute"], values)
        T_ref = values["Reference temperature [K]"]
        k = solution[names.SHUTTLE_CONSTANT].entries[0]
        assert k == pytest.approx(1e-5 * math.exp(54e3 / R * (1 / T_ref - 1 / T)), rel=1e-9)
        R_ohm = solution[names.OHMIC_RESISTANCE].entries[0]
        theta = values["Initial precipitated sulfur mass [g]"] / (
            values["Precipitate density [g.L-1]"] * values["Cathode pore volume [L]"])
        expected = (values["Ohmic resistance [Ohm]"] * (1 - theta) ** -1.5
                    * math.exp(26.8e3 / R * (1 / T - 1 / T_ref)))
        assert R_ohm == pytest.approx(expected, rel=1e-9)


def test_resistance_law_of_the_oxis_cell():
    """R = R_0 (1 + gamma x_d) (1 - theta)^-1.5 at 20 °C, from the published masses."""
    values = pybamm.ParameterValues("LiS_OXIS_Propp2016")
    solution = pybamm.Simulation(LithiumSulfur(), parameter_values=values).solve([0, 600])
    dissolved = sum(solution[names.mass(k)].entries for k in ("S4", "S2", "S"))
    total = solution[names.TOTAL_SULFUR].entries
    theta = solution[names.PRECIPITATED].entries / (
        values["Precipitate density [g.L-1]"] * values["Cathode pore volume [L]"])
    expected = (values["Ohmic resistance [Ohm]"]
                * (1 + values["Dissolved polysulfide resistance coefficient"] * dissolved / total)
                * (1 - theta) ** -1.5)
    assert solution[names.OHMIC_RESISTANCE].entries == pytest.approx(expected, rel=1e-9)


def test_a_lean_lithium_cell_ends_by_exhaustion():
    """A 0.5 um Li foil on 0.96 m2 holds 0.037 mol of Li, 0.99 A.h, less than the sulfur's
    3.39 A.h: it runs out during the first discharge, which stops with the named reason when
    the cell has delivered the Li's charge."""
    values = lab(**{"Negative electrode initial metal thickness [m]": 0.5e-6})
    n_li = 0.5e-6 * 0.96 / values["Metal molar volume [m3.mol-1]"]
    run = run_experiment(LithiumSulfur(), values, ["Discharge at 0.2C until 1.5 V"])
    assert run.termination == f"event: {EXHAUSTED}"
    assert run.solution["Discharge capacity [A.h]"].entries[-1] == pytest.approx(
        n_li * F / 3600, rel=1e-4)


def test_shuttle_deposition_consumes_lithium_and_grows_the_interphase():
    """At rest the deposited sulfur S_a grows at f_d r_sh; the Li metal loses
    (1 - f_d) r_sh/(2 M) + 2 f_d r_sh / M; the interphase thickness is (S_a/M) V_int / A."""
    values = lab(**{"Shuttle deposition fraction": 0.3})
    solution = solve(["Rest for 2 hours"], values)
    t = solution.t
    r_sh = solution[names.SHUTTLE_RATE].entries
    M = values["Sulfur molar mass [g.mol-1]"]
    deposited = np.trapezoid(0.3 * r_sh, t)
    s_a = solution[names.INTERPHASE_SULFUR].entries
    assert s_a[-1] - s_a[0] == pytest.approx(deposited, rel=1e-3)
    li = solution[names.LITHIUM].entries
    lost = np.trapezoid(0.7 * r_sh / (2 * M) + 2 * 0.3 * r_sh / M, t)
    assert li[0] - li[-1] == pytest.approx(lost, rel=1e-3)
    thickness = s_a / M * values["Anode interphase molar volume [m3.mol-1]"] / 0.96
    assert solution[names.INTERPHASE_THICKNESS].entries == pytest.approx(thickness, rel=1e-12)


def test_passivation_slows_the_shuttle_as_the_interphase_grows():
    """With beta > 0 the effective shuttle constant is k_s / (1 + beta L_int) and falls as the
    interphase grows; with beta = 0 it stays k_s."""
    common = {"Shuttle deposition fraction": 1.0}
    passivated = solve(["Rest for 3 hours"], lab(**common, **{
        "Shuttle passivation coefficient [m-1]": 1e8}))
    plain = solve(["Rest for 3 hours"], lab(**common))
    k = passivated[names.SHUTTLE_CONSTANT].entries
    L = passivated[names.INTERPHASE_THICKNESS].entries
    assert k == pytest.approx(2e-4 / (1 + 1e8 * L), rel=1e-9)
    assert k[-1] < 0.9 * k[0]
    assert plain[names.SHUTTLE_CONSTANT].entries == pytest.approx(2e-4, rel=1e-12)


def test_directional_shuttle_is_off_on_discharge_and_on_at_rest():
    solution = solve([("Discharge at 0.2C for 10 minutes", "Rest for 10 minutes")])
    discharge, rest = solution.cycles[0].steps
    assert np.all(discharge[names.SHUTTLE_CONSTANT].entries == 0)
    assert rest[names.SHUTTLE_CONSTANT].entries == pytest.approx(2e-4, rel=1e-12)


def test_the_shuttle_heats_a_resting_cell():
    """At rest only the shuttle (and the relaxing double layer) makes heat: Q_sh = I_sh (U -
    T dU/dT) > 0, and the lumped cell warms by the heat it keeps."""
    values = lab(**{"Total heat transfer coefficient [W.m-2.K-1]": 0.0})
    sim = pybamm.Simulation(LithiumSulfur({"thermal": "lumped"}), parameter_values=values,
                            experiment=pybamm.Experiment(["Rest for 1 hour"]))
    solution = sim.solve()
    q_sh = solution["Shuttle heating [W]"].entries
    assert (q_sh > 0).all()
    T = solution["Cell temperature [K]"].entries
    heat = np.trapezoid(solution["Total heating [W]"].entries, solution.t)
    assert T[-1] - T[0] == pytest.approx(heat / (0.129 * 2000), rel=1e-3)


# --------------------------------------------------------------------- experiments, tables
def test_cycle_table_has_capacity_and_coulombic_efficiency():
    cycle = ("Discharge at 0.2C until 1.5 V", "Charge at 0.5C until 2.5 V")
    run = run_experiment(LithiumSulfur(), LAB, [cycle] * 2)
    table = run.cycles
    for column in (CYCLE_DISCHARGE_CAPACITY, CYCLE_CHARGE_CAPACITY, COULOMBIC_EFFICIENCY):
        assert column in table
    assert table[COULOMBIC_EFFICIENCY].to_numpy() == pytest.approx(
        table[CYCLE_DISCHARGE_CAPACITY].to_numpy() / table[CYCLE_CHARGE_CAPACITY].to_numpy(),
        rel=1e-12)
    assert table[CYCLE_DISCHARGE_CAPACITY].iloc[0] == pytest.approx(
        run.solution.cycles[0].steps[0]["Discharge capacity [A.h]"].entries[-1], rel=1e-9)


def test_drive_cycle_runs_under_an_unmodified_experiment():
    """The first hour of the measured OXIS current as ``pybamm.step.current`` (data,
    interpolated linearly) drives the model."""
    cycle = lis_fit.oxis_drive_cycle().window(0, 3600)
    profile = np.column_stack([cycle.time, cycle.current])
    run = run_experiment(LithiumSulfur(), "LiS_OXIS_Propp2016",
                         pybamm.Experiment([pybamm.step.current(profile)]))
    t = run.solution.t
    assert run.solution["Current [A]"].entries == pytest.approx(
        np.interp(t, cycle.time, cycle.current), rel=1e-9, abs=1e-12)
    assert t[-1] == pytest.approx(cycle.time[-1], rel=1e-12)


def test_model_and_oxis_values_pickle():
    model = pickle.loads(pickle.dumps(LithiumSulfur()))
    assert isinstance(model, LithiumSulfur)
    values = pickle.loads(pickle.dumps(pybamm.ParameterValues(LAB)))
    assert isinstance(values["Shuttle rate constant [s-1]"], DirectionalRate)


# --------------------------------------------------------------------- the fit workflow
def test_the_ecm_says_the_drive_cycle_ran_at_20_degrees():
    """The paper's ECM reproduces the drive cycle with its 20 °C parameters (28 mV) and not
    with its 30 °C ones (49 mV): the OXIS set's reference temperature."""
    rmse20, rmse30 = lis_fit.ecm_drive_cycle_rmse(20), lis_fit.ecm_drive_cycle_rmse(30)
    assert rmse20 == pytest.approx(0.0283, abs=5e-4)
    assert rmse30 > 1.5 * rmse20
    assert oxis.TEST_TEMPERATURE == 293.15


def test_ecm_resistance_activation_energy_is_the_sets():
    """E_R and the lab cell's R_0 (at its 298 K) are the Arrhenius fit of the ECM's ohmic
    resistance."""
    R_ref, E_R = lis_fit.ecm_resistance_arrhenius(reference_temperature=298.0)
    values = pybamm.ParameterValues(LAB)
    assert values["Ohmic resistance activation energy [J.mol-1]"] == pytest.approx(E_R,
                                                                                   rel=2e-3)
    assert values["Ohmic resistance [Ohm]"] == pytest.approx(R_ref, rel=1e-3)
    assert pybamm.ParameterValues("LiS_OXIS_Propp2016")[
        "Ohmic resistance activation energy [J.mol-1]"] == pytest.approx(E_R, rel=2e-3)


def test_fit_recovers_known_values_from_a_synthetic_discharge():
    """Closed loop: the OXIS set's own voltage under the first 30 min of the measured current
    is the "data"; the fit workflow (InputParameters, one built model, least squares), started
    with the resistance 40 % and the high plateau's exchange current 3x off, recovers both."""
    measured = lis_fit.oxis_drive_cycle().window(0, 1800)
    profile = np.column_stack([measured.time, measured.current])
    truth = pybamm.ParameterValues("LiS_OXIS_Propp2016")
    solver = pybamm.IDAKLUSolver(rtol=1e-5, atol=1e-7)  # the fit's own solver
    solution, _ = lis_fit.simulate_drive_cycle(LithiumSulfur(), truth, profile, solver=solver)
    synthetic = lis_fit.DriveCycle(measured.time, measured.current,
                                   np.interp(measured.time, solution.t,
                                             solution["Voltage [V]"].entries))
    fixed = dict(oxis.FITTED)
    r_name, e_name = "Ohmic resistance [Ohm]", "High plateau standard potential [V]"
    r_true, e_true = fixed.pop(r_name), fixed.pop(e_name)
    quantities = [lis_fit.FittedQuantity(r_name, 1.4 * r_true, 0.2 * r_true, 5 * r_true,
                                         log=True, step=0.005),
                  lis_fit.FittedQuantity(e_name, e_true + 0.02, e_true - 0.1, e_true + 0.1,
                                         step=0.002)]
    result = lis_fit.fit_drive_cycle(LithiumSulfur(), oxis.values, fixed, quantities,
                                     synthetic, profile, end_weight=0.0, max_solves=40,
                                     solver=solver)
    assert result.values[r_name] == pytest.approx(r_true, rel=1e-3)
    assert result.values[e_name] == pytest.approx(e_true, abs=1e-4)
    assert result.comparison.rmse < 1e-4


def test_fit_recovers_an_activation_energy_from_a_capacity_ratio(time_limit):
    """Closed loop for the capacity-ratio residual: a laboratory cell whose 0.5C discharge
    ends when Li2S blocks its pores (0.4 mL of pores) is its own "data" at the reference
    temperature, and its capacity ratio C(323 K)/C(298 K) with the resistance's activation
    energy (26.8 kJ/mol) the target; the fit, started at 15 kJ/mol, recovers it (the voltage
    at the reference temperature does not depend on it)."""
    name = "Ohmic resistance activation energy [J.mol-1]"
    truth = lab(**{"Shuttle rate constant [s-1]": 0.0, "Cathode pore volume [L]": 4e-4})
    current = 0.5 * truth["Nominal cell capacity [A.h]"]
    profile = np.array([[0.0, current], [3 * 3600.0, current]])
    capacities = {}
    for T in (298.0, 323.0):
        warm = truth.copy()
        warm.update({"Ambient temperature [K]": T, "Initial temperature [K]": T})
        solution, _ = lis_fit.simulate_drive_cycle(LithiumSulfur(), warm, profile)
        capacities[T] = solution["Discharge capacity [A.h]"].entries[-1]
        if T == 298.0:
            t = np.arange(0.0, solution.t[-1], 1.0)
            data = lis_fit.DriveCycle(t, np.full(t.size, current),
                                      np.interp(t, solution.t, solution["Voltage [V]"].entries))
    ratio = capacities[323.0] / capacities[298.0]
    assert ratio > 1.05  # the resistance-limited capacity grows as the resistance falls

    def builder(fitted):
        return {**dict(truth), name: fitted[name]}

    quantity = lis_fit.FittedQuantity(name, 15e3, 0.0, 80e3, step=500.0)
    with time_limit(300):
        result = lis_fit.fit_drive_cycle(LithiumSulfur(), builder, {}, [quantity], data,
                                         profile, end_weight=0.0, max_solves=20,
                                         capacity_ratios={323.0: ratio})
    assert result.values[name] == pytest.approx(truth[name], rel=0.01)


def test_fitted_quantity_bounds_are_checked():
    with pytest.raises(InputError, match="need low <= initial <= high"):
        lis_fit.FittedQuantity("x", 5.0, 0.0, 1.0)
    with pytest.raises(InputError, match="log-scaled quantity needs low > 0"):
        lis_fit.FittedQuantity("x", 1.0, 0.0, 2.0, log=True)


def test_breakpoints_keep_every_kink_of_the_current():
    """Between two breakpoints the profile's current is one straight line, and every point
    where its slope changes is one."""
    profile = np.array([[0, 0.0], [1, 0.0], [2, 1.0], [3, 2.0], [4, 2.0], [5, 0.5], [6, 0.5]])
    assert list(lis_fit.breakpoints(profile)) == [0, 1, 3, 4, 5, 6]
    cycle = lis_fit.oxis_drive_cycle().window(0, 7200)
    full = np.column_stack([cycle.time, cycle.current])
    kept = lis_fit.breakpoints(full)
    between = np.interp(cycle.time, kept, np.interp(kept, cycle.time, cycle.current))
    assert between == pytest.approx(cycle.current, abs=1e-12)


def test_drive_cycle_blocks_are_the_repeats_of_the_nedc():
    cycle = lis_fit.oxis_drive_cycle()
    blocks = lis_fit.drive_cycle_blocks(cycle)
    assert blocks[0] == 0 and blocks[-1] == int(cycle.time[-1] // lis_fit.OXIS_PERIOD)
    first, second = cycle.current[blocks == 0], cycle.current[blocks == 1]
    assert np.corrcoef(first, second)[0, 1] > 0.9  # one drive cycle repeated


# --------------------------------------------------------------------- temperature and capacity
def test_ecm_capacity_ratios():
    """The ECM's capacities (2.57, 2.69, 2.86 A.h at 20, 30, 50 °C) rise 4.7 % and 11.7 %."""
    capacities = lis_fit.ecm_capacities()
    assert capacities[30] / capacities[20] == pytest.approx(1.0470, abs=1e-4)
    assert capacities[50] / capacities[20] == pytest.approx(1.1167, abs=1e-4)


def test_capacity_ceiling_bounds_the_oxis_cell_at_every_temperature():
    """The closed-form ceiling (reducible sulfur + double layer) bounds a 0.2C discharge of
    the OXIS set at 20 and 50 °C, with the rates' activation energies at 0 or 50 kJ/mol.
    Without the Bottom step (i_0,Bottom = 0) the discharge ends when S4(2-) is used up, at
    more than 99.5 % of its ceiling at 20 °C, so that warming cannot raise its capacity by
    the ECM's 11.7 %; the Bottom step raises the ceiling to 2 electrons per sulfur atom."""
    values = pybamm.ParameterValues("LiS_OXIS_Propp2016")
    F = pybamm.constants.F.value
    m = {k: values[f"Initial {k} mass [g]"] for k in ("S8", "S4", "S2")}
    double_layer = (values["Cathode double-layer capacity [F.m-2]"]
                    * values["Cathode reaction area [m2]"] * (2.5 - 1.5) / 3600)
    with_bottom = F * (2 * m["S8"] + 1.5 * m["S4"] + m["S2"]) / (3600 * 32.06) + double_layer
    values["Bottom plateau exchange-current density [A.m-2]"] = 1e-3
    assert lis_fit.capacity_ceiling(values, 1.5) == pytest.approx(with_bottom, rel=1e-12)
    values["Bottom plateau exchange-current density [A.m-2]"] = 0.0
    ceiling = lis_fit.capacity_ceiling(values, 1.5)
    by_hand = F * (1.5 * m["S8"] + m["S4"]) / (3600 * 32.06) + double_layer
    assert ceiling == pytest.approx(by_hand, rel=1e-12)
    capacities = {}
    for T, energy in ((293.15, 0.0), (323.15, 0.0), (323.15, 50e3)):
        trial = values.copy()
        trial.update({name: energy for name in lis_fit.ACTIVATION_ENERGIES[:2]})
        run = run_experiment(LithiumSulfur(), trial, ["Discharge at 0.2C until 1.5 V"],
                             temperature=T)
        capacities[T, energy] = run.solution["Discharge capacity [A.h]"].entries[-1]
        assert capacities[T, energy] <= ceiling
    assert capacities[293.15, 0.0] > 0.995 * ceiling
    assert max(capacities.values()) / capacities[293.15, 0.0] < 1.01


def test_capacity_activation_energy_refuses_bad_inputs():
    values = pybamm.ParameterValues("LiS_OXIS_Propp2016")
    with pytest.raises(InputError, match="parameter 'Ohmic resistance \\[Ohm\\]' is not "
                                         "allowed; use one of Charge-transfer"):
        lis_fit.fit_capacity_activation_energy("Ohmic resistance [Ohm]", values)
    with pytest.raises(InputError, match="celsius 20 is not allowed; use 30 or 50"):
        lis_fit.fit_capacity_activation_energy(lis_fit.ACTIVATION_ENERGIES[0], values, 20)
    with pytest.raises(InputError, match="bounds \\(-1.0, 1000.0\\) are not allowed"):
        lis_fit.fit_capacity_activation_energy(lis_fit.ACTIVATION_ENERGIES[0], values,
                                               bounds=(-1.0, 1e3))
