"""Run a protocol and write its results: CSVs of the key variables (and, for a model that
declares per-cycle quantities, such as a metal cell, cycled more than once, the per-cycle
table) and a PNG plot."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.io.frames import solution_frame
from pybamm_beyondli.results.cycles import efficiency_electrodes, efficiency_line
from pybamm_beyondli.workflows.simulation import KEY_VARIABLES, ExperimentRun, run_experiment


@dataclass
class RunResult:
    """What a run wrote, and how it ended (``run``: the solved experiment, with its per-cycle
    table ``run.cycles``)."""

    run: ExperimentRun
    frame: pd.DataFrame
    csv: Path | None
    png: Path | None
    termination: str
    summary_png: Path | None = None  # the protocol's own figure, if it has one
    cycles_csv: Path | None = None  # the per-cycle table, for runs of several cycles

    @property
    def solution(self) -> pybamm.Solution:
        return self.run.solution

    def lines(self, name: str, where: str, summary: Callable | None = None) -> list[str]:
        """What a run prints: how it ended (``where``: e.g. ``"DFN + NaIon_Chayambuka2022"``),
        the files it wrote, and its one-line :meth:`result`."""
        last = self.frame.iloc[-1]
        lines = [f"{name}: {where}, {self.termination}; final voltage "
                 f"{last['Voltage [V]']:.3f} V after {last['Time [s]'] / 3600:.2f} h"]
        written = [str(p) for p in (self.csv, self.cycles_csv, self.png, self.summary_png)
                   if p]
        if written:
            lines.append("wrote " + ", ".join(written))
        result = self.result(summary)
        if result:
            lines.append(f"{name}: {result}")
        return lines

    def result(self, summary: Callable | None = None) -> str | None:
        """The run's one-line result: ``summary(run)`` (the protocol's) if given, else for a
        model with Coulombic efficiencies (a metal cell) those
        (:func:`pybamm_beyondli.results.cycles.efficiency_line`)."""
        if summary is not None:
            return summary(self.run)
        if self.run.declares_cycle_quantities and efficiency_electrodes(self.run.cycles):
            return efficiency_line(self.run.cycles)
        return None


def slug(text: str) -> str:
    """A file-name-safe version of ``text``."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_")[:80] or "run"


def key_variables(model: pybamm.BaseModel) -> list[str]:
    """Variables to tabulate: the defaults plus any the model declares in ``key_variables``."""
    return list(dict.fromkeys(KEY_VARIABLES + list(getattr(model, "key_variables", []))))


def plot_run(frame: pd.DataFrame, path: Path, title: str) -> None:
    """Voltage and current against time (hours for long runs)."""
    from pybamm_beyondli.io.plots import new_figure, save

    t = frame["Time [s]"].to_numpy()
    scale, unit = (1 / 3600, "h") if t.max() > 7200 else (1.0, "s")
    fig, (ax_v, ax_i) = new_figure(2, 1, figsize=(6.5, 4.5), sharex=True)
    ax_v.plot(t * scale, frame["Voltage [V]"], color="C0")
    ax_v.set_ylabel("Voltage [V]")
    ax_i.plot(t * scale, frame["Current [A]"], color="C3")
    ax_i.set_ylabel("Current [A]")
    ax_i.set_xlabel(f"Time [{unit}]")
    ax_v.set_title(title, fontsize=10)
    save(fig, path)


def run_and_save(
    model: str | pybamm.BaseModel,
    parameters: str | pybamm.ParameterValues,
    experiment,
    out_dir: str | Path | None,
    name: str,
    temperature: float | None = None,
    progress: bool = False,
    plot: Callable | None = None,
) -> RunResult:
    """Run ``experiment`` and write ``<name>.csv`` and ``<name>.png`` into ``out_dir``,
    ``<name>_cycles.csv`` for a model that declares per-cycle quantities (a metal cell)
    cycled more than once (one row per cycle: PyBaMM's summary variables and the model's
    quantities, such as the Coulombic efficiencies,
    :func:`pybamm_beyondli.results.cycle_table`), and ``<name>_summary.png`` drawn by
    ``plot(run, path, title)`` if given.

    A run with no result (its first step infeasible, or a set that lacks a parameter of the
    model) raises a one-line :class:`~pybamm_beyondli.errors.BeyondLiError` from
    :func:`~pybamm_beyondli.workflows.simulation.run_experiment` before anything is written."""
    run = run_experiment(model, parameters, experiment, temperature, progress=progress)
    solution = run.solution
    frame = solution_frame(solution, key_variables(solution.all_models[0]))
    if getattr(solution, "cycles", None):
        cycle = np.concatenate([np.full(c.t.size, i + 1) for i, c in enumerate(solution.cycles)])
        if cycle.size == len(frame):  # the cycles partition the solution's time points
            frame["Cycle number"] = cycle
    csv = png = summary_png = cycles_csv = None
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        csv, png = out_dir / f"{slug(name)}.csv", out_dir / f"{slug(name)}.png"
        frame.to_csv(csv, index=False)
        if run.declares_cycle_quantities and len(solution.all_summary_variables) > 1:
            cycles_csv = out_dir / f"{slug(name)}_cycles.csv"
            run.cycles.to_csv(cycles_csv, index=False)
        plot_run(frame, png, name)
        if plot is not None:
            summary_png = out_dir / f"{slug(name)}_summary.png"
            plot(run, summary_png, name)
    return RunResult(run, frame, csv, png, run.termination, summary_png, cycles_csv)
