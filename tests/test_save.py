"""Simulations, solutions and parameter sets of this package can be pickled, as PyBaMM's
own can: ``Solution.save``/``Simulation.save`` and ``pybamm.load`` round-trip them."""

import math
import pickle

import pybamm
import pytest

import pybamm_beyondli  # noqa: F401  (registers the models)
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import check_value
from pybamm_beyondli.parameters.functions import power_law_dead_fraction

CYCLE = ("Discharge at 1 mA for 10 minutes", "Charge at 1 mA for 10 minutes")


@pytest.mark.parametrize(("model", "parameters"), [
    ("MetalAnodeSPM", "LiMetal_NMC_Xu2019"),
    ("MetalAnodeDFN", "AnodeFree_NMC_Xu2019"),
    ("MetalSymmetricCell", "LiLi_Symmetric_Carbonate"),
    ("MetalSymmetricCell", "NaCu_Carbonate"),
])
def test_simulation_and_solution_round_trip(model, parameters, tmp_path):
    values = pybamm.ParameterValues(parameters)
    cycle = CYCLE[::-1] if parameters.startswith("AnodeFree") else CYCLE  # plate first
    sim = pybamm.Simulation(pybamm.Model(model), parameter_values=values,
                            experiment=pybamm.Experiment([cycle]))
    solution = sim.solve()
    solution.save(tmp_path / "solution.pkl")
    loaded = pybamm.load(tmp_path / "solution.pkl")
    assert loaded["Voltage [V]"].entries == pytest.approx(solution["Voltage [V]"].entries)
    sim.save(tmp_path / "simulation.pkl")
    again = pybamm.load(tmp_path / "simulation.pkl").solve()
    assert again["Voltage [V]"].entries[-1] == pytest.approx(
        solution["Voltage [V]"].entries[-1], rel=1e-6)


def test_dead_fraction_laws_pickle_and_keep_their_values():
    law = pickle.loads(pickle.dumps(power_law_dead_fraction(0.1, beta=0.5, m=1.0)))
    f = law(pybamm.Scalar(40.0), pybamm.Scalar(10e-9), pybamm.Scalar(298.15)).evaluate()
    assert float(f) == pytest.approx(0.1 * (40 / 10) ** 0.5 * (5e-9 / 10e-9))


def test_a_nan_value_is_never_allowed():
    name = "Negative electrode dead metal fraction"
    with pytest.raises(InputError, match=f"'{name}' = nan is not allowed"):
        check_value(name, math.nan)


@pytest.mark.parametrize("parameters", ["LiLi_Symmetric_Carbonate", "NaCu_Carbonate",
                                        "LiMetal_NMC_Xu2019", "AnodeFree_NMC_Xu2019"])
def test_parameter_sets_round_trip_through_pybamms_json(parameters):
    """PyBaMM's to_json traces each function through its signature: the Arrhenius wrapper
    shows the wrapped function's, and the traced j0 keeps its values."""
    values = pybamm.ParameterValues(parameters)
    back = pybamm.ParameterValues.from_json(values.to_json())
    name = next(k for k in values if "xchange-current density" in k and "metal" in k)
    inputs = {"Electrolyte concentration [mol.m-3]": pybamm.Scalar(800.0),
              "Temperature [K]": pybamm.Scalar(310.0)}
    if "lithium metal electrode" in name:  # PyBaMM's (c_e, c_Li, T)
        inputs = {"Electrolyte concentration [mol.m-3]": pybamm.Scalar(800.0),
                  "Lithium metal concentration [mol.m-3]": pybamm.Scalar(7.7e4),
                  "Temperature [K]": pybamm.Scalar(310.0)}
    j0 = pybamm.FunctionParameter(name, inputs)
    expected = float(values.process_symbol(j0).evaluate())
    assert float(back.process_symbol(j0).evaluate()) == pytest.approx(expected, rel=1e-12)
    assert expected > 0
