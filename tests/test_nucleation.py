"""Nucleation barrier of first plating on a bare substrate (planar_metal.law): the spike's
depth and its decay as the nuclei cover the substrate, a duration inversely proportional to the
current; the barrier switched off leaves the law unchanged; a plate-strip-rest run with a
double layer finishes; the nucleus coverage thickness is checked."""

import math

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.metal_anode import MetalAnodeDFN, MetalAnodeSPM, MetalAnodeSPMe
from pybamm_beyondli.models.symmetric_cell import MetalSymmetricCell, exhaustion_event_name
from pybamm_beyondli.parameters.checks import check_parameter_values
from pybamm_beyondli.submodels.planar_metal.law import (
    metal_butler_volmer,
    nucleus_coverage_time,
    rest_overpotential,
)
from pybamm_beyondli.validation import metal_anode as metal_anode_validation

ETA_NUC = 0.05  # V
NUCLEUS = "Positive electrode metal nucleus coverage thickness [m]"
BARRIER = "Positive electrode metal nucleation overpotential [V]"
COVERAGE = "Positive electrode metal coverage thickness [m]"
ETA = "Positive electrode metal reaction overpotential [V]"
F = pybamm.constants.F.value
R = pybamm.constants.R.value


def _licu(eta_nuc: float, **updates) -> pybamm.ParameterValues:
    values = pybamm.ParameterValues("LiCu_Carbonate")
    values.update({BARRIER: eta_nuc, **updates})
    return values


def _first_plating(values: pybamm.ParameterValues, current_mA: float,
                   hours: float = 3.0) -> pybamm.Solution:
    """Plating onto the bare Cu of Li ‖ Cu ("Discharge"): the first 5 minutes resolved at
    0.1 s, then up to ``hours`` (the growth plateau)."""
    steps = [f"Discharge at {current_mA} mA for 1 second (0.001 second period)",
             f"Discharge at {current_mA} mA for 299 seconds (0.1 second period)",
             f"Discharge at {current_mA} mA for {hours * 3600 - 300} seconds "
             "(60 second period)"]
    # tight tolerances: the default ones let the solver step across the kink of the law at
    # eta = -eta_nuc, and the interpolated output then misses the crossing by a few %
    return pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                             experiment=pybamm.Experiment(steps),
                             solver=pybamm.IDAKLUSolver(rtol=1e-6, atol=1e-8)).solve()


def _spike(solution: pybamm.Solution, eta_nuc: float):
    """(t, eta, minimum index, time at which eta is back at -eta_nuc) on the Cu."""
    t = solution["Time [s]"].entries
    eta = solution[ETA].entries
    k = int(eta.argmin())
    back = np.nonzero((t > t[k]) & (eta >= -eta_nuc))[0]
    return t, eta, k, (t[back[0]] if back.size else math.inf)


# -- (i) spike depth and duration ------------------------------------------------------------


def _closed_form(t, i, j0, T, tau):
    """eta(t) of galvanostatic plating at |i| on a bare substrate once the nuclei carry the
    current (alpha = 1/2, z = 1): all the charge deposits, theta_n = 1 - exp(-t/tau), and the
    deposit's Gibbs-Thomson shift eta_nuc exp(-t/tau) adds to its growth overpotential,
    eta = -eta_nuc exp(-t/tau) - (2RT/F) asinh(|i| / (2 j0 theta_n))."""
    x = np.exp(-t / tau)
    return -ETA_NUC * x - 2 * R * T / F * np.arcsinh(i / (2 * j0 * (1 - x)))


def _coverage_time(solution: pybamm.Solution, fraction: float) -> float:
    """Time at which the nuclei cover ``fraction`` of the Cu (the model's nucleus coverage)."""
    t = solution["Time [s]"].entries
    theta_n = solution["Positive electrode metal nucleus coverage"].entries
    return float(np.interp(fraction, theta_n, t))


