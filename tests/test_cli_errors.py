"""Review fixes: every bad run or selection ends in one clear line and a non-zero exit code,
never a traceback (infeasible first step, a set without a parameter of the model, impossible
temperatures, datasets without cases) and ``compare`` rejects a non-monotonic x axis.
``error_line`` (tests/conftest.py) checks that the whole of stderr is one line."""

import numpy as np
import pandas as pd
import pybamm
import pytest

from pybamm_beyondli.cli import main
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.validation import CASES, DATASETS, Dataset, compare
from pybamm_beyondli.workflows.simulation import (
    TEMPERATURE_BOUNDS,
    MissingParameterError,
    SimulationError,
    check_temperature,
    run_experiment,
)

SHORT = "Discharge at 1C for 1 minute"


# --- 1. a first step that cannot run: no EmptySolution AttributeError ---------------------
@pytest.mark.parametrize(
    ("argv", "step"),
    [
        (["--protocol", "Charge at 1C until 4.1 V", "--model", "MetalAnodeSPM",
          "--parameters", "LiMetal_NMC_Xu2019"], "Charge at 1C until 4.1 V"),  # starts at 4.2 V
        (["--protocol", "Discharge at 1C until 4.19 V", "--model", "MetalAnodeDFN",
          "--parameters", "LiMetal_NMC_Xu2019"],
         "Discharge at 1C until 4.19 V"),  # the 1C overpotential takes it below 4.19 V at once
    ],
)
def test_infeasible_first_step_is_one_line_and_exit_1(argv, step, tmp_path, error_line):
    """Only our line: not also PyBaMM's '[WARNING] ... skip_ok is True' log record."""
    assert main(["run", *argv, "--out", str(tmp_path), "--no-progress"]) == 1
    line = error_line()
    assert line.startswith("beyondli: error: ")
    assert f"the first step '{step}' could not run" in line
    assert "PyBaMM: Event exceeded in initial conditions" in line
    assert not list(tmp_path.glob("*.csv"))


def test_solver_error_in_first_step_is_a_simulation_error(monkeypatch):
    def fail(self, *args, **kwargs):
        raise pybamm.SolverError("IDA failed at t=0\nmore detail")

    monkeypatch.setattr(pybamm.Simulation, "solve", fail)
    with pytest.raises(SimulationError, match=r"could not be solved; PyBaMM: IDA failed at t=0$"):
        run_experiment("SPM", "NaIon_Chayambuka2022", SHORT)


# --- 2. a parameter set without a parameter of the model ---------------------------------
def test_set_without_a_parameter_of_the_model_names_parameter_model_and_sets(tmp_path,
                                                                             error_line):
    argv = ["run", "--protocol", "symmetric_plating_stripping", "--model", "MetalAnodeDFN",
            "--out", str(tmp_path), "--no-progress"]
    assert main(argv) == 2
    err = error_line()
    for expected in ("parameter set LiLi_Symmetric_Carbonate has no parameter "
                     "'Maximum concentration in positive electrode [mol.m-3]', which model "
                     "MetalAnodeDFN needs; ",
                     "this package's parameter sets that define every parameter of "
                     "MetalAnodeDFN: ", "LiMetal_NMC_Xu2019"):
        assert expected in err
    assert "not meant" not in err


def test_missing_parameter_of_a_pybamm_model():
    with pytest.raises(MissingParameterError, match=r"every parameter of DFN: .*"
                       r"NaIon_Chayambuka2022.* \(besides PyBaMM's own sets\)"):
        run_experiment("DFN", "LiLi_Symmetric_Carbonate", SHORT)


# --- 3. compare() needs a monotonic x axis ------------------------------------------------
def test_compare_rejects_a_discharge_followed_by_a_charge():
    q = np.linspace(0, 1, 51)
    x = np.concatenate([q, q[::-1][1:]])  # discharge, then charge back to 0
    sim = pd.DataFrame({"Discharge capacity [A.h]": x, "Voltage [V]": 4 - 0.5 * x})
    data = pd.DataFrame({"Discharge capacity [A.h]": q, "Voltage [V]": 4 - 0.5 * q})
    with pytest.raises(InputError, match=r"simulation x data 'Discharge capacity \[A.h\]' "
                                         r"must be non-decreasing.*falls from 1 to 0.98"):
        compare(sim, data)
    assert compare(sim.iloc[:51], data).rmse == pytest.approx(0.0, abs=1e-12)  # one segment


def test_compare_allows_a_flat_x_axis():
    sim = pd.DataFrame({"Time [s]": [0.0, 1.0, 1.0, 2.0], "Voltage [V]": [4.0, 3.9, 3.9, 3.8]})
    data = pd.DataFrame({"Time [s]": [0.0, 1.0, 2.0], "Voltage [V]": [4.0, 3.9, 3.8]})
    assert compare(sim, data, x="Time [s]").rmse == pytest.approx(0.0, abs=1e-12)


