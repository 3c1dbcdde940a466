"""Members of the contact family (see :mod:`pybamm_beyondli.submodels.contact`)."""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels import variables as names


class BaseContact(pybamm.BaseSubModel):
    """The contact area fraction of ``domain``'s metal interface; members override only
    their law and publish it through :meth:`_get_standard_variables`."""

    def __init__(self, param, domain: str, options=None) -> None:
        names.check_domain(domain, "contact")
        super().__init__(param, domain, name="metal contact", options=options)

    def _get_standard_variables(self, fraction: pybamm.Symbol) -> dict:
        return {names.contact_area_fraction(self.domain): fraction}


class PerfectContact(BaseContact):
    """``"metal contact": "perfect"``: the whole area is in contact (fraction 1)."""

    def get_fundamental_variables(self) -> dict:
        return self._get_standard_variables(
            pybamm.PrimaryBroadcast(pybamm.Scalar(1), "current collector"))
