"""Na-ion hard carbon | NVPF set: it runs in SPM, SPMe and DFN and the models agree where
they should (at C/10 electrolyte polarisation is small, so SPMe ≈ DFN); its NVPF OCP is
physically admissible (non-increasing) and keeps the measured charged end; it starts in the
state a charge to 4.2 V leaves it in; its two NVPF particle populations share one electrode
and the slow one lags under current and catches up at rest; its Arrhenius factors make a
cold cell deliver less;
the ``naion_rate_capability`` protocol (standard charges between rates) gives capacities
that fall with rate as measured. The comparisons with the measured curves, the standard
charge and the leave-one-rate-out check are validation cases
(:mod:`pybamm_beyondli.validation.naion`)."""

import warnings

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022 as chayambuka
from pybamm_beyondli.protocol_registry import get_protocol
from pybamm_beyondli.validation.naion import CUT_OFF_V, PARAMETER_SET
from pybamm_beyondli.workflows.simulation import get_model, run_experiment


@pytest.fixture(scope="module")
def discharges():
    return {
        (model, rate): run_experiment(model, PARAMETER_SET,
                                      [f"Discharge at {rate} until {CUT_OFF_V} V"]).solution
        for model in ("SPM", "SPMe", "DFN")
        for rate in ("0.1C", "1.4C")
    }


@pytest.mark.parametrize("model", ["SPM", "SPMe", "DFN"])
@pytest.mark.parametrize("rate", ["0.1C", "1.4C"])
def test_discharge_reaches_cut_off(discharges, model, rate):
    solution = discharges[(model, rate)]
    assert solution["Voltage [V]"].entries[-1] == pytest.approx(CUT_OFF_V, abs=1e-3)
    assert solution["Discharge capacity [A.h]"].entries[-1] > 1.5e-3


def test_reduced_models_agree_with_dfn_at_low_rate(discharges):
    q_dfn = discharges[("DFN", "0.1C")]["Discharge capacity [A.h]"].entries[-1]
    q_spme = discharges[("SPMe", "0.1C")]["Discharge capacity [A.h]"].entries[-1]
    assert q_spme == pytest.approx(q_dfn, rel=0.01)


def test_rate_costs_capacity(discharges):
    for model in ("SPMe", "DFN"):
        q_low = discharges[(model, "0.1C")]["Discharge capacity [A.h]"].entries[-1]
        q_high = discharges[(model, "1.4C")]["Discharge capacity [A.h]"].entries[-1]
        assert q_high < q_low


def test_set_is_the_one_pybamm_finds_by_name():
    pv = pybamm.ParameterValues(PARAMETER_SET)
    assert pv["Lower voltage cut-off [V]"] <= CUT_OFF_V


@pytest.mark.parametrize("table, c_max", [
    ("k_n_data", chayambuka.C_MAX_N), ("k_p_data", chayambuka.C_MAX_P),
    ("D_n_data", chayambuka.C_MAX_N), ("D_p_data", chayambuka.C_MAX_P)])
def test_kinetic_and_transport_tables_cover_every_stoichiometry(table, c_max):
    """The measured k(c) and D(c) tables, extended to 0 <= c <= c_max, keep every measured
    point and give what PyBaMM's linear interpolant of the measured table extrapolates to."""
    from pybamm.input.parameters.sodium_ion import Chayambuka2022

    _, (c, y) = getattr(Chayambuka2022, table)
    c, y = np.ravel(c), np.ravel(y)
    c_full, y_full = chayambuka._full_range(getattr(Chayambuka2022, table), c_max)
    assert c_full[0] <= 0 and c_full[-1] >= c_max and np.all(y_full > 0)
    probe = np.linspace(0, c_max, 57)
    measured = pybamm.Interpolant(c, y, pybamm.Vector(probe)).evaluate()
    np.testing.assert_allclose(np.interp(probe, c_full, y_full), np.ravel(measured),
                               rtol=1e-12)


