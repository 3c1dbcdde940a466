"""The model contract (docs/model-contract.md), one test per item, over every model this
package registers with PyBaMM (entry-point group ``pybamm_models``) and over a minimal
zero-dimensional model built here on :class:`ZeroDimensionalModel`.

Items: (a) CC, CV, CCCV, power, rest and a measured drive-cycle current under an unmodified
``pybamm.Experiment``; (b) ``pybamm.Simulation(Model()).solve`` on the default parameter
values; (c) ``pybamm.EISSimulation``; (d) pickle and ``pybamm.Serialise`` round trips; (e)
PyBaMM's lumped thermal option; (f) ``pybamm.QuickPlot``.

The protocol is the same for every model: its voltages and power come from one short probe
run per model (session-scoped), on the model's default parameter values, at C/5 of its
nominal capacity.
"""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from functools import cached_property
from importlib.metadata import entry_points

import matplotlib
import numpy as np
import pandas as pd
import pybamm
import pytest
from pybamm.expression_tree.operations.serialise import (
    convert_symbol_from_json,
    convert_symbol_to_json,
)

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.zero_dimensional import (
    TEMPERATURE_EVENT,
    ZeroDimensionalModel,
    ZeroDimensionalOptions,
)
from pybamm_beyondli.parameters.checks import (
    POSITIVE,
    CheckedParameter,
    Rule,
    checked,
    interval,
)
from pybamm_beyondli.paths import dataset_dir

matplotlib.use("Agg")

#: Every mesh dimension capped at this many points (the contract tests physics of the
#: protocol, not spatial convergence).
COARSE_POINTS = 6
#: C-rate of the probe, of the current and power steps and of the drive cycle's mean.
C_RATE = 0.2
#: Step length [s].
STEP = 120.0
#: Step length of the lumped-thermal check (item e) [s].
THERMAL_STEP = 600.0
#: Drive cycle: the first DRIVE_WINDOW seconds of the measured OXIS NEDC discharge.
DRIVE_DATASET = "lis_oxis_propp2016"
DRIVE_FILE = "oxis_lis_nedc_discharge.csv"
DRIVE_WINDOW = 240
#: Frequencies of the impedance check [Hz].
EIS_FREQUENCIES = np.logspace(-3, 3, 13)
#: A voltage-controlled step holds its voltage to this [V] (the algebraic solve's accuracy).
VOLTAGE_HOLD_TOL = 1e-6
#: A power step holds I V to this relative tolerance: ten times the default solver's
#: relative tolerance (IDA solves the algebraic control equation to a fraction of rtol in
#: its weighted norm, so a small power is held to ~rtol relative, not to a fixed [W]).
POWER_RTOL = 10 * pybamm.IDAKLUSolver().rtol


# --------------------------------------------------------------------- minimal 0-D model
class FilmCellSubmodel(pybamm.BaseSubModel):
    """State of charge, open-circuit voltage, series resistance and a resistive film with a
    capacitance:

        dz/dt = -I / (3600 Q),                             z(0) = z0
        U(z, T) = U_0 + k (z - 1/2) + (R T / F) ln(z / (1 - z))
        dU/dT = (R / F) ln(z / (1 - z))
        C_f d(eta_f)/dt = I - eta_f / R_f,                 eta_f(0) = 0   ("surface form"
                                                           "differential"; eta_f = I R_f
                                                           with "false")
        V = U - I R_0 - eta_f
    """

    def get_fundamental_variables(self) -> dict:
        z = pybamm.Variable("SoC", bounds=(0, 1))
        variables = {"SoC": z}
        if self.options["surface form"] == "differential":
            variables["Film overpotential [V]"] = pybamm.Variable("Film overpotential [V]")
        return variables

    def get_coupled_variables(self, variables: dict) -> dict:
        z = variables["SoC"]
        T = variables["Cell temperature [K]"]
        current = variables["Current [A]"]
        R_f = pybamm.Parameter("Film resistance [Ohm]")
        if self.options["surface form"] != "differential":
            variables["Film overpotential [V]"] = current * R_f
        F, R = pybamm.constants.F, pybamm.constants.R
        nernst = pybamm.log(z / (1 - z))
        U = (pybamm.Parameter("Reference open-circuit voltage [V]")
             + pybamm.Parameter("Open-circuit voltage slope [V]") * (z - 0.5)
             + R * T / F * nernst)
        V = (U - current * pybamm.Parameter("Series resistance [Ohm]")
             - variables["Film overpotential [V]"])
        variables.update({
            "Open-circuit voltage [V]": U,
            "Entropic change [V.K-1]": R / F * nernst,
            "Voltage [V]": V,
        })
        return variables

    def set_rhs(self, variables: dict) -> None:
        z = variables["SoC"]
        current = variables["Current [A]"]
        self.rhs[z] = -current / (3600 * self.param.Q)
        if self.options["surface form"] == "differential":
            eta = variables["Film overpotential [V]"]
            self.rhs[eta] = (current - eta / pybamm.Parameter("Film resistance [Ohm]")) / (
                pybamm.Parameter("Film capacitance [F]"))

    def set_initial_conditions(self, variables: dict) -> None:
        self.initial_conditions[variables["SoC"]] = pybamm.Parameter("Initial SoC")
        if self.options["surface form"] == "differential":
            self.initial_conditions[variables["Film overpotential [V]"]] = pybamm.Scalar(0)


