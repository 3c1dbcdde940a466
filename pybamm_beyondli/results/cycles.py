"""The per-cycle table of a :class:`pybamm.Experiment` run, and whether its last cycle ran.

:func:`cycle_table` returns a :class:`pandas.DataFrame` with one row per Experiment cycle
(column ``"Cycle number"``, 1, 2, ...) and, for any model:

- PyBaMM's summary variables of the model (``model.summary_variables``): each variable X at
  the end of the cycle and ``"Change in x"`` over it (end minus start), the values
  ``solution.summary_variables`` gives, plus PyBaMM's electrode state-of-health variables
  where PyBaMM computes them for the run (its Li-ion models with porous electrodes);
- the quantities the model declares in its ``cycle_quantities``
  (:mod:`pybamm_beyondli.models.cycle_quantities`): for the metal cells the plating and
  stripping charge of each cycle and the Coulombic efficiency of each plating electrode on
  the cycler and the metal basis, ``"Negative electrode Coulombic efficiency"`` and
  ``"Negative electrode Coulombic efficiency, metal basis"`` (and the ``"Positive ..."``
  pair for the second metal, or the substrate, of a symmetric or metal ‖ substrate cell).

It is computed after the solve from the states at the cycle boundaries, which PyBaMM keeps
for every cycle (also for cycles whose full solution ``save_at_cycles`` drops). The
solution is not changed, and ``pybamm.plot_summary_variables`` still shows PyBaMM's own
summary variables. :func:`pybamm_beyondli.workflows.simulation.run_experiment` returns the
table with the solution (``run.cycles``); after a plain ``pybamm.Simulation(...).solve()``
call ``cycle_table(solution, sim.experiment)``.

One batch: the start states of all cycles are stacked into one :class:`pybamm.Solution`, the
end states into another (consecutive states of one model and one set of inputs share a
segment), and each variable the table needs is evaluated once over each stack by PyBaMM's
own :class:`pybamm.ProcessedVariable` machinery: two evaluations per variable whatever the
number of cycles, where PyBaMM's summary variables make two per variable and cycle. PyBaMM
requires time to increase through a solution, so a stack is split where it does not (a
cycle of zero duration); normally there is one stack of each.

NaN marks a cycle without an efficiency (a rest, a cycle that only plates or only strips,
:class:`~pybamm_beyondli.models.cycle_quantities.Efficiency`) and the last cycle when the run
stopped inside it (:func:`last_cycle_complete`, the one judge of that): a model event such as
``metal anode exhausted`` or Sand's time, a solver failure, a step that ran to PyBaMM's
default duration, or the experiment's time limit before the cycle's last step ended. Its
plating and stripping charges are still in the ``"Change in ..."`` columns. A continued run
(``sim.solve(starting_solution=solution)``) carries the earlier cycles along, so its table
covers every cycle.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd
import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.cycle_quantities import (
    CE_BASES,
    ChangeOverCycle,
    CycleQuantity,
    Efficiency,
    EndOfCycle,
    change_name,
    efficiency_name,
)

#: PyBaMM's termination of a run that its experiment's time limit stopped (between steps,
#: or by shortening the last one).
TIME_LIMIT_TERMINATION = "experiment time limit reached"
#: PyBaMM's termination of a step that ran its planned duration.
FINAL_TIME = "final time"
#: PyBaMM's tag of an event that is a stop condition of the experiment's step.
EXPERIMENT_TAG = "[experiment]"
ELECTRODES = ("negative", "positive")


def _check_solution(solution: pybamm.Solution) -> None:
    """A clear error unless ``solution`` is the solution of a pybamm.Experiment."""
    if not isinstance(solution, pybamm.Solution) or not getattr(
            solution, "all_summary_variables", None):
        what = ("a pybamm.Solution without Experiment cycles"
                if isinstance(solution, pybamm.Solution) else f"a {type(solution).__name__}")
        raise InputError("solution: the per-cycle table needs the solution of a "
                         f"pybamm.Experiment (one row per Experiment cycle); got {what}")


def declared_quantities(model: pybamm.BaseModel) -> tuple[CycleQuantity, ...]:
    """The per-cycle contributions ``model`` declares (``cycle_quantities``; none if it
    declares none, like PyBaMM's own models)."""
    return tuple(getattr(model, "cycle_quantities", ()))


# --------------------------------------------------------------------- one batch of states
def _same_inputs(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        np.array_equal(np.asarray(a[key]), np.asarray(b[key])) for key in a)


def stack_states(states: list[pybamm.Solution]) -> list[pybamm.Solution]:
    """The one-point solutions ``states`` (in time order) as few :class:`pybamm.Solution`
    objects as PyBaMM allows: consecutive states of the same model and inputs share one
    segment, and a new solution starts where time does not increase."""
    stacks: list[list[list]] = []  # per stack, its segments [ts, ys, model, inputs]
    options: list[dict] = []
    last_t = None
    for state in states:
        if not np.size(state.all_ys[0]):
            raise InputError("solution: a cycle boundary holds no state vector; the "
                             "per-cycle table evaluates the model at the states of the cycle "
                             "boundaries")
        t, y = state.all_ts[0][-1:], np.asarray(state.all_ys[0])[:, -1:]
        model, inputs = state.all_models[0], state.all_inputs[0]
        if last_t is None or not t[0] > last_t:
            stacks.append([])
            options.append(state.user_options)
        segments = stacks[-1]
        if segments and segments[-1][2] is model and _same_inputs(segments[-1][3], inputs):
            segments[-1][0].append(t)
            segments[-1][1].append(y)
        else:
            segments.append([[t], [y], model, inputs])
        last_t = t[0]
    return [pybamm.Solution([np.concatenate(s[0]) for s in segments],
                            [np.hstack(s[1]) for s in segments],
                            [s[2] for s in segments], [s[3] for s in segments],
                            check_solution=False, options=option)
            for segments, option in zip(stacks, options, strict=True)]


def _evaluate(stacks: list[pybamm.Solution], name: str) -> np.ndarray:
    """``name`` at every state of ``stacks``: one evaluation per stack."""
    values = [np.asarray(stack[name].entries, dtype=float) for stack in stacks]
    if values[0].ndim != 1:
        raise InputError(f"variable {name!r}: a per-cycle value must be a scalar (0-D) "
                         f"variable; it has shape {values[0].shape[:-1]} per state")
    return np.concatenate(values)


def boundary_values(solution: pybamm.Solution, variables: list[str]
                    ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Each of ``variables`` at the start and at the end of every Experiment cycle of
    ``solution``: ``(start, end)``, dicts of arrays with one value per cycle, evaluated in
    one batch (module docstring)."""
    _check_solution(solution)
    # PyBaMM's per-cycle SummaryVariables hold the cycle's first and last state as
    # one-point solutions (attributes first_state and last_state)
    cycles = solution.all_summary_variables
    starts = stack_states([cycle.first_state for cycle in cycles])
    ends = stack_states([cycle.last_state for cycle in cycles])
    names = list(dict.fromkeys(variables))
    return ({name: _evaluate(starts, name) for name in names},
            {name: _evaluate(ends, name) for name in names})


# --------------------------------------------------------------------- cycle completeness
def _own_part(step: pybamm.Solution) -> tuple[str, float, float]:
    """The termination, start and end time of a step solution without the rest PyBaMM pads
    after it up to the next step's start time (that rest is a sub-solution of its own
    model or inputs, the step's own sub-solutions share the step's)."""
    subs = step.sub_solutions
    if len(subs) > 1 and (subs[-1].all_models[0] is not subs[-2].all_models[-1]
                          or not _same_inputs(subs[-1].all_inputs[0], subs[-2].all_inputs[-1])):
        return subs[-2].termination, float(step.t[0]), float(subs[-2].t[-1])
    return step.termination, float(step.t[0]), float(step.t[-1])


def _planned_duration(step: pybamm.step.BaseStep, solution: pybamm.Solution,
                      start: float) -> float:
    """The duration PyBaMM gives ``step`` started at ``start`` [s]: its own, or up to its
    end time (the next step's start time) if that comes first."""
    duration = float(step.duration)
    if step.end_time is not None and solution.initial_start_time is not None:
        remaining = step.end_time - (solution.initial_start_time + timedelta(seconds=start))
        duration = min(duration, remaining.total_seconds())
    return duration


def last_cycle_complete(solution: pybamm.Solution,
                        experiment: pybamm.Experiment | None = None) -> bool:
    """Whether the last Experiment cycle of ``solution`` ran all its steps to their own ends
    (the one judge of cycle completeness; earlier cycles did, or PyBaMM would not have gone
    on).

    A step ends on its own when its termination is a stop condition of the step (tagged
    ``"[experiment]"``) or ``"final time"`` after its full planned duration; any other
    termination is a model event (``metal anode exhausted``, Sand's time, a safety voltage
    limit), which cuts the cycle. A rest PyBaMM pads after a step, up to the next step's
    start time, is not part of the step. With ``experiment``, the one solved from the
    solution's first cycle, the judgement is exact: the cycle is also cut when it ran fewer
    steps than planned (a solver failure, or the time limit between steps), when a step ran
    to PyBaMM's default duration without reaching its stop condition, and when the time
    limit shortened the last step. Without it those are out of sight, and a run stopped by
    the experiment's time limit counts as cut. Of a last cycle whose solution
    ``save_at_cycles`` dropped, only the termination of its last step is known.
    """
    _check_solution(solution)
    cycle = solution.cycles[-1] if solution.cycles else None
    steps = getattr(cycle, "steps", None)
    if not steps:  # the cycle's solution was not kept (save_at_cycles): its last state's
        termination = solution.all_summary_variables[-1].last_state.termination
        return ((EXPERIMENT_TAG in termination or termination == FINAL_TIME)
                and (experiment is not None or solution.termination != TIME_LIMIT_TERMINATION))
    planned = None
    if experiment is not None:  # the experiment's processed steps of this cycle
        lengths = experiment.cycle_lengths
        index = min(len(solution.all_summary_variables), len(lengths)) - 1
        first = sum(lengths[:index])
        planned = experiment.steps[first:first + lengths[index]]
        if len(steps) < len(planned):
            return False
    elif solution.termination == TIME_LIMIT_TERMINATION:
        return False
    if isinstance(steps[-1], pybamm.EmptySolution):  # skipped: its stop held at its start
        return True
    termination, start, end = _own_part(steps[-1])
    if EXPERIMENT_TAG in termination:
        return True
    if termination != FINAL_TIME:
        return False
    if planned is None:
        return True
    step = planned[len(steps) - 1]
    if step.uses_default_duration:
        return False
    return end - start >= _planned_duration(step, solution, start) * (1 - 1e-9)


# --------------------------------------------------------------------- the table
def _efficiency(quantity: Efficiency, start: dict, end: dict, complete: bool) -> np.ndarray:
    """E_k per cycle (:class:`~pybamm_beyondli.models.cycle_quantities.Efficiency`)."""
    charged = end[quantity.charged] - start[quantity.charged]
    returned = end[quantity.returned] - start[quantity.returned]
    if not quantity.lost:
        kept = returned
    else:
        lost = sum(end[name] - start[name] for name in quantity.lost)
        scale = end[quantity.lost_scale] if quantity.lost_scale else 1.0
        kept = charged - scale * lost
    floor = quantity.min_fraction * np.max(charged, initial=0)
    both_ways = (charged > floor) & (returned > floor)
    if not complete:
        both_ways[-1:] = False
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(both_ways, kept / charged, np.nan)


def _column(quantity: CycleQuantity, start: dict, end: dict, complete: bool) -> np.ndarray:
    if isinstance(quantity, EndOfCycle):
        return end[quantity.variable]
    if isinstance(quantity, ChangeOverCycle):
        return end[quantity.variable] - start[quantity.variable]
    if isinstance(quantity, Efficiency):
        return _efficiency(quantity, start, end, complete)
    raise TypeError(f"{quantity!r} is not a cycle quantity of "
                    "pybamm_beyondli.models.cycle_quantities")


def _default_column(quantity: CycleQuantity) -> bool:
    """Whether ``quantity``'s column has PyBaMM's name of its value (X or "Change in x"),
    so that a PyBaMM summary column of that name holds the same values."""
    return (isinstance(quantity, EndOfCycle | ChangeOverCycle) and quantity.name is None)


def cycle_table(solution: pybamm.Solution,
                experiment: pybamm.Experiment | None = None) -> pd.DataFrame:
    """One row per Experiment cycle of ``solution``: ``"Cycle number"``, PyBaMM's summary
    variables of the model (end value and change over the cycle) and the quantities the
    model declares (module docstring). ``experiment``, the one solved, makes the judgement
    of the last cycle's completeness exact (:func:`last_cycle_complete`).

    Raises :class:`~pybamm_beyondli.errors.InputError` if ``solution`` is not the solution
    of a ``pybamm.Experiment``."""
    _check_solution(solution)
    model = solution.all_models[0]
    summary = list(model.summary_variables)
    declared = declared_quantities(model)
    needed = summary + [v for quantity in declared for v in quantity.variables]
    start, end = boundary_values(solution, needed)
    n_cycles = len(solution.all_summary_variables)
    columns: dict[str, np.ndarray] = {"Cycle number": np.arange(1, n_cycles + 1)}
    columns.update({name: end[name] for name in summary})
    columns.update({change_name(name): end[name] - start[name] for name in summary})
    pybamm_summary = solution.summary_variables
    if getattr(pybamm_summary, "calc_esoh", False):  # PyBaMM's solves, one per cycle
        columns.update({name: np.asarray(pybamm_summary[name], dtype=float)
                        for name in pybamm_summary.esoh_variables})
    complete = last_cycle_complete(solution, experiment)
    for quantity in declared:
        if quantity.column in columns:
            if not _default_column(quantity):
                raise InputError(f"model '{model.name}': cycle quantity {quantity!r} names "
                                 f"column {quantity.column!r}, which the table already has")
            continue
        columns[quantity.column] = _column(quantity, start, end, complete)
    return pd.DataFrame(columns)


# --------------------------------------------------------------------- Coulombic efficiency
def efficiency_electrodes(table: pd.DataFrame) -> list[str]:
    """The electrodes with a Coulombic efficiency column in ``table``."""
    return [e for e in ELECTRODES if efficiency_name(e, "cycler") in table]


def coulombic_efficiency(table: pd.DataFrame, electrode: str | None = None,
                         basis: str = "cycler") -> np.ndarray:
    """The Coulombic efficiency of each cycle at ``electrode`` from a :func:`cycle_table`:
    one value per cycle, NaN for a cycle with no efficiency of its own.

    ``electrode`` is ``"negative"`` (the metal of a full cell, the default there) or, for a
    cell with two metal electrodes, ``"negative"`` or ``"positive"`` (the substrate of a metal
    ‖ substrate cell), which must then be given. ``basis`` is ``"cycler"`` (stripping over
    plating charge) or ``"metal"`` (1 - lost over plated charge; see
    :mod:`pybamm_beyondli.models.cycle_quantities`)."""
    electrodes = efficiency_electrodes(table)
    if not electrodes:
        raise InputError("table: it has no Coulombic efficiency column; the model declares "
                         "no plating electrode (use a metal-cell model of this package: "
                         "MetalAnodeDFN/SPMe/SPM, MetalSymmetricCell)")
    if electrode is None and len(electrodes) == 1:
        electrode = electrodes[0]
    if electrode not in electrodes:
        both = " (two metal electrodes: say which)" if len(electrodes) > 1 else ""
        raise InputError(f"electrode {electrode!r} is not allowed; use one of "
                         f"{electrodes}{both}")
    if basis not in CE_BASES:
        raise InputError(f"basis {basis!r} is not allowed; use one of {CE_BASES}")
    return table[efficiency_name(electrode, basis)].to_numpy(dtype=float)


def ce_range(values) -> str:
    """The finite values of a CE series as "0.9000" or "0.8765-1.0000" ("-" if none)."""
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if not values.size:
        return "-"
    if np.ptp(values) < 5e-5:
        return f"{values.min():.4f}"
    return f"{values.min():.4f}-{values.max():.4f}"


def efficiency_line(table: pd.DataFrame, first_cycle: int = 1) -> str:
    """The Coulombic efficiencies of a :func:`cycle_table` in one line: per plating
    electrode, the range over the cycles from ``first_cycle`` on that have one, on both
    bases ("" if the table has none)."""
    electrodes = efficiency_electrodes(table)
    shown = len(table) - first_cycle + 1
    parts = []
    for electrode in electrodes:
        series = {basis: coulombic_efficiency(table, electrode, basis)[first_cycle - 1:]
                  for basis in CE_BASES}
        counted = int(np.isfinite(series["cycler"]).sum())
        label = f"{electrode} " if len(electrodes) > 1 else ""
        ranges = ", ".join(f"{basis} {ce_range(v)}" for basis, v in series.items())
        parts.append(f"{label}CE {ranges} ({counted} of {shown} cycles"
                     f"{'' if first_cycle == 1 else f' from cycle {first_cycle}'})")
    return "; ".join(parts)
