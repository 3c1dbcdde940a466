"""Na-ion and K-ion parameter sets against Faraday's law and the reviews' voltages (issue
#11), and bad input refused by name.

- ``ion_sets_faraday``: each set's full-utilisation electrode capacity, as the model computes
  it (PyBaMM's ``"Negative/Positive electrode capacity [A.h]"`` = F A L eps c_max), equals
  the active mass (density x eps x L x A) times the material's theoretical capacity (from
  its formula: ions x F / molar mass; stated for carbons) within 0.5 %.
- ``ion_sets_review_voltages``: in a C/10 discharge from the charged state to the lower
  cut-off, the capacity-averaged open-circuit potential of the positive electrode (vs the
  metal) and the average cell voltage fall in the ranges the reviews give (:data:`RANGES`).
- ``ion_sets_bad_input``: negative loading, capacity or diffusivity in
  :func:`~pybamm_beyondli.workflows.simulation.run_experiment`, a fit of a parameter the set
  does not have, data without the needed columns: each an ``InputError`` naming it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.io.plots import new_figure, save
from pybamm_beyondli.validation.cases import ANALYTIC, Metric, validation_case
from pybamm_beyondli.workflows.fitting import CurveTarget, fit_parameters
from pybamm_beyondli.workflows.simulation import run_experiment

FARADAY_LIMIT_PCT = 0.5  # issue #11


@dataclass(frozen=True)
class VoltageRange:
    """Review ranges [V] of a set's C/10 averages: the positive electrode vs the metal and
    the cell; ``source`` says where they come from."""

    positive: tuple[float, float]
    cell: tuple[float, float]
    source: str


#: Hard carbon's average potential vs Na in a discharge [V]: its plateau below 0.1 V and
#: the slope above [Tian2021, digest §4.2], which a full discharge runs through
HARD_CARBON_AVERAGE = (0.05, 0.35)
#: Graphite vs K [V]: ~0.1-0.3 V [digest §4.2, primary-parameters §5]
K_GRAPHITE_AVERAGE = (0.1, 0.3)


def _cell(positive: tuple[float, float], negative: tuple[float, float]) -> tuple[float, float]:
    return positive[0] - negative[1], positive[1] - negative[0]


_NVPF = (3.8, 4.0)  # 3.9 V [Tian2021, digest §4.1]
_LAYERED = (2.5, 3.5)  # Na layered oxides 2.5-3.5 V [Tian2021, digest §4.1]
_PRUSSIAN_WHITE = (2.91, 3.21)  # 490 Wh/kg / 160 mAh/g = 3.06 V +- 0.15 [Tian2021, derived]
_KVPO4F = (4.23, 4.43)  # 4.33 V +- 0.1 [Tian2021, digest §4.1]

#: Set -> (model, review ranges)
RANGES = {
    "NaIon_Chayambuka2022": ("DFN", VoltageRange(
        _NVPF, _cell(_NVPF, HARD_CARBON_AVERAGE), "NVPF 3.9 V [Tian2021]")),
    "NaIon_Hakadi18650": ("DFN", VoltageRange(
        _LAYERED, _cell(_LAYERED, HARD_CARBON_AVERAGE), "Na layered oxide 2.5-3.5 V")),
    "NaIon_LayeredOxide_HardCarbon": ("DFN", VoltageRange(
        _LAYERED, _cell(_LAYERED, HARD_CARBON_AVERAGE), "Na layered oxide 2.5-3.5 V")),
    "NaIon_PrussianWhite_HardCarbon": ("DFN", VoltageRange(
        _PRUSSIAN_WHITE, _cell(_PRUSSIAN_WHITE, HARD_CARBON_AVERAGE),
        "Prussian white 3.06 V [Tian2021, derived]")),
    "KIon_Graphite_KVPO4F": ("DFN", VoltageRange(
        _KVPO4F, _cell(_KVPO4F, K_GRAPHITE_AVERAGE), "KVPO4F 4.33 V vs K [Tian2021]")),
    "KMetal_KVPO4F": ("MetalAnodeDFN", VoltageRange(
        _KVPO4F, _KVPO4F, "KVPO4F 4.33 V vs K [Tian2021]")),
}
#: Every set of this issue, with its module (for the Faraday check)
SETS = [*RANGES, "LiIon_Graphite_NMC811"]


def _module(name: str):
    return importlib.import_module(f"pybamm_beyondli.parameter_sets.{name}")


def _model_for(name: str) -> str:
    return RANGES.get(name, ("DFN", None))[0]


def faraday_errors() -> dict[str, float]:
    """{"<set> <electrode>": relative error} of the model's full-utilisation capacity
    against active mass x theoretical capacity (module docstring)."""
    errors = {}
    for name in SETS:
        values = pybamm.ParameterValues(name)
        model = _model_for(name).replace("DFN", "SPM")
        solution = run_experiment(model, name, ["Rest for 1 second"]).solution
        area = values["Electrode height [m]"] * values["Electrode width [m]"]
        for electrode, material in _module(name).MATERIALS.items():
            domain = electrode.capitalize()
            thickness = values[f"{domain} electrode thickness [m]"]
            fraction = values[f"{domain} electrode active material volume fraction"]
            expected = material.capacity(area * thickness * fraction)
            computed = float(solution[f"{domain} electrode capacity [A.h]"].entries[0])
            errors[f"{name} {electrode}"] = abs(computed / expected - 1)
    return errors


@validation_case("ion_sets_faraday", chemistry="Na-ion, K-ion, Li-ion sets", dataset=ANALYTIC,
                 description="full-utilisation capacity = active mass x theoretical "
                             "capacity, every electrode of every set")
def _faraday(out_dir: Path | None) -> list[Metric]:
    errors = faraday_errors()
    return [Metric(f"{key}: |capacity / (m q) - 1| [%]", error * 100, FARADAY_LIMIT_PCT)
            for key, error in errors.items()]


def _average(solution: pybamm.Solution, variable: str) -> float:
    q = solution["Discharge capacity [A.h]"].entries
    u = np.asarray(solution[variable].entries)
    if u.ndim == 2:
        u = u.mean(axis=0)
    return float(np.trapezoid(u, q) / (q[-1] - q[0]))


def review_voltages(name: str) -> tuple[float, float, pybamm.Solution]:
    """(average positive OCP vs the metal, average cell voltage) [V] of a C/10 discharge
    of set ``name`` from its charged state to its lower cut-off, and the solution."""
    model, _ = RANGES[name]
    values = pybamm.ParameterValues(name)
    low = values["Lower voltage cut-off [V]"]
    solution = run_experiment(model, name, [f"Discharge at C/10 until {low} V"]).solution
    return (_average(solution, "Positive electrode bulk open-circuit potential [V]"),
            _average(solution, "Voltage [V]"), solution)


def _outside(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0] - value, value - bounds[1], 0.0)


@validation_case("ion_sets_review_voltages", chemistry="Na-ion, K-ion sets", dataset=ANALYTIC,
                 description="C/10 average positive-electrode OCP and cell voltage within "
                             "the reviews' ranges")
def _review_voltages(out_dir: Path | None) -> list[Metric]:
    metrics = []
    fig, ax = new_figure(figsize=(6.5, 4.2)) if out_dir is not None else (None, None)
    for name, (_, ranges) in RANGES.items():
        positive, cell, solution = review_voltages(name)
        metrics += [
            Metric(f"{name}: positive-electrode average OCP outside the review range [V]",
                   _outside(positive, ranges.positive), 0.0),
            Metric(f"{name}: average cell voltage outside the review range [V]",
                   _outside(cell, ranges.cell), 0.0),
        ]
        if ax is not None:
            q = solution["Discharge capacity [A.h]"].entries
            ax.plot(q / q[-1], solution["Voltage [V]"].entries,
                    label=f"{name}: cell {cell:.2f} V (range {ranges.cell[0]:.2f}-"
                          f"{ranges.cell[1]:.2f}), positive {positive:.2f} V "
                          f"({ranges.positive[0]:.2f}-{ranges.positive[1]:.2f})")
    if ax is not None:
        ax.set_xlabel("Fraction of the C/10 capacity")
        ax.set_ylabel("Voltage [V]")
        ax.legend(frameon=False, fontsize=7)
        save(fig, Path(out_dir) / "ion_sets_review_voltages.png")
    return metrics


#: (set, parameter updates, the name the error must give)
BAD_PARAMETERS = [
    ("NaIon_PrussianWhite_HardCarbon",
     {"Positive electrode active material volume fraction": -0.5},
     "Positive electrode active material volume fraction"),
    ("KIon_Graphite_KVPO4F", {"Maximum concentration in negative electrode [mol.m-3]": -1.0},
     "Maximum concentration in negative electrode [mol.m-3]"),
    ("NaIon_Chayambuka2022", {"Negative particle diffusivity [m2.s-1]": -1e-14},
     "Negative particle diffusivity [m2.s-1]"),
    ("NaIon_Hakadi18650", {"Positive electrode thickness [m]": -1e-5},
     "Positive electrode thickness [m]"),
]


def unrefused_bad_inputs() -> list[str]:
    """The bad inputs NOT refused with an InputError naming them (none expected)."""
    missed = []
    for name, updates, named in BAD_PARAMETERS:
        try:
            run_experiment("SPM", name, ["Discharge at 1C for 1 minute"],
                           parameter_updates=updates)
        except InputError as err:
            if named in str(err):
                continue
        missed.append(f"{name} {updates}")
    data = pd.DataFrame({"Discharge capacity [A.h]": [0.0, 1e-3, 2e-3],
                         "Voltage [V]": [4.0, 3.8, 3.6]})
    fits = [
        ("a parameter the set does not have", {"Negative particle radius [nm]": (1, 2)},
         data, "Negative particle radius [nm]"),
        ("data without a voltage column", {"Positive electrode conductivity [S.m-1]": (1, 100)},
         data.rename(columns={"Voltage [V]": "Potential"}), "Voltage [V]"),
    ]
    values = pybamm.ParameterValues("NaIon_PrussianWhite_HardCarbon")
    for label, parameters, frame, named in fits:
        try:
            fit_parameters(pybamm.lithium_ion.SPM(), values,
                           [CurveTarget("C/10", frame, 0.2)], parameters)
        except InputError as err:
            if named in str(err):
                continue
        missed.append(label)
    return missed


@validation_case("ion_sets_bad_input", chemistry="Na-ion, K-ion sets", dataset=ANALYTIC,
                 description="negative loading, capacity, diffusivity or thickness; a fit "
                             "of a missing parameter or of data without a voltage column: "
                             "each an InputError naming it")
def _bad_input(out_dir: Path | None) -> list[Metric]:
    return [Metric(f"bad inputs not refused by name (of {len(BAD_PARAMETERS) + 2})",
                   len(unrefused_bad_inputs()), 0)]
