"""The laws of the reactions of a Li-S cathode, shared by the kinetics, the Nernst potentials
and the cell's initial state: the two plateau reactions of Marinescu et al. (2016) and the last
reduction step of Kumaresan, Mikhaylik & White (2008),

    High:    S8 + 4e- -> 2 S4(2-)               Q_ox = c_S8,  Q_red = c_S4^2,      n_e = 4
    Low:     S4(2-) + 4e- -> S2(2-) + 2 S(2-)    Q_ox = c_S4,  Q_red = c_S2 c_S^2,  n_e = 4
    Bottom:  S2(2-) + 2e- -> 2 S(2-)             Q_ox = c_S2,  Q_red = c_S^2,       n_e = 2

with c [mol.L-1] the concentrations of the dissolved species (standard state 1 mol/L) and n_e
the electrons of the reaction as written. The Bottom step reduces the S2(2-) the low plateau
leaves (Li2S2 -> Li2S), at the end of the discharge, and takes the cell from 3/2 to 2
electrons per sulfur atom; how much of the S2(2-) it reduces before a voltage cut-off depends
on its rate, and so on the temperature. With i_0,Bottom = 0 the cell is
Marinescu et al.'s (its current, exchange current, heat and share of the open-circuit voltage
are then exactly zero).

Nernst potential (Marinescu et al., eqs. 2a-2b, with an apparent electron number n and a
regular-solution interaction term):

    E_j = E_0j + w_j (theta_j - 1/2) + RT/(n_j F) ln(Q_ox / Q_red),

theta_j the oxidised species' share of the reaction's sulfur (High: S8 / (S8 + S4), Low:
S4 / (S4 + S2), Bottom: S2 / (S2 + S), by mass) and w_j = ``"<j> plateau interaction
potential [V]"``: the interaction between the species of a concentrated polysulfide
solution (Frumkin's isotherm, Bard & Faulkner 2001, §13.5) that makes a measured plateau
slope more than the ideal solution does (w_j = 0 for the ideal solution).

Marinescu et al. write it in masses with f_h = n_S4^2 M_S v / n_S8 and f_l = n_S^2 n_S2 M_S^2
v^2 / n_S4, which is this form with c = m / (n M_S v). Their n = 4 (the electrons of the
reaction as written) is an ideal solution; an apparent n < 4 describes the steeper plateaus of
a measured cell.

Current (positive when it reduces): the Butler-Volmer law in its mass-action form (Bard &
Faulkner 2001, eq. 3.4.11), each branch in series with the transport of its reactant to the
carbon surface,

    i_j = red_j - ox_j,      red_j = 1 / (1/red_kin + 1/red_lim),   ox_j likewise,
    red_kin = a_r i_0j A(T) (Q_ox/Q_ox,r) exp(-alpha n_j f (phi - E_r,j)),
    ox_kin  = a_r i_0j A(T) (Q_red/Q_red,r) exp((1 - alpha) n_j f (phi - E_r,j)),
    red_lim = n_e F a_r k_m A_R(T) c_ox,      ox_lim = n_e F a_r k_m A_R(T) c_red,

f = F/(RT), phi the cathode potential (vs Li), E_r,j = E_0j + w_j (theta_j - 1/2) +
ln(Q_ox,r/Q_red,r)/(n_j f) the Nernst potential at the reference concentrations r, A(T) =
exp[E_a,j/R (1/T_ref - 1/T)] with the reaction's activation energy E_a,j (``"Charge-transfer
activation energy [J.mol-1]"`` for High and Low, ``"Bottom plateau activation energy
[J.mol-1]"`` for Bottom); c_ox, c_red the polysulfide each branch consumes (High: S8 and
S4(2-); Low: S4(2-) and S2(2-); Bottom: S2(2-) and S(2-)) in mol/m3, k_m = ``"Cathode
mass-transfer coefficient [m.s-1]"`` (a diffusivity over a diffusion length) and A_R(T) the
Arrhenius factor of the electrolyte's transport (:mod:`~pybamm_beyondli.submodels.
lithium_sulfur.resistance`: diffusion and conduction in a liquid share the viscosity's
temperature dependence).

Without the transport limit (k_m -> infinity) this is Marinescu et al.'s i_j = -2 i_0
sinh(n f (phi - E_j)/2) (eq. 6, alpha = 1/2) with the exchange current

    i_0 = a_r i_0j A(T) (Q_ox/Q_ox,r)^(1-alpha) (Q_red/Q_red,r)^alpha,

which follows the concentrations, so that each side of a reaction runs in proportion to the
species it consumes (with a constant i_0 a used-up species keeps a finite current at an
infinite overpotential). i_0j is the exchange current density at the reference state: 1 mol/L
of every polysulfide, and the saturation concentration c* = S*/(M_S v) of S(2-), at which the
low plateau runs; so Q_ox,r = Q_red,r = 1 for High and Q_ox,r = 1, Q_red,r = c*^2 for Low and
Bottom. The transport limit caps each branch at a current proportional to what is left of its
reactant: when a plateau's reactant runs low the double layer carries the rest of the current
and the voltage falls (or rises, on charge) to its cut-off in seconds, as in a measured cell,
instead of following the logarithm of a vanishing concentration.

Open-circuit voltage: the mixed potential of the reactions linearised about their Nernst
potentials,

    U = sum_j w_j E_j / sum_j w_j,     w_j = n_j i_0,j,

exact when E_H = E_L (a cell at rest), otherwise the potential of the reaction with the larger
exchange current; dU/dT is weighted alike, with dE_j/dT = R/(n_j F) ln(Q_ox/Q_red) (the standard
potentials' own temperature dependence is not known and taken as zero). In these published
potentials a concentration below :data:`LOG_FLOOR` counts as the floor (a used-up species sits
at round-off, possibly just below zero); the currents above need no floor.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.lithium_sulfur import ATOMS, ELECTRONS, SPECIES
from pybamm_beyondli.submodels.lithium_sulfur import variables as names

#: Smallest concentration [mol.L-1] in the logarithms of the published potentials.
LOG_FLOOR = 1e-30
#: mol.m-3 per mol.L-1.
LITRE = 1000.0


def shares(c: dict) -> dict[str, pybamm.Symbol]:
    """theta_j: the oxidised species' share of each reaction's sulfur (module docstring)."""
    s8, s4, s2 = ATOMS["S8"] * c["S8"], ATOMS["S4"] * c["S4"], ATOMS["S2"] * c["S2"]
    s1 = ATOMS["S"] * c["S"]
    return {"High": s8 / (s8 + s4), "Low": s4 / (s4 + s2), "Bottom": s2 / (s2 + s1)}


def sides(c: dict) -> dict[str, tuple[pybamm.Symbol, pybamm.Symbol, pybamm.Symbol]]:
    """(c_ox, c_red, q) of each reaction from the concentrations ``c`` (by species): the
    polysulfide the reduction consumes (Q_ox = c_ox), the one the oxidation consumes and the
    rest of the reduced side (Q_red = c_red q). High: (c_S8, c_S4, c_S4); Low: (c_S4, c_S2,
    c_S^2); Bottom: (c_S2, c_S, c_S)."""
    return {"High": (c["S8"], c["S4"], c["S4"]), "Low": (c["S4"], c["S2"], c["S"] ** 2),
            "Bottom": (c["S2"], c["S"], c["S"])}


def quotients(c: dict) -> dict[str, tuple[pybamm.Symbol, pybamm.Symbol]]:
    """(Q_ox, Q_red) of each plateau from the concentrations ``c`` (by species)."""
    return {p: (c_ox, c_red * q) for p, (c_ox, c_red, q) in sides(c).items()}


def concentrations(variables: dict) -> dict:
    """The concentrations the species submodel publishes, by species."""
    return {k: variables[names.concentration(k)] for k in SPECIES}


def reference_quotients(param, plateau: str) -> tuple[pybamm.Symbol, pybamm.Symbol]:
    """(Q_ox,r, Q_red,r) of ``plateau`` (module docstring)."""
    if plateau == "High":
        return pybamm.Scalar(1), pybamm.Scalar(1)
    s = param.sulfur
    return pybamm.Scalar(1), s.concentration("S", s.S_star) ** 2


def thermal_factor(param, T: pybamm.Symbol) -> pybamm.Symbol:
    """f = F/(RT) [V-1]."""
    return pybamm.constants.F / (pybamm.constants.R * T)


def standard_potential(param, plateau: str, theta: pybamm.Symbol) -> pybamm.Symbol:
    """E_0 + w (theta - 1/2) [V]."""
    s = param.sulfur
    return s.E0[plateau] + s.interaction(plateau) * (theta - 0.5)


def reference_potential(param, plateau: str, theta, T) -> pybamm.Symbol:
    """E_r = E_0 + w (theta - 1/2) + ln(Q_ox,r / Q_red,r)/(n f) [V]."""
    s = param.sulfur
    q_ox_r, q_red_r = reference_quotients(param, plateau)
    return standard_potential(param, plateau, theta) + pybamm.log(q_ox_r / q_red_r) / (
        s.n[plateau] * thermal_factor(param, T))


def reaction_current(param, plateau: str, c_ox, c_red, q, theta, phi, T) -> pybamm.Symbol:
    """i_j [A], positive when the reaction reduces (module docstring), from the sides of the
    reaction (:func:`sides`).

    Each branch, b = b_kin b_lim / (b_kin + b_lim), is written with its reactant's
    concentration factored out of both terms, so that it stays finite and vanishes with the
    reactant at any overpotential."""
    s = param.sulfur
    q_ox_r, q_red_r = reference_quotients(param, plateau)
    E_r = reference_potential(param, plateau, theta, T)
    x = s.n[plateau] * thermal_factor(param, T) * (phi - E_r)
    K = s.a_r * s.i0[plateau] * s.arrhenius(s.E_a[plateau], T)
    L = (ELECTRONS[plateau] * pybamm.constants.F * s.a_r * s.k_m * s.arrhenius(s.E_R, T)
         * LITRE)
    # reduction: red_kin = K (Q_ox/Q_ox,r) e^(-alpha x), Q_ox = c_ox (every reaction)
    k_red = K / q_ox_r
    reduction = c_ox * k_red * L / (k_red + L * pybamm.exp(s.alpha * x))
    # oxidation: ox_kin = K (Q_red/Q_red,r) e^((1-alpha) x), Q_red = c_red q (q >= 0)
    k_ox = K * pybamm.maximum(q, 0) / q_red_r
    oxidation = c_red * k_ox * L / (k_ox + L * pybamm.exp(-(1 - s.alpha) * x))
    return reduction - oxidation


def exchange_current(param, plateau: str, q_ox, q_red, T) -> pybamm.Symbol:
    """i_0 [A] at the present concentrations (round-off below zero counts as zero)."""
    s = param.sulfur
    q_ox_r, q_red_r = reference_quotients(param, plateau)
    ox = pybamm.maximum(q_ox, 0) / q_ox_r
    red = pybamm.maximum(q_red, 0) / q_red_r
    return (s.a_r * s.i0[plateau] * s.arrhenius(s.E_a[plateau], T) * ox ** (1 - s.alpha)
            * red**s.alpha)


def _log(x: pybamm.Symbol) -> pybamm.Symbol:
    return pybamm.log(pybamm.maximum(x, LOG_FLOOR))


def nernst(param, plateau: str, q_ox, q_red, theta, T
           ) -> tuple[pybamm.Symbol, pybamm.Symbol]:
    """(E_j [V], dE_j/dT [V.K-1]) of ``plateau`` (module docstring)."""
    s = param.sulfur
    slope = pybamm.constants.R / (s.n[plateau] * pybamm.constants.F) * (_log(q_ox)
                                                                         - _log(q_red))
    return standard_potential(param, plateau, theta) + T * slope, slope


def open_circuit(param, c: dict, T) -> dict:
    """The Nernst potentials, entropic changes, exchange currents and the mixed open-circuit
    voltage U and dU/dT of the concentrations ``c`` at temperature ``T`` (module docstring):
    a dict with keys ``"E"``, ``"dEdT"``, ``"i0"`` (by reaction), ``"U"`` and ``"dUdT"``."""
    s = param.sulfur
    out = {"E": {}, "dEdT": {}, "i0": {}}
    weights = {}
    theta = shares(c)
    for plateau, (q_ox, q_red) in quotients(c).items():
        out["E"][plateau], out["dEdT"][plateau] = nernst(param, plateau, q_ox, q_red,
                                                         theta[plateau], T)
        out["i0"][plateau] = exchange_current(param, plateau, q_ox, q_red, T)
        weights[plateau] = s.n[plateau] * out["i0"][plateau]
    total = sum(weights.values(), pybamm.Scalar(0))
    out["U"] = sum((weights[p] * out["E"][p] for p in weights), pybamm.Scalar(0)) / total
    out["dUdT"] = sum((weights[p] * out["dEdT"][p] for p in weights), pybamm.Scalar(0)) / total
    return out


def initial_open_circuit_voltage(param) -> pybamm.Symbol:
    """U of the initial species masses at the initial temperature [V]: the initial cathode
    potential."""
    s = param.sulfur
    c = {k: s.concentration(k, s.initial_mass[k]) for k in SPECIES}
    return open_circuit(param, c, param.T_init)["U"]