@pytest.mark.parametrize(("current_mA", "coverage_thickness", "nucleus_thickness"), [
    (0.5, 1e-8, 1e-6),
    (2.0, 1e-8, 1e-6),
    (0.5, 1e-9, 1e-6),  # the 10 nm regularisation A_c does not set the duration
    (0.5, 1e-8, 2e-6),  # the nucleus scale A_n does
])
def test_licu_spike_depth_and_decay_follow_the_closed_forms(
        current_mA, coverage_thickness, nucleus_thickness):
    """First plating on bare Cu: the overpotential starts ~eta_nuc below the growth plateau
    (|i| << j0), then follows the closed form of :func:`_closed_form` (tau = zFA_n/|i|) as
    the nuclei cover the Cu (planar_metal.law)."""
    values = _licu(ETA_NUC, **{COVERAGE: coverage_thickness, NUCLEUS: nucleus_thickness})
    solution = _first_plating(values, current_mA)
    t, eta, k, _ = _spike(solution, ETA_NUC)
    i = current_mA * 10  # A m-2 on the 1 cm2 cell
    j0 = solution["Positive electrode metal exchange-current density [A.m-2]"].entries
    assert i < 0.3 * j0[0]  # the |i| << j0 regime of the depth estimate

    # depth: the spike sits eta_nuc below the plateau, the barrier-free growth value
    without = _first_plating(_licu(0.0, **{COVERAGE: coverage_thickness}), current_mA)
    plateau = without[ETA].entries[-1]
    assert eta[k] - plateau == pytest.approx(-ETA_NUC, abs=0.02 * ETA_NUC)

    # decay: once the nuclei carry the current (eta above -eta_nuc), the closed form
    A_n = nucleus_thickness / values["Metal molar volume [m3.mol-1]"]
    tau = F * A_n / i
    carried = (eta > -ETA_NUC) & (t > 0.05 * tau)
    assert carried.sum() > 20
    expected = _closed_form(t, i, j0, values["Initial temperature [K]"], tau)
    np.testing.assert_allclose(eta[carried], expected[carried], atol=1e-5)
    # the nucleus coverage is reported and follows Avrami's relation
    A = solution["Positive electrode active metal [mol.m-2]"].entries
    theta_n = solution["Positive electrode metal nucleus coverage"].entries
    np.testing.assert_allclose(theta_n, 1 - np.exp(-np.maximum(A, 0) / A_n), atol=1e-12)
    # the spike is over when the nuclei cover the Cu: at 90 % coverage (t = tau ln 10)
    t_90 = _coverage_time(solution, 0.9)
    assert t_90 == pytest.approx(nucleus_coverage_time(-i, 1, A_n, 0.9), rel=5e-3)
    assert abs(np.interp(t_90, t, eta) - plateau) < 0.2 * ETA_NUC


def test_spike_duration_is_inversely_proportional_to_the_current():
    """The spike lasts until the nuclei cover the Cu, a fixed charge zFA_n: four times the
    current, a quarter of the time."""
    durations = [_coverage_time(_first_plating(_licu(ETA_NUC), current_mA, hours=1.5), 0.9)
                 for current_mA in (0.5, 2.0)]
    assert durations[0] / durations[1] == pytest.approx(4, rel=5e-3)


def test_deposit_equilibrium_follows_its_nuclei():
    """A deposit still made of nuclei (theta_n < 1) rests eta_nuc (1 - theta_n) below the bulk
    metal (the Gibbs-Thomson shift of its nuclei), and a bare surface carries no nucleation
    current above -eta_nuc."""
    s = pybamm.Scalar
    T, j0 = 298.15, 7.0
    for z, alpha in ((1, 0.5), (2, 0.3)):
        for theta_n in (0.2, 0.6, 1.0):
            rest = float(rest_overpotential(s(T), z, s(alpha), s(theta_n), s(theta_n),
                                            s(ETA_NUC), s(1e-15)).evaluate())
            assert rest == pytest.approx(-ETA_NUC * (1 - theta_n), abs=1e-7)  # floors
        bare = float(metal_butler_volmer(s(j0), s(-0.9 * ETA_NUC), s(T), z, s(alpha), s(0.0),
                                         s(0.0), s(ETA_NUC), s(1e-15)).evaluate())
        assert -1e-5 < bare < 0  # only the floors (currents are 1-100 A m-2)


