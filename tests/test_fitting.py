"""The fitting workflow (:mod:`pybamm_beyondli.workflows.fitting`): least squares with
PyBaMM's sensitivities recovers a parameter from curves the model made, in few
evaluations; the open-circuit estimate is exact for linear curves; bad input is refused by
name before any solve."""

import numpy as np
import pandas as pd
import pybamm
import pytest

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.functions import ScaledFunction
from pybamm_beyondli.workflows.fitting import (
    CurveTarget,
    evaluate_fit,
    fit_parameters,
    leave_one_out,
    open_circuit_voltage,
)

SET = "NaIon_PrussianWhite_HardCarbon"
DIFFUSIVITY = "Negative particle diffusivity [m2.s-1]"
CONDUCTIVITY = "Positive electrode conductivity [S.m-1]"


@pytest.fixture(scope="module")
def synthetic():
    """C/2 and 2C discharges of the SPMe with the hard carbon's diffusivity x 0.5 and the
    positive electrode's conductivity 0.05 S/m: the curves a fit must recover those from."""
    values = pybamm.ParameterValues(SET)
    capacity = values["Nominal cell capacity [A.h]"]
    truth = values.copy()
    function = truth[DIFFUSIVITY]
    truth[DIFFUSIVITY] = lambda sto, T: 0.5 * function(sto, T)
    truth[CONDUCTIVITY] = 0.05
    targets = []
    for rate in (0.5, 2.0):
        t = np.linspace(0, 3600 / rate, 400)
        truth["Current function [A]"] = rate * capacity
        solution = pybamm.Simulation(pybamm.lithium_ion.SPMe(), parameter_values=truth).solve(t)
        frame = pd.DataFrame({"Discharge capacity [A.h]": solution["Discharge capacity [A.h]"]
                              .entries, "Voltage [V]": solution["Voltage [V]"].entries})
        targets.append(CurveTarget(f"{rate}C", frame.iloc[1:], rate * capacity))
    return values, targets


def fit_both(values, targets):
    """Least squares on the diffusivity factor and the conductivity (15 evaluations)."""
    return fit_parameters(pybamm.lithium_ion.SPMe(), values, targets,
                          {DIFFUSIVITY: (0.1, 10.0), CONDUCTIVITY: (1e-3, 10.0)},
                          max_evaluations=15)


def test_fit_recovers_the_parameters_the_curves_were_made_with(synthetic):
    values, targets = synthetic
    result = fit_both(values, targets)
    assert result.values[DIFFUSIVITY] == pytest.approx(0.5, rel=0.01)
    assert result.values[CONDUCTIVITY] == pytest.approx(0.05, rel=0.01)
    assert result.evaluations <= 15
    assert set(result.relative_standard_errors) == {DIFFUSIVITY, CONDUCTIVITY}
    # the curves are the model's own: the fit reproduces them as closely as the true values
    # do. Those miss by up to ~1 mV RMS from one point, the last, on the cut-off cliff: a
    # simulation's own event location moves it by ms, i.e. by tens of mV at 2C.
    truth = values.copy()
    truth[DIFFUSIVITY] = ScaledFunction(values[DIFFUSIVITY], 0.5)
    truth[CONDUCTIVITY] = 0.05
    floor = max(c.rmse for c in evaluate_fit(pybamm.lithium_ion.SPMe(), truth,
                                              targets).values())
    assert floor < 2e-3
    assert result.worst_rmse < floor + 2e-4
    # the fitted set reproduces the curves on its own
    again = evaluate_fit(pybamm.lithium_ion.SPMe(), result.parameter_values, targets)
    assert max(c.rmse for c in again.values()) < floor + 2e-4


def test_non_finite_sensitivities_fall_back_to_finite_differences(synthetic, monkeypatch):
    """Sensitivities that come back NaN (as IDAKLU's can on a final voltage cliff) are
    replaced by forward differences: the fit still recovers the parameters."""
    from pybamm_beyondli.workflows import fitting

    original = fitting._curve_terms

    def nan_sensitivities(solution, target, names, sensitivities):
        dv, q_sim, q_data, jac_v, jac_q, n = original(solution, target, names, sensitivities)
        if sensitivities:
            jac_v = np.full_like(jac_v, np.nan)
        return dv, q_sim, q_data, jac_v, jac_q, n

    monkeypatch.setattr(fitting, "_curve_terms", nan_sensitivities)
    values, targets = synthetic
    result = fit_both(values, targets)
    assert result.values[DIFFUSIVITY] == pytest.approx(0.5, rel=0.02)
    assert result.values[CONDUCTIVITY] == pytest.approx(0.05, rel=0.02)


