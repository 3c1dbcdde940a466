"""The per-cycle table (pybamm_beyondli.results.cycles): model-declared quantities, the
Coulombic efficiencies of the metal cells, the judge of cycle completeness, one batch of
evaluations, and the same values as the table of commit dd9c6c0."""

import cycle_table_dd9c6c0 as reference
import numpy as np
import pandas as pd
import pybamm
import pytest

import pybamm_beyondli.validation.metal_anode as metal_anode_validation
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.cycle_quantities import (
    ChangeOverCycle,
    Efficiency,
    EndOfCycle,
    plating_electrode_quantities,
)
from pybamm_beyondli.models.metal_anode import (
    MetalAnodeSPM,
    dead_fraction_from_coulombic_efficiency,
)
from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell
from pybamm_beyondli.results import (
    coulombic_efficiency,
    cycle_table,
    efficiency_line,
    last_cycle_complete,
)
from pybamm_beyondli.workflows.runner import run_and_save
from pybamm_beyondli.workflows.simulation import run_experiment

CE = "Negative electrode Coulombic efficiency"
CE_METAL = "Negative electrode Coulombic efficiency, metal basis"
CU_CE = "Positive electrode Coulombic efficiency"
DEAD = 0.1  # dead fraction: every full strip returns 1 - f of the plated charge
LICU_CYCLE = ("Discharge at 1 mA for 10 minutes", "Charge at 1 mA until 1 V")
#: The cycle of benchmarks/run.py's anode-free case (SEI on the metal, CE 0.9995)
BENCHMARK_CYCLE = ("Charge at C/2 until 4.2 V", "Hold at 4.2 V until C/50",
                   "Discharge at C/2 for 48 minutes or until 3.5 V")


def _anode_free(cycles: int, **kwargs) -> pybamm.Simulation:
    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode dead metal fraction": DEAD})
    return pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv, experiment=pybamm.Experiment(
        [metal_anode_validation.CYCLE] * cycles), **kwargs)


@pytest.fixture(scope="module")
def anode_free_solution() -> pybamm.Solution:
    """Three full plate/strip cycles of an anode-free cell with a dead fraction of 0.1."""
    return _anode_free(3).solve()


@pytest.fixture(scope="module")
def exhaustion_run():
    """The anode_free_cycling protocol: it ends at exhaustion, inside cycle 14."""
    from pybamm_beyondli.experiments import anode_free_cycling as protocol

    return run_experiment(protocol.MODEL, protocol.PARAMETERS, protocol.experiment())


def _benchmark_case(n_cycles: int) -> tuple[pybamm.Solution, pybamm.Experiment]:
    """benchmarks/run.py's anode-free run (SPM + SEI), ``n_cycles`` cycles."""
    pv = pybamm.ParameterValues("AnodeFree_NMC_Xu2019")
    pv.update(dead_fraction_from_coulombic_efficiency(0.9995))
    experiment = pybamm.Experiment([BENCHMARK_CYCLE] * n_cycles)
    sim = pybamm.Simulation(MetalAnodeSPM({"SEI": "reaction limited"}), parameter_values=pv,
                            experiment=experiment)
    return sim.solve(), experiment


# -- the same values as dd9c6c0's table ---------------------------------------------------------
def _reference_cases(exhaustion_run):
    licu_experiment = pybamm.Experiment([LICU_CYCLE] * 3)
    licu = pybamm.Simulation(MetalSymmetricCell(), parameter_values=pybamm.ParameterValues(
        "LiCu_Carbonate"), experiment=licu_experiment).solve()
    return {"benchmark protocol, 8 cycles": _benchmark_case(8),
            "Li|Cu, two plating electrodes": (licu, licu_experiment),
            "anode-free to exhaustion (last cycle cut)": (exhaustion_run.solution,
                                                          exhaustion_run.experiment)}


def test_the_table_has_the_values_of_the_branch_point_table(exhaustion_run):
    """Every column of dd9c6c0's table (PyBaMM's summary variables evaluated per cycle, the
    efficiencies from their changes), in the same order, within 1e-12."""
    for case, (solution, experiment) in _reference_cases(exhaustion_run).items():
        old = reference.cycle_table(solution, experiment)
        new = cycle_table(solution, experiment)
        assert list(new.columns) == list(old.columns), case
        for column in old.columns:
            expected, got = old[column].to_numpy(dtype=float), new[column].to_numpy(dtype=float)
            assert np.array_equal(np.isnan(got), np.isnan(expected)), (case, column)
            finite = np.isfinite(expected)
            np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-12, atol=1e-12,
                                       err_msg=f"{case}: {column}")
        assert new[CU_CE if "Cu" in case else CE].notna().any()


