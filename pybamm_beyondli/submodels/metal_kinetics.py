"""Butler–Volmer kinetics at a metal|electrolyte interface with the metal's charge number.

Mechanism (the one rate law of metal plating/stripping M ⇌ M^z+ + z e⁻ in this package,
:func:`metal_butler_volmer`): asymmetric Butler–Volmer with z electrons per metal ion,
coverage-limited stripping and an optional nucleation overpotential on the bare substrate,

    i = j0(c_e, T) [ theta_a exp(alpha z F eta / RT) - g exp(-(1 - alpha) z F eta / RT) ],
    theta_a = eps + (1 - eps) theta,
    g       = theta + (1 - theta) exp(-(1 - alpha) z F eta_nuc / RT),

with i the interfacial current density (positive = oxidation = stripping), eta = phi_s -
phi_e - U the reaction overpotential (U = 0 for the metal's own couple).

- alpha: the ``"{Domain} electrode Butler-Volmer transfer coefficient"`` (PyBaMM's name;
  :func:`transfer_coefficient`), z the ``"Metal charge number"`` (Bard & Faulkner,
  Electrochemical Methods, 2nd ed., 2001, ch. 3, eq. 3.4.11: the Butler–Volmer
  current-overpotential equation, with z F in place of F for a z-electron transfer governed
  by one transfer coefficient). At large |eta| the Tafel slope is d eta / d ln i =
  RT / (alpha z F).
- theta = A / (A + A_c) in [0, 1]: the metal coverage of the surface from
  :class:`pybamm_beyondli.submodels.metal_inventory.MetalInventory`: only metal that is there
  can be stripped, so the anodic branch falls as the last metal goes (values outside [0, 1],
  e.g. A slightly below zero at the end of a deep strip, are clipped).
- eps: the ``"Substrate coverage floor"``, a regularisation (not a nucleation model): the
  residual anodic activity of a metal-free surface, which keeps its rest potential finite,
  (RT / z F) ln(1/eps) above the metal's, and caps the stripping overpotential of an
  exhausted electrode at about (RT / alpha z F) ln(i / (j0 eps)). (The real rest potential of
  Cu vs Li, ~3 V, is set by other couples and is not modelled.)
- eta_nuc >= 0, ``"Metal nucleation overpotential [V]"`` (0 = off): deposition on the
  uncovered substrate (fraction 1 - theta) needs an extra overpotential eta_nuc, the
  nucleation barrier of first plating on a bare current collector (Pei et al. 2017,
  Nano Lett. 17, 1132: nucleation overpotential of Li on Cu; review digest section 1.2).
  Once the surface is covered (theta -> 1) plating proceeds at the growth overpotential.

With theta = 1 and eta_nuc = 0 this is PyBaMM's AsymmetricButlerVolmer with ne = z.

Two users, one law:

- :class:`MetalButlerVolmer`: on PyBaMM's planar ("lithium metal plating") half-cell
  interface of the metal-anode full cells (subclasses AsymmetricButlerVolmer and only
  replaces the number of electrons and the rate law);
- :class:`pybamm_beyondli.submodels.planar_metal_kinetics.PlanarMetalKinetics`: on either
  metal surface of the metal ‖ metal / metal ‖ substrate cell. Without a double layer it
  needs the law's inverse, which exists in closed form for alpha = 1/2
  (:func:`symmetric_metal_butler_volmer_overpotential`).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels.metal_inventory import coverage_variable
from pybamm_beyondli.submodels.parameter_checks import Rule, checked_parameter


def transfer_coefficient(domain: str, rule: Rule | None = None) -> pybamm.Symbol:
    """alpha: PyBaMM's ``"{Domain} electrode Butler-Volmer transfer coefficient"`` (checked on
    substitution: in (0, 1), or ``rule``)."""
    return checked_parameter(
        f"{domain.capitalize()} electrode Butler-Volmer transfer coefficient", rule)


def charge_number() -> pybamm.Symbol:
    """z: ``"Metal charge number"`` (checked on substitution: 1, 2 or 3)."""
    return checked_parameter("Metal charge number")


def coverage_factors(coverage, T, z, alpha, eta_nuc=None, floor=None):
    """(theta_a, g) of the law (module docstring): stripping activity and plating factor.

    ``eta_nuc`` and ``floor`` default to the parameters ``"Metal nucleation overpotential
    [V]"`` and ``"Substrate coverage floor"``.
    """
    if eta_nuc is None:
        eta_nuc = checked_parameter("Metal nucleation overpotential [V]")
    if floor is None:
        floor = checked_parameter("Substrate coverage floor")
    theta = pybamm.minimum(pybamm.maximum(coverage, 0), 1)
    F_RT = pybamm.constants.F / (pybamm.constants.R * T)
    theta_a = floor + (1 - floor) * theta
    g = theta + (1 - theta) * pybamm.exp(-(1 - alpha) * z * F_RT * eta_nuc)
    return theta_a, g


def metal_butler_volmer(j0, eta, T, z, alpha, coverage, eta_nuc=None, floor=None):
    """Interfacial current density i [A.m-2] of the metal reaction (positive = stripping):

        i = j0 [theta_a exp(alpha z F eta / RT) - g exp(-(1 - alpha) z F eta / RT)]

    (module docstring; Bard & Faulkner 2001, eq. 3.4.11 with z F). ``coverage`` is theta.
    """
    theta_a, g = coverage_factors(coverage, T, z, alpha, eta_nuc, floor)
    F_RT = pybamm.constants.F / (pybamm.constants.R * T)
    return j0 * (theta_a * pybamm.exp(alpha * z * F_RT * eta)
                 - g * pybamm.exp(-(1 - alpha) * z * F_RT * eta))


def metal_rest_overpotential(T, z, alpha, coverage, eta_nuc=None, floor=None):
    """eta at which :func:`metal_butler_volmer` is zero, (RT / zF) ln(g / theta_a) (0 on a
    covered surface without nucleation barrier; (RT/zF) ln(1/eps) on a bare substrate)."""
    theta_a, g = coverage_factors(coverage, T, z, alpha, eta_nuc, floor)
    return pybamm.log(g / theta_a) * pybamm.constants.R * T / (z * pybamm.constants.F)


def symmetric_metal_butler_volmer_overpotential(i, j0, T, z, alpha, coverage, eta_nuc=None,
                                                floor=None):
    """Inverse of :func:`metal_butler_volmer` for alpha = 1/2: the eta that carries ``i``.

    With alpha = 1/2 the law is a quadratic in x = exp(alpha z F eta / RT),
    theta_a x - g / x = i / j0, whose positive root gives

        eta = (RT / alpha z F) [asinh(i / (2 j0 sqrt(theta_a g))) + (1/2) ln(g / theta_a)].

    Exact only for alpha = 1/2: the caller must make sure of it (``alpha`` is kept as a symbol
    so that a checked parameter is checked on substitution).
    """
    theta_a, g = coverage_factors(coverage, T, z, alpha, eta_nuc, floor)
    alpha_f = alpha * z * pybamm.constants.F / (pybamm.constants.R * T)
    return (pybamm.arcsinh(i / (2 * j0 * pybamm.sqrt(theta_a * g)))
            + pybamm.log(g / theta_a) / 2) / alpha_f


class MetalButlerVolmer(pybamm.kinetics.AsymmetricButlerVolmer):
    """:func:`metal_butler_volmer` on PyBaMM's planar metal interface (half-cell models).

    Parameters
    ----------
    param : pybamm.LithiumIonParameters
        Model parameters.
    domain : str
        ``"negative"`` (the planar electrode of PyBaMM's half cell).
    reaction : str
        ``"lithium metal plating"`` (PyBaMM's name for the planar metal reaction).
    options : dict
        Model options.
    phase : str
        ``"primary"``.
    """

    def __init__(self, param, domain: str, reaction: str = "lithium metal plating",
                 options=None, phase: str = "primary") -> None:
        super().__init__(param, domain, reaction, options, phase)
        self._coverage = None

    def _get_number_of_electrons_in_reaction(self) -> pybamm.Symbol:
        return charge_number()

    def get_coupled_variables(self, variables: dict) -> dict:
        # coverage from the metal inventory (KeyError until it exists: PyBaMM retries)
        self._coverage = variables[coverage_variable(self.domain)]
        return super().get_coupled_variables(variables)

    def _get_kinetics(self, j0, ne, eta_r, T, u):
        return u * metal_butler_volmer(j0, eta_r, T, ne, transfer_coefficient(self.domain),
                                       self._coverage)
