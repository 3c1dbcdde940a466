"""Rows of the lumped thermal models (``{"thermal": "lumped"}``) shared by the metal-cell sets
(not a set itself).

- Current collectors (Cu negative, Al positive), separator and NMC positive electrode:
  PyBaMM's ``Chen2020`` set (Chen et al. 2020, J. Electrochem. Soc. 167, 080534; LG M50),
  read from PyBaMM's module, not copied: thickness, conductivity, density, specific heat
  capacity and thermal conductivity, and its total heat transfer coefficient, 10 W m-2 K-1.
- The metal layer (PyBaMM's planar "electrode"): density, specific heat capacity and thermal
  conductivity of the metal (:mod:`pybamm_beyondli.parameters.metals`: CRC Handbook).
- The cell: a single-layer stack of the electrode area A cooled on both faces (cooling area
  2A), volume A x the stack's thickness (an expression of the layers' thicknesses, so it
  follows them).
- A metal ‖ metal cell's heat capacity per volume ("Cell heat capacity [J.K-1.m-3]", PyBaMM's
  lumped-capacity name): the thickness-weighted rho c_p of its two foils and the separator
  (soaked separator taken as Chen2020's separator), from the initial metal thicknesses.
"""

from __future__ import annotations

from functools import cache

import pybamm

from pybamm_beyondli.parameters.metals import get_metal

_LAYER_KEYS = ("density [kg.m-3]", "specific heat capacity [J.kg-1.K-1]",
               "thermal conductivity [W.m-1.K-1]")


@cache
def _chen2020() -> dict:
    from pybamm.input.parameters.lithium_ion import Chen2020

    return Chen2020.get_parameter_values()


def _area() -> pybamm.Symbol:
    return pybamm.Parameter("Electrode height [m]") * pybamm.Parameter("Electrode width [m]")


def _metal_layer(metal_symbol: str, domain: str) -> dict:
    metal = get_metal(metal_symbol)
    return {f"{domain} electrode density [kg.m-3]": metal.density,
            f"{domain} electrode specific heat capacity [J.kg-1.K-1]":
                metal.specific_heat_capacity,
            f"{domain} electrode thermal conductivity [W.m-1.K-1]":
                metal.thermal_conductivity}


def _chen_layer_rows(chen: dict, layers: tuple[str, ...]) -> dict:
    """Chen2020's current collectors (thickness, conductivity and the thermal rows) and the
    thermal rows of its ``layers``."""
    rows = {}
    for collector in ("Negative", "Positive"):
        for key in ("thickness [m]", "conductivity [S.m-1]", *_LAYER_KEYS):
            name = f"{collector} current collector {key}"
            rows[name] = chen[name]
    for layer in layers:
        for key in _LAYER_KEYS:
            rows[f"{layer} {key}"] = chen[f"{layer} {key}"]
    return rows


def full_cell_thermal_parameters(metal_symbol: str) -> dict:
    """Lumped-thermal rows of a metal-anode full cell (module docstring)."""
    chen = _chen2020()
    rows = _chen_layer_rows(chen, ("Separator", "Positive electrode"))
    rows.update(_metal_layer(metal_symbol, "Negative"))
    rows.update(_cell_rows(chen, 2 * _area(), _area()))
    return rows


def _cell_rows(chen: dict, cooling_area, area) -> dict:
    """Chen2020's heat transfer coefficient, the cooling area, and the heated volume: the
    electrode ``area`` times the stack's thickness (the five layers')."""
    stack = sum(pybamm.Parameter(name) for name in (
        "Negative current collector thickness [m]", "Negative electrode thickness [m]",
        "Separator thickness [m]", "Positive electrode thickness [m]",
        "Positive current collector thickness [m]"))
    return {"Total heat transfer coefficient [W.m-2.K-1]":
                chen["Total heat transfer coefficient [W.m-2.K-1]"],
            "Cell cooling surface area [m2]": cooling_area,
            "Cell volume [m3]": area * stack}


def intercalation_cell_thermal_parameters(cooling_area, area) -> dict:
    """Lumped-thermal rows of an intercalation cell: Chen2020's current collectors and the
    density, heat capacity and thermal conductivity of its electrode and separator layers,
    cooled over ``cooling_area`` [m2], heated volume ``area`` [m2] x the stack's thickness."""
    chen = _chen2020()
    rows = _chen_layer_rows(chen, ("Negative electrode", "Separator", "Positive electrode"))
    rows.update(_cell_rows(chen, cooling_area, area))
    return rows


def metal_metal_thermal_parameters(metal_symbol: str) -> dict:
    """Lumped-thermal rows of a metal ‖ metal cell (module docstring)."""
    chen = _chen2020()
    metal = get_metal(metal_symbol)
    L_n = pybamm.Parameter("Negative electrode initial metal thickness [m]")
    L_p = pybamm.Parameter("Positive electrode initial metal thickness [m]")
    L_s = pybamm.Parameter("Separator thickness [m]")
    rho_c_metal = metal.density * metal.specific_heat_capacity
    rho_c_separator = (chen["Separator density [kg.m-3]"]
                       * chen["Separator specific heat capacity [J.kg-1.K-1]"])
    return {
        "Cell heat capacity [J.K-1.m-3]":
            (rho_c_metal * (L_n + L_p) + rho_c_separator * L_s) / (L_n + L_p + L_s),
        "Total heat transfer coefficient [W.m-2.K-1]":
            chen["Total heat transfer coefficient [W.m-2.K-1]"],
        "Cell cooling surface area [m2]": 2 * _area(),
        "Cell volume [m3]": _area() * (L_n + L_p + L_s),
    }