# -- Coulombic efficiency -------------------------------------------------------------------
def test_full_strips_give_one_minus_f_on_both_bases(anode_free_solution):
    sol = anode_free_solution
    table = cycle_table(sol)
    assert table[CE].to_numpy() == pytest.approx([1 - DEAD] * 3, abs=2e-4)
    assert table[CE_METAL].to_numpy() == pytest.approx([1 - DEAD] * 3, abs=2e-4)
    # the ratio of the per-cycle changes of the plating and stripping charge
    stripped = table["Change in negative electrode stripping charge [A.h.m-2]"]
    plated = table["Change in negative electrode plating charge [A.h.m-2]"]
    assert table[CE].to_numpy() == pytest.approx((stripped / plated).to_numpy(), rel=1e-12)
    assert coulombic_efficiency(table) == pytest.approx(table[CE].to_numpy(), rel=1e-12)


def test_the_solution_is_left_as_pybamm_made_it(anode_free_solution):
    """No write to PyBaMM's state: its summary variables stay its own, and
    pybamm.plot_summary_variables shows them."""
    sol = anode_free_solution
    table = cycle_table(sol)
    summary = sol.summary_variables
    assert type(summary) is pybamm.SummaryVariables
    assert CE not in summary.all_variables
    dead = "Negative electrode dead metal [mol.m-2]"
    assert summary[dead] == pytest.approx(table[dead].to_numpy(), rel=1e-12)
    active = "Negative electrode active metal [mol.m-2]"
    axes = pybamm.plot_summary_variables(sol, [dead, active], show_plot=False)
    assert axes.flat[0].lines[0].get_ydata() == pytest.approx(table[dead].to_numpy())
    assert axes.flat[1].get_ylabel() == active


def test_cycle_table_has_one_row_per_cycle(anode_free_solution):
    table = cycle_table(anode_free_solution)
    assert list(table["Cycle number"]) == [1, 2, 3]
    assert table.columns[0] == "Cycle number"
    assert table["Negative electrode dead metal [mol.m-2]"].is_monotonic_increasing
    # PyBaMM's summary variables with their changes, then the declared quantities
    pybamm_names = anode_free_solution.summary_variables.all_variables
    assert list(table.columns[1:len(pybamm_names) + 1]) == pybamm_names
    assert list(table.columns[len(pybamm_names) + 1:]) == [CE, CE_METAL]


def test_bad_solutions_are_refused_by_name():
    sim = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pybamm.ParameterValues(
        "LiMetal_NMC_Xu2019"))
    no_experiment = sim.solve([0, 600])
    with pytest.raises(InputError, match="solution: the per-cycle table needs the solution of "
                                         "a pybamm.Experiment"):
        cycle_table(no_experiment)
    with pytest.raises(InputError, match="solution: .*pybamm.Experiment.*got a dict"):
        last_cycle_complete({})
    li_ion = pybamm.Simulation(pybamm.lithium_ion.SPM(), experiment=pybamm.Experiment(
        ["Discharge at 1C for 1 minute"])).solve()
    table = cycle_table(li_ion)  # PyBaMM's own summary, and no efficiency
    assert "Change in throughput capacity [A.h]" in table
    with pytest.raises(InputError, match="no Coulombic efficiency column"):
        coulombic_efficiency(table)


def test_bad_electrode_and_basis(anode_free_solution):
    table = cycle_table(anode_free_solution)
    with pytest.raises(InputError, match=r"electrode 'positive' is not allowed; use one of "
                                         r"\['negative'\]"):
        coulombic_efficiency(table, electrode="positive")
    with pytest.raises(InputError, match="basis 'coulomb' is not allowed"):
        coulombic_efficiency(table, basis="coulomb")


