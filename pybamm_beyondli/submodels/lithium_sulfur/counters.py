"""The charge a cycler counts while a Li-S cell discharges and while it charges [A.h], from
PyBaMM's ``"Discharge capacity [A.h]"`` Q (the net charge delivered) and ``"Throughput
capacity [A.h]"`` Q_t (the charge passed either way), with no states of their own:

    Q_dis = (Q_t + Q) / 2,      Q_ch = (Q_t - Q) / 2.

Their changes over a cycle are the cycle's discharge and charge capacity, whose ratio is its
Coulombic efficiency (:mod:`pybamm_beyondli.models.cycle_quantities`).

Publishes ``"Discharged charge [A.h]"`` and ``"Charged charge [A.h]"``.
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.submodels.lithium_sulfur import variables as names


class ChargeCounters(pybamm.BaseSubModel):
    """Charge passed on discharge and on charge (module docstring)."""

    def get_coupled_variables(self, variables: dict) -> dict:
        Q = variables["Discharge capacity [A.h]"]
        Q_t = variables["Throughput capacity [A.h]"]
        variables.update({names.DISCHARGED: (Q_t + Q) / 2, names.CHARGED: (Q_t - Q) / 2})
        return variables
