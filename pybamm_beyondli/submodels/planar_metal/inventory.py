"""Metal inventory of a planar metal electrode: active metal per area, thickness, coverage, the
exhaustion event, and the charge a cycler counts while plating and stripping.

:class:`MetalInventory` (one per metal electrode):

    dA/dt = -j_F / (z F) - r_dead                                  (Faraday's law)
    L_metal = V_m A                                                (dense metal layer)
    theta = A / (A + A_c),   theta_n = 1 - exp(-max(A, 0) / A_n)   (coverage, nucleus coverage)

with A [mol.m-2] the electrochemically active metal per electrode area, j_F the faradaic
current density of the metal reaction (``faradaic_current_density``, positive = stripping; the
sign convention of :mod:`pybamm_beyondli.submodels.variables`), z the metal's charge number, V_m
its molar volume, r_dead the rate at which metal is isolated (``dead_metal_rate``, from
:mod:`~pybamm_beyondli.submodels.planar_metal.dead_metal`), A_c = L_c / V_m and A_n =
L_n / V_m the amounts of a layer of the electrode's ``"metal coverage thickness [m]"`` and
``"metal nucleus coverage thickness [m]"``. Metal that an interphase binds leaves A through
j_F: the interface's charge balance j = j_F + j_film makes the film's (cathodic) current strip
metal. The bookkeeping follows the dead-lithium model of Xu et al. (2019), J. Electrochem. Soc.
166, A3456 (PyBaMM key ``Xu2019``).

Exhaustion: the event ``"metal anode exhausted"`` (the negative electrode of a full cell) or
``"{domain} electrode metal exhausted"`` (an electrode of a metal ‖ metal cell) stops a run
when, while the applied current strips the electrode and the metal reaction carries it, A falls
to A_x = -1e-6 A_c, just past zero, where the coverage has taken the stripping overpotential to
its ceiling, so that a step with a voltage limit ends at its own limit first. The expression is

    S (A - A_x) / |A_x| + (1 - S) min(1, (A - A_f) / |A_x|),     A_f = -A_c / 2,

with S = S(j_F) S(j) (S(j) alone without a double layer) a product of sharp steps that are 1
above 1e-3 A.m-2: otherwise (rest, plating, or a strip the double layer is taking) it only fires
half a coverage amount past zero, a safety net for a solver step that jumps over the end of the
metal; a double layer discharging through the bare substrate in a rest, or A within the
solver's tolerance of zero while the double layer charges, is not an exhaustion.

:class:`MetalThroughput`: the charge passed while plating and while stripping the electrode
[A.h.m-2], from PyBaMM's ``"Discharge capacity [A.h]"`` Q and ``"Throughput capacity [A.h]"``
Q_t (no states of its own),

    Q_pl = (Q_t - sigma Q) / (2 A_cc),    Q_st = (Q_t + sigma Q) / (2 A_cc),

sigma = +1 for the negative electrode, -1 for the positive one; their changes over a cycle
give the cycle's Coulombic efficiency dQ_st / dQ_pl (Adams et al. 2018, the standard
definition; :mod:`pybamm_beyondli.models.cycle_quantities`).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels import variables as names

#: Exhaustion point, in coverage amounts past zero (numerical convention, module docstring).
EXHAUSTION_COVERAGE = -1e-6
#: Current density [A.m-2] above which the electrode counts as stripping in the event.
STRIPPING_ONSET = 1e-3
#: Safety net of the event, in coverage amounts past zero.
FAR_PAST_ZERO = 0.5


def exhaustion_event_name(domain: str, full_cell: bool = False) -> str:
    """The termination reason when the active metal of ``domain`` runs out."""
    if full_cell and domain == "negative":
        return "metal anode exhausted"
    return f"{domain} electrode metal exhausted"


def applied_current_density(variables: dict, domain: str) -> pybamm.Symbol:
    """The current density the cell passes through ``domain``'s interface, positive when it
    strips it: +i at the negative electrode, -i at the positive one, less any short."""
    i = (variables["Current collector current density [A.m-2]"]
         - variables.get(names.short_current_density(), pybamm.Scalar(0)))
    return i if domain == "negative" else -i


class PlanarMetalSubModel(pybamm.BaseSubModel):
    """Base of the per-electrode submodels of the planar metal family: ``domain`` is
    ``"negative"`` or ``"positive"``; ``self.metal`` are the interface's parameters
    (:class:`~pybamm_beyondli.parameters.beyondli_parameters.PlanarMetalInterfaceParameters`)
    and ``self.z``, ``self.V_m`` the metal's."""

    def __init__(self, param, domain: str, options=None, name: str = "planar metal") -> None:
        names.check_domain(domain, "metal electrode")
        super().__init__(param, domain, name=name, options=options)
        self.metal = self.param.domain_params[domain].metal
        self.z = self.param.metal.z
        self.V_m = self.param.metal.V_m


