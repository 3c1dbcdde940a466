"""Comparison metrics between a simulation and measured data, and the overlay plot.

The one function for users is :func:`compare`: give it a PyBaMM solution (or a data frame
with the same column names) and a measured data frame, and it returns the voltage RMSE
over the common range, the end-capacity error, and can draw the overlay.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.errors import BeyondLiError, InputError
from pybamm_beyondli.io.frames import solution_frame


@dataclass
class Comparison:
    """Result of :func:`compare`: metrics and the curves they were computed on."""

    x: str
    y: str
    sim: pd.DataFrame
    data: pd.DataFrame
    rmse: float
    """Root-mean-square difference of ``y`` over the common ``x`` range, in ``y``'s unit."""
    end_error: float
    """Relative error of the last ``x`` reached: ``(x_sim_end - x_data_end) / x_data_end``."""
    x_range: tuple[float, float]

    def plot(self, path: str | Path | None = None, title: str = "", ax=None):
        """Overlay simulated and measured ``y`` against ``x``; save to ``path`` if given."""
        from pybamm_beyondli.io.plots import new_figure, save

        scale, xlabel = _axis_scale(self.x, max(self.sim[self.x].max(), self.data[self.x].max()))
        own = ax is None
        if own:
            fig, ax = new_figure(figsize=(5.5, 3.8))
        ax.plot(self.data[self.x] * scale, self.data[self.y], "o", ms=3, mfc="none",
                color="k", label="measured")
        ax.plot(self.sim[self.x] * scale, self.sim[self.y], "-", color="C0", label="simulated")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(self.y)
        ax.set_title(title or f"RMSE {self.rmse * 1e3:.1f} mV, end error {self.end_error:+.1%}",
                     fontsize=10)
        ax.legend(frameon=False)
        if own and path is not None:
            save(fig, path)
        return ax


def _axis_scale(column: str, largest: float) -> tuple[float, str]:
    """Show small capacities in mA.h and long times in hours."""
    if column.endswith("[A.h]") and largest < 0.5:
        return 1e3, column.replace("[A.h]", "[mA.h]")
    if column == "Time [s]" and largest > 7200:
        return 1 / 3600, "Time [h]"
    return 1.0, column


def require_non_decreasing(values: np.ndarray, curve: str, x: str = "x") -> None:
    """Raise an :class:`InputError` naming ``curve`` unless ``values`` never decrease (beyond
    rounding: drops of up to 1e-9 of the largest magnitude are allowed) and are finite."""
    values = np.asarray(values, dtype=float)
    if not np.isfinite(values).all():
        raise InputError(f"{curve} x data '{x}' has non-finite values; it must be finite and "
                         "non-decreasing")
    if values.size < 2:
        return
    tolerance = 1e-9 * float(np.abs(values).max())
    drops = np.flatnonzero(np.diff(values) < -tolerance)
    if drops.size:
        i = int(drops[0])
        raise InputError(
            f"{curve} x data '{x}' must be non-decreasing, but it falls from "
            f"{values[i]:.6g} to {values[i + 1]:.6g} at point {i + 1} of {values.size}; "
            "compare one monotonic segment (e.g. a single discharge)"
        )


def rmse_on_common_range(
    x_sim: np.ndarray, y_sim: np.ndarray, x_data: np.ndarray, y_data: np.ndarray,
    x: str = "x",
) -> tuple[float, tuple[float, float]]:
    """RMSE of ``y`` at the measured points inside the range both curves cover.

    The simulation is interpolated linearly at the measured ``x``; both ``x`` arrays (column
    ``x``) must be non-decreasing (a discharge capacity, or time), else an
    :class:`InputError` names the curve.
    """
    require_non_decreasing(x_sim, "simulation", x)
    require_non_decreasing(x_data, "data", x)
    lo, hi = max(x_sim.min(), x_data.min()), min(x_sim.max(), x_data.max())
    inside = (x_data >= lo) & (x_data <= hi)
    if hi <= lo or inside.sum() < 2:
        raise BeyondLiError(
            f"simulation and data share no range to compare on (sim {x_sim.min():.4g}–"
            f"{x_sim.max():.4g}, data {x_data.min():.4g}–{x_data.max():.4g})"
        )
    residual = np.interp(x_data[inside], x_sim, y_sim) - y_data[inside]
    return float(np.sqrt(np.mean(residual**2))), (float(lo), float(hi))


def compare(
    sim: pybamm.Solution | pd.DataFrame,
    data: pd.DataFrame,
    x: str = "Discharge capacity [A.h]",
    y: str = "Voltage [V]",
) -> Comparison:
    """Compare a simulation with measured data on column ``y`` against column ``x``.

    Parameters
    ----------
    sim
        A PyBaMM solution, or a frame with columns ``x`` and ``y``.
    data
        Measured frame with columns ``x`` and ``y`` (loaders in
        :mod:`pybamm_beyondli.validation.datasets` return such frames).
    x, y
        Column names, PyBaMM-style (e.g. ``"Discharge capacity [A.h]"``, ``"Time [s]"``).
        The simulation's ``x`` must be non-decreasing (one discharge, not a discharge and a
        charge): otherwise an :class:`~pybamm_beyondli.errors.InputError` says so. The
        measured frame is sorted by ``x`` first.
    """
    if isinstance(sim, pybamm.Solution):
        sim = solution_frame(sim, [x, y])
    for frame, label in ((sim, "simulation"), (data, "data")):
        missing = {x, y} - set(frame.columns)
        if missing:
            raise BeyondLiError(f"{label} has no column(s) {sorted(missing)}; "
                                f"columns are {list(frame.columns)}")
    data = data.sort_values(x, kind="stable")
    xs, ys = sim[x].to_numpy(float), sim[y].to_numpy(float)
    xd, yd = data[x].to_numpy(float), data[y].to_numpy(float)
    rmse, x_range = rmse_on_common_range(xs, ys, xd, yd, x)
    end_error = float((xs[-1] - xd[-1]) / xd[-1])
    return Comparison(x, y, sim[[x, y]], data[[x, y]], rmse, end_error, x_range)
