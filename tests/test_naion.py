"""Na-ion hard carbon | NVPF set: it runs in SPM, SPMe and DFN and the models agree where
they should (at C/10 electrolyte polarisation is small, so SPMe ≈ DFN)."""

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
