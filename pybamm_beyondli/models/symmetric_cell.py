"""Metal ‖ metal symmetric cell and metal ‖ inert-substrate (Li ‖ Cu) cell.

Two planar electrodes face each other across an electrolyte layer (a separator soaked in a salt
solution, or a single-ion conductor): a PyBaMM battery model whose only through-cell domain is
the "separator", with planar metal electrodes at x = 0 ("negative") and x = L ("positive"). It
is composed, in ``set_*_submodel`` methods chosen by the options
(:class:`~pybamm_beyondli.models.options.BeyondLiOptions` with ``cell="metal-metal"``), from the
same families as the metal-anode full cells:

* the planar metal interface on both electrodes (the same kinetics, potential, inventory, dead
  metal and plating/stripping charge as a full cell's metal), the interface current, the
  electrode potentials and the cell voltage (:class:`InterfaceCurrent`,
  :class:`PlanarMetalElectrode`), the melting limit;
* the interphase on each metal (``"interphase"`` or PyBaMM's ``"SEI"``, per electrode), the
  contact and the short;
* the electrolyte (``"electrolyte"``): a liquid with salt states and the salt-conserving flux at
  both metal surfaces, or a single-ion conductor; the gap's current and integrated Ohm's law;
  Sand's time and the range of the property correlations as named events;
* PyBaMM's external circuit, so unmodified :class:`pybamm.Experiment` strings (current,
  voltage, power, CCCV, drive cycles) drive it; PyBaMM's isothermal model or a lumped heat
  balance (``"thermal": "lumped"``, :class:`~pybamm_beyondli.submodels.gap_thermal.
  GapLumpedThermal`).

The cell has no EMF (V = -IR - overpotentials), so it only ever absorbs power, P = IV <= 0:
"Charge at P W" passes the current that dissipates P (PyBaMM picks the positive,
"Discharge"-direction root), and "Discharge at P W" has no solution; use current steps to choose
the direction. Sign convention (PyBaMM's): positive current ("Discharge") strips the negative
electrode and plates the positive one. A metal ‖ substrate cell is the same model with the
positive electrode starting without metal (``"Positive electrode initial metal thickness [m]"``
= 0): "Discharge" plates metal onto the substrate, "Charge ... until 1 V" strips it off again.

Every parameter the model reads is checked on substitution (and by
:func:`~pybamm_beyondli.parameters.checks.check_parameter_values` up front).
"""

from __future__ import annotations

import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.models.cycle_quantities import (
    METAL_CHARGE_PER_MOLE,
    plating_electrode_quantities,
)
from pybamm_beyondli.models.metal_cell import MetalCellMixin
from pybamm_beyondli.models.options import BeyondLiOptions
from pybamm_beyondli.parameters.beyondli_parameters import BeyondLiParameters
from pybamm_beyondli.parameters.checks import (
    check_parameter_values,
)
from pybamm_beyondli.submodels import variables as names
from pybamm_beyondli.submodels.contact import PerfectContact
from pybamm_beyondli.submodels.electrolyte import (
    DEPLETION_EVENT,
    ElectrolyteLimits,
    GapElectrolyteCurrent,
    GapElectrolytePotential,
    LiquidDiffusion,
    SingleIonConductorConcentration,
)
from pybamm_beyondli.submodels.gap_thermal import GapLumpedThermal
from pybamm_beyondli.submodels.interphase import (
    ConstantResistanceInterphase,
    NoInterphase,
    PlanarSEIGrowth,
    PyBaMMSEICurrent,
    PyBaMMSEIInterphase,
)
from pybamm_beyondli.submodels.planar_metal import (
    DeadMetal,
    InterfaceCurrent,
    MetalInventory,
    MetalThroughput,
    PlanarMetalElectrode,
    PlanarMetalInterface,
    SolidMetal,
    exhaustion_event_name,
)
from pybamm_beyondli.submodels.short import NoShort

__all__ = ["DEPLETION_EVENT", "MetalSymmetricCell", "exhaustion_event_name"]

DOMAINS = ("negative", "positive")
MELTED = "metal electrodes melted"


