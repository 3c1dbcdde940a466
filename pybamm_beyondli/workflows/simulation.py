"""Run a model and parameter set, both by name, under a :class:`pybamm.Experiment`.

Names resolve through PyBaMM's own entry-point registries (``pybamm.dispatch.models`` and
``pybamm.parameter_sets``), so PyBaMM's built-ins and this plug-in's models and sets are
addressed the same way.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import pandas as pd
import pybamm

from pybamm_beyondli.errors import BeyondLiError, InputError, UnknownNameError
from pybamm_beyondli.parameters.checks import check_parameter_values
from pybamm_beyondli.results.cycles import cycle_table, declared_quantities, last_cycle_complete
from pybamm_beyondli.results.depletion import depletion_onset
from pybamm_beyondli.results.plating import PlatingWarning, plating_onset
from pybamm_beyondli.submodels.electrolyte.limits import (
    SALT_DEPLETION_EVENT,
    SALT_DEPLETION_FRACTION,
    with_salt_depletion_event,
)

#: Variables tabulated for every run when the model has them (besides time/current/voltage).
KEY_VARIABLES = [
    "Time [s]",
    "Current [A]",
    "Voltage [V]",
    "Discharge capacity [A.h]",
    "Throughput capacity [A.h]",
    "Battery open-circuit voltage [V]",
    "Average negative particle stoichiometry",
    "Average positive particle stoichiometry",
    "Volume-averaged cell temperature [K]",
]


#: The temperatures [K] this package simulates at all (a sanity bound, not a validity range of
#: any fit); a metal-electrode model also refuses temperatures at or above its metal's melting
#: point (``"Metal melting point [K]"``, checked on parameter substitution).
TEMPERATURE_BOUNDS = (150.0, 500.0)
ABSOLUTE_ZERO_CELSIUS = -273.15


class SimulationError(BeyondLiError, RuntimeError):
    """A run that PyBaMM could not carry out (an infeasible first step, a solver failure).

    The inputs were valid names and values, so the CLI exits with 1 (failed), not 2."""

    exit_code = 1


class MissingParameterError(InputError, KeyError):
    """The parameter set lacks a parameter the model needs."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.args[0]


def model_names() -> list[str]:
    """Every model registered with PyBaMM (its built-ins and this plug-in's)."""
    return sorted(pybamm.dispatch.models)


def parameter_set_names() -> list[str]:
    """Every parameter set registered with PyBaMM (its built-ins and this plug-in's)."""
    return sorted(pybamm.parameter_sets)


def get_model(model: str | pybamm.BaseModel, options: dict | None = None) -> pybamm.BaseModel:
    """A fresh model by registered name (``"DFN"``), or ``model`` itself if already built."""
    if isinstance(model, pybamm.BaseModel):
        return model
    if model not in pybamm.dispatch.models:
        raise UnknownNameError("model", model, model_names())
    # a copy: PyBaMM's SPM writes its own defaults into the options dict it is given
    return pybamm.Model(model, options=dict(options)) if options else pybamm.Model(model)


def get_parameter_values(parameters: str | pybamm.ParameterValues) -> pybamm.ParameterValues:
    """Parameter values by registered set name, or a copy of ``parameters``."""
    if isinstance(parameters, pybamm.ParameterValues):
        return parameters.copy()
    if parameters not in pybamm.parameter_sets:
        raise UnknownNameError("parameter set", parameters, parameter_set_names())
    return pybamm.ParameterValues(parameters)


def make_experiment(
    steps: pybamm.Experiment | str | Sequence[str | tuple], period: str | None = None,
    cycles: int = 1,
) -> pybamm.Experiment:
    """An experiment from step strings (``"Discharge at 1C until 2.0 V"``).

    A single string may hold several steps separated by ``;`` or new lines: they form one
    cycle, repeated ``cycles`` times (a cycle as a cycler counts it, so that the summary
    variables and Coulombic efficiencies are per cycle of those steps). A sequence follows
    PyBaMM's own rule: each string is a cycle of one step, each tuple a cycle of its steps.
    """
    if isinstance(cycles, bool) or not isinstance(cycles, int) or cycles < 1:
        raise InputError(f"cycles = {cycles!r} is not allowed; it must be an integer >= 1")
    if isinstance(steps, pybamm.Experiment):
        if cycles != 1:
            raise InputError("cycles applies to step strings; repeat the cycles of a "
                             "pybamm.Experiment when building it")
        return steps
    if isinstance(steps, str):
        cycle = tuple(s.strip() for s in steps.replace("\n", ";").split(";") if s.strip())
        if not cycle:
            raise InputError(f"experiment steps {steps!r}: none given; e.g. 'Discharge at 1C "
                             "until 2.5 V; Rest for 1 hour'")
        steps = [cycle] * cycles
    elif cycles != 1:
        steps = list(steps) * cycles
    kwargs = {"period": period} if period else {}
    return pybamm.Experiment(list(steps), **kwargs)


