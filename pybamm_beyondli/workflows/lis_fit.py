"""Fit a zero-dimensional model to a measured drive-cycle discharge, and the Li-S OXIS cell's
drive cycle (dataset ``lis_oxis_propp2016``, Propp et al. 2016).

- :func:`oxis_drive_cycle`: the measured time, current and voltage;
  :func:`drive_cycle_profile`: the [time, current] array a ``pybamm.step.current`` (or a
  ``"Current function [A]"`` interpolant) takes, continued past the data by repeating its last
  drive cycle, so that a model whose cell lasts longer than the measured one shows it;
- :func:`simulate_drive_cycle`: a model driven by such a profile (PyBaMM's
  ``"Current function [A]"`` as a linear interpolant of time; no Experiment, so that a fit
  re-solves one built model with new inputs);
- :func:`compare_drive_cycle`: voltage RMSE over the measured time and the relative error of
  the delivered capacity (the charge passed until the model first reaches the measured end
  voltage);
- :func:`fit_drive_cycle`: least squares (``scipy.optimize.least_squares``, trust region) of
  named fitted quantities, each mapped to parameter values by a builder such as
  :func:`pybamm_beyondli.parameter_sets.LiS_OXIS_Propp2016.values`; the quantities enter the
  model as ``pybamm.InputParameter`` s, so the model is built and discretised once; optional
  residuals of the capacity ratio C(T)/C(T_data) at other temperatures (with the temperatures
  as inputs too); :func:`fit_oxis` and :func:`main`: the OXIS cell's fits;
- :func:`ecm_drive_cycle_rmse` and :func:`ecm_resistance_arrhenius`: what the paper's own
  equivalent circuit (the dataset's ``LiS_ECN_Model_Parameters.json``) says about the test's
  temperature and the resistance's temperature dependence;
- :func:`capacity_ratios`, :func:`fit_capacity_activation_energy` and
  :func:`capacity_ceiling`: the drive-cycle capacity at 30 and 50 °C over that at 20 °C, an
  activation energy identified from the ECM's capacity ratio at one temperature
  (``scipy.optimize.minimize_scalar``; ``python -m pybamm_beyondli.workflows.lis_fit
  temperature``), and the most charge a Li-S cell of given initial state can deliver at any
  temperature.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.errors import DataNotFoundError, InputError
from pybamm_beyondli.paths import dataset_dir

#: The dataset and its files.
OXIS_DATASET = "lis_oxis_propp2016"
OXIS_FILE = "oxis_lis_nedc_discharge.csv"
ECM_FILE = "LiS_ECN_Model_Parameters.json"
#: Period of the repeated drive cycle in the OXIS current [s] (the maximum of the current's
#: autocorrelation over 600-3000 s, 0.94 of its zero-lag value; the NEDC lasts 1180 s).
OXIS_PERIOD = 1185
#: Temperatures of the paper's ECM [°C].
ECM_TEMPERATURES = (20, 30, 50)


@dataclass(frozen=True)
class DriveCycle:
    """A measured drive-cycle discharge: ``time`` [s] from 0, ``current`` [A] (discharge
    positive), ``voltage`` [V], one sample per second."""

    time: np.ndarray
    current: np.ndarray
    voltage: np.ndarray

    @property
    def capacity(self) -> float:
        """The charge delivered [A.h] (trapezoidal rule)."""
        return float(np.trapezoid(self.current, self.time) / 3600)

    def window(self, start: float, end: float) -> DriveCycle:
        """The samples with ``start <= time <= end`` (time still counted from the start of
        the discharge)."""
        keep = (self.time >= start) & (self.time <= end)
        return DriveCycle(self.time[keep], self.current[keep], self.voltage[keep])


def oxis_drive_cycle() -> DriveCycle:
    """The OXIS drive-cycle discharge of ``lis_oxis_propp2016`` (time shifted to start at 0)."""
    path = dataset_dir(OXIS_DATASET) / OXIS_FILE
    if not path.is_file():
        raise DataNotFoundError(f"data file not found: {path}")
    frame = pd.read_csv(path)
    t = frame["time_s"].to_numpy(float)
    return DriveCycle(t - t[0], frame["current_A"].to_numpy(float),
                      frame["voltage_V"].to_numpy(float))


def drive_cycle_profile(cycle: DriveCycle, extra_periods: int = 3,
                        period: int = OXIS_PERIOD) -> np.ndarray:
    """[time [s], current [A]] of ``cycle``, continued for ``extra_periods`` repeats of its
    last ``period`` seconds (a cell that outlasts the measured one then keeps being driven by
    the same load)."""
    if extra_periods < 0 or period < 2:
        raise InputError("extra_periods must be >= 0 and period >= 2 samples")
    dt = float(np.median(np.diff(cycle.time)))
    tail = cycle.current[-period:]
    current = np.concatenate([cycle.current, np.tile(tail, extra_periods)])
    time = cycle.time[0] + dt * np.arange(len(current))
    return np.column_stack([time, current])


def simulate_drive_cycle(model: pybamm.BaseModel, values: pybamm.ParameterValues,
                         profile: np.ndarray, output_times: np.ndarray | None = None,
                         inputs: Mapping | None = None,
                         solver: pybamm.BaseSolver | None = None,
                         simulation: pybamm.Simulation | None = None
                         ) -> tuple[pybamm.Solution, pybamm.Simulation]:
    """Solve ``model`` with ``values`` under the current ``profile`` ([time, current]) until
    its end or a termination event; returns the solution and the simulation (pass it back as
    ``simulation`` to re-solve with new ``inputs`` without rebuilding). The solver stops at
    every time where the profile's slope changes (:func:`breakpoints`), as PyBaMM's
    drive-cycle steps stop at every data point: a solver step across a current pulse (after a
    long, quiet rest) would not see the pulse."""
    if simulation is None:
        values = values.copy()
        values["Current function [A]"] = pybamm.Interpolant(
            profile[:, 0], profile[:, 1], pybamm.t, interpolator="linear")
        simulation = pybamm.Simulation(model, parameter_values=values,
                                       solver=solver or model.default_solver)
    t_end = float(profile[-1, 0])
    t_out = profile[:, 0] if output_times is None else np.asarray(output_times, float)
    solution = simulation.solve(breakpoints(profile), t_interp=t_out[t_out <= t_end],
                                inputs=dict(inputs or {}))
    return solution, simulation


def breakpoints(profile: np.ndarray) -> np.ndarray:
    """The times of ``profile`` ([time, current], linear in between) where its slope changes,
    and its ends: between two of them the current is one straight line."""
    t, current = profile[:, 0], profile[:, 1]
    slope = np.diff(current) / np.diff(t)
    kinks = np.flatnonzero(np.abs(np.diff(slope)) > 1e-12 * (1 + np.abs(slope[1:]))) + 1
    return np.unique(np.concatenate([[t[0]], t[kinks], [t[-1]]]))


@dataclass(frozen=True)
class DriveCycleComparison:
    """Model against data: ``rmse`` [V] over the measured samples the model reached,
    ``covered`` the fraction of them, ``capacity`` [A.h] the model delivered until it first
    reached ``end_voltage`` (or the end of its run), ``capacity_error`` relative to the
    measured capacity, and the curves (``time``, ``model_voltage`` at the measured times,
    NaN where the model had stopped)."""

    rmse: float
    covered: float
    capacity: float
    capacity_error: float
    time: np.ndarray
    model_voltage: np.ndarray
    data_voltage: np.ndarray


def compare_drive_cycle(time: np.ndarray, voltage: np.ndarray, current: np.ndarray,
                        data: DriveCycle, end_voltage: float | None = None
                        ) -> DriveCycleComparison:
    """Compare a model's ``time``/``voltage``/``current`` with ``data`` (see
    :class:`DriveCycleComparison`); ``end_voltage`` defaults to the data's last voltage."""
    end_voltage = float(data.voltage[-1]) if end_voltage is None else end_voltage
    t_end = float(time[-1])
    inside = data.time <= t_end
    model_v = np.full(len(data.time), np.nan)
    model_v[inside] = np.interp(data.time[inside], time, voltage)
    residual = model_v[inside] - data.voltage[inside]
    capacity = _capacity_to(time, voltage, current, end_voltage)
    return DriveCycleComparison(float(np.sqrt(np.mean(residual**2))),
                                float(inside.mean()), capacity,
                                capacity / data.capacity - 1, data.time, model_v,
                                data.voltage)


