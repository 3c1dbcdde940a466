"""Li metal ‖ NMC full cell with a liquid carbonate electrolyte and a finite 20 µm Li foil.

Starts from PyBaMM's ``Xu2019`` set (Li ‖ NMC532 half cell of Xu et al. (2019), J.
Electrochem. Soc. 166, A3456, with the LiPF6 EC:DMC electrolyte of Valoen & Reimers (2005)):
its cathode, electrolyte, separator, metal exchange-current density (given an Arrhenius
temperature dependence, :func:`._metal_electrode.li_arrhenius`) and example SEI values are
used unchanged (PyBaMM's module is imported, nothing is copied). This set adds the metal
(from :func:`pybamm_beyondli.parameters.metals.get_metal`, with the conventions shared by
every metal electrode set, :mod:`._metal_electrode`), a finite foil and the dead-metal law used by
:mod:`pybamm_beyondli.models.metal_anode`. The cell starts charged (all cyclable Li in the
foil, cathode at Xu2019's initial stoichiometry 0.096).

"Nominal cell capacity" (what "1C" means) is the capacity of the cathode that the set cycles,
:func:`cathode_capacity` = 3.82 mAh, not Xu2019's 2.4 mAh (which made 1C a ~C/1.6 rate).

Use with ``MetalAnodeDFN``/``MetalAnodeSPMe``/``MetalAnodeSPM``; values are checked when
PyBaMM substitutes them (:mod:`pybamm_beyondli.parameters.checks`).
"""

from __future__ import annotations

import functools

import pybamm
from pybamm.input.parameters.lithium_ion import Xu2019
from pybamm.models.full_battery_models.lithium_ion.electrode_soh_half_cell import (
    get_min_max_stoichiometries as half_cell_stoichiometries,
)

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._electrolytes import lipf6_carbonate_range
from pybamm_beyondli.parameter_sets._metal_electrode import (
    LI_CARBONATE_DEAD_FRACTION,
    METAL_CITATIONS,
    li_metal_exchange_current_density,
    metal_electrode_parameters,
    metal_layer_thickness,
)
from pybamm_beyondli.parameter_sets._thermal import full_cell_thermal_parameters
from pybamm_beyondli.parameters.beyondli_parameters import per_electrode_sei

#: PyBaMM's names for its half-cell metal, which this package's models do not read (they read
#: "Negative electrode metal exchange-current density [A.m-2]" and "Metal molar volume").
SUPERSEDED = ("Exchange-current density for lithium metal electrode [A.m-2]",
              "Lithium metal partial molar volume [m3.mol-1]")

#: Li foil thickness [m]: the <20 µm upscaling target for Li-metal cells
#: (Varzi et al. 2020, J. Power Sources 480, 228803; review digest section 2).
FOIL_THICKNESS = 20e-6


@functools.lru_cache
def cathode_stoichiometry(voltage: float) -> float:
    """Stoichiometry at which Xu2019's NMC532 OCP equals ``voltage`` [V]: x_0 of PyBaMM's
    half-cell electrode SOH (``ElectrodeSOHHalfCell``, working electrode positive) with the
    0 % SOC voltage set to ``voltage`` (0.97800063 at Xu2019's lower cut-off 3.5 V)."""
    values = pybamm.ParameterValues(Xu2019.get_parameter_values())
    values.update({"Open-circuit voltage at 0% SOC [V]": voltage})
    return float(half_cell_stoichiometries(values)["x_0"])


