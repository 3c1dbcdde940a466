"""``"interphase": "none"``: a bare metal interface."""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels.interphase.base_interphase import BaseInterphase


class NoInterphase(BaseInterphase):
    """No film: every film variable is zero."""

    def get_fundamental_variables(self) -> dict:
        zero = pybamm.Scalar(0)
        return {**self._get_standard_variables(zero, zero, zero, zero),
                **self._get_standard_current_variables(zero)}