def _capacity_to(time: np.ndarray, voltage: np.ndarray, current: np.ndarray,
                 end_voltage: float) -> float:
    """The charge [A.h] passed until ``voltage`` first reaches ``end_voltage`` (linear
    between the samples around the crossing; or until the end of ``time``)."""
    below = np.flatnonzero(voltage <= end_voltage + 1e-9)
    if not below.size:
        t_stop = float(time[-1])
    elif below[0] == 0:
        t_stop = float(time[0])
    else:  # the crossing, linear between the samples around it
        k = below[0]
        t_stop = float(np.interp(end_voltage, [voltage[k], voltage[k - 1]],
                                 [time[k], time[k - 1]]))
    charge = np.concatenate([[0.0], np.cumsum(np.diff(time) * (current[1:] + current[:-1])
                                              / 2)]) / 3600
    return float(np.interp(t_stop, time, charge))


def compare_solution(solution: pybamm.Solution, data: DriveCycle,
                     end_voltage: float | None = None) -> DriveCycleComparison:
    """:func:`compare_drive_cycle` of a PyBaMM solution (``"Time [s]"``, ``"Voltage [V]"``,
    ``"Current [A]"``; time counted from the solution's start)."""
    t = solution["Time [s]"].entries
    return compare_drive_cycle(t - t[0], solution["Voltage [V]"].entries,
                               solution["Current [A]"].entries, data, end_voltage)


@dataclass(frozen=True)
class FittedQuantity:
    """A fitted quantity: its ``name`` in the builder's mapping, its ``initial`` value and
    bounds ``low`` < ``high``; ``log`` fits log10 of the value (a positive quantity spanning
    decades); ``step`` is the finite-difference step of the Jacobian in the fitted variable
    (the value, or its log10), large enough that the voltage's change stands above the
    solver's error."""

    name: str
    initial: float
    low: float
    high: float
    log: bool = False
    step: float = 0.01

    def __post_init__(self) -> None:
        if not self.low < self.high or not self.low <= self.initial <= self.high:
            raise InputError(f"fitted quantity '{self.name}': need low <= initial <= high "
                             f"and low < high; got {self.low}, {self.initial}, {self.high}")
        if self.log and self.low <= 0:
            raise InputError(f"fitted quantity '{self.name}': a log-scaled quantity needs "
                             f"low > 0; got {self.low}")

    def to_x(self, value: float) -> float:
        return math.log10(value) if self.log else value

    def from_x(self, x: float) -> float:
        return 10.0**x if self.log else x


