"""Procedures shared by the Na-ion and K-ion protocol scripts (not a protocol itself):
a rate-capability test and a temperature sweep, each discharge after the same standard charge
(so that every discharge starts from the same state, whatever state the set starts in).

:func:`rate_capability_script` and :func:`temperature_sweep_script` return the
``experiment``, ``plot`` and ``summary`` a script declares
(:mod:`pybamm_beyondli.workflows.protocols`), so that such a script states only its cell, its
rates or temperatures and its voltage window."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pybamm

from pybamm_beyondli.io.plots import discharge_curves


def standard_charge(upper: float, rate: str = "C/5", until: str = "C/50",
                    temperature: str | None = None) -> list:
    """Rest 1 h, constant current at ``rate`` to ``upper`` V, hold to ``until``, rest 1 h."""
    kw = {"temperature": temperature} if temperature else {}
    return [pybamm.step.rest(3600, **kw),
            pybamm.step.string(f"Charge at {rate} until {upper} V", **kw),
            pybamm.step.string(f"Hold at {upper} V until {until}", **kw),
            pybamm.step.rest(3600, **kw)]


def rate_capability(rates: list[str], lower: float, upper: float) -> pybamm.Experiment:
    """One cycle per rate: a standard charge to ``upper`` V, then the discharge at that rate
    to ``lower`` V (the cycle's last step)."""
    return pybamm.Experiment(
        [(*standard_charge(upper), f"Discharge at {rate} until {lower} V") for rate in rates])


def temperature_sweep(temperatures: list[float], rate: str, lower: float,
                      upper: float) -> pybamm.Experiment:
    """One cycle per ambient temperature [degC]: a standard charge at 25 degC, then a
    discharge at ``rate`` to ``lower`` V at that temperature (isothermal: the cell at the
    ambient; the cycle's last step)."""
    cycles = []
    for temperature in temperatures:
        discharge = pybamm.step.string(f"Discharge at {rate} until {lower} V",
                                       temperature=f"{temperature}oC")
        cycles.append((*standard_charge(upper, temperature="25oC"), discharge))
    return pybamm.Experiment(cycles)


def discharge_capacities(solution: pybamm.Solution) -> list[float]:
    """Capacity [A.h] of the last step (the discharge) of every cycle."""
    solution = getattr(solution, "solution", solution)  # a run or its solution
    capacities = []
    for cycle in solution.cycles:
        q = cycle.steps[-1]["Discharge capacity [A.h]"].entries
        capacities.append(float(q[-1] - q[0]))
    return capacities


def capacity_line(run, labels: list[str], unit: str = "mA.h") -> str:
    """"<label> <capacity>, ..." of the discharges of a run (or of its solution), the
    protocols' one-line result; a cycle the run did not complete (it ended on a named
    limit or a solver error, :attr:`ExperimentRun.termination`) says so instead of giving
    the charge it passed before it stopped."""
    scale = 1e3 if unit == "mA.h" else 1.0
    capacities = discharge_capacities(run)
    complete = getattr(run, "last_cycle_complete", True)
    parts = []
    for k, (label, q) in enumerate(zip(labels, capacities, strict=False)):
        stopped = not complete and k == len(capacities) - 1
        parts.append(f"{label} not completed" if stopped else f"{label} {q * scale:.3g} {unit}")
    return "discharge capacity: " + ", ".join(parts)


def plot_discharges(run, path, title: str, labels: list[str]) -> None:
    """The discharges of a run (or of its solution), voltage against capacity."""
    discharge_curves(getattr(run, "solution", run), path, title, labels=labels, step_index=-1)


def average_voltage(step: pybamm.Solution) -> float:
    """Capacity-averaged voltage [V] of one discharge step."""
    q = step["Discharge capacity [A.h]"].entries
    return float(np.trapezoid(step["Voltage [V]"].entries, q) / (q[-1] - q[0]))


def _plot(labels: list[str]) -> Callable:
    def plot(run, path, title: str) -> None:
        """The discharges, voltage against capacity."""
        plot_discharges(run, path, title, labels)
    return plot


def _summary(labels: list[str], unit: str) -> Callable:
    def summary(run) -> str:
        """The capacity of each discharge."""
        return capacity_line(run, labels, unit)
    return summary


def rate_capability_script(rates: list[str], lower: float, upper: float,
                           unit: str = "A.h") -> tuple[Callable, Callable, Callable]:
    """``experiment``, ``plot`` and ``summary`` of a rate-capability script
    (:func:`rate_capability` between ``lower`` and ``upper`` V)."""
    def experiment() -> pybamm.Experiment:
        return rate_capability(rates, lower, upper)
    return experiment, _plot(rates), _summary(rates, unit)


def temperature_sweep_script(temperatures: list[float], rate: str, lower: float, upper: float,
                             unit: str = "A.h") -> tuple[Callable, Callable, Callable]:
    """``experiment``, ``plot`` and ``summary`` of a temperature-sweep script
    (:func:`temperature_sweep` at ``rate`` between ``lower`` and ``upper`` V)."""
    labels = [f"{t} degC" for t in temperatures]

    def experiment() -> pybamm.Experiment:
        return temperature_sweep(temperatures, rate, lower, upper)
    return experiment, _plot(labels), _summary(labels, unit)