class FilmCell(ZeroDimensionalModel):
    """The minimal zero-dimensional model of the contract: an open-circuit voltage of the
    state of charge, a series resistance and a film with a capacitance (FilmCellSubmodel),
    on the base's circuit, terminal and thermal submodels. It overrides the physics hook
    and the defaults only."""

    def set_cell_submodels(self) -> None:
        self.submodels["cell"] = FilmCellSubmodel(self.param, options=self.options)

    @property
    def default_parameter_values(self) -> pybamm.ParameterValues:
        # Illustrative values of the order of a 1 A.h pouch cell's (a test model, not a
        # parameter set): the tests check the model against its own closed forms.
        return pybamm.ParameterValues({
            "Nominal cell capacity [A.h]": 1.0,
            "Current function [A]": 0.2,
            "Initial SoC": 0.5,
            "Reference open-circuit voltage [V]": 3.7,
            "Open-circuit voltage slope [V]": 0.6,
            "Series resistance [Ohm]": 0.05,
            "Film resistance [Ohm]": 0.03,
            "Film capacitance [F]": 100.0,
            "Lower voltage cut-off [V]": 3.0,
            "Upper voltage cut-off [V]": 4.2,
            "Initial temperature [K]": 298.15,
            "Ambient temperature [K]": 298.15,
            "Cell mass [kg]": 0.02,
            "Cell specific heat capacity [J.kg-1.K-1]": 1000.0,
            "Total heat transfer coefficient [W.m-2.K-1]": 10.0,
            "Cell cooling surface area [m2]": 0.005,
            "Maximum temperature [K]": 333.15,
        })

    @property
    def default_quick_plot_variables(self) -> list:
        return [*super().default_quick_plot_variables, "SoC", "Film overpotential [V]"]


MINIMAL = "FilmCell (0-D, tests)"


# --------------------------------------------------------------------- the models
def registered_models() -> dict[str, type]:
    """This package's models in PyBaMM's model registry (entry-point group
    ``pybamm_models``, values in ``pybamm_beyondli``)."""
    return {ep.name: ep.load() for ep in entry_points(group="pybamm_models")
            if ep.value.startswith("pybamm_beyondli")}


MODEL_CLASSES = {**registered_models(), MINIMAL: FilmCell}


def test_the_contract_covers_every_registered_model():
    """PyBaMM's own registry lists the same models as the entry points read here."""
    ours = set(registered_models())
    assert ours, "no model of pybamm_beyondli is registered"
    assert ours <= set(pybamm.dispatch.models)
    for name in ours:
        assert pybamm.Model(name).__class__ is MODEL_CLASSES[name]


@dataclass
class Probe:
    """The probe run's solution and the quantities the protocol derives from it."""

    solution: pybamm.Solution
    simulation: pybamm.Simulation
    current: float  # I1: C/5 [A], positive (discharge)
    voltage: float  # V1: voltage at the end of the C/5 discharge [V]
    charge_voltage: float  # V2: voltage reached during the C/5 charge [V]

    @property
    def power(self) -> float:
        """P = V1 I1 [W]: > 0 for a cell that delivers power on discharge, < 0 for one that
        only absorbs it (a cell without EMF)."""
        return self.voltage * self.current


def steps(solution: pybamm.Solution) -> list[pybamm.Solution]:
    """The solutions of an experiment's steps, in order."""
    return [step for cycle in solution.cycles for step in cycle.steps]


def assert_finite(solution: pybamm.Solution) -> None:
    """No NaN or inf in any state, the current or the voltage."""
    for y in solution.all_ys:
        assert np.isfinite(np.asarray(y, dtype=float)).all()
    for name in ("Voltage [V]", "Current [A]"):
        assert np.isfinite(solution[name].entries).all(), name


