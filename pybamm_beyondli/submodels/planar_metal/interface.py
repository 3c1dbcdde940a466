"""The planar metal interface: surface potential difference and metal kinetics of one metal
electrode — one implementation for the metal-anode full cells and the metal ‖ metal cells.

The interface is a film (the interphase family: ohmic drop eta_film, and its own capacitance if
the member has one) in series with the metal surface, where the double layer (capacity C_dl)
is in parallel with the metal reaction: the Randles circuit with a film, whose impedance shows
the film's arc and the charge-transfer arc. The state is the potential across the double
layer, Δφ_dl; the surface potential difference Δφ = φ_s − φ_e = Δφ_dl + eta_film is the
electrode's (:mod:`~pybamm_beyondli.submodels.planar_metal.electrode`). Charge
balance at the metal surface (``options["surface form"]``):

    "differential":          C_dl(T) dΔφ_dl/dt = j - j_F - j_film,
    "false" / "algebraic":   0 = j - j_F - j_film,

with j the current density the cell passes through the interface (+i at the negative
electrode, −i at the positive one, less a short's), j_film the current density of interphase
growth (a cathodic side reaction) and the faradaic current density of the metal reaction

    j_F = f_c j0(c_s, T) BV(eta),        eta = Δφ_dl (the metal's own couple: U = 0),

where BV is the law of :mod:`~pybamm_beyondli.submodels.planar_metal.law` (charge number z,
transfer coefficient alpha, coverage theta and nucleus coverage theta_n of the inventory,
nucleation overpotential, substrate floor), f_c the contact area fraction and c_s the salt
concentration at the surface (floored at :data:`~pybamm_beyondli.submodels.planar_metal.law.
J0_CONCENTRATION_FLOOR` in j0). All currents follow the sign convention of
:mod:`pybamm_beyondli.submodels.variables` (positive = stripping). Without a double layer and
with a nucleation barrier, the balance is solved in log-current space while the surface is bare
(:meth:`PlanarMetalInterface.set_algebraic`). Without a double layer the published j_F is
j - j_film, which the balance makes it at every instant, and the rate law is imposed by the
algebraic equation alone: the metal inventory j_F moves is conserved to round-off, not only
to the solver's tolerance on the law.

Reads (the interface contract): ``interface_current_density`` j (from the electrode,
:mod:`~pybamm_beyondli.submodels.planar_metal.electrode`), ``surface_concentration``,
``coverage``, ``nucleus_coverage``, ``contact_area_fraction``, ``interphase_current_density``
and the cell temperature. Publishes: ``double_layer_potential_difference`` Δφ_dl,
``faradaic_current_density`` j_F, ``reaction_overpotential`` eta, ``exchange_current_density``
j0 and ``double_layer_metal`` (−C_dl (Δφ_dl − Δφ_dl,0) / (zF), 0 without a double layer: exact
while C_dl is constant in time).

Parameters (``param.{n,p}.metal``): ``"{Domain} electrode metal exchange-current density
[A.m-2]"`` (c_e, T), ``"{Domain} electrode Butler-Volmer transfer coefficient"``,
``"{Domain} electrode metal nucleation overpotential [V]"``, ``"{Domain} electrode substrate
coverage floor"``, PyBaMM's ``"{Domain} electrode double-layer capacity [F.m-2]"`` (T) and
``"Metal charge number"``.

References: Bard & Faulkner 2001 (Butler–Volmer with z electrons, the Randles circuit); Xu et
al. 2019 (Li metal kinetics in PyBaMM's half cell); the nucleation sources of the law module.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.planar_metal.inventory import PlanarMetalSubModel
from pybamm_beyondli.submodels.planar_metal.law import (
    J0_CONCENTRATION_FLOOR,
    barrier_switch,
    metal_butler_volmer,
    rest_overpotential,
)

#: Current below which the log-current residual is linear, as a fraction of the typical
#: current density (a numerical scale, not a physical parameter). It must lie above the
#: currents that hold a nearly bare surface at rest (an SEI's growth current, ~1e-5 I_typ
#: in the anode-free set): compressed logarithmically, they leave IDA's Newton iteration
#: without a usable slope (tests/test_nucleation.py, the rest after stripping to the last
#: metal and the re-plating of the bare substrate).
LOG_RESIDUAL_SCALE = 1e-5


class PlanarMetalInterface(PlanarMetalSubModel):
    """Surface potential and metal kinetics of the planar metal interface of ``domain``
    (module docstring).

    Parameters
    ----------
    param : BeyondLiParameters
        The model's parameters.
    domain : str
        ``"negative"`` (x = 0) or ``"positive"`` (x = L).
    options : BeyondLiOptions
        The model's options (``"surface form"`` chooses the charge balance).
    """

    def __init__(self, param, domain: str, options) -> None:
        super().__init__(param, domain, options, name="planar metal interface")
        register("BardFaulkner2001", "Xu2019", "Pei2017", "Budevski1996", "Avrami1939")

    @property
    def double_layer(self) -> bool:
        return self.options["surface form"] == "differential"

    def get_fundamental_variables(self) -> dict:
        delta_phi_dl = pybamm.Variable(names.double_layer_potential_difference(self.domain),
                                       domain="current collector")
        delta_phi_dl.print_name = f"delta_phi_dl_{self.domain[0]}"
        return {names.double_layer_potential_difference(self.domain): delta_phi_dl,
                names.reaction_overpotential(self.domain): delta_phi_dl}

    def _temperature(self, variables: dict) -> pybamm.Symbol:
        return variables["X-averaged cell temperature [K]"]

    def initial_potential_difference(self) -> pybamm.Symbol:
        """Δφ_dl,0: the rest value of the law on the initial metal layer A_0 (the film
        carries no current at rest, so it is Δφ's too)."""
        metal, A_0 = self.metal, self.metal.A_0
        return rest_overpotential(self.param.T_init, self.z, metal.alpha, A_0 / (A_0 + metal.A_c),
                                  1 - pybamm.exp(-A_0 / metal.A_nuc), metal.eta_nuc,
                                  metal.floor)

    def _rate_law(self, variables: dict, j0: pybamm.Symbol) -> pybamm.Symbol:
        """j_F of the rate law (:mod:`~pybamm_beyondli.submodels.planar_metal.law`) at the
        state, for the exchange-current density ``j0``."""
        domain, metal = self.domain, self.metal
        return variables[names.contact_area_fraction(domain)] * metal_butler_volmer(
            j0, variables[names.double_layer_potential_difference(domain)],
            self._temperature(variables), self.z, metal.alpha,
            variables[names.coverage(domain)], variables[names.nucleus_coverage(domain)],
            metal.eta_nuc, metal.floor)

    def get_coupled_variables(self, variables: dict) -> dict:
        domain, metal = self.domain, self.metal
        T = self._temperature(variables)
        c_s = variables[names.surface_concentration(domain)]
        j0 = metal.j0(pybamm.maximum(c_s, J0_CONCENTRATION_FLOOR), T)
        if self.double_layer:
            j_F = self._rate_law(variables, j0)
            held = (-metal.C_dl(T) * (variables[names.double_layer_potential_difference(domain)]
                                      - self.initial_potential_difference())
                    / (self.z * self.param.F))
        else:
            # no double layer: the charge balance holds at every instant, so the published
            # j_F (which moves the metal inventory) is j - j_film exactly, whatever the
            # solver's tolerance on the rate law that set_algebraic imposes
            j, j_film = self._currents(variables)
            j_F = j - j_film
            held = pybamm.PrimaryBroadcast(pybamm.Scalar(0), "current collector")
        variables.update({
            names.faradaic_current_density(domain): j_F,
            names.exchange_current_density(domain): j0,
            names.double_layer_metal(domain): held,
        })
        return variables

    def _currents(self, variables: dict) -> tuple[pybamm.Symbol, pybamm.Symbol]:
        """(j, j_film): the interface's current density and the interphase's."""
        return (variables[names.interface_current_density(self.domain)],
                variables[names.interphase_current_density(self.domain)])

    def set_rhs(self, variables: dict) -> None:
        if not self.double_layer:
            return
        delta_phi_dl = variables[names.double_layer_potential_difference(self.domain)]
        j, j_film = self._currents(variables)
        j_reactions = variables[names.faradaic_current_density(self.domain)] + j_film
        C_dl = self.metal.C_dl(self._temperature(variables))
        self.rhs = {delta_phi_dl: (j - j_reactions) / C_dl}

    def set_algebraic(self, variables: dict) -> None:
        """0 = j - j_F - j_film. With a nucleation barrier the law carries almost no current
        between -eta_nuc and the bare substrate's rest potential, so Newton's method started
        there takes steps of many volts; while the surface is bare the residual is therefore
        a log-current one,

            R = w R_log + (1 - w) R_lin,          w = s (1 - theta_n)^2,
            R_log = [asinh(j / j_s) - asinh(j_r / j_s)] sqrt(j^2 + j_s^2) / I_typ,
            R_lin = (j - j_r) / I_typ,

        j_r = j_F + j_film with j_F the rate law's, j_s = 1e-5 I_typ
        (:data:`LOG_RESIDUAL_SCALE`). R_log has the root of R_lin and equals it to first order
        there; R_lin, the residual of the covered surface, takes over as nuclei cover it.
        Without a barrier (s = 0) the residual is R_lin."""
        if self.double_layer:
            return
        delta_phi_dl = variables[names.double_layer_potential_difference(self.domain)]
        j, j_film = self._currents(variables)
        j0 = variables[names.exchange_current_density(self.domain)]
        j_reactions = self._rate_law(variables, j0) + j_film
        I_typ = self.param.I_typ
        j_s = LOG_RESIDUAL_SCALE * I_typ
        linear = (j - j_reactions) / I_typ
        log = ((pybamm.arcsinh(j / j_s) - pybamm.arcsinh(j_reactions / j_s))
               * pybamm.sqrt(j**2 + j_s**2) / I_typ)
        w = (barrier_switch(self.metal.eta_nuc)
             * (1 - variables[names.nucleus_coverage(self.domain)]) ** 2)
        self.algebraic = {delta_phi_dl: w * log + (1 - w) * linear}

    def set_initial_conditions(self, variables: dict) -> None:
        delta_phi_dl = variables[names.double_layer_potential_difference(self.domain)]
        # with a double layer the rest value is the state's initial value; without one
        # it is the solver's first guess of an algebraic state
        initial = (self.initial_potential_difference() if self.double_layer
                   else pybamm.Scalar(0))
        self.initial_conditions = {delta_phi_dl: initial}
