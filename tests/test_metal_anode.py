"""Metal-anode full cell (issue #3): the validation cases pass, the models run under
ordinary Experiment strings, the exhaustion event behaves, and bad input is refused."""

import numpy as np
import pybamm
import pytest

import pybamm_beyondli.validation.metal_anode as metal_anode_validation
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.metal_anode import (
    MetalAnodeDFN,
    MetalAnodeSPM,
    MetalAnodeSPMe,
    dead_fraction_from_coulombic_efficiency,
)
from pybamm_beyondli.models.options import BeyondLiOptions
from pybamm_beyondli.parameters.beyondli_parameters import BeyondLiParameters
from pybamm_beyondli.results.cycles import coulombic_efficiency, cycle_table
from pybamm_beyondli.submodels.planar_metal import DeadMetal, MetalInventory
from pybamm_beyondli.validation.cases import CASES

DEAD = "Negative electrode dead metal fraction"
METAL_CASES = [
    "metal_anode_conservation",
    "metal_anode_faraday",
    "metal_anode_tafel_z1",
    "metal_anode_tafel_z2",
    "metal_anode_ce_law",
    "metal_anode_exhaustion",
    "metal_anode_bad_input",
]


def test_issue_3_checks_are_registered_validation_cases():
    """Each physics check of issue #3 is a registered case (so `beyondli validate` reports
    it); tests/test_validation_harness.py runs every registered case against its threshold."""
    assert set(METAL_CASES) <= set(CASES)


@pytest.mark.parametrize("model_class", [MetalAnodeSPM, MetalAnodeSPMe, MetalAnodeDFN])
def test_models_run_current_voltage_power_cccv(model_class):
    pv = metal_anode_validation.limetal_parameters()
    experiment = pybamm.Experiment([
        "Discharge at 1C for 10 minutes",
        "Discharge at 5 mW for 5 minutes",
        "Charge at C/2 until 4.2 V",
        "Hold at 4.2 V until C/20",
        "Rest for 5 minutes",
    ])
    sol = pybamm.Simulation(model_class(), parameter_values=pv, experiment=experiment).solve()
    assert sol.termination == "final time"  # not an aborted experiment
    assert len(sol.cycles) == 5  # each step string is one cycle, all of them ran
    for name in model_class.key_variables:
        assert np.all(np.isfinite(sol[name].entries)), name
    total = sol["Total metal inventory [mol.m-2]"].entries
    assert np.max(np.abs(total / total[0] - 1)) <= 1e-6


def test_anode_free_rest_then_charge_does_not_trip_exhaustion():
    pv = metal_anode_validation.anode_free_parameters()
    steps = ["Rest for 10 minutes", "Charge at C/2 for 20 minutes", "Rest for 10 minutes"]
    sol = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv,
                            experiment=pybamm.Experiment(steps)).solve()
    assert "metal anode exhausted" not in sol.termination
    assert sol["Negative electrode active metal [mol.m-2]"].entries[-1] > 0


def test_plating_and_stripping_charge_are_the_cyclers():
    """Plating/stripping charge are the charge passed while charging/discharging per
    electrode area (the integral of the applied current); with SEI growth the plating
    charge also feeds the interphase, so the cycler's CE falls below 1 - f."""
    f = 0.05
    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode dead metal fraction": f})
    sol = pybamm.Simulation(MetalAnodeSPM({"SEI": "reaction limited"}), parameter_values=pv,
                            experiment=pybamm.Experiment(
                                [metal_anode_validation.CYCLE] * 2)).solve()
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    for cycle in sol.cycles:
        charge, _, discharge = cycle.steps
        for step, counter, sign in ((charge, "plating", -1), (discharge, "stripping", 1)):
            counted = step[f"Negative electrode {counter} charge [A.h.m-2]"].entries
            current = sign * step["Current [A]"].entries
            passed = np.trapezoid(current, step.t) / 3600 / area
            assert counted[-1] - counted[0] == pytest.approx(passed, rel=1e-4)
    ce = coulombic_efficiency(cycle_table(sol))
    interphase = sol["Negative electrode metal in interphase [mol.m-2]"].entries
    assert interphase[-1] > 0
    assert np.all(ce < 1 - f)


def test_single_sei_option_means_sei_on_the_metal_only():
    model = MetalAnodeSPM({"SEI": "reaction limited"})
    assert model.options.negative["SEI"] == "reaction limited"
    assert model.options.positive["SEI"] == "none"


