"""Metal inventory of a planar metal electrode: active metal per area, thickness, coverage.

Mechanism (one submodel, generic over the electrode ``domain``):

    dA/dt = -i / (z F) - r_dead                                       (Faraday's law)
    L_metal = V_m A                                                   (dense metal layer)
    theta = A / (A + A_c),    A_c = L_c / V_m                         (surface coverage)

with A [mol.m-2] the electrochemically active (connected) metal per electrode area, i
[A.m-2] the interfacial current density of the metal reaction at that surface, z the
metal's charge number, F Faraday's constant, V_m the metal's molar volume [m3.mol-1] and
r_dead [mol.m-2.s-1] the rate at which metal is isolated (the variable
``"{Domain} electrode dead metal formation rate [mol.m-2.s-1]"`` of
:class:`pybamm_beyondli.submodels.dead_metal.DeadMetal`; zero if no such submodel is used).
L_c is the coverage thickness, the parameter ``"Metal coverage thickness [m]"``. A metal
layer thinner than L_c no longer covers the surface (deposits are grains and nuclei, not
flat films; review digest section 1.2), so its electroactive area falls in proportion to
the amount left. The coverage theta is ~1 for a thick layer and falls to zero as the last
metal is stripped;
:func:`pybamm_beyondli.submodels.metal_kinetics.metal_butler_volmer` multiplies the anodic
(stripping) branch by theta, so the stripping overpotential rises (by (RT/alpha z F) ln 2
when L_c is left) and then to the ceiling set by the substrate coverage floor when the
metal runs out, as at the end of stripping in
a Li‖Cu test or an anode-free cell's discharge.

Sign convention: ``current_density_variable`` names the interfacial current density at the
metal surface, **positive for oxidation = stripping** (metal -> ion + z e-) and negative for
plating. For the negative electrode of PyBaMM's half cell this is PyBaMM's own
``"Lithium metal plating current density [A.m-2]"`` (positive on discharge). For a metal
positive electrode (e.g. the second electrode of a symmetric cell) pass a variable with the
same convention (positive when that electrode is stripped).

Metal consumed by interphase (SEI) growth is not an extra sink here: in PyBaMM's planar
interface the SEI reduction current j_sei < 0 is balanced by extra stripping (the charge
balance i_cc = i + j_sei), so it already leaves A through i. It is reported separately as
``"{Domain} electrode metal in interphase [mol.m-2]"`` = z_SEI (c_SEI - c_SEI,0) / z from
PyBaMM's SEI concentration on the interface.

Exhaustion: the event ``"metal anode exhausted"`` (negative electrode; ``"{domain} metal
electrode exhausted"`` for a positive one) stops the simulation when, while stripping, the
active metal falls to A_x = -1e-6 A_c (:data:`EXHAUSTION_COVERAGE`), just *past* zero. Past
zero the kinetic coverage sits at its floor (``"Substrate coverage floor"``, see
:mod:`pybamm_beyondli.submodels.metal_kinetics`), so the stripping overpotential has reached
its ceiling (RT/alpha z F) ln(i/(j0 floor)): a "strip until V" step (the "strip to 1 V" of the
Li|Cu protocol of Adams et al. 2018, or an anode-free discharge cut-off) ends at its own
voltage limit first, and a step without a voltage limit (time, capacity, power) ends here
with the named reason instead of a solver failure.

The event expression is

    S (A - A_x) / |A_x| + (1 - S) min(1, (A - A_f) / |A_x|),     A_f = -A_c / 2,

with S = S(i) S(i_app) a product of sharp steps that are 1 above 1e-3 A.m-2 and 0 below:
S(i) of the interfacial (faradaic) current density i, S(i_app) of the current density
applied through this electrode, i_app = +/- the ``"Current collector current density
[A.m-2]"`` (+ on the negative electrode, which PyBaMM's positive "discharge" current strips;
- on the positive one). So S = 1 only while the external current strips the electrode and
the metal reaction carries it; the expression then crosses zero at A = A_x. Otherwise
(S = 0: rest, plating, or a strip whose current the double layer is taking) it is 1 unless
A is half a coverage amount past zero (A_f: a safety net for a solver step that jumps over
the end of the metal). It is positive at the start of a strip of an empty electrode
(A = 0, A_x < 0): an anode-free cell never trips it before it plates, and a discharge of
an empty electrode ends with the named event rather than PyBaMM's "event non-positive at
initial conditions" error. (An earlier version lagged S by a 0.1 s state; resolving that
transient at every step doubled the solver steps per cycle.)
Without a double layer (``"surface form"`` ``"false"`` or ``"algebraic"``) the charge
balance makes i = i_app (less the small interphase current), so S = S(i_app) alone, which
spares the event the Butler–Volmer law. Both factors of S matter with a double layer
(``"surface form": "differential"``), where i and i_app differ. (1) A strip that ends at
its voltage limit past the last metal can leave the charged double layer above the bare
substrate's rest potential
((RT/zF) ln(1/eps), half that with the nucleation barrier on; e.g. a Li|Cu strip to 1 V),
and in a following rest (i_app = 0) it discharges through the substrate-floor anodic
current, which the balance above books as stripping: A falls further below zero, by up to
C_dl Delta eta / zF (~1e-3 A_c for 0.2 F m-2 and 0.5 V), while i can stay above the onset
(full cell, floor 1e-8). (2) While the double layer charges at the end of a strip the
faradaic current falls to the floor, and A sits within the solver's absolute tolerance of
zero (A is scaled by A_c, so that tolerance is ~|A_x| = 1e-6 A_c). Neither is an exhaustion
by the applied current. The earlier expression (A - A_x + 2 |A_x| (1 - S(i))) / |A_x| fired
in both: during such rests, and before the voltage limit of a "strip until V" step.

Output variables (Domain capitalised):
``"{Domain} electrode active metal [mol.m-2]"``, ``"{Domain} electrode metal thickness [m]"``,
``"{Domain} electrode metal surface coverage"``, ``"{Domain} electrode metal nucleus
coverage"`` (theta_n = 1 - exp(-max(A, 0) / A_n), Avrami; the coverage the kinetics use with
a nucleation barrier), ``"{Domain} electrode metal coverage amount [mol.m-2]"`` (A_c),
``"{Domain} electrode metal in interphase [mol.m-2]"``,
``"{Domain} electrode metal stripping rate [mol.m-2.s-1]"``. The companion bookkeeping
submodel :class:`MetalThroughput` (same file, same conventions) gives the charge passed while
plating and while stripping the electrode, ``"{Domain} electrode plating charge
[A.h.m-2]"`` and ``"{Domain} electrode stripping charge [A.h.m-2]"``, as a cycler counts it
(their per-cycle changes give the Coulombic efficiency, see
:mod:`pybamm_beyondli.results.cycles`).

Parameters (by name): ``"Metal charge number"``, ``"Metal molar volume [m3.mol-1]"``,
``"{Domain} electrode initial metal thickness [m]"`` and, if given, the coverage thickness
(``"Metal coverage thickness [m]"``).

Source: Faraday's law; the inventory/thickness bookkeeping follows the dead-lithium model
of Xu et al. (2019), J. Electrochem. Soc. 166, A3456 (PyBaMM key ``Xu2019``).
"""

