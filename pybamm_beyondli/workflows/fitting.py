"""Fit parameters of a PyBaMM model to measured constant-current curves.

One function per task:

- :func:`fit_parameters`: the values of named parameters that make a model reproduce
  measured curves, by bounded nonlinear least squares (``scipy.optimize.least_squares``,
  trust-region reflective) with the Jacobian from PyBaMM's forward sensitivities (IDAKLU),
  so that each iteration costs one solve per curve;
- :func:`evaluate_fit`: the voltage RMSE and end-capacity error of a parameter set against
  measured curves (no fitting);
- :func:`leave_one_out`: fit on all curves but one, predict the one left out, for each curve.

A curve is a :class:`CurveTarget`: a measured frame (columns ``"Discharge capacity [A.h]"``
or ``"Time [s]"``, and ``"Voltage [V]"``), the constant current it was measured at, and the
model's stop condition (the set's ``"Lower voltage cut-off [V]"`` event). The model, the
parameter values and the names of the parameters to fit (with bounds) are the caller's; the
module knows nothing of any chemistry.

Objective: for each curve k with N_k measured points,
``sum_i ((V_sim(t_i) - V_i) / (s_V sqrt(N_k)))**2 + ((Q_sim - Q_data) / (Q_data s_Q))**2``,
i.e. the squared voltage RMSE over the range both curves cover in units of ``s_V`` plus the
squared relative end-capacity error in units of ``s_Q`` (Q_sim: where the model reaches its
cut-off; its derivative from the sensitivities by the implicit function theorem,
dt_end/dp = -(dV/dp)/(dV/dt) at the cut-off). A parameter whose value in the set is a
function (e.g. a diffusivity D(sto, T)) is fitted as a dimensionless factor multiplying that
function; a number is fitted as itself. Parameters whose bounds span a decade or more are
searched on a log scale.

With ``worst_curve_evaluations > 0`` the least-squares values are refined by Nelder-Mead on
a smooth maximum over the curves, ``(sum_k (RMSE_k/s_V)**12 + (|Q_k/Q_data,k - 1|/s_Q)**12)
**(1/12)``: the sum of squares trades the curves against each other, the maximum asks every
curve to meet the same target.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pybamm
from scipy.optimize import least_squares, minimize

from pybamm_beyondli.errors import BeyondLiError, InputError
from pybamm_beyondli.parameters.checks import model_geometry_parameter_info
from pybamm_beyondli.parameters.functions import ScaledFunction

VOLTAGE = "Voltage [V]"
CAPACITY = "Discharge capacity [A.h]"
TIME = "Time [s]"
#: The parameter that carries each curve's current (an input of the built simulation).
CURRENT = "Current function [A]"
#: Largest number of measured points per curve a fit uses (evenly thinned; the RMSE of the
#: result is evaluated on all of them): the sensitivities are stored at every output time
FIT_POINTS = 300


@dataclass(frozen=True)
class CurveTarget:
    """A measured constant-current curve to fit or predict.

    ``data`` holds ``x`` (``"Discharge capacity [A.h]"``, counted from the start of the
    current, or ``"Time [s]"``, 0 at its start) and ``"Voltage [V]"``; ``current`` is in A,
    positive for a discharge (PyBaMM's sign). Rows with ``x < 0`` (a rest before the
    current) are ignored.
    """

    name: str
    data: pd.DataFrame
    current: float
    x: str = CAPACITY

    def times(self, max_points: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Measured times [s] from the start of the current (sorted, unique, > 0) and the
        voltages there; with ``max_points``, at most that many, evenly spaced in the
        measured order (the last point kept)."""
        frame = self.data[self.data[self.x] > 0].sort_values(self.x, kind="stable")
        x = frame[self.x].to_numpy(float)
        t = x * 3600 / abs(self.current) if self.x == CAPACITY else x
        t, index = np.unique(t, return_index=True)
        v = frame[VOLTAGE].to_numpy(float)[index]
        if max_points is not None and len(t) > max_points:
            keep = np.unique(np.linspace(0, len(t) - 1, max_points).round().astype(int))
            t, v = t[keep], v[keep]
        return t, v


