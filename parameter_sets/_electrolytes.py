"""Electrolyte rows shared by the parameter sets (not a set itself): the range in which each
electrolyte's property correlations hold, read by the electrolyte family's limits
(:mod:`pybamm_beyondli.submodels.electrolyte.limits`).

- LiPF6 in carbonates, Valøen & Reimers (2005) (PyBaMM's ``Xu2019`` functions): their
  diffusivity, D = 10^(-4.43 - 54 / (T - T_g(c)) - 0.22 c) cm2/s with T_g = 229 + 5 c K (c in
  mol/L; their eq. 14), is singular at T = T_g(c). The range kept is T - T_g(c) >= 10 K (this
  package's margin from the singularity): c_max(T) = (T - 239 K) / 5 mol/L and T >= 239 K
  (c -> 0); above, the liquid range of the solvent: DMC boils at 90 °C (CRC Handbook of
  Chemistry and Physics, 97th ed., 2016).
- NaPF6 in EC:PC (1:1), Chayambuka et al. (2022) (PyBaMM's ``Chayambuka2022`` functions): D(c)
  and kappa(c) are tables measured at 25 °C; kappa's table spans 150-2000 mol/m3 (D's is
  wider), which is kept; no temperature dependence is measured, so the range is the liquid
  range of PC, -48.8 °C to 242 °C (CRC Handbook, 97th ed.).
"""

from __future__ import annotations

import numpy as np

#: Margin [K] kept from the singularity of Valøen & Reimers' diffusivity (this package's
#: choice: D is ~1e-14 m2/s there, and the correlation unreliable).
VALOEN_MARGIN = 10.0
#: Valøen & Reimers' glass-transition-like temperature T_g(c) = 229 + 5 c [K, c in mol/L].
VALOEN_T_G0, VALOEN_T_G1 = 229.0, 5.0
#: Boiling point of dimethyl carbonate [K] (CRC Handbook, 97th ed.: 90 °C).
DMC_BOILING_POINT = 363.15


class ValoenMaximumConcentration:
    """c_max(T) = 1000 (T - T_g0 - margin) / T_g1 [mol.m-3]: the concentration at which
    Valøen & Reimers' diffusivity comes within ``margin`` of its singularity (module
    docstring). A class so that sets holding it can be pickled."""

    def __init__(self, margin: float = VALOEN_MARGIN) -> None:
        self.margin = margin
        self.__name__ = "valoen_maximum_concentration"

    def __call__(self, T):
        return 1000 * (T - VALOEN_T_G0 - self.margin) / VALOEN_T_G1


def lipf6_carbonate_range() -> dict:
    """The range of Valøen & Reimers' LiPF6-carbonate correlations (module docstring)."""
    return {
        "Electrolyte minimum concentration [mol.m-3]": 0.0,
        "Electrolyte maximum concentration [mol.m-3]": ValoenMaximumConcentration(),
        "Electrolyte minimum temperature [K]": VALOEN_T_G0 + VALOEN_MARGIN,
        "Electrolyte maximum temperature [K]": DMC_BOILING_POINT,
    }


def _chayambuka_conductivity_table_range() -> tuple[float, float]:
    from pybamm.input.parameters.sodium_ion import Chayambuka2022

    _, (c, _) = Chayambuka2022.sigma_e_data
    return float(np.min(c)), float(np.max(c))


def napf6_ecpc_range() -> dict:
    """The range of Chayambuka et al.'s NaPF6 EC:PC tables (module docstring)."""
    c_low, c_high = _chayambuka_conductivity_table_range()
    return {
        # kappa's measured table (read from PyBaMM's Chayambuka2022 module: 150-2000)
        "Electrolyte minimum concentration [mol.m-3]": c_low,
        "Electrolyte maximum concentration [mol.m-3]": c_high,
        # liquid range of PC: -48.8 °C to 242 °C (CRC Handbook, 97th ed.)
        "Electrolyte minimum temperature [K]": 224.35,
        "Electrolyte maximum temperature [K]": 515.15,
    }