def test_run_experiment_gives_the_efficiencies_of_metal_cells_only():
    licu = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                          [("Discharge at 1 mA for 30 minutes", "Charge at 1 mA until 1 V")] * 2)
    table = licu.cycles
    f = pybamm.ParameterValues("LiCu_Carbonate")["Positive electrode dead metal fraction"]
    # the Cu side plates then strips to 1 V: it returns 1 - f
    assert table[CU_CE].to_numpy() == pytest.approx([1 - f] * 2, abs=1e-4)
    assert "Time [h]" in table
    # the Li side gives Q and gets back the (1 - f) Q the Cu returns: the cycler counts
    # 1 / (1 - f); its own metal loses nothing in cycle 1 (foil, not deposit, is stripped)
    # and f of the deposit plated in cycle 1 when cycle 2 strips it
    li = coulombic_efficiency(table, "negative")
    assert li == pytest.approx([1 / (1 - f)] * 2, rel=1e-4)
    assert coulombic_efficiency(table, "negative", "metal") == pytest.approx([1, 1 - f],
                                                                             abs=1e-4)
    assert type(licu.solution.summary_variables) is pybamm.SummaryVariables
    naion = run_experiment("SPM", "NaIon_Chayambuka2022", ["Discharge at 1C for 1 minute"])
    assert not naion.declares_cycle_quantities
    assert not [c for c in naion.cycles.columns if "Coulombic" in c]


def test_runs_of_several_cycles_write_a_cycle_table(tmp_path):
    steps = [LICU_CYCLE] * 2
    result = run_and_save(MetalSymmetricCell(), "LiCu_Carbonate", steps, tmp_path, "licu")
    assert result.cycles_csv == tmp_path / "licu_cycles.csv"
    assert str(result.cycles_csv) in "\n".join(result.lines("licu", "here"))
    table = pd.read_csv(result.cycles_csv)
    assert list(table["Cycle number"]) == [1, 2]
    f = pybamm.ParameterValues("LiCu_Carbonate")["Positive electrode dead metal fraction"]
    assert table[CU_CE].to_numpy() == pytest.approx([1 - f] * 2, abs=1e-4)
    pd.testing.assert_frame_equal(table, result.run.cycles, check_exact=False, rtol=1e-12)
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
    run = run_experiment(MetalSymmetricCell(), values, steps)
    table = run.cycles
    ce = table[CU_CE].to_numpy()
    f = values["Positive electrode dead metal fraction"]
    assert ce[0] == pytest.approx(1 - f, abs=1e-4) and np.isnan(ce[1])  # the rest
    assert run.last_cycle_complete is last_complete
    if last_complete:
        assert "[experiment]" in run.termination
        assert ce[2:] == pytest.approx([1 - f] * 2, abs=1e-4)
    else:
        assert run.termination == "event: negative electrode metal exhausted"
        assert ce[2] == pytest.approx(1 - f, abs=1e-4) and np.isnan(ce[3])
        plated = table["Change in positive electrode plating charge [A.h.m-2]"]
        assert plated.iloc[3] > 0  # the change still shows what the cycle passed
        assert np.isnan(table[CU_CE + ", metal basis"].iloc[3])
        assert not last_cycle_complete(run.solution)  # the event shows without the plan


def test_a_continued_run_covers_every_cycle(anode_free_solution):
    """A continued run carries the earlier cycles along: its table has all five, the first
    three unchanged."""
    first = cycle_table(anode_free_solution)[CE].to_numpy()
    continued = _anode_free(2).solve(starting_solution=anode_free_solution)
    ce = cycle_table(continued)[CE].to_numpy()
    assert ce[:3] == pytest.approx(first, rel=1e-9)
    assert ce[3:] == pytest.approx([1 - DEAD] * 2, abs=2e-4)


def test_cycles_whose_solution_is_not_kept_still_have_their_row(exhaustion_run):
    """save_at_cycles drops the full solution of most cycles; PyBaMM keeps their boundary
    states, so the table is the same, and the last cycle's cut (exhaustion in cycle 14, a
    cycle not kept) still shows in its last state."""
    full = cycle_table(_anode_free(4).solve())
    sparse_solution = _anode_free(4).solve(save_at_cycles=3)
    assert sparse_solution.cycles[1] is None
    pd.testing.assert_frame_equal(cycle_table(sparse_solution), full, check_exact=False,
                                  rtol=1e-12)
    from pybamm_beyondli.experiments import anode_free_cycling as protocol

    values = pybamm.ParameterValues(protocol.PARAMETERS)
    sparse = pybamm.Simulation(pybamm.Model(protocol.MODEL), parameter_values=values,
                               experiment=exhaustion_run.experiment).solve(save_at_cycles=100)
    assert sparse.cycles[-1] is None and len(sparse.all_summary_variables) == 14
    assert not last_cycle_complete(sparse, exhaustion_run.experiment)
    pd.testing.assert_frame_equal(cycle_table(sparse, exhaustion_run.experiment),
                                  exhaustion_run.cycles, check_exact=False, rtol=1e-12)


