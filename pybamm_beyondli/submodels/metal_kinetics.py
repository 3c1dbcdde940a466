"""Butler–Volmer kinetics at a metal|electrolyte interface with the metal's charge number.

Mechanism (the one rate law of metal plating/stripping M ⇌ M^z+ + z e⁻ in this package,
:func:`metal_butler_volmer`): asymmetric Butler–Volmer with z electrons per metal ion on the
metal-covered fraction theta of the surface, coverage-limited stripping and an optional
nucleation barrier for deposition on the bare fraction 1 - theta,

    i = j0(c_e, T) [theta_a e^{alpha z f eta} - theta_c e^{-(1-alpha) z f eta}
                    - (1 - theta) N(eta)],
    theta_a = eps + (1 - eps) theta,        theta_c = theta + (1 - theta) c,
    N(eta)  = s max(0, e^{-(1-alpha) z f (eta + eta_nuc)} - e^{alpha z f (eta + eta_nuc)}),
    theta   = A / (A + A_c)                       if eta_nuc = 0 (barrier off),
    theta   = theta_n = 1 - exp(-A / A_n)         if eta_nuc > 0 (barrier on),

with f = F/RT, i the interfacial current density (positive = oxidation = stripping), eta =
phi_s - phi_e - U the reaction overpotential (U = 0 for the metal's own couple), A [mol.m-2]
the active metal on the surface, and s = 1, c = sqrt(eps) if eta_nuc > 0 (barrier on);
s = 0, c = 1 if eta_nuc = 0 (off).

- alpha: the ``"{Domain} electrode Butler-Volmer transfer coefficient"`` (PyBaMM's name;
  :func:`transfer_coefficient`), z the ``"Metal charge number"`` (Bard & Faulkner,
  Electrochemical Methods, 2nd ed., 2001, ch. 3, eq. 3.4.11: the Butler–Volmer
  current-overpotential equation, with z F in place of F for a z-electron transfer governed
  by one transfer coefficient). At large |eta| the Tafel slope is d eta / d ln i =
  RT / (alpha z F).
- theta in [0, 1]: the metal coverage of the surface. Only metal that is there can be
  stripped, so the anodic branch falls as the last metal goes, and growth on metal (the
  theta part of the cathodic branch) needs metal to grow on (values outside [0, 1], e.g. A
  slightly below zero at the end of a deep strip, are clipped). Without the nucleation
  barrier it is A / (A + A_c) from
  :class:`pybamm_beyondli.submodels.metal_inventory.MetalInventory`, A_c = L_c / V_m the
  coverage amount of the ``"Metal coverage thickness [m]"`` L_c (10 nm in the sets, a
  regularisation of the end of stripping). With the barrier on it is the nucleus coverage
  theta_n below.
- eps: the ``"Substrate coverage floor"``, a regularisation (not a nucleation model): the
  residual anodic activity of a metal-free surface, which keeps its rest potential finite and
  caps the stripping overpotential of an exhausted electrode at about
  (RT / alpha z F) ln(i / (j0 eps)). (The real rest potential of Cu vs Li, ~3 V, is set by
  other couples and is not modelled.)
- eta_nuc >= 0, ``"Metal nucleation overpotential [V]"``: the nucleation barrier of first
  plating on a bare substrate. Classical picture (Budevski, Staikov & Lorenz,
  Electrochemical Phase Formation and Growth, VCH 1996, ch. 3 and 6; for Li on Cu Pei et al.
  2017, Nano Lett. 17, 1132; review digest section 1.2): a new metal phase on a foreign
  substrate forms only through nuclei of at least the critical radius r_c, whose equilibrium
  potential lies below the bulk metal's by the Gibbs–Thomson (Kelvin) term
  2 gamma V_m / (z F r_c) =: eta_nuc. Deposition on the bare area is therefore the metal's
  Butler–Volmer reaction with its equilibrium shifted to eta = -eta_nuc (the term N, same
  j0 and alpha as on metal), clipped at zero net current because a bare area has no metal
  to give back: N = 0 for eta >= -eta_nuc, N > 0 below (the current is continuous at the
  onset, its slope is not). The bare-area rate constant is thus fixed by the onset itself:
  N vanishes at -eta_nuc for every current. On a bare substrate (theta = 0) plating at |i|
  needs eta below -eta_nuc, the more so the larger |i| (for alpha = 1/2,
  eta = -eta_nuc - (2RT/zF) asinh(|i| / (2 j0))): the nucleation spike. As the nuclei cover
  the surface (theta -> 1), growth on metal takes the current and eta relaxes to the
  ordinary Butler–Volmer growth value: the plateau. The spike-to-plateau difference is
  ~eta_nuc when |i| << j0.
  (Earlier versions multiplied the bare-area cathodic Tafel term by e^{-(1-alpha) z f eta_nuc}
  only; a bare area has no anodic counter-term, so with |i| < j0 e^{-(1-alpha) z f eta_nuc}
  that term plated at eta > 0 and gave no spike.)
  The bare area keeps a small cathodic floor c = sqrt(eps) (non-nucleating deposition, a
  regularisation like eps): a metal-free surface rests at (RT / 2zF) ln(1/eps) above the
  metal (:func:`metal_rest_overpotential`), and that floor plates |i| only at
  eta ~ (RT / (1-alpha) z F) ln(sqrt(eps) j0 / |i|), far below -eta_nuc for the sets' eps.
  eta_nuc = 0 switches the barrier off (s = 0, c = 1): the bare substrate then takes metal
  at the metal's own cathodic rate, theta_c = 1, the law of earlier versions (a bare
  substrate rests at (RT / zF) ln(1/eps) above the metal and plates without a spike). The
  switch is discontinuous as eta_nuc -> 0+, by design: "0 = off" keeps every default set
  exactly as before.
- theta_n = 1 - exp(-A / A_n) (barrier on only; :func:`nucleus_coverage`): the fraction of
  the substrate covered by the metal nuclei, which is what the nucleation spike waits for.
  Nuclei of a given size cover their own footprint; where their footprints would overlap
  they cover it once, so the covered fraction follows Avrami's relation
  theta_n = 1 - exp(-theta_ext) between the true and the "extended" coverage theta_ext (the
  sum of all footprints as if they did not overlap; M. Avrami, J. Chem. Phys. 7, 1103
  (1939) and 8, 212 (1940); Budevski, Staikov & Lorenz 1996 for electrodeposits). For
  nuclei of a fixed height the extended coverage grows with the deposited amount,
  theta_ext = A / A_n, with A_n = L_n / V_m the amount of a layer of the
  ``"Metal nucleus coverage thickness [m]"`` L_n, a nucleus-scale length (the sets' value
  and its reasoning: ``parameter_sets/_metal_electrode.py``). theta_n replaces theta in
  both branches, growth and stripping (the metal reaction runs on the nuclei, nucleation
  on the rest), so that a partly covered surface still rests at the metal's potential
  (theta_a = theta_c up to the floors). With the barrier on A_c does not enter the law (it
  still sets the inventory's exhaustion point), and a thick layer is fully covered
  (theta_n = 1 to machine precision for A > 37 A_n). The spike
  therefore lasts until the nuclei carry |i| at eta = -eta_nuc, i.e. until
  theta_n = theta* = |i| / (j0 [e^{(1-alpha) z f eta_nuc} - e^{-alpha z f eta_nuc}])
  (floors neglected), which takes (:func:`nucleation_time`)

      t_n = -(z F A_n / |i|) ln(1 - theta*)  ~  z F A_n / (2 j0 sinh(z f eta_nuc / 2))

  of galvanostatic plating (the second form for alpha = 1/2 and |i| << j0: independent of
  the current), after which eta relaxes to the plateau as theta_n -> 1 (over a few A_n).
  The spike's duration is thus set by the nucleus scale, not by the 10 nm regularisation
  A_c (which gave t_n = (z F A_c / |i|) theta* / (1 - theta*), ~0.5 s for Li on Cu at
  0.5 mA cm-2). A single coverage for nucleation and growth is the simplest closure: real
  nuclei are 3-D and grow under overlapping diffusion zones (B. Scharifker & G. Hills,
  Electrochim. Acta 28, 879 (1983)), which this law does not resolve.

With theta = 1 this is PyBaMM's AsymmetricButlerVolmer with ne = z (both cases).

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

from pybamm_beyondli.citations import register
from pybamm_beyondli.parameters.checks import Rule, checked_parameter
from pybamm_beyondli.submodels.metal_inventory import (
    charge_number,
    coverage,
    coverage_variable,
    initial_metal_amount,
    nucleus_coverage,
    nucleus_coverage_variable,
)


def register_citations() -> None:
    """Register the sources of the rate law's nucleation and coverage terms."""
    register("Pei2017", "Budevski1996", "Avrami1939")