def assert_ends_at_duration(step: pybamm.Solution, duration: float) -> None:
    assert step.termination == "final time", step.termination
    assert step.t[-1] - step.t[0] == pytest.approx(duration, rel=1e-9)


class ContractModel:
    """One model under the contract: its class, default parameter values, a coarse mesh and
    its probe run (computed once per session)."""

    def __init__(self, name: str, cls: type) -> None:
        self.name, self.cls = name, cls

    def make(self, options: dict | None = None) -> pybamm.BaseModel:
        return self.cls(options) if options else self.cls()

    @cached_property
    def model(self) -> pybamm.BaseModel:
        return self.make()

    def parameter_values(self) -> pybamm.ParameterValues:
        return self.model.default_parameter_values.copy()

    @cached_property
    def var_pts(self) -> dict:
        return {k: min(v, COARSE_POINTS) for k, v in self.model.default_var_pts.items()}

    @cached_property
    def nominal_current(self) -> float:
        """C/5 of the model's nominal capacity [A]."""
        return C_RATE * float(self.parameter_values()["Nominal cell capacity [A.h]"])

    def simulation(self, model: pybamm.BaseModel | None = None,
                   experiment: pybamm.Experiment | None = None) -> pybamm.Simulation:
        return pybamm.Simulation(model or self.model, parameter_values=self.parameter_values(),
                                 var_pts=self.var_pts, experiment=experiment)

    def run(self, *step_list, model: pybamm.BaseModel | None = None) -> pybamm.Solution:
        """Solve one cycle of ``step_list`` (strings or ``pybamm.step`` objects)."""
        solution = self.simulation(model, pybamm.Experiment([tuple(step_list)])).solve()
        assert_finite(solution)
        return solution

    @cached_property
    def probe(self) -> Probe:
        """C/5 discharge for STEP, rest for STEP/2, C/5 charge for STEP/2."""
        sim = self.simulation(experiment=pybamm.Experiment([(
            f"Discharge at C/5 for {STEP:g} seconds",
            f"Rest for {STEP / 2:g} seconds",
            f"Charge at C/5 for {STEP / 2:g} seconds",
        )]))
        solution = sim.solve()
        assert_finite(solution)
        discharge, _, charge = steps(solution)
        # the charge voltage a quarter before the end of the charge: reached with margin
        t_reach = charge.t[0] + 0.75 * (charge.t[-1] - charge.t[0])
        return Probe(solution, sim, self.nominal_current,
                     float(discharge["Voltage [V]"].entries[-1]),
                     float(charge["Voltage [V]"](t_reach)))


@pytest.fixture(scope="session", params=sorted(MODEL_CLASSES))
def contract(request) -> ContractModel:
    return ContractModel(request.param, MODEL_CLASSES[request.param])


# --------------------------------------------------------------------- (a) experiments
def test_a_constant_current_step(contract):
    discharge = steps(contract.probe.solution)[0]
    assert discharge["Current [A]"].entries == pytest.approx(contract.nominal_current,
                                                             rel=1e-9)
    assert_ends_at_duration(discharge, STEP)


def test_a_rest_step(contract):
    rest = steps(contract.probe.solution)[1]
    assert np.abs(rest["Current [A]"].entries).max() <= 1e-12
    assert_ends_at_duration(rest, STEP / 2)


def test_a_voltage_hold(contract):
    """CV: a hold at V1 after the C/5 discharge that reached V1 keeps V1."""
    V1 = contract.probe.voltage
    hold = steps(contract.run(f"Discharge at C/5 for {STEP:g} seconds",
                              pybamm.step.voltage(V1, duration=STEP / 2)))[1]
    assert hold["Voltage [V]"].entries == pytest.approx(V1, abs=VOLTAGE_HOLD_TOL)
    assert_ends_at_duration(hold, STEP / 2)