def _time_limit_reached(logs: dict) -> bool:
    limit = logs.get("stopping conditions", {}).get("time")
    return limit is not None and logs.get("experiment time", 0.0) >= limit


class StepErrors(pybamm.callbacks.Callback):
    """Records why PyBaMM ended an experiment early where its termination does not say so:
    a solver error (it logs the error and returns the steps before it, with the last good
    step's termination), a step that ran to PyBaMM's default duration without reaching its
    stop condition (termination "final time"), or the experiment's time limit cutting such a
    step."""

    def __init__(self) -> None:
        self.message: str | None = None
        self.failed = False  # a solver error ended the experiment

    @staticmethod
    def _where(logs: dict) -> str:
        cycle, _ = logs.get("cycle number", ("?", None))
        step, _ = logs.get("step number", ("?", None))
        return f"cycle {cycle}, step {step} ('{logs.get('step operating conditions', '?')}')"

    def on_experiment_infeasible_time(self, logs: dict) -> None:
        if _time_limit_reached(logs):  # PyBaMM calls this for a cut step too
            self.message = f"experiment time limit reached in {self._where(logs)}"
            return
        hours = float(logs.get("step duration") or 0) / 3600
        self.message = (f"{self._where(logs)} ran PyBaMM's default duration ({hours:g} h) "
                        "without reaching its stop condition; the solution ends there")

    def on_experiment_error(self, logs: dict) -> None:
        reason = " ".join(str(logs.get("error", "")).split("\n")[0].split())
        self.message = f"solver error in {self._where(logs)}: {reason}"
        self.failed = True


class ProgressBar(pybamm.callbacks.Callback):
    """A tqdm progress bar over the cycles of a multi-cycle experiment."""

    def __init__(self, description: str = "cycles") -> None:
        self.description = description
        self.bar = None

    def on_cycle_start(self, logs: dict) -> None:
        cycle, n_cycles = logs["cycle number"]
        if self.bar is None and n_cycles > 1:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=n_cycles, desc=self.description, unit="cycle")

    def on_cycle_end(self, logs: dict) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def on_experiment_end(self, logs: dict) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    on_experiment_error = on_experiment_end


