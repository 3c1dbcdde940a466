"""Run a model and parameter set, both by name, under a :class:`pybamm.Experiment`.

Names resolve through PyBaMM's own entry-point registries (``pybamm.dispatch.models`` and
``pybamm.parameter_sets``), so PyBaMM's built-ins and this plug-in's models and sets are
addressed the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import pybamm

from pybamm_beyondli.errors import InputError, UnknownNameError

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
    return pybamm.Model(model, options=options) if options else pybamm.Model(model)


def get_parameter_values(parameters: str | pybamm.ParameterValues) -> pybamm.ParameterValues:
    """Parameter values by registered set name, or a copy of ``parameters``."""
    if isinstance(parameters, pybamm.ParameterValues):
        return parameters.copy()
    if parameters not in pybamm.parameter_sets:
        raise UnknownNameError("parameter set", parameters, parameter_set_names())
    return pybamm.ParameterValues(parameters)


def make_experiment(
    steps: pybamm.Experiment | str | Sequence[str | tuple], period: str | None = None
) -> pybamm.Experiment:
    """An experiment from step strings (``"Discharge at 1C until 2.0 V"``); a single
    string may hold several steps separated by ``;`` or new lines."""
    if isinstance(steps, pybamm.Experiment):
        return steps
    if isinstance(steps, str):
        steps = [s.strip() for s in steps.replace("\n", ";").split(";") if s.strip()]
    kwargs = {"period": period} if period else {}
    return pybamm.Experiment(list(steps), **kwargs)


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


def build_simulation(
    model: str | pybamm.BaseModel,
    parameters: str | pybamm.ParameterValues,
    experiment: pybamm.Experiment | str | Sequence[str],
    temperature: float | None = None,
    var_pts: dict | None = None,
    solver: pybamm.BaseSolver | None = None,
) -> pybamm.Simulation:
    """A :class:`pybamm.Simulation` from names; ``temperature`` [K] sets the ambient and
    initial temperature."""
    parameter_values = get_parameter_values(parameters)
    if temperature is not None:
        if not 150.0 <= temperature <= 500.0:
            raise InputError(
                f"temperature {temperature} K is outside the allowed 150-500 K "
                "(give it in kelvin; the CLI takes degrees Celsius)"
            )
        parameter_values.update(
            {"Ambient temperature [K]": temperature, "Initial temperature [K]": temperature}
        )
    return pybamm.Simulation(
        get_model(model),
        parameter_values=parameter_values,
        experiment=make_experiment(experiment),
        var_pts=var_pts,
        solver=solver,
    )


def run_experiment(
    model: str | pybamm.BaseModel,
    parameters: str | pybamm.ParameterValues,
    experiment: pybamm.Experiment | str | Sequence[str],
    temperature: float | None = None,
    progress: bool = False,
    initial_soc: float | None = None,
    var_pts: dict | None = None,
    solver: pybamm.BaseSolver | None = None,
) -> pybamm.Solution:
    """Build and solve a simulation; returns the solution (see :func:`build_simulation`)."""
    sim = build_simulation(model, parameters, experiment, temperature, var_pts, solver)
    callbacks = [ProgressBar()] if progress else None
    return sim.solve(initial_soc=initial_soc, callbacks=callbacks)
