"""Shared pieces of the metal ‖ metal and metal ‖ substrate parameter sets (not a set itself).

:func:`planar_metal_cell_parameters` fills in the metal's properties from
:mod:`pybamm_beyondli.parameters.metals` and the cell conventions common to every set; each
set module supplies its electrolyte, separator, foils, kinetics and dead-metal fraction,
with sources, through :func:`separator`, :func:`binary_electrolyte` and :func:`metal_electrodes`.
:func:`bare_substrate` turns a metal ‖ metal set into a metal ‖ bare Cu set.
"""

from __future__ import annotations

from collections.abc import Callable

from pybamm_beyondli.parameter_sets._metal_electrode import (
    LI_EXCHANGE_ACTIVATION_ENERGY,
    METAL_CITATIONS,
    REFERENCE_TEMPERATURE,
    metal_electrode_parameters,
)
from pybamm_beyondli.parameter_sets._thermal import metal_metal_thermal_parameters
from pybamm_beyondli.parameters.functions import Arrhenius, PowerLawExchangeCurrent

#: Bruggeman exponent of the separators of these sets (PyBaMM's Xu2019 and Chayambuka2022
#: sets both use 1.5)
BRUGGEMAN = 1.5


def power_law_exchange_current(j0_ref: float, c_ref: float, exponent: float = 0.5,
                               activation_energy: float = LI_EXCHANGE_ACTIVATION_ENERGY
                               ) -> Callable:
    """j0(c_e, T) = j0_ref (c_e / c_ref)^exponent exp[E_a/R (1/T_ref - 1/T)] [A.m-2]:
    :class:`PowerLawExchangeCurrent` with an Arrhenius temperature dependence
    (:class:`pybamm_beyondli.parameters.functions.Arrhenius`; the Li|Li+ activation energy by
    default)."""
    return Arrhenius(PowerLawExchangeCurrent(j0_ref, c_ref, exponent), activation_energy,
                     REFERENCE_TEMPERATURE)


def separator(thickness: float, porosity: float) -> dict:
    """Separator rows: thickness [m], porosity and the Bruggeman exponent :data:`BRUGGEMAN`."""
    return {
        "Separator thickness [m]": thickness,
        "Separator porosity": porosity,
        "Separator Bruggeman coefficient (electrolyte)": BRUGGEMAN,
        "Separator Bruggeman coefficient (electrode)": BRUGGEMAN,
    }


def binary_electrolyte(concentration: float, transference_number: float,
                       diffusivity: Callable, conductivity: Callable, valid_range: dict,
                       thermodynamic_factor: float = 1.0) -> dict:
    """Electrolyte rows of a salt solution: initial concentration [mol.m-3], t+, D(c, T),
    kappa(c, T), the thermodynamic factor and the correlations' ``valid_range``
    (:mod:`._electrolytes`)."""
    return {
        "Initial concentration in electrolyte [mol.m-3]": concentration,
        "Cation transference number": transference_number,
        "Thermodynamic factor": thermodynamic_factor,
        "Electrolyte diffusivity [m2.s-1]": diffusivity,
        "Electrolyte conductivity [S.m-1]": conductivity,
        **valid_range,
    }


def metal_electrodes(exchange_current: Callable, initial_thickness: float,
                     dead_fraction: float) -> dict:
    """Rows of two electrodes of the same metal: j0(c_e, T) [A.m-2], initial thickness [m]
    and constant dead-metal fraction of both."""
    values = {}
    for domain in ("Negative", "Positive"):
        values.update({
            f"{domain} electrode metal exchange-current density [A.m-2]": exchange_current,
            f"{domain} electrode initial metal thickness [m]": initial_thickness,
            f"{domain} electrode dead metal fraction": dead_fraction,
        })
    return values


