"""The planar metal interface family: kinetics and surface potential, electrode potentials,
metal inventory, dead metal and the melting limit of a planar metal (or bare-substrate)
electrode, one implementation for every cell of this package."""

from pybamm_beyondli.submodels.planar_metal.dead_metal import DeadMetal
from pybamm_beyondli.submodels.planar_metal.electrode import (
    HalfCellAliases,
    InterfaceCurrent,
    PlanarMetalElectrode,
)
from pybamm_beyondli.submodels.planar_metal.interface import PlanarMetalInterface
from pybamm_beyondli.submodels.planar_metal.inventory import (
    MetalInventory,
    MetalThroughput,
    exhaustion_event_name,
)
from pybamm_beyondli.submodels.planar_metal.solid_metal import SolidMetal, melting_checks

__all__ = [
    "DeadMetal",
    "HalfCellAliases",
    "MetalInventory",
    "MetalThroughput",
    "InterfaceCurrent",
    "PlanarMetalElectrode",
    "PlanarMetalInterface",
    "SolidMetal",
    "exhaustion_event_name",
    "melting_checks",
]