# --- 4. a dataset that no validation case uses ---------------------------------------------
def test_validate_dataset_without_cases_is_exit_2(monkeypatch, error_line):
    monkeypatch.setitem(DATASETS, "caseless", Dataset("caseless", "x", "y", "z", dict))
    assert main(["validate", "--dataset", "caseless"]) == 2
    err = error_line()
    assert "no validation case uses dataset 'caseless' yet" in err
    with_cases = ", ".join(sorted({case.dataset for case in CASES.values()}))
    assert "naion_chayambuka2022" in with_cases
    assert f"datasets with validation cases: {with_cases}" in err


def test_validate_every_caseless_dataset_is_exit_2(error_line):
    """A measured dataset no case compares with yet (the solid-electrolyte data until its
    issue lands) is refused by name, not run as an empty validation."""
    with_cases = {case.dataset for case in CASES.values()}
    caseless = sorted(set(DATASETS) - with_cases)
    assert "naion_hakadi18650" in with_cases and "lis_oxis_propp2016" in with_cases
    for dataset in caseless:
        assert main(["validate", "--dataset", dataset]) == 2
        assert f"no validation case uses dataset '{dataset}'" in error_line()


def test_validate_case_and_dataset_that_exclude_each_other(error_line):
    case = next(c for c in CASES.values() if c.dataset == "analytic")
    assert main(["validate", "--case", case.name, "--dataset", "naion_chayambuka2022"]) == 2
    err = error_line()
    assert f"none of the validation cases {case.name} uses dataset naion_chayambuka2022" in err


# --- 5. temperatures no cell can have -----------------------------------------------------
# The bounds (150-500 K, which exclude absolute zero) are checked before the run; a metal
# electrode's melting point by the model, on parameter substitution ('Metal melting point').
@pytest.mark.parametrize(
    ("parameters", "celsius", "message"),
    [
        ("NaIon_Chayambuka2022", "-300", "temperature -300 °C (-26.85 K) is outside the range "
                                         "this package simulates, 150-500 K"),
        ("NaIon_Chayambuka2022", "-273.15", "outside the range this package simulates"),
        ("LiMetal_NMC_Xu2019", "181", "Metal melting point"),
        ("LiMetal_NMC_Xu2019", "180.5", "Metal melting point"),
        ("KK_Symmetric_Carbonate", "70", "Metal melting point"),
        ("NaIon_Chayambuka2022", "300", "outside the range this package simulates"),
    ],
)
def test_impossible_temperature_is_one_line_and_exit_2(parameters, celsius, message,
                                                       error_line):
    model = "MetalSymmetricCell" if parameters.startswith("KK") else "SPM"
    if parameters.startswith("LiMetal"):
        model = "MetalAnodeSPM"
    argv = ["run", "--model", model, "--parameters", parameters, "--protocol", SHORT,
            f"--temperature={celsius}", "--no-progress"]
    assert main(argv) == 2
    assert message in error_line()


def test_temperature_bounds_are_inclusive():
    low, high = TEMPERATURE_BOUNDS
    for temperature in (low, 298.15, high):
        check_temperature(temperature)
    for temperature in (0.0, -10.0, low - 0.01, high + 0.01):
        with pytest.raises(InputError, match="outside the range this package simulates"):
            check_temperature(temperature)


def test_temperature_just_below_the_melting_point_is_allowed():
    """The model refuses a constant temperature at the metal's melting point, not below it
    (K melts at 63.5 °C, inside its KPF6 carbonate's range)."""
    k = pybamm.ParameterValues("KK_Symmetric_Carbonate")
    melting = k["Metal melting point [K]"]
    run = run_experiment("MetalSymmetricCell", k, SHORT, temperature=melting - 0.5)
    assert run.termination == run.solution.termination == "final time"
    with pytest.raises(InputError, match="Metal melting point"):
        run_experiment("MetalSymmetricCell", k, SHORT, temperature=melting)


def test_a_later_step_that_fails_is_named_in_the_termination():
    """PyBaMM returns the steps before a solver failure and only logs the error, with the last
    good step's termination (here "final time" of the rest: the 10 V hold cannot start);
    run_experiment says what happened instead, and leaves PyBaMM's solution as it is."""
    from pybamm_beyondli.workflows.simulation import run_experiment

    run = run_experiment("MetalAnodeSPM", "LiMetal_NMC_Xu2019",
                         ["Rest for 1 second", "Hold at 10 V for 1 hour"])
    assert run.termination.startswith("solver error in cycle 2, step 1")
    assert "Hold at 10 V for 1 hour" in run.termination
    assert run.solution.termination == "final time"
    assert len(run.solution.cycles) == 1