# -- (ii) barrier off: unchanged --------------------------------------------------------------


def test_barrier_off_law_ignores_nucleus_coverage():
    """With eta_nuc = 0 the law and its rest potential are those of the coverage
    A / (A + A_c), whatever theta_n."""
    s = pybamm.Scalar
    T, j0 = s(298.15), s(7.0)
    for z in (1, 2):
        for theta in (0.0, 1e-3, 0.5, 1.0):
            for theta_n in (0.0, 0.3, 1.0):
                for eta in (-0.2, -0.01, 0.0, 0.05):
                    reference = metal_butler_volmer(j0, s(eta), T, z, s(0.5), s(theta),
                                                    s(theta), s(0.0), s(1e-15)).evaluate()
                    other = metal_butler_volmer(j0, s(eta), T, z, s(0.5), s(theta),
                                                s(theta_n), s(0.0), s(1e-15)).evaluate()
                    assert other == reference
                assert (rest_overpotential(T, z, s(0.5), s(theta), s(theta_n), s(0.0),
                                           s(1e-15)).evaluate()
                        == rest_overpotential(T, z, s(0.5), s(theta), s(theta), s(0.0),
                                              s(1e-15)).evaluate())


def test_barrier_off_licu_plating_is_unchanged():
    """Without the barrier the nucleus coverage thickness has no effect at all (identical
    solution), there is no spike, and the growth overpotential is the symmetric
    Butler-Volmer value -(2RT/F) asinh(|i| / 2 j0) on the covered Cu."""
    runs = [_first_plating(_licu(0.0, **{NUCLEUS: thickness}), 0.5, hours=0.2)
            for thickness in (1e-6, 1e-7)]
    for name in ("Voltage [V]", ETA,
                 "Positive electrode active metal [mol.m-2]"):
        np.testing.assert_array_equal(runs[0][name].entries, runs[1][name].entries)
    t, eta, k, _ = _spike(runs[0], 0.0)
    assert eta[k] == pytest.approx(eta[-1], abs=1e-4)  # no spike
    # the law without the barrier: theta_a = theta (+ floor), theta_c = 1, alpha = 1/2:
    # eta = (2RT/F) [asinh(i / (2 j0 sqrt(theta_a))) + ln(1 / theta_a) / 2], i = -5 A m-2
    j0 = runs[0]["Positive electrode metal exchange-current density [A.m-2]"].entries
    theta = runs[0]["Positive electrode metal surface coverage"].entries
    theta_a = 1e-15 + (1 - 1e-15) * theta
    T = runs[0]["X-averaged cell temperature [K]"].entries
    expected = 2 * R * T / F * (np.arcsinh(-5.0 / (2 * j0 * np.sqrt(theta_a)))
                                - np.log(theta_a) / 2)
    late = t > 10  # after the double layer has charged
    np.testing.assert_allclose(eta[late], expected[late], atol=1e-6)


# -- (iii) plate, strip to a voltage limit, rest, with a double layer --------------------------


def _run_to_the_end(model, values, steps, strip_end):
    """Plate, strip (ended by ``strip_end``), rest: every step finishes, none by exhaustion."""
    solution = pybamm.Simulation(model, parameter_values=values,
                                 experiment=pybamm.Experiment(steps)).solve()
    assert solution.termination == "final time"
    reasons = [step.termination for cycle in solution.cycles for step in cycle.steps]
    assert reasons == ["final time", strip_end, "final time"]
    return solution


