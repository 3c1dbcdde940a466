"""The interphase family: a film on a metal interface, per electrode, chosen by the
``"interphase"`` option (or PyBaMM's ``"SEI"``).

Every member publishes the interface contract's film variables
(:mod:`pybamm_beyondli.submodels.variables`): ``interphase_overpotential`` (the ohmic drop
across the film, which the kinetics subtract), ``interphase_resistance``,
``interphase_current_density`` (film growth, a cathodic side reaction that consumes metal),
``interphase_metal`` and ``interphase_thickness``. Members:

- :class:`NoInterphase` (``"none"``);
- :class:`ConstantResistanceInterphase` (``"constant resistance"``): a film of fixed
  resistance with its own capacitance;
- :class:`PyBaMMSEIInterphase` (PyBaMM's ``"SEI"`` option on a metal): PyBaMM's SEI growth
  laws, read into the contract, with :class:`PlanarSEIGrowth` to run them on either metal
  electrode.
"""

from pybamm_beyondli.submodels.interphase.base_interphase import BaseInterphase
from pybamm_beyondli.submodels.interphase.constant_resistance import (
    ConstantResistanceInterphase,
)
from pybamm_beyondli.submodels.interphase.no_interphase import NoInterphase
from pybamm_beyondli.submodels.interphase.pybamm_sei import (
    PlanarSEIGrowth,
    PyBaMMSEICurrent,
    PyBaMMSEIInterphase,
)

__all__ = ["BaseInterphase", "ConstantResistanceInterphase", "NoInterphase",
           "PlanarSEIGrowth", "PyBaMMSEICurrent", "PyBaMMSEIInterphase"]