@dataclass
class FitResult:
    """The fitted values (``values``, by name), the comparison they give on the fitted
    window, the number of model solves and scipy's result."""

    values: dict[str, float]
    comparison: DriveCycleComparison
    solves: int
    optimizer: object = field(repr=False, default=None)


def fit_drive_cycle(model: pybamm.BaseModel, builder: Callable[[Mapping], Mapping],
                    fixed: Mapping[str, float], quantities: Sequence[FittedQuantity],
                    data: DriveCycle, profile: np.ndarray, stride: int = 10,
                    voltage_scale: float = 0.03, end_weight: float = 1.0,
                    floor_voltage: float = 1.3, max_solves: int = 400,
                    solver: pybamm.BaseSolver | None = None,
                    use: np.ndarray | None = None,
                    capacity_ratios: Mapping[float, float] | None = None,
                    ratio_scale: float = 0.02,
                    progress: Callable[[str], None] | None = None) -> FitResult:
    """Least-squares fit of ``quantities`` to the voltage of ``data`` under ``profile``.

    The parameter values are ``builder({**fixed, **fitted})`` with each fitted quantity a
    ``pybamm.InputParameter``; the model's lower voltage cut-off is set to ``floor_voltage``
    so that it runs into the data's last current burst. Residuals, every ``stride`` samples
    of ``data`` where the boolean ``use`` (one per sample; default all) is true:
    (V_model - V_data) / ``voltage_scale`` / sqrt(N), with V_model clipped below at
    ``floor_voltage`` and set to it where the model has stopped; and ``end_weight`` (V_model
    - V_data) / 0.1 V at the data's last sample (the end of discharge, which sets the
    capacity). With ``capacity_ratios`` ({temperature [K]: C(T)/C(T_data)}), one residual per
    temperature, (ratio_model / ratio - 1) / ``ratio_scale``: the model is solved again under
    ``profile`` at that ambient (and initial) temperature, and C is the charge it delivers
    until the data's end voltage (at the data's temperature, the values' ``"Ambient
    temperature [K]"``, from the voltage solve). The Jacobian is by finite differences of
    each quantity's ``step`` (large enough that the voltage's change stands above the
    solver's error), on ``solver`` (default: the model's, as the validation runs it);
    ``max_solves`` bounds scipy's
    function evaluations (``max_nfev``; the Jacobian's solves come on top). Returns the fitted
    values and the comparison on ``data``."""
    names = [q.name for q in quantities]
    symbols = {name: pybamm.InputParameter(name) for name in names}
    values = pybamm.ParameterValues(dict(builder({**fixed, **symbols})))
    values["Lower voltage cut-off [V]"] = floor_voltage
    ratios = dict(capacity_ratios or {})
    temperature_inputs = {}
    if ratios:
        data_temperature = float(values["Ambient temperature [K]"])
        for name in ("Ambient temperature [K]", "Initial temperature [K]"):
            values[name] = pybamm.InputParameter(name)
            temperature_inputs[name] = data_temperature
    end_voltage = float(data.voltage[-1])
    profile_samples = np.arange(profile[0, 0], profile[-1, 0], stride, dtype=float)
    keep = np.ones(len(data.time), bool) if use is None else np.asarray(use, bool)
    samples = data.time[::stride]
    measured = data.voltage[::stride]
    fitted_samples = keep[::stride]
    state = {"simulation": None, "solves": 0, "best": math.inf}
    solver = solver or model.default_solver

    def solve(x: np.ndarray, output_times: np.ndarray = samples,
              temperature: float | None = None) -> pybamm.Solution | None:
        inputs = {q.name: q.from_x(v) for q, v in zip(quantities, x, strict=True)}
        inputs.update(temperature_inputs)
        if temperature is not None:
            inputs.update({name: temperature for name in temperature_inputs})
        state["solves"] += 1
        try:
            solution, state["simulation"] = simulate_drive_cycle(
                model, values, profile, output_times=output_times, inputs=inputs,
                solver=solver, simulation=state["simulation"])
        except pybamm.SolverError:
            return None
        return solution

    def residuals(x: np.ndarray) -> np.ndarray:
        solution = solve(x)
        if solution is None:
            return np.full(len(samples) + 1 + len(ratios), 10.0)
        t = solution["Time [s]"].entries
        v = np.maximum(solution["Voltage [V]"].entries, floor_voltage)
        model_v = np.where(samples <= t[-1], np.interp(samples, t, v), floor_voltage)
        model_v, measured_v = model_v[fitted_samples], measured[fitted_samples]
        r = (model_v - measured_v) / voltage_scale / math.sqrt(len(model_v))
        end = float(np.interp(data.time[-1], t, v)) if t[-1] >= data.time[-1] else floor_voltage
        r = np.append(r, end_weight * (end - data.voltage[-1]) / 0.1)
        if ratios:
            reference = _capacity_to(t, v, solution["Current [A]"].entries, end_voltage)
            for temperature, ratio in ratios.items():
                warm = solve(x, profile_samples, temperature)
                if warm is None or reference <= 0:
                    r = np.append(r, 10.0)
                    continue
                capacity = _capacity_to(warm["Time [s]"].entries, warm["Voltage [V]"].entries,
                                        warm["Current [A]"].entries, end_voltage)
                r = np.append(r, (capacity / reference / ratio - 1) / ratio_scale)
        rmse = float(np.sqrt(np.mean((model_v - measured_v) ** 2)))
        cost = float(np.sum(r**2))
        if progress is not None and cost < state["best"]:
            state["best"] = cost
            shown = ", ".join(f"{q.name}={q.from_x(v):.5g}" for q, v in zip(quantities, x,
                                                                            strict=True))
            progress(f"solve {state['solves']}: cost {cost:.4g}, RMSE {rmse * 1e3:.2f} mV, "
                     f"residuals beyond the voltage {np.round(r[len(model_v):], 4)}; "
                     f"{shown}")
        return r

    from scipy.optimize import least_squares

    x0 = np.array([q.to_x(q.initial) for q in quantities])
    bounds = (np.array([q.to_x(q.low) for q in quantities]),
              np.array([q.to_x(q.high) for q in quantities]))
    steps = np.array([q.step for q in quantities]) / np.maximum(np.abs(x0), 1e-12)
    result = least_squares(residuals, x0, bounds=bounds, diff_step=steps, x_scale="jac",
                           max_nfev=max_solves, ftol=1e-10, xtol=1e-10, gtol=1e-10)
    fitted = {q.name: q.from_x(v) for q, v in zip(quantities, result.x, strict=True)}
    final = solve(result.x, data.time)
    # the capacity to the data's end voltage when the data reach the end of discharge
    end_voltage = float(data.voltage[-1]) if end_weight > 0 else -math.inf
    comparison = (compare_solution(final, data, end_voltage) if final is not None
                  else DriveCycleComparison(math.nan, 0.0, math.nan, math.nan, data.time,
                                            np.full(len(data.time), np.nan), data.voltage))
    return FitResult(fitted, comparison, state["solves"], result)


