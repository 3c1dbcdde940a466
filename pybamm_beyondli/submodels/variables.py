"""The names through which this package's submodels couple, and the sign convention (one place).

**Sign convention.** Every current density at a metal interface is positive when the metal is
oxidised (stripped: M -> M^z+ + z e-) and negative when it is plated. The applied current
density through an interface follows from PyBaMM's cell current I (positive on discharge):
the negative electrode sees +i, the positive electrode -i, with i = I / A (``"Current
collector current density [A.m-2]"``). So PyBaMM's "Discharge" strips the negative metal and,
in a metal ‖ metal cell, plates the positive one.

**The interface contract** (per electrode, ``{Domain}`` = Negative / Positive). The planar metal
interface family (:mod:`pybamm_beyondli.submodels.planar_metal`) publishes

- :func:`surface_potential_difference` Δφ = φ_s − φ_e at the metal surface [V],
- :func:`faradaic_current_density` j_F of the metal reaction [A.m-2],
- :func:`interface_current_density` j, the current density the interface passes (the applied
  one, +-i) [A.m-2],
- :func:`double_layer_metal`, the metal equivalent of the double-layer charge [mol.m-2],

and reads what the families around it publish, without knowing which member did:

- the interphase family: :func:`interphase_overpotential` [V] and
  :func:`interphase_resistance` [Ohm.m2] of the film the current crosses,
  :func:`interphase_current_density` [A.m-2] of film growth (a side reaction that consumes
  metal; negative) and :func:`interphase_metal` [mol.m-2], the metal bound in the film;
- the contact family: :func:`contact_area_fraction`, the fraction of the electrode area where
  metal and electrolyte touch;
- the electrolyte family: :func:`surface_concentration` [mol.m-3] and
  :func:`surface_electrolyte_potential` [V] at the metal surface;
- the short family: :func:`short_current_density` [A.m-2], the current that bypasses the
  interfaces (positive in the discharge direction).

Full cells (PyBaMM's half-cell scaffolding) also publish the aliases PyBaMM's voltage, SEI,
thermal and electrolyte code read (:data:`HALF_CELL_ALIASES`).
"""

from __future__ import annotations

from pybamm_beyondli.errors import InputError

DOMAINS = ("negative", "positive")


def check_domain(domain: str, what: str) -> None:
    """Refuse a ``domain`` that is not a metal electrode's, naming ``what`` asked for it."""
    if domain not in DOMAINS:
        raise InputError(f"{what} domain {domain!r} is not allowed; use 'negative' or "
                         "'positive'")


def _prefix(domain: str) -> str:
    return f"{domain.capitalize()} electrode"


def surface_potential_difference(domain: str) -> str:
    """Δφ = φ_s − φ_e at the metal surface of ``domain`` [V]."""
    return f"{_prefix(domain)} surface potential difference [V]"


def faradaic_current_density(domain: str) -> str:
    """Current density of the metal reaction (positive = stripping) [A.m-2]."""
    return f"{_prefix(domain)} faradaic current density [A.m-2]"


def interface_current_density(domain: str) -> str:
    """Current density passed through the interface (positive = anodic) [A.m-2]."""
    return f"{_prefix(domain)} interface current density [A.m-2]"


def double_layer_potential_difference(domain: str) -> str:
    """Potential difference across the double layer at the metal, under any interphase film:
    Δφ minus the film's drop [V] (the interface's state)."""
    return f"{_prefix(domain)} double-layer potential difference [V]"


def reaction_overpotential(domain: str) -> str:
    """η = Δφ − U − η_film of the metal reaction [V]."""
    return f"{_prefix(domain)} metal reaction overpotential [V]"


def exchange_current_density(domain: str) -> str:
    """Exchange current density of the metal reaction [A.m-2]."""
    return f"{_prefix(domain)} metal exchange-current density [A.m-2]"