# -- bad input --------------------------------------------------------------------------


def _solve_with(updates, model=None):
    pv = metal_anode_validation.limetal_parameters(**updates)
    sim = pybamm.Simulation(model or MetalAnodeSPM(), parameter_values=pv,
                            experiment=pybamm.Experiment(["Discharge at 1C for 1 minute"]))
    return sim.solve()


@pytest.mark.parametrize(
    ("updates", "named"),
    [
        ({"Negative electrode initial metal thickness [m]": -1e-6},
         "Negative electrode initial metal thickness [m]"),
        ({"Metal charge number": 4}, "Metal charge number"),
        ({"Metal charge number": 0}, "Metal charge number"),
        ({"Metal charge number": 1.5}, "Metal charge number"),
        ({DEAD: 1.2}, DEAD),
        ({DEAD: 1.0}, DEAD),  # f = 1 strips nothing
        ({DEAD: -0.1}, DEAD),
        ({"Metal molar volume [m3.mol-1]": -1e-5}, "Metal molar volume [m3.mol-1]"),
    ],
)
def test_bad_parameter_raises_input_error(updates, named):
    with pytest.raises(InputError, match=named.replace("[", r"\[").replace("]", r"\]")):
        _solve_with(updates)


@pytest.mark.parametrize("ce", [-0.01, 0.0, 1.01])
def test_bad_coulombic_efficiency(ce):
    with pytest.raises(InputError, match="Coulombic efficiency"):
        dead_fraction_from_coulombic_efficiency(ce)


def test_bad_domain_and_working_electrode():
    param = BeyondLiParameters(BeyondLiOptions())
    with pytest.raises(InputError, match="domain"):
        MetalInventory(param, "separator", None, "x")
    with pytest.raises(InputError, match="domain"):
        DeadMetal(param, "middle")
    with pytest.raises(InputError, match="working electrode"):
        MetalAnodeSPM({"working electrode": "both"})


# -- optional mechanisms --------------------------------------------------------------------


def _first_plating_overpotential(eta_nuc):
    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode metal nucleation overpotential [V]": eta_nuc})
    sol = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv,
                            experiment=pybamm.Experiment(
                                ["Charge at C/2 for 1 hour"])).solve()
    return sol["Negative electrode metal reaction overpotential [V]"].entries


def test_nucleation_overpotential_on_bare_substrate():
    """First plating on bare Cu needs -eta_nuc plus the growth overpotential of the same
    current (the spike; measured -3.2e-5 V off), and the growth overpotential once the surface
    is covered (classical nucleation picture, see planar_metal.law); without the barrier there
    is no spike."""
    eta_nuc = 0.05
    with_nuc, without = _first_plating_overpotential(eta_nuc), _first_plating_overpotential(0.0)
    assert with_nuc[0] == pytest.approx(-eta_nuc + without[-1], abs=1e-3)
    assert with_nuc.min() == pytest.approx(with_nuc[0], abs=1e-6)  # the spike comes first
    assert abs(with_nuc[-1] - without[-1]) < 1e-3
    assert without.min() == pytest.approx(without[-1], abs=1e-6)


def _law(i_or_eta, theta, eta_nuc, z, alpha=0.5, floor=1e-15, T=298.15, j0=7.0):
    from pybamm_beyondli.submodels.planar_metal.law import metal_butler_volmer

    s = pybamm.Scalar
    return float(metal_butler_volmer(s(j0), s(i_or_eta), s(T), z, s(alpha), s(theta),
                                     s(theta), s(eta_nuc), s(floor)).evaluate())


def _overpotential(i, theta, eta_nuc, z, alpha=0.5):
    from scipy.optimize import brentq

    return brentq(lambda eta: _law(eta, theta, eta_nuc, z, alpha) - i, -1.5, 1.5,
                  xtol=1e-13)


def test_bare_substrate_spike_formula():
    """On a bare substrate (theta = 0, alpha = 1/2) plating at i < 0 needs
    eta = -eta_nuc - (2RT/zF) asinh(|i| / (2 j0)), up to the floors; a covered surface needs
    the ordinary Butler-Volmer eta (closed forms, solved from the law numerically)."""
    T, j0, eta_nuc = 298.15, 7.0, 0.05
    f = pybamm.constants.F.value / (pybamm.constants.R.value * T)
    for z in (1, 2):
        for i in (-0.5, -5.0, -50.0):
            growth = 2 / (z * f) * np.arcsinh(-i / (2 * j0))
            assert _overpotential(i, 0.0, eta_nuc, z) == pytest.approx(-eta_nuc - growth,
                                                                      abs=1e-6)
            assert _overpotential(i, 1.0, eta_nuc, z) == pytest.approx(-growth, abs=1e-9)


