"""A zero-dimensional lithium-sulfur cell with the polysulfide shuttle, on the package's 0-D
model base (:class:`~pybamm_beyondli.models.zero_dimensional.ZeroDimensionalModel`).

The physics is that of Marinescu, Zhang & Offer (2016, PCCP 18, 584), re-derived, with the
additions a cell needs to be cycled and compared with measurements:

- dissolved S8, S4(2-), S2(2-), S(2-) and precipitated Li2S as grams of sulfur
  (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.species`);
- two plateau reactions, S8 -> S4(2-) (high) and S4(2-) -> S2(2-) + S(2-) (low), and the last
  reduction step S2(2-) -> S(2-) (bottom, Kumaresan et al. 2008; off with a zero exchange
  current), with Nernst potentials and Butler-Volmer currents that sum, with the cathode's
  double-layer current, to the cell current
  (:mod:`.reactions <pybamm_beyondli.submodels.lithium_sulfur.reactions>`,
  :mod:`~pybamm_beyondli.submodels.lithium_sulfur.kinetics`,
  :mod:`~pybamm_beyondli.submodels.lithium_sulfur.nernst`);
- Li2S precipitation and dissolution about a saturation mass
  (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.precipitation`);
- the polysulfide shuttle, active during charge, discharge and rest, which also deposits
  Li2S in the anode interphase and can be passivated by it
  (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.shuttle`);
- the Li metal anode: a finite inventory (event ``"metal anode exhausted"``) and the
  interphase (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.anode`);
- a lumped ohmic resistance that depends on the dissolved polysulfides, the precipitate and
  the temperature (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.resistance`);
- Arrhenius temperature dependence of the reaction, precipitation and shuttle rates and of
  the resistance, and the heat of the reactions, the resistance and the shuttle
  (:mod:`~pybamm_beyondli.submodels.lithium_sulfur.heating`) for the base's lumped thermal
  model.

Options (:class:`LithiumSulfurOptions`): the base's, with ``"surface form"`` defaulting to
``"differential"`` (the cathode's double layer is a state: it carries the fast part of a
current step; ``"false"`` gives Marinescu et al.'s algebraic charge balance), and
``"shuttle"``: ``"constant rate"`` (default) or ``"none"``.

Runs under unmodified ``pybamm.Experiment``/``pybamm.Simulation`` (every step kind, drive
cycles from data), and declares its per-cycle discharge and charge capacity and Coulombic
efficiency (:attr:`LithiumSulfur.cycle_quantities`). Every parameter it reads is checked
before any solve (:mod:`pybamm_beyondli.parameters.lithium_sulfur`).
"""

from __future__ import annotations

from typing import ClassVar

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.models.cycle_quantities import ChangeOverCycle, Efficiency
from pybamm_beyondli.models.zero_dimensional import (
    ZeroDimensionalModel,
    ZeroDimensionalOptions,
    ZeroDimensionalParameters,
)
from pybamm_beyondli.parameters import lithium_sulfur as lis
from pybamm_beyondli.parameters.checks import (
    Rule,
    checked,
    checked_first,
    model_parameter_info,
    parameter_checks,
)
from pybamm_beyondli.submodels.lithium_sulfur import variables as names
from pybamm_beyondli.submodels.lithium_sulfur.anode import LithiumAnode
from pybamm_beyondli.submodels.lithium_sulfur.counters import ChargeCounters
from pybamm_beyondli.submodels.lithium_sulfur.heating import LithiumSulfurHeating
from pybamm_beyondli.submodels.lithium_sulfur.kinetics import PlateauKinetics
from pybamm_beyondli.submodels.lithium_sulfur.nernst import NernstPotentials
from pybamm_beyondli.submodels.lithium_sulfur.precipitation import Precipitation
from pybamm_beyondli.submodels.lithium_sulfur.resistance import OhmicResistance
from pybamm_beyondli.submodels.lithium_sulfur.shuttle import ConstantRateShuttle, NoShuttle
from pybamm_beyondli.submodels.lithium_sulfur.species import SulfurSpecies

__all__ = ["LithiumSulfur", "LithiumSulfurModelParameters", "LithiumSulfurOptions"]

#: The series resistance a cell with its double layer as a state needs.
RESISTANCE_WITH_DOUBLE_LAYER = Rule(
    "> 0 with \"surface form\" \"differential\" (the default; for a cell without series "
    "resistance, as Marinescu et al. 2016's, use \"surface form\": \"false\")",
    low=0, low_open=True)

#: Column names of the per-cycle table.
CYCLE_DISCHARGE_CAPACITY = "Cycle discharge capacity [A.h]"
CYCLE_CHARGE_CAPACITY = "Cycle charge capacity [A.h]"
COULOMBIC_EFFICIENCY = "Coulombic efficiency"


class LithiumSulfurOptions(ZeroDimensionalOptions):
    """The base's options with ``"surface form"`` defaulting to ``"differential"`` and the
    option ``"shuttle"`` (``"constant rate"``, ``"none"``)."""

    possible_options: ClassVar[dict[str, tuple]] = {
        **ZeroDimensionalOptions.possible_options,
        "surface form": ("differential", "false"),
        "shuttle": ("constant rate", "none"),
    }


class LithiumSulfurModelParameters(ZeroDimensionalParameters):
    """The base's parameters and the Li-S cell's own, ``sulfur``
    (:class:`~pybamm_beyondli.parameters.lithium_sulfur.LithiumSulfurParameters`)."""

    def __init__(self) -> None:
        super().__init__()
        self.sulfur = lis.LithiumSulfurParameters()


