"""Li ‖ Li symmetric cell with 1 M LiPF6 in EC:DMC on a Celgard 2325 separator.

Electrolyte, separator and Li-metal kinetics are those of PyBaMM's ``Xu2019`` set (Xu et al.
2019, J. Electrochem. Soc. 166, A3456), whose electrolyte transport is Valøen & Reimers
(2005), J. Electrochem. Soc. 152, A882. Metal properties come from
:mod:`pybamm_beyondli.parameters.metals`.
"""

from __future__ import annotations

from pybamm.input.parameters.lithium_ion import Xu2019
from pybamm.input.parameters.lithium_ion.Xu2019 import (
    electrolyte_conductivity_Valoen2005,
    electrolyte_diffusivity_Valoen2005,
)

from pybamm_beyondli.citations import cite
from pybamm_beyondli.parameter_sets._electrolytes import lipf6_carbonate_range
from pybamm_beyondli.parameter_sets._metal_electrode import (
    LI_CARBONATE_DEAD_FRACTION,
    li_metal_exchange_current_density,
)
from pybamm_beyondli.parameter_sets._planar_metal_cell import (
    PLANAR_CELL_CITATIONS,
    binary_electrolyte,
    metal_electrodes,
    planar_metal_cell_parameters,
    separator,
)
from pybamm_beyondli.parameters.beyondli_parameters import (
    per_electrode_sei,
    pybamm_sei_parameter_names,
)


def _xu2019_sei() -> dict:
    """The SEI rows of PyBaMM's Xu2019 set."""
    xu = Xu2019.get_parameter_values()
    return {name: xu[name] for name in pybamm_sei_parameter_names() if name in xu}


def get_parameter_values() -> dict:
    """Li ‖ Li, 1 M LiPF6 in EC:DMC (Xu2019 / Valoen2005), 50 µm Li foils."""
    values = planar_metal_cell_parameters("Li")
    values.update({
        "chemistry": "lithium_metal",
        # separator: Celgard 2325, 25 µm, porosity 0.39 [Xu2019, PyBaMM set]
        **separator(2.5e-05, 0.39),
        # electrolyte: 1 M LiPF6 in EC:DMC, t+ = 0.38, thermodynamic factor 1 [Xu2019 set];
        # D(c, T) and κ(c, T) of Valoen2005
        **binary_electrolyte(1000.0, 0.38, electrolyte_diffusivity_Valoen2005,
                             electrolyte_conductivity_Valoen2005, lipf6_carbonate_range()),
        **metal_electrodes(
            # Li-metal kinetics on both electrodes [Xu2019]
            exchange_current=li_metal_exchange_current_density,
            # foils: 50 µm, the thinnest commercial Li foil [Varzi2020 in the digest §2]
            initial_thickness=50e-6,
            # dead Li in LiPF6 EC:DMC: CE 90 %, the value shared by every Li-in-carbonate
            # set (reasons at LI_CARBONATE_DEAD_FRACTION)
            dead_fraction=LI_CARBONATE_DEAD_FRACTION,
        ),
        # SEI on each Li electrode (PyBaMM's "SEI" option): the example values of PyBaMM's
        # Xu2019 set for Li metal in LiPF6 EC:DMC, on both electrodes
        **per_electrode_sei(_xu2019_sei(), ("negative", "positive")),
        "citations": cite("Xu2019", "Valoen2005", *PLANAR_CELL_CITATIONS, "Varzi2020",
                          "Tian2021", "Xiang2019"),
    })
    return values
