"""Coulombic efficiency per cycle as summary variables (pybamm_beyondli.results.cycles)."""

import numpy as np
import pandas as pd
import pybamm
import pytest

import pybamm_beyondli.validation.metal_anode as metal_anode_validation
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.metal_anode import MetalAnodeSPM
from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell
from pybamm_beyondli.results.cycles import (
    MetalCellSummaryVariables,
    add_coulombic_efficiency,
    coulombic_efficiency,
    cycle_table,
)
from pybamm_beyondli.workflows.runner import run_and_save
from pybamm_beyondli.workflows.simulation import run_experiment

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
    assert "Time [h]" in summary.all_variables
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
    """The Li foil of a Li|Cu cell runs out while plating the Cu in the last cycle (the 4th):
    that cycle never stripped, so its stripping/plating ratio (round-off) is no CE; NaN, like
    a rest."""
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
    assert line.startswith("14 cycles, event: metal anode exhausted; CE cycler 1.0000, ")
    assert f"metal {1 - f / (1 - f):.4f} (12 of 13 cycles from cycle 2)" in line


def test_a_step_that_runs_to_pybamms_default_duration_ends_its_cycle_without_a_ce():
    """"Discharge ... until -1 V" never ends in a Li|Li cell: PyBaMM stops the step at its
    24 h default duration with the termination "final time". run_experiment names the
    cause, and the cut cycle has no CE; with a plain solve, passing the experiment lets
    the step count show it."""
    from pybamm_beyondli.results.cycles import last_cycle_complete

    experiment = pybamm.Experiment(
        [("Discharge at 0.05 mA until -1 V", "Charge at 0.05 mA for 10 hours")] * 2)
    sol = run_experiment(MetalSymmetricCell(), "LiLi_Symmetric_Carbonate", experiment)
    assert sol.termination.startswith("cycle 1, step 1 ('Discharge at 0.05 mA until -1 V') "
                                      "ran PyBaMM's default duration (24 h)")
    assert np.isnan(sol.summary_variables["Positive electrode Coulombic efficiency"]).all()
    plain = pybamm.Simulation(MetalSymmetricCell(), parameter_values=pybamm.ParameterValues(
        "LiLi_Symmetric_Carbonate"), experiment=experiment).solve()
    assert plain.termination == "final time"
    assert last_cycle_complete(plain) and not last_cycle_complete(plain, experiment)
    add_coulombic_efficiency(plain, experiment)
    assert np.isnan(plain.summary_variables["Positive electrode Coulombic efficiency"]).all()


def test_two_metal_electrodes_need_the_electrode_named(anode_free_solution):
    licu = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                          [("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")])
    with pytest.raises(InputError, match=r"electrode None is not allowed; use one of "
                                         r"\['negative', 'positive'\] \(two metal electrodes"):
        coulombic_efficiency(licu)
    # one metal electrode: it is the default
    assert coulombic_efficiency(anode_free_solution) == pytest.approx(
        list(coulombic_efficiency(anode_free_solution, "negative")), nan_ok=True)


def test_cycle_table_computes_the_efficiencies_itself(anode_free_solution):
    """A plain solve (no add_coulombic_efficiency yet) still gets its CE columns; a
    solution without cycles is refused by name."""
    pv = metal_anode_validation.anode_free_parameters(**{"Dead metal fraction": DEAD})
    plain = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv, experiment=pybamm.Experiment(
        [metal_anode_validation.CYCLE] * 2)).solve()
    table = cycle_table(plain)
    assert table[CE_METAL].to_numpy() == pytest.approx([1 - DEAD] * 2, abs=2e-4)
    assert not isinstance(plain.summary_variables, MetalCellSummaryVariables)  # not changed
    no_cycles = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pybamm.ParameterValues(
        "LiMetal_NMC_Xu2019")).solve([0, 60])
    with pytest.raises(InputError, match="solution: .* needs the solution of a pybamm.Experiment"):
        cycle_table(no_cycles)


def test_lithium_totals_that_leave_the_metal_out_are_not_summary_variables():
    """PyBaMM's "Total lithium [mol]" counts particles and electrolyte only: after the first
    charge of an anode-free cell it reads the plated Li as lost (90 % "Loss of lithium
    inventory"). The metal models keep "Total metal inventory [mol.m-2]" instead."""
    from pybamm_beyondli.models.metal_anode import NOT_METAL_AWARE

    model = MetalAnodeSPM()
    assert not set(NOT_METAL_AWARE) & set(model.summary_variables)
    assert set(NOT_METAL_AWARE) <= set(model.variables)  # still there for who wants them
    assert "Total metal inventory [mol.m-2]" in model.summary_variables
    # PyBaMM's throughput energy is 0 unless its "calculate discharge energy" option is on
    assert "Throughput energy [W.h]" not in model.summary_variables
    assert "Throughput energy [W.h]" in MetalAnodeSPM(
        {"calculate discharge energy": "true"}).summary_variables
    assert {"Time [s]", "Time [h]"} <= set(MetalSymmetricCell().summary_variables)


