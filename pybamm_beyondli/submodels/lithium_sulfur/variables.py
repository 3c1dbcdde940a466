"""The names through which the Li-S submodels couple (one place), and their sign conventions.

Currents are positive on discharge (PyBaMM's convention): a positive plateau reaction current
reduces sulfur (High S8 -> S4(2-), Low S4(2-) -> S2(2-) + S(2-), Bottom S2(2-) -> S(2-)).
Rates of mass transfer are grams of sulfur per second, positive in the direction named
(precipitation: dissolved S(2-) -> Li2S; shuttle: dissolved S8 -> reduced at the anode).
"""

from __future__ import annotations

from pybamm_beyondli.parameters.lithium_sulfur import REACTIONS


def mass(species: str) -> str:
    """The sulfur mass [g] of dissolved ``species`` (S8, S4, S2 or S)."""
    return f"{species} mass [g]"


def concentration(species: str) -> str:
    """The concentration [mol.L-1] of dissolved ``species``."""
    return f"{species} concentration [mol.L-1]"


def reaction_current(plateau: str) -> str:
    """The current [A] of the ``plateau`` ("High", "Low" or "Bottom") reaction, positive
    when it reduces."""
    return f"{plateau} plateau reaction current [A]"


def nernst_potential(plateau: str) -> str:
    """The equilibrium (Nernst) potential [V] of the ``plateau`` reaction."""
    return f"{plateau} plateau potential [V]"


def overpotential(plateau: str) -> str:
    """eta = phi - E [V] of the ``plateau`` reaction (negative while it reduces)."""
    return f"{plateau} plateau overpotential [V]"


def exchange_current(plateau: str) -> str:
    """The exchange current [A] of the ``plateau`` reaction at the present concentrations."""
    return f"{plateau} plateau exchange current [A]"


def entropic_change(plateau: str) -> str:
    """dE/dT [V.K-1] of the ``plateau`` reaction's Nernst potential."""
    return f"{plateau} plateau entropic change [V.K-1]"


#: The reactions (:data:`pybamm_beyondli.parameters.lithium_sulfur.REACTIONS`).
PLATEAUS = REACTIONS
PRECIPITATED = "Precipitated sulfur mass [g]"
DISSOLVED = "Dissolved sulfur mass [g]"
INTERPHASE_SULFUR = "Anode interphase sulfur mass [g]"
TOTAL_SULFUR = "Total sulfur mass [g]"
SATURATION = "Sulfide saturation mass [g]"
CATHODE_POTENTIAL = "Cathode potential [V]"
DOUBLE_LAYER_CURRENT = "Cathode double-layer current [A]"
PRECIPITATION_RATE = "Precipitation rate [g.s-1]"
SHUTTLE_RATE = "Shuttle rate [g.s-1]"
DEPOSITION_RATE = "Shuttle deposition rate [g.s-1]"
SHUTTLE_CURRENT = "Shuttle current [A]"
SHUTTLE_CONSTANT = "Effective shuttle rate constant [s-1]"
SHUTTLE_PASSIVATION = "Shuttle passivation factor"
LITHIUM = "Lithium metal [mol]"
LITHIUM_THICKNESS = "Lithium metal thickness [m]"
INTERPHASE_THICKNESS = "Anode interphase thickness [m]"
TOTAL_LITHIUM = "Total lithium [mol]"
OHMIC_RESISTANCE = "Ohmic resistance [Ohm]"
OHMIC_OVERPOTENTIAL = "Ohmic overpotential [V]"
PORE_FILLING = "Cathode pore filling fraction"
DISCHARGED = "Discharged charge [A.h]"
CHARGED = "Charged charge [A.h]"