@pytest.mark.parametrize("eta_nuc", [0.0, ETA_NUC])
def test_licu_plate_strip_rest_finishes_with_double_layer(eta_nuc):
    """Li ‖ Cu: the strip ends at 1 V past the last Li; the rest that follows discharges the
    double layer through the substrate floor (booked as stripping of an empty electrode),
    which is not an exhaustion. A further strip ends with the named event, not an error."""
    values = _licu(eta_nuc)
    steps = ["Discharge at 1 mA for 30 minutes", "Charge at 1 mA until 1 V",
             "Rest for 10 minutes"]
    solution = _run_to_the_end(MetalSymmetricCell({"surface form": "differential"}), values,
                               steps, "event: Voltage > 1.0 [V] [experiment]")
    # the deposit (less the dead fraction) came back before 1 V
    stripped = solution.cycles[1]["Discharge capacity [A.h]"].entries
    f = values["Positive electrode dead metal fraction"]
    assert stripped[0] - stripped[-1] == pytest.approx(0.5e-3 * (1 - f), rel=1e-3)

    again = pybamm.Simulation(MetalSymmetricCell({"surface form": "differential"}),
                              parameter_values=_licu(eta_nuc),
                              experiment=pybamm.Experiment(
                                  [*steps, "Charge at 1 mA for 10 minutes"])).solve()
    assert again.termination == f"event: {exhaustion_event_name('positive')}"


@pytest.mark.parametrize("model_class", [MetalAnodeDFN, MetalAnodeSPM])
def test_anode_free_plate_strip_rest_with_barrier_and_double_layer(model_class):
    """Anode-free full cell with the barrier on and a double layer: plate, strip to the
    3.0 V cut-off, rest 30 minutes, all steps finish."""
    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode metal nucleation overpotential [V]": ETA_NUC})
    steps = ["Charge at C/2 for 20 minutes", "Discharge at C/2 until 3.0 V",
             "Rest for 30 minutes"]
    _run_to_the_end(model_class({"surface form": "differential"}), pv, steps,
                    "event: Voltage < 3.0 [V] [experiment]")


# -- (iv) bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0.0, -1e-6])
def test_bad_nucleus_coverage_thickness_is_refused(bad):
    values = _licu(ETA_NUC, **{NUCLEUS: bad})
    name = NUCLEUS.replace("[", r"\[").replace("]", r"\]")
    with pytest.raises(InputError, match=name):
        check_parameter_values(values, MetalSymmetricCell())
    with pytest.raises(InputError, match=name + ".*> 0"):
        pybamm.Simulation(MetalSymmetricCell(), parameter_values=values).solve([0, 60])
    negative = "Negative electrode metal nucleus coverage thickness [m]"
    pv = metal_anode_validation.anode_free_parameters(**{negative: bad})
    with pytest.raises(InputError, match=negative.replace("[", r"\[").replace("]", r"\]")):
        pybamm.Simulation(MetalAnodeSPM(), parameter_values=pv).solve([0, 60])


# -- the nucleation protocol on its standard set (Na on Cu, eta_nuc measured) ----------------


def test_nucleation_protocol_shows_a_spike_at_every_plating_on_bare_cu():
    """Na ‖ Cu (eta_nuc = 44.9 mV, Shinde2023): each plating onto the Cu, bare again after the
    previous strip to 1 V, dips below its own growth plateau by about eta_nuc (the difference
    tends to eta_nuc for |i| << j0; here |i| / j0 <= 0.16), and the run finishes."""
    from pybamm_beyondli.experiments import nucleation_on_bare_cu as protocol

    values = pybamm.ParameterValues(protocol.PARAMETERS)
    eta_nuc = values[BARRIER]
    assert eta_nuc == pytest.approx(0.0449)  # Na on Cu [Shinde2023, digest §1.2]
    solution = pybamm.Simulation(MetalSymmetricCell(), parameter_values=values,
                                 experiment=protocol.experiment()).solve()
    assert solution.termination == "final time"
    transients = protocol.plating_transients(solution)
    assert len(transients) == len(protocol.CURRENTS_MA)
    for t, v in transients:
        plating = t > 1.0  # after the double layer has discharged from the bare-Cu rest
        spike, plateau = v[plating].min(), v[-1]
        assert 0.85 * eta_nuc < plateau - spike < eta_nuc


