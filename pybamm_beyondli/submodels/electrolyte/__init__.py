"""The electrolyte family, chosen by the ``"electrolyte"`` option and written for a salt of
cation charge z (one cation of charge z, z monovalent anions; properties per domain through
``param.{s,p,n}.electrolyte``):

- ``"liquid"``: concentrated-solution theory (Doyle, Fuller & Newman 1993; Newman &
  Thomas-Alyea 2004) with salt-concentration states, a salt-conserving flux condition at each
  metal surface, and Sand's-time depletion (:mod:`.liquid`);
- ``"single-ion conductor"`` (t+ = 1): ohmic conduction only, no salt-concentration states,
  no depletion (:mod:`.single_ion_conductor`).

Both members publish the interface contract's ``surface_concentration`` at each metal surface;
in a metal ‖ metal cell the gap's current and potential (:mod:`.gap`) serve both; the limits
of the property correlations and Sand's time are events (:mod:`.limits`).
"""

from pybamm_beyondli.submodels.electrolyte.gap import GapElectrolyteCurrent, GapElectrolytePotential
from pybamm_beyondli.submodels.electrolyte.limits import (
    DEPLETION_EVENT,
    ElectrolyteLimits,
    electrolyte_range_checks,
    sand_time,
)
from pybamm_beyondli.submodels.electrolyte.liquid import LiquidDiffusion, UniformLiquid
from pybamm_beyondli.submodels.electrolyte.single_ion_conductor import (
    SingleIonConductorComposite,
    SingleIonConductorConcentration,
)

__all__ = [
    "DEPLETION_EVENT",
    "ElectrolyteLimits",
    "GapElectrolyteCurrent",
    "GapElectrolytePotential",
    "LiquidDiffusion",
    "SingleIonConductorComposite",
    "SingleIonConductorConcentration",
    "UniformLiquid",
    "electrolyte_range_checks",
    "sand_time",
]
