"""The cell's lumped ohmic resistance and its terminal voltage.

    R = R_0 / A_R(T) (1 + gamma_d x_d) (1 - theta)^(-b),      V = phi - I R

- A_R(T) = exp[E_R/R (1/T_ref - 1/T)]: the electrolyte's conductance is thermally activated
  (Arrhenius), so the resistance falls as the cell warms;
- x_d = (S4 + S2 + S) / m_total: the sulfur dissolved as polysulfide ions, as a fraction of
  the cell's sulfur; they raise the electrolyte's viscosity and lower its conductivity, so the
  resistance peaks near the end of the high plateau, where all the sulfur is dissolved as
  S4(2-) (ionic conductivity falls monotonically with polysulfide concentration: Fan et al.
  2016), with gamma_d = ``"Dissolved polysulfide resistance coefficient"``;
- theta = S_p / (rho_s V_pore): the fraction of the cathode's pore volume V_pore filled by the
  precipitate, which blocks the ionic paths; the effective conductivity of the remaining pore
  space scales as (1 - theta)^b (Bruggeman, b = ``"Bruggeman coefficient (electrolyte)"``), so
  the resistance rises steeply as the pores fill at the end of discharge (the pore-free
  fraction is floored at :data:`PORE_FLOOR`, which a run with R_0 > 0 never reaches: its
  voltage limit comes first).

phi is the cathode potential (vs Li) and I the cell current (positive on discharge). The Li
anode's overpotential and the cell's contact resistances are part of R_0. R_0 = 0 gives the
cell of Marinescu et al. (2016), whose voltage is the cathode potential.

Publishes ``"Ohmic resistance [Ohm]"``, ``"Ohmic overpotential [V]"`` (I R), ``"Cathode pore
filling fraction"`` and ``"Voltage [V]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.submodels.lithium_sulfur import variables as names

#: Smallest pore-free fraction 1 - theta in the resistance.
PORE_FLOOR = 1e-6


class OhmicResistance(pybamm.BaseSubModel):
    """State- and temperature-dependent ohmic resistance and the voltage (module
    docstring)."""

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        register("Fan2016")

    def get_coupled_variables(self, variables: dict) -> dict:
        s = self.param.sulfur
        T = variables["Cell temperature [K]"]
        dissolved = (variables[names.mass("S4")] + variables[names.mass("S2")]
                     + variables[names.mass("S")]) / s.m_total
        theta = variables[names.PRECIPITATED] / (s.rho_s * s.V_pore)
        free = pybamm.maximum(1 - theta, PORE_FLOOR)
        R = s.R0 / s.arrhenius(s.E_R, T) * (1 + s.gamma_d * dissolved) * free ** (-s.b)
        current = variables["Current [A]"]
        variables.update({
            names.OHMIC_RESISTANCE: R,
            names.OHMIC_OVERPOTENTIAL: current * R,
            names.PORE_FILLING: theta,
            "Voltage [V]": variables[names.CATHODE_POTENTIAL] - current * R,
        })
        return variables