def test_anode_free_protocol_reports_its_efficiencies(exhaustion_run):
    """The anode-free protocol strips 40 % of the first charge per cycle and plates it back:
    the cycler sees CE = 1 while the metal loses f/(1 - f) of each strip as dead Li
    (metal-basis CE = 1 - f/(1 - f)); the run ends at exhaustion in cycle 14."""
    from pybamm_beyondli.experiments import anode_free_cycling as protocol

    f = pybamm.ParameterValues(protocol.PARAMETERS)["Negative electrode dead metal fraction"]
    line = protocol.summary(exhaustion_run)
    assert line.startswith("14 cycles, event: metal anode exhausted; CE cycler 1.0000, ")
    assert f"metal {1 - f / (1 - f):.4f} (12 of 13 cycles from cycle 2)" in line
    assert not exhaustion_run.last_cycle_complete


def test_a_step_that_runs_to_pybamms_default_duration_ends_its_cycle_without_a_ce():
    """"Discharge ... until -1 V" never ends in a Li|Li cell: PyBaMM stops the step at its
    24 h default duration with the termination "final time". run_experiment names the
    cause, and the cut cycle has no CE; after a plain solve, passing the experiment lets the
    judge see it."""
    experiment = pybamm.Experiment(
        [("Discharge at 0.05 mA until -1 V", "Charge at 0.05 mA for 10 hours")] * 2)
    run = run_experiment(MetalSymmetricCell(), "LiLi_Symmetric_Carbonate", experiment)
    assert run.termination.startswith("cycle 1, step 1 ('Discharge at 0.05 mA until -1 V') "
                                      "ran PyBaMM's default duration (24 h)")
    assert run.cycles[CU_CE].isna().all()
    plain = pybamm.Simulation(MetalSymmetricCell(), parameter_values=pybamm.ParameterValues(
        "LiLi_Symmetric_Carbonate"), experiment=experiment).solve()
    assert plain.termination == "final time"
    assert last_cycle_complete(plain) and not last_cycle_complete(plain, experiment)
    assert cycle_table(plain, experiment)[CU_CE].isna().all()


def test_two_metal_electrodes_need_the_electrode_named(anode_free_solution):
    licu = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate", [LICU_CYCLE])
    with pytest.raises(InputError, match=r"electrode None is not allowed; use one of "
                                         r"\['negative', 'positive'\] \(two metal electrodes"):
        coulombic_efficiency(licu.cycles)
    # one metal electrode: it is the default
    table = cycle_table(anode_free_solution)
    assert coulombic_efficiency(table) == pytest.approx(
        coulombic_efficiency(table, "negative"), nan_ok=True)


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


def test_metal_cells_declare_their_plating_electrodes():
    assert MetalAnodeSPM.cycle_quantities == plating_electrode_quantities("negative")
    assert MetalSymmetricCell.cycle_quantities == (*plating_electrode_quantities("negative"),
                                                   *plating_electrode_quantities("positive"))
    for model in (MetalAnodeSPM(), MetalSymmetricCell()):
        for quantity in model.cycle_quantities:
            assert set(quantity.variables) <= set(model.variables), quantity


def test_capacity_termination_is_refused_by_name():
    experiment = pybamm.Experiment([("Charge at C/2 until 4.2 V", "Discharge at C/2 for 48 "
                                     "minutes")] * 3, termination="80% capacity")
    with pytest.raises(InputError, match="experiment termination '80% capacity' is not "
                                         "allowed for MetalAnodeSPM"):
        run_experiment("MetalAnodeSPM", "AnodeFree_NMC_Xu2019", experiment)


def test_efficiency_line_names_each_electrode_and_both_bases():
    licu = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate", [LICU_CYCLE] * 2)
    assert efficiency_line(licu.cycles) == (
        "negative CE cycler 1.1111, metal 0.9000-1.0000 (2 of 2 cycles); positive CE cycler "
        "0.9000, metal 0.9000 (2 of 2 cycles)")


# -- chemistry-neutral declarations ---------------------------------------------------------
class _DeclaringSPMe(pybamm.lithium_ion.SPMe):
    """PyBaMM's SPMe with per-cycle quantities of another chemistry's kind: an end-of-cycle
    value, a change with its own name and a ratio of changes."""

    cycle_quantities = (
        EndOfCycle("Battery open-circuit voltage [V]", name="Rest voltage at cycle end [V]"),
        ChangeOverCycle("Discharge capacity [A.h]", name="Net discharge [A.h]"),
        ChangeOverCycle("Throughput capacity [A.h]"),  # PyBaMM's column already: kept once
        Efficiency("Discharge over throughput", charged="Throughput capacity [A.h]",
                   returned="Discharge capacity [A.h]"),
    )


