"""The limits of an electrolyte, as named termination events, and Sand's time.

**Depletion (Sand's time).** Under a constant current density i the salt concentration at a
plating metal surface of a binary electrolyte falls as (semi-infinite planar diffusion,
constant D and t+; Sand 1901; Bard & Faulkner 2001, §8.2)

    c_s(t) = c0 - 2 (1 - t+) i sqrt(t) / (z F sqrt(pi D)),

and reaches zero at Sand's time t_Sand = pi D (z c0 F)^2 / (4 (i (1 - t+))^2) (c the cation
concentration, z its charge), beyond which the salt can no longer carry the current and
dendrites nucleate (Chazalviel 1990). The event :data:`DEPLETION_EVENT` stops a liquid cell
when the lowest metal-surface concentration falls to ``"Electrolyte depletion concentration
[mol.m-3]"`` c_dep (a small number: the concentration overpotential is singular at 0).

**Range of the property correlations.** Transport correlations hold over a concentration and
temperature range (Valøen & Reimers' diffusivity of LiPF6 carbonates, for instance, is singular
at T = 229 + 5c K, c in mol/L). Leaving it stops the run with a named reason
(:data:`CONCENTRATION_EVENT`, :data:`TEMPERATURE_EVENT`): c above ``"Electrolyte maximum
concentration [mol.m-3]"`` c_max(T) or below ``"Electrolyte minimum concentration
[mol.m-3]"``, T outside ``"Electrolyte minimum/maximum temperature [K]"``. A constant initial or
ambient temperature outside the range, or an initial concentration outside it, is an
:class:`~pybamm_beyondli.errors.InputError` before any solve (:func:`electrolyte_range_checks`).
A single-ion conductor has a temperature range only (its concentration does not change).

**Salt depletion in PyBaMM's porous-electrode models.** PyBaMM's DFN and SPMe have no event
for it; they carry on where the salt ran out. :func:`with_salt_depletion_event` adds one
(:data:`SALT_DEPLETION_EVENT`, at :data:`SALT_DEPLETION_FRACTION` of the initial
concentration) to a copy, which the workflows solve only to name the cause of a solver
failure.
"""

from __future__ import annotations

import math

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import Rule, checked, interval
from pybamm_beyondli.submodels import variables as names

DEPLETION_EVENT = "electrolyte depleted at metal surface (Sand's time)"
CONCENTRATION_EVENT = "electrolyte concentration outside the range of its property correlations"
TEMPERATURE_EVENT = "cell temperature outside the range of the electrolyte's property correlations"
#: Faraday constant [C.mol-1] (PyBaMM's, CODATA 2018).
FARADAY = pybamm.constants.F.value


def sand_time(diffusivity: float, concentration: float, current_density: float,
              transference_number: float, z: int = 1) -> float:
    """Sand's time t = pi D (z c0 F)^2 / (4 (i (1 - t+))^2) [s] (Sand 1901; Bard & Faulkner
    2001, eq. 8.2.14 with the migration correction 1 - t+ of a binary electrolyte):
    ``diffusivity`` D [m2.s-1], ``concentration`` c0 [mol.m-3] (cation), ``current_density``
    i [A.m-2] (magnitude), ``transference_number`` t+ in [0, 1), ``z`` the cation charge."""
    for name, value in [("diffusivity", diffusivity), ("concentration", concentration),
                        ("current_density", current_density)]:
        if not (math.isfinite(value) and value > 0):
            raise InputError(f"{name} = {value!r} must be a positive finite number")
    if not 0 <= transference_number < 1:
        raise InputError(f"transference_number = {transference_number!r} must be in [0, 1) "
                         "for a finite Sand's time")
    return (math.pi * diffusivity * (z * concentration * FARADAY) ** 2
            / (4 * (current_density * (1 - transference_number)) ** 2))


#: c_dep / c0 must lie in [0, 1) (else the depletion event fires at once).
DEPLETION_RULE = interval(0, 1, high_open=True, note=": the depletion concentration must be "
                                                    "below the initial concentration")
IN_RANGE = Rule("inside the range of the electrolyte's property correlations (>= 0)", low=0)


def electrolyte_range_checks(param, liquid: bool, metal_surfaces: bool) -> list[pybamm.Symbol]:
    """Checks, on substitution, that the initial state lies inside the electrolyte's range:
    the initial and ambient temperatures (both members), the initial concentration (a
    liquid) and, with a metal surface, the depletion concentration below the initial one."""
    electrolyte = param.s.electrolyte
    T_amb = param.T_amb(pybamm.Scalar(0), pybamm.Scalar(0), pybamm.Scalar(0))  # at t = 0
    checks = []
    for label, T in (("Initial temperature [K]", param.T_init),
                     ("Ambient temperature [K]", T_amb)):
        checks += [
            checked(T - electrolyte.T_min, f"{label} - Electrolyte minimum temperature [K]",
                    IN_RANGE),
            checked(electrolyte.T_max - T, f"Electrolyte maximum temperature [K] - {label}",
                    IN_RANGE),
        ]
    if liquid:
        c0 = param.c_e_init
        checks += [
            checked(c0 - electrolyte.c_min, "Initial concentration in electrolyte [mol.m-3] - "
                    "Electrolyte minimum concentration [mol.m-3]", IN_RANGE),
            checked(electrolyte.c_max(param.T_init) - c0, "Electrolyte maximum concentration "
                    "[mol.m-3] (at the initial temperature) - Initial concentration in "
                    "electrolyte [mol.m-3]", IN_RANGE),
        ]
        if metal_surfaces:
            c_dep = pybamm.Parameter("Electrolyte depletion concentration [mol.m-3]")
            checks.append(checked(c_dep / c0, "Electrolyte depletion concentration [mol.m-3] "
                                  "/ Initial concentration in electrolyte [mol.m-3]",
                                  DEPLETION_RULE))
    return checks


