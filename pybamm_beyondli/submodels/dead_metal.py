"""Dead (electrochemically isolated) metal formed while a plated deposit is stripped.

Mechanism (one submodel, generic over the electrode ``domain``). Metal plated since the
start of the run forms a *deposit* pool P [mol.m-2] on top of the dense foil (the foil
itself, rolled metal, is taken not to form dead metal). On stripping the deposit dissolves
first; while it does, a fraction f of the deposit it consumes is disconnected and becomes
dead metal D [mol.m-2] instead of being oxidised:

    s = i / (z F)                                   (i > 0 stripping, as in metal_inventory)
    dP/dt = max(-s, 0) - max(s, 0) h(P) / (1 - f)
    r_dead = max(s, 0) h(P) f / (1 - f),            dD/dt = r_dead
    h(P) = P+ / (P+ + eps A_ml),  P+ = max(P, 0)    (deposit present; eps = 1e-3,
                                                     A_ml one atomic monolayer)

so that stripping a deposit of P0 yields (1 - f) P0 of charge and leaves f P0 dead. This
gives both regimes of the inventory rule of Xiang et al. (2019), Joule,
doi:10.1016/j.joule.2019.07.027 (review digest section 2) exactly:

- anode-free (no foil): stripped/plated charge per cycle, the Coulombic efficiency, is
  CE = 1 - f, so capacity fades as CE^n;
- metal excess: each cycle loses f Q = (1 - CE) Q of active metal (Q the cycled charge)
  and the capacity only fades once the excess is used up.

The rate r_dead is read by :class:`pybamm_beyondli.submodels.metal_inventory.MetalInventory`
(dA/dt = -s - r_dead), so active + dead metal changes only through the current.

Dead fraction. ``"Dead metal fraction"`` is a function parameter
f(i_strip [A.m-2], L_SEI [m], T [K]) in [0, 1): f = 1 would strip nothing (all of the
deposit turns dead) and makes 1/(1 - f) singular, so a constant f must be < 1 (checked on
substitution), and a function of the state is clipped here, once, to [0, 0.999]
(:data:`MAX_DEAD_FRACTION`). A constant is the special case CE = 1 - f. Dead metal grows with
current density [Xiang2019, Varzi2020 in the review digest section 1.6] and its formation is
coupled to the interphase: O'Kane et al. (2022), Phys. Chem. Chem. Phys. 24, 7909 (PyBaMM
key ``OKane2022``) convert plated to dead lithium at a rate gamma_0 L_SEI,0 / L_SEI.
:func:`pybamm_beyondli.parameters.functions.power_law_dead_fraction` gives such a law:
f = f_ref (i/i_ref)^beta (L_ref/L_SEI)^m, where m > 0 follows O'Kane's inverse-thickness
coupling. Without an interphase (no SEI option, L_SEI = 0) there is nothing to couple to:
the interphase factor is then 1, i.e. f = f_ref (i/i_ref)^beta (not the clip value that
(L_ref/0)^m would give).

Output variables (Domain capitalised): ``"{Domain} electrode dead metal [mol.m-2]"``,
``"{Domain} electrode plated deposit [mol.m-2]"``,
``"{Domain} electrode dead metal formation rate [mol.m-2.s-1]"``,
``"{Domain} electrode dead metal fraction"``.

Parameters (by name): ``"Dead metal fraction"`` (function of i, L_SEI, T),
``"Metal charge number"``, ``"Metal molar volume [m3.mol-1]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.parameters.checks import checked
from pybamm_beyondli.submodels.metal_inventory import MetalElectrodeSubModel, monolayer_amount

#: Deposit amount (in monolayers) below which the deposit counts as used up.
DEPOSIT_EPS = 1e-3
#: Upper clip of the dead fraction (keeps 1/(1 - f) finite).
MAX_DEAD_FRACTION = 0.999


def dead_metal_fraction(i_strip: pybamm.Symbol, L_sei: pybamm.Symbol,
                        T: pybamm.Symbol) -> pybamm.FunctionParameter:
    """The ``"Dead metal fraction"`` function parameter f(i_strip, L_SEI, T)."""
    return checked(pybamm.FunctionParameter(
        "Dead metal fraction",
        {"Stripping current density [A.m-2]": i_strip, "SEI thickness [m]": L_sei,
         "Temperature [K]": T},
    ), "Dead metal fraction")


class DeadMetal(MetalElectrodeSubModel):
    """Deposit P and dead metal D [mol.m-2] of a planar metal electrode (see module docstring).

    Parameters as :class:`~pybamm_beyondli.submodels.metal_inventory.MetalElectrodeSubModel`
    (``current_density_variable``: interfacial current density, positive for stripping).
    """

    submodel_name = "dead metal"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        pybamm.citations.register("OKane2022")
        pybamm.citations.register("Xu2019")

    def get_fundamental_variables(self) -> dict:
        Domain = self.domain.capitalize()
        A_ml = monolayer_amount(self.V_m)
        P = pybamm.Variable(f"{Domain} electrode plated deposit [mol.m-2]",
                            domain="current collector", scale=A_ml)
        D = pybamm.Variable(f"{Domain} electrode dead metal [mol.m-2]",
                            domain="current collector", scale=A_ml)
        return {
            f"{Domain} electrode plated deposit [mol.m-2]": P,
            f"{Domain} electrode dead metal [mol.m-2]": D,
            f"{Domain} electrode dead metal thickness [m]": D * self.V_m,
        }

    def get_coupled_variables(self, variables: dict) -> dict:
        Domain = self.domain.capitalize()
        A_ml = monolayer_amount(self.V_m)
        i = variables[self.current_density_variable]
        s = self.stripping_rate(variables)
        P = variables[f"{Domain} electrode plated deposit [mol.m-2]"]
        L_sei = variables.get(f"{Domain} SEI thickness [m]", pybamm.Scalar(0))
        T = variables["X-averaged cell temperature [K]"]
        f = dead_metal_fraction(pybamm.maximum(i, 0), L_sei, T)
        f = pybamm.minimum(pybamm.maximum(f, 0), MAX_DEAD_FRACTION)
        P_pos = pybamm.maximum(P, 0)
        h = P_pos / (P_pos + DEPOSIT_EPS * A_ml)
        s_strip = pybamm.maximum(s, 0)
        variables.update({
            f"{Domain} electrode dead metal fraction": f,
            f"{Domain} electrode deposit stripping rate [mol.m-2.s-1]": s_strip * h / (1 - f),
            f"{Domain} electrode dead metal formation rate [mol.m-2.s-1]": s_strip * h * f
            / (1 - f),
            f"{Domain} electrode metal plating rate [mol.m-2.s-1]": pybamm.maximum(-s, 0),
        })
        return variables

    def set_rhs(self, variables: dict) -> None:
        Domain = self.domain.capitalize()
        P = variables[f"{Domain} electrode plated deposit [mol.m-2]"]
        D = variables[f"{Domain} electrode dead metal [mol.m-2]"]
        self.rhs = {
            P: variables[f"{Domain} electrode metal plating rate [mol.m-2.s-1]"]
            - variables[f"{Domain} electrode deposit stripping rate [mol.m-2.s-1]"],
            D: variables[f"{Domain} electrode dead metal formation rate [mol.m-2.s-1]"],
        }

    def set_initial_conditions(self, variables: dict) -> None:
        Domain = self.domain.capitalize()
        self.initial_conditions = {
            variables[f"{Domain} electrode plated deposit [mol.m-2]"]: pybamm.Scalar(0),
            variables[f"{Domain} electrode dead metal [mol.m-2]"]: pybamm.Scalar(0),
        }