@dataclass
class CurveResult:
    """A model against one measured curve: voltage RMSE [V] over the range both cover,
    relative end-capacity error, and the solution."""

    name: str
    rmse: float
    capacity_error: float
    solution: pybamm.Solution = field(repr=False)


@dataclass
class FitResult:
    """What :func:`fit_parameters` found.

    ``values``: fitted value of each parameter (a factor for a function parameter);
    ``parameter_values``: the input set with those values substituted; ``curves``: the fit
    against each curve; ``relative_standard_errors``: sqrt of the diagonal of
    s² (JᵀJ)⁻¹ in the search variables (ln p for log-scaled parameters, p/p0 otherwise), a
    linearised identifiability measure (large: poorly identified) at the least-squares
    values; ``correlation``: the correlation matrix of the same; ``evaluations``: model
    solves per curve (least squares, each with sensitivities, plus the worst-curve
    refinement); ``optimality``, ``message``, ``success``: scipy's least squares.
    """

    values: dict[str, float]
    initial: dict[str, float]
    bounds: dict[str, tuple[float, float]]
    parameter_values: pybamm.ParameterValues
    curves: dict[str, CurveResult]
    cost: float
    evaluations: int
    optimality: float
    success: bool
    message: str
    relative_standard_errors: dict[str, float]
    correlation: np.ndarray

    @property
    def worst_rmse(self) -> float:
        return max(c.rmse for c in self.curves.values())

    @property
    def worst_capacity_error(self) -> float:
        return max(abs(c.capacity_error) for c in self.curves.values())


# --- input checks ------------------------------------------------------------------------------