#: The sources of :func:`planar_metal_cell_parameters`: the metal conventions
#: (:data:`._metal_electrode.METAL_CITATIONS`; Adams2018 also for the 1 mA h cm-2 capacity)
#: and PyBaMM's Marquis2019 double-layer value.
PLANAR_CELL_CITATIONS = [*METAL_CITATIONS, "Marquis2019", "Chen2020"]


def planar_metal_cell_parameters(metal_symbol: str) -> dict:
    """Metal properties and cell conventions shared by every metal-electrode cell set."""
    return {
        # metal, transfer coefficient 1/2 on both electrodes, coverage thickness, substrate
        # floor, nucleation off: shared with the full-cell sets (_metal_electrode)
        **metal_electrode_parameters(metal_symbol, ("Negative", "Positive")),
        # cell: 1 cm² of electrode, so a current in mA is a current density in mA cm-2
        # (a normalisation, not a measured size)
        "Electrode height [m]": 0.01,
        "Electrode width [m]": 0.01,
        "Number of electrodes connected in parallel to make a cell": 1,
        "Number of cells connected in series to make a battery": 1,
        # 1 mA h cm-2 per half cycle, the usual areal capacity of symmetric-cell and Li|Cu
        # tests (Adams et al. 2018 cycle 1 mA h cm-2; digest §2: lab tests < 3 mA h cm-2)
        "Nominal cell capacity [A.h]": 1e-3,
        # 1 mA cm-2: a CONVENTION of this package (digest §2, Xiang2019: lab tests run below
        # 5 mA cm-2); the protocols set their own currents
        "Current function [A]": 1e-3,
        "Contact resistance [Ohm]": 0,
        # symmetric-cell voltages are overpotentials, of either sign; in a metal ‖ Cu set
        # (bare_substrate) +1 V is the strip limit of the Aurbach/Adams protocol: "strip all
        # Li to 1 V" [Adams2018]; plating on Cu stays within tens of mV below 0 V
        "Lower voltage cut-off [V]": -1.0,
        "Upper voltage cut-off [V]": 1.0,
        "Open-circuit voltage at 0% SOC [V]": 0.0,
        "Open-circuit voltage at 100% SOC [V]": 0.0,
        # room temperature (25 °C), the temperature of the transport data used
        "Reference temperature [K]": 298.15,
        "Ambient temperature [K]": 298.15,
        "Initial temperature [K]": 298.15,
        # double layer at each metal surface: 0.2 F m-2 = 20 µF cm-2, within the 10-40 µF cm-2
        # of metal electrodes (Bard & Faulkner 2001, §13.3) and PyBaMM's Marquis2019 value
        "Negative electrode double-layer capacity [F.m-2]": 0.2,
        "Positive electrode double-layer capacity [F.m-2]": 0.2,
        # lumped thermal model: the foils and Chen2020's separator, cooled on both faces
        **metal_metal_thermal_parameters(metal_symbol),
    }


#: Current of the Li ‖ Cu Coulombic-efficiency protocol: 0.5 mA on 1 cm², i.e. 0.5 mA cm-2
#: [Adams2018]
SUBSTRATE_PROTOCOL_CURRENT = 0.5e-3


def bare_substrate(values: dict) -> dict:
    """``values`` of a metal ‖ metal set (from :func:`planar_metal_cell_parameters`) turned
    into metal ‖ bare Cu: the positive electrode starts without metal and the current is the
    Adams et al. (2018) protocol's 0.5 mA cm-2 (Adams2018 is in PLANAR_CELL_CITATIONS). The
    ±1 V cut-offs of :func:`planar_metal_cell_parameters` are kept (+1 V: the protocol's
    strip limit).
    Updates ``values`` in place and returns it."""
    values.update({
        # bare Cu: no metal at the start
        "Positive electrode initial metal thickness [m]": 0.0,
        # 0.5 mA cm-2, the current of the protocol [Adams2018]
        "Current function [A]": SUBSTRATE_PROTOCOL_CURRENT,
    })
    return values
