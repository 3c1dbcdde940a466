"""Na-ion validation: hard carbon | NVPF cell of Chayambuka et al. (2022) against its
measured discharge curves at 0.1C, 0.6C and 1.4C (dataset ``naion_chayambuka2022``).

Thresholds (issue #2): voltage RMSE <= 30 mV and |capacity error| <= 3 % at every rate,
with one parameter set (``NaIon_Chayambuka2022``) in the DFN.
"""

from __future__ import annotations

from pathlib import Path

from pybamm_beyondli.validation.cases import Metric, validation_case
from pybamm_beyondli.validation.datasets import CHAYAMBUKA_FILES, load_chayambuka2022
from pybamm_beyondli.validation.metrics import compare
from pybamm_beyondli.workflows.simulation import run_experiment

PARAMETER_SET = "NaIon_Chayambuka2022"
CUT_OFF_V = 2.0  # discharge cut-off of the measured curves [V]
RMSE_LIMIT_MV = 30.0
CAPACITY_LIMIT_PCT = 3.0


def discharge_comparison(rate: str, model: str = "DFN", parameters: str = PARAMETER_SET):
    """Simulate a constant-current discharge at ``rate`` and compare it with the data."""
    solution = run_experiment(model, parameters,
                              [f"Discharge at {rate} until {CUT_OFF_V} V"]).solution
    return compare(solution, load_chayambuka2022(rate))


def _register(rate: str) -> None:
    name = f"naion_hc_nvpf_dfn_{rate}"

    @validation_case(name, chemistry="Na-ion (hard carbon | NVPF)",
                     dataset="naion_chayambuka2022",
                     description=f"DFN discharge at {rate} to {CUT_OFF_V} V vs measured curve")
    def _case(out_dir: Path | None) -> list[Metric]:
        result = discharge_comparison(rate)
        if out_dir is not None:
            result.plot(Path(out_dir) / f"{name}.png",
                        title=f"Na-ion HC|NVPF, {rate}: RMSE {result.rmse * 1e3:.1f} mV, "
                              f"capacity {result.end_error:+.1%}")
        return [
            Metric("voltage RMSE [mV]", result.rmse * 1e3, RMSE_LIMIT_MV),
            Metric("|capacity error| [%]", abs(result.end_error) * 100, CAPACITY_LIMIT_PCT),
        ]


for _rate in CHAYAMBUKA_FILES:
    _register(_rate)
