"""Na-ion hard carbon | NVPF set: it runs in SPM, SPMe and DFN and the models agree where
they should (at C/10 electrolyte polarisation is small, so SPMe ≈ DFN); the NVPF OCP is
physically admissible (non-increasing over the used stoichiometry range)."""

import numpy as np
import pybamm
import pytest

from pybamm_beyondli.simulation import run_experiment
from pybamm_beyondli.validation.naion import CUT_OFF_V, PARAMETER_SET


@pytest.fixture(scope="module")
def discharges():
    return {
        (model, rate): run_experiment(model, PARAMETER_SET,
                                      [f"Discharge at {rate} until {CUT_OFF_V} V"])
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

