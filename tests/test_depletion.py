"""A run whose liquid electrolyte runs out of salt stops and names that cause."""

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.results.depletion import depletion_onset
from pybamm_beyondli.submodels.electrolyte.limits import (
    SALT_DEPLETION_EVENT,
    SALT_DEPLETION_FRACTION,
    with_salt_depletion_event,
)
from pybamm_beyondli.workflows.simulation import run_experiment


def _cold_discharge_then_rest() -> pybamm.Experiment:
    return pybamm.Experiment([(
        pybamm.step.string("Discharge at 1C until 1.5 V", temperature="0oC"),
        pybamm.step.rest(3600, temperature="25oC"),
    )])


def _lowest_concentration(solution: pybamm.Solution) -> np.ndarray:
    return np.asarray(solution["Electrolyte concentration [mol.m-3]"].entries).min(axis=0)


def test_salt_exhausted_at_0_degC_stops_the_run_by_name(time_limit):
    """The common Na-ion design at 1C and 0 degC exhausts its salt: the discharge stops on
    the named event when the lowest concentration reaches 0.1 % of the initial one (the
    rest after it is not run); it never went below that."""
    with time_limit(120):
        run = run_experiment(pybamm.lithium_ion.DFN(),
                             pybamm.ParameterValues("NaIon_LayeredOxide_HardCarbon"),
                             _cold_discharge_then_rest())
    assert run.termination == f"event: {SALT_DEPLETION_EVENT}"
    lowest = _lowest_concentration(run.solution)
    c_0 = pybamm.ParameterValues("NaIon_LayeredOxide_HardCarbon")[
        "Initial concentration in electrolyte [mol.m-3]"]
    assert lowest[-1] == pytest.approx(SALT_DEPLETION_FRACTION * c_0, rel=1e-3)
    assert lowest.min() >= lowest[-1] * (1 - 1e-6)
    assert depletion_onset(run.solution) is None  # it never reached 0


def test_salt_exhausted_in_a_first_step_is_named(time_limit):
    """A 2C discharge of the Prussian-white design to 1.5 V exhausts the salt in its
    positive electrode; without the event IDA fails ~430 s later with c_e < 0 and the run
    has no solution. It now ends on the event with the discharge up to then."""
    with time_limit(120):
        run = run_experiment("DFN", "NaIon_PrussianWhite_HardCarbon",
                             ["Discharge at 2C until 1.5 V"])
    assert run.termination == f"event: {SALT_DEPLETION_EVENT}"
    assert run.solution["Voltage [V]"].entries[-1] > 1.5
    assert _lowest_concentration(run.solution).min() > 0


def test_the_event_leaves_the_callers_model_alone():
    model = pybamm.lithium_ion.DFN()
    events = [event.name for event in model.events]
    with_event = with_salt_depletion_event(model)
    assert [event.name for event in model.events] == events
    assert [event.name for event in with_event.events] == events + [SALT_DEPLETION_EVENT]
    assert with_salt_depletion_event(with_event) is with_event  # added once


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
