"""Figures: the shared way to make and save one, and the protocol-specific ones (each
protocol script may name one as its ``plot``).

Figures are made with :class:`matplotlib.figure.Figure`, not pyplot: no global state and no
backend switch, so calling this package from a notebook leaves the user's backend alone.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pybamm
from matplotlib.figure import Figure


def new_figure(nrows: int = 1, ncols: int = 1, figsize: tuple[float, float] = (6.0, 4.0),
               **subplots_kw):
    """``(figure, axes)`` of a new figure outside pyplot."""
    fig = Figure(figsize=figsize)
    return fig, fig.subplots(nrows, ncols, **subplots_kw)


def save(fig: Figure, path: str | Path, dpi: int = 110) -> None:
    """Lay out and write ``fig`` to ``path``."""
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)


def line_plot(path: str | Path, series: list[tuple], xlabel: str, ylabel: str,
              title: str) -> None:
    """Save a plot of ``series`` = [(x, y, label, style), ...] to ``path``."""
    fig, ax = new_figure()
    for x, y, label, style in series:
        ax.plot(x, y, style, label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=8)
    save(fig, path)


def discharge_curves(solution: pybamm.Solution, path: Path, title: str,
                     labels: list[str] | None = None, step_index: int = 0) -> None:
    """Voltage against capacity of step ``step_index`` of every cycle (a rate-capability
    test's discharges), each from zero capacity; ``labels`` name the cycles (e.g. the rates)."""
    fig, ax = new_figure(figsize=(6.5, 4.2))
    for k, cycle in enumerate(solution.cycles):
        step = cycle.steps[step_index]
        q = step["Discharge capacity [A.h]"].entries
        label = labels[k] if labels and k < len(labels) else f"cycle {k + 1}"
        ax.plot((q - q[0]) * 1e3, step["Voltage [V]"].entries, label=label)
    ax.set_xlabel("Capacity [mA.h]")
    ax.set_ylabel("Voltage [V]")
    ax.set_title(title, fontsize=10)
    ax.legend(frameon=False, fontsize=8)
    save(fig, path)


def metal_inventory_per_cycle(table: pd.DataFrame, path: Path, title: str) -> None:
    """From a metal-anode cell's per-cycle table
    (:func:`pybamm_beyondli.results.cycle_table`), per cycle: the Coulombic efficiency on
    both bases (stripped over plated charge, as a cycler counts it, and the metal's own,
    1 - lost/plated; :mod:`pybamm_beyondli.models.cycle_quantities`), the stripping charge,
    and the active and dead metal at the end of the cycle. With a metal reservoir the
    cycler's CE stays ~100 % while the reservoir shrinks by the dead metal, which the metal
    basis shows; the cycler's falls once the reservoir is gone (review digest §2)."""
    from pybamm_beyondli.results.cycles import coulombic_efficiency

    cycles = table["Cycle number"].to_numpy()
    fig, (ax_ce, ax_q, ax_m) = new_figure(3, 1, figsize=(6.5, 7), sharex=True)
    ax_ce.plot(cycles, 100 * coulombic_efficiency(table), "o-", ms=3, label="cycler")
    ax_ce.plot(cycles, 100 * coulombic_efficiency(table, basis="metal"), "s-", ms=3,
               label="metal basis")
    ax_ce.set_ylabel("CE [%]")
    ax_ce.legend(frameon=False, fontsize=8)
    stripped = table["Change in negative electrode stripping charge [A.h.m-2]"].to_numpy()
    ax_q.plot(cycles, 0.1 * stripped, "o-", ms=3, color="C2")  # A.h.m-2 -> mA.h.cm-2
    ax_q.set_ylabel("Stripped [mA.h.cm-2]")
    ax_m.plot(cycles, table["Negative electrode active metal [mol.m-2]"], "o-", ms=3,
              label="active")
    ax_m.plot(cycles, table["Negative electrode dead metal [mol.m-2]"], "s-", ms=3,
              label="dead")
    ax_m.set_ylabel("Metal [mol.m-2]")
    ax_m.set_xlabel("Cycle")
    ax_m.legend(frameon=False)
    ax_ce.set_title(title, fontsize=10)
    save(fig, path)