from __future__ import annotations

import pybamm
import scipy.constants

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import checked_parameter

#: Exhaustion point, in coverage amounts past zero (numerical convention, see above).
EXHAUSTION_COVERAGE = -1e-6
#: Current density [A.m-2] above which the electrode counts as stripping in the event.
STRIPPING_ONSET = 1e-3
#: Safety net of the event, in coverage amounts past zero: far beyond the solver's
#: tolerance on A and any double-layer charge (see above), and short of the singular
#: A = -A_c of the coverage A / (A + A_c).
FAR_PAST_ZERO = 0.5
DEFAULT_CURRENT_DENSITY = "Lithium metal plating current density [A.m-2]"


#: Avogadro constant [mol-1] (scipy's CODATA value; pybamm.constants has no N_A).
AVOGADRO = scipy.constants.N_A


def monolayer_amount(molar_volume: pybamm.Symbol) -> pybamm.Symbol:
    """Metal per area in one atomic monolayer, A_ml = (V_m/N_A)^(1/3) / V_m [mol.m-2]."""
    return (molar_volume / AVOGADRO) ** (1 / 3) / molar_volume


def charge_number() -> pybamm.Symbol:
    """z: ``"Metal charge number"`` (checked on substitution: 1, 2 or 3)."""
    return checked_parameter("Metal charge number")