def test_a_model_declares_its_quantities_without_a_change_to_results():
    experiment = pybamm.Experiment([("Discharge at 1C for 10 minutes", "Rest for 5 minutes"),
                                    ("Discharge at 1C for 5 minutes",)])
    solution = pybamm.Simulation(_DeclaringSPMe(), experiment=experiment).solve()
    table = cycle_table(solution, experiment)
    ocv_end = [cycle["Battery open-circuit voltage [V]"].entries[-1] for cycle in solution.cycles]
    assert table["Rest voltage at cycle end [V]"].to_numpy() == pytest.approx(ocv_end,
                                                                              rel=1e-12)
    net = [np.ptp(cycle["Discharge capacity [A.h]"].entries) for cycle in solution.cycles]
    assert table["Net discharge [A.h]"].to_numpy() == pytest.approx(net, rel=1e-9)
    assert list(table.columns).count("Change in throughput capacity [A.h]") == 1
    # discharge only: throughput = discharge, a ratio of 1 per cycle
    assert table["Discharge over throughput"].to_numpy() == pytest.approx([1, 1], rel=1e-9)


def test_a_declared_column_that_clashes_is_refused():
    class Clashing(pybamm.lithium_ion.SPMe):
        cycle_quantities = (EndOfCycle("Discharge capacity [A.h]",
                                       name="Change in throughput capacity [A.h]"),)

    solution = pybamm.Simulation(Clashing(), experiment=pybamm.Experiment(
        ["Discharge at 1C for 1 minute"])).solve()
    with pytest.raises(InputError, match="names column 'Change in throughput capacity"):
        cycle_table(solution)


def test_a_declared_variable_must_be_a_scalar():
    class Distributed(pybamm.lithium_ion.SPMe):
        cycle_quantities = (EndOfCycle("Electrolyte concentration [mol.m-3]"),)

    solution = pybamm.Simulation(Distributed(), experiment=pybamm.Experiment(
        ["Discharge at 1C for 1 minute"])).solve()
    with pytest.raises(InputError, match="'Electrolyte concentration .mol.m-3.': a per-cycle "
                                         "value must be a scalar"):
        cycle_table(solution)


def test_a_solve_with_output_variables_gives_pybamms_values():
    """PyBaMM keeps the full boundary states even when the solver returns only some
    variables."""
    solver = pybamm.IDAKLUSolver(output_variables=["Voltage [V]"])
    solution = pybamm.Simulation(
        MetalSymmetricCell(), parameter_values=pybamm.ParameterValues("LiCu_Carbonate"),
        experiment=pybamm.Experiment([LICU_CYCLE] * 2), solver=solver).solve()
    table = cycle_table(solution)
    for name, values in solution.summary_variables.get_summary_variables().items():
        assert table[name].to_numpy() == pytest.approx(np.asarray(values), rel=1e-12), name
    assert table[CU_CE].notna().all()


# -- one batch --------------------------------------------------------------------------------
def test_each_variable_is_evaluated_once_per_stack_whatever_the_number_of_cycles(monkeypatch):
    """The table reads each variable once over the stacked start states and once over the
    stacked end states: the number of evaluations does not grow with the cycles, and
    PyBaMM's per-cycle summary variables are never evaluated."""
    reads = []
    read = pybamm.Solution.__getitem__

    def counted(self, key):
        reads.append(key)
        return read(self, key)

    def per_cycle(self, key):
        raise AssertionError(f"per-cycle summary variable {key!r} evaluated")

    counts = {}
    for n_cycles in (2, 5):
        solution, experiment = _benchmark_case(n_cycles)
        monkeypatch.setattr(pybamm.Solution, "__getitem__", counted)
        monkeypatch.setattr(pybamm.SummaryVariables, "__getitem__", per_cycle)
        reads.clear()
        table = cycle_table(solution, experiment)
        monkeypatch.undo()
        counts[n_cycles] = len(reads)
        model = solution.all_models[0]
        needed = set(model.summary_variables) | {
            v for q in model.cycle_quantities for v in q.variables}
        assert len(table) == n_cycles
        assert sorted(reads) == sorted([*needed, *needed])  # once on starts, once on ends
    assert counts[2] == counts[5]