def test_rest_overpotential_carries_no_current():
    """The law's rest potential (used as the initial surface potential with a double layer)
    carries no current at any coverage, barrier and transfer coefficient."""
    from pybamm_beyondli.submodels.planar_metal.law import rest_overpotential

    s = pybamm.Scalar
    for z, theta, eta_nuc, alpha in [(1, 1.0, 0.0, 0.5), (2, 1e-3, 0.05, 0.3),
                                      (1, 0.0, 0.03, 0.7), (3, 0.4, 0.02, 0.5)]:
        rest = float(rest_overpotential(s(298.15), z, s(alpha), s(theta), s(theta),
                                        s(eta_nuc), s(1e-8)).evaluate())
        assert _law(rest, theta, eta_nuc, z, alpha, floor=1e-8) == pytest.approx(0, abs=1e-9)


def test_current_dependent_dead_fraction():
    """f = f_ref (i/i_ref)^beta: a faster strip leaves more dead metal per stripped charge."""
    from pybamm_beyondli.parameters.functions import power_law_dead_fraction

    law = power_law_dead_fraction(0.05, i_ref=15.6, beta=0.5)
    dead = {}
    for rate in ("C/2", "2C"):
        pv = metal_anode_validation.anode_free_parameters(**{DEAD: law})
        steps = ["Charge at C/2 until 4.2 V", f"Discharge at {rate} until 3.5 V"]
        sol = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv,
                                experiment=pybamm.Experiment(steps)).solve()
        dead[rate] = sol["Negative electrode dead metal [mol.m-2]"].entries[-1]
    assert dead["2C"] > 1.5 * dead["C/2"]


def test_interphase_coupled_dead_fraction():
    """f = f_ref (L_ref/L_SEI)^m with m = 1 (O'Kane et al. 2022's plated-to-dead coupling,
    rate ~ L_SEI,0 / L_SEI): while stripping, the dead fraction follows the growing SEI
    thickness, and a cell that starts with a thicker SEI isolates less dead metal."""
    from pybamm_beyondli.parameters.functions import power_law_dead_fraction

    f_ref, L_ref = 0.05, 5e-9
    law = power_law_dead_fraction(f_ref, L_ref=L_ref, m=1.0)
    steps = ["Charge at C/2 until 4.2 V", "Discharge at C/2 until 3.5 V"]
    dead = {}
    for L_sei in (5e-9, 10e-9):
        pv = metal_anode_validation.anode_free_parameters(
            **{DEAD: law, "Negative electrode initial SEI thickness [m]": L_sei})
        sol = pybamm.Simulation(MetalAnodeSPM({"SEI": "reaction limited"}),
                                parameter_values=pv,
                                experiment=pybamm.Experiment(steps)).solve()
        dead[L_sei] = sol["Negative electrode dead metal [mol.m-2]"].entries[-1]
        strip = sol.cycles[1]  # each step string is one cycle
        L = strip["Negative SEI thickness [m]"].entries
        assert L[-1] > L[0] > L_sei  # the SEI grows all along
        np.testing.assert_allclose(strip["Negative electrode dead metal fraction"].entries,
                                   f_ref * L_ref / L, rtol=1e-9)
    assert 0.5 * dead[5e-9] < dead[10e-9] < 0.75 * dead[5e-9]


def test_plain_solve_without_experiment():
    pv = metal_anode_validation.limetal_parameters()
    sol = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv).solve([0, 600])
    thickness = sol["Negative electrode metal thickness [m]"].entries
    assert thickness[-1] < thickness[0]


@pytest.mark.parametrize("model_class", [MetalAnodeSPM, MetalAnodeDFN])
def test_thin_foil_overdischarge_ends_with_named_reason(model_class):
    """A 5 µm foil (N/P < 1) discharged with no voltage limit stops at exhaustion."""
    pv = metal_anode_validation.limetal_parameters(
        **{"Negative electrode initial metal thickness [m]": 5e-6})
    sol = pybamm.Simulation(model_class(), parameter_values=pv,
                            experiment=pybamm.Experiment(["Discharge at 1C for 2 hours"])).solve()
    assert sol.termination == "event: metal anode exhausted"
    assert sol["Negative electrode active metal [mol.m-2]"].entries[-1] < 1e-6