def test_run_prints_the_protocols_result(tmp_path, capsys):
    """`beyondli run --protocol licu_coulombic_efficiency` prints the protocol's average CE
    (the README says so), and the files it wrote; the script prints the same lines
    (RunResult.lines)."""
    from pybamm_beyondli.experiments import licu_coulombic_efficiency
    from pybamm_beyondli.workflows.protocols import run_script

    assert main(["run", "--protocol", "licu_coulombic_efficiency", "--out", str(tmp_path / "cli"),
                 "--no-progress"]) == 0
    run_script(licu_coulombic_efficiency, [str(tmp_path / "script")])
    out = capsys.readouterr().out.splitlines()
    result = "average Coulombic efficiency (Adams 2018, method 3): 0.9000"
    for folder, name in (("cli", "licu_coulombic_efficiency_MetalSymmetricCell_LiCu_Carbonate"),
                         ("script", "licu_coulombic_efficiency")):
        stem = tmp_path / folder / name
        # several cycles of a metal cell: the per-cycle table; no plot(): no _summary.png
        assert f"wrote {stem}.csv, {stem}_cycles.csv, {stem}.png" in out
    assert sum(line.startswith("licu_coulombic_efficiency: MetalSymmetricCell + LiCu_Carbonate, "
                               ) for line in out) == 2
    assert sum(result in line for line in out) == 2


def test_a_set_without_the_melting_point_is_told_which_parameter_and_sets():
    """A set without the metal's melting point: the error names the parameter, the
    model, and the sets that have every parameter of the model."""
    values = pybamm.ParameterValues("LiMetal_NMC_Xu2019")
    del values["Metal melting point [K]"]
    with pytest.raises(MissingParameterError) as info:
        run_experiment("MetalAnodeSPM", values, [SHORT])
    message = str(info.value)
    assert ("has no parameter 'Metal melting point [K]', which model MetalAnodeSPM needs; this "
            "package's parameter sets that define every parameter of MetalAnodeSPM: ") in message
    assert "LiMetal_NMC_Xu2019" in message


# --- cycles from the command line -----------------------------------------------------------
def test_steps_in_one_string_are_one_cycle_repeated():
    from pybamm_beyondli.workflows.simulation import make_experiment

    experiment = make_experiment("Discharge at 1 mA for 1 minute; Charge at 1 mA for 1 minute",
                                 cycles=3)
    assert [len(c) for c in experiment.cycles] == [2, 2, 2]
    assert [len(c) for c in make_experiment(["Rest for 1 minute", "Rest for 2 minutes"]).cycles
            ] == [1, 1]  # a sequence keeps PyBaMM's rule: each string is a cycle
    for bad in (0, -1, 1.5, True):
        with pytest.raises(InputError, match=f"cycles = {bad!r} is not allowed; it must be an "
                                             "integer >= 1"):
            make_experiment(SHORT, cycles=bad)
    with pytest.raises(InputError, match="cycles applies to step strings"):
        make_experiment(experiment, cycles=2)
    with pytest.raises(InputError, match="experiment steps ' ; ': none given"):
        make_experiment(" ; ")


def test_run_cycles_a_metal_cell_and_prints_its_efficiencies(tmp_path, capsys):
    steps = "Discharge at 1 mA for 10 minutes; Charge at 1 mA until 1 V"
    assert main(["run", "--model", "MetalSymmetricCell", "--parameters", "LiCu_Carbonate",
                 "--protocol", steps, "--cycles", "2", "--out", str(tmp_path),
                 "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "run: negative CE cycler 1.1111, metal 0.9000-1.0000 (2 of 2 cycles); positive CE " \
           "cycler 0.9000, metal 0.9000 (2 of 2 cycles)" in out
    table = pd.read_csv(tmp_path / "run_MetalSymmetricCell_LiCu_Carbonate_cycles.csv")
    assert list(table["Cycle number"]) == [1, 2]


def test_cycles_with_a_protocol_name_is_one_line_and_exit_2(tmp_path, error_line):
    assert main(["run", "--protocol", "anode_free_cycling", "--cycles", "3",
                 "--out", str(tmp_path)]) == 2
    assert ("--cycles applies to experiment steps, not to the protocol 'anode_free_cycling'"
            in error_line())


def test_licu_protocol_that_cannot_finish_says_so(tmp_path, capsys):
    """A metal | metal set under the Li|Cu protocol: the strip "until 1.0 V" never ends (the
    second Li keeps it near 0 V), PyBaMM stops the step at its default duration, and there is
    no average CE to report; no traceback, the cause in the run line."""
    assert main(["run", "--protocol", "licu_coulombic_efficiency", "--parameters",
                 "LiLi_Symmetric_Carbonate", "--out", str(tmp_path), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "ran PyBaMM's default duration (24 h) without reaching its stop condition" in out
    assert ("licu_coulombic_efficiency: no average Coulombic efficiency: the protocol stopped "
            "before its final strip to 1.0 V ended") in out