@pytest.mark.parametrize("model_class", [MetalAnodeSPM, MetalAnodeSPMe, MetalAnodeDFN])
@pytest.mark.parametrize("sei", ["reaction limited", "solvent-diffusion limited"])
@pytest.mark.parametrize("rate", ["C/5", "1C"])
def test_strip_to_the_end_rest_and_replate_on_bare_substrate(model_class, sei, rate):
    """Anode-free cell with a nucleation barrier and SEI: plate, strip to the cut-off (the
    last metal), rest, plate again on the bare substrate through new nuclei, rest; every
    step runs to its end (the log-current residual of the bare surface,
    planar_metal.interface), and the metal inventory is conserved to round-off (without a
    double layer j_F is the balance's j - j_film, not the rate law's value)."""
    from pybamm_beyondli.workflows.simulation import run_experiment

    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode metal nucleation overpotential [V]": 0.05})
    solution = run_experiment(
        model_class({"SEI": sei}), pv,
        [f"Charge at {rate} for 30 minutes", f"Discharge at {rate} until 3.0 V",
         "Rest for 30 minutes", f"Charge at {rate} for 10 minutes", "Rest for 10 minutes"],
    ).solution
    assert solution.termination == "final time"
    assert len(solution.cycles) == 5
    replated = solution.cycles[3]["Negative electrode active metal [mol.m-2]"].entries
    assert replated[-1] > 100 * abs(replated[0])  # the new deposit grew from ~nothing
    total = solution["Total metal inventory [mol.m-2]"].entries
    assert np.max(np.abs(total / total[0] - 1)) <= 1e-8


@pytest.mark.parametrize("model_class", [MetalAnodeSPM, MetalAnodeSPMe, MetalAnodeDFN])
def test_rest_after_stripping_to_the_last_metal_with_nucleation_barrier(model_class):
    """Anode-free cell with a nucleation barrier and reaction-limited SEI, no double layer:
    after a discharge that strips the deposit to its last ~1e-6 mol m-2, the rest runs to
    its end while the SEI takes the last metal (the balance 0 = j_F + j_SEI holds the
    nearly bare surface at rest; the interface's log-current residual must stay linear at
    such currents, planar_metal.interface.LOG_RESIDUAL_SCALE)."""
    from pybamm_beyondli.workflows.simulation import run_experiment

    pv = metal_anode_validation.anode_free_parameters(
        **{"Negative electrode metal nucleation overpotential [V]": 0.05})
    solution = run_experiment(model_class({"SEI": "reaction limited"}), pv,
                              ["Charge at C/2 for 30 minutes", "Discharge at C/2 until 3.0 V",
                               "Rest for 90 minutes"]).solution
    assert solution.termination == "final time"
    rest = solution.cycles[2]
    active = rest["Negative electrode active metal [mol.m-2]"].entries
    sei = rest["Negative SEI concentration [mol.m-2]"].entries
    # the coverage amount A_c (10 nm of Li): below it the surface counts as bare
    A_c = pv["Negative electrode metal coverage thickness [m]"] / pv[
        "Metal molar volume [m3.mol-1]"]
    assert 0 < active[0] < 1e-2 * A_c  # the discharge ended on the last metal
    assert sei[-1] > sei[0]  # the SEI kept growing in the rest ...
    assert active[-1] < 0.5 * active[0]  # ... on the last of the active metal
    assert abs(active[-1]) < 1e-3 * A_c  # used up, not stripped far past zero
    assert rest["Voltage [V]"].entries[-1] > 3.0  # and the cell relaxed above its cut-off
    total = solution["Total metal inventory [mol.m-2]"].entries
    assert np.max(np.abs(total / total[0] - 1)) <= 1e-8
