"""A run whose liquid electrolyte runs out of salt names that cause when the solver then fails."""

import numpy as np
import pybamm

from pybamm_beyondli.results.depletion import depletion_onset
from pybamm_beyondli.workflows.simulation import run_experiment


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