def test_worst_curve_refinement_lowers_the_worst_error(synthetic):
    """Two least-squares steps leave the fit short of the truth; the Nelder-Mead refinement
    of the smooth maximum then brings the worse curve closer than least squares alone."""
    values, targets = synthetic
    bounds = {DIFFUSIVITY: (0.1, 10.0), CONDUCTIVITY: (1e-3, 10.0)}
    start = {DIFFUSIVITY: 2.0, CONDUCTIVITY: 0.5}
    plain = fit_parameters(pybamm.lithium_ion.SPMe(), values, targets, bounds, start,
                           max_evaluations=2)
    refined = fit_parameters(pybamm.lithium_ion.SPMe(), values, targets, bounds, start,
                             max_evaluations=2, worst_curve_evaluations=30)
    assert refined.evaluations > plain.evaluations
    assert refined.worst_rmse < 0.5 * plain.worst_rmse


def test_open_circuit_voltage_of_linear_curves_is_exact():
    q = np.linspace(0.01, 1.0, 50)
    u, r = 4.0 - 0.8 * q, 0.05 + 0.02 * q

    def curve(current):
        frame = pd.DataFrame({"Discharge capacity [A.h]": q, "Voltage [V]": u - r * current})
        return CurveTarget(f"{current} A", frame, current)

    ocv = open_circuit_voltage([curve(0.5), curve(1.0), curve(1.5)], points=20)
    grid = ocv["Discharge capacity [A.h]"].to_numpy()
    inside = grid >= q[0]
    assert np.allclose(ocv["Open-circuit voltage [V]"][inside], 4.0 - 0.8 * grid[inside])
    assert np.allclose(ocv["Resistance [Ohm]"][inside], 0.05 + 0.02 * grid[inside])


def _frame():
    return pd.DataFrame({"Discharge capacity [A.h]": [0.0, 0.5, 1.0],
                         "Voltage [V]": [3.2, 3.0, 2.8]})


@pytest.mark.parametrize("parameters, targets, match", [
    ({"No such parameter [V]": (0, 1)}, [CurveTarget("a", _frame(), 1.0)],
     "No such parameter"),
    ({CONDUCTIVITY: (1.0, 0.1)}, [CurveTarget("a", _frame(), 1.0)], "lower < upper"),
    ({CONDUCTIVITY: (1.0, 10.0)}, [CurveTarget("a", _frame(), 1.0)], "outside its bounds"),
    ({}, [CurveTarget("a", _frame(), 1.0)], "no parameter to fit"),
    ({CONDUCTIVITY: (0.01, 10.0)},
     [CurveTarget("a", _frame().rename(columns={"Voltage [V]": "U"}), 1.0)], "Voltage"),
    ({CONDUCTIVITY: (0.01, 10.0)}, [CurveTarget("a", _frame(), -1.0)], "current"),
    ({CONDUCTIVITY: (0.01, 10.0)}, [], "no measured curve"),
    ({"chemistry": (0, 1)}, [CurveTarget("a", _frame(), 1.0)], "not in the parameter set"),
    ({"Positive particle radius [m]": (1e-8, 1e-3)}, [CurveTarget("a", _frame(), 1.0)],
     "Positive particle radius.*sets the model's geometry"),
    ({"Negative electrode thickness [m]": (1e-6, 1e-2)}, [CurveTarget("a", _frame(), 1.0)],
     "Negative electrode thickness.*sets the model's geometry"),
])
def test_bad_input_is_refused_by_name(parameters, targets, match, time_limit):
    values = pybamm.ParameterValues(SET)
    with time_limit(5), pytest.raises(InputError, match=match):
        fit_parameters(pybamm.lithium_ion.SPM(), values, targets, parameters)


def test_negative_refinement_budget_is_refused(time_limit):
    with time_limit(5), pytest.raises(InputError, match="worst_curve_evaluations"):
        fit_parameters(pybamm.lithium_ion.SPM(), pybamm.ParameterValues(SET),
                       [CurveTarget("a", _frame(), 1.0)], {CONDUCTIVITY: (0.01, 10.0)},
                       worst_curve_evaluations=-1)


def test_leave_one_out_needs_two_curves(time_limit):
    with time_limit(5), pytest.raises(InputError, match="at least two"):
        leave_one_out(pybamm.lithium_ion.SPM(), pybamm.ParameterValues(SET),
                      [CurveTarget("a", _frame(), 1.0)], {CONDUCTIVITY: (0.01, 10.0)})