def test_full_discharge_reads_no_table_beyond_its_data():
    """At 0.1C both electrodes reach their ends (NVPF surface 0.995, hard carbon 0.005),
    past the first/last measured point of the D_p and k_n tables: no extrapolation."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_experiment("DFN", PARAMETER_SET, [f"Discharge at 0.1C until {CUT_OFF_V} V"])
    assert not [w for w in caught if "extrapolation" in str(w.message)]


def _ocp(values, electrode, sto):
    function = values[f"{electrode} electrode OCP [V]"]
    # the NVPF OCP reads the set's step-shift parameter: evaluated through the values
    return np.ravel(values.evaluate(function(pybamm.Vector(np.asarray(sto, float)))))


def test_nvpf_ocp_is_non_increasing_and_keeps_both_plateaus():
    """dU_p/dsto <= 0 everywhere (no rising stretch in which single DFN nodes would
    phase-separate); the 4.18 V and 3.68 V plateaus are still there."""
    values = pybamm.ParameterValues(PARAMETER_SET)
    sto = np.linspace(0.0, 1.0, 4001)
    u = _ocp(values, "Positive", sto)
    assert np.all(np.diff(u) <= 1e-12)
    assert u[(sto > 0.25) & (sto < 0.4)].mean() == pytest.approx(4.18, abs=0.01)
    assert u[(sto > 0.65) & (sto < 0.85)].mean() == pytest.approx(3.68, abs=0.02)


def test_nvpf_ocp_follows_the_part_ii_function_and_the_measured_ends():
    measured = chayambuka.NVPF_ocp_measured_Chayambuka2022
    sto = np.linspace(chayambuka.U_P_JOIN, chayambuka.DISCHARGED_JOIN, 2001)
    u = measured(pybamm.Vector(sto)).evaluate().ravel()
    assert np.max(np.abs(u - chayambuka.NVPF_ocp_rational_Chayambuka2022(sto))) < 0.015
    # the part I table's measured charged end: 4.211 V at 0.21004, 4.288 V at the moved
    # first point; its measured discharged end: 3.6226 V at 0.9593, 3.0317 V at 0.9999
    end = measured(pybamm.Vector(np.array([chayambuka.END_STOICHIOMETRY, 0.21004478]))
                   ).evaluate().ravel()
    assert end == pytest.approx([4.288102031, 4.210892773], abs=1e-6)
    x_table, u_table = np.ravel(chayambuka._U_P_X), np.ravel(chayambuka._U_P)
    tail = x_table > chayambuka.DISCHARGED_JOIN + 1e-3
    assert measured(pybamm.Vector(x_table[tail])).evaluate().ravel() == pytest.approx(
        u_table[tail], abs=1e-9)
    assert u_table[tail][[1, -1]] == pytest.approx([3.6226, 3.0317], abs=1e-4)


def _step_position(values) -> float:
    """Stoichiometry at which the set's NVPF OCP crosses the middle of its step (3.94 V)."""
    sto = np.linspace(0.3, 0.9, 6001)
    return float(sto[np.argmax(_ocp(values, "Positive", sto) < 3.94)])


@pytest.mark.parametrize("shift", [-0.05, 0.0, 0.03, 0.1])
def test_step_shift_moves_the_nvpf_step_and_keeps_its_ends(shift):
    """U_p(theta) = U_measured(theta - delta sin^2(...)): the step moves by delta times the
    sin^2 factor at its new place (1 at delta = 0.01, 0.9 at 0.1); the charged end (theta
    <= U_P_JOIN) and theta = 1 keep their measured voltages."""
    values = pybamm.ParameterValues(PARAMETER_SET)
    values[chayambuka.STEP_SHIFT] = 0.0
    unshifted = _step_position(values)
    values[chayambuka.STEP_SHIFT] = shift
    assert _step_position(values) - unshifted == pytest.approx(shift, rel=0.12, abs=0.002)
    ends = np.array([chayambuka.END_STOICHIOMETRY, 0.21, chayambuka.U_P_JOIN, 1.0])
    assert _ocp(values, "Positive", ends) == pytest.approx(
        chayambuka.NVPF_ocp_measured_Chayambuka2022(pybamm.Vector(ends)).evaluate().ravel(),
        abs=1e-9)


def test_step_shift_that_would_fold_the_ocp_is_refused_before_a_solve():
    values = pybamm.ParameterValues(PARAMETER_SET)
    values[chayambuka.STEP_SHIFT] = 0.3
    sim = pybamm.Simulation(pybamm.lithium_ion.SPM(), parameter_values=values)
    with pytest.raises(InputError, match="Positive electrode OCP step shift.*between -0.2 "
                                         "and 0.2"):
        sim.solve([0, 3600])


