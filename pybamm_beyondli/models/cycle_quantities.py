"""What a model contributes to the per-cycle table of an Experiment run.

A model declares its contributions as a class attribute ``cycle_quantities``, a tuple of the
small frozen records below, each naming the model variables it is computed from;
:func:`pybamm_beyondli.results.cycle_table` evaluates those variables at every cycle's start
and end state and adds one column per record. The records name variables only, so every
physical constant (a charge number, Faraday's constant) stays inside the model's variables,
and a new chemistry declares its own quantities without a change to ``results/``: Li-S its
discharge capacity (:class:`ChangeOverCycle`) and Coulombic efficiency
(:class:`Efficiency`), an interphase its resistance (:class:`EndOfCycle`).

All variables named here must be scalar (0-D) model variables, like PyBaMM's summary
variables. Cycle k runs from its first state (the start of its first step) to its last state
(the end of its last step):

- :class:`EndOfCycle`: X at the end of cycle k;
- :class:`ChangeOverCycle`: ΔX_k = X(end of k) - X(start of k);
- :class:`Efficiency`: a ratio of two changes with the NaN rules of a Coulombic efficiency,

      E_k = ΔR_k / ΔC_k                   (``returned`` / ``charged``), or
      E_k = 1 - s Σ_i ΔL_i,k / ΔC_k        (with ``lost`` L_i and ``lost_scale`` s),

  NaN for a cycle that did not pass charge both ways (ΔC_k or ΔR_k at most ``min_fraction``
  of the largest ΔC of the run: a rest, a cycle that only plates or only strips) and for the
  last cycle when the run stopped inside it.

The metal cells (:mod:`~pybamm_beyondli.models.metal_anode`,
:mod:`~pybamm_beyondli.models.symmetric_cell`) declare, per plating electrode,
:func:`plating_electrode_quantities`: the plating and stripping charge per cycle and the
Coulombic efficiency on two bases,

    cycler basis:  CE_k = ΔQ_st,k / ΔQ_pl,k
    metal basis:   CE_k = 1 - q (ΔD_k + ΔI_k) / ΔQ_pl,k,      q = z F / 3600,

with Q_pl and Q_st the charge passed while plating and while stripping [A.h.m-2], D and I
the dead metal and the metal in interphase [mol.m-2] and q the charge per mole of the metal
[A.h.mol-1], z its charge number: the model's variable :data:`METAL_CHARGE_PER_MOLE`, so
that z stays inside the model. (The changes of D and I are taken before they are scaled: a
change of a cumulative amount is small against the amount, and scaling first would add the
round-off of the whole amount to it.)

- The cycler basis is what a cycler measures (Adams et al. 2018, Adv. Energy Mater. 8,
  1702097). With excess metal it stays near 1 while metal is lost, because the excess makes
  up for it.
- The metal basis is the fraction of the plated charge not lost in the cycle: the metal's
  own efficiency. It sets how fast an excess is used up, the (1 - CE) Q per cycle of Xiang
  et al. (2019). In an anode-free cell stripped to its end it equals the cycler's.

A cycle relates the stripping and plating inside it, in the experiment's order. A full cell
that starts charged (Li ‖ NMC: discharge, then charge) strips before it plates, so the dead
metal of the deposit plated in cycle k shows in cycle k + 1's metal basis, over that cycle's
plating; with equal plating per cycle this is the same number. The ``"Dead metal fraction"``
f is per stripped deposit: a cycle that strips a whole deposit has a metal-basis CE of 1 - f
(as the Li‖Cu protocol measures), while one that strips a charge q from a larger deposit and
plates q back loses f q/(1 - f), a metal-basis CE of 1 - f/(1 - f). PyBaMM makes each string
of a flat list of steps a cycle of its own: group a plating and a stripping step in one tuple.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Changes at most this fraction of the largest ``charged`` change of the run count as no
#: charge passed (round-off of a rest or of the direction a cycle did not run).
MIN_CHARGE_FRACTION = 1e-9
#: Coulombic-efficiency bases of a plating electrode (module docstring).
CE_BASES = ("cycler", "metal")


def change_name(variable: str) -> str:
    """PyBaMM's name of the change of ``variable`` over a cycle: ``"Change in <variable>"``
    with its first letter in lower case."""
    return f"Change in {variable[0].lower()}{variable[1:]}"


@dataclass(frozen=True)
class EndOfCycle:
    """The value of the model variable ``variable`` at the end of each cycle; column
    ``name`` (default: the variable's name)."""

    variable: str
    name: str | None = None

    @property
    def column(self) -> str:
        return self.name or self.variable

    @property
    def variables(self) -> tuple[str, ...]:
        return (self.variable,)


@dataclass(frozen=True)
class ChangeOverCycle:
    """The change of the model variable ``variable`` over each cycle, end minus start;
    column ``name`` (default: PyBaMM's ``"Change in ..."`` name, :func:`change_name`)."""

    variable: str
    name: str | None = None

    @property
    def column(self) -> str:
        return self.name or change_name(self.variable)

    @property
    def variables(self) -> tuple[str, ...]:
        return (self.variable,)


@dataclass(frozen=True)
class Efficiency:
    """E_k = ΔR_k / ΔC_k, or, if ``lost`` names variables L_i, 1 - s Σ_i ΔL_i,k / ΔC_k, with
    R and C the model variables ``returned`` and ``charged`` and s the end-of-cycle value of
    the variable ``lost_scale`` (1 if None), which turns the lost amounts into the units of C
    (module docstring); column ``name``.

    NaN for a cycle whose ΔC_k or ΔR_k is at most ``min_fraction`` times the largest ΔC of
    the run, and for the last cycle of a run that stopped inside it."""

    name: str
    charged: str
    returned: str
    lost: tuple[str, ...] = ()
    lost_scale: str | None = None
    min_fraction: float = MIN_CHARGE_FRACTION

    @property
    def column(self) -> str:
        return self.name

    @property
    def variables(self) -> tuple[str, ...]:
        scale = (self.lost_scale,) if self.lost_scale else ()
        return (self.charged, self.returned, *self.lost, *scale)


#: Any of the declarations above.
CycleQuantity = EndOfCycle | ChangeOverCycle | Efficiency


def electrode_variable(domain: str, quantity: str) -> str:
    """``"{Domain} electrode <quantity>"`` for ``domain`` "negative" or "positive"."""
    return f"{domain.capitalize()} electrode {quantity}"


#: The model variable q = z F / 3600 [A.h.mol-1], the charge per mole of the cell's metal
#: (module docstring).
METAL_CHARGE_PER_MOLE = "Metal charge per mole [A.h.mol-1]"


def efficiency_name(domain: str, basis: str) -> str:
    """Column name of ``domain``'s Coulombic efficiency on ``basis`` ("cycler" or "metal"):
    ``"Negative electrode Coulombic efficiency"``, ``"... Coulombic efficiency, metal
    basis"``."""
    name = electrode_variable(domain, "Coulombic efficiency")
    return name if basis == "cycler" else f"{name}, {basis} basis"


def plating_electrode_quantities(domain: str) -> tuple[CycleQuantity, ...]:
    """The contributions of a plating electrode (module docstring): the plating and stripping
    charge passed in each cycle and the Coulombic efficiency on both bases. The model
    publishes ``"{Domain} electrode plating charge [A.h.m-2]"``, ``"... stripping charge
    [A.h.m-2]"``, ``"... dead metal [mol.m-2]"``, ``"... metal in interphase [mol.m-2]"`` and
    :data:`METAL_CHARGE_PER_MOLE`."""
    plated = electrode_variable(domain, "plating charge [A.h.m-2]")
    stripped = electrode_variable(domain, "stripping charge [A.h.m-2]")
    lost = tuple(electrode_variable(domain, f"{name} [mol.m-2]")
                 for name in ("dead metal", "metal in interphase"))
    return (
        ChangeOverCycle(plated),
        ChangeOverCycle(stripped),
        Efficiency(efficiency_name(domain, "cycler"), charged=plated, returned=stripped),
        Efficiency(efficiency_name(domain, "metal"), charged=plated, returned=stripped,
                   lost=lost, lost_scale=METAL_CHARGE_PER_MOLE),
    )
