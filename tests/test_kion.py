"""The K-ion and Na-ion design sets and the K-metal half cell run in every model they are
for, and the reduced models agree with the DFN at C/10."""

import pytest

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