def test_set_starts_at_the_open_circuit_voltage_of_a_charge_to_4_2_v():
    values = pybamm.ParameterValues(PARAMETER_SET)
    x_n = (values["Initial concentration in negative electrode [mol.m-3]"]
           / values["Maximum concentration in negative electrode [mol.m-3]"])
    x_p = (values.evaluate(pybamm.Parameter(
        "Initial concentration in positive electrode [mol.m-3]"))
        / values["Maximum concentration in positive electrode [mol.m-3]"])
    ocv = _ocp(values, "Positive", [x_p])[0] - _ocp(values, "Negative", [x_n])[0]
    assert ocv == pytest.approx(4.2, abs=2e-3)
    assert _ocp(values, "Negative", [x_n])[0] > 0.05  # the hard carbon is off 0 V vs Na


def test_charged_nvpf_follows_the_sodium_inventory():
    """The set's charged NVPF concentration is an expression of the hard-carbon one: at any
    inventory a fit may try, the cell starts at 4.2 V open-circuit voltage."""
    values = pybamm.ParameterValues(PARAMETER_SET)
    c_max_n = values["Maximum concentration in negative electrode [mol.m-3]"]
    c_max_p = values["Maximum concentration in positive electrode [mol.m-3]"]
    for x_n in (0.55, 0.7427, 0.9):
        c_p = chayambuka.charged_nvpf_concentration(pybamm.Scalar(x_n * c_max_n)).evaluate()
        x_p = float(np.ravel(c_p)[0]) / c_max_p
        ocv = _ocp(values, "Positive", [x_p])[0] - _ocp(values, "Negative", [x_n])[0]
        assert ocv == pytest.approx(4.2, abs=2e-3)


def test_charged_nvpf_table_is_computed_once_and_cannot_be_changed(monkeypatch):
    """The 49 root finds behind the charged state run once per process, not each time
    PyBaMM builds the set (twice per ``ParameterValues``); the cached table is read-only."""
    calls = []
    find = chayambuka.charged_nvpf_stoichiometry
    monkeypatch.setattr(chayambuka, "charged_nvpf_stoichiometry",
                        lambda x: calls.append(x) or find(x))
    chayambuka._charged_nvpf_table.cache_clear()
    for _ in range(3):
        pybamm.ParameterValues(PARAMETER_SET)
    assert len(calls) == len(chayambuka._CHARGED_X_N)
    table = chayambuka._charged_nvpf_table()
    assert np.array_equal(table, [find(x) * chayambuka.C_MAX_P for x in calls])
    with pytest.raises(ValueError, match="read-only"):
        table[0] = 0.0
    chayambuka._charged_nvpf_table.cache_clear()  # later tests rebuild it with the real one


def test_fitted_rates_hold_on_a_refined_particle_mesh():
    """The set meets its targets (<= 30 mV, <= 3 % at 0.1 / 0.6 / 1.4C) with 80 points in
    each particle, four times PyBaMM's default, on which it was fitted: the fit is not an
    artefact of the discretisation (measured 21.5 / 24.2 / 25.4 mV)."""
    from pybamm_beyondli.validation.naion import (
        CAPACITY_LIMIT_PCT,
        RMSE_LIMIT_MV,
        model,
        targets,
    )
    from pybamm_beyondli.workflows.fitting import evaluate_fit

    var_pts = {**model().default_var_pts, "r_n": 80, "r_p_prim": 80, "r_p_sec": 80}
    curves = evaluate_fit(model(), pybamm.ParameterValues(PARAMETER_SET), targets(), var_pts)
    assert len(curves) == 3
    for name, curve in curves.items():
        assert curve.rmse * 1e3 <= RMSE_LIMIT_MV, name
        assert abs(curve.capacity_error) * 100 <= CAPACITY_LIMIT_PCT, name


def test_cold_cell_delivers_less_at_high_rate():
    """Arrhenius factors on rate constants, diffusivities and electrolyte: the 1.4C capacity
    rises with temperature (SPMe, 0 / 25 / 45 degC)."""
    capacities = [
        run_experiment("SPMe", PARAMETER_SET, [f"Discharge at 1.4C until {CUT_OFF_V} V"],
                       temperature=t).solution["Discharge capacity [A.h]"].entries[-1]
        for t in (273.15, 298.15, 318.15)]
    assert capacities[0] < 0.5 * capacities[1] < capacities[2]