def transfer_coefficient(domain: str, rule: Rule | None = None) -> pybamm.Symbol:
    """alpha: PyBaMM's ``"{Domain} electrode Butler-Volmer transfer coefficient"`` (checked on
    substitution: in (0, 1), or ``rule``)."""
    return checked_parameter(
        f"{domain.capitalize()} electrode Butler-Volmer transfer coefficient", rule)


def _defaults(eta_nuc, floor):
    if eta_nuc is None:
        eta_nuc = checked_parameter("Metal nucleation overpotential [V]")
    if floor is None:
        floor = checked_parameter("Substrate coverage floor")
    return eta_nuc, floor


def nucleation_switch(eta_nuc) -> pybamm.Symbol:
    """s = 1 if eta_nuc > 0 (barrier on), 0 if eta_nuc = 0 (off; module docstring)."""
    return eta_nuc > 0


def coverage_factors(coverage, eta_nuc=None, floor=None, nucleus_coverage=None):
    """(theta, theta_a, theta_c, s) of the law (module docstring): the coverage clipped to
    [0, 1], stripping activity, growth (cathodic) activity without the nucleation term, and
    the nucleation switch.

    ``coverage`` is A / (A + A_c) and ``nucleus_coverage`` theta_n; theta is
    s theta_n + (1 - s) A / (A + A_c), i.e. the nucleus coverage with the barrier on and
    ``coverage`` without (and ``coverage`` in both cases if ``nucleus_coverage`` is None).
    ``eta_nuc`` and ``floor`` default to the parameters ``"Metal nucleation overpotential
    [V]"`` and ``"Substrate coverage floor"``.
    """
    eta_nuc, floor = _defaults(eta_nuc, floor)
    s = nucleation_switch(eta_nuc)
    if nucleus_coverage is not None:
        coverage = s * nucleus_coverage + (1 - s) * coverage
    theta = pybamm.minimum(pybamm.maximum(coverage, 0), 1)
    theta_a = floor + (1 - floor) * theta
    c = 1 - s * (1 - pybamm.sqrt(floor))  # sqrt(eps) with the barrier on, 1 without
    theta_c = theta + (1 - theta) * c
    return theta, theta_a, theta_c, s


