"""A run whose liquid electrolyte runs out of salt names that cause when the solver then fails."""

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.results.depletion import depletion_onset
from pybamm_beyondli.submodels.electrolyte.limits import (
    SALT_DEPLETION_EVENT,
    SALT_DEPLETION_FRACTION,
    with_salt_depletion_event,
)
from pybamm_beyondli.workflows.simulation import SimulationError, run_experiment


def _cold_discharge_then_rest() -> pybamm.Experiment:
    return pybamm.Experiment([(
        pybamm.step.string("Discharge at 1C until 1.5 V", temperature="0oC"),
        pybamm.step.rest(3600, temperature="25oC"),
    )])


def test_salt_exhausted_at_0_degC_is_named(time_limit):
    """The common Na-ion design at 1C and 0 degC exhausts its salt; the rest after it fails
    in IDA, and the termination says why, with the time the concentration reached 0."""
    with time_limit(120):
        run = run_experiment(pybamm.lithium_ion.DFN(),
                             pybamm.ParameterValues("NaIon_LayeredOxide_HardCarbon"),
                             _cold_discharge_then_rest())
    assert run.termination.startswith("electrolyte depleted: the salt concentration reached 0")
    assert "then solver error" in run.termination
    onset = depletion_onset(run.solution)
    lowest = np.asarray(run.solution["Electrolyte concentration [mol.m-3]"].entries).min(axis=0)
    assert lowest[run.solution.t < onset.time].min() > 0
    assert lowest[run.solution.t == onset.time].min() <= 0


def test_salt_exhausted_in_a_first_step_is_named(time_limit):
    """A 3C discharge of the Prussian-white design to 1.5 V runs out of salt in its positive
    electrode and IDA fails later in that first step, which leaves no solution: the error
    says when the salt ran out (the same experiment asked again with the event)."""
    with time_limit(120), pytest.raises(SimulationError, match=(
            r"IDA_CONV_FAIL.*before the failure the electrolyte salt ran out \(its lowest "
            r"concentration fell to 0\.1% of the initial one\) at t = \d+ s")):
        run_experiment("DFN", "NaIon_PrussianWhite_HardCarbon", ["Discharge at 3C until 1.5 V"])


def test_the_depletion_event_leaves_the_callers_model_alone():
    model = pybamm.lithium_ion.DFN()
    events = [event.name for event in model.events]
    with_event = with_salt_depletion_event(model)
    assert [event.name for event in model.events] == events
    assert [event.name for event in with_event.events] == events + [SALT_DEPLETION_EVENT]
    assert with_salt_depletion_event(with_event) is with_event  # added once


def test_the_depletion_event_stops_where_the_salt_runs_out():
    """The event stops the 2C discharge when the lowest concentration falls to 0.1 % of the
    initial one; PyBaMM's DFN without it carries on past that point."""
    values = pybamm.ParameterValues("NaIon_PrussianWhite_HardCarbon")
    values["Current function [A]"] = 2 * values["Nominal cell capacity [A.h]"]
    model = with_salt_depletion_event(pybamm.lithium_ion.DFN())
    solution = pybamm.Simulation(model, parameter_values=values).solve([0, 900])
    assert solution.termination == f"event: {SALT_DEPLETION_EVENT}"
    lowest = np.asarray(solution["Electrolyte concentration [mol.m-3]"].entries).min(axis=0)
    c_0 = values["Initial concentration in electrolyte [mol.m-3]"]
    assert lowest[-1] == pytest.approx(SALT_DEPLETION_FRACTION * c_0, rel=1e-3)
    assert lowest.min() >= lowest[-1] * (1 - 1e-6)


def test_a_run_with_salt_to_spare_has_no_onset():
    solution = pybamm.Simulation(pybamm.lithium_ion.SPMe(),
                                 parameter_values=pybamm.ParameterValues("Chen2020")).solve(
        [0, 600])
    assert depletion_onset(solution) is None


def test_a_model_without_salt_concentration_has_no_onset():
    model = pybamm.BaseModel()
    x = pybamm.Variable("x")
    model.rhs = {x: -x}
    model.initial_conditions = {x: 1}
    model.variables = {"x": x}
    solution = pybamm.ScipySolver().solve(model, np.linspace(0, 1, 5))
    assert depletion_onset(solution) is None
