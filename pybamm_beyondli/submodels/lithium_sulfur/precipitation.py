"""Precipitation and dissolution of Li2S (Marinescu et al. 2016, eq. 8e):

    r_p = k_p A_p(T) max(S_p, 0) (S - S*) / (v rho_s)          [g of sulfur per s]

with S the dissolved sulfide S(2-) and S_p the precipitated sulfur [g], S* the saturation mass
(``"Sulfide saturation mass [g]"``), v the electrolyte volume [L], rho_s the precipitate density
[g.L-1], k_p the rate constant [s-1] and A_p(T) = exp[E_p/R (1/T_ref - 1/T)] (Arrhenius). The
precipitate grows on itself (a seed S_p(0) > 0 is needed) when the solution is supersaturated
(S > S*) and dissolves, in proportion to what is left, when it is not. At the transition from
the high to the low plateau S(2-) builds up until precipitation catches up: the voltage dip.
(A precipitate dissolved to round-off can sit just below zero: max(S_p, 0) keeps it from
growing there, where S_p (S - S*) would run away.)

Publishes ``"Precipitation rate [g.s-1]"`` and ``"Sulfide saturation mass [g]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


class Precipitation(pybamm.BaseSubModel):
    """Li2S precipitation and dissolution (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Marinescu2016")

    def get_coupled_variables(self, variables: dict) -> dict:
        s = self.param.sulfur
        T = variables["Cell temperature [K]"]
        S = variables[names.mass("S")]
        Sp = variables[names.PRECIPITATED]
        variables[names.PRECIPITATION_RATE] = (s.k_p * s.arrhenius(s.E_p, T)
                                               * pybamm.maximum(Sp, 0) * (S - s.S_star)
                                               / (s.v * s.rho_s))
        variables[names.SATURATION] = s.S_star
        return variables