def metal_butler_volmer(j0, eta, T, z, alpha, coverage, eta_nuc=None, floor=None,
                        nucleus_coverage=None):
    """Interfacial current density i [A.m-2] of the metal reaction (positive = stripping):

        i = j0 [theta_a e^{alpha z f eta} - theta_c e^{-(1-alpha) z f eta} - (1-theta) N(eta)]

    (module docstring; Bard & Faulkner 2001, eq. 3.4.11 with z F on the metal-covered area,
    Gibbs–Thomson-shifted and clipped on the bare area). ``coverage`` is A / (A + A_c),
    ``nucleus_coverage`` theta_n (see :func:`coverage_factors`).
    """
    eta_nuc, floor = _defaults(eta_nuc, floor)
    theta, theta_a, theta_c, s = coverage_factors(coverage, eta_nuc, floor, nucleus_coverage)
    zf = z * pybamm.constants.F / (pybamm.constants.R * T)
    u = eta + eta_nuc  # overpotential against the critical nucleus
    nucleation = s * pybamm.maximum(
        pybamm.exp(-(1 - alpha) * zf * u) - pybamm.exp(alpha * zf * u), 0)
    return j0 * (theta_a * pybamm.exp(alpha * zf * eta)
                 - theta_c * pybamm.exp(-(1 - alpha) * zf * eta)
                 - (1 - theta) * nucleation)


def metal_rest_overpotential(T, z, coverage, eta_nuc=None, floor=None, nucleus_coverage=None):
    """eta at which :func:`metal_butler_volmer` is zero, (RT / zF) ln(theta_c / theta_a):
    0 on a covered surface; on a bare substrate (RT/2zF) ln(1/eps) with the nucleation
    barrier on (c = sqrt(eps)) and (RT/zF) ln(1/eps) without (c = 1). (The nucleation term
    is zero there: theta_c >= theta_a, so the rest overpotential is >= 0 > -eta_nuc.)"""
    eta_nuc, floor = _defaults(eta_nuc, floor)
    _, theta_a, theta_c, _ = coverage_factors(coverage, eta_nuc, floor, nucleus_coverage)
    return pybamm.log(theta_c / theta_a) * pybamm.constants.R * T / (z * pybamm.constants.F)


