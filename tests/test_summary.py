"""Coulombic efficiency per cycle as summary variables (pybamm_beyondli.summary)."""

import os

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "1")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pybamm  # noqa: E402
import pytest  # noqa: E402

import pybamm_beyondli.validation.metal_anode as metal_anode_validation  # noqa: E402
from pybamm_beyondli.errors import InputError  # noqa: E402
from pybamm_beyondli.models.metal_anode import MetalAnodeSPM  # noqa: E402
from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell  # noqa: E402
from pybamm_beyondli.runner import run_and_save  # noqa: E402
from pybamm_beyondli.simulation import run_experiment  # noqa: E402
from pybamm_beyondli.summary import (  # noqa: E402
    MetalCellSummaryVariables,
    add_coulombic_efficiency,
    coulombic_efficiency,
    cycle_table,
)

CE = "Negative electrode Coulombic efficiency"
CE_METAL = "Negative electrode Coulombic efficiency, metal basis"
DEAD = 0.1  # dead fraction: every full strip returns 1 - f of the plated charge


@pytest.fixture(scope="module")
def anode_free_solution() -> pybamm.Solution:
    """Three full plate/strip cycles of an anode-free cell with a dead fraction of 0.1."""
    pv = metal_anode_validation.anode_free_parameters(**{"Dead metal fraction": DEAD})
    experiment = pybamm.Experiment([metal_anode_validation.CYCLE] * 3)
    return pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv,
                             experiment=experiment).solve()


def test_ce_is_a_summary_variable_beside_pybamms(anode_free_solution):
    sol = anode_free_solution
    dead_before = list(sol.summary_variables["Negative electrode dead metal [mol.m-2]"])
    assert add_coulombic_efficiency(sol) is sol
    summary = sol.summary_variables
    assert isinstance(summary, MetalCellSummaryVariables)  # PyBaMM took the replacement
    # full strips of an anode-free cell: stripped = (1 - f) plated, on both bases
    assert summary[CE] == pytest.approx([1 - DEAD] * 3, abs=2e-4)
    assert summary[CE_METAL] == pytest.approx([1 - DEAD] * 3, abs=2e-4)
    assert summary[CE] == pytest.approx(list(coulombic_efficiency(sol)), rel=1e-12)
    # the ratio of PyBaMM's own per-cycle changes
    stripped = summary["Change in negative electrode stripping charge [A.h.m-2]"]
    plated = summary["Change in negative electrode plating charge [A.h.m-2]"]
    assert summary[CE] == pytest.approx(np.divide(stripped, plated), rel=1e-12)
    # PyBaMM's summary variables are untouched and listed with ours
    assert summary["Negative electrode dead metal [mol.m-2]"] == pytest.approx(dead_before)
    assert list(summary.cycle_number) == [1, 2, 3]
    everything = summary.get_summary_variables()
    assert {CE, CE_METAL} <= set(everything) and "Change in time [s]" in everything
    assert "Positive electrode Coulombic efficiency" not in everything  # no metal there
    axes = pybamm.plot_summary_variables(sol, [CE, CE_METAL], show_plot=False)
    assert axes.flat[0].lines[0].get_ydata() == pytest.approx(summary[CE])
    assert axes.flat[1].get_ylabel() == CE_METAL


def test_cycle_table_has_one_row_per_cycle(anode_free_solution):
    sol = add_coulombic_efficiency(anode_free_solution)
    table = cycle_table(sol)
    assert list(table["Cycle number"]) == [1, 2, 3]
    assert table[CE].to_numpy() == pytest.approx(sol.summary_variables[CE])
    assert table["Negative electrode dead metal [mol.m-2]"].is_monotonic_increasing
    assert "Change in negative electrode plating charge [A.h.m-2]" in table


def test_bad_solutions_are_refused_by_name():
    model = MetalAnodeSPM()
    sim = pybamm.Simulation(model, parameter_values=pybamm.ParameterValues(
        "LiMetal_NMC_Xu2019"))
    no_experiment = sim.solve([0, 600])
    with pytest.raises(InputError, match="solution: .*pybamm.Experiment"):
        add_coulombic_efficiency(no_experiment)
    with pytest.raises(InputError, match="solution: .*pybamm.Experiment"):
        coulombic_efficiency(no_experiment)
    li_ion = pybamm.Simulation(pybamm.lithium_ion.SPM(), experiment=pybamm.Experiment(
        ["Discharge at 1C for 1 minute"])).solve()
    with pytest.raises(InputError, match="'Single Particle Model' has no metal electrode"):
        add_coulombic_efficiency(li_ion)


def test_bad_electrode_and_basis(anode_free_solution):
    with pytest.raises(InputError, match=r"electrode 'positive' is not allowed; use one of "
                                         r"\['negative'\]"):
        coulombic_efficiency(anode_free_solution, electrode="positive")
    with pytest.raises(InputError, match="basis 'coulomb' is not allowed"):
        coulombic_efficiency(anode_free_solution, basis="coulomb")


