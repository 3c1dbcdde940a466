"""One architecture for every cell (issue 9): one planar metal interface and its contract, the
options, the electrolyte family (a single-ion conductor has no salt states and the ohmic drop
i L / sigma), the charge number in every kinetics, per-electrode interphases, and the limits of
the electrolyte's correlations as named reasons."""

import math
import re
import warnings
from pathlib import Path

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.metal_anode import MetalAnodeDFN, MetalAnodeSPM, MetalAnodeSPMe
from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell
from pybamm_beyondli.parameters.checks import UnreadParameterWarning, check_parameter_values
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.electrolyte.limits import CONCENTRATION_EVENT
from pybamm_beyondli.submodels.planar_metal import PlanarMetalInterface
from pybamm_beyondli.workflows.simulation import run_experiment

PACKAGE = Path(__file__).resolve().parent.parent / "pybamm_beyondli"
FULL_CELLS = [MetalAnodeSPM, MetalAnodeSPMe, MetalAnodeDFN]
ALL_MODELS = [*FULL_CELLS, MetalSymmetricCell]
CONTRACT = [names.surface_potential_difference, names.faradaic_current_density,
            names.interface_current_density, names.interphase_overpotential,
            names.interphase_resistance, names.interphase_current_density,
            names.contact_area_fraction, names.interphase_metal, names.double_layer_metal]
J0 = "electrode metal exchange-current density [A.m-2]"


def metal_domains(model) -> tuple[str, ...]:
    return ("negative", "positive") if isinstance(model, MetalSymmetricCell) else ("negative",)


# -- one interface ------------------------------------------------------------------------


@pytest.mark.parametrize("model_class", ALL_MODELS)
def test_every_cell_publishes_the_interface_contract_and_reads_one_exchange_current(
        model_class):
    model = model_class()
    info = model.get_parameter_info()
    for domain in metal_domains(model):
        for name in CONTRACT:
            assert name(domain) in model.variables, name(domain)
        assert f"{domain.capitalize()} {J0}" in info
        interfaces = [s for s in model.submodels.values()
                      if isinstance(s, PlanarMetalInterface) and s.domain == domain]
        assert len(interfaces) == 1
    assert not [n for n in info if "Exchange-current density for lithium metal" in n]


def test_full_cells_keep_the_half_cell_aliases():
    model = MetalAnodeDFN()
    for alias, name in names.HALF_CELL_ALIASES.items():
        assert model.variables[alias] == model.variables[name], alias


def test_one_kinetics_implementation():
    """The metal's Butler-Volmer law is defined once, in planar_metal.law."""
    definitions = [path for path in PACKAGE.rglob("*.py")
                   if re.search(r"^def metal_butler_volmer\(", path.read_text(), re.M)]
    assert [p.relative_to(PACKAGE).as_posix() for p in definitions] == [
        "submodels/planar_metal/law.py"]
    uses = [path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
            if "metal_butler_volmer(" in path.read_text()]
    assert sorted(uses) == ["submodels/planar_metal/interface.py",
                            "submodels/planar_metal/law.py"]


# -- the charge number in every kinetics ------------------------------------------------------


def test_the_charge_number_reaches_the_cathode_kinetics():
    """PyBaMM's electron number of the cathode reaction is the metal's z: at the first instant
    of a discharge (same current, same state) the symmetric Butler-Volmer overpotential
    (2RT/zF) asinh(j / 2 j0) halves from z = 1 to z = 2."""
    model = MetalAnodeSPM()
    assert model.param.p.prim.ne.name == "Metal charge number"
    eta = {}
    for z in (1, 2):
        values = pybamm.ParameterValues("LiMetal_NMC_Xu2019")
        values["Metal charge number"] = z
        solution = pybamm.Simulation(MetalAnodeSPM(), parameter_values=values).solve(
            [0, 1e-3])
        eta[z] = solution["X-averaged positive electrode reaction overpotential [V]"].entries[0]
    assert eta[2] / eta[1] == pytest.approx(0.5, rel=1e-6)


# -- the electrolyte family ------------------------------------------------------------------


SIC = {"Separator electrolyte conductivity [S.m-1]": 0.05,
       "Positive electrode electrolyte conductivity [S.m-1]": 0.02}


def _salt_states(model) -> list[str]:
    return [v.name for v in [*model.rhs, *model.algebraic] if "concentration" in v.name
            and ("electrolyte" in v.name.lower() or "porosity" in v.name.lower())]


@pytest.mark.parametrize("model_class", [MetalAnodeDFN, MetalSymmetricCell])
def test_single_ion_conductor_has_no_salt_state(model_class):
    assert _salt_states(model_class()), "the liquid has salt states"
    sic = model_class({"electrolyte": "single-ion conductor"})
    assert not _salt_states(sic)
    assert not [e for e in sic.events if "Sand" in e.name]