#: The event that stops a porous-electrode model whose salt runs out somewhere in the cell
SALT_DEPLETION_EVENT = "electrolyte salt depleted in the cell"
#: The lowest electrolyte concentration, as a fraction of the initial one, at which
#: :data:`SALT_DEPLETION_EVENT` stops the run (j0 ~ c_e^1/2 and the diffusion potential
#: ~ ln c_e have no value at 0)
SALT_DEPLETION_FRACTION = 1e-3


def with_salt_depletion_event(model: pybamm.BaseModel) -> pybamm.BaseModel:
    """``model`` with a termination event :data:`SALT_DEPLETION_EVENT` at
    min(c_e) = :data:`SALT_DEPLETION_FRACTION` x ``"Initial concentration in electrolyte
    [mol.m-3]"``, when the model has an electrolyte concentration but no such event.

    PyBaMM's DFN and SPMe have no such event: where the salt runs out (a thick or poorly
    transporting electrode at high current) the concentration stays at ~0, that region
    stops reacting, and the run usually goes on to its cut-off, sometimes into a solver
    failure. The workflows add the event only to ask, after such a failure, whether and
    when the salt ran out. A copy when the event is added (the caller's model is not
    changed), else ``model`` itself (also when it is already discretised)."""
    if (model.is_discretised
            or SALT_DEPLETION_EVENT in [event.name for event in model.events]
            or "Electrolyte concentration [mol.m-3]" not in model.variables):
        return model
    model = model.new_copy()
    c_e = model.variables["Electrolyte concentration [mol.m-3]"]
    c_e_init = pybamm.Parameter("Initial concentration in electrolyte [mol.m-3]")
    model.events.append(pybamm.Event(
        SALT_DEPLETION_EVENT, pybamm.min(c_e) - SALT_DEPLETION_FRACTION * c_e_init,
        pybamm.EventType.TERMINATION))
    return model


class ElectrolyteLimits(pybamm.BaseSubModel):
    """The events of the module docstring.

    Parameters
    ----------
    param : BeyondLiParameters
        The model's parameters.
    metal_domains : tuple of str
        The electrodes whose metal surface is watched for depletion (``("negative",)`` in a
        full cell, both in a metal ‖ metal cell; ``()``: none).
    options : BeyondLiOptions
        The model's options; ``"electrolyte"`` says whether the concentration can vary.
    resolved : bool
        Whether the concentration is resolved through the cell (not in a single-particle
        model, whose electrolyte is uniform).
    """

    def __init__(self, param, metal_domains: tuple[str, ...], options, resolved: bool) -> None:
        super().__init__(param, options=options)
        self.metal_domains = tuple(metal_domains)
        self.liquid = options["electrolyte"] == "liquid"
        self.resolved = resolved
        if self.liquid and self.resolved and self.metal_domains:
            register("Sand1901", "Chazalviel1990")

    def get_coupled_variables(self, variables: dict) -> dict:
        if self.liquid and self.resolved and self.metal_domains:
            c_s = [variables[names.surface_concentration(d)] for d in self.metal_domains]
            c_min = c_s[0]
            for c in c_s[1:]:
                c_min = pybamm.minimum(c_min, c)
            c_dep = pybamm.Parameter("Electrolyte depletion concentration [mol.m-3]")
            variables.update({
                "Minimum metal surface electrolyte concentration [mol.m-3]": c_min,
                "Electrolyte depletion margin [mol.m-3]": c_min - c_dep,
            })
        return variables

    def add_events_from(self, variables: dict) -> None:
        electrolyte = self.param.s.electrolyte
        T = variables["X-averaged cell temperature [K]"]
        self.events.append(pybamm.Event(
            TEMPERATURE_EVENT,
            pybamm.yz_average(pybamm.minimum(T - electrolyte.T_min, electrolyte.T_max - T)),
            pybamm.EventType.TERMINATION))
        if not (self.liquid and self.resolved):
            return
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        T_cell = variables["Cell temperature [K]"]
        above = pybamm.min(electrolyte.c_max(T_cell) - c_e)
        below = pybamm.min(c_e) - electrolyte.c_min
        self.events.append(pybamm.Event(CONCENTRATION_EVENT, pybamm.minimum(above, below),
                                        pybamm.EventType.TERMINATION))
        if self.metal_domains:
            self.events.append(pybamm.Event(
                DEPLETION_EVENT,
                pybamm.yz_average(variables["Electrolyte depletion margin [mol.m-3]"]),
                pybamm.EventType.TERMINATION))
