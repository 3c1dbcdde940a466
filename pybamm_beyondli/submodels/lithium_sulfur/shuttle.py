"""The polysulfide shuttle: dissolved S8 diffuses to the Li anode and is reduced there, at
every current and at rest (Marinescu et al. 2016, eq. 8a; Mikhaylik & Akridge 2004).

Option ``"shuttle"``:

- ``"constant rate"`` (:class:`ConstantRateShuttle`): first order in S8,

      r_sh = k_s(I) A_s(T) S8 / (1 + beta L_int)            [g of sulfur per s]

  with k_s = ``"Shuttle rate constant [s-1]"`` (a number, or a function of the cell current I
  for a cell fitted with one value on charge and another on discharge), A_s(T) =
  exp[E_s/R (1/T_ref - 1/T)] (Arrhenius; Hua et al. 2019 fit E_s to the shuttle heat of a
  cell) and a passivation by the
  anode interphase of thickness L_int (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.anode`):
  beta = ``"Shuttle passivation coefficient [m-1]"`` (0: none) models an additive such as
  LiNO3 whose film slows the reduction of polysulfides at the Li, a film resistance in series
  with the reaction. Of the shuttled sulfur the fraction f_d (``"Shuttle deposition
  fraction"``) is reduced to Li2S and stays in the interphase, r_dep = f_d r_sh; the rest
  returns to the solution as S4(2-) (S8 + 4 Li -> 2 Li2S4), to be oxidised again at the
  cathode. The shuttle's electrons come from the Li metal:

      I_sh = F [ (1 - f_d) r_sh / (2 M_S) + 2 f_d r_sh / M_S ]        [A]

  (4 electrons per S8 reduced to S4(2-), 2 per sulfur atom reduced to Li2S).
- ``"none"`` (:class:`NoShuttle`): r_sh = r_dep = I_sh = 0.

Publishes ``"Shuttle rate [g.s-1]"``, ``"Shuttle deposition rate [g.s-1]"``, ``"Shuttle
current [A]"``, ``"Effective shuttle rate constant [s-1]"`` and ``"Shuttle passivation
factor"`` (1 / (1 + beta L_int)).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


def _published(r_sh, r_dep, current, constant, factor) -> dict:
    return {names.SHUTTLE_RATE: r_sh, names.DEPOSITION_RATE: r_dep,
            names.SHUTTLE_CURRENT: current, names.SHUTTLE_CONSTANT: constant,
            names.SHUTTLE_PASSIVATION: factor}


class ConstantRateShuttle(pybamm.BaseSubModel):
    """First-order shuttle of S8 with deposition and passivation (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Marinescu2016", "MikhaylikAkridge2004", "Hua2019")

    def get_coupled_variables(self, variables: dict) -> dict:
        s = self.param.sulfur
        T = variables["Cell temperature [K]"]
        factor = 1 / (1 + s.beta_pass * variables[names.INTERPHASE_THICKNESS])
        k = s.k_s(variables["Current [A]"]) * s.arrhenius(s.E_s, T) * factor
        r_sh = k * variables[names.mass("S8")]
        r_dep = s.f_dep * r_sh
        current = pybamm.constants.F * ((r_sh - r_dep) / (2 * s.M_S) + 2 * r_dep / s.M_S)
        variables.update(_published(r_sh, r_dep, current, k, factor))
        return variables


class NoShuttle(pybamm.BaseSubModel):
    """No shuttle: every shuttle rate is zero."""

    def get_coupled_variables(self, variables: dict) -> dict:
        zero = pybamm.Scalar(0)
        variables.update(_published(zero, zero, zero, zero, pybamm.Scalar(1)))
        return variables