def test_a_cccv_charge(contract):
    """CCCV: C/5 charge until V2 (reached in the probe), then hold at V2 for STEP or until
    C/50; each step ends for its own reason."""
    V2 = contract.probe.charge_voltage
    solution = contract.run(
        f"Discharge at C/5 for {STEP:g} seconds", f"Rest for {STEP / 2:g} seconds",
        pybamm.step.c_rate(-C_RATE, termination=f"{V2!r} V"),
        pybamm.step.voltage(V2, duration=STEP, termination="C/50"))
    charge, hold = steps(solution)[2:]
    assert charge["Current [A]"].entries == pytest.approx(-contract.nominal_current, rel=1e-9)
    assert charge.termination.startswith("event: Voltage > "), charge.termination
    assert charge["Voltage [V]"].entries[-1] == pytest.approx(V2, abs=1e-4)
    assert hold["Voltage [V]"].entries == pytest.approx(V2, abs=VOLTAGE_HOLD_TOL)
    if hold.termination == "final time":
        assert hold.t[-1] - hold.t[0] == pytest.approx(STEP, rel=1e-9)
    else:
        assert hold.termination == "event: C-rate cut-off [experiment]", hold.termination
        assert abs(hold["C-rate"].entries[-1]) == pytest.approx(1 / 50, rel=1e-3)


def test_a_power_step(contract):
    """Power |V1 I1|, delivered on discharge by a cell with EMF, absorbed on charge by a
    cell without: I V equals the step's power throughout."""
    P = contract.probe.power
    direction = "Discharge" if P > 0 else "Charge"
    step = steps(contract.run(f"{direction} at {abs(P)!r} W for {STEP / 2:g} seconds"))[0]
    power = step["Current [A]"].entries * step["Voltage [V]"].entries
    assert power == pytest.approx(P, rel=POWER_RTOL)
    assert step["Power [W]"].entries == pytest.approx(power, rel=1e-12)
    assert_ends_at_duration(step, STEP / 2)


@pytest.fixture(scope="session")
def drive_cycle_shape() -> np.ndarray:
    """[time [s], current / mean current] of the first DRIVE_WINDOW s of the measured
    OXIS Li-S NEDC discharge (Propp et al. 2016; see the dataset's SOURCE.md)."""
    data = pd.read_csv(dataset_dir(DRIVE_DATASET) / DRIVE_FILE)
    window = data.iloc[:DRIVE_WINDOW]
    t = window["time_s"].to_numpy(dtype=float)
    current = window["current_A"].to_numpy(dtype=float)
    return np.column_stack([t - t[0], current / current.mean()])


def test_a_drive_cycle_from_data(contract, drive_cycle_shape):
    """The measured current, normalised and scaled to a mean of C/5, as
    ``pybamm.step.current(array)``: the cell carries it at every data point and the step
    ends at the end of the data."""
    profile = drive_cycle_shape * [1.0, contract.nominal_current]
    step = steps(contract.run(pybamm.step.current(profile)))[0]
    t = step.t - step.t[0]
    assert step["Current [A]"].entries == pytest.approx(
        np.interp(t, profile[:, 0], profile[:, 1]), rel=1e-9, abs=1e-12)
    assert_ends_at_duration(step, profile[-1, 0])


# --------------------------------------------------------------------- (b) defaults
def test_b_default_parameter_values_solve(contract):
    """``pybamm.Simulation(Model()).solve`` with nothing but the model's defaults."""
    solution = pybamm.Simulation(contract.cls()).solve([0, 60])
    assert_finite(solution)
    assert solution.termination == "final time", solution.termination
    applied = contract.model.default_parameter_values["Current function [A]"]
    if isinstance(applied, int | float):
        assert solution["Current [A]"].entries == pytest.approx(applied, rel=1e-12)


# --------------------------------------------------------------------- (c) EIS
def test_c_eis_simulation(contract):
    """Finite impedances with a positive real part from 1 mHz to 1 kHz (the model's own
    double-layer/film capacitances: option "surface form": "differential")."""
    sim = pybamm.EISSimulation(contract.make({"surface form": "differential"}),
                               parameter_values=contract.parameter_values(),
                               var_pts=contract.var_pts)
    impedance = np.asarray(sim.solve(EIS_FREQUENCIES).impedance)
    assert np.isfinite(impedance).all()
    assert (impedance.real > 0).all(), impedance


# --------------------------------------------------------------------- (d) round trips
def assert_same_voltage(a: pybamm.Solution, b: pybamm.Solution,
                        solver: pybamm.BaseSolver) -> None:
    """Voltages equal within the solver's tolerances (rtol |V| + atol)."""
    t = np.linspace(a.t[0], a.t[-1], 25)
    va, vb = a["Voltage [V]"](t), b["Voltage [V]"](t)
    assert np.abs(va - vb).max() <= (solver.rtol * np.abs(va) + solver.atol).min()