class LithiumSulfur(ZeroDimensionalModel):
    """Zero-dimensional Li-S cell with the polysulfide shuttle (see the module docstring).

    Variables (besides the base's): ``"<k> mass [g]"`` and ``"<k> concentration [mol.L-1]"``
    for k = S8, S4, S2, S; ``"Precipitated sulfur mass [g]"``, ``"Dissolved sulfur mass
    [g]"``, ``"Anode interphase sulfur mass [g]"``, ``"Total sulfur mass [g]"``; ``"Cathode
    potential [V]"``, the reactions' (High, Low, Bottom plateau) potentials, currents,
    exchange currents and overpotentials;
    ``"Precipitation rate [g.s-1]"``; ``"Shuttle rate [g.s-1]"``, ``"Shuttle current [A]"``;
    ``"Lithium metal [mol]"``, ``"Total lithium [mol]"``; ``"Ohmic resistance [Ohm]"``;
    ``"Discharged charge [A.h]"``, ``"Charged charge [A.h]"``; the heat terms.

    Events: the base's and ``"metal anode exhausted"``.
    """

    options_class = LithiumSulfurOptions
    parameters_class = LithiumSulfurModelParameters

    #: Per cycle: the charge delivered and taken, and their ratio (a cycle that discharges,
    #: then charges: CE = Q_dis / Q_ch).
    cycle_quantities = (
        ChangeOverCycle(names.DISCHARGED, name=CYCLE_DISCHARGE_CAPACITY),
        ChangeOverCycle(names.CHARGED, name=CYCLE_CHARGE_CAPACITY),
        Efficiency(COULOMBIC_EFFICIENCY, charged=names.CHARGED, returned=names.DISCHARGED),
    )

    def __init__(self, options: dict | None = None, name: str | None = None,
                 build: bool = True) -> None:
        super().__init__(options, name=name, build=build)
        register("Marinescu2016", "Kumaresan2008")
        if build:
            self.attach_parameter_checks()

    def set_cell_submodels(self) -> None:
        """Species, reactions, precipitation, shuttle, anode, resistance and counters."""
        param, options = self.param, self.options
        shuttle = {"constant rate": ConstantRateShuttle,
                   "none": NoShuttle}[options["shuttle"]]
        self.submodels.update({
            "sulfur species": SulfurSpecies(param, options=options),
            "plateau kinetics": PlateauKinetics(param, options=options),
            "nernst potentials": NernstPotentials(param, options=options),
            "precipitation": Precipitation(param, options=options),
            "shuttle": shuttle(param, options=options),
            "lithium anode": LithiumAnode(param, options=options),
            "ohmic resistance": OhmicResistance(param, options=options),
            "charge counters": ChargeCounters(param, options=options),
        })

    def set_heat_generation_submodel(self) -> None:
        """The heat of the reactions, the resistance and the shuttle."""
        self.submodels["heat generation"] = LithiumSulfurHeating(self.param,
                                                                 options=self.options)

    def set_summary_variables(self) -> None:
        """The base's, the sulfur in the anode interphase and the Li metal."""
        super().set_summary_variables()
        self.summary_variables = [*self.summary_variables, names.INTERPHASE_SULFUR,
                                  names.LITHIUM, names.TOTAL_SULFUR]

    def attach_parameter_checks(self) -> None:
        """Every parameter the model reads, checked against its rule when PyBaMM substitutes
        the values (on the first equation, which PyBaMM processes first)."""
        info = model_parameter_info(self)
        rules = dict(lis.RULES)
        if self.options["surface form"] == "differential":
            # the double layer's potential is a state: a voltage-held step fixes it through
            # V = phi - I R, which needs R > 0 (with R = 0 it is a higher-index DAE). The
            # checks run first, so this rule is the one PyBaMM applies to R_0.
            rules["Ohmic resistance [Ohm]"] = RESISTANCE_WITH_DOUBLE_LAYER
        checks = [checked(pybamm.Parameter(name), name, rule)
                  for name, rule in rules.items()
                  if name in info and isinstance(info[name][0], pybamm.Parameter)]
        checks += [self.param.sulfur.pore_margin, *parameter_checks(info)]
        self.rhs = checked_first(self.rhs, self.variables[names.mass("S8")], checks)

    @property
    def default_parameter_values(self) -> pybamm.ParameterValues:
        return pybamm.ParameterValues(self.default_parameter_set)

    #: The parameter set a plain ``pybamm.Simulation(model)`` uses.
    default_parameter_set = "LiS_Marinescu2016"

    #: Variables the package's runner writes to a run's CSV besides its defaults.
    key_variables: ClassVar[list[str]] = [
        *(names.mass(k) for k in ("S8", "S4", "S2", "S")), names.PRECIPITATED,
        names.INTERPHASE_SULFUR, names.CATHODE_POTENTIAL, names.SHUTTLE_CURRENT,
        names.OHMIC_RESISTANCE, names.LITHIUM, "Open-circuit voltage [V]",
    ]

    @property
    def default_quick_plot_variables(self) -> list:
        return [
            "Current [A]",
            ["Voltage [V]", "Open-circuit voltage [V]", names.CATHODE_POTENTIAL],
            [names.mass(k) for k in ("S8", "S4", "S2")] + [names.PRECIPITATED],
            [names.mass("S"), names.SATURATION],
            [names.reaction_current(p) for p in names.PLATEAUS] + [names.SHUTTLE_CURRENT],
            names.OHMIC_RESISTANCE,
            "Discharge capacity [A.h]",
            ["Cell temperature [K]", "Ambient temperature [K]"],
        ]