def molar_volume() -> pybamm.Symbol:
    """V_m: ``"Metal molar volume [m3.mol-1]"`` (checked on substitution: > 0)."""
    return checked_parameter("Metal molar volume [m3.mol-1]")


def coverage_amount() -> pybamm.Symbol:
    """Metal per area below which the surface is no longer covered [mol.m-2]:
    A_c = L_c / V_m with L_c the parameter ``"Metal coverage thickness [m]"``."""
    return checked_parameter("Metal coverage thickness [m]") / molar_volume()


def coverage(active_metal: pybamm.Symbol, amount: pybamm.Symbol | None = None) -> pybamm.Symbol:
    """theta = A / (A + A_c): the surface fraction the metal covers (A_c defaults to
    :func:`coverage_amount`)."""
    amount = coverage_amount() if amount is None else amount
    return active_metal / (active_metal + amount)


def exhaustion_event_name(domain: str) -> str:
    """Name of the termination event when the active metal of ``domain`` runs out:
    ``"metal anode exhausted"`` for a full cell's metal anode (``MetalInventory``'s default
    on the negative electrode); this name for an electrode of a metal ‖ metal cell."""
    return f"{domain} electrode metal exhausted"


def interphase_metal(variables: dict, options, param, domain: str,
                     z: pybamm.Symbol) -> pybamm.Symbol:
    """Metal bound in the SEI on a planar electrode, z_SEI (c_SEI - c_SEI,0) / z [mol.m-2]."""
    Domain = domain.capitalize()
    sei_option = "none"
    if options is not None:
        try:
            sei_option = getattr(options, domain)["SEI"]
        except (AttributeError, KeyError):
            sei_option = "none"
    name = f"{Domain} SEI concentration [mol.m-2]"
    if sei_option in ("none", "constant") or name not in variables:
        return pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector")
    phase_param = param.domain_params[domain].prim
    c_sei_0 = phase_param.L_sei_0 / phase_param.V_bar_sei
    return phase_param.z_sei * (variables[name] - c_sei_0) / z


def coverage_variable(domain: str) -> str:
    """Name of the metal surface coverage theta of ``domain`` (an output of this module)."""
    return f"{domain.capitalize()} electrode metal surface coverage"


def nucleus_coverage_amount() -> pybamm.Symbol:
    """A_n = L_n / V_m [mol.m-2], L_n the ``"Metal nucleus coverage thickness [m]"`` (checked
    on substitution: > 0) and V_m the ``"Metal molar volume [m3.mol-1]"``."""
    return checked_parameter("Metal nucleus coverage thickness [m]") / molar_volume()


def nucleus_coverage(active_metal, amount=None) -> pybamm.Symbol:
    """theta_n = 1 - exp(-max(A, 0) / A_n): the substrate fraction covered by nuclei
    (Avrami's relation with the extended coverage A / A_n; see
    :mod:`pybamm_beyondli.submodels.metal_kinetics`, which uses it with the barrier on). ``amount``
    defaults to :func:`nucleus_coverage_amount`."""
    if amount is None:
        amount = nucleus_coverage_amount()
    return 1 - pybamm.exp(-pybamm.maximum(active_metal, 0) / amount)