def _number(value: float) -> str:
    """``value`` with at most two decimals and no trailing zeros (``-30``, ``243.15``)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _temperature_label(temperature: float) -> str:
    return (f"temperature {_number(temperature + ABSOLUTE_ZERO_CELSIUS)} °C "
            f"({_number(temperature)} K)")


def check_temperature(temperature: float) -> None:
    """Raise an :class:`InputError` for a temperature [K] outside :data:`TEMPERATURE_BOUNDS`
    (which also excludes absolute zero). A temperature at or above the melting point of a
    metal electrode is refused by the model itself, when its parameters are substituted."""
    label = _temperature_label(temperature)
    low, high = TEMPERATURE_BOUNDS
    if not low <= temperature <= high:
        raise InputError(
            f"{label} is outside the range this package simulates, {_number(low)}-"
            f"{_number(high)} K ({_number(low + ABSOLUTE_ZERO_CELSIUS)} to "
            f"{_number(high + ABSOLUTE_ZERO_CELSIUS)} °C; the CLI takes degrees Celsius, "
            "the Python API kelvin)"
        )


def build_simulation(
    model: str | pybamm.BaseModel,
    parameters: str | pybamm.ParameterValues,
    experiment: pybamm.Experiment | str | Sequence[str],
    temperature: float | None = None,
    var_pts: dict | None = None,
    solver: pybamm.BaseSolver | None = None,
    parameter_updates: dict | None = None,
) -> pybamm.Simulation:
    """A :class:`pybamm.Simulation` from names; ``temperature`` [K] sets the ambient and
    initial temperature, ``parameter_updates`` any other parameters. Every parameter the
    model reads is checked first (:func:`~pybamm_beyondli.parameters.checks.
    check_parameter_values`: an :class:`InputError` names a bad one; a warning names an
    update the model does not read)."""
    parameter_values = get_parameter_values(parameters)
    updates = dict(parameter_updates or {})
    if temperature is not None:
        check_temperature(temperature)
        updates.update({"Ambient temperature [K]": temperature,
                        "Initial temperature [K]": temperature})
    parameter_values.update(updates)
    model = get_model(model)
    check_parameter_values(parameter_values, model, updates=parameter_updates or {})
    return pybamm.Simulation(
        model,
        parameter_values=parameter_values,
        experiment=make_experiment(experiment),
        var_pts=var_pts,
        solver=solver,
    )


def _model_name(model: str | pybamm.BaseModel) -> str:
    return model if isinstance(model, str) else model.name


def _set_name(parameters: str | pybamm.ParameterValues) -> str:
    return parameters if isinstance(parameters, str) else "the given parameter values"


def _missing_parameter_error(err: KeyError, model, parameters) -> MissingParameterError | None:
    """A one-line error for PyBaMM's ``KeyError: "Parameter 'X' not found..."``, or None if
    ``err`` is another KeyError."""
    match = re.search(r"Parameter '([^']+)' not found", str(err.args[0]) if err.args else "")
    if match is None:
        return None
    model_name, set_name = _model_name(model), _set_name(parameters)
    message = (f"parameter set {set_name} has no parameter '{match.group(1)}', which model "
               f"{model_name} needs")
    from pybamm_beyondli.workflows.catalogue import own_models, parameter_sets_for_model

    meant = parameter_sets_for_model(get_model(model))
    if meant:

        besides = "" if model_name in own_models() else " (besides PyBaMM's own sets)"
        message += (f"; this package's parameter sets that define every parameter of "
                    f"{model_name}: {', '.join(meant)}{besides}")
    else:
        message += f"; choose a parameter set that defines every parameter of {model_name}"
    return MissingParameterError(message)


def _has_esoh(model: pybamm.BaseModel) -> bool:
    """Whether PyBaMM computes its electrode state-of-health for ``model`` (the condition of
    its ``SummaryVariables``)."""
    return (isinstance(model, pybamm.lithium_ion.BaseModel)
            and model.options.electrode_types["negative"] == "porous")


def _first_step(experiment: pybamm.Experiment) -> str:
    return str(experiment.steps[0]) if experiment.steps else "?"


@dataclass(frozen=True)
class ExperimentRun:
    """A solved experiment: PyBaMM's ``solution`` (as PyBaMM returned it), the
    ``experiment`` solved, and ``termination``, why the run ended: PyBaMM's termination, or
    where PyBaMM's does not say so (a solver error, a step that ran to PyBaMM's default
    duration, the time limit inside a step), the cause and the step (:class:`StepErrors`).

    ``cycles`` is the per-cycle table (:func:`pybamm_beyondli.results.cycle_table`), built on
    first use; ``last_cycle_complete`` says whether the last cycle ran all its steps
    (:func:`pybamm_beyondli.results.last_cycle_complete`)."""

    solution: pybamm.Solution
    experiment: pybamm.Experiment
    termination: str

    @cached_property
    def cycles(self) -> pd.DataFrame:
        """One row per cycle: PyBaMM's summary variables and the model's declared
        quantities (for a metal cell its Coulombic efficiencies)."""
        return cycle_table(self.solution, self.experiment)

    @property
    def last_cycle_complete(self) -> bool:
        return last_cycle_complete(self.solution, self.experiment)

    @property
    def model(self) -> pybamm.BaseModel:
        """The model solved (its first step's, with the user's model's class)."""
        return self.solution.all_models[0]

    @property
    def declares_cycle_quantities(self) -> bool:
        """Whether the model declares per-cycle quantities (a metal cell does)."""
        return bool(declared_quantities(self.model))


def _salt_depletion_before_failure(sim: pybamm.Simulation,
                                   initial_soc: float | None) -> str | None:
    """Why a run that failed in the solver with no solution at all (its first step) may
    have failed: the same experiment solved again with the event of
    :func:`~pybamm_beyondli.submodels.electrolyte.limits.with_salt_depletion_event`; if it
    stops on that event, the time the salt ran out, else None. PyBaMM's DFN and SPMe carry
    on through a local depletion (the concentration stays at ~0 where it ran out), often to
    the cut-off, sometimes into a solver failure; only then is this asked."""
    model = with_salt_depletion_event(sim.model)
    if model is sim.model:
        return None
    probe = pybamm.Simulation(model, parameter_values=sim.parameter_values,
                              experiment=sim.experiment, var_pts=sim.var_pts,
                              solver=sim.solver)
    try:
        solution = probe.solve(initial_soc=initial_soc)
    except pybamm.SolverError:
        return None
    if solution.termination != f"event: {SALT_DEPLETION_EVENT}":
        return None
    return (f"before the failure the electrolyte salt ran out (its lowest concentration fell "
            f"to {SALT_DEPLETION_FRACTION:.1%} of the initial one) at t = "
            f"{solution.t[-1]:.0f} s")


def run_experiment(
    model: str | pybamm.BaseModel,
    parameters: str | pybamm.ParameterValues,
    experiment: pybamm.Experiment | str | Sequence[str],
    temperature: float | None = None,
    progress: bool = False,
    initial_soc: float | None = None,
    var_pts: dict | None = None,
    solver: pybamm.BaseSolver | None = None,
    parameter_updates: dict | None = None,
) -> ExperimentRun:
    """Build and solve a simulation (see :func:`build_simulation`); returns the
    :class:`ExperimentRun`: PyBaMM's solution, the experiment, why the run ended and the
    per-cycle table (``run.cycles``).

    Raises :class:`MissingParameterError` if the parameter set lacks a parameter the model
    needs, and :class:`SimulationError` if PyBaMM produced no solution at all (the first
    step infeasible at its start, e.g. already beyond its voltage limit, or a solver failure
    in it). If a later step fails, or runs to PyBaMM's default duration without reaching its
    stop condition, PyBaMM returns the steps before it; the run's ``termination`` then
    names the cause and the step (:class:`StepErrors`), not the last good step's end. For a
    cell with an intercalation negative electrode, a
    :class:`~pybamm_beyondli.results.plating.PlatingWarning` gives the time it first went
    below 0 V vs the metal (metal plating), if it did.
    """
    experiment = make_experiment(experiment)
    sim = build_simulation(model, parameters, experiment, temperature, var_pts, solver,
                           parameter_updates)
    where = f"{_model_name(model)} + {_set_name(parameters)}"
    if "capacity" in experiment.termination and not _has_esoh(sim.model):
        raise InputError(
            f"experiment termination {experiment.termination_string!r} is not allowed for "
            f"{where}: PyBaMM's capacity termination reads its electrode state-of-health "
            "'Capacity [A.h]', which only its lithium-ion models with two porous electrodes "
            "have (not metal-electrode models); stop on a voltage (termination='3.0 V') or "
            "on the number of cycles")
    errors = StepErrors()
    callbacks = [errors] + ([ProgressBar()] if progress else [])
    try:
        solution = sim.solve(initial_soc=initial_soc, callbacks=callbacks)
    except KeyError as err:
        error = _missing_parameter_error(err, model, parameters)
        if error is None:
            raise
        raise error from err
    except pybamm.SolverError as err:
        reason = " ".join(str(err).split("\n")[0].split())
        depleted = _salt_depletion_before_failure(sim, initial_soc)
        raise SimulationError(f"{where}: the experiment could not be solved; PyBaMM: {reason}"
                              + (f"; {depleted}" if depleted else "")) from err
    except TypeError as err:
        if errors.message is None:
            raise
        # PyBaMM 26 crashes on its voltage termination check after a solver error in a
        # cycle's first step (it reads the voltage of a cycle that has no solution)
        raise SimulationError(f"{where}: {errors.message}; PyBaMM then could not finish the "
                              f"experiment ({type(err).__name__}: {err}) and returned no "
                              "solution") from err
    if isinstance(solution, pybamm.EmptySolution) or not getattr(solution, "all_models", None):
        reason = getattr(solution, "termination", None) or "no solution"
        raise SimulationError(
            f"{where}: the first step '{_first_step(experiment)}' could not run, so there is "
            f"no result; PyBaMM: {reason} (a stop condition of the step already holds at its "
            "start, e.g. the cell is already beyond its voltage limit, or the load at this "
            "temperature takes it there at once)"
        )
    # stopped early: say so instead of the last step's end
    termination = errors.message if errors.message is not None else solution.termination
    if errors.failed:  # a solver failure after the salt ran out: name the cause first
        depleted = depletion_onset(solution)
        if depleted is not None:
            termination = f"{depleted.message()}; then {termination}"
    if not declared_quantities(sim.model):  # an intercalation negative electrode plates
        onset = plating_onset(solution, experiment=experiment)  # below 0 V vs the metal
        if onset is not None:
            warnings.warn(f"{where}: {onset.message()}", PlatingWarning, stacklevel=2)
    return ExperimentRun(solution, experiment, termination)