def test_d_pickle_round_trips(contract, tmp_path):
    """The model, the probe's simulation and its solution survive pickling; the unpickled
    model and simulation solve to the same voltage."""
    probe = contract.probe
    probe.solution.save(tmp_path / "solution.pkl")
    loaded = pybamm.load(tmp_path / "solution.pkl")
    assert loaded["Voltage [V]"].entries == pytest.approx(
        probe.solution["Voltage [V]"].entries, rel=0, abs=0)
    probe.simulation.save(tmp_path / "simulation.pkl")
    again = pybamm.load(tmp_path / "simulation.pkl").solve()
    assert_same_voltage(probe.solution, again, probe.simulation.solver)

    model = pickle.loads(pickle.dumps(contract.model))
    step = f"Discharge at C/5 for {STEP / 2:g} seconds"
    assert_same_voltage(contract.run(step), contract.run(step, model=model),
                        probe.simulation.solver)


def test_d_serialise_round_trip(contract, tmp_path):
    """``pybamm.Serialise`` saves the model as JSON and the loaded model solves to the same
    voltage."""
    path = tmp_path / "model.json"
    pybamm.Serialise.save_custom_model(contract.make(), path)
    loaded = pybamm.Serialise.load_custom_model(str(path))
    step = f"Discharge at C/5 for {STEP / 2:g} seconds"
    original = contract.run(step)
    assert_same_voltage(original, contract.run(step, model=loaded),
                        pybamm.IDAKLUSolver())


@pytest.mark.parametrize("rule", [
    None, POSITIVE, interval(0, 1, high_open=True),
    Rule("1, 2 or 3", one_of=frozenset({1, 2, 3})),
])
def test_d_checked_parameters_survive_serialise(rule):
    """This package's checked parameters travel through PyBaMM's JSON (strict: no
    Infinity) with their name and rule, and still check after loading."""
    symbol = checked(pybamm.Parameter("Separator thickness [m]"), "Separator thickness [m]",
                     rule)
    text = json.dumps(convert_symbol_to_json(symbol), allow_nan=False)
    loaded = convert_symbol_from_json(json.loads(text))
    assert isinstance(loaded, CheckedParameter)
    assert (loaded.parameter_name, loaded.rule) == (symbol.parameter_name, symbol.rule)
    with pytest.raises(InputError, match="'Separator thickness \\[m\\]' = -1.0 is not "):
        pybamm.ParameterValues({"Separator thickness [m]": -1.0}).process_symbol(loaded)


def test_d_a_serialised_zero_dimensional_model_keeps_its_checks(tmp_path):
    pybamm.Serialise.save_custom_model(FilmCell(), tmp_path / "film.json")
    loaded = pybamm.Serialise.load_custom_model(str(tmp_path / "film.json"))
    values = FilmCell().default_parameter_values
    values["Nominal cell capacity [A.h]"] = -1.0
    with pytest.raises(InputError, match="'Nominal cell capacity \\[A.h\\]' = -1.0"):
        pybamm.Simulation(loaded, parameter_values=values).solve([0, 1])


# --------------------------------------------------------------------- (e) thermal
def test_e_lumped_thermal(contract):
    """PyBaMM's ``{"thermal": "lumped"}``: from ambient = initial temperature, a discharge
    heats the cell, and the temperature rise is the net heat over a constant thermal mass,
    C (T - T0) = integral of (Q + Q_cool) dt (published "Total heating [W]" and "Surface
    total cooling [W]")."""
    model = contract.make({"thermal": "lumped"})
    # 1C for 10 minutes: a rise well above the solver's tolerance on T (~1e-6 T_ref), and a
    # 5 s output period, since the heat integral below is a trapezoid rule over the output
    step = steps(contract.run(f"Discharge at 1C for {THERMAL_STEP:g} seconds "
                              "(5 second period)", model=model))[0]
    t = step.t
    T = step["Volume-averaged cell temperature [K]"].entries
    net = step["Total heating [W]"].entries + step["Surface total cooling [W]"].entries
    T0 = float(contract.parameter_values()["Initial temperature [K]"])
    assert T[0] == pytest.approx(T0, abs=1e-9)
    assert T[-1] - T0 > 0
    heat = np.concatenate([[0], np.cumsum(np.diff(t) * (net[1:] + net[:-1]) / 2)])
    late = t - t[0] >= THERMAL_STEP / 2
    capacity = heat[late] / (T[late] - T0)  # J/K
    assert (capacity > 0).all()
    assert capacity.max() / capacity.min() - 1 < 0.02