@pytest.mark.parametrize("model_class", [MetalAnodeSPM, MetalAnodeDFN])
@pytest.mark.parametrize("surface_form", ["false", "differential"])
@pytest.mark.parametrize(("discharge", "reason"), [
    # a cut-off above the exhausted-anode voltage ends the step, and the run goes on
    ("Discharge at C/2 until 3.0 V", "final time"),
    # an over-strip past any reachable cut-off ends the run with the named event
    ("Discharge at C/2 until 2.5 V", "event: metal anode exhausted"),
    ("Discharge at C/2 for 2 hours", "event: metal anode exhausted"),
])
def test_anode_free_overstrip_ends_with_named_reason(model_class, surface_form, discharge,
                                                     reason):
    """Plate 20 min, then strip more than was plated: no exception, a named reason (the
    deep-strip exhaustion point lets a voltage cut-off end the step first, also with the
    double layer, whose lag must not let the event pre-empt a 3.0 V cut-off)."""
    pv = metal_anode_validation.anode_free_parameters()
    steps = ["Charge at C/2 for 20 minutes", discharge, "Rest for 5 minutes"]
    sol = pybamm.Simulation(model_class({"surface form": surface_form}), parameter_values=pv,
                            experiment=pybamm.Experiment(steps)).solve()
    assert sol.termination == reason


def test_li_carbonate_sets_share_dead_fraction():
    """One sourced dead fraction for Li in LiPF6 carbonates (full cell, Li|Li, Li|Cu)."""
    from pybamm_beyondli.parameter_sets import (
        AnodeFree_NMC_Xu2019,
        LiCu_Carbonate,
        LiLi_Symmetric_Carbonate,
        LiMetal_NMC_Xu2019,
    )
    from pybamm_beyondli.parameter_sets._metal_electrode import LI_CARBONATE_DEAD_FRACTION

    for module in (LiMetal_NMC_Xu2019,
                   AnodeFree_NMC_Xu2019,
                   LiLi_Symmetric_Carbonate, LiCu_Carbonate):
        assert module.get_parameter_values()["Negative electrode dead metal fraction"] == (
            LI_CARBONATE_DEAD_FRACTION), module.__name__


@pytest.mark.parametrize("model_name", ["MetalAnodeDFN", "MetalAnodeSPMe"])
def test_full_cell_reports_sands_time_depletion(model_name):
    """Plating fast through a thick (1 mm) separator depletes the salt at the metal: the run
    stops with the named Sand's-time event, not a solver failure."""
    from pybamm_beyondli.submodels.electrolyte import DEPLETION_EVENT

    values = pybamm.ParameterValues("AnodeFree_NMC_Xu2019")
    values["Separator thickness [m]"] = 1e-3
    sim = pybamm.Simulation(pybamm.Model(model_name), parameter_values=values,
                            experiment=pybamm.Experiment(["Charge at 2C for 1 hour"]))
    solution = sim.solve()
    assert solution.termination == f"event: {DEPLETION_EVENT}"
    c_surface = solution["Negative electrode surface electrolyte concentration [mol.m-3]"].entries
    assert c_surface[-1] == pytest.approx(1.0, abs=1e-3)  # the event's depletion threshold
    assert solution.t[-1] < 1800  # well before the hour: depletion, not the step, ended it


def test_spme_conserves_metal_to_round_off():
    """The SPMe's electrolyte current at the metal is exactly the applied one, so with the
    salt-conserving flux condition (electrolyte.liquid) its inventory is constant to
    round-off; PyBaMM's own flux_bc let it wander by ~5e-7 in 10 cycles."""
    drift = metal_anode_validation.conservation_error(n_cycles=10, model_class=MetalAnodeSPMe)
    assert drift < 1e-10


def _cycle_drift(model, pv, n_cycles):
    """Max |N(t) - N(0)| / N(0) of the total metal inventory over 1C cycles (the validation
    case's measure; infinite if a cycle did not run), and the solution."""
    return metal_anode_validation.conservation_error(
        n_cycles, model=model, parameter_values=pv, return_solution=True)


