"""Commercial Na-ion 18650 (Hakadi): the identified set ``NaIon_Hakadi18650`` against the
measured 0.5C, 1C and 1.5C discharges (dataset ``naion_hakadi18650``), issue #11:

- ``naion_hakadi18650_dfn_<rate>``: voltage RMSE <= 30 mV and |capacity error| <= 2 % at
  each rate, one set (DFN, from the charged state);
- ``naion_hakadi18650_leave_one_rate_out``: the whole identification
  (``experiments/hakadi_fit.py``: open-circuit voltage and least squares) repeated on two
  rates, from the set's fitted values, predicts the third with a voltage RMSE <= 40 mV.
"""

from __future__ import annotations

from pathlib import Path

import pybamm

from pybamm_beyondli.experiments import hakadi_fit
from pybamm_beyondli.validation.cases import Metric, validation_case
from pybamm_beyondli.validation.metrics import compare
from pybamm_beyondli.validation.naion import curve_metrics, plot_leave_one_out
from pybamm_beyondli.workflows.fitting import LeaveOneOutResult, evaluate_fit
from pybamm_beyondli.workflows.simulation import run_experiment

PARAMETER_SET = "NaIon_Hakadi18650"
CHEMISTRY = "Na-ion (commercial 18650, hard carbon | layered oxide)"
DATASET = "naion_hakadi18650"
RMSE_LIMIT_MV = 30.0
CAPACITY_LIMIT_PCT = 2.0
LEAVE_ONE_OUT_LIMIT_MV = 40.0


def discharge_comparison(rate: str):
    """The set's DFN discharge at ``rate`` to 1.5 V against the measured one."""
    target = next(t for t in hakadi_fit.targets([rate]))
    solution = run_experiment(hakadi_fit.MODEL, PARAMETER_SET,
                              [f"Discharge at {rate} until {hakadi_fit.hakadi.LOWER_VOLTAGE} V"]
                              ).solution
    return compare(solution, target.data)


def _register(rate: str) -> None:
    name = f"naion_hakadi18650_dfn_{rate}"

    @validation_case(name, chemistry=CHEMISTRY, dataset=DATASET,
                     description=f"DFN discharge at {rate} to 1.5 V vs measured curve")
    def _case(out_dir: Path | None) -> list[Metric]:
        return curve_metrics(discharge_comparison(rate), out_dir, name, f"Hakadi 18650, {rate}",
                             RMSE_LIMIT_MV, CAPACITY_LIMIT_PCT)


for _rate in hakadi_fit.RATES:
    _register(_rate)


def leave_one_rate_out() -> LeaveOneOutResult:
    """For each rate, the identification on the other two (from the set's fitted values)
    and its prediction of the rate left out."""
    curves = hakadi_fit.targets()
    fits, predictions = {}, {}
    for held_out in curves:
        rest = [c for c in curves if c is not held_out]
        found = hakadi_fit.identify(rest, start=hakadi_fit.hakadi.FITTED)
        fits[held_out.name] = found.fit
        predictions[held_out.name] = evaluate_fit(
            pybamm.lithium_ion.DFN(hakadi_fit.MODEL_OPTIONS), found.parameter_values(),
            [held_out])[held_out.name]
    return LeaveOneOutResult(fits, predictions)


@validation_case("naion_hakadi18650_leave_one_rate_out", chemistry=CHEMISTRY, dataset=DATASET,
                 description="identification on two rates predicts the third (DFN)")
def _leave_one_out(out_dir: Path | None) -> list[Metric]:
    result = leave_one_rate_out()
    if out_dir is not None:
        plot_leave_one_out(result, hakadi_fit.targets(),
                           Path(out_dir) / "naion_hakadi18650_leave_one_rate_out.png",
                           "Hakadi 18650: each rate predicted from the other two")
    return [Metric(f"predicted {name}: voltage RMSE [mV]", p.rmse * 1e3,
                   LEAVE_ONE_OUT_LIMIT_MV) for name, p in result.predictions.items()]
