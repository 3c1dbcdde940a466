"""Hakadi Na-ion 18650: the identified set against the measured 0.5C, 1C and 1.5C discharges.

The procedure of the measurements (dataset ``naion_hakadi18650``): charge at constant current
to 4.1 V and hold at 4.1 V until the current falls to 0.1 A (the tester's end of charge,
~C/15), then discharge at constant current to 1.5 V; repeated at 0.5C, 1C and 1.5C
(1C = 1.5 A).

The set ``NaIon_Hakadi18650`` is identified by :func:`identify` (run this script directly,
``python experiments/hakadi_fit.py``, to repeat the fit; it prints the values to put in the
set): the layered oxide's open-circuit potential from the cell's open-circuit voltage
implied by the discharges, and five kinetic and transport quantities by
:func:`pybamm_beyondli.workflows.fitting.fit_parameters` (least squares with PyBaMM's
sensitivities), alternated :data:`ITERATIONS` times. :func:`leave_one_out` repeats the whole
identification on two rates and predicts the third.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pybamm
from scipy.optimize import isotonic_regression

from pybamm_beyondli.io.cycler import HAKADI_CURRENTS, load_hakadi18650
from pybamm_beyondli.io.plots import discharge_curves
from pybamm_beyondli.parameter_sets import NaIon_Hakadi18650 as hakadi
from pybamm_beyondli.workflows.fitting import (
    CAPACITY,
    CurveTarget,
    FitResult,
    evaluate_fit,
    fit_parameters,
    open_circuit_voltage,
)
from pybamm_beyondli.workflows.simulation import ExperimentRun

MODEL = "DFN"
PARAMETERS = "NaIon_Hakadi18650"
RATES = ("0.5C", "1C", "1.5C")
#: Options of the DFN the set is identified in: isothermal at 25 degC (the room temperature
#: was not logged: SOURCE.md). A lumped thermal DFN (the set has its rows) fitted no
#: better (leave-one-rate-out 41.9 / 16.4 / 25.4 mV against 39.8 / 18.1 / 34.1 mV)
MODEL_OPTIONS: dict = {}
#: Alternations of the open-circuit-voltage update and the least-squares fit
ITERATIONS = 5
#: Capacity grid of the identified open-circuit voltage [A.h]: 0 to WINDOW_CAPACITY
OCV_POINTS = 77


def experiment() -> pybamm.Experiment:
    """The measured procedure at each rate (module docstring)."""
    return pybamm.Experiment([
        (f"Discharge at {rate} until {hakadi.LOWER_VOLTAGE} V", "Rest for 30 minutes",
         f"Charge at 0.5C until {hakadi.UPPER_VOLTAGE} V",
         f"Hold at {hakadi.UPPER_VOLTAGE} V until 100 mA")
        for rate in RATES
    ])


def plot(run: ExperimentRun, path, title: str) -> None:
    """The three discharge curves, voltage against capacity."""
    discharge_curves(run.solution, path, title, labels=list(RATES))


def summary(run: ExperimentRun) -> str:
    """Each discharge's capacity and its voltage RMSE against the measured one."""
    parts = []
    for cycle, target in zip(run.solution.cycles, targets(), strict=False):
        step = cycle.steps[0]
        q = step["Discharge capacity [A.h]"].entries
        q = q - q[0]
        measured_q = target.data[CAPACITY].to_numpy()
        measured_v = target.data["Voltage [V]"].to_numpy()
        inside = measured_q <= q[-1]
        rmse = np.sqrt(np.mean((np.interp(measured_q[inside], q, step["Voltage [V]"].entries)
                                - measured_v[inside]) ** 2))
        parts.append(f"{target.name} {q[-1]:.3f} A.h (measured {measured_q[-1]:.3f}), "
                     f"RMSE {rmse * 1e3:.1f} mV")
    return "; ".join(parts)


def targets(rates=RATES) -> list[CurveTarget]:
    """The measured discharges (from the start of the current) as fit targets."""
    out = []
    for rate in rates:
        frame = load_hakadi18650(rate)
        frame = frame[frame["Time [s]"] >= 0][[CAPACITY, "Voltage [V]"]]
        out.append(CurveTarget(rate, frame.reset_index(drop=True), HAKADI_CURRENTS[rate]))
    return out


@dataclass
class Identification:
    """The identified layered-oxide OCP table, fitted quantities and the last fit."""

    u_p_sto: np.ndarray
    u_p_values: np.ndarray
    fitted: dict[str, float]
    fit: FitResult

    def parameter_values(self) -> pybamm.ParameterValues:
        return pybamm.ParameterValues(
            hakadi.parameter_values(self.u_p_sto, self.u_p_values, self.fitted))