class MetalSymmetricCell(MetalCellMixin, pybamm.BaseBatteryModel):
    """Metal ‖ metal (or metal ‖ inert substrate) cell (module docstring).

    Parameters
    ----------
    options : dict, optional
        This package's options (``"electrolyte"``, ``"interphase"``, ``"metal contact"``,
        ``"short"``) and PyBaMM's that apply to a cell without porous electrodes
        (``"surface form"``, ``"operating mode"``, ``"thermal"``: ``"isothermal"`` or
        ``"lumped"``, ``"SEI"`` per electrode, ``"calculate discharge energy"``). ``"surface
        form"`` is ``"differential"`` by default (a double layer at both surfaces, which
        resolves the end of stripping from a substrate). A bad key or value raises
        :class:`~pybamm_beyondli.models.options.BeyondLiOptionError`.
    name : str, optional
        Model name.
    build : bool, optional
        Build the model now (default True).
    """

    options_cell = "metal-metal"

    #: Variables tabulated by ``pybamm_beyondli.workflows.runner`` besides time, current and
    #: voltage.
    key_variables = [
        name(domain)
        for domain in DOMAINS
        for name in (names.metal_thickness, names.active_metal, names.dead_metal,
                     names.surface_concentration)
    ]

    #: What the model contributes to the per-cycle table: plating, stripping and Coulombic
    #: efficiency of both electrodes (:mod:`pybamm_beyondli.models.cycle_quantities`).
    cycle_quantities = (*plating_electrode_quantities("negative"),
                        *plating_electrode_quantities("positive"))

    #: Parameters a user may expect this model to read although it does not.
    superseded_parameters = {
        f"{Domain} electrode thickness [m]":
            f"the metal's thickness is '{Domain} electrode initial metal thickness [m]'"
        for Domain in ("Negative", "Positive")
    }

    def __init__(self, options: dict | None = None, name: str = "Metal symmetric cell",
                 build: bool = True) -> None:
        options = {"surface form": "differential", **dict(options or {})}
        super().__init__(BeyondLiOptions(options, cell="metal-metal"), name)
        register("Sulzer2021", "Newman2004", "Xu2019")
        self.set_standard_output_variables()
        self.set_submodels(build)

    def _rebuild_param(self) -> None:
        self.param = BeyondLiParameters(self.options)

    # ------------------------------------------------------------------ submodels
    def set_standard_output_variables(self) -> None:
        """Time and the through-cell coordinate (the gap only)."""
        self.variables.update({
            "Time [s]": pybamm.t,
            "Time [min]": pybamm.t / 60,
            "Time [h]": pybamm.t / 3600,
            "x [m]": pybamm.standard_spatial_vars.x_s,
            "x_s [m]": pybamm.standard_spatial_vars.x_s,
        })

    def set_submodels(self, build: bool) -> None:
        param, options = self.param, self.options
        self.set_external_circuit_submodel()
        self.submodels["current collector"] = pybamm.current_collector.Uniform(param)
        self.set_thermal_submodel()
        self.submodels["porosity"] = pybamm.porosity.Constant(param, options)
        self.submodels["electrolyte transport efficiency"] = (
            pybamm.transport_efficiency.Bruggeman(param, "Electrolyte", options))
        self.submodels["through-cell convection"] = (
            pybamm.convection.through_cell.NoConvection(param, options))
        self.submodels["transverse convection"] = (
            pybamm.convection.transverse.NoConvection(param, options))
        self.set_electrolyte_submodel()
        for domain in DOMAINS:
            self.set_planar_metal_submodels(domain)
            self.set_interphase_submodel(domain)
            self.submodels[f"{domain} metal contact"] = PerfectContact(param, domain, options)
        self.submodels["short"] = NoShort(param, options)
        self.submodels["solid metal"] = SolidMetal(param, MELTED, options)
        if build:
            self.build_model()

    def set_thermal_submodel(self) -> None:
        """PyBaMM's isothermal model, or the lumped heat balance of a cell without EMF."""
        if self.options["thermal"] == "lumped":
            self.submodels["surface temperature"] = pybamm.thermal.surface.Ambient(
                self.param, self.options)
            self.submodels["thermal"] = GapLumpedThermal(self.param, self.options)
        else:
            self.submodels["thermal"] = pybamm.thermal.isothermal.Isothermal(
                self.param, self.options)

    def set_electrolyte_submodel(self) -> None:
        """The ``"electrolyte"`` option's member between the two metal surfaces."""
        param, options = self.param, self.options
        self.submodels["electrolyte current"] = GapElectrolyteCurrent(param, options=options)
        if options["electrolyte"] == "liquid":
            concentration = LiquidDiffusion(param, options, metal_sides=("left", "right"))
        else:
            concentration = SingleIonConductorConcentration(param, options,
                                                            metal_sides=("left", "right"))
        self.submodels["electrolyte diffusion"] = concentration
        self.submodels["electrolyte potential"] = GapElectrolytePotential(param, options)
        self.submodels["electrolyte limits"] = ElectrolyteLimits(param, DOMAINS, options,
                                                                 resolved=True)

    def set_planar_metal_submodels(self, domain: str) -> None:
        """The planar metal family on ``domain``'s electrode."""
        param, options = self.param, self.options
        self.submodels[f"{domain} metal interface"] = PlanarMetalInterface(param, domain, options)
        self.submodels[f"{domain} interface current"] = InterfaceCurrent(param, domain, options)
        self.submodels[f"{domain} metal electrode"] = PlanarMetalElectrode(param, domain, options)
        self.submodels[f"{domain} metal inventory"] = MetalInventory(
            param, domain, options, exhaustion_event_name(domain))
        self.submodels[f"{domain} dead metal"] = DeadMetal(param, domain, options)
        self.submodels[f"{domain} metal throughput"] = MetalThroughput(param, domain, options)

    def set_interphase_submodel(self, domain: str) -> None:
        """The film on ``domain``'s metal: PyBaMM's SEI (its ``"SEI"`` option, grown by
        :class:`PlanarSEIGrowth`) or the ``"interphase"`` option's member."""
        param, options = self.param, self.options
        sei = options.interface(domain, "SEI")
        if sei != "none":
            if sei == "constant":
                growth = pybamm.sei.ConstantSEI(param, domain, options, "primary")
            else:
                growth = PlanarSEIGrowth(param, domain, options, "primary", cracks=False)
            self.submodels[f"{domain} sei"] = growth
            self.submodels[f"{domain} sei thickness"] = pybamm.sei.SEIThickness(
                param, domain, options, "primary", cracks=False)
            submodel = PyBaMMSEIInterphase(param, domain, options)
            self.submodels[f"{domain} interphase current"] = PyBaMMSEICurrent(
                param, domain, options)
        elif options.interface(domain, "interphase") == "constant resistance":
            submodel = ConstantResistanceInterphase(param, domain, options)
        else:
            submodel = NoInterphase(param, domain, options)
        self.submodels[f"{domain} interphase"] = submodel

    # ------------------------------------------------------------------ build
    def build_model(self) -> None:
        self._build_model()
        self.variables[METAL_CHARGE_PER_MOLE] = self.param.metal.z * self.param.F / 3600
        self.set_voltage_events()
        self.set_summary_variables()
        self.attach_parameter_checks()
        self._built = True

    def set_voltage_events(self) -> None:
        """PyBaMM's voltage cut-off events (the experiment machinery relaxes and reuses them
        as safety limits), and the power variables."""
        V = self.variables["Voltage [V]"]
        current = self.variables["Current [A]"]
        self.variables.update({"Power [W]": current * V, "Terminal power [W]": current * V})
        self.events.extend([
            pybamm.Event("Minimum voltage [V]", V - self.param.voltage_low_cut,
                         pybamm.EventType.TERMINATION),
            pybamm.Event("Maximum voltage [V]", self.param.voltage_high_cut - V,
                         pybamm.EventType.TERMINATION),
        ])

    def set_summary_variables(self) -> None:
        """PyBaMM's per-cycle summary variables, for both electrodes: active, dead and interphase
        metal, and the charge passed while plating and stripping each (the per-cycle table
        adds each electrode's Coulombic efficiencies, ``cycle_quantities``)."""
        self.summary_variables = ["Time [s]", "Time [h]"] + [
            f"{domain.capitalize()} electrode {name}"
            for domain in DOMAINS
            for name in ("active metal [mol.m-2]", "dead metal [mol.m-2]",
                         "metal in interphase [mol.m-2]", "plating charge [A.h.m-2]",
                         "stripping charge [A.h.m-2]")
        ]

    # ------------------------------------------------------------------ defaults
    #: The parameter set a plain ``pybamm.Simulation(model)`` uses.
    default_parameter_set = "LiLi_Symmetric_Carbonate"

    @property
    def default_parameter_values(self) -> pybamm.ParameterValues:
        values = pybamm.ParameterValues(self.default_parameter_set)
        check_parameter_values(values, self)
        return values

    @property
    def default_geometry(self) -> pybamm.Geometry:
        return pybamm.Geometry({
            "separator": {"x_s": {"min": 0, "max": self.param.s.L}},
            "current collector": {"z": {"position": 1}},
        })

    @property
    def default_var_pts(self) -> dict:
        return {"x_s": 30, "y": 1, "z": 1}

    @property
    def default_submesh_types(self) -> dict:
        return {"separator": pybamm.Uniform1DSubMesh,
                "current collector": pybamm.SubMesh0D}

    @property
    def default_spatial_methods(self) -> dict:
        return {"macroscale": pybamm.FiniteVolume(),
                "current collector": pybamm.ZeroDimensionalSpatialMethod()}

    @property
    def default_quick_plot_variables(self) -> list[str]:
        return [
            "Electrolyte concentration [mol.m-3]",
            "Electrolyte potential [V]",
            names.metal_thickness("negative"),
            names.metal_thickness("positive"),
            "Current [A]",
            "Voltage [V]",
        ]
