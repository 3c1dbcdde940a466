"""Metal ‖ metal symmetric cell and Li ‖ Cu cell (issue #3): validation cases, protocol
scripts, termination reasons and input checking."""

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.experiments import (
    licu_coulombic_efficiency,
    symmetric_plating_stripping,
)
from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell, exhaustion_event_name
from pybamm_beyondli.parameters.checks import check_parameter_values
from pybamm_beyondli.results.cycles import cycle_table
from pybamm_beyondli.submodels.electrolyte import LiquidDiffusion, sand_time
from pybamm_beyondli.validation.cases import CASES
from pybamm_beyondli.validation.symmetric import CE_LIMIT
from pybamm_beyondli.workflows.protocols import protocol_from_module
from pybamm_beyondli.workflows.simulation import ExperimentRun

SETS = ["LiLi_Symmetric_Carbonate", "LiCu_Carbonate", "NaNa_Symmetric_Carbonate",
        "KK_Symmetric_Carbonate", "NaCu_Carbonate"]
CASE_NAMES = ["symmetric_sand_time", "symmetric_faraday_thickness", "symmetric_conservation",
              "symmetric_steady_polarisation", "licu_coulombic_efficiency"]


def solve(parameter_set: str, steps: list) -> pybamm.Solution:
    return pybamm.Simulation(
        MetalSymmetricCell(), parameter_values=pybamm.ParameterValues(parameter_set),
        experiment=pybamm.Experiment(steps),
    ).solve()


def test_symmetric_and_licu_checks_are_registered_validation_cases():
    """Each physics check of issue #3 for metal | metal and metal | Cu cells is a registered
    case (so `beyondli validate` reports it; the metal-anode full cell's cases are checked in
    tests/test_metal_anode.py); tests/test_validation_harness.py runs every registered case:
    Sand's time (and the stop at the depletion concentration), Faraday, metal and salt
    conservation on the default mesh, the steady polarisation with both surface forms, and
    the Li | Cu CE. The nucleation spike on bare Cu is tested in tests/test_nucleation.py."""
    assert set(CASE_NAMES) <= set(CASES)


def test_salt_conserved_with_concentration_dependent_transport_on_coarse_mesh():
    """D(c) and t+(c) both vary at the surfaces: the flux condition must use each at the
    surface as the discrete flux does, on any mesh (here 20 points)."""
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    values["Cation transference number"] = lambda c_e, T: 0.38 + 0.1 * (c_e / 1000 - 1)
    steps = ["Discharge at 5 mA for 20 minutes", "Rest for 5 minutes",
             "Charge at 5 mA for 20 minutes"]
    solution = pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                                 experiment=pybamm.Experiment(steps),
                                 var_pts={"x_s": 20}).solve()
    salt = solution["Total lithium in electrolyte [mol]"].entries
    c_surface = solution["Positive electrode surface electrolyte concentration [mol.m-3]"].entries
    assert c_surface.max() - c_surface.min() > 50  # the surfaces really polarise (~100)
    assert abs(salt - salt[0]).max() / salt[0] <= 1e-9


def test_sand_time_formula():
    # t = pi D (c0 F)^2 / (4 (i (1 - t+))^2), by hand for D = 1e-10, c0 = 1000, i = 10, t+ = 0.5
    F = pybamm.constants.F.value
    expected = 3.141592653589793 * 1e-10 * (1000 * F) ** 2 / (4 * (10 * 0.5) ** 2)
    assert sand_time(1e-10, 1000.0, 10.0, 0.5) == pytest.approx(expected, rel=1e-12)
    assert sand_time(1e-10, 1000.0, 20.0, 0.5) == pytest.approx(expected / 4, rel=1e-12)


def test_substrate_exhaustion_stops_run_with_named_reason():
    solution = solve("LiCu_Carbonate",
                     ["Discharge at 1 mA for 30 minutes", "Charge at 1 mA for 2 hours"])
    assert solution.termination == f"event: {exhaustion_event_name('positive')}"
    stripped = -solution.cycles[-1]["Discharge capacity [A.h]"].entries
    # all the plated 0.5 mA h (less the dead fraction) came back before the stop
    f = pybamm.ParameterValues("LiCu_Carbonate")["Positive electrode dead metal fraction"]
    assert stripped[-1] - stripped[0] == pytest.approx(0.5e-3 * (1 - f), rel=1e-3)


@pytest.mark.parametrize("parameter_set", SETS)
def test_parameter_sets_are_valid_and_solve(parameter_set):
    values = pybamm.ParameterValues(parameter_set)
    check_parameter_values(values, MetalSymmetricCell())
    solution = solve(parameter_set, ["Discharge at 1 mA for 10 minutes", "Rest for 1 minute"])
    assert solution.termination == "final time"