def _positive_ocp(q: np.ndarray, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Layered-oxide OCP table from the cell's open-circuit voltage u(q): U_p = u + U_n,
    made non-increasing by its least-squares isotonic fit (a single-phase cathode's OCP
    falls with sodiation)."""
    x_n, x_p = hakadi.capacity_to_stoichiometry(q)
    u_n = hakadi.hc_set.HC_ocp_Chayambuka2022(pybamm.Vector(x_n)).evaluate().ravel()
    return x_p, isotonic_regression(u + u_n, increasing=False).x


def _binned(frame: pd.DataFrame, grid: np.ndarray) -> np.ndarray:
    """Open-circuit voltage on ``grid``: the mean over each grid cell of the estimate."""
    q, u = frame[CAPACITY].to_numpy(), frame["Open-circuit voltage [V]"].to_numpy()
    edges = np.concatenate([[grid[0]], (grid[1:] + grid[:-1]) / 2, [np.inf]])
    index = np.digitize(q, edges) - 1
    return np.array([u[index == i].mean() if np.any(index == i) else np.interp(g, q, u)
                     for i, g in enumerate(grid)])


def identify(curves: list[CurveTarget], iterations: int = ITERATIONS,
             max_evaluations: int = 10, start: dict[str, float] | None = None,
             ) -> Identification:
    """Identify the Hakadi set from ``curves`` (two or more rates).

    1. Open-circuit voltage u(Q): the least-squares line V = u - R I at each capacity
       (:func:`~pybamm_beyondli.workflows.fitting.open_circuit_voltage`), on a grid from 0 to
       the design's window; layered-oxide OCP U_p(x_p(Q)) = u(Q) + U_n(x_n(Q)).
    2. Least squares on :data:`NaIon_Hakadi18650.FIT_BOUNDS` with that OCP.
    3. u(Q) += the mean over rates of the measured minus the fitted voltage at Q (the part
       of the residual that does not depend on the rate is the open-circuit voltage's);
       back to 2, ``iterations`` times in all.
    """
    ocv = open_circuit_voltage(curves)
    # the grid ends where the lowest-current discharge does (or at the design's window)
    grid = np.linspace(0, min(hakadi.WINDOW_CAPACITY, ocv[CAPACITY].max()), OCV_POINTS)
    u = _binned(ocv, grid)
    fitted = dict(start or hakadi.FIT_START)
    model = pybamm.lithium_ion.DFN(MODEL_OPTIONS)
    fit = None
    for iteration in range(iterations):
        if iteration:
            correction = np.zeros_like(grid)
            count = np.zeros_like(grid)
            for target in curves:
                result = fit.curves[target.name]
                t, v = result.solution.t, result.solution["Voltage [V]"].entries
                q_data = target.data[CAPACITY].to_numpy()
                inside = (q_data > 0) & (q_data <= t[-1] * target.current / 3600)
                q_in = q_data[inside]
                residual = target.data["Voltage [V]"].to_numpy()[inside] - np.interp(
                    q_in * 3600 / target.current, t, v)
                frame = pd.DataFrame({CAPACITY: q_in, "Open-circuit voltage [V]": residual})
                covered = grid <= q_in.max()
                correction[covered] += _binned(frame, grid)[covered]
                count[covered] += 1
            u = u + np.where(count > 0, correction / np.maximum(count, 1), 0.0)
        x_p, u_p = _positive_ocp(grid, u)
        values = pybamm.ParameterValues(hakadi.parameter_values(x_p, u_p, fitted))
        fit = fit_parameters(model, values, curves, hakadi.FIT_BOUNDS,
                             max_evaluations=max_evaluations, capacity_scale=0.005)
        fitted = {name: fitted[name] * factor if callable(values[name]) else factor
                  for name, factor in fit.values.items()}
    x_p, u_p = _positive_ocp(grid, u)
    return Identification(x_p, u_p, fitted, fit)


def leave_one_out(iterations: int = ITERATIONS, max_evaluations: int = 10,
                  start: dict[str, float] | None = None) -> dict[str, tuple[float, float]]:
    """For each rate: identify on the other two, predict it; {rate: (RMSE [V], capacity
    error)} of the predictions."""
    curves = targets()
    out = {}
    for held_out in curves:
        rest = [c for c in curves if c is not held_out]
        found = identify(rest, iterations, max_evaluations, start)
        result = evaluate_fit(pybamm.lithium_ion.DFN(MODEL_OPTIONS), found.parameter_values(),
                              [held_out])[held_out.name]
        out[held_out.name] = (result.rmse, result.capacity_error)
    return out


def _print_identification(found: Identification) -> None:
    np.set_printoptions(precision=5, floatmode="maxprec", linewidth=95)
    print("U_P_STO = np.array(", np.round(found.u_p_sto, 5).tolist(), ")")
    print("U_P_VALUES = np.array(", np.round(found.u_p_values, 5).tolist(), ")")
    print("FITTED =", {k: float(f"{v:.5g}") for k, v in found.fitted.items()})
    for name, curve in found.fit.curves.items():
        print(f"{name}: RMSE {curve.rmse * 1e3:.1f} mV, capacity {curve.capacity_error:+.2%}")


if __name__ == "__main__":
    found = identify(targets())
    _print_identification(found)
    for rate, (rmse, error) in leave_one_out(start=found.fitted).items():
        print(f"left out {rate}: RMSE {rmse * 1e3:.1f} mV, capacity {error:+.2%}")