# --------------------------------------------------------------------- (f) QuickPlot
def test_f_quick_plot(contract):
    """``pybamm.QuickPlot`` of the probe with the model's default variables."""
    import matplotlib.pyplot as plt

    quick_plot = pybamm.QuickPlot(contract.probe.solution)
    names = contract.model.default_quick_plot_variables
    assert names, "the model names no default_quick_plot_variables"
    quick_plot.plot(0)
    try:
        assert len(quick_plot.fig.axes) >= len(names)
        for name in [n for entry in names
                     for n in ([entry] if isinstance(entry, str) else entry)]:
            assert np.isfinite(contract.probe.solution[name].entries).all(), name
    finally:
        plt.close(quick_plot.fig)


# --------------------------------------------------------------------- the 0-D base
def film_cell_impedance(values: pybamm.ParameterValues, f: np.ndarray) -> np.ndarray:
    """Z(f) = R_0 + R_f / (1 + j w R_f C_f) + (dU/dz) / (j w 3600 Q): the minimal model's
    impedance about rest (linearised by hand, not by PyBaMM)."""
    z, T = values["Initial SoC"], values["Initial temperature [K]"]
    F, R = pybamm.constants.F.value, pybamm.constants.R.value
    dUdz = values["Open-circuit voltage slope [V]"] + R * T / F / (z * (1 - z))
    w = 2 * np.pi * f
    R_f, C_f = values["Film resistance [Ohm]"], values["Film capacitance [F]"]
    return (values["Series resistance [Ohm]"] + R_f / (1 + 1j * w * R_f * C_f)
            + dUdz / (1j * w * 3600 * values["Nominal cell capacity [A.h]"]))


def test_minimal_model_impedance_is_the_closed_form():
    model = FilmCell({"surface form": "differential"})
    values = model.default_parameter_values
    impedance = pybamm.EISSimulation(model).solve(EIS_FREQUENCIES).impedance
    expected = film_cell_impedance(values, EIS_FREQUENCIES)
    assert np.abs(np.asarray(impedance) - expected).max() <= 1e-9 * np.abs(expected).min()


def test_minimal_model_constant_current_voltage_is_the_closed_form():
    """Without a film capacitance ("surface form" "false") the cell is algebraic in its
    state of charge: V(t) = U(z0 - I t / 3600 Q) - I (R_0 + R_f)."""
    model = FilmCell()
    values = model.default_parameter_values
    solution = pybamm.Simulation(model).solve([0, 600])
    current, Q = values["Current function [A]"], values["Nominal cell capacity [A.h]"]
    z = values["Initial SoC"] - current * solution.t / (3600 * Q)
    F, R = pybamm.constants.F.value, pybamm.constants.R.value
    U = (values["Reference open-circuit voltage [V]"]
         + values["Open-circuit voltage slope [V]"] * (z - 0.5)
         + R * values["Initial temperature [K]"] / F * np.log(z / (1 - z)))
    V = U - current * (values["Series resistance [Ohm]"] + values["Film resistance [Ohm]"])
    assert solution["Voltage [V]"].entries == pytest.approx(V, abs=1e-6)
    assert solution["Discharge capacity [A.h]"].entries == pytest.approx(
        current * solution.t / 3600, rel=1e-6, abs=1e-12)


def test_minimal_model_heat_balance_is_its_thermal_mass():
    """Lumped: the net heat over the temperature rise is m c_p, and the heat generated is
    I (U - V) - I T dU/dT with U - V = I R_0 + eta_f."""
    model = FilmCell({"thermal": "lumped", "surface form": "differential"})
    values = model.default_parameter_values
    solution = pybamm.Simulation(model, experiment=pybamm.Experiment(
        ["Discharge at 1C for 5 minutes"])).solve()
    t, T = solution.t, solution["Cell temperature [K]"].entries
    net = solution["Total heating [W]"].entries + solution["Surface total cooling [W]"].entries
    heat = np.concatenate([[0], np.cumsum(np.diff(t) * (net[1:] + net[:-1]) / 2)])
    late = t >= 60
    thermal_mass = values["Cell mass [kg]"] * values["Cell specific heat capacity [J.kg-1.K-1]"]
    assert heat[late] / (T[late] - T[0]) == pytest.approx(thermal_mass, rel=1e-3)
    current = solution["Current [A]"].entries
    irreversible = current * (current * values["Series resistance [Ohm]"]
                              + solution["Film overpotential [V]"].entries)
    assert solution["Irreversible electrochemical heating [W]"].entries == pytest.approx(
        irreversible, rel=1e-9)
    reversible = -current * T * solution["Entropic change [V.K-1]"].entries
    assert solution["Reversible heating [W]"].entries == pytest.approx(reversible, rel=1e-9)
    assert T[-1] > T[0]