def test_single_ion_conductor_separator_drop_is_iL_over_sigma_in_the_dfn():
    values = pybamm.ParameterValues("LiMetal_NMC_Xu2019")
    values.update(SIC)
    model = MetalAnodeDFN({"electrolyte": "single-ion conductor"})
    solution = pybamm.Simulation(model, parameter_values=values).solve([0, 60])
    i = solution["Current collector current density [A.m-2]"].entries[-1]
    phi = solution["Separator electrolyte potential [V]"].entries[:, -1]
    x = solution["x_s [m]"].entries[:, -1]
    b = values["Separator Bruggeman coefficient (electrolyte)"]
    sigma = SIC["Separator electrolyte conductivity [S.m-1]"] * values["Separator porosity"]**b
    drop = phi[0] - phi[-1]  # between the first and last cell centres of the separator
    assert drop == pytest.approx(i * (x[-1] - x[0]) / sigma, rel=0.01)


def test_single_ion_conductor_drop_is_iL_over_sigma_in_the_symmetric_cell():
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    values.update({"Separator electrolyte conductivity [S.m-1]": 0.05})
    model = MetalSymmetricCell({"electrolyte": "single-ion conductor"})
    solution = pybamm.Simulation(model, parameter_values=values, experiment=pybamm.Experiment(
        ["Discharge at 1 mA for 1 minute"])).solve()
    i = solution["Current collector current density [A.m-2]"].entries[-1]
    L, eps = values["Separator thickness [m]"], values["Separator porosity"]
    sigma = 0.05 * eps ** values["Separator Bruggeman coefficient (electrolyte)"]
    ohmic = -solution["X-averaged electrolyte ohmic losses [V]"].entries[-1]
    assert ohmic == pytest.approx(i * L / sigma, rel=0.01)
    assert solution["Electrolyte concentration [mol.m-3]"].entries == pytest.approx(
        values["Initial concentration in electrolyte [mol.m-3]"])


def test_single_ion_conductor_in_the_spme_matches_the_dfn():
    """The SPMe's solution for a reaction uniform through the cathode against the DFN, for a
    conductor as conductive as the liquid (1 S/m; a resistive one makes the DFN's reaction
    non-uniform, which the SPMe cannot follow): a few mV at C/5."""
    values = pybamm.ParameterValues("LiMetal_NMC_Xu2019")
    values.update({"Separator electrolyte conductivity [S.m-1]": 1.0,
                   "Positive electrode electrolyte conductivity [S.m-1]": 1.0})
    voltages = [pybamm.Simulation(cls({"electrolyte": "single-ion conductor"}),
                                  parameter_values=values.copy()).solve([0, 300])[
        "Voltage [V]"].entries[-1] for cls in (MetalAnodeSPMe, MetalAnodeDFN)]
    assert voltages[0] == pytest.approx(voltages[1], abs=5e-3)


def test_leaving_the_correlations_range_ends_the_run_with_a_named_reason():
    """Li ‖ Li at -20 °C plating hard: the salt piles up at the stripping surface until the
    Valøen-Reimers diffusivity nears its singularity; the run stops with the named reason,
    not a solver error."""
    run = run_experiment("MetalSymmetricCell", "LiLi_Symmetric_Carbonate",
                         ["Discharge at 5 mA for 2 hours"], temperature=253.15)
    assert run.termination == f"event: {CONCENTRATION_EVENT}"
    c = run.solution["Electrolyte concentration [mol.m-3]"].entries
    c_max = (253.15 - 239) / 5 * 1000  # the correlation's limit at 253 K (_electrolytes)
    assert c.max() == pytest.approx(c_max, rel=1e-3)


def test_a_temperature_outside_the_correlations_range_is_refused():
    with pytest.raises(InputError, match="Electrolyte minimum temperature"):
        run_experiment("MetalSymmetricCell", "LiLi_Symmetric_Carbonate",
                       ["Rest for 1 minute"], temperature=230.0)


# -- interphases per electrode -------------------------------------------------------------


def test_pybamm_sei_on_each_electrode_of_a_symmetric_cell_with_its_own_values():
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    k = "electrode SEI reaction exchange current density [A.m-2]"
    values.update({f"Negative {k}": values[f"Negative {k}"] * 10})
    model = MetalSymmetricCell({"SEI": "reaction limited"})
    solution = pybamm.Simulation(model, parameter_values=values, experiment=pybamm.Experiment(
        ["Rest for 10 hours"])).solve()
    grown = {d: np.ptp(solution[names.interphase_thickness(d)].entries)
             for d in ("negative", "positive")}
    assert grown["negative"] > 2 * grown["positive"] > 0
    metal = sum(solution[f"{d.capitalize()} electrode {pool} [mol.m-2]"].entries
                for d in ("negative", "positive")
                for pool in ("active metal", "dead metal", "metal in interphase"))
    assert np.max(np.abs(metal / metal[0] - 1)) < 1e-9