def drive_cycle_capacity(values: pybamm.ParameterValues, temperature: float,
                         cycle: DriveCycle | None = None) -> float:
    """The charge [A.h] the cell of ``values`` delivers under the OXIS drive cycle at
    ``temperature`` [K] (ambient and initial) until the measured end voltage: how the model
    predicts a condition it was not fitted to."""
    from pybamm_beyondli.models.lithium_sulfur import LithiumSulfur

    cycle = cycle or oxis_drive_cycle()
    values = values.copy()
    values.update({"Ambient temperature [K]": temperature, "Initial temperature [K]": temperature})
    profile = drive_cycle_profile(cycle, TEMPERATURE_EXTRA_PERIODS)
    solution, _ = simulate_drive_cycle(LithiumSulfur(), values, profile)
    return compare_solution(solution, cycle).capacity


def capacity_ceiling(values: pybamm.ParameterValues, end_voltage: float) -> float:
    """The most charge [A.h] the Li-S cell of ``values`` can deliver from its initial state
    down to a cell voltage ``end_voltage``, whatever its rates and their temperature
    dependence:

        Q_max = F/(3600 M_S) (e_8 S8(0) + e_4 S4(0) + e_2 S2(0)) + C_dl a_r (V_max - V_end) / 3600,

    the reducible sulfur and the cathode's double layer, from at most the upper cut-off V_max to
    at least V_end (on discharge the cathode potential phi = V + I R is above the cell
    voltage). e_k, the electrons a sulfur atom of species k can still take: with the Bottom
    step (i_0,Bottom > 0) every dissolved sulfur ends as S(2-), e = 2, 3/2, 1 for S8, S4(2-),
    S2(2-); without it the reduction ends at S2(2-) + 2 S(2-) (S8 -> S4(2-) takes 1/2
    electron per sulfur atom, S4(2-) -> S2(2-) + 2 S(2-) one more), e = 3/2, 1, 0. A shuttle
    only lowers it (it reduces S8 without external current)."""
    F = pybamm.constants.F.value
    if values["Bottom plateau exchange-current density [A.m-2]"] > 0:
        electrons = {"S8": 2.0, "S4": 1.5, "S2": 1.0}
    else:
        electrons = {"S8": 1.5, "S4": 1.0, "S2": 0.0}
    reducible = sum(e * values[f"Initial {k} mass [g]"] for k, e in electrons.items())
    faradaic = F * reducible / (3600 * values["Sulfur molar mass [g.mol-1]"])
    double_layer = (values["Cathode double-layer capacity [F.m-2]"]
                    * values["Cathode reaction area [m2]"]
                    * max(values["Upper voltage cut-off [V]"] - end_voltage, 0.0) / 3600)
    return float(faradaic + double_layer)


@dataclass(frozen=True)
class CapacityTemperatureFit:
    """The activation energy [J.mol-1] of ``parameter`` (an ``"... activation energy
    [J.mol-1]"`` of the Li-S model) identified from the ECM's capacity ratio at ``celsius``
    (C(T)/C(20 °C), ``ecm_ratio``); ``model_ratio`` the model's there, ``solves`` the
    drive-cycle solves, ``reached`` whether the model's ratio is within ``tolerance``
    (relative) of the ECM's; ``ceiling_ratio`` the largest ratio any temperature dependence
    of the rates can give (:func:`capacity_ceiling` over the model's capacity at 20 °C)."""

    parameter: str
    celsius: int
    activation_energy: float
    model_ratio: float
    ecm_ratio: float
    ceiling_ratio: float
    tolerance: float
    solves: int

    @property
    def reached(self) -> bool:
        return abs(self.model_ratio / self.ecm_ratio - 1) <= self.tolerance