class MetalInventory(PlanarMetalSubModel):
    """Active metal A of a planar metal electrode and its exhaustion event (module docstring).

    Parameters
    ----------
    param : BeyondLiParameters
        The model's parameters.
    domain : str
        ``"negative"`` or ``"positive"``.
    options : BeyondLiOptions
        The model's options.
    event_name : str
        The exhaustion event's name (:func:`exhaustion_event_name`).
    """

    def __init__(self, param, domain: str, options, event_name: str) -> None:
        super().__init__(param, domain, options, name="metal inventory")
        self.event_name = event_name
        register("Xu2019")

    def get_fundamental_variables(self) -> dict:
        A_c = self.metal.A_c
        A = pybamm.Variable(names.active_metal(self.domain), domain="current collector",
                            scale=A_c)
        A.print_name = f"A_{self.domain[0]}"
        return {
            names.active_metal(self.domain): A,
            names.metal_thickness(self.domain): A * self.V_m,
            names.coverage(self.domain): A / (A + A_c),
            names.nucleus_coverage(self.domain):
                1 - pybamm.exp(-pybamm.maximum(A, 0) / self.metal.A_nuc),
        }

    def set_rhs(self, variables: dict) -> None:
        A = variables[names.active_metal(self.domain)]
        j_F = variables[names.faradaic_current_density(self.domain)]
        r_dead = variables.get(names.dead_metal_rate(self.domain), pybamm.Scalar(0))
        self.rhs = {A: -j_F / (self.z * self.param.F) - r_dead}

    def set_initial_conditions(self, variables: dict) -> None:
        self.initial_conditions = {variables[names.active_metal(self.domain)]: self.metal.A_0}

    def add_events_from(self, variables: dict) -> None:
        A = variables[names.active_metal(self.domain)]
        j_F = variables[names.faradaic_current_density(self.domain)]
        j = applied_current_density(variables, self.domain)

        def step(current):
            return pybamm.sigmoid(STRIPPING_ONSET, current, 10 / STRIPPING_ONSET)

        if self.options["surface form"] != "differential":  # no double layer: S(j)
            stripping = step(j)
        else:
            stripping = step(j_F) * step(j)
        margin = abs(EXHAUSTION_COVERAGE) * self.metal.A_c
        A_x = -margin
        A_far = -FAR_PAST_ZERO * self.metal.A_c
        self.events.append(pybamm.Event(
            self.event_name,
            pybamm.yz_average(stripping * (A - A_x) / margin
                              + (1 - stripping) * pybamm.minimum(1, (A - A_far) / margin)),
            pybamm.EventType.TERMINATION,
        ))


class MetalThroughput(PlanarMetalSubModel):
    """Plating and stripping charge of a planar metal electrode as a cycler counts it (module
    docstring)."""

    def __init__(self, param, domain: str, options=None) -> None:
        super().__init__(param, domain, options, name="metal throughput")

    def get_coupled_variables(self, variables: dict) -> dict:
        Domain = self.domain.capitalize()
        sigma = 1 if self.domain == "negative" else -1
        area = self.param.A_cc
        q = sigma * variables["Discharge capacity [A.h]"] / area
        q_t = variables["Throughput capacity [A.h]"] / area
        variables.update({
            f"{Domain} electrode plating charge [A.h.m-2]": (q_t - q) / 2,
            f"{Domain} electrode stripping charge [A.h.m-2]": (q_t + q) / 2,
        })
        return variables
