"""Metal plating/stripping kinetics M ⇌ M^z+ + z e⁻ at a planar metal surface of the
metal ‖ metal / metal ‖ substrate cell, with an optional double layer.

Faradaic law: the package's one metal Butler–Volmer law,
:func:`pybamm_beyondli.submodels.metal_kinetics.metal_butler_volmer` (charge number z,
transfer coefficient alpha = ``"{Domain} electrode Butler-Volmer transfer coefficient"``,
coverage-limited stripping with the ``"Substrate coverage floor"``, nucleation overpotential;
see that module for the equation and sources), with j_F the interfacial current density
(positive = stripping), j0 = ``"{Domain} metal exchange-current density [A.m-2]"`` a function
of the electrolyte concentration c_s at the surface and T, and η = Δφ = φ_s − φ_e (both
electrodes are the same M/M^z+ couple, so the equilibrium potential difference is zero).
This submodel only supplies the surface's own potential and current variables, which are not
PyBaMM's half-cell "Lithium metal interface" variables.

Charge balance at the surface (``options["surface form"]``):

* ``"differential"`` (default of the cell models): a double layer of capacity C_dl
  ("{Domain} electrode double-layer capacity [F.m-2]", PyBaMM's function parameter C_dl(T)
  of the electrode, a constant or a function of temperature) carries the difference,

      C_dl dΔφ/dt = j − j_F,

  with j = ±i the applied current density through that surface (PyBaMM's
  ``LithiumMetalSurfaceForm``). When the metal on a substrate runs out the potential then
  rises at ≈ i/C_dl, which the solver resolves (the end of a "strip until 1 V" step). The
  initial Δφ is the law's rest overpotential of the initial metal layer.
* ``"false"``: no double layer, j_F = j, and the law is inverted in closed form
  (:func:`~pybamm_beyondli.submodels.metal_kinetics.symmetric_metal_butler_volmer_overpotential`),
  which exists for alpha = 1/2 only: another alpha is refused (InputError) on substitution.

Coverage: θ = A/(A + A_c), the metal surface coverage of the inventory submodel
(:mod:`pybamm_beyondli.submodels.metal_inventory`), ≈ 1 on any real metal layer; with the
nucleation barrier on (``"Metal nucleation overpotential [V]"`` > 0) the law uses the nucleus
coverage θn = 1 − exp(−A/A_n) instead (output ``"{Domain} electrode metal nucleus
coverage"``; A_n from ``"Metal nucleus coverage thickness [m]"``, see the kinetics module).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import Rule, checked
from pybamm_beyondli.submodels.electrolyte_depletion import surface_concentration_variable
from pybamm_beyondli.submodels.metal_inventory import (
    charge_number,
    coverage_variable,
    nucleus_coverage_variable,
)
from pybamm_beyondli.submodels.metal_kinetics import (
    initial_rest_overpotential,
    metal_butler_volmer,
    register_citations,
    symmetric_metal_butler_volmer_overpotential,
    transfer_coefficient,
)

#: Floor of the surface salt concentration in j0 [mol.m-3]: keeps j0 > 0 (and the overpotential
#: finite) when the surface is depleted to 0 at Sand's time (a depletion concentration of 0 is
#: allowed). PyBaMM's own tolerance for this, settings.tolerances["j0__c_e"], is 0.
J0_CONCENTRATION_FLOOR = 1e-6

#: alpha allowed without a double layer (the closed-form inverse needs alpha = 1/2).
SYMMETRIC_ALPHA = Rule("0.5 with option 'surface form' = 'false' (closed-form inverse of the "
                       "law); use 'differential' for another transfer coefficient",
                       one_of=frozenset({0.5}))


def metal_current_density_variable(domain: str) -> str:
    """Name of the metal-reaction interfacial current density (positive = stripping)."""
    return f"{domain.capitalize()} metal interfacial current density [A.m-2]"


def surface_potential_variable(domain: str) -> str:
    """Name of the surface potential difference φ_s − φ_e at the metal surface."""
    return f"{domain.capitalize()} metal surface potential difference [V]"


SURFACE_FORMS = ("false", "differential")


class PlanarMetalKinetics(pybamm.BaseSubModel):
    """Metal Butler–Volmer kinetics at the planar metal surface of ``domain``
    ("negative" at x = 0, "positive" at x = L), with or without a double layer.

    The applied current density through the surface is j_n = i at the negative electrode and
    j_p = −i at the positive one (positive = anodic): positive current (PyBaMM's discharge)
    strips the negative electrode and plates the positive one.
    """

    def __init__(
        self, param: pybamm.LithiumIonParameters, domain: str, options: dict | None = None
    ) -> None:
        if domain not in ("negative", "positive"):
            raise InputError(f"domain = {domain!r} is not allowed; use 'negative' or 'positive'")
        super().__init__(param, domain, options=options)
        self.surface_form = (options or {}).get("surface form", "false")
        if self.surface_form not in SURFACE_FORMS:
            raise InputError(f"option 'surface form' = {self.surface_form!r} is not allowed "
                             f"for planar metal kinetics; allowed: {SURFACE_FORMS}")
        pybamm.citations.register("Xu2019")
        register_citations()

    # parameters -----------------------------------------------------------------------
    @property
    def alpha(self) -> pybamm.Symbol:
        rule = SYMMETRIC_ALPHA if self.surface_form == "false" else None
        return transfer_coefficient(self.domain, rule)

    def _applied(self, variables: dict) -> pybamm.Symbol:
        i_cc = variables["Current collector current density [A.m-2]"]
        return i_cc if self.domain == "negative" else -i_cc

    # model ----------------------------------------------------------------------------
    def get_fundamental_variables(self) -> dict:
        if self.surface_form != "differential":
            return {}
        delta_phi = pybamm.Variable(surface_potential_variable(self.domain),
                                    domain="current collector")
        delta_phi.print_name = f"delta_phi_{self.domain[0]}"
        return {surface_potential_variable(self.domain): delta_phi}

    def get_coupled_variables(self, variables: dict) -> dict:
        domain, Domain = self.domain, self.domain.capitalize()
        T = variables["X-averaged cell temperature [K]"]
        c_s = variables[surface_concentration_variable(domain)]
        theta = variables[coverage_variable(domain)]
        theta_n = variables[nucleus_coverage_variable(domain)]
        j0 = pybamm.FunctionParameter(
            f"{Domain} metal exchange-current density [A.m-2]",
            {"Electrolyte concentration [mol.m-3]":
                 pybamm.maximum(c_s, J0_CONCENTRATION_FLOOR),
             "Temperature [K]": T},
        )
        z, alpha = charge_number(), self.alpha
        j = self._applied(variables)
        if self.surface_form == "differential":
            eta = variables[surface_potential_variable(domain)]
            j_F = metal_butler_volmer(j0, eta, T, z, alpha, theta, nucleus_coverage=theta_n)
        else:
            eta = symmetric_metal_butler_volmer_overpotential(j, j0, T, z, alpha, theta,
                                                              nucleus_coverage=theta_n)
            j_F = j
        variables.update({
            metal_current_density_variable(domain): j_F,
            f"{Domain} metal applied current density [A.m-2]": j,
            f"{Domain} metal exchange-current density [A.m-2]": j0,
            f"{Domain} metal reaction overpotential [V]": eta,
            surface_potential_variable(domain): eta,
        })
        return variables

    def set_rhs(self, variables: dict) -> None:
        if self.surface_form != "differential":
            return
        Domain = self.domain.capitalize()
        delta_phi = variables[surface_potential_variable(self.domain)]
        j = variables[f"{Domain} metal applied current density [A.m-2]"]
        j_F = variables[metal_current_density_variable(self.domain)]
        T = variables["X-averaged cell temperature [K]"]
        C_dl = checked(self.domain_param.C_dl(T),  # PyBaMM's C_dl(T), as its planar interface
                       f"{Domain} electrode double-layer capacity [F.m-2]")
        self.rhs = {delta_phi: (j - j_F) / C_dl}

    def set_initial_conditions(self, variables: dict) -> None:
        if self.surface_form != "differential":
            return
        # rest potential (j_F = 0) of the initial metal layer
        delta_phi = variables[surface_potential_variable(self.domain)]
        self.initial_conditions = {
            delta_phi: initial_rest_overpotential(self.domain, self.param.T_init)}