#: The activation energies of the Li-S model (a rate's Arrhenius factor).
ACTIVATION_ENERGIES = ("Charge-transfer activation energy [J.mol-1]",
                       "Precipitation activation energy [J.mol-1]",
                       "Ohmic resistance activation energy [J.mol-1]",
                       "Shuttle activation energy [J.mol-1]",
                       "Bottom plateau activation energy [J.mol-1]")


def capacity_ratios(values: pybamm.ParameterValues, celsius: Sequence[int] = (30, 50),
                    cycle: DriveCycle | None = None) -> dict[int, float]:
    """C(T)/C(20 °C) of the cell of ``values`` under the OXIS drive cycle
    (:func:`drive_cycle_capacity`) at each temperature of ``celsius`` [°C]."""
    cycle = cycle or oxis_drive_cycle()
    reference = drive_cycle_capacity(values, 293.15, cycle)
    return {c: drive_cycle_capacity(values, c + 273.15, cycle) / reference for c in celsius}


def fit_capacity_activation_energy(parameter: str, values: pybamm.ParameterValues,
                                   celsius: int = 50,
                                   bounds: tuple[float, float] = (0.0, 60e3),
                                   tolerance: float = 0.02, xatol: float = 500.0,
                                   cycle: DriveCycle | None = None) -> CapacityTemperatureFit:
    """The activation energy of ``parameter`` (one of :data:`ACTIVATION_ENERGIES`) within
    ``bounds`` [J.mol-1] whose drive-cycle capacity ratio C(T)/C(20 °C) at ``celsius`` is
    closest to the ECM's (:func:`ecm_capacities`): ``scipy.optimize.minimize_scalar``
    (bounded, to ``xatol``) of |ratio_model / ratio_ECM - 1|, the other parameters those of
    ``values`` (the set's reference temperature is the drive cycle's 20 °C)."""
    if parameter not in ACTIVATION_ENERGIES:
        raise InputError(f"parameter {parameter!r} is not allowed; use one of "
                         f"{', '.join(ACTIVATION_ENERGIES)}")
    if celsius not in ECM_TEMPERATURES or celsius == 20:
        raise InputError(f"celsius {celsius!r} is not allowed; use 30 or 50 (°C, the ECM's "
                         "temperatures above the drive cycle's 20 °C)")
    if not 0 <= bounds[0] < bounds[1]:
        raise InputError(f"bounds {bounds!r} are not allowed; need 0 <= low < high [J.mol-1]")
    from scipy.optimize import minimize_scalar

    cycle = cycle or oxis_drive_cycle()
    capacities = ecm_capacities()
    ecm_ratio = capacities[celsius] / capacities[20]
    reference = drive_cycle_capacity(values, 293.15, cycle)
    solves = {"n": 1}

    def ratio(energy: float) -> float:
        trial = values.copy()
        trial[parameter] = float(energy)
        solves["n"] += 1
        return drive_cycle_capacity(trial, celsius + 273.15, cycle) / reference

    result = minimize_scalar(lambda e: abs(ratio(e) / ecm_ratio - 1), bounds=bounds,
                             method="bounded", options={"xatol": xatol})
    ceiling = capacity_ceiling(values, float(cycle.voltage[-1])) / reference
    return CapacityTemperatureFit(parameter, celsius, float(result.x), ratio(result.x),
                                  ecm_ratio, ceiling, tolerance, solves["n"])


# -- the paper's equivalent circuit ----------------------------------------------------------
def ecm_parameters() -> dict:
    """The paper's fitted equivalent-circuit parameters (``LiS_ECN_Model_Parameters.json``)."""
    path = dataset_dir(OXIS_DATASET) / ECM_FILE
    if not path.is_file():
        raise DataNotFoundError(f"data file not found: {path}")
    return json.loads(path.read_text())


def _poly(ecm: dict, key: str, temperature: int) -> np.ndarray:
    return np.asarray(ecm[f"{key}{temperature}"][0], dtype=float)


