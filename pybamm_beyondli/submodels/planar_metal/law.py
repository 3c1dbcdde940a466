"""The rate law of metal plating/stripping, M ⇌ M^z+ + z e⁻, at a planar metal surface: the one
Butler–Volmer law of this package (functions of symbols, used by
:class:`~pybamm_beyondli.submodels.planar_metal.interface.PlanarMetalInterface`).

    i = j0(c_s, T) { theta [e^{alpha z f u} - e^{-(1-alpha) z f u}]
                     + (1 - theta) [eps e^{alpha z f eta} - c e^{-(1-alpha) z f eta} - N(eta)] },
    u = eta + s eta_nuc (1 - theta_n),
    N(eta) = s max(0, e^{-(1-alpha) z f (eta + eta_nuc)} - e^{alpha z f (eta + eta_nuc)}),
    theta = A / (A + A_c)                if eta_nuc = 0 (no nucleation barrier: s = 0, c = 1),
    theta = theta_n = 1 - exp(-A / A_n)  if eta_nuc > 0 (barrier on: s = 1, c = sqrt(eps)),

with f = F/RT, i the faradaic current density (positive = stripping), eta the reaction
overpotential (eta = phi_s - phi_e - film drop: the metal's own couple, U = 0), A the active
metal per area (:mod:`~pybamm_beyondli.submodels.planar_metal.inventory`) and theta clipped to
[0, 1].

- Metal-covered fraction theta: Butler–Volmer with z electrons per ion and one transfer
  coefficient alpha (Bard & Faulkner, Electrochemical Methods, 2nd ed. 2001, eq. 3.4.11 with
  zF for F); the Tafel slope is d eta / d ln i = RT / (alpha z F). Only metal that is there
  can be stripped or grown on, so the coverage A / (A + A_c) (A_c the amount of a layer of
  the coverage thickness L_c, 10 nm in the sets: a regularisation of the end of stripping)
  takes the current to the substrate as the last metal goes.
- Bare fraction 1 - theta: eps (``"substrate coverage floor"``) and c are regularisations,
  the residual activity of a metal-free substrate, which keeps its rest potential finite
  ((RT/zF) ln(c/eps) above the metal) and caps the stripping overpotential of an exhausted
  electrode at about (RT / alpha z F) ln(i / (j0 eps)). (The real rest potential of Cu vs Li,
  ~3 V, is set by other couples and is not modelled.)
- Nucleation (eta_nuc = ``"metal nucleation overpotential"`` > 0; classical picture:
  Budevski, Staikov & Lorenz 1996, ch. 3 and 6; Li on Cu: Pei et al. 2017; review digest
  §1.2). A new phase on a foreign substrate forms only through nuclei, whose equilibrium
  potential lies below the bulk metal's by the Gibbs–Thomson term 2 gamma V_m / (z F r).
  On the bare fraction the metal deposits through critical nuclei: the term N, the metal's
  Butler–Volmer law with its equilibrium shifted to -eta_nuc and clipped at zero (a bare
  area has no metal to give back). The deposit itself starts as those nuclei: its
  equilibrium lies eta_nuc (1 - theta_n) below the bulk metal's, a shift that fades as the
  nuclei grow together into a film (theta_n -> 1; Avrami's relation theta_n = 1 - exp(-A/A_n)
  for the covered fraction, Avrami 1939, with A_n the amount of a layer of the ``"metal
  nucleus coverage thickness"``). Galvanostatic plating at |i| on a bare substrate (all the
  charge deposits, A = |i| t / (zF)) therefore shows the nucleation spike

      eta(t) ≈ -eta_nuc exp(-t / tau) - eta_growth(t),     tau = z F A_n / |i|,

  a dip of ~eta_nuc below the growth plateau that lasts until the nuclei cover the substrate,
  a time inversely proportional to the current (:func:`nucleus_coverage_time`). With eta_nuc
  = 0 the law is PyBaMM's asymmetric Butler–Volmer on the covered fraction (ne = z) plus
  the floors.
"""

from __future__ import annotations

import pybamm

#: Floor of the surface salt concentration in j0 [mol.m-3]: keeps j0 > 0 (and the overpotential
#: finite) when the surface is depleted to 0 at Sand's time. (PyBaMM's own tolerance for this,
#: settings.tolerances["j0__c_e"], is 0.)
J0_CONCENTRATION_FLOOR = 1e-6