def test_run_experiment_adds_ce_for_metal_cells_only():
    licu = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                          [("Discharge at 1 mA for 30 minutes", "Charge at 1 mA until 1 V")] * 2)
    summary = licu.summary_variables
    f = pybamm.ParameterValues("LiCu_Carbonate")["Dead metal fraction"]
    # the Cu side plates then strips to 1 V: it returns 1 - f
    assert summary["Positive electrode Coulombic efficiency"] == pytest.approx([1 - f] * 2,
                                                                               abs=1e-4)
    # the Li side gives Q and gets back the (1 - f) Q the Cu returns: the cycler counts
    # 1 / (1 - f); its own metal loses nothing in cycle 1 (foil, not deposit, is stripped)
    # and f of the deposit plated in cycle 1 when cycle 2 strips it
    li = summary["Negative electrode Coulombic efficiency"]
    assert li == pytest.approx([1 / (1 - f)] * 2, rel=1e-4)
    assert li == pytest.approx(list(coulombic_efficiency(licu, "negative")), rel=1e-12)
    assert summary["Negative electrode Coulombic efficiency, metal basis"] == pytest.approx(
        [1, 1 - f], abs=1e-4)
    naion = run_experiment("SPM", "NaIon_Chayambuka2022", ["Discharge at 1C for 1 minute"])
    assert not isinstance(naion.summary_variables, MetalCellSummaryVariables)


def test_runs_of_several_cycles_write_a_cycle_table(tmp_path):
    steps = [("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")] * 2
    result = run_and_save(MetalSymmetricCell(), "LiCu_Carbonate", steps, tmp_path, "licu")
    assert result.cycles_csv == tmp_path / "licu_cycles.csv"
    assert str(result.cycles_csv) in "\n".join(result.lines("licu", "here"))
    table = pd.read_csv(result.cycles_csv)
    assert list(table["Cycle number"]) == [1, 2]
    f = pybamm.ParameterValues("LiCu_Carbonate")["Dead metal fraction"]
    assert table["Positive electrode Coulombic efficiency"].to_numpy() == pytest.approx(
        [1 - f] * 2, abs=1e-4)
    one = run_and_save(MetalSymmetricCell(), "LiCu_Carbonate",
                       ["Discharge at 1 mA for 10 minutes"], tmp_path, "one")
    assert one.cycles_csv is None and not (tmp_path / "one_cycles.csv").exists()


@pytest.mark.parametrize("last_complete", [True, False])
def test_a_cycle_cut_short_has_no_efficiency(last_complete):
    """The Li foil of a Li|Cu cell runs out while plating the Cu in cycle 3: that cycle
    never stripped, so its stripping/plating ratio (round-off) is no CE; NaN, like a rest."""
    values = pybamm.ParameterValues("LiCu_Carbonate")
    values["Negative electrode initial metal thickness [m]"] = 2.9e-6 if not last_complete \
        else 50e-6
    cycle = ("Discharge at 1 mA for 30 minutes", "Charge at 1 mA until 1 V")
    steps = [cycle, ("Rest for 10 minutes",), cycle, cycle]
    sol = run_experiment(MetalSymmetricCell(), values, steps)
    ce = sol.summary_variables["Positive electrode Coulombic efficiency"]
    f = values["Dead metal fraction"]
    assert ce[0] == pytest.approx(1 - f, abs=1e-4) and np.isnan(ce[1])  # the rest
    if last_complete:
        assert "[experiment]" in sol.termination
        assert ce[2:] == pytest.approx([1 - f] * 2, abs=1e-4)
    else:
        assert sol.termination == "event: negative electrode metal exhausted"
        assert ce[2] == pytest.approx(1 - f, abs=1e-4) and np.isnan(ce[3])
        plated = sol.summary_variables["Change in positive electrode plating charge [A.h.m-2]"]
        assert plated[3] > 0  # PyBaMM's own changes still show what the cycle passed
        assert np.isnan(coulombic_efficiency(sol, "positive")[3])


def test_a_continued_run_gets_its_efficiencies_again(anode_free_solution):
    """PyBaMM rebuilds its summary variables when a run is continued; adding them again
    covers every cycle, the first three unchanged."""
    first = add_coulombic_efficiency(anode_free_solution).summary_variables[CE]
    pv = metal_anode_validation.anode_free_parameters(**{"Dead metal fraction": DEAD})
    sim = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv,
                            experiment=pybamm.Experiment([metal_anode_validation.CYCLE] * 2))
    continued = sim.solve(starting_solution=anode_free_solution)
    assert not isinstance(continued.summary_variables, MetalCellSummaryVariables)
    ce = add_coulombic_efficiency(continued).summary_variables[CE]
    assert ce[:3] == pytest.approx(first, rel=1e-9)
    assert ce[3:] == pytest.approx([1 - DEAD] * 2, abs=2e-4)


def test_anode_free_protocol_reports_its_efficiencies():
    """The anode-free protocol strips 40 % of the first charge per cycle and plates it back:
    the cycler sees CE = 1 while the metal loses f/(1 - f) of each strip as dead Li
    (metal-basis CE = 1 - f/(1 - f)); the run ends at exhaustion in cycle 14."""
    from pybamm_beyondli.experiments import anode_free_cycling as protocol

    sol = run_experiment(protocol.MODEL, protocol.PARAMETERS, protocol.experiment())
    f = pybamm.ParameterValues(protocol.PARAMETERS)["Dead metal fraction"]
    line = protocol.summary(sol)
    assert line.startswith("14 cycles, event: metal anode exhausted; CE cycler 1.0000; ")
    assert f"CE metal basis {1 - f / (1 - f):.4f} (whole cycles after the first)" in line