def ecm_drive_cycle_rmse(temperature: int, cycle: DriveCycle | None = None) -> float:
    """Voltage RMSE [V] of the paper's ECM at its ``temperature`` (20, 30 or 50 °C) over the
    drive cycle: V = OCV(z) - I R_i(z) - V_1, dV_1/dt = (I R_1(z) - V_1)/(R_1 C_1) (exact
    over each 1 s sample), z = 1 - Q/Q_c with the ECM's capacity Q_c at 30 °C (2.686 A.h, the
    capacity the drive cycle delivered), and the high-plateau polynomials above the SOC where
    the high- and low-plateau OCV polynomials cross between 0.55 and 0.85 (the last
    crossing), the low ones below it. A temperature whose parameters reproduce the
    measurement is the test's."""
    if temperature not in ECM_TEMPERATURES:
        raise InputError(f"ECM temperature {temperature!r} is not allowed; the ECM has "
                         f"{ECM_TEMPERATURES} (°C)")
    ecm = ecm_parameters()
    cycle = cycle or oxis_drive_cycle()
    capacity = float(ecm["Cap_all"][ECM_TEMPERATURES.index(30)][0])  # [A.s]
    oh, ol = _poly(ecm, "OCV_POLYhigh", temperature), _poly(ecm, "OCV_POLYlow", temperature)
    grid = np.linspace(0.55, 0.85, 3001)
    gap = np.polyval(oh, grid) - np.polyval(ol, grid)
    crossings = grid[:-1][np.diff(np.sign(gap)) != 0]
    if not crossings.size:
        raise InputError(f"the ECM's OCV polynomials at {temperature} °C do not cross "
                         "between SOC 0.55 and 0.85")
    split = float(crossings[-1])
    dt = np.diff(cycle.time, prepend=cycle.time[0])
    soc = np.clip(1 - np.cumsum(cycle.current * dt) / capacity, 0, 1)
    high = soc > split
    ocv = np.where(high, np.polyval(oh, soc), np.polyval(ol, soc))
    r_i = np.where(high, np.polyval(_poly(ecm, "Ri_POLYhigh", temperature), soc),
                   np.polyval(_poly(ecm, "Ri_POLYlow", temperature), soc))
    r_1 = np.polyval(_poly(ecm, "R1_SOC_POLY", temperature), soc)
    c_1 = np.polyval(_poly(ecm, "C1_SOC_POLY", temperature), soc)
    v_1 = np.zeros_like(soc)
    for k in range(1, len(soc)):
        tau = r_1[k] * c_1[k]
        decay = math.exp(-dt[k] / tau) if tau > 0 else 0.0
        v_1[k] = v_1[k - 1] * decay + r_1[k] * cycle.current[k] * (1 - decay)
    voltage = ocv - cycle.current * r_i - v_1
    return float(np.sqrt(np.mean((voltage - cycle.voltage) ** 2)))


def ecm_capacities() -> dict[int, float]:
    """The ECM's usable capacity [A.h] at each of its temperatures [°C] (``Cap_all``, the
    capacity the paper's pulse tests measured: 2.57, 2.69, 2.86 A.h at 20, 30, 50 °C)."""
    ecm = ecm_parameters()
    return {celsius: float(ecm["Cap_all"][k][0]) / 3600
            for k, celsius in enumerate(ECM_TEMPERATURES)}


def ecm_resistance_arrhenius(soc_range: tuple[float, float] = (0.2, 0.6),
                             reference_temperature: float = 298.15) -> tuple[float, float]:
    """(R_ref [Ohm], E_R [J.mol-1]): ln R = ln R_ref + E_R/R (1/T - 1/T_ref) fitted (least
    squares) to the ECM's ohmic resistance over the low plateau, SOC in ``soc_range`` (41
    points), at its 20, 30 and 50 °C."""
    ecm = ecm_parameters()
    soc = np.linspace(*soc_range, 41)
    inverse_t, log_r = [], []
    for celsius in ECM_TEMPERATURES:
        r = np.polyval(_poly(ecm, "Ri_POLYlow", celsius), soc)
        inverse_t.append(np.full(soc.size, 1 / (celsius + 273.15) - 1 / reference_temperature))
        log_r.append(np.log(r))
    x, y = np.concatenate(inverse_t), np.concatenate(log_r)
    slope, intercept = np.polyfit(x, y, 1)
    return float(np.exp(intercept)), float(slope * pybamm.constants.R.value)


# -- the OXIS cell ---------------------------------------------------------------------------
#: The activation energy identified from the ECM's capacity ratio at 50 °C: the Bottom step's,
#: the last reaction of the discharge, whose overpotential (with the pore-blocking resistance)
#: sets how much of the S2(2-) is reduced before the drive cycle's peaks reach the cut-off.
CAPACITY_ACTIVATION_ENERGY = "Bottom plateau activation energy [J.mol-1]"
#: Where both OXIS fits (``FITTED`` and ``FITTED_EVEN_CYCLES`` of ``LiS_OXIS_Propp2016``)
#: start: the quantities of the model without the Bottom step (i_0,Bottom = 0) fitted to the
#: whole discharge, the Bottom step at E_0 = 2.0 V (below the low plateau's 2.14 V), n = 1.5
#: and i_0 = 1e-3 A/m2, and the pore volume factor at 0.8: pores that the precipitate fills
#: near the measured end of discharge, so that the discharge ends on the pore-blocking
#: resistance with sulfur still to reduce (the measured relaxed voltage stays on the low
#: plateau, 2.08 V, to the end while the voltage under the drive cycle's 1.8 A peaks falls:
#: the resistance rises).
OXIS_START: dict[str, float] = {
    "Sulfur mass [g]": 2.2445,
    "Initial S4 fraction": 0.1601,
    "High plateau standard potential [V]": 2.384,
    "High plateau apparent electron number": 0.94275,
    "High plateau interaction potential [V]": 0.0038499,
    "High plateau exchange-current density [A.m-2]": 92.361,
    "Low plateau standard potential [V]": 2.1366,
    "Low plateau apparent electron number": 3.9999,
    "Low plateau exchange-current density [A.m-2]": 0.00031538,
    "Bottom plateau standard potential [V]": 2.0,
    "Bottom plateau apparent electron number": 1.5,
    "Bottom plateau exchange-current density [A.m-2]": 1e-3,
    "Precipitation rate constant [s-1]": 26420.0,
    "Sulfide saturation mass [g]": 0.057875,
    "Cathode double-layer capacity [F.m-2]": 204.5,
    "Cathode mass-transfer coefficient [m.s-1]": 3.2632e-07,
    "Ohmic resistance [Ohm]": 0.030475,
    "Dissolved polysulfide resistance coefficient": 2.1122,
    "Pore volume factor": 0.8,
    CAPACITY_ACTIVATION_ENERGY: 5e3,  # used by the fit with the 50 °C capacity ratio only
}
#: The quantities the OXIS fits vary (the others stay at :data:`OXIS_START`): those of the
#: low plateau, the Bottom step, the precipitation and the resistance, which the precipitate
#: changes.
OXIS_REFITTED = ("Sulfur mass [g]", "Initial S4 fraction", "Low plateau standard potential [V]",
                 "Low plateau apparent electron number",
                 "Low plateau exchange-current density [A.m-2]",
                 "Bottom plateau standard potential [V]",
                 "Bottom plateau apparent electron number",
                 "Bottom plateau exchange-current density [A.m-2]",
                 "Precipitation rate constant [s-1]", "Sulfide saturation mass [g]",
                 "Ohmic resistance [Ohm]", "Dissolved polysulfide resistance coefficient",
                 "Pore volume factor")