def test_minimal_model_cv_hold_ends_at_c_over_50_on_time():
    """A voltage hold decays the current as I0 exp(-t/tau), tau = (R_0 + R_f) 3600 Q / (dU/dz)
    (linearised about the state of charge at the start of the hold), so "until C/50" ends the
    hold, by its own event, at tau ln(I0 / (Q/50))."""
    model = FilmCell()
    values = model.default_parameter_values
    V_hold = 3.75
    solution = pybamm.Simulation(model, experiment=pybamm.Experiment([(
        "Charge at C/5 until 3.75 V", "Hold at 3.75 V for 1 hour or until C/50")])).solve()
    charge, hold = steps(solution)
    assert charge.termination.startswith("event: Voltage > 3.75"), charge.termination
    assert hold.termination == "event: C-rate cut-off [experiment]", hold.termination
    assert hold["Voltage [V]"].entries == pytest.approx(V_hold, abs=VOLTAGE_HOLD_TOL)
    Q = values["Nominal cell capacity [A.h]"]
    assert hold["Current [A]"].entries[-1] == pytest.approx(-Q / 50, rel=1e-3)
    z = float(hold["SoC"].entries[0])
    F, R = pybamm.constants.F.value, pybamm.constants.R.value
    dUdz = (values["Open-circuit voltage slope [V]"]
            + R * values["Initial temperature [K]"] / F / (z * (1 - z)))
    tau = (values["Series resistance [Ohm]"] + values["Film resistance [Ohm]"]) * 3600 * Q / dUdz
    I0 = abs(float(hold["Current [A]"].entries[0]))
    # dU/dz changes by ~0.15 % while the hold charges ~2 % of Q: the linearisation's error
    assert hold.t[-1] - hold.t[0] == pytest.approx(tau * np.log(I0 / (Q / 50)), rel=5e-3)


def test_lumped_temperature_limit_stops_the_run_by_name():
    values = FilmCell().default_parameter_values
    values["Maximum temperature [K]"] = values["Initial temperature [K]"] + 0.5
    values["Total heat transfer coefficient [W.m-2.K-1]"] = 0.0  # adiabatic
    sim = pybamm.Simulation(FilmCell({"thermal": "lumped"}), parameter_values=values,
                            experiment=pybamm.Experiment(["Discharge at 2C for 10 minutes"]))
    solution = sim.solve()
    assert solution.termination == f"event: {TEMPERATURE_EVENT}"
    assert solution["Cell temperature [K]"].entries[-1] == pytest.approx(
        values["Maximum temperature [K]"], abs=1e-3)


def fixed_current(variables: dict) -> pybamm.Symbol:
    """A callable "operating mode": the residual of I = 0.3 A."""
    return variables["Current [A]"] - 0.3


@pytest.mark.parametrize(("mode", "controls"), [
    ("current", {}),
    ("voltage", {"Voltage function [V]": 3.65}),
    ("power", {"Power function [W]": 0.5}),
    ("differential power", {"Power function [W]": 0.5}),
    ("resistance", {"Resistance function [Ohm]": 18.0}),
    ("CCCV", {"Voltage function [V]": 3.75, "CCCV current function [A]": -0.5}),
    (fixed_current, {}),
])
def test_every_operating_mode_controls_its_quantity(mode, controls):
    """Without an experiment, the option "operating mode" chooses PyBaMM's external circuit:
    each holds its quantity (the differential controllers by the end of the run)."""
    model = FilmCell({"operating mode": mode})
    values = model.default_parameter_values
    values.update(controls, check_already_exists=False)
    solution = pybamm.Simulation(model, parameter_values=values).solve([0, 1800])
    assert_finite(solution)
    current = solution["Current [A]"].entries
    V = solution["Voltage [V]"].entries
    held, target = {
        "current": (current, values["Current function [A]"]),
        "voltage": (V, 3.65),
        "power": (current * V, 0.5),
        "differential power": (current * V, 0.5),
        "resistance": (V / current, 18.0),
        "CCCV": (V, 3.75),
        fixed_current: (current, 0.3),
    }[mode]
    if mode in ("differential power", "CCCV"):  # controllers: held by the end
        assert held[-1] == pytest.approx(target, rel=1e-3)
    else:
        assert held == pytest.approx(target, rel=POWER_RTOL)
    if mode == "CCCV":  # charged at the CC current, then cut back at the voltage limit
        assert current.min() == pytest.approx(-0.5, rel=1e-3)
        assert -0.5 < current[-1] < 0