def double_layer_metal(domain: str) -> str:
    """Metal equivalent of the double-layer charge, −C_dl (Δφ − Δφ0) / (zF) [mol.m-2]."""
    return f"{_prefix(domain)} metal in double layer [mol.m-2]"


def interphase_overpotential(domain: str) -> str:
    """Ohmic drop across the interphase film, j R_film [V]."""
    return f"{_prefix(domain)} interphase overpotential [V]"


def interphase_resistance(domain: str) -> str:
    """Area-specific resistance of the interphase film [Ohm.m2]."""
    return f"{_prefix(domain)} interphase resistance [Ohm.m2]"


def interphase_current_density(domain: str) -> str:
    """Current density of interphase growth (a cathodic side reaction, <= 0) [A.m-2]."""
    return f"{_prefix(domain)} interphase current density [A.m-2]"


def interphase_metal(domain: str) -> str:
    """Metal bound in the interphase since the start [mol.m-2]."""
    return f"{_prefix(domain)} metal in interphase [mol.m-2]"


def interphase_thickness(domain: str) -> str:
    """Thickness of the interphase film [m]."""
    return f"{_prefix(domain)} interphase thickness [m]"


def contact_area_fraction(domain: str) -> str:
    """Fraction of the electrode area where metal and electrolyte touch."""
    return f"{_prefix(domain)} contact area fraction"


def surface_concentration(domain: str) -> str:
    """Salt (cation) concentration in the electrolyte at the metal surface [mol.m-3]."""
    return f"{_prefix(domain)} surface electrolyte concentration [mol.m-3]"


def surface_electrolyte_potential(domain: str) -> str:
    """Electrolyte potential at the metal surface [V]."""
    return f"{_prefix(domain)} surface electrolyte potential [V]"


def electrode_potential(domain: str) -> str:
    """Potential of the metal electrode (an equipotential foil) [V]."""
    return f"{_prefix(domain)} metal potential [V]"


def active_metal(domain: str) -> str:
    """Electrochemically active metal per electrode area [mol.m-2]."""
    return f"{_prefix(domain)} active metal [mol.m-2]"


def dead_metal(domain: str) -> str:
    """Isolated (dead) metal per electrode area [mol.m-2]."""
    return f"{_prefix(domain)} dead metal [mol.m-2]"


def dead_metal_rate(domain: str) -> str:
    """Rate at which metal is isolated [mol.m-2.s-1]."""
    return f"{_prefix(domain)} dead metal formation rate [mol.m-2.s-1]"


def metal_thickness(domain: str) -> str:
    """Thickness of the active metal layer [m]."""
    return f"{_prefix(domain)} metal thickness [m]"


def coverage(domain: str) -> str:
    """Fraction of the surface the metal covers, A / (A + A_c)."""
    return f"{_prefix(domain)} metal surface coverage"


def nucleus_coverage(domain: str) -> str:
    """Fraction of the substrate covered by nuclei, 1 − exp(−A / A_n)."""
    return f"{_prefix(domain)} metal nucleus coverage"


def short_current_density() -> str:
    """Current density through an internal short (discharge direction positive) [A.m-2]."""
    return "Short-circuit current density [A.m-2]"


#: PyBaMM's names for the planar metal interface of its half cell, which its voltage, SEI,
#: thermal and electrolyte submodels read -> this package's names (negative electrode).
HALF_CELL_ALIASES = {
    "Lithium metal interface surface potential difference [V]":
        surface_potential_difference("negative"),
    "Lithium metal plating current density [A.m-2]": faradaic_current_density("negative"),
    "Lithium metal interface reaction overpotential [V]": reaction_overpotential("negative"),
    "Lithium metal interface exchange current density [A.m-2]":
        exchange_current_density("negative"),
    "Lithium metal interface electrode potential [V]": electrode_potential("negative"),
    "Lithium metal interface electrolyte potential [V]":
        surface_electrolyte_potential("negative"),
    "Lithium metal total interfacial current density [A.m-2]":
        interface_current_density("negative"),
}