#: The ECM temperature whose capacity ratio C(T)/C(20 °C) the OXIS fit uses [°C]; the other
#: (30 °C) is a prediction.
FITTED_TEMPERATURE = 50
#: Repeats of the last drive cycle after the data in the capacity-ratio runs (the cell at
#: 50 °C delivers up to 12 % more than the measured one).
TEMPERATURE_EXTRA_PERIODS = 8


def oxis_quantities(initial: Mapping[str, float]) -> list[FittedQuantity]:
    """The quantities of ``LiS_OXIS_Propp2016`` fitted to the drive cycle, from ``initial``
    (by name; :data:`CAPACITY_ACTIVATION_ENERGY` only if ``initial`` has it), with their
    bounds."""
    bounds = {  # name: (low, high, log, step)
        "Sulfur mass [g]": (1.8, 3.5, False, 0.01),
        "Initial S4 fraction": (0.001, 0.8, True, 0.01),
        "High plateau standard potential [V]": (2.0, 2.7, False, 0.002),
        "High plateau apparent electron number": (0.2, 4.0, False, 0.01),
        "High plateau interaction potential [V]": (0.0, 1.0, False, 0.005),
        "High plateau exchange-current density [A.m-2]": (1e-2, 1e4, True, 0.01),
        "Low plateau standard potential [V]": (1.6, 2.4, False, 0.002),
        "Low plateau apparent electron number": (0.5, 4.0, False, 0.01),
        "Low plateau exchange-current density [A.m-2]": (1e-7, 1e2, True, 0.01),
        "Bottom plateau standard potential [V]": (1.6, 2.4, False, 0.002),
        "Bottom plateau apparent electron number": (0.3, 4.0, False, 0.01),
        "Bottom plateau exchange-current density [A.m-2]": (1e-9, 1e2, True, 0.01),
        "Precipitation rate constant [s-1]": (0.1, 1e5, True, 0.01),
        "Sulfide saturation mass [g]": (1e-6, 0.3, True, 0.01),
        "Cathode double-layer capacity [F.m-2]": (0.1, 1e4, True, 0.01),
        "Cathode mass-transfer coefficient [m.s-1]": (1e-9, 1e-3, True, 0.01),
        "Ohmic resistance [Ohm]": (1e-3, 0.3, True, 0.005),
        "Dissolved polysulfide resistance coefficient": (0.0, 20.0, False, 0.02),
        "Pore volume factor": (0.51, 5.0, False, 0.005),
        CAPACITY_ACTIVATION_ENERGY: (0.0, 100e3, False, 500.0),
    }
    return [FittedQuantity(name, float(initial[name]), low, high, log, step)
            for name, (low, high, log, step) in bounds.items() if name in initial]