def test_constant_resistance_interphase_adds_its_drop_on_both_electrodes():
    """A film of R_f on each electrode adds 2 i R_f to the steady polarisation."""
    values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
    R_f = 2e-4  # Ohm m2
    for domain in ("Negative", "Positive"):
        values.update({f"{domain} electrode interphase resistance [Ohm.m2]": R_f,
                       f"{domain} electrode interphase capacitance [F.m-2]": 0.01})
    experiment = pybamm.Experiment(["Discharge at 1 mA for 10 minutes"])
    V = {option: pybamm.Simulation(MetalSymmetricCell({"interphase": option}),
                                   parameter_values=values.copy(),
                                   experiment=experiment).solve()["Voltage [V]"].entries[-1]
         for option in ("none", "constant resistance")}
    assert V["none"] - V["constant resistance"] == pytest.approx(2 * 10 * R_f, rel=1e-4)


# -- bad input: a clear error within 5 s, for every model class -------------------------------


def _negative(value):
    def correlation(c_e, T):
        return value + 0 * c_e

    return correlation


DEFAULT_SETS = {MetalSymmetricCell: "LiLi_Symmetric_Carbonate"}
BAD = [
    ("Positive electrode thickness [m]", -4.2e-5, FULL_CELLS),
    ("Separator thickness [m]", -2.5e-5, ALL_MODELS),
    # the SPM's uniform electrolyte has no resistance: it does not read the conductivity
    ("Electrolyte conductivity [S.m-1]", _negative(-1.0),
     [MetalAnodeSPMe, MetalAnodeDFN, MetalSymmetricCell]),
    ("Separator porosity", -0.4, ALL_MODELS),
    ("Positive electrode porosity", -0.4, FULL_CELLS),
    ("Nominal cell capacity [A.h]", 0.0, ALL_MODELS),
    ("Negative electrode initial metal thickness [m]", -1e-6, ALL_MODELS),
]


CASES = [(model_class, name, value) for name, value, models in BAD for model_class in models]


@pytest.mark.parametrize(("model_class", "name", "value"), CASES,
                         ids=[f"{m.__name__}: {n} = {getattr(v, '__name__', v)}"
                              for m, n, v in CASES])
def test_bad_parameter_is_refused_by_name_within_5_s(model_class, name, value, time_limit):
    values = pybamm.ParameterValues(DEFAULT_SETS.get(model_class, "LiMetal_NMC_Xu2019"))
    values[name] = value
    pattern = re.escape(name)
    with time_limit(5), pytest.raises(InputError, match=pattern):
        check_parameter_values(values, model_class())
    with time_limit(5), pytest.raises(InputError, match=pattern):
        pybamm.Simulation(model_class(), parameter_values=values,
                          experiment=pybamm.Experiment(["Discharge at C/5 for 1 minute"])
                          ).solve()


@pytest.mark.parametrize("model_class", ALL_MODELS)
@pytest.mark.parametrize("options", [{"electrolyte": "gel"}, {"interphase": "thick"},
                                     {"metal contact": "voids"}, {"short": "dendrite"},
                                     {"SEI": "fast"}, {"thermal": "hot"}])
def test_unknown_option_value_names_the_allowed_ones(model_class, options, time_limit):
    key = next(iter(options))
    with time_limit(5), pytest.raises(InputError, match=f"'{key}'.*(allowed|Possible)"):
        model_class(options)


def test_sei_and_interphase_on_one_electrode_are_refused():
    with pytest.raises(InputError, match="choose one"):
        MetalAnodeSPM({"SEI": "reaction limited", "interphase": "constant resistance"})


def test_a_parameter_the_model_does_not_read_is_named_in_a_warning():
    values = pybamm.ParameterValues("LiMetal_NMC_Xu2019")
    values["Negative electrode thickness [m]"] = 1e-4
    with pytest.warns(UnreadParameterWarning, match="Negative electrode initial metal"):
        check_parameter_values(values, MetalAnodeDFN())
    with pytest.warns(UnreadParameterWarning, match="Separator tortuosity"):
        run_experiment("MetalAnodeSPM", "LiMetal_NMC_Xu2019", ["Rest for 1 minute"],
                       parameter_updates={"Separator tortuosity": 2.0})


def test_a_parameter_read_by_a_function_of_the_set_is_not_called_unread():
    """The Chayambuka set's NVPF open-circuit potential reads its step-shift parameter:
    setting it warns of nothing, while a name nothing reads still warns."""
    updates = {"Positive electrode OCP step shift": 0.03}
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnreadParameterWarning)
        run_experiment("SPM", "NaIon_Chayambuka2022", ["Rest for 1 minute"],
                       parameter_updates=updates)
    with pytest.warns(UnreadParameterWarning, match="Separator tortuosity"):
        run_experiment("SPM", "NaIon_Chayambuka2022", ["Rest for 1 minute"],
                       parameter_updates={**updates, "Separator tortuosity": 2.0})


@pytest.mark.parametrize("model_class", ALL_MODELS)
def test_default_parameter_values_solve(model_class):
    solution = pybamm.Simulation(model_class()).solve([0, 60])
    assert math.isfinite(solution["Voltage [V]"].entries[-1])