def cathode_capacity(values: dict) -> float:
    """Capacity [A.h] of the cathode Li that the cell cycles between its initial (charged)
    state and the lower cut-off: F A L_p eps_p c_max (x(V_min) - x_init).

    For Xu2019's loading (A = 1.0 cm x 1.54 cm, L_p = 42 um, eps_p = 0.518,
    c_max = 48230 mol m-3) and OCP window (x_init = 4631 / 48230 = 0.0960, OCP 4.2000 V;
    x(3.5 V) = 0.9780) this is 3.820 mAh. A MetalAnodeDFN discharge to 3.5 V from the charged
    cell delivers 3.808 mAh at 0.19 mA (C/20) and 3.774 mAh at 0.76 mA (C/5): the cathode
    window is what the cell cycles at low rate. (Xu2019's own 2.4 mAh is not this cell's
    capacity: with it, "C/5" discharges lasted 7.9 h and "1C" ones 1.5 h.)
    """
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]
    x_init = values["Initial concentration in positive electrode [mol.m-3]"] / c_max
    x_min_v = cathode_stoichiometry(values["Lower voltage cut-off [V]"])
    area = values["Electrode height [m]"] * values["Electrode width [m]"]
    cyclable = (area * values["Positive electrode thickness [m]"]
                * values["Positive electrode active material volume fraction"]
                * c_max * (x_min_v - x_init))  # [mol]
    return cyclable * pybamm.constants.F.value / 3600


def get_parameter_values() -> dict:
    """Parameters of a Li ‖ NMC cell with a 20 µm Li foil (PyBaMM ``Xu2019`` + metal)."""
    # Xu2019, Valoen2005 (PyBaMM's set), with its example SEI values as the metal's
    values = per_electrode_sei(Xu2019.get_parameter_values(), ("negative",))
    for name in SUPERSEDED:  # PyBaMM's half-cell metal names: this package reads others
        values.pop(name)
    values.update({
        "chemistry": "lithium_ion",
        # the cathode capacity cycled between 4.2 V (Xu2019's initial stoichiometry 0.096)
        # and 3.5 V (0.978), computed from Xu2019's cathode loading and OCP window:
        # 3.820 mAh (cathode_capacity; C/20 DFN discharge 3.808 mAh), not Xu2019's 2.4 mAh
        "Nominal cell capacity [A.h]": cathode_capacity(values),
        # Li metal, transfer coefficient 1/2 (Xu2019's "charge transfer coefficient"),
        # coverage thickness, substrate floor, no nucleation barrier (_metal_electrode)
        **metal_electrode_parameters("Li"),
        # Xu2019's Li-metal j0 (3.5e-8 F c_Li^0.7 c_e^0.3, c_Li = 1/V_m) with E_a = 56 kJ/mol
        "Negative electrode metal exchange-current density [A.m-2]":
            li_metal_exchange_current_density,
        "Negative electrode initial metal thickness [m]": FOIL_THICKNESS,  # Varzi2020 target
        # PyBaMM's planar-electrode thickness (its half-cell coordinate offset and heat
        # volume): the metal layer, one parameter with the metal's own thickness
        "Negative electrode thickness [m]": metal_layer_thickness("Negative"),
        # dead Li in LiPF6 EC:DMC on bare Li: CE 90 %, the value shared by every
        # Li-in-carbonate set (reasons at LI_CARBONATE_DEAD_FRACTION); constant
        "Negative electrode dead metal fraction": LI_CARBONATE_DEAD_FRACTION,
        # substrate coverage floor 1e-8 (planar_metal.law): caps the stripping overpotential
        # of an exhausted anode at (RT/alpha F) ln(i/(j0 1e-8)) ~ 0.9 V at C/2, so that the
        # cell voltage stays above PyBaMM's experiment safety limit (lower cut-off - 1 V)
        # and the "metal anode exhausted" event, not that limit, ends a metal-limited step
        "Negative electrode substrate coverage floor": 1e-8,
        # range of Valøen & Reimers' LiPF6-carbonate correlations (_electrolytes)
        **lipf6_carbonate_range(),
        # lumped thermal model: Chen2020's collectors, separator and cathode, the Li layer
        **full_cell_thermal_parameters("Li"),
        "citations": cite("Xu2019", "Valoen2005", *METAL_CITATIONS, "Varzi2020", "Tian2021",
                          "Xiang2019", "Chen2020"),
    })
    return values