def drive_cycle_blocks(cycle: DriveCycle, period: int = OXIS_PERIOD) -> np.ndarray:
    """The index of the repeated drive cycle each sample of ``cycle`` belongs to (0, 1, ...:
    consecutive ``period`` s)."""
    return ((cycle.time - cycle.time[0]) // period).astype(int)


def fit_oxis(window: tuple[float, float] | None = None, max_solves: int = 400,
             initial: Mapping[str, float] | None = None, blocks: str | None = None,
             temperature: bool = False, fitted: Sequence[str] | None = None,
             progress: Callable[[str], None] | None = print) -> FitResult:
    """Fit ``LiS_OXIS_Propp2016``'s quantities (:func:`oxis_quantities`, starting from the
    set's ``FITTED`` or ``initial``) to the drive cycle, or to the part of it in ``window``
    ([start, end] in s: the model still runs from full charge; only the residuals are
    restricted, and the end-of-discharge residual is used only when the window reaches the
    data's end), or, with ``blocks`` ``"even"`` or ``"odd"``, to the even- or odd-numbered
    repeats of the drive cycle only (:func:`drive_cycle_blocks`; a cross-validation: the
    others are held out). With ``temperature`` the ECM's capacity ratio C(50 °C)/C(20 °C) is
    fitted too, with :data:`CAPACITY_ACTIVATION_ENERGY` (from the set's value if ``initial``
    has none). ``fitted`` names the quantities fitted (default all; with ``temperature`` the
    activation energy is added to them); the others stay at their start values."""
    from pybamm_beyondli.models.lithium_sulfur import LithiumSulfur
    from pybamm_beyondli.parameter_sets import LiS_OXIS_Propp2016 as oxis

    cycle = oxis_drive_cycle()
    profile = drive_cycle_profile(cycle, TEMPERATURE_EXTRA_PERIODS if temperature else 3)
    start, end = window if window is not None else (0.0, float(cycle.time[-1]))
    fitted_part = cycle.window(start, end)
    to_end = end >= cycle.time[-1]
    if not to_end:  # a partial window: the profile up to its end is enough
        profile = profile[profile[:, 0] <= end]
    start_values = {**oxis.FITTED, **dict(initial or {})}
    ratios = None
    if temperature:
        start_values.setdefault(CAPACITY_ACTIVATION_ENERGY,
                                oxis.values(oxis.FITTED)[CAPACITY_ACTIVATION_ENERGY])
        capacities = ecm_capacities()
        ratios = {FITTED_TEMPERATURE + 273.15: capacities[FITTED_TEMPERATURE] / capacities[20]}
    else:
        start_values.pop(CAPACITY_ACTIVATION_ENERGY, None)
    if temperature and fitted is not None:
        fitted = (*fitted, CAPACITY_ACTIVATION_ENERGY)
    quantities = [q for q in oxis_quantities(start_values)
                  if fitted is None or q.name in fitted]
    fixed = {k: v for k, v in start_values.items() if k not in {q.name for q in quantities}}
    use = None
    if blocks is not None:
        if blocks not in ("even", "odd"):
            raise InputError(f"blocks {blocks!r} is not allowed; use 'even' or 'odd'")
        use = drive_cycle_blocks(fitted_part) % 2 == (0 if blocks == "even" else 1)
    return fit_drive_cycle(LithiumSulfur(), oxis.values, fixed, quantities, fitted_part, profile,
                           end_weight=1.0 if to_end else 0.0, max_solves=max_solves,
                           use=use, capacity_ratios=ratios, progress=progress)


def main_temperature() -> CapacityTemperatureFit:
    """The temperature part of the OXIS fit: the Bottom step's activation energy
    (:data:`CAPACITY_ACTIVATION_ENERGY`) from the ECM's capacity ratio at 50 °C only, and the
    30 °C ratio it predicts; prints both."""
    values = pybamm.ParameterValues("LiS_OXIS_Propp2016")
    fit = fit_capacity_activation_energy(CAPACITY_ACTIVATION_ENERGY, values,
                                         celsius=FITTED_TEMPERATURE)
    trial = values.copy()
    trial[fit.parameter] = fit.activation_energy
    predicted = capacity_ratios(trial, (30,))[30]
    capacities = ecm_capacities()
    print(f"{fit.parameter} = {fit.activation_energy:.4g} ({fit.solves} solves): C(50)/C(20) "
          f"model {fit.model_ratio:.4f}, ECM {fit.ecm_ratio:.4f}, at most "
          f"{fit.ceiling_ratio:.4f} (capacity_ceiling); reached: {fit.reached}")
    print(f"  C(30)/C(20) model {predicted:.4f}, ECM {capacities[30] / capacities[20]:.4f}")
    return fit


def main(max_solves: Mapping[str, int] | None = None) -> None:
    """The OXIS fits as ``LiS_OXIS_Propp2016`` records them, each from :data:`OXIS_START`
    varying :data:`OXIS_REFITTED`; prints each: the voltage of the even-numbered drive cycles
    (and the end of discharge) alone (``FITTED_EVEN_CYCLES``, the cross-validation), and the
    whole discharge with the ECM's capacity ratio at 50 °C and
    :data:`CAPACITY_ACTIVATION_ENERGY` (``FITTED``), then the 30 °C ratio ``FITTED`` predicts;
    ``max_solves`` (by label; default 8 and 10) of scipy's function evaluations each (the
    Jacobian's not counted)."""
    from pybamm_beyondli.parameter_sets import LiS_OXIS_Propp2016 as oxis

    limits = {"FITTED_EVEN_CYCLES": 8, "FITTED": 10, **dict(max_solves or {})}
    for label, blocks, temperature in (("FITTED_EVEN_CYCLES", "even", False),
                                       ("FITTED", None, True)):
        result = fit_oxis(None, max_solves=limits[label], initial=OXIS_START, blocks=blocks,
                          temperature=temperature, fitted=OXIS_REFITTED)
        print(f"{label} =", json.dumps(result.values, indent=1))
        print(f"  RMSE {result.comparison.rmse * 1e3:.2f} mV over the whole discharge, "
              f"capacity error {result.comparison.capacity_error:+.2%}; {result.solves} "
              f"solves; {result.optimizer.message}")
    values = pybamm.ParameterValues(oxis.values({**OXIS_START, **result.values}))
    predicted = capacity_ratios(values, (30, FITTED_TEMPERATURE))
    capacities = ecm_capacities()
    print("  C(T)/C(20 °C): " + ", ".join(
        f"{c} °C model {predicted[c]:.4f}, ECM {capacities[c] / capacities[20]:.4f}"
        for c in predicted))


if __name__ == "__main__":
    import sys

    main_temperature() if sys.argv[1:] == ["temperature"] else main()