def test_dfn_conserves_metal_with_salt_conserving_flux():
    """The DFN's salt-conserving flux condition at the metal (electrolyte.liquid):
    10 cycles drift 2.2e-8; PyBaMM's own flux_bc let the inventory drift 5.1e-7."""
    drift, _ = _cycle_drift(MetalAnodeDFN({"SEI": "reaction limited"}),
                            metal_anode_validation.limetal_parameters(), 10)
    assert drift < 1e-7


def test_metal_coulombic_efficiency_shows_the_loss_an_excess_hides():
    """With a Li foil in excess the cycler's CE stays ~1 (the foil makes up for the dead Li),
    while the metal's own CE is 1 - f per cycle once a deposit is being stripped."""
    pv = metal_anode_validation.limetal_parameters()
    f = pv["Negative electrode dead metal fraction"]
    sol = pybamm.Simulation(MetalAnodeSPMe(), parameter_values=pv, experiment=pybamm.Experiment(
        [("Discharge at 1C until 3.5 V", "Charge at 1C until 4.2 V")] * 3)).solve()
    table = cycle_table(sol)
    cycler = coulombic_efficiency(table)
    metal = coulombic_efficiency(table, basis="metal")
    assert cycler[1:] == pytest.approx([1, 1], abs=1e-5)  # measured 6.9e-7 off
    assert metal[1:] == pytest.approx([1 - f] * 2, abs=1e-5)  # measured 1e-7 off
    assert metal[0] == pytest.approx(1, abs=1e-5)  # the first strip takes foil: no dead Li


def test_divalent_metal_inventory_is_conserved():
    """PyBaMM's cathode and electrolyte count monovalent charge equivalents, so for z = 2
    they enter the metal inventory divided by z (without it the total gained 0.0485
    mol m-2 in 10 minutes at 1C)."""
    from pybamm_beyondli.parameters.metals import get_metal

    mg = get_metal("Mg")
    pv = metal_anode_validation.limetal_parameters(**{
        "Metal charge number": mg.z,
        "Metal molar volume [m3.mol-1]": mg.molar_volume})
    drift, sol = _cycle_drift(MetalAnodeSPMe({"SEI": "reaction limited"}), pv, 1)
    assert drift < 1e-9
    first = sol.cycles[0].steps[0]  # the discharge: the metal stripped reaches the cathode
    da = np.ptp(first["Negative electrode active metal [mol.m-2]"].entries)
    dc = np.ptp(first["Cathode metal [mol.m-2]"].entries)
    assert da > 1e-2 and dc == pytest.approx(da, rel=1e-3)


def test_nucleation_barrier_keeps_metal_inventory():
    """With eta_nuc > 0 the log-current charge balance is used only on a bare surface:
    on a Li foil the inventory is kept as with PyBaMM's residual (the log residual
    everywhere let it drift 1.5e-7 in 3 cycles, 9.6e-6 in 10)."""
    pv = metal_anode_validation.limetal_parameters(
        **{"Negative electrode metal nucleation overpotential [V]": 0.05})
    drift, _ = _cycle_drift(MetalAnodeSPMe({"SEI": "reaction limited"}), pv, 3)
    assert drift < 1e-9


def test_double_layer_charge_is_part_of_the_inventory():
    """With a double layer the metal reaction and the applied current differ by the
    double-layer charge C_dl (dphi_dl - dphi_dl,0), dphi_dl the potential across the double
    layer under the SEI film; counted as its own pool the total is conserved."""
    name = "Negative electrode metal in double layer [mol.m-2]"
    drift, sol = _cycle_drift(MetalAnodeSPMe({"SEI": "reaction limited",
                                              "surface form": "differential"}),
                              metal_anode_validation.limetal_parameters(), 3)
    assert drift < 1e-9
    held = sol[name].entries
    assert abs(held[0]) < 1e-20 and np.max(np.abs(held)) > 1e-8
    dphi = sol["Negative electrode double-layer potential difference [V]"].entries
    c_dl = metal_anode_validation.limetal_parameters()[
        "Negative electrode double-layer capacity [F.m-2]"]
    np.testing.assert_allclose(held, -c_dl * (dphi - dphi[0]) / pybamm.constants.F.value,
                               rtol=1e-9, atol=1e-20)
    without = pybamm.Simulation(MetalAnodeSPM(), parameter_values=(
        metal_anode_validation.limetal_parameters())).solve([0, 60])
    assert np.all(without[name].entries == 0)


