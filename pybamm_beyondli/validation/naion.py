"""Na-ion validation: hard carbon | NVPF cell of Chayambuka et al. (2022) against its
measured discharge curves at 0.1C, 0.6C and 1.4C (dataset ``naion_chayambuka2022``).

Thresholds (issues #2 and #11), one parameter set (``NaIon_Chayambuka2022``) in the DFN with
the set's options (``NaIon_Chayambuka2022.MODEL_OPTIONS``: the NVPF as two particle
populations):

- ``naion_hc_nvpf_dfn_<rate>``: voltage RMSE <= 30 mV and |capacity error| <= 3 % at each
  rate, from the set's charged state;
- ``naion_hc_nvpf_standard_charge``: after a full discharge, a standard charge (C/10 to
  4.2 V, hold at 4.2 V to C/50, 1 h rest) and a C/10 discharge to 2.0 V deliver the measured
  2.77 mAh within 3 %, without the hard carbon going below 0 V vs Na (plating);
- ``naion_hc_nvpf_leave_one_rate_out``: the set's fitted quantities refitted on two rates
  by the set's own identification (:func:`pybamm_beyondli.workflows.fitting.leave_one_out`
  from the set's values: least squares, then the worst-curve refinement; every trial
  starts charged to 4.2 V, the set's NVPF concentration following the sodium inventory)
  predict the third with a voltage RMSE <= 40 mV.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pybamm

from pybamm_beyondli.io.plots import new_figure, save
from pybamm_beyondli.parameter_sets import NaIon_Chayambuka2022
from pybamm_beyondli.results.plating import POTENTIAL
from pybamm_beyondli.validation.cases import Metric, validation_case
from pybamm_beyondli.validation.datasets import CHAYAMBUKA_FILES, load_chayambuka2022
from pybamm_beyondli.validation.metrics import compare
from pybamm_beyondli.workflows.fitting import CurveTarget, LeaveOneOutResult, leave_one_out
from pybamm_beyondli.workflows.simulation import run_experiment

PARAMETER_SET = "NaIon_Chayambuka2022"
CHEMISTRY = "Na-ion (hard carbon | NVPF)"
CUT_OFF_V = 2.0  # discharge cut-off of the measured curves [V]
RMSE_LIMIT_MV = 30.0
CAPACITY_LIMIT_PCT = 3.0
LEAVE_ONE_OUT_LIMIT_MV = 40.0  # issue #11
#: A cycler's standard charge: CC at C/10 to 4.2 V, CV to C/50, rest
STANDARD_CHARGE = ("Charge at C/10 until 4.2 V", "Hold at 4.2 V until C/50", "Rest for 1 hour")
#: Measured C/10 discharge capacity [A.h] (naion_chayambuka2022, 0.1C curve; SOURCE.md)
MEASURED_C10_CAPACITY = 2.77e-3
#: Least-squares evaluations per fit of the leave-one-rate-out check
LEAVE_ONE_OUT_EVALUATIONS = 8
#: Nelder-Mead evaluations of the worst-curve refinement that follows them (the set's own
#: identification: module docstring of NaIon_Chayambuka2022)
WORST_CURVE_EVALUATIONS = 120


def model() -> pybamm.BaseModel:
    """The DFN with the set's options (``NaIon_Chayambuka2022.MODEL_OPTIONS``), the model
    every case here runs."""
    return pybamm.lithium_ion.DFN(dict(NaIon_Chayambuka2022.MODEL_OPTIONS))


def discharge_comparison(rate: str):
    """Simulate a constant-current discharge at ``rate`` (:func:`model`) and compare it with
    the data."""
    solution = run_experiment(model(), PARAMETER_SET,
                              [f"Discharge at {rate} until {CUT_OFF_V} V"]).solution
    return compare(solution, load_chayambuka2022(rate))


def curve_metrics(result, out_dir: Path | None, name: str, title: str,
                  rmse_limit_mv: float, capacity_limit_pct: float) -> list[Metric]:
    """The two metrics of a discharge compared with its measured curve (voltage RMSE and
    |capacity error|), with the overlay plot ``<name>.png`` when ``out_dir`` is given."""
    if out_dir is not None:
        result.plot(Path(out_dir) / f"{name}.png",
                    title=f"{title}: RMSE {result.rmse * 1e3:.1f} mV, "
                          f"capacity {result.end_error:+.1%}")
    return [Metric("voltage RMSE [mV]", result.rmse * 1e3, rmse_limit_mv),
            Metric("|capacity error| [%]", abs(result.end_error) * 100, capacity_limit_pct)]


def _register(rate: str) -> None:
    name = f"naion_hc_nvpf_dfn_{rate}"

    @validation_case(name, chemistry=CHEMISTRY, dataset="naion_chayambuka2022",
                     description=f"DFN discharge at {rate} to {CUT_OFF_V} V vs measured curve")
    def _case(out_dir: Path | None) -> list[Metric]:
        return curve_metrics(discharge_comparison(rate), out_dir, name, f"Na-ion HC|NVPF, {rate}",
                             RMSE_LIMIT_MV, CAPACITY_LIMIT_PCT)


for _rate in CHAYAMBUKA_FILES:
    _register(_rate)


def standard_charge_cycle() -> pybamm.Solution:
    """Discharge at C/10 to 2.0 V, rest, standard charge, C/10 discharge to 2.0 V
    (:func:`model`)."""
    steps = [f"Discharge at C/10 until {CUT_OFF_V} V", "Rest for 1 hour", *STANDARD_CHARGE,
             f"Discharge at C/10 until {CUT_OFF_V} V"]
    return run_experiment(model(), PARAMETER_SET, steps).solution


def _step_capacity(step: pybamm.Solution) -> float:
    q = step["Discharge capacity [A.h]"].entries
    return float(q[-1] - q[0])


@validation_case("naion_hc_nvpf_standard_charge", chemistry=CHEMISTRY,
                 dataset="naion_chayambuka2022",
                 description="standard charge (C/10 to 4.2 V, hold to C/50) then C/10 "
                             "discharge vs the measured 2.77 mAh; no plating in the charge")
def _standard_charge(out_dir: Path | None) -> list[Metric]:
    solution = standard_charge_cycle()
    last = solution.cycles[-1]
    capacity = _step_capacity(last)
    potential = np.asarray(solution[POTENTIAL].entries)
    lowest = float(potential.min())
    if out_dir is not None:
        fig, (ax_v, ax_n) = new_figure(2, 1, figsize=(6.5, 6), sharex=True)
        t = solution.t / 3600
        ax_v.plot(t, solution["Voltage [V]"].entries)
        ax_v.set_ylabel("Voltage [V]")
        ax_v.set_title(f"standard charge, then C/10: {capacity * 1e3:.3f} mAh (measured "
                       f"{MEASURED_C10_CAPACITY * 1e3:.2f})", fontsize=10)
        ax_n.plot(t, potential.min(axis=0) if potential.ndim == 2 else potential)
        ax_n.axhline(0, color="k", lw=0.8)
        ax_n.set_ylabel("HC vs Na, minimum [V]")
        ax_n.set_xlabel("Time [h]")
        save(fig, Path(out_dir) / "naion_hc_nvpf_standard_charge.png")
    return [
        Metric("|C/10 capacity after standard charge - 2.77 mAh| [%]",
               abs(capacity / MEASURED_C10_CAPACITY - 1) * 100, CAPACITY_LIMIT_PCT),
        Metric("hard carbon below 0 V vs Na (minimum, as a positive number) [mV]",
               max(0.0, -lowest * 1e3), 0.0),
    ]


def targets() -> list[CurveTarget]:
    """The three measured discharges as fit targets (1C = 2.8 mA, the set's)."""
    current = pybamm.ParameterValues(PARAMETER_SET)["Nominal cell capacity [A.h]"]
    return [CurveTarget(rate, load_chayambuka2022(rate), float(rate[:-1]) * current)
            for rate in CHAYAMBUKA_FILES]


def leave_one_rate_out(max_evaluations: int = LEAVE_ONE_OUT_EVALUATIONS,
                       worst_curve_evaluations: int = WORST_CURVE_EVALUATIONS,
                       ) -> LeaveOneOutResult:
    """The set's fitted quantities (:data:`NaIon_Chayambuka2022.FIT_BOUNDS`) refitted on two
    rates from the set's values by the set's own procedure (least squares, then the smooth
    maximum of RMSE/30 mV and |capacity error|/3 %), each rate left out in turn
    (:func:`model`)."""
    return leave_one_out(model(), pybamm.ParameterValues(PARAMETER_SET),
                         targets(), NaIon_Chayambuka2022.FIT_BOUNDS,
                         max_evaluations=max_evaluations,
                         voltage_scale=RMSE_LIMIT_MV * 1e-3,
                         capacity_scale=CAPACITY_LIMIT_PCT * 1e-2,
                         worst_curve_evaluations=worst_curve_evaluations)


def plot_leave_one_out(result: LeaveOneOutResult, curves: list[CurveTarget], path: Path,
                       title: str) -> None:
    """Each left-out curve: measured and predicted voltage against capacity."""
    fig, ax = new_figure(figsize=(6.5, 4.2))
    for k, target in enumerate(curves):
        prediction = result.predictions[target.name]
        solution = prediction.solution
        q = solution.t * target.current / 3600
        ax.plot(target.data["Discharge capacity [A.h]"], target.data["Voltage [V]"], "o",
                ms=2, mfc="none", color=f"C{k}")
        ax.plot(q, solution["Voltage [V]"].entries, "-", color=f"C{k}",
                label=f"{target.name} predicted: {prediction.rmse * 1e3:.1f} mV")
    ax.set_xlabel("Discharge capacity [A.h]")
    ax.set_ylabel("Voltage [V]")
    ax.set_title(title, fontsize=10)
    ax.legend(frameon=False, fontsize=8)
    save(fig, path)


@validation_case("naion_hc_nvpf_leave_one_rate_out", chemistry=CHEMISTRY,
                 dataset="naion_chayambuka2022",
                 description="fitted quantities refitted on two rates predict the third "
                             "(DFN, least squares with PyBaMM's sensitivities, then the "
                             "worst-curve refinement)")
def _leave_one_out(out_dir: Path | None) -> list[Metric]:
    result = leave_one_rate_out()
    if out_dir is not None:
        plot_leave_one_out(result, targets(),
                           Path(out_dir) / "naion_hc_nvpf_leave_one_rate_out.png",
                           "Na-ion HC|NVPF: each rate predicted from a fit to the other two")
    return [Metric(f"predicted {name}: voltage RMSE [mV]", p.rmse * 1e3,
                   LEAVE_ONE_OUT_LIMIT_MV) for name, p in result.predictions.items()]