# -- the judge of cycle completeness --------------------------------------------------------
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
    run = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate", [LICU_CYCLE] * 3,
                         solver=_FailingSolver())
    assert run.termination.startswith(f"solver error in cycle 2, step {fail_at - 2}")
    assert run.cycles[CU_CE].to_numpy() == pytest.approx(expected, abs=1e-4, nan_ok=True)
    # the step count shows the cut; PyBaMM's termination is the last good step's
    assert run.last_cycle_complete is (fail_at == 3)
    assert last_cycle_complete(run.solution)


def test_a_time_limit_at_a_cycle_end_keeps_that_cycles_ce():
    """The experiment's time limit stops the run after cycle 1's two 30-minute steps: that
    cycle ran all its steps; with a limit inside the second step the cycle is cut. Without
    the experiment the judge cannot tell the two apart and takes both as cut."""
    steps = [("Discharge at 1 mA for 30 minutes", "Charge at 1 mA for 30 minutes")] * 3
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    f = 1 - values["Negative electrode dead metal fraction"]
    for limit, expected in (("1 hour", [f]), ("50 minutes", [np.nan])):
        run = run_experiment(MetalSymmetricCell(), "LiLi_Symmetric_Carbonate",
                             pybamm.Experiment(steps, termination=limit))
        assert run.termination == "experiment time limit reached"
        ce = run.cycles["Positive electrode Coulombic efficiency, metal basis"]
        assert ce.to_numpy() == pytest.approx(expected, abs=1e-4, nan_ok=True)
        assert not last_cycle_complete(run.solution)


def test_a_time_limit_between_the_steps_of_a_cycle_cuts_it():
    """A 30-minute limit ends the run after the first of the cycle's two steps."""
    steps = [("Discharge at 1 mA for 30 minutes", "Charge at 1 mA for 30 minutes")] * 2
    run = run_experiment(MetalSymmetricCell(), "LiLi_Symmetric_Carbonate",
                         pybamm.Experiment(steps, termination="30 minutes"))
    assert len(run.solution.cycles[-1].steps) == 1
    assert not run.last_cycle_complete
    assert run.cycles[CU_CE].isna().all()


def test_a_rest_pybamm_pads_past_the_time_limit_does_not_cut_the_cycle():
    """Steps with start times: PyBaMM pads a rest after the charge (which ended at 1 V) up to
    the next start, past the 30-minute limit. The cycle ran all its steps to their ends."""
    from datetime import datetime

    def cycle(hour):
        return (pybamm.step.string("Discharge at 1 mA for 10 minutes",
                                   start_time=datetime(2026, 1, 1, hour)),
                pybamm.step.string("Charge at 1 mA until 1 V"))

    run = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                         pybamm.Experiment([cycle(0), cycle(1)], termination="30 minutes"))
    assert run.termination == "experiment time limit reached"
    padded = run.solution.cycles[-1].steps[-1]
    assert padded.termination == "final time" and padded.t[-1] == pytest.approx(3600)
    f = pybamm.ParameterValues("LiCu_Carbonate")["Positive electrode dead metal fraction"]
    assert run.cycles[CU_CE].to_numpy() == pytest.approx([1 - f], abs=1e-4)


def test_a_time_limit_inside_an_until_step_is_named_as_such():
    steps = [LICU_CYCLE] * 2
    run = run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                         pybamm.Experiment(steps, termination="15 minutes"))
    assert run.termination == ("experiment time limit reached in cycle 1, step 2 ('Charge at "
                               "1 mA until 1 V')")
    assert run.cycles[CU_CE].isna().all()


def test_a_finished_run_is_complete_with_or_without_its_experiment(anode_free_solution):
    assert last_cycle_complete(anode_free_solution)
    experiment = pybamm.Experiment([metal_anode_validation.CYCLE] * 3)
    assert last_cycle_complete(anode_free_solution, experiment)


def test_pybamms_crash_after_a_solver_error_is_a_simulation_error():
    """With a voltage termination PyBaMM 26 reads the voltage of a cycle whose first step
    failed and crashes (TypeError); run_experiment names the failed step instead."""
    from pybamm_beyondli.workflows.simulation import SimulationError

    _FailingSolver.calls, _FailingSolver.fail_at = 0, 3
    with pytest.raises(SimulationError, match=r"solver error in cycle 2, step 1 .*injected "
                                              r"failure; PyBaMM then could not finish"):
        run_experiment(MetalSymmetricCell(), "LiCu_Carbonate",
                       pybamm.Experiment([LICU_CYCLE] * 3, termination="-1 V"),
                       solver=_FailingSolver())