def test_voltage_power_and_cccv_steps():
    solution = solve("LiLi_Symmetric_Carbonate", [
        "Charge at 1 mA until 0.008 V",
        "Hold at 0.004 V until 0.5 mA",
        "Charge at 0.01 mW for 5 minutes",
        "Discharge at 0.5C for 5 minutes",
    ])
    assert solution.termination == "final time"
    hold = solution.cycles[1]
    assert hold["Voltage [V]"].entries[-1] == pytest.approx(0.004, abs=1e-6)
    assert hold["Current [A]"].entries[-1] == pytest.approx(0.5e-3, rel=1e-3)
    power = solution.cycles[2]
    p = power["Current [A]"].entries * power["Voltage [V]"].entries
    assert p[-1] == pytest.approx(-0.01e-3, rel=1e-3)


def test_symmetric_plating_stripping_script_runs_briefly():
    protocol = protocol_from_module(symmetric_plating_stripping)
    assert protocol.model == "MetalSymmetricCell"
    assert protocol.parameters == "LiLi_Symmetric_Carbonate"
    experiment = symmetric_plating_stripping.experiment(currents_mA=(1.0, 5.0), n_cycles=1,
                                                         capacity_mAh=0.1)
    solution = pybamm.Simulation(
        MetalSymmetricCell(), parameter_values=pybamm.ParameterValues(protocol.parameters),
        experiment=experiment).solve()
    assert solution.termination == "final time"
    assert len(solution.cycles) == 2
    # overpotential grows with current density
    v1 = abs(solution.cycles[0].steps[0]["Voltage [V]"].entries[-1])
    v5 = abs(solution.cycles[1].steps[0]["Voltage [V]"].entries[-1])
    assert v5 > 3 * v1


def test_licu_ce_script_runs_briefly():
    protocol = protocol_from_module(licu_coulombic_efficiency)
    assert protocol.model == "MetalSymmetricCell"
    assert protocol.parameters == "LiCu_Carbonate"
    values = pybamm.ParameterValues(protocol.parameters)
    experiment = licu_coulombic_efficiency.experiment(n_cycles=2, q_t=1.0, q_c=0.25,
                                                      current_mA=1.0)
    solution = pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                                 experiment=experiment).solve()
    assert "Voltage > 1.0 [V]" in solution.termination  # last step: strip all to 1 V
    ce = licu_coulombic_efficiency.protocol_ce(solution)
    f = values["Positive electrode dead metal fraction"]
    assert ce == pytest.approx(1 - f, abs=CE_LIMIT)
    run = ExperimentRun(solution, experiment, solution.termination)
    assert f"{ce:.4f}" in licu_coulombic_efficiency.summary(run)
    # cycles: formation, reservoir, 2 strip/plate cycles, final strip; per cycle the
    # formation returns 1 - f, the fixed-charge cycles 1; the reservoir cycle only plates
    # and the final strip only strips: neither has a CE of its own (NaN, both bases)
    from pybamm_beyondli.results.cycles import coulombic_efficiency

    table = cycle_table(solution, experiment)
    for basis in ("cycler", "metal"):
        per_cycle = coulombic_efficiency(table, electrode="positive", basis=basis)
        assert len(per_cycle) == 5
        # formation: measured 1.2e-6 off (the double-layer charge the cycler counts)
        f = values["Positive electrode dead metal fraction"]
        assert per_cycle[0] == pytest.approx(1 - f, abs=1e-5)
        assert np.isnan(per_cycle[1]) and np.isnan(per_cycle[4])
    assert coulombic_efficiency(table, electrode="positive")[2:4] == pytest.approx(
        [1, 1], abs=1e-6)


def test_licu_coulombic_efficiency_per_cycle_on_the_substrate():
    """Plate on bare Cu, strip to 1 V, three times: each cycle returns 1 - f of the plated
    charge from the Cu (positive) electrode, by the cycler's plating and stripping charge."""
    from pybamm_beyondli.results.cycles import coulombic_efficiency

    values = pybamm.ParameterValues("LiCu_Carbonate")
    cycle = ("Discharge at 1 mA for 30 minutes", "Charge at 1 mA until 1 V")
    table = cycle_table(pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                                          experiment=pybamm.Experiment([cycle] * 3)).solve())
    ce = coulombic_efficiency(table, electrode="positive")
    f = values["Positive electrode dead metal fraction"]
    assert ce == pytest.approx([1 - f] * 3, abs=1e-4)
    plated = table["Change in positive electrode plating charge [A.h.m-2]"]
    assert plated.to_numpy() == pytest.approx([5.0] * 3, rel=1e-6)  # 0.5 mA h cm-2 = 5 A h m-2
    with pytest.raises(InputError, match="electrode"):
        coulombic_efficiency(table, electrode="middle")
    with pytest.raises(InputError, match="basis"):
        coulombic_efficiency(table, electrode="positive", basis="coulomb")
    # no interphase in this cell: the metal's own CE is the cycler's, up to the double-layer
    # charge the cycler counts with plating and stripping (1.2e-6 here)
    metal = coulombic_efficiency(table, electrode="positive", basis="metal")
    assert metal == pytest.approx(ce, abs=1e-5)


