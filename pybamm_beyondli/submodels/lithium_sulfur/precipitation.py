"""Precipitation and dissolution of Li2S: the growth law of Marinescu et al. (2016, eq. 8e)
with a nucleation seed,

    r_p = k_p A_p(T) / (v rho_s) [ (S_p+ + S_n) (S - S*)+  -  S_p+ (S* - S)+ ]   [g of S per s]

(x+ = max(x, 0)), with S the dissolved sulfide S(2-) and S_p the precipitated sulfur [g], S*
the saturation mass (``"Sulfide saturation mass [g]"``), S_n the seed mass (``"Precipitation
seed mass [g]"``), v the electrolyte volume [L], rho_s the precipitate density [g.L-1], k_p the
rate constant [s-1] and A_p(T) = exp[E_p/R (1/T_ref - 1/T)] (Arrhenius).

- Supersaturated (S > S*): the precipitate grows on its own surface, in proportion to its
  mass (Marinescu et al.'s k_p S_p (S - S*) / (v rho_s)), and on the nucleation sites of the
  carbon, which act as a precipitate of mass S_n: precipitation starts whenever the solution
  is supersaturated, also when no precipitate is left (Li2S deposits on carbon by
  nucleation and growth: Fan, Carter & Chiang 2015).
- Undersaturated (S < S*): the precipitate dissolves in proportion to what is left, so
  dissolution stops as S_p reaches zero (a precipitate dissolved to round-off, possibly just
  below zero, counts as zero).

S_n is Marinescu et al.'s initial precipitate, the seed their growth law needs (1e-6 of the
cell's sulfur). Publishes ``"Precipitation rate [g.s-1]"`` and ``"Sulfide saturation mass
[g]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import variables as names


def precipitation_rate(k_p: pybamm.Symbol, S: pybamm.Symbol, S_p: pybamm.Symbol,
                       S_star: pybamm.Symbol, S_n: pybamm.Symbol,
                       volume: pybamm.Symbol) -> pybamm.Symbol:
    """r_p [g.s-1] (module docstring) with the rate constant ``k_p`` [s-1] at the present
    temperature, ``volume`` = v rho_s [g]."""
    present = pybamm.maximum(S_p, 0)
    growth = (present + S_n) * pybamm.maximum(S - S_star, 0)
    dissolution = present * pybamm.maximum(S_star - S, 0)
    return k_p * (growth - dissolution) / volume


class Precipitation(pybamm.BaseSubModel):
    """Li2S precipitation and dissolution (module docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Marinescu2016")
        register("Fan2015")

    def get_coupled_variables(self, variables: dict) -> dict:
        s = self.param.sulfur
        T = variables["Cell temperature [K]"]
        variables[names.PRECIPITATION_RATE] = precipitation_rate(
            s.k_p * s.arrhenius(s.E_p, T), variables[names.mass("S")],
            variables[names.PRECIPITATED], s.S_star, s.S_n, s.v * s.rho_s)
        variables[names.SATURATION] = s.S_star
        return variables