def nucleus_coverage_variable(domain: str) -> str:
    """Name of the nucleus coverage theta_n of ``domain`` (an output of the metal inventory)."""
    return f"{domain.capitalize()} electrode metal nucleus coverage"


def initial_metal_amount(domain: str) -> pybamm.Symbol:
    """A0 = L0 / V_m [mol.m-2], the initial metal layer of ``domain``."""
    return (checked_parameter(f"{domain.capitalize()} electrode initial metal thickness [m]")
            / molar_volume())


class MetalElectrodeSubModel(pybamm.BaseSubModel):
    """Base of the per-electrode metal submodels (:class:`MetalInventory`,
    :class:`MetalThroughput`, :class:`~pybamm_beyondli.submodels.dead_metal.DeadMetal`).

    Parameters
    ----------
    param : pybamm.LithiumIonParameters
        The model's parameters.
    domain : str
        ``"negative"`` or ``"positive"`` (anything else is an InputError).
    options : dict, optional
        Model options (used for the SEI option of this electrode).
    current_density_variable : str
        Name of the interfacial current density at this metal surface, positive for
        stripping (oxidation); see the module docstring.
    """

    #: Submodel name (PyBaMM's ``name``), set by each subclass.
    submodel_name = "metal electrode"

    def __init__(self, param, domain: str, options=None,
                 current_density_variable: str = DEFAULT_CURRENT_DENSITY) -> None:
        if domain not in ("negative", "positive"):
            raise InputError(f"metal electrode domain '{domain}' is not allowed; "
                             "use 'negative' or 'positive'")
        super().__init__(param, domain, name=self.submodel_name, options=options)
        self.current_density_variable = current_density_variable

    @property
    def z(self) -> pybamm.Symbol:
        return charge_number()

    @property
    def V_m(self) -> pybamm.Symbol:
        return molar_volume()

    def stripping_rate(self, variables: dict) -> pybamm.Symbol:
        """s = i / (z F) [mol.m-2.s-1], positive = stripping."""
        return variables[self.current_density_variable] / (self.z * self.param.F)