@pytest.mark.parametrize(("name", "value"), [
    ("Separator thickness [m]", -25e-6),
    ("Negative electrode initial metal thickness [m]", -1e-6),
    ("Positive electrode initial metal thickness [m]", -1e-6),
    ("Metal charge number", 4),
    ("Metal charge number", 0),
    ("Cation transference number", 1.2),
    ("Cation transference number", -0.1),
    ("Separator porosity", 1.5),
    ("Initial concentration in electrolyte [mol.m-3]", -1.0),
])
def test_bad_parameter_raises_input_error_naming_it(name, value):
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    values[name] = value
    with pytest.raises(InputError, match=name.replace("[", r"\[").replace("]", r"\]")):
        check_parameter_values(values, MetalSymmetricCell())


@pytest.mark.parametrize(("name", "value"), [
    ("Separator thickness [m]", -25e-6),
    ("Positive electrode initial metal thickness [m]", -1e-6),
    ("Metal charge number", 4),
    ("Cation transference number", 1.2),
    ("Cation transference number", -0.1),
    ("Negative electrode double-layer capacity [F.m-2]", 0.0),
])
def test_bad_parameter_stops_simulation_with_input_error(name, value):
    # checked when PyBaMM substitutes the parameter values, without calling the validator
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    values[name] = value
    sim = pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                            experiment=pybamm.Experiment(["Discharge at 1 mA for 1 minute"]))
    with pytest.raises(InputError, match=name.replace("[", r"\[").replace("]", r"\]")):
        sim.solve()


def test_bad_options_and_domains_raise_input_error():
    with pytest.raises(InputError, match="thermal"):
        MetalSymmetricCell({"thermal": "x-lumped"})
    with pytest.raises(InputError, match="'particle' does not apply"):
        MetalSymmetricCell({"particle": "uniform profile"})
    with pytest.raises(InputError, match="'electrolyte' = 'gel'.*'liquid'"):
        MetalSymmetricCell({"electrolyte": "gel"})
    with pytest.raises(InputError, match="metal_sides"):
        LiquidDiffusion(None, None, metal_sides=("middle",))
    with pytest.raises(InputError, match="transference_number"):
        sand_time(1e-10, 1000.0, 10.0, 1.0)
    with pytest.raises(InputError, match="current_density"):
        sand_time(1e-10, 1000.0, -10.0, 0.4)


def test_transfer_coefficient_is_the_shared_parameter():
    """Both surface forms read PyBaMM's "... Butler-Volmer transfer coefficient" and take any
    value in (0, 1): after the double layer's millisecond transient they carry the current
    at the same overpotential."""
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    values["Negative electrode Butler-Volmer transfer coefficient"] = 0.6
    experiment = pybamm.Experiment(["Discharge at 1 mA for 1 minute"])
    voltages = []
    for surface_form in ("differential", "false"):
        solution = pybamm.Simulation(MetalSymmetricCell({"surface form": surface_form}),
                                     parameter_values=values, experiment=experiment).solve()
        assert solution.termination == "final time"
        voltages.append(solution["Voltage [V]"].entries[-1])
    assert voltages[0] == pytest.approx(voltages[1], rel=1e-5)


@pytest.mark.parametrize("name, value, message", [
    ("Separator porosity", 1.5, "Separator porosity"),
    ("Electrolyte conductivity [S.m-1]", -1.0, "Electrolyte conductivity"),
    ("Electrolyte diffusivity [m2.s-1]", -1e-10, "Electrolyte diffusivity"),
    ("Initial concentration in electrolyte [mol.m-3]", -1.0, "Initial concentration"),
    ("Initial concentration in electrolyte [mol.m-3]", 0.0, "Initial concentration"),
    ("Electrolyte depletion concentration [mol.m-3]", 2000.0, "depletion concentration"),
])
def test_bad_values_are_caught_by_a_plain_pybamm_simulation(name, value, message):
    """The checks run when PyBaMM substitutes the values, not only in
    check_parameter_values."""
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    values.update({name: value})
    with pytest.raises(InputError, match=message):
        pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                          experiment=pybamm.Experiment(["Discharge at 0.1 mA for 1 minute"])
                          ).solve()


@pytest.mark.parametrize("surface_form", ["false", "differential"])
def test_depletion_to_zero_ends_at_a_finite_voltage(surface_form):
    """A depletion concentration of 0 is allowed: the run stops at Sand's time with the
    surface salt at 0 and a finite voltage (j0 keeps its concentration floor)."""
    model = MetalSymmetricCell({"surface form": surface_form})
    values = model.default_parameter_values
    values["Electrolyte depletion concentration [mol.m-3]"] = 0.0
    solution = pybamm.Simulation(model, parameter_values=values, experiment=pybamm.Experiment(
        ["Discharge at 0.3 A for 10 minutes"])).solve()
    assert solution.termination == ("event: electrolyte depleted at metal surface "
                                    "(Sand's time)")
    assert np.isfinite(solution["Voltage [V]"].entries).all()
    assert abs(solution["Voltage [V]"].entries[-1]) < 2
