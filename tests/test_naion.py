"""Na-ion hard carbon | NVPF set: it runs in SPM, SPMe and DFN and the models agree where
they should (at C/10 electrolyte polarisation is small, so SPMe ≈ DFN); the NVPF OCP is
physically admissible (non-increasing over the used stoichiometry range); the
``naion_rate_capability`` protocol starts every rate from the validated state, so its
capacity falls with rate as measured."""

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.protocol_registry import get_protocol
from pybamm_beyondli.validation.naion import CUT_OFF_V, PARAMETER_SET
from pybamm_beyondli.workflows.simulation import run_experiment


@pytest.fixture(scope="module")
def discharges():
    return {
        (model, rate): run_experiment(model, PARAMETER_SET,
                                      [f"Discharge at {rate} until {CUT_OFF_V} V"]).solution
        for model in ("SPM", "SPMe", "DFN")
        for rate in ("0.1C", "1.4C")
    }


@pytest.mark.parametrize("model", ["SPM", "SPMe", "DFN"])
@pytest.mark.parametrize("rate", ["0.1C", "1.4C"])
def test_discharge_reaches_cut_off(discharges, model, rate):
    solution = discharges[(model, rate)]
    assert solution["Voltage [V]"].entries[-1] == pytest.approx(CUT_OFF_V, abs=1e-3)
    assert solution["Discharge capacity [A.h]"].entries[-1] > 1.5e-3


def test_reduced_models_agree_with_dfn_at_low_rate(discharges):
    q_dfn = discharges[("DFN", "0.1C")]["Discharge capacity [A.h]"].entries[-1]
    q_spme = discharges[("SPMe", "0.1C")]["Discharge capacity [A.h]"].entries[-1]
    assert q_spme == pytest.approx(q_dfn, rel=0.01)


def test_rate_costs_capacity(discharges):
    for model in ("SPMe", "DFN"):
        q_low = discharges[(model, "0.1C")]["Discharge capacity [A.h]"].entries[-1]
        q_high = discharges[(model, "1.4C")]["Discharge capacity [A.h]"].entries[-1]
        assert q_high < q_low


def test_set_is_the_one_pybamm_finds_by_name():
    pv = pybamm.ParameterValues(PARAMETER_SET)
    assert pv["Lower voltage cut-off [V]"] <= CUT_OFF_V


def test_nvpf_ocp_is_non_increasing_over_the_used_range():
    """dU_p/dsto <= 0 from the initial NVPF stoichiometry to full sodiation (no rising
    stretch in which single DFN nodes would phase-separate)."""
    values = pybamm.ParameterValues(PARAMETER_SET)
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]
    x_p0 = values["Initial concentration in positive electrode [mol.m-3]"] / c_max
    sto = np.linspace(min(x_p0, 0.2), 1.0, 4001)
    u = values["Positive electrode OCP [V]"](pybamm.Vector(sto)).evaluate().ravel()
    assert np.all(np.diff(u) <= 1e-12)
    assert u[0] - u[-1] > 0.4  # the two plateaus, 4.17 V and 3.68 V, are still there


def test_nvpf_ocp_stays_close_to_the_part_ii_function():
    from pybamm_beyondli.parameter_sets.NaIon_Chayambuka2022 import (
        NVPF_ocp_Chayambuka2022,
        NVPF_ocp_rational_Chayambuka2022,
    )

    sto = np.linspace(0.0, 1.0, 2001)
    u = NVPF_ocp_Chayambuka2022(pybamm.Vector(sto)).evaluate().ravel()
    assert np.max(np.abs(u - NVPF_ocp_rational_Chayambuka2022(sto))) < 0.015



@pytest.fixture(scope="module")
def rate_capability():
    """The ``naion_rate_capability`` protocol under its standard model (DFN) and set."""
    protocol = get_protocol("naion_rate_capability")
    solution = run_experiment(protocol.model, protocol.parameters, protocol.experiment()).solution
    return protocol, solution


def _protocol_discharges(solution):
    return [cycle.steps[0] for cycle in solution.cycles]


def _capacity(step):
    q = step["Discharge capacity [A.h]"].entries
    return q[-1] - q[0]


def test_rate_capability_protocol_capacity_falls_with_rate(rate_capability):
    """C/10 > 0.6C > 1.4C, as measured (2.77 / 2.47 / 2.13 mAh, naion_chayambuka2022); a CCCV
    recharge to 4.2 V between rates gave 2.70 / 3.34 / 3.06 mAh."""
    protocol, solution = rate_capability
    discharges = _protocol_discharges(solution)
    assert len(discharges) == len(protocol.module.RATES) == 3
    for step in discharges:
        assert step["Voltage [V]"].entries[-1] == pytest.approx(CUT_OFF_V, abs=1e-3)
    capacities = np.array([_capacity(step) for step in discharges])
    assert np.all(np.diff(capacities) < 0), capacities


def test_rate_capability_protocol_starts_each_rate_from_the_validated_state(
        rate_capability, discharges):
    """Every discharge starts from the set's initial stoichiometries (the state validated
    against the measured curves) and so delivers what the validated single discharge does."""
    protocol, solution = rate_capability
    values = pybamm.ParameterValues(protocol.parameters)
    x0 = {electrode: values[f"Initial concentration in {electrode} electrode [mol.m-3]"]
          / values[f"Maximum concentration in {electrode} electrode [mol.m-3]"]
          for electrode in ("negative", "positive")}
    for step in _protocol_discharges(solution):
        for electrode in ("negative", "positive"):
            x = step[f"Average {electrode} particle stoichiometry"].entries[0]
            assert x == pytest.approx(x0[electrode], abs=1e-4)
    first, _, last = _protocol_discharges(solution)
    for step, rate in ((first, "0.1C"), (last, "1.4C")):
        single = discharges[("DFN", rate)]["Discharge capacity [A.h]"].entries[-1]
        assert _capacity(step) == pytest.approx(single, rel=2e-3)


#: A cycler's standard charge: CC at C/10 to 4.2 V, CV to C/50, rest
STANDARD_CHARGE = ["Charge at C/10 until 4.2 V", "Hold at 4.2 V until C/50", "Rest for 1 hour"]
#: Measured C/10 discharge capacity [A.h] (naion_chayambuka2022, 0.1C curve; SOURCE.md)
MEASURED_C10_CAPACITY = 2.77e-3


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "known gap: the set is fitted from its initial state (x_n = 0.747); a standard charge "
    "takes the hard carbon to x_n = 0.997 and C/10 then delivers 3.65 mAh, measured 2.77"))
def test_c10_capacity_after_a_standard_charge_matches_the_measurement():
    """After a standard CCCV charge to 4.2 V the C/10 discharge should deliver the measured
    2.77 mAh within the validation's 3 %. It does not (3.65 mAh, +32 %): the set reproduces
    the data only from its fitted initial state. Strict, so it reports when this is fixed."""
    solution = run_experiment(
        "DFN", PARAMETER_SET, [*STANDARD_CHARGE, f"Discharge at C/10 until {CUT_OFF_V} V"]
    ).solution
    discharge = solution.cycles[-1].steps[-1]
    assert _capacity(discharge) == pytest.approx(MEASURED_C10_CAPACITY, rel=0.03)