def test_capacity_termination_is_refused_by_name():
    experiment = pybamm.Experiment([("Charge at C/2 until 4.2 V", "Discharge at C/2 for 48 "
                                     "minutes")] * 3, termination="80% capacity")
    with pytest.raises(InputError, match="experiment termination '80% capacity' is not "
                                         "allowed for MetalAnodeSPM"):
        run_experiment("MetalAnodeSPM", "AnodeFree_NMC_Xu2019", experiment)


def test_efficiency_line_names_each_electrode_and_both_bases():
    from pybamm_beyondli.results.cycles import efficiency_line

    licu = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                          [("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")] * 2)
    assert efficiency_line(licu) == ("negative CE cycler 1.1111, metal 0.9000-1.0000 (2 of 2 "
                                     "cycles); positive CE cycler 0.9000, metal 0.9000 (2 of 2 "
                                     "cycles)")


class _FailingSolver(pybamm.IDAKLUSolver):
    """IDAKLU that raises a solver error on its ``fail_at``-th step (counted over copies)."""

    calls = 0
    fail_at = 0

    def step(self, *args, **kwargs):
        type(self).calls += 1
        if type(self).calls == type(self).fail_at:
            raise pybamm.SolverError("injected failure")
        return super().step(*args, **kwargs)


@pytest.mark.parametrize(("fail_at", "expected"), [
    (3, [0.9]),  # cycle 2 fails in its first step: PyBaMM keeps cycle 1 only, which finished
    (4, [0.9, np.nan]),  # cycle 2 fails in its second step: kept, but cut
])
def test_a_solver_failure_blanks_only_the_cycle_it_cut(fail_at, expected):
    _FailingSolver.calls, _FailingSolver.fail_at = 0, fail_at
    cycle = ("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")
    sol = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate", [cycle] * 3,
                         solver=_FailingSolver())
    assert sol.termination.startswith(f"solver error in cycle 2, step {fail_at - 2}")
    ce = sol.summary_variables["Positive electrode Coulombic efficiency"]
    assert ce == pytest.approx(expected, abs=1e-4, nan_ok=True)


def test_a_time_limit_at_a_cycle_end_keeps_that_cycles_ce():
    """The experiment's time limit stops the run after cycle 1's two 30-minute steps: that
    cycle ran all its steps (run_experiment's CycleCompletion sees it); with a limit inside
    the second step the cycle is cut."""
    steps = [("Discharge at 1 mA for 30 minutes", "Charge at 1 mA for 30 minutes")] * 3
    f = 1 - pybamm.ParameterValues("LiLi_Symmetric_Carbonate")["Dead metal fraction"]
    for limit, expected in (("1 hour", [f]), ("50 minutes", [np.nan])):
        sol = run_experiment(MetalSymmetricCell(), "LiLi_Symmetric_Carbonate",
                             pybamm.Experiment(steps, termination=limit))
        assert sol.termination == "experiment time limit reached"
        ce = sol.summary_variables["Positive electrode Coulombic efficiency, metal basis"]
        assert ce == pytest.approx(expected, abs=1e-4, nan_ok=True)


def test_a_rest_pybamm_pads_past_the_time_limit_does_not_cut_the_cycle():
    """Steps with start times: PyBaMM pads a rest after the charge (which ended at 1 V) up to
    the next start, past the 30-minute limit. The cycle ran all its steps to their ends."""
    from datetime import datetime

    def cycle(hour):
        return (pybamm.step.string("Discharge at 1 mA for 10 minutes",
                                   start_time=datetime(2026, 1, 1, hour)),
                pybamm.step.string("Charge at 1 mA until 1 V"))

    sol = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                         pybamm.Experiment([cycle(0), cycle(1)], termination="30 minutes"))
    assert sol.termination == "experiment time limit reached"
    f = pybamm.ParameterValues("LiCu_Carbonate")["Dead metal fraction"]
    assert sol.summary_variables["Positive electrode Coulombic efficiency"] == pytest.approx(
        [1 - f], abs=1e-4)


def test_a_time_limit_inside_an_until_step_is_named_as_such():
    steps = [("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")] * 2
    sol = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                         pybamm.Experiment(steps, termination="15 minutes"))
    assert sol.termination == ("experiment time limit reached in cycle 1, step 2 ('Charge at "
                               "1 mA until 1 V')")
    assert np.isnan(sol.summary_variables["Positive electrode Coulombic efficiency"]).all()


def test_pybamms_crash_after_a_solver_error_is_a_simulation_error():
    """With a voltage termination PyBaMM 26 reads the voltage of a cycle whose first step
    failed and crashes (TypeError); run_experiment names the failed step instead."""
    from pybamm_beyondli.workflows.simulation import SimulationError

    _FailingSolver.calls, _FailingSolver.fail_at = 0, 3
    cycle = ("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")
    with pytest.raises(SimulationError, match=r"solver error in cycle 2, step 1 .*injected "
                                              r"failure; PyBaMM then could not finish"):
        run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                       pybamm.Experiment([cycle] * 3, termination="-1 V"), solver=_FailingSolver())