def test_rate_capability_protocol_capacity_falls_with_rate():
    """C/10 > 0.6C > 1.4C, as measured (2.77 / 2.47 / 2.13 mAh, naion_chayambuka2022),
    every discharge after a standard charge."""
    protocol = get_protocol("naion_rate_capability")
    assert protocol.options == chayambuka.MODEL_OPTIONS
    solution = run_experiment(protocol.model_for(protocol.model, protocol.parameters),
                              protocol.parameters, protocol.experiment()).solution
    discharges = [cycle.steps[0] for cycle in solution.cycles]
    assert len(discharges) == len(protocol.module.RATES) == 3
    capacities = []
    for step in discharges:
        assert step["Voltage [V]"].entries[-1] == pytest.approx(CUT_OFF_V, abs=1e-3)
        q = step["Discharge capacity [A.h]"].entries
        capacities.append(q[-1] - q[0])
    assert np.all(np.diff(capacities) < 0), capacities
    measured = [2.77e-3, 2.47e-3, 2.13e-3]
    assert np.allclose(capacities, measured, rtol=0.03), capacities


@pytest.mark.parametrize("name", ["NaIon_Chayambuka2022", "NaIon_Hakadi18650"])
def test_recorded_fit_result_is_what_the_set_gives(name):
    """Each set's ``FIT_RESULT`` (quoted in its docstring and the README) equals, to its
    rounding, a fresh evaluation of the set against the curves it was fitted to."""
    import importlib

    from pybamm_beyondli.validation import naion
    from pybamm_beyondli.validation.hakadi import hakadi_fit
    from pybamm_beyondli.workflows.fitting import evaluate_fit

    module = importlib.import_module(f"pybamm_beyondli.parameter_sets.{name}")
    if name == "NaIon_Hakadi18650":
        recorded = module.FIT_RESULT
        model, targets = pybamm.lithium_ion.DFN(hakadi_fit.MODEL_OPTIONS), hakadi_fit.targets()
    else:
        recorded = module.FIT_RESULT["DFN"]
        model, targets = naion.model(), naion.targets()
    curves = evaluate_fit(model, pybamm.ParameterValues(name), targets)
    measured = {float(n.rstrip("C")): c for n, c in curves.items()}
    assert set(measured) == set(recorded)
    for rate, (rmse_mv, capacity_pct) in recorded.items():
        assert measured[rate].rmse * 1e3 == pytest.approx(rmse_mv, abs=0.05), rate
        assert measured[rate].capacity_error * 100 == pytest.approx(capacity_pct, abs=0.005), rate


def _value(values: pybamm.ParameterValues, name: str, *args) -> float:
    entry = values[name]
    symbol = entry(*args) if callable(entry) else entry
    return float(np.ravel(values.process_symbol(symbol).evaluate())[0])


def test_nvpf_populations_split_one_electrode():
    """The two NVPF populations of MODEL_OPTIONS hold the electrode's active volume between
    them (shares 1 - f and f), so the cell's capacity is the one-population cell's; they are
    the same material (OCP, c_max, radius, diffusivity), and the slow one's j0 is g times
    the other's at every state."""
    values = pybamm.ParameterValues(PARAMETER_SET)
    eps = values["Positive electrode active material volume fraction"]
    f = values[chayambuka.SLOW_FRACTION]
    g = values[chayambuka.SLOW_RATE_FACTOR]
    name = "Positive electrode active material volume fraction"
    primary, secondary = (_value(values, f"{p}: {name}") for p in ("Primary", "Secondary"))
    assert primary + secondary == pytest.approx(eps, rel=1e-12)
    assert secondary == pytest.approx(f * eps, rel=1e-12)
    for same in ("Maximum concentration in positive electrode [mol.m-3]",
                 "Positive particle radius [m]"):
        assert values[f"Primary: {same}"] == values[f"Secondary: {same}"] == values[same]
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]
    j0 = "Positive electrode exchange-current density [A.m-2]"
    for x in (0.25, 0.5, 0.9):
        for T in (273.15, 298.15):
            args = (pybamm.Scalar(1000.0), pybamm.Scalar(x * c_max), pybamm.Scalar(c_max),
                    pybamm.Scalar(T))
            fast = _value(values, f"Primary: {j0}", *args)
            assert fast == pytest.approx(_value(values, j0, *args), rel=1e-12)
            assert _value(values, f"Secondary: {j0}", *args) == pytest.approx(g * fast,
                                                                             rel=1e-12)
    for same in ("Positive electrode OCP [V]", "Positive particle diffusivity [m2.s-1]"):
        assert values[f"Primary: {same}"] is values[f"Secondary: {same}"] is values[same]