@pytest.mark.parametrize("model_class, limit", [(MetalAnodeSPM, 1e-9), (MetalAnodeDFN, 3e-7)])
def test_cathode_double_layer_charge_is_part_of_the_inventory(model_class, limit):
    """The SPM's electrolyte is not resolved, so the cathode's double-layer charge
    -a C_dl L (dphi - dphi0) / F is its own pool; the DFN's (and SPMe's) electrolyte holds
    it already, so it is 0 there. The DFN's limit is its spatial discretisation error over 3
    cycles on the default mesh (it falls with refinement)."""
    name = "Positive electrode metal in double layer [mol.m-2]"
    drift, sol = _cycle_drift(model_class({"SEI": "reaction limited",
                                           "surface form": "differential"}),
                              metal_anode_validation.limetal_parameters(), 3)
    assert drift < limit
    held = sol[name].entries
    if model_class is MetalAnodeDFN:
        assert np.all(held == 0)
        return
    assert abs(held[0]) < 1e-20 and np.max(np.abs(held)) > 1e-6
    pv = metal_anode_validation.limetal_parameters()
    dphi = sol["X-averaged positive electrode surface potential difference [V]"].entries
    a = sol["X-averaged positive electrode surface area to volume ratio [m-1]"].entries
    expected = (-a * pv["Positive electrode double-layer capacity [F.m-2]"]
                * pv["Positive electrode thickness [m]"] * (dphi - dphi[0])
                / pybamm.constants.F.value)
    np.testing.assert_allclose(held, expected, rtol=1e-9, atol=1e-20)


@pytest.mark.parametrize("eta_nuc", [0.0, 0.05])
def test_anode_free_double_layer_starts_at_rest(eta_nuc):
    """The double layer of a bare substrate starts at the law's rest potential: a rest
    neither plates nor carries current (it started at dphi = 0 and plated 4e-7 mol m-2 in
    1 s, at -70.6 A m-2)."""
    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode metal nucleation overpotential [V]": eta_nuc})
    sol = pybamm.Simulation(MetalAnodeSPM({"surface form": "differential"}),
                            parameter_values=pv,
                            experiment=pybamm.Experiment(["Rest for 10 minutes"])).solve()
    assert np.max(np.abs(sol["Negative electrode active metal [mol.m-2]"].entries)) < 1e-15
    j = sol["Lithium metal plating current density [A.m-2]"].entries
    assert np.max(np.abs(j)) < 1e-12
    dphi = sol["Lithium metal interface surface potential difference [V]"].entries
    assert dphi[0] > 0.1 and dphi[-1] == pytest.approx(dphi[0], abs=1e-12)


def test_interphase_coupling_is_off_without_sei():
    """(L_ref/L_SEI)^m has nothing to couple to without an SEI (L_SEI = 0): the factor is 1,
    f = f_ref (it was the clip value 0.999)."""
    from pybamm_beyondli.parameters.functions import power_law_dead_fraction

    law = power_law_dead_fraction(0.05, m=1.0)
    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode dead metal fraction": law})
    sol = pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv, experiment=pybamm.Experiment(
        ["Charge at C/2 for 20 minutes", "Discharge at C/2 for 5 minutes"])).solve()
    f = sol.cycles[1]["Negative electrode dead metal fraction"].entries
    np.testing.assert_allclose(f, 0.05, rtol=1e-12)


def test_no_double_layer_event_uses_the_applied_current_only():
    """Without a double layer ("false" or "algebraic") the exhaustion event's stripping
    switch is S(i_app) alone, without the Butler-Volmer law."""
    for form in ("false", "algebraic"):
        model = MetalAnodeSPM({"surface form": form})
        event = next(e for e in model.events if e.name == "metal anode exhausted")
        names = {s.name for s in event.expression.pre_order()}
        assert "Negative electrode metal nucleation overpotential [V]" not in names, form
    model = MetalAnodeSPM({"surface form": "differential"})
    event = next(e for e in model.events if e.name == "metal anode exhausted")
    names = {s.name for s in event.expression.pre_order()}
    assert "Negative electrode metal nucleation overpotential [V]" in names