def initial_rest_overpotential(domain: str, T: pybamm.Symbol) -> pybamm.Symbol:
    """:func:`metal_rest_overpotential` of ``domain``'s initial metal layer A0 (coverage
    A0 / (A0 + A_c), nucleus coverage theta_n(A0)), at temperature ``T``: the initial surface
    potential of a metal surface with a double layer."""
    A0 = initial_metal_amount(domain)
    return metal_rest_overpotential(T, charge_number(), coverage(A0),
                                    nucleus_coverage=nucleus_coverage(A0))


def nucleation_time(i, j0, T, z, alpha, eta_nuc, nucleus_amount):
    """Closed-form duration [s] of the nucleation spike of galvanostatic plating at ``i``
    [A.m-2] (either sign) on a bare substrate, floors neglected (module docstring):

        t_n = -(z F A_n / |i|) ln(1 - theta*),
        theta* = |i| / (j0 [e^{(1-alpha) z f eta_nuc} - e^{-alpha z f eta_nuc}]),

    the time until eta has risen back to -eta_nuc; infinite if theta* >= 1 (the growth
    overpotential itself is then below -eta_nuc). Plain numbers in, a float out."""
    import math

    F = pybamm.constants.F.value
    zf = z * F / (pybamm.constants.R.value * T)
    theta_star = abs(i) / (j0 * (math.exp((1 - alpha) * zf * eta_nuc)
                                 - math.exp(-alpha * zf * eta_nuc)))
    if theta_star >= 1:
        return math.inf
    return -z * F * nucleus_amount / abs(i) * math.log1p(-theta_star)


def _symmetric_root(r, a, g, alpha_f):
    """eta solving a x - g / x = r, x = exp(alpha_f eta) (positive root)."""
    return (pybamm.arcsinh(r / (2 * pybamm.sqrt(a * g))) + pybamm.log(g / a) / 2) / alpha_f


def symmetric_metal_butler_volmer_overpotential(i, j0, T, z, alpha, coverage, eta_nuc=None,
                                                floor=None, nucleus_coverage=None):
    """Inverse of :func:`metal_butler_volmer` for alpha = 1/2: the eta that carries ``i``.

    With alpha = 1/2 and x = exp(z F eta / 2RT), k = exp(-z F eta_nuc / 2RT), the law is
    j0 min(F_A, F_B) with two increasing branches of the form a x - g / x:

        F_A = theta_a x - theta_c / x                          (eta >= -eta_nuc, N = 0),
        F_B = (theta_a + s (1-theta) / k) x - (theta_c + s (1-theta) k) / x   (eta < -eta_nuc)

    (F_B - F_A = -s (1-theta)(k/x - x/k) changes sign at x = k), so the inverse is the larger
    of the two branch inverses, each

        eta = (RT / alpha z F) [asinh(r / (2 sqrt(a g))) + (1/2) ln(g / a)],   r = i / j0.

    Exact only for alpha = 1/2: the caller must make sure of it (``alpha`` is kept as a symbol
    so that a checked parameter is checked on substitution).
    """
    eta_nuc, floor = _defaults(eta_nuc, floor)
    theta, theta_a, theta_c, s = coverage_factors(coverage, eta_nuc, floor, nucleus_coverage)
    alpha_f = alpha * z * pybamm.constants.F / (pybamm.constants.R * T)
    k = pybamm.exp(-alpha_f * eta_nuc)
    r = i / j0
    eta_a = _symmetric_root(r, theta_a, theta_c, alpha_f)
    eta_b = _symmetric_root(r, theta_a + s * (1 - theta) / k, theta_c + s * (1 - theta) * k,
                            alpha_f)
    return pybamm.maximum(eta_a, eta_b)


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
        register_citations()
        self._coverage = None
        self._nucleus_coverage = None

    def _get_number_of_electrons_in_reaction(self) -> pybamm.Symbol:
        return charge_number()

    def get_coupled_variables(self, variables: dict) -> dict:
        # coverage from the metal inventory (KeyError until it exists: PyBaMM retries)
        self._coverage = variables[coverage_variable(self.domain)]
        self._nucleus_coverage = variables[nucleus_coverage_variable(self.domain)]
        return super().get_coupled_variables(variables)

    def _get_kinetics(self, j0, ne, eta_r, T, u):
        return u * metal_butler_volmer(j0, eta_r, T, ne, transfer_coefficient(self.domain),
                                       self._coverage,
                                       nucleus_coverage=self._nucleus_coverage)
