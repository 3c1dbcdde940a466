"""Base of the interphase family (see :mod:`pybamm_beyondli.submodels.interphase`)."""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels import variables as names


class BaseInterphase(pybamm.BaseSubModel):
    """A film on the metal interface of ``domain``; members override only their law and call
    :meth:`_get_standard_variables` with it.

    Parameters
    ----------
    param : BeyondLiParameters
        The model's parameters.
    domain : str
        ``"negative"`` or ``"positive"``.
    options : BeyondLiOptions
        The model's options.
    """

    def __init__(self, param, domain: str, options=None) -> None:
        names.check_domain(domain, "interphase")
        super().__init__(param, domain, name="interphase", options=options)

    @staticmethod
    def _cc(symbol) -> pybamm.Symbol:
        if isinstance(symbol, (int, float)) or symbol.domain == []:
            return pybamm.PrimaryBroadcast(symbol, "current collector")
        return symbol

    def _get_standard_variables(self, overpotential, resistance, metal, thickness) -> dict:
        """The contract's film variables but its growth current (each a current-collector
        quantity)."""
        domain = self.domain
        return {
            names.interphase_overpotential(domain): self._cc(overpotential),
            names.interphase_resistance(domain): self._cc(resistance),
            names.interphase_metal(domain): self._cc(metal),
            names.interphase_thickness(domain): self._cc(thickness),
        }

    def _get_standard_current_variables(self, current_density) -> dict:
        """The contract's film growth current density (a cathodic side reaction, <= 0)."""
        return {names.interphase_current_density(self.domain): self._cc(current_density)}
