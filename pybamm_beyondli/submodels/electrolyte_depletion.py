"""Electrolyte depletion at a metal surface (Sand's time) as a named termination event.

Under a constant current density i, the salt concentration at a plating metal surface of a
binary electrolyte falls as (semi-infinite planar diffusion, constant D and t+; Sand 1901;
Bard & Faulkner, *Electrochemical Methods*, 2nd ed. (2001), §8.2)

    c_s(t) = c0 − 2 (1 − t+) i √t / (z F √(π D)),

so it reaches zero at Sand's time

    t_Sand = π D (z c0 F)² / (4 (i (1 − t+))²),

beyond which the current can no longer be carried by the salt and dendrites nucleate
(Chazalviel, Phys. Rev. A 42 (1990) 7355). Here c is the cation concentration and z the
cation charge number (z = 1 for the 1:1 salts of Li, Na and K).

This submodel adds no state: it reads the electrolyte concentration at each metal surface
(a variable the electrolyte submodel provides) and adds the termination event
:data:`DEPLETION_EVENT` when the lowest surface concentration falls to the parameter
"Electrolyte depletion concentration [mol.m-3]" (a small positive number: the analytic
Sand's time is reached when c_s = 0, where the concentration overpotential is singular).
It is generic: a full cell with one metal electrode adds it with ``domains=("negative",)``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import checked, interval
from pybamm_beyondli.parameters.metals import FARADAY

#: Name of the termination event (also the solution's termination reason, after "event: ").
DEPLETION_EVENT = "electrolyte depleted at metal surface (Sand's time)"

def surface_concentration_variable(domain: str) -> str:
    """Name of the electrolyte concentration at the metal surface of ``domain``."""
    return f"{domain.capitalize()} metal surface electrolyte concentration [mol.m-3]"


def sand_time(
    diffusivity: float,
    concentration: float,
    current_density: float,
    transference_number: float,
    z: int = 1,
) -> float:
    """Sand's time t = π D (z c0 F)² / (4 (i (1 − t+))²) [s] (Sand 1901; Bard & Faulkner
    2001, eq. 8.2.14 with the migration correction 1 − t+ of a binary electrolyte).

    ``diffusivity`` D [m2.s-1], ``concentration`` c0 [mol.m-3] (cation), ``current_density``
    i [A.m-2] (magnitude), ``transference_number`` t+ in [0, 1), ``z`` the cation charge.
    """
    for name, value in [("diffusivity", diffusivity), ("concentration", concentration),
                        ("current_density", current_density)]:
        if not (math.isfinite(value) and value > 0):
            raise InputError(f"{name} = {value!r} must be a positive finite number")
    if not 0 <= transference_number < 1:
        raise InputError(
            f"transference_number = {transference_number!r} must be in [0, 1) for a finite "
            "Sand's time"
        )
    return (math.pi * diffusivity * (z * concentration * FARADAY) ** 2
            / (4 * (current_density * (1 - transference_number)) ** 2))


#: The depletion concentration must lie below the initial one (else the event fires at once).
DEPLETION_RULE = interval(0, 1, high_open=True, note=": the depletion concentration must be "
                                                    "below the initial concentration")
DEPLETION_RATIO_NAME = ("Electrolyte depletion concentration [mol.m-3] / Initial concentration "
                        "in electrolyte [mol.m-3]")


class ElectrolyteDepletion(pybamm.BaseSubModel):
    """Termination event when the electrolyte at a metal surface is depleted (Sand's time).

    Event expression: min_k c_s,k − c_dep, with c_s,k the electrolyte concentration at the
    metal surface of domain k (the variable
    :func:`surface_concentration_variable`) and c_dep the parameter
    "Electrolyte depletion concentration [mol.m-3]".

    Parameters
    ----------
    param : pybamm.LithiumIonParameters
        Model parameters (unused besides PyBaMM's submodel interface).
    domains : sequence of "negative" / "positive"
        The electrodes whose metal surface is watched.
    options : dict, optional
        Battery model options.
    """

    def __init__(
        self,
        param: pybamm.LithiumIonParameters,
        domains: Sequence[str] = ("negative", "positive"),
        options: dict | None = None,
    ) -> None:
        super().__init__(param, options=options)
        domains = tuple(domains)
        if not domains or any(d not in ("negative", "positive") for d in domains):
            raise InputError(
                f"domains = {domains!r} is not allowed; give one or both of "
                "'negative' and 'positive'"
            )
        self.domains = domains
        register("Sand1901", "Chazalviel1990")

    def get_coupled_variables(self, variables: dict) -> dict:
        c_s = [variables[surface_concentration_variable(d)] for d in self.domains]
        c_min = c_s[0]
        for c in c_s[1:]:
            c_min = pybamm.minimum(c_min, c)
        c_dep = checked(pybamm.Parameter("Electrolyte depletion concentration [mol.m-3]"))
        c0 = self.param.c_e_init  # the event needs c_dep below the initial concentration
        c_dep = checked(c_dep / c0, DEPLETION_RATIO_NAME, DEPLETION_RULE) * c0
        variables.update({
            "Minimum metal surface electrolyte concentration [mol.m-3]": c_min,
            "Electrolyte depletion margin [mol.m-3]": c_min - c_dep,
        })
        return variables

    def add_events_from(self, variables: dict) -> None:
        self.events.append(
            pybamm.Event(
                DEPLETION_EVENT,
                pybamm.yz_average(variables["Electrolyte depletion margin [mol.m-3]"]),
                pybamm.EventType.TERMINATION,
            )
        )