@pytest.mark.parametrize("model", ["SPM", "SPMe", "DFN"])
def test_two_populations_run_in_each_model(model):
    """With MODEL_OPTIONS the set discharges to the cut-off in SPM, SPMe and DFN, and the
    slow population lags: after 20 minutes at 1.4C its stoichiometry has risen less than the
    fast one's (both start at the same stoichiometry)."""
    built = getattr(pybamm.lithium_ion, model)(dict(chayambuka.MODEL_OPTIONS))
    solution = run_experiment(built, PARAMETER_SET,
                              [f"Discharge at 1.4C until {CUT_OFF_V} V"]).solution
    assert solution["Voltage [V]"].entries[-1] == pytest.approx(CUT_OFF_V, abs=1e-3)
    t = 20 * 60
    name = "Average positive {} particle stoichiometry"
    x = {phase: float(solution[name.format(phase)](t) - solution[name.format(phase)](0))
         for phase in ("primary", "secondary")}
    assert 0 < x["secondary"] < x["primary"], x


def test_slow_population_catches_up_at_rest():
    """After a 1.4C discharge stopped half way, a rest lets the slow particles take up
    sodium from the fast ones through the electrode (no current: the total is conserved),
    so their stoichiometries approach each other (the gap at least halves in 3 h), while
    the electrode's sodium, (1 - f) x_fast + f x_slow, stays what it was."""
    built = pybamm.lithium_ion.DFN(dict(chayambuka.MODEL_OPTIONS))
    solution = run_experiment(built, PARAMETER_SET, ["Discharge at 1.4C for 20 minutes",
                                                     "Rest for 3 hours"]).solution
    rest = solution.cycles[-1]
    name = "Average positive {} particle stoichiometry"
    gap = [float(rest[name.format("primary")](t) - rest[name.format("secondary")](t))
           for t in (rest.t[0], rest.t[-1])]
    assert gap[0] > 0.05 and 0 <= gap[1] < 0.5 * gap[0], gap
    f = pybamm.ParameterValues(PARAMETER_SET)[chayambuka.SLOW_FRACTION]
    total = [float((1 - f) * rest[name.format("primary")](t)
                   + f * rest[name.format("secondary")](t)) for t in (rest.t[0], rest.t[-1])]
    assert total[1] == pytest.approx(total[0], rel=1e-6)


def test_protocol_options_apply_to_its_standard_model_and_set():
    """A protocol's MODEL_OPTIONS build its standard model for its standard set only: another
    model or set is run by name, with PyBaMM's default options."""
    protocol = get_protocol("naion_temperature_sweep")
    built = protocol.model_for("DFN", PARAMETER_SET)
    assert isinstance(built, pybamm.lithium_ion.DFN)
    assert built.options["particle phases"] == ("1", "2")
    assert protocol.model_for("SPMe", PARAMETER_SET) == "SPMe"
    assert protocol.model_for("DFN", "NaIon_Hakadi18650") == "DFN"
    assert protocol.model_label("DFN", PARAMETER_SET) == "DFN {'particle phases': ('1', '2')}"
    assert protocol.model_label("SPMe", PARAMETER_SET) == "SPMe"
    # PyBaMM's SPM writes its defaults into the dict it is given; get_model gives it a copy
    options = dict(protocol.options)
    assert get_model("SPM", options).options["x-average side reactions"] == "true"
    assert options == chayambuka.MODEL_OPTIONS == {"particle phases": ("1", "2")}
    assert protocol.model_label("DFN", "NaIon_Hakadi18650") == "DFN"
    plain = get_protocol("kion_rate_capability")
    assert plain.options == {} and plain.model_for(plain.model, plain.parameters) == plain.model