def check_frame(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    """Raise an :class:`InputError` naming ``what`` unless ``frame`` is a data frame with
    ``columns``, at least two rows, all finite."""
    if not isinstance(frame, pd.DataFrame):
        raise InputError(f"{what}: expected a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(f"{what} has no column(s) {missing}; it needs {list(columns)} "
                         f"(its columns: {list(frame.columns)})")
    values = frame[list(columns)].to_numpy(dtype=float)
    if len(frame) < 2 or not np.isfinite(values).all():
        raise InputError(f"{what}: columns {list(columns)} need at least two rows of finite "
                         "numbers")


def _check_targets(targets: Iterable[CurveTarget]) -> list[CurveTarget]:
    targets = list(targets)
    if not targets:
        raise InputError("no measured curve given; pass at least one CurveTarget")
    names = [t.name for t in targets]
    if len(set(names)) != len(names):
        raise InputError(f"curve names must be unique, got {names}")
    for target in targets:
        if target.x not in (CAPACITY, TIME):
            raise InputError(f"curve '{target.name}': x = {target.x!r} is not allowed; use "
                             f"'{CAPACITY}' or '{TIME}'")
        check_frame(target.data, [target.x, VOLTAGE], f"curve '{target.name}'")
        if not (math.isfinite(target.current) and target.current > 0):
            raise InputError(f"curve '{target.name}': current = {target.current!r} A is not "
                             "allowed; give the discharge current, > 0 (PyBaMM's sign)")
        if len(target.times()[0]) < 2:
            raise InputError(f"curve '{target.name}' has fewer than two points with "
                             f"{target.x} > 0")
    return targets


def _check_parameters(values: pybamm.ParameterValues,
                      parameters: Mapping[str, tuple[float, float]],
                      initial: Mapping[str, float] | None) -> dict[str, float]:
    """Bounds and start of each fitted quantity; raises :class:`InputError` for a name the
    set does not have, a value that is neither a number nor a function, or bad bounds."""
    if not parameters:
        raise InputError("no parameter to fit; name at least one with its (lower, upper) "
                         "bounds")
    start = {}
    for name, bounds in parameters.items():
        if name not in values:
            raise InputError(f"parameter '{name}' is not in the parameter set, so it cannot "
                             "be fitted; fit a parameter the set has (e.g. "
                             "'Negative particle diffusivity [m2.s-1]')")
        value = values[name]
        if callable(value):
            default = 1.0  # a function parameter is fitted as a factor
        elif isinstance(value, (int, float, np.floating)) and not isinstance(value, bool):
            default = float(value)
        else:
            raise InputError(f"parameter '{name}' = {value!r} can be fitted only if it is a "
                             "number or a function")
        try:
            low, high = (float(b) for b in bounds)
        except (TypeError, ValueError) as err:
            raise InputError(f"bounds of '{name}' must be two numbers (lower, upper), got "
                             f"{bounds!r}") from err
        if not (math.isfinite(low) and math.isfinite(high) and low < high):
            raise InputError(f"bounds of '{name}' = ({low}, {high}) are not allowed; they "
                             "must be finite with lower < upper")
        x0 = float(initial[name]) if initial and name in initial else default
        if not low <= x0 <= high:
            raise InputError(f"the start of '{name}', {x0:g}, is outside its bounds "
                             f"({low:g}, {high:g})")
        start[name] = x0
    unknown = set(initial or ()) - set(parameters)
    if unknown:
        raise InputError(f"start values given for parameters that are not fitted: "
                         f"{sorted(unknown)}")
    return start


def _check_not_geometry(model: pybamm.BaseModel, names: Iterable[str]) -> None:
    """Raise :class:`InputError` for a fitted name that sets the model's geometry (a length
    of its mesh, e.g. a particle radius): PyBaMM builds the mesh once, from numbers, so
    such a parameter cannot be an input of the built simulation."""
    geometric = model_geometry_parameter_info(model)
    for name in names:
        if name in geometric:
            raise InputError(f"parameter '{name}' sets the model's geometry (its mesh), so "
                             "it cannot be fitted here; fit a quantity that does not, e.g. "
                             "a diffusivity (the time constant R^2/D), or fit once per "
                             "value of it")


# --- the model with the fitted quantities as inputs ---------------------------------------------


class _Problem:
    """One built simulation serving every curve: the fitted quantities and the current are
    input parameters."""

    def __init__(self, model: pybamm.BaseModel, values: pybamm.ParameterValues,
                 names: list[str], var_pts: dict | None, solver: pybamm.BaseSolver | None):
        self.names = names
        self.functions = {n for n in names if callable(values[n])}
        inputs = values.copy()
        for name in names:
            if name in self.functions:
                inputs[name] = ScaledFunction(values[name], pybamm.InputParameter(name))
            else:
                inputs[name] = "[input]"
        inputs[CURRENT] = "[input]"
        self.cut_off = float(values["Lower voltage cut-off [V]"])
        self.sim = pybamm.Simulation(model.new_copy(), parameter_values=inputs,
                                     solver=solver or pybamm.IDAKLUSolver(), var_pts=var_pts)

    def solve(self, target: CurveTarget, p: Mapping[str, float], sensitivities: bool):
        t_data, _ = target.times(FIT_POINTS)
        t_end = 1.2 * t_data[-1]
        t_out = np.union1d(t_data, np.linspace(0, t_end, 401))
        inputs = {**p, CURRENT: target.current}
        return self.sim.solve([0, t_end], inputs=inputs, t_interp=t_out,
                              calculate_sensitivities=list(self.names) if sensitivities
                              else False)


def _curve_terms(solution: pybamm.Solution, target: CurveTarget, names: list[str],
                 sensitivities: bool):
    """Residuals at every measured point (the simulated voltage, or past the simulated end
    the cut-off voltage it stopped at, minus the measured one) and the end-capacity
    residual, with their derivatives with respect to ``names`` if ``sensitivities``."""
    t_data, v_data = target.times(FIT_POINTS)
    t, v = solution.t, solution[VOLTAGE].entries
    inside = t_data <= t[-1]
    index = np.minimum(np.searchsorted(t, t_data[inside]), len(t) - 1)
    if not np.allclose(t[index], t_data[inside], rtol=0, atol=1e-6):
        raise BeyondLiError("the solver did not return the measured times")
    dv = np.full(len(t_data), v[-1]) - v_data
    dv[inside] = v[index] - v_data[inside]
    q_data = t_data[-1] * abs(target.current) / 3600
    q_sim = t[-1] * abs(target.current) / 3600
    jac_v = jac_q = None
    if sensitivities:
        sens = solution[VOLTAGE].sensitivities
        s = np.column_stack([np.asarray(sens[n]).ravel() for n in names])
        jac_v = np.zeros((len(t_data), len(names)))
        jac_v[inside] = s[index]
        jac_q = np.zeros(len(names))
        if "event" in str(solution.termination) and len(t) > 2:
            # dt_end/dp = -(dV/dp)/(dV/dt) at the cut-off; both grow without bound on the
            # final voltage cliff, so their ratio is taken one output step before it
            slope = (v[-2] - v[-3]) / (t[-2] - t[-3])
            if slope < 0:
                jac_q = -(s[-2] / slope) * abs(target.current) / 3600
    return dv, q_sim, q_data, jac_v, jac_q, len(t_data)


def _rmse(solution: pybamm.Solution, target: CurveTarget) -> tuple[float, float]:
    """Voltage RMSE [V] at the measured points inside the simulated range (simulation
    interpolated linearly) and relative end-capacity error."""
    t_data, v_data = target.times()
    t, v = solution.t, solution[VOLTAGE].entries
    inside = (t_data >= t[0]) & (t_data <= t[-1])
    rmse = float(np.sqrt(np.mean((np.interp(t_data[inside], t, v) - v_data[inside]) ** 2)))
    return rmse, float((t[-1] - t_data[-1]) / t_data[-1])


class _Scaling:
    """Search variables: ln(p) for parameters with bounds spanning a decade or more (and a
    positive lower bound), p/p0 otherwise."""

    def __init__(self, bounds: Mapping[str, tuple[float, float]], start: Mapping[str, float]):
        self.names = list(bounds)
        self.log = {n for n, (lo, hi) in bounds.items() if lo > 0 and hi / lo >= 10}
        self.ref = {n: (abs(start[n]) or 1.0) for n in self.names}

    def to_z(self, p: Mapping[str, float]) -> np.ndarray:
        return np.array([math.log(p[n]) if n in self.log else p[n] / self.ref[n]
                         for n in self.names])

    def to_p(self, z: np.ndarray) -> dict[str, float]:
        return {n: float(math.exp(zi) if n in self.log else zi * self.ref[n])
                for n, zi in zip(self.names, z, strict=True)}

    def dp_dz(self, p: Mapping[str, float]) -> np.ndarray:
        return np.array([p[n] if n in self.log else self.ref[n] for n in self.names])


def _substituted(values: pybamm.ParameterValues, fitted: Mapping[str, float]):
    out = values.copy()
    for name, value in fitted.items():
        out[name] = ScaledFunction(values[name], value) if callable(values[name]) else value
    return out


def evaluate_fit(model: pybamm.BaseModel, parameter_values: pybamm.ParameterValues,
                 targets: Iterable[CurveTarget], var_pts: dict | None = None,
                 ) -> dict[str, CurveResult]:
    """The model with ``parameter_values`` against each measured curve (no fitting): voltage
    RMSE [V] over the range both cover and relative end-capacity error."""
    targets = _check_targets(targets)
    values = parameter_values.copy()
    values[CURRENT] = "[input]"
    sim = pybamm.Simulation(model.new_copy(), parameter_values=values,
                            solver=pybamm.IDAKLUSolver(), var_pts=var_pts)
    out = {}
    for target in targets:
        t_data, _ = target.times()
        t_end = 1.2 * t_data[-1]
        solution = sim.solve([0, t_end], inputs={CURRENT: target.current},
                             t_interp=np.union1d(t_data, np.linspace(0, t_end, 1001)))
        rmse, error = _rmse(solution, target)
        out[target.name] = CurveResult(target.name, rmse, error, solution)
    return out


def fit_parameters(
    model: pybamm.BaseModel,
    parameter_values: pybamm.ParameterValues,
    targets: Iterable[CurveTarget],
    parameters: Mapping[str, tuple[float, float]],
    initial: Mapping[str, float] | None = None,
    voltage_scale: float = 0.01,
    capacity_scale: float = 0.01,
    max_evaluations: int = 40,
    var_pts: dict | None = None,
    solver: pybamm.BaseSolver | None = None,
    curve_weights: Mapping[str, float] | None = None,
    worst_curve_evaluations: int = 0,
) -> FitResult:
    """Fit ``parameters`` (name -> (lower, upper) bounds; for a function parameter the
    bounds of its factor) of ``model`` with ``parameter_values`` to the measured ``targets``.

    ``initial`` gives start values (default: the set's value, or factor 1);
    ``curve_weights`` multiply each curve's residuals (default 1; e.g. to favour the curve
    with the largest error);
    ``voltage_scale`` [V] and ``capacity_scale`` (relative) weigh the voltage RMSE against
    the end-capacity error (module docstring); ``max_evaluations`` bounds the model solves
    per curve of the least squares, ``worst_curve_evaluations`` those of the worst-curve
    refinement (module docstring; 0: none). Raises :class:`InputError` for a parameter the
    set does not have or one that sets the model's geometry (a thickness or particle
    radius: the mesh is built from numbers), bad bounds or start values, a curve without
    the needed columns, a non-positive current or a negative refinement budget; a fit in
    which PyBaMM cannot solve the model at the start raises
    :class:`~pybamm_beyondli.errors.BeyondLiError`.
    """
    targets = _check_targets(targets)
    values = parameter_values if isinstance(parameter_values, pybamm.ParameterValues) else (
        pybamm.ParameterValues(parameter_values))
    start = _check_parameters(values, parameters, initial)
    for name, scale in (("voltage_scale", voltage_scale), ("capacity_scale", capacity_scale)):
        if not (math.isfinite(scale) and scale > 0):
            raise InputError(f"{name} = {scale!r} is not allowed; it must be > 0")
    if int(worst_curve_evaluations) != worst_curve_evaluations or worst_curve_evaluations < 0:
        raise InputError(f"worst_curve_evaluations = {worst_curve_evaluations!r} is not "
                         "allowed; it must be an integer >= 0")
    weights = {t.name: 1.0 for t in targets}
    for name, weight in (curve_weights or {}).items():
        if name not in weights or not (math.isfinite(weight) and weight > 0):
            raise InputError(f"curve weight {name!r}: {weight!r} is not allowed; give a "
                             f"weight > 0 for a curve among {list(weights)}")
        weights[name] = float(weight)
    names = list(parameters)
    _check_not_geometry(model, names)
    problem = _Problem(model, values, names, var_pts, solver)
    scaling = _Scaling({n: parameters[n] for n in names}, start)
    lower = scaling.to_z({n: parameters[n][0] for n in names})
    upper = scaling.to_z({n: parameters[n][1] for n in names})
    cache: dict = {}

    def curve(target: CurveTarget, z: np.ndarray):
        """Weighted residuals of one curve and their Jacobian in the search variables."""
        p = scaling.to_p(z)
        try:
            solution = problem.solve(target, p, sensitivities=True)
            dv, q_sim, q_data, jac_v, jac_q, n = _curve_terms(
                solution, target, names, sensitivities=True)
            jac = np.vstack([jac_v, jac_q]) * scaling.dp_dz(p)
            if not (np.isfinite(dv).all() and np.isfinite(jac).all()):
                raise pybamm.SolverError("non-finite voltage or sensitivity")
        except pybamm.SolverError:
            # the sensitivity equations can fail (an error, or non-finite values) on the
            # final voltage cliff where the state equations do not: forward differences
            # instead (step 1e-3 in z)
            solution = problem.solve(target, p, sensitivities=False)
            dv, q_sim, q_data, _, _, n = _curve_terms(solution, target, names, False)
            base = np.concatenate([dv, [q_sim]])
            jac = np.empty((len(base), len(names)))
            for k in range(len(names)):
                dz = np.zeros_like(z)
                dz[k] = 1e-3
                shifted = problem.solve(target, scaling.to_p(z + dz), sensitivities=False)
                dv_k, q_k, *_ = _curve_terms(shifted, target, names, False)
                jac[:, k] = (np.concatenate([dv_k, [q_k]]) - base) / 1e-3
        weight = weights[target.name] / (voltage_scale * math.sqrt(n))
        weight_q = weights[target.name] / (q_data * capacity_scale)
        scale = np.concatenate([np.full(len(dv), weight), [weight_q]])
        residual = np.concatenate([dv, [q_sim - q_data]]) * scale
        return residual, jac * scale[:, None]

    def evaluate(z: np.ndarray):
        key = tuple(np.round(z, 14))
        if key in cache:
            return cache[key]
        try:
            parts = [curve(target, z) for target in targets]
            r = np.concatenate([part[0] for part in parts])
            jac = np.vstack([part[1] for part in parts])
        except pybamm.SolverError:
            if not cache:
                raise
            # a trial the solver cannot run: a large residual moves the search back
            size = len(next(iter(cache.values()))[0])
            r, jac = np.full(size, 1e3), np.zeros((size, len(names)))
        cache.clear()
        cache[key] = (r, jac)
        return r, jac

    z0 = scaling.to_z(start)
    try:
        evaluate(z0)
    except pybamm.SolverError as err:
        raise BeyondLiError(f"the model cannot be solved at the start values {start}: "
                            f"{err}") from err
    result = least_squares(lambda z: evaluate(z)[0], z0, jac=lambda z: evaluate(z)[1],
                           bounds=(lower, upper), method="trf", x_scale="jac",
                           max_nfev=max_evaluations, xtol=1e-10, ftol=1e-8, gtol=1e-10)
    z_fit, evaluations = result.x, int(result.nfev)
    if worst_curve_evaluations:
        z_fit, extra = _worst_curve(problem, targets, scaling, z_fit, (lower, upper),
                                    voltage_scale, capacity_scale, worst_curve_evaluations)
        evaluations += extra
    fitted = scaling.to_p(z_fit)
    jac = result.jac
    dof = max(len(result.fun) - len(names), 1)
    try:
        covariance = np.linalg.pinv(jac.T @ jac) * (2 * result.cost / dof)
        errors = np.sqrt(np.clip(np.diag(covariance), 0, None))
        with np.errstate(invalid="ignore", divide="ignore"):
            correlation = covariance / np.outer(errors, errors)
    except np.linalg.LinAlgError:
        errors, correlation = np.full(len(names), np.nan), np.full((len(names),) * 2, np.nan)
    fitted_values = _substituted(values, fitted)
    curves = evaluate_fit(model, fitted_values, targets, var_pts)
    return FitResult(
        values=fitted, initial=start, bounds={n: tuple(parameters[n]) for n in names},
        parameter_values=fitted_values, curves=curves, cost=float(result.cost),
        evaluations=evaluations, optimality=float(result.optimality),
        success=bool(result.success), message=str(result.message),
        relative_standard_errors=dict(zip(names, map(float, errors), strict=True)),
        correlation=correlation,
    )


def _worst_curve(problem: _Problem, targets: list[CurveTarget], scaling: _Scaling,
                 z0: np.ndarray, bounds: tuple[np.ndarray, np.ndarray], voltage_scale: float,
                 capacity_scale: float, max_evaluations: int) -> tuple[np.ndarray, int]:
    """Nelder-Mead from ``z0`` on the smooth maximum of the module docstring; a trial
    outside the bounds or one the solver cannot run scores 1e3."""
    lower, upper = bounds
    count = [0]

    def objective(z: np.ndarray) -> float:
        if np.any(z < lower) or np.any(z > upper):
            return 1e3
        count[0] += 1
        p = scaling.to_p(z)
        errors = []
        for target in targets:
            try:
                rmse, error = _rmse(problem.solve(target, p, sensitivities=False), target)
            except pybamm.SolverError:
                return 1e3
            errors += [rmse / voltage_scale, abs(error) / capacity_scale]
        return float(np.sum(np.asarray(errors) ** 12) ** (1 / 12))

    # simplex: steps of 5 % (1 in ln p: 0.05) from the start, clipped to the bounds
    simplex = [z0] + [np.clip(z0 + 0.05 * np.eye(len(z0))[k], lower, upper)
                      for k in range(len(z0))]
    result = minimize(objective, z0, method="Nelder-Mead",
                      options={"initial_simplex": np.array(simplex), "xatol": 1e-5,
                               "fatol": 1e-5, "maxfev": int(max_evaluations)})
    best = result.x if result.fun <= objective(z0) else z0
    return best, count[0]


@dataclass
class LeaveOneOutResult:
    """For each curve left out: the fit on the others and the prediction of the one left
    out (:class:`CurveResult`)."""

    fits: dict[str, FitResult]
    predictions: dict[str, CurveResult]

    @property
    def worst_rmse(self) -> float:
        return max(p.rmse for p in self.predictions.values())


def leave_one_out(model: pybamm.BaseModel, parameter_values: pybamm.ParameterValues,
                  targets: Iterable[CurveTarget],
                  parameters: Mapping[str, tuple[float, float]],
                  initial: Mapping[str, float] | None = None, **fit_kwargs,
                  ) -> LeaveOneOutResult:
    """For each curve: :func:`fit_parameters` on all the other curves (same parameters,
    bounds, start and settings), then the fitted set against the curve left out."""
    targets = _check_targets(targets)
    if len(targets) < 2:
        raise InputError("leave-one-out needs at least two curves")
    fits, predictions = {}, {}
    for held_out in targets:
        rest = [t for t in targets if t is not held_out]
        fit = fit_parameters(model, parameter_values, rest, parameters, initial, **fit_kwargs)
        fits[held_out.name] = fit
        predictions[held_out.name] = evaluate_fit(
            model, fit.parameter_values, [held_out], fit_kwargs.get("var_pts"))[held_out.name]
    return LeaveOneOutResult(fits, predictions)


def open_circuit_voltage(targets: Iterable[CurveTarget], points: int = 200) -> pd.DataFrame:
    """The cell's open-circuit voltage against discharged capacity, estimated from
    constant-current discharges at two or more currents: at each capacity Q of a common
    grid, the least-squares line V(Q, I) = U(Q) - R(Q) I through the measured voltages
    gives U (the intercept at I = 0) and R. Beyond the capacity the highest current
    reaches, U is the lowest current's voltage plus R I with R at the last shared capacity.

    Returns a frame with ``"Discharge capacity [A.h]"``, ``"Open-circuit voltage [V]"``
    and ``"Resistance [Ohm]"`` (an apparent, current-averaged resistance), Q from 0 to the
    largest measured capacity.
    """
    targets = _check_targets(targets)
    if len(targets) < 2:
        raise InputError("the open-circuit voltage needs discharges at two or more currents")
    if len({t.current for t in targets}) < 2:
        raise InputError("the discharges must be at different currents")
    curves = []
    for target in targets:
        t, v = target.times()
        curves.append((abs(target.current), t * abs(target.current) / 3600, v))
    curves.sort(key=lambda c: c[0])
    shared_end = min(q[-1] for _, q, _ in curves)
    lowest_current, q_low, v_low = curves[0]
    grid = np.linspace(0, q_low[-1], points)
    currents = np.array([c for c, _, _ in curves])
    u, r = np.empty_like(grid), np.empty_like(grid)
    shared = grid <= shared_end
    for i in np.flatnonzero(shared):
        voltages = np.array([np.interp(grid[i], q, v) for _, q, v in curves])
        slope, intercept = np.polyfit(currents, voltages, 1)
        u[i], r[i] = intercept, -slope
    last = np.flatnonzero(shared)[-1]
    beyond = ~shared
    r[beyond] = r[last]
    u[beyond] = np.interp(grid[beyond], q_low, v_low) + r[last] * lowest_current
    return pd.DataFrame({CAPACITY: grid, "Open-circuit voltage [V]": u,
                         "Resistance [Ohm]": r})
