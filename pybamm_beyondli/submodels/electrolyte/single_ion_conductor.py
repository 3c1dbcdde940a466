"""``"electrolyte": "single-ion conductor"``: an electrolyte whose anions do not move (t+ = 1):
a ceramic or a single-ion polymer. The salt concentration stays at its initial value (no
states, no depletion: Sand's time is infinite), and charge is carried by ohmic conduction,

    i_e = -kappa_k(T) eps_k^b dphi_e/dx,     di_e/dx = a j,

with kappa_k the conductivity of domain k (``"Separator electrolyte conductivity [S.m-1]"``,
``"Positive electrode electrolyte conductivity [S.m-1]"``: a solid separator and the catholyte
of a composite cathode may differ) and eps_k^b its transport efficiency.

- :class:`SingleIonConductorConcentration`: the constant concentration (PyBaMM's
  ``ConstantConcentration``) and the ``surface_concentration`` at each metal surface;
- in a resolved (DFN) cell the potential is PyBaMM's own conductivity submodel: the
  parameter class gives it t+ = 1 (no diffusion potential) and each domain's conductivity
  (:meth:`~pybamm_beyondli.parameters.beyondli_parameters.BeyondLiParameters.kappa_e`);
- :class:`SingleIonConductorComposite`: the potential of a single-particle model with
  electrolyte (SPMe), the exact solution for a reaction uniform through the cathode: with
  the metal at x = 0 (potential phi_0) and i the current density,

      separator:  phi_e = phi_0 - i (x - L_n) / kappa_s,
      cathode:    phi_e = phi_0 - i L_s / kappa_s
                          - i (x - x_s)(2 L_p - (x - x_s)) / (2 L_p kappa_p),

  (kappa_k the effective conductivities, x_s = L_n + L_s the separator|cathode boundary),
  whose average drop is i (L_s / kappa_s + L_p / (3 kappa_p)).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.electrolyte.liquid import UniformLiquid


def _effective_conductivities(param, variables: dict, domains) -> dict:
    T = variables["X-averaged cell temperature [K]"]
    kappas = {}
    for domain in domains:
        name = domain.split()[0]
        tor = variables[f"X-averaged {name} electrolyte transport efficiency"]
        kappas[domain] = param.domain_params[name].electrolyte.kappa(None, T) * tor
    return kappas


class SingleIonConductorConcentration(UniformLiquid):
    """Constant salt concentration of a single-ion conductor (t+ = 1: no salt state) with the
    ``surface_concentration`` of the metal surfaces at ``metal_sides``; the same variables as
    a uniform liquid's."""


class SingleIonConductorComposite(pybamm.electrolyte_conductivity.Composite):
    """Ohmic conduction through a single-ion conductor in a single-particle model with
    electrolyte, for a metal negative electrode (module docstring)."""

    def get_fundamental_variables(self) -> dict:
        return {}

    def get_coupled_variables(self, variables: dict) -> dict:
        param = self.param
        i = variables["Current collector current density [A.m-2]"]
        kappas = _effective_conductivities(param, variables,
                                           ("separator", "positive electrode"))
        kappa_s, kappa_p = kappas["separator"], kappas["positive electrode"]
        L_n, L_s, L_p = param.n.L, param.s.L, param.p.L
        x_s = pybamm.standard_spatial_vars.x_s
        x_p = pybamm.standard_spatial_vars.x_p
        phi_0 = variables[names.surface_electrolyte_potential("negative")]
        xi = x_p - (L_n + L_s)
        phi_e_s = pybamm.PrimaryBroadcast(phi_0, "separator") - i * (x_s - L_n) / kappa_s
        phi_e_p = (pybamm.PrimaryBroadcast(phi_0 - i * L_s / kappa_s, "positive electrode")
                   - i * xi * (2 * L_p - xi) / (2 * L_p * kappa_p))
        i_e = pybamm.concatenation(pybamm.PrimaryBroadcast(i, "separator"),
                                   i * (L_p - xi) / L_p)
        i_e.print_name = "i_e"
        variables.update(self._get_standard_potential_variables(
            {"separator": phi_e_s, "positive electrode": phi_e_p}))
        variables.update(self._get_standard_current_variables(i_e))
        variables.update(self._get_split_overpotential(
            pybamm.Scalar(0) * i, -i * (L_s / kappa_s + L_p / (3 * kappa_p))))
        return variables

    def set_algebraic(self, variables: dict) -> None:
        return