class MetalInventory(MetalElectrodeSubModel):
    """Active metal A [mol.m-2] of a planar metal electrode, dA/dt = -i/(zF) - r_dead.

    Parameters as :class:`MetalElectrodeSubModel`, and:

    event_name : str, optional
        Name of the exhaustion event (default ``"metal anode exhausted"`` on the negative
        electrode, :func:`exhaustion_event_name` on the positive).
    """

    submodel_name = "metal inventory"

    def __init__(
        self,
        param,
        domain: str,
        options=None,
        current_density_variable: str = DEFAULT_CURRENT_DENSITY,
        event_name: str | None = None,
    ) -> None:
        super().__init__(param, domain, options, current_density_variable)
        self.event_name = event_name or (
            "metal anode exhausted" if domain == "negative" else exhaustion_event_name(domain)
        )
        pybamm.citations.register("Xu2019")

    # model ----------------------------------------------------------------------------
    def get_fundamental_variables(self) -> dict:
        Domain = self.domain.capitalize()
        A_c = coverage_amount()
        A = pybamm.Variable(f"{Domain} electrode active metal [mol.m-2]",
                            domain="current collector", scale=A_c)
        A.print_name = f"A_{self.domain[0]}"
        return {
            f"{Domain} electrode active metal [mol.m-2]": A,
            f"{Domain} electrode metal thickness [m]": A * self.V_m,
            coverage_variable(self.domain): coverage(A, A_c),
            nucleus_coverage_variable(self.domain): nucleus_coverage(A),
            f"{Domain} electrode metal coverage amount [mol.m-2]": A_c,
        }

    def get_coupled_variables(self, variables: dict) -> dict:
        Domain = self.domain.capitalize()
        variables.update({
            f"{Domain} electrode metal stripping rate [mol.m-2.s-1]":
                self.stripping_rate(variables),
            f"{Domain} electrode metal in interphase [mol.m-2]": interphase_metal(
                variables, self.options, self.param, self.domain, self.z),
        })
        return variables

    def set_rhs(self, variables: dict) -> None:
        Domain = self.domain.capitalize()
        A = variables[f"{Domain} electrode active metal [mol.m-2]"]
        s = variables[f"{Domain} electrode metal stripping rate [mol.m-2.s-1]"]
        r_dead = variables.get(f"{Domain} electrode dead metal formation rate [mol.m-2.s-1]",
                               pybamm.Scalar(0))
        self.rhs = {A: -s - r_dead}

    def set_initial_conditions(self, variables: dict) -> None:
        Domain = self.domain.capitalize()
        A = variables[f"{Domain} electrode active metal [mol.m-2]"]
        self.initial_conditions = {A: initial_metal_amount(self.domain)}

    def add_events_from(self, variables: dict) -> None:
        Domain = self.domain.capitalize()
        A = variables[f"{Domain} electrode active metal [mol.m-2]"]
        i = variables[self.current_density_variable]
        i_cc = variables["Current collector current density [A.m-2]"]
        i_app = i_cc if self.domain == "negative" else -i_cc  # positive = stripping

        def step(current):
            return pybamm.sigmoid(STRIPPING_ONSET, current, 10 / STRIPPING_ONSET)

        if self.options["surface form"] != "differential":  # no double layer: S(i_app)
            stripping = step(i_app)
        else:
            stripping = step(i) * step(i_app)  # S = S(i) S(i_app)
        margin = abs(EXHAUSTION_COVERAGE) * coverage_amount()
        A_x = -margin  # fires here while stripping
        A_far = -FAR_PAST_ZERO * coverage_amount()  # fires here whatever the current
        self.events.append(pybamm.Event(
            self.event_name,
            pybamm.yz_average(stripping * (A - A_x) / margin
                              + (1 - stripping) * pybamm.minimum(1, (A - A_far) / margin)),
            pybamm.EventType.TERMINATION,
        ))


class MetalThroughput(MetalElectrodeSubModel):
    """Charge passed while plating and while stripping this electrode [A.h.m-2], counted as
    a cycler counts it, from PyBaMM's own ``"Discharge capacity [A.h]"`` Q = int I dt and
    ``"Throughput capacity [A.h]"`` Q_t = int |I| dt (no states of its own):

        Q_pl = (Q_t - sigma Q) / (2 A_cc),    Q_st = (Q_t + sigma Q) / (2 A_cc),

    with A_cc the electrode area and sigma = +1 for the negative electrode (PyBaMM's positive
    "discharge" current strips it) and -1 for the positive one. Charge that goes into the
    double layer or into interphase growth is counted with the plating or stripping it
    accompanies, as on a cycler. The changes over a cycle give the cycle's Coulombic
    efficiency CE = dQ_st / dQ_pl (stripped over plated charge; Aurbach et al. 2016, Nat.
    Energy 1, 16128 / Adams et al. 2018, Adv. Energy Mater. 8, 1702097, the standard
    definition). Parameters as :class:`MetalElectrodeSubModel` (``current_density_variable``
    is not used).
    """

    submodel_name = "metal throughput"

    def get_coupled_variables(self, variables: dict) -> dict:
        Domain = self.domain.capitalize()
        sigma = 1 if self.domain == "negative" else -1
        area = self.param.A_cc
        q = sigma * variables["Discharge capacity [A.h]"] / area
        q_t = variables["Throughput capacity [A.h]"] / area
        variables.update({
            "Metal charge number": self.z,
            f"{Domain} electrode plating charge [A.h.m-2]": (q_t - q) / 2,
            f"{Domain} electrode stripping charge [A.h.m-2]": (q_t + q) / 2,
        })
        return variables
