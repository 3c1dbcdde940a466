"""Dead (electrochemically isolated) metal formed while a plated deposit is stripped.

Metal plated since the start of the run forms a *deposit* pool P [mol.m-2] on top of the dense
foil (the foil itself, rolled metal, is taken not to form dead metal). On stripping the deposit
dissolves first; while it does, a fraction f of the deposit it consumes is disconnected and
becomes dead metal D [mol.m-2] instead of being oxidised:

    s = j_F / (z F)                                 (j_F > 0 stripping)
    dP/dt = max(-s, 0) - max(s, 0) h(P) / (1 - f)
    r_dead = max(s, 0) h(P) f / (1 - f),            dD/dt = r_dead
    h(P) = P+ / (P+ + eps A_ml),  P+ = max(P, 0)    (deposit present; eps = 1e-3,
                                                     A_ml one atomic monolayer)

so that stripping a deposit of P0 yields (1 - f) P0 of charge and leaves f P0 dead. This gives
both regimes of the inventory rule of Xiang et al. (2019), Joule (review digest §2) exactly:
anode-free, the Coulombic efficiency is CE = 1 - f and the capacity fades as CE^n; with a metal
excess each cycle loses f Q = (1 - CE) Q of active metal and the capacity only fades once the
excess is used up. The inventory reads r_dead (``dead_metal_rate``), so active + dead metal
changes only through the current.

Dead fraction: the electrode's ``"{Domain} electrode dead metal fraction"``, a function
f(i_strip [A.m-2], L_SEI [m], T [K]) in [0, 1) (f = 1 strips nothing and makes 1/(1 - f)
singular): a constant is checked on substitution, a function of the state is clipped to
[0, 0.999]. Dead metal grows with current density [Xiang2019, Varzi2020; digest §1.6] and its
formation is coupled to the interphase: O'Kane et al. (2022) (PyBaMM key ``OKane2022``) convert
plated to dead lithium at a rate gamma_0 L_SEI,0 / L_SEI;
:func:`pybamm_beyondli.parameters.functions.power_law_dead_fraction` gives such a law. L_SEI is
the interface's ``interphase thickness`` (0 without an interphase).

Variables: ``dead_metal`` D, ``"{Domain} electrode plated deposit [mol.m-2]"`` P,
``dead_metal_rate`` r_dead, ``"{Domain} electrode dead metal fraction"`` f.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.planar_metal.inventory import PlanarMetalSubModel

#: Deposit amount (in monolayers) below which the deposit counts as used up.
DEPOSIT_EPS = 1e-3
#: Upper clip of the dead fraction (keeps 1/(1 - f) finite).
MAX_DEAD_FRACTION = 0.999
#: Avogadro constant [mol-1] (CODATA 2018; pybamm.constants has no N_A).
AVOGADRO = 6.02214076e23


def monolayer_amount(molar_volume: pybamm.Symbol) -> pybamm.Symbol:
    """Metal per area in one atomic monolayer, A_ml = (V_m/N_A)^(1/3) / V_m [mol.m-2]."""
    return (molar_volume / AVOGADRO) ** (1 / 3) / molar_volume


class DeadMetal(PlanarMetalSubModel):
    """Deposit P and dead metal D of a planar metal electrode (module docstring)."""

    def __init__(self, param, domain: str, options=None) -> None:
        super().__init__(param, domain, options, name="dead metal")
        register("OKane2022", "Xu2019")

    def _deposit_name(self) -> str:
        return f"{self.domain.capitalize()} electrode plated deposit [mol.m-2]"

    def get_fundamental_variables(self) -> dict:
        A_ml = monolayer_amount(self.V_m)
        P = pybamm.Variable(self._deposit_name(), domain="current collector", scale=A_ml)
        D = pybamm.Variable(names.dead_metal(self.domain), domain="current collector",
                            scale=A_ml)
        return {
            self._deposit_name(): P,
            names.dead_metal(self.domain): D,
            f"{self.domain.capitalize()} electrode dead metal thickness [m]": D * self.V_m,
        }

    def get_coupled_variables(self, variables: dict) -> dict:
        Domain = self.domain.capitalize()
        A_ml = monolayer_amount(self.V_m)
        j_F = variables[names.faradaic_current_density(self.domain)]
        s = j_F / (self.z * self.param.F)
        P = variables[self._deposit_name()]
        L_film = variables[names.interphase_thickness(self.domain)]
        T = variables["X-averaged cell temperature [K]"]
        f = self.metal.dead_fraction(pybamm.maximum(j_F, 0), L_film, T)
        f = pybamm.minimum(pybamm.maximum(f, 0), MAX_DEAD_FRACTION)
        P_pos = pybamm.maximum(P, 0)
        h = P_pos / (P_pos + DEPOSIT_EPS * A_ml)
        s_strip = pybamm.maximum(s, 0)
        variables.update({
            f"{Domain} electrode dead metal fraction": f,
            f"{Domain} electrode deposit stripping rate [mol.m-2.s-1]": s_strip * h / (1 - f),
            names.dead_metal_rate(self.domain): s_strip * h * f / (1 - f),
            f"{Domain} electrode metal plating rate [mol.m-2.s-1]": pybamm.maximum(-s, 0),
        })
        return variables

    def set_rhs(self, variables: dict) -> None:
        Domain = self.domain.capitalize()
        P = variables[self._deposit_name()]
        D = variables[names.dead_metal(self.domain)]
        self.rhs = {
            P: variables[f"{Domain} electrode metal plating rate [mol.m-2.s-1]"]
            - variables[f"{Domain} electrode deposit stripping rate [mol.m-2.s-1]"],
            D: variables[names.dead_metal_rate(self.domain)],
        }

    def set_initial_conditions(self, variables: dict) -> None:
        self.initial_conditions = {
            variables[self._deposit_name()]: pybamm.Scalar(0),
            variables[names.dead_metal(self.domain)]: pybamm.Scalar(0),
        }