@pytest.mark.parametrize("mode", ["explicit power", "explicit resistance",
                                  "differential resistance"])
def test_operating_modes_a_zero_dimensional_cell_cannot_use_are_refused(mode):
    with pytest.raises(InputError, match=f"option 'operating mode' = '{mode}' is not allowed"):
        FilmCell({"operating mode": mode})


def test_base_summary_variables_per_cycle():
    """PyBaMM's per-cycle summary of the base's counters: 1C for 10 min out and 5 min back
    is 1/12 A.h net and 1/4 A.h throughput per cycle."""
    cycle = ("Discharge at 1C for 10 minutes", "Charge at 1C for 5 minutes")
    solution = pybamm.Simulation(FilmCell(), experiment=pybamm.Experiment([cycle] * 2)).solve()
    summary = solution.summary_variables
    assert summary["Change in discharge capacity [A.h]"] == pytest.approx([1 / 12] * 2,
                                                                          rel=1e-9)
    assert summary["Change in throughput capacity [A.h]"] == pytest.approx([1 / 4] * 2,
                                                                           rel=1e-9)


def test_base_publishes_its_variables_and_events():
    model = FilmCell({"thermal": "lumped", "calculate discharge energy": "true"})
    for name in ("Time [s]", "Current [A]", "C-rate", "Voltage [V]", "Battery voltage [V]",
                 "Power [W]", "Discharge capacity [A.h]", "Throughput capacity [A.h]",
                 "Discharge energy [W.h]", "Throughput energy [W.h]", "Cell temperature [K]",
                 "Ambient temperature [K]", "Total heating [W]", "Surface total cooling [W]"):
        assert name in model.variables, name
    assert {e.name for e in model.events} == {
        "Minimum voltage [V]", "Maximum voltage [V]", TEMPERATURE_EVENT}


@pytest.mark.parametrize(("options", "message"), [
    ({"thermal": "x-full"}, r"option 'thermal' = 'x-full' is not allowed; allowed: "
                            r"'isothermal', 'lumped'"),
    ({"surface form": "algebraic"}, "option 'surface form' = 'algebraic' is not allowed"),
    ({"operating mode": "torque"}, "option 'operating mode' = 'torque' is not allowed"),
    ({"SEI": "none"}, "option 'SEI' is not an option of this zero-dimensional model; "
                      "options: operating mode, thermal"),
])
def test_bad_options_are_input_errors(options, message):
    with pytest.raises(InputError, match=message):
        FilmCell(options)


def test_a_subclass_extends_the_options_in_one_class():
    class ShuttleOptions(ZeroDimensionalOptions):
        possible_options = {**ZeroDimensionalOptions.possible_options,
                            "shuttle": ("none", "constant rate")}

    class ShuttleCell(FilmCell):
        options_class = ShuttleOptions

    assert ShuttleCell({"shuttle": "constant rate"}).options["shuttle"] == "constant rate"
    with pytest.raises(InputError, match="allowed: 'none', 'constant rate'"):
        ShuttleCell({"shuttle": "fast"})


def test_a_subclass_without_physics_is_refused():
    with pytest.raises(NotImplementedError, match="set_cell_submodels"):
        ZeroDimensionalModel()


@pytest.mark.parametrize(("name", "value", "options"), [
    ("Nominal cell capacity [A.h]", 0.0, {}),
    ("Initial temperature [K]", -5.0, {"thermal": "lumped"}),
    ("Ambient temperature [K]", 0.0, {}),
    ("Upper voltage cut-off [V]", 2.9, {}),
    ("Cell mass [kg]", -0.02, {"thermal": "lumped"}),
    ("Cell specific heat capacity [J.kg-1.K-1]", 0.0, {"thermal": "lumped"}),
    ("Total heat transfer coefficient [W.m-2.K-1]", -1.0, {"thermal": "lumped"}),
    ("Cell cooling surface area [m2]", 0.0, {"thermal": "lumped"}),
    ("Maximum temperature [K]", 290.0, {"thermal": "lumped"}),
])
def test_bad_base_parameters_are_input_errors_naming_them(name, value, options, time_limit):
    """Refused when PyBaMM substitutes the values, before any solve (within 5 s)."""
    values = FilmCell().default_parameter_values
    values[name] = value
    with time_limit(5), pytest.raises(InputError, match=r"parameter '[^']*" + name.split(
            " [")[0]):
        pybamm.Simulation(FilmCell(options), parameter_values=values).solve([0, 10])