def test_symmetric_cell_double_layer_capacity_may_depend_on_temperature():
    """The planar metal surface reads PyBaMM's C_dl(T) (a function parameter, as PyBaMM's
    own planar interface): at 318.15 K a C_dl 20 % above
    its 298.15 K value charges 1.2 times slower at the first instant (dEta/dt = i / C_dl,
    before the faradaic current builds up)."""
    from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell

    def initial_slope(temperature_dependent: bool) -> float:
        values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
        constant = values["Negative electrode double-layer capacity [F.m-2]"]
        values.update({"Ambient temperature [K]": 318.15, "Initial temperature [K]": 318.15,
                       "Current function [A]": 1e-3})
        if temperature_dependent:
            def c_dl(T):
                return constant * (1 + 0.01 * (T - 298.15))

            values.update({"Negative electrode double-layer capacity [F.m-2]": c_dl,
                           "Positive electrode double-layer capacity [F.m-2]": c_dl})
        sol = pybamm.Simulation(MetalSymmetricCell(), parameter_values=values).solve(
            np.linspace(0, 1e-7, 3))
        eta = sol["Negative electrode metal reaction overpotential [V]"].entries
        return (eta[-1] - eta[0]) / 1e-7

    assert initial_slope(False) / initial_slope(True) == pytest.approx(1.2, rel=2e-3)


@pytest.mark.parametrize("model, parameters", [("MetalSymmetricCell", "KK_Symmetric_Carbonate"),
                                               ("MetalAnodeSPM", "LiMetal_NMC_Xu2019")])
def test_molten_metal_is_rejected(model, parameters):
    """A cell temperature at or above the metal's melting point (K melts at 63.5 °C, Li at
    180.5 °C) is bad input: the error names both parameters."""
    pv = pybamm.ParameterValues(parameters)
    T = pv["Metal melting point [K]"] + 10
    pv.update({"Ambient temperature [K]": T, "Initial temperature [K]": T})
    with pytest.raises(InputError, match="Metal melting point"):
        pybamm.Simulation(pybamm.Model(model), parameter_values=pv).solve([0, 10])


def test_thermal_run_stops_when_the_metal_melts():
    """With a lumped thermal model the cell heats up; the run stops with the named reason
    when it reaches the melting point (here set 1 mK above the start)."""
    pv = metal_anode_validation.limetal_parameters()
    chen = pybamm.ParameterValues("Chen2020")  # thermal properties only
    pv.update({k: v for k, v in chen.items() if k not in pv}, check_already_exists=False)
    pv.update({"Metal melting point [K]": pv["Initial temperature [K]"] + 1e-3,
               "Total heat transfer coefficient [W.m-2.K-1]": 0.0})
    sol = pybamm.Simulation(MetalAnodeSPM({"thermal": "lumped"}), parameter_values=pv,
                            experiment=pybamm.Experiment(["Discharge at 1C for 1 hour"])
                            ).solve()
    assert sol.termination == "event: metal anode melted"
    T = sol["X-averaged cell temperature [K]"].entries
    assert T[-1] == pytest.approx(pv["Metal melting point [K]"], abs=1e-9)


@pytest.mark.parametrize("model, parameters, event", [
    ("MetalSymmetricCell", "KK_Symmetric_Carbonate", "metal electrodes melted"),
    ("MetalAnodeSPM", "LiMetal_NMC_Xu2019", "metal anode melted")])
def test_ambient_temperature_rising_past_the_melting_point_stops_the_run(model, parameters,
                                                                         event):
    """An isothermal run whose ambient temperature changes in time is not a number on
    substitution; the event catches it. (The LiPF6 carbonate's correlations stop at DMC's
    boiling point, below Li's melting point: the electrolyte's range is widened here so
    that the metal's limit is the one reached.)"""
    pv = pybamm.ParameterValues(parameters)
    T_m = pv["Metal melting point [K]"]
    pv.update({"Electrolyte maximum temperature [K]": T_m + 100})

    def ambient(y, z, t):
        return T_m - 5 + 0.01 * t  # reaches the melting point after 500 s

    pv.update({"Ambient temperature [K]": ambient, "Initial temperature [K]": T_m - 5})
    sol = pybamm.Simulation(pybamm.Model(model), parameter_values=pv,
                            experiment=pybamm.Experiment(["Rest for 20 minutes"])).solve()
    assert sol.termination == f"event: {event}"
    assert sol["Time [s]"].entries[-1] == pytest.approx(500, rel=1e-3)
    names = [e.name for e in pybamm.Model(model).events]
    assert names.count(event) == 1
