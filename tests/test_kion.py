"""The K-ion and Na-ion design sets and the K-metal half cell run in every model they are
for, and the reduced models agree with the DFN at C/10."""

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.protocol_registry import get_protocol
from pybamm_beyondli.workflows.simulation import run_experiment

FULL_CELLS = {"KIon_Graphite_KVPO4F": 3.0, "NaIon_PrussianWhite_HardCarbon": 2.0,
              "NaIon_LayeredOxide_HardCarbon": 1.5, "LiIon_Graphite_NMC811": 2.5}


@pytest.fixture(scope="module")
def kion_c10():
    return {model: run_experiment(model, "KIon_Graphite_KVPO4F",
                                  ["Discharge at C/10 until 3.0 V"]).solution
            for model in ("DFN", "SPMe", "SPM")}


@pytest.mark.parametrize("model", ["DFN", "SPMe", "SPM"])
def test_kion_runs_to_cut_off_and_agrees_with_dfn(kion_c10, model):
    solution = kion_c10[model]
    assert solution["Voltage [V]"].entries[-1] == pytest.approx(3.0, abs=1e-3)
    q = solution["Discharge capacity [A.h]"].entries[-1]
    assert q == pytest.approx(
        kion_c10["DFN"]["Discharge capacity [A.h]"].entries[-1], rel=0.01)


@pytest.mark.parametrize("model", ["MetalAnodeDFN", "MetalAnodeSPMe", "MetalAnodeSPM"])
def test_k_metal_half_cell_runs_a_cycle(model):
    run = run_experiment(model, "KMetal_KVPO4F",
                         [("Discharge at C/2 until 3.0 V", "Charge at C/2 until 4.6 V")])
    charge = run.solution.cycles[0].steps[-1]
    assert charge["Voltage [V]"].entries[-1] == pytest.approx(4.6, abs=1e-3)
    assert run.cycles is not None  # the metal cell's per-cycle table


@pytest.mark.parametrize("name, lower", FULL_CELLS.items())
def test_design_sets_deliver_their_nominal_capacity_at_c10(name, lower):
    import pybamm

    nominal = pybamm.ParameterValues(name)["Nominal cell capacity [A.h]"]
    solution = run_experiment("SPMe", name, [f"Discharge at C/10 until {lower} V"]).solution
    assert solution["Discharge capacity [A.h]"].entries[-1] == pytest.approx(nominal, rel=0.1)


@pytest.mark.parametrize("protocol_name", [
    "kion_rate_capability", "kmetal_kvpo4f_rate_capability",
    "prussian_white_rate_capability", "layered_oxide_rate_capability"])
def test_rate_capability_protocol_discharges_start_alike_and_fall_with_rate(protocol_name):
    """Every discharge of a design set's rate-capability protocol follows the same standard
    charge, so each starts at the same open-circuit voltage (the first may start higher: the
    set's charged state is the equilibrium at the upper cut-off, which a hold ended at C/50
    approaches from below), and the capacity falls with rate (C/10 > C/2 > 1C > 2C)."""
    protocol = get_protocol(protocol_name)
    solution = run_experiment(protocol.model, protocol.parameters,
                              protocol.experiment()).solution
    discharges = [cycle.steps[-1] for cycle in solution.cycles]
    assert len(discharges) == len(protocol.module.RATES)
    rest_voltages = [cycle.steps[-2]["Voltage [V]"].entries[-1] for cycle in solution.cycles]
    upper = pybamm.ParameterValues(protocol.parameters)["Upper voltage cut-off [V]"]
    assert np.ptp(rest_voltages[1:]) < 1e-3, rest_voltages
    assert rest_voltages[1] - 1e-3 < rest_voltages[0] <= upper + 1e-6, rest_voltages
    capacities = [float(np.ptp(step["Discharge capacity [A.h]"].entries))
                  for step in discharges]
    assert np.all(np.diff(capacities) < 0), capacities


@pytest.mark.parametrize("parameter_set", list(FULL_CELLS))
def test_design_set_starts_inside_its_voltage_window(parameter_set):
    """The charged state a design set starts in has an open-circuit voltage between its
    cut-offs (a set charged beyond its upper cut-off would end a charge before it began)."""
    values = pybamm.ParameterValues(parameter_set)
    ocv = {}
    for domain in ("negative", "positive"):
        x = (values[f"Initial concentration in {domain} electrode [mol.m-3]"]
             / values[f"Maximum concentration in {domain} electrode [mol.m-3]"])
        ocp = values[f"{domain.capitalize()} electrode OCP [V]"]
        ocv[domain] = float(np.ravel(ocp(pybamm.Scalar(x)).evaluate())[0])
    voltage = ocv["positive"] - ocv["negative"]
    lower, upper = values["Lower voltage cut-off [V]"], values["Upper voltage cut-off [V]"]
    assert lower < voltage <= upper + 1e-9, (voltage, lower, upper)