def barrier_switch(eta_nuc: pybamm.Symbol) -> pybamm.Symbol:
    """s = 1 with a nucleation barrier (eta_nuc > 0), 0 without."""
    return eta_nuc > 0


def coverage_factors(coverage: pybamm.Symbol, nucleus_coverage: pybamm.Symbol,
                     eta_nuc: pybamm.Symbol, floor: pybamm.Symbol):
    """(theta, c, s): the covered fraction clipped to [0, 1] (the nucleus coverage with a
    barrier, A / (A + A_c) without), the cathodic floor of the bare fraction and the barrier
    switch (module docstring)."""
    s = barrier_switch(eta_nuc)
    theta = pybamm.minimum(pybamm.maximum(s * nucleus_coverage + (1 - s) * coverage, 0), 1)
    c = 1 - s * (1 - pybamm.sqrt(floor))
    return theta, c, s


def metal_butler_volmer(j0, eta, T, z, alpha, coverage, nucleus_coverage, eta_nuc, floor):
    """Faradaic current density i [A.m-2] of the metal reaction (positive = stripping); the
    law of the module docstring, written with the exponentials of eta factored out,

        i = j0 { e^{alpha z f eta} [theta e^{alpha z f S} + (1 - theta) eps]
                 - e^{-(1-alpha) z f eta} [theta e^{-(1-alpha) z f S} + (1 - theta) c]
                 - (1 - theta) N(eta) },      S = s eta_nuc (1 - theta_n),

    so that a bare surface (theta = 0) never multiplies an overflowing exponential by 0."""
    theta, c, s = coverage_factors(coverage, nucleus_coverage, eta_nuc, floor)
    zf = z * pybamm.constants.F / (pybamm.constants.R * T)
    shift = s * eta_nuc * (1 - nucleus_coverage)  # Gibbs–Thomson lowering of the deposit
    anodic = theta * pybamm.exp(alpha * zf * shift) + (1 - theta) * floor
    cathodic = theta * pybamm.exp(-(1 - alpha) * zf * shift) + (1 - theta) * c
    v = eta + eta_nuc  # against a critical nucleus
    nucleation = s * pybamm.maximum(
        pybamm.exp(-(1 - alpha) * zf * v) - pybamm.exp(alpha * zf * v), 0)
    return j0 * (anodic * pybamm.exp(alpha * zf * eta)
                 - cathodic * pybamm.exp(-(1 - alpha) * zf * eta)
                 - (1 - theta) * nucleation)


def rest_overpotential(T, z, alpha, coverage, nucleus_coverage, eta_nuc, floor):
    """eta at which :func:`metal_butler_volmer` carries no current (the nucleation term is
    zero there): with x = e^{z f eta} and S = s eta_nuc (1 - theta_n) the law is
    x^alpha [theta e^{alpha z f S} + (1 - theta) eps]
        = x^{-(1-alpha)} [theta e^{-(1-alpha) z f S} + (1 - theta) c],
    so eta = (RT/zF) ln of the ratio of the brackets: 0 on a covered foil, (RT/zF) ln(c/eps)
    on a bare substrate."""
    theta, c, s = coverage_factors(coverage, nucleus_coverage, eta_nuc, floor)
    zf = z * pybamm.constants.F / (pybamm.constants.R * T)
    shift = s * eta_nuc * (1 - nucleus_coverage)
    cathodic = theta * pybamm.exp(-(1 - alpha) * zf * shift) + (1 - theta) * c
    anodic = theta * pybamm.exp(alpha * zf * shift) + (1 - theta) * floor
    return pybamm.log(cathodic / anodic) / zf


def nucleus_coverage_time(current_density: float, z: int, nucleus_amount: float,
                          fraction: float = 1 - 1 / 2.718281828459045) -> float:
    """Time [s] for galvanostatic plating at ``current_density`` [A.m-2] (either sign) to
    cover ``fraction`` of a bare substrate with nuclei, t = -tau ln(1 - fraction),
    tau = z F A_n / |i| (module docstring; by default one time constant): the duration of the
    nucleation spike, inversely proportional to the current. Numbers in, a float out."""
    import math

    F = pybamm.constants.F.value
    return -z * F * nucleus_amount / abs(current_density) * math.log1p(-fraction)
