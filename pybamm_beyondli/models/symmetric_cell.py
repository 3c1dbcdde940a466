"""Metal ‖ metal symmetric cell and metal ‖ inert-substrate (Li ‖ Cu) cell.

Two planar electrodes face each other across a liquid-electrolyte layer (a separator soaked
in a binary 1:1 salt solution). The model is a PyBaMM battery model with a single
through-cell domain, the "separator", and two planar metal electrodes at x = 0 ("negative")
and x = L ("positive"):

* electrolyte: PyBaMM's concentrated-solution mass balance with metal-surface flux boundary
  conditions at both ends (:class:`MetalSurfaceElectrolyteDiffusion`) and the integrated
  concentrated-solution Ohm's law (:class:`GapElectrolyteCurrent`,
  :class:`GapElectrolytePotential`), so the salt concentration at each metal surface is
  resolved;
* interfaces: Butler-Volmer kinetics with the metal's charge number z and a double layer
  (:class:`PlanarMetalKinetics`; ``{"surface form": "false"}`` drops the double layer and
  inverts the law in closed form);
* metal inventory (active, dead and interphase-bound metal, thickness) on both electrodes:
  the package's generic metal submodels (``metal_inventory``, ``dead_metal``);
* events: Sand's-time electrolyte depletion (:class:`ElectrolyteDepletion`, named
  :data:`DEPLETION_EVENT`), metal exhaustion on either electrode, melting
  (:class:`~pybamm_beyondli.submodels.solid_metal.SolidMetal`) and the voltage cut-offs;
* external circuit: PyBaMM's, so unmodified :class:`pybamm.Experiment` strings (current,
  voltage, power, CCCV steps) drive it. The cell has no EMF (V = -IR - overpotentials), so it
  only ever absorbs power, P = IV <= 0: "Charge at P W" passes the current that dissipates P
  (PyBaMM picks the positive, "Discharge"-direction root), and "Discharge at P W" has no
  solution (the solver fails); use current steps to choose the direction.

Sign convention (PyBaMM's): positive current ("Discharge") strips the negative electrode and
plates the positive one. A metal ‖ substrate cell is the same model with the positive
electrode starting without metal ("Positive electrode initial metal thickness [m]" = 0):
"Discharge" plates metal onto the substrate, "Charge ... until 1 V" strips it off again.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pybamm

from pybamm_beyondli.citations import register
from pybamm_beyondli.errors import InputError
from pybamm_beyondli.models.cycle_quantities import (
    METAL_CHARGE_PER_MOLE,
    plating_electrode_quantities,
)
from pybamm_beyondli.parameters.checks import check_value, checked, rule_for
from pybamm_beyondli.submodels.dead_metal import DeadMetal
from pybamm_beyondli.submodels.electrolyte_depletion import (
    DEPLETION_EVENT,
    DEPLETION_RATIO_NAME,
    DEPLETION_RULE,
    ElectrolyteDepletion,
)
from pybamm_beyondli.submodels.gap_electrolyte_conductivity import (
    GapElectrolyteCurrent,
    GapElectrolytePotential,
)
from pybamm_beyondli.submodels.gap_electrolyte_diffusion import (
    MetalSurfaceElectrolyteDiffusion,
)
from pybamm_beyondli.submodels.metal_inventory import (
    MetalInventory,
    MetalThroughput,
    charge_number,
    exhaustion_event_name,
)
from pybamm_beyondli.submodels.planar_metal_electrode import PlanarMetalElectrodes
from pybamm_beyondli.submodels.planar_metal_kinetics import (
    PlanarMetalKinetics,
    metal_current_density_variable,
)
from pybamm_beyondli.submodels.solid_metal import SolidMetal

__all__ = ["DEPLETION_EVENT", "MetalSymmetricCell", "PlanarMetalCellOptions",
           "exhaustion_event_name", "validate_parameter_values"]

#: Options of PyBaMM's that this model accepts (with the values it supports).
SUPPORTED_OPTIONS = {
    "surface form": ["differential", "false"],
    "operating mode": ["current"],
    "thermal": ["isothermal"],
    "calculate discharge energy": ["false", "true"],
}

class PlanarMetalCellOptions(pybamm.BatteryModelOptions):
    """PyBaMM battery options for a cell whose only through-cell domain is the separator,
    bounded by two planar (metal) electrodes."""

    @cached_property
    def whole_cell_domains(self) -> list[str]:
        return ["separator"]

    @property
    def electrode_types(self) -> dict[str, str]:
        return {"negative": "planar", "positive": "planar"}


def _check_options(options: dict | None) -> dict:
    options = {"surface form": "differential", **dict(options or {})}
    for key, value in options.items():
        if key not in SUPPORTED_OPTIONS:
            raise InputError(
                f"option '{key}' is not supported by the metal symmetric cell; "
                f"supported options: {', '.join(SUPPORTED_OPTIONS)}"
            )
        if value not in SUPPORTED_OPTIONS[key]:
            raise InputError(
                f"option '{key}' = {value!r} is not allowed; allowed: {SUPPORTED_OPTIONS[key]}"
            )
    return options


def _value_at(values: pybamm.ParameterValues, name: str, c_e: float, T: float) -> float:
    """A parameter's value; a function parameter f(c_e, T) is evaluated at (c_e, T)."""
    value = values[name]
    if callable(value):
        value = values.evaluate(value(pybamm.Scalar(c_e), pybamm.Scalar(T)))
    return float(np.asarray(value).ravel()[0]) if not isinstance(value, float | int) else value


def validate_parameter_values(values: pybamm.ParameterValues | dict) -> None:
    """Check the inputs of a metal ‖ metal / metal ‖ substrate cell; an
    :class:`~pybamm_beyondli.errors.InputError` names the first bad one and what is allowed.

    Every parameter with a rule in :data:`pybamm_beyondli.parameters.checks.RULES`
    is checked (the same rules as on substitution; functions of (c_e, T) such as t+, D and
    kappa at the initial concentration and temperature), plus the depletion concentration
    in [0, initial concentration).
    """
    if not isinstance(values, pybamm.ParameterValues):
        values = pybamm.ParameterValues(dict(values))
    c0 = values["Initial concentration in electrolyte [mol.m-3]"]
    T = values["Initial temperature [K]"]
    ruled = [name for name in sorted(values.keys()) if rule_for(name) is not None]
    for name in ruled:  # numbers first: the functions below are evaluated with them
        if not callable(values[name]):
            check_value(name, values[name])
    for name in ruled:  # functions of (c_e, T), at the initial state
        if callable(values[name]):
            check_value(name, _value_at(values, name, c0, T),
                        note=" (at the initial concentration and temperature)")
    # the one rule across parameters, as on substitution (electrolyte_depletion)
    check_value(DEPLETION_RATIO_NAME,
                values["Electrolyte depletion concentration [mol.m-3]"] / c0, DEPLETION_RULE)


class MetalSymmetricCell(pybamm.BaseBatteryModel):
    """Metal ‖ metal (or metal ‖ inert substrate) cell with a resolved liquid electrolyte gap.

    Bad parameter values raise :class:`~pybamm_beyondli.errors.InputError` when a simulation
    substitutes them (z, metal thicknesses, separator thickness, constant t+, double-layer
    capacity, coverage floor, depletion concentration); :meth:`validate_parameter_values`
    checks a whole set up front, including functions of the state at the initial state.

    Parameters
    ----------
    options : dict, optional
        Only the PyBaMM options in :data:`SUPPORTED_OPTIONS`; anything else raises
        :class:`~pybamm_beyondli.errors.InputError`. ``"surface form"`` is
        ``"differential"`` by default (double layer at both surfaces, needed to resolve the
        end of stripping from a substrate); ``"false"`` removes the double layer.
    name : str, optional
        Model name.
    build : bool, optional
        Build the model now (default True).
    """

    #: Variables tabulated by ``pybamm_beyondli.workflows.runner`` besides time, current and
    #: voltage.
    key_variables = [
        f"{domain} {name}"
        for domain in ("Negative", "Positive")
        for name in ("electrode metal thickness [m]", "electrode active metal [mol.m-2]",
                     "electrode dead metal [mol.m-2]",
                     "metal surface electrolyte concentration [mol.m-3]")
    ]

    #: See :func:`validate_parameter_values`.
    validate_parameter_values = staticmethod(validate_parameter_values)

    #: Per-cycle contributions of both electrodes, the substrate's in a metal ‖ substrate
    #: cell (:mod:`pybamm_beyondli.models.cycle_quantities`).
    cycle_quantities = (*plating_electrode_quantities("negative"),
                        *plating_electrode_quantities("positive"))

    def __init__(
        self, options: dict | None = None, name: str = "Metal symmetric cell",
        build: bool = True,
    ) -> None:
        options = PlanarMetalCellOptions(_check_options(options))
        super().__init__(options, name)
        self.param = pybamm.LithiumIonParameters(self.options)
        pybamm.citations.register("Sulzer2021")
        register("Newman2004")
        self.set_standard_output_variables()
        self.set_submodels(build)

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
        self.submodels["thermal"] = pybamm.thermal.isothermal.Isothermal(param, options)
        self.submodels["porosity"] = pybamm.porosity.Constant(param, options)
        self.submodels["electrolyte transport efficiency"] = (
            pybamm.transport_efficiency.Bruggeman(param, "Electrolyte", options)
        )
        self.submodels["through-cell convection"] = (
            pybamm.convection.through_cell.NoConvection(param, options)
        )
        self.submodels["transverse convection"] = (
            pybamm.convection.transverse.NoConvection(param, options)
        )
        self.submodels["electrolyte current"] = GapElectrolyteCurrent(param, options=options)
        self.submodels["electrolyte diffusion"] = MetalSurfaceElectrolyteDiffusion(param, options)
        self.submodels["electrolyte potential"] = GapElectrolytePotential(param, options)
        for domain in ("negative", "positive"):
            self.submodels[f"{domain} metal kinetics"] = PlanarMetalKinetics(
                param, domain, options
            )
        self.submodels["metal electrodes"] = PlanarMetalElectrodes(param, options=options)
        self.set_metal_inventory_submodels()
        self.submodels["electrolyte depletion"] = ElectrolyteDepletion(
            param, ("negative", "positive"), options
        )
        self.submodels["solid metal"] = SolidMetal(param, "metal electrodes melted", options)
        if build:
            self.build_model()

    def set_metal_inventory_submodels(self) -> None:
        """Active, dead and interphase metal and plating/stripping charge on both electrodes
        (the generic submodels of :mod:`~pybamm_beyondli.submodels.metal_inventory` and
        :mod:`~pybamm_beyondli.submodels.dead_metal`)."""
        for domain in ("negative", "positive"):
            current = metal_current_density_variable(domain)
            self.submodels[f"{domain} metal inventory"] = MetalInventory(
                self.param, domain, self.options, current_density_variable=current,
                event_name=exhaustion_event_name(domain)
            )
            self.submodels[f"{domain} dead metal"] = DeadMetal(
                self.param, domain, self.options, current_density_variable=current
            )
            self.submodels[f"{domain} metal throughput"] = MetalThroughput(
                self.param, domain, self.options)

    # ------------------------------------------------------------------ build
    def build_model(self) -> None:
        self._build_model()
        self.variables[METAL_CHARGE_PER_MOLE] = charge_number() * self.param.F / 3600
        self.set_voltage_events()
        self.set_summary_variables()
        self._built = True

    def set_voltage_events(self) -> None:
        """PyBaMM's voltage cut-off events (the experiment machinery relaxes and reuses
        them as safety limits)."""
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
        """Per Experiment cycle, for both electrodes: active, dead and interphase metal, and the
        charge passed while plating and stripping each (their changes give each electrode's
        Coulombic efficiency, ``cycle_quantities``)."""
        self._summary_variables = ["Time [s]", "Time [h]"] + [
            f"{domain.capitalize()} electrode {name}"
            for domain in ("negative", "positive")
            for name in ("active metal [mol.m-2]", "dead metal [mol.m-2]",
                         "metal in interphase [mol.m-2]",
                         "plating charge [A.h.m-2]", "stripping charge [A.h.m-2]")
        ]

    # ------------------------------------------------------------------ defaults
    @property
    def default_parameter_values(self) -> pybamm.ParameterValues:
        values = pybamm.ParameterValues("LiLi_Symmetric_Carbonate")
        validate_parameter_values(values)
        return values

    @property
    def default_geometry(self) -> pybamm.Geometry:
        return pybamm.Geometry({
            "separator": {"x_s": {"min": 0, "max": checked(self.param.s.L)}},
            "current collector": {"z": {"position": 1}},
        })

    @property
    def default_var_pts(self) -> dict:
        return {"x_s": 30, "y": 1, "z": 1}

    @property
    def default_submesh_types(self) -> dict:
        return {
            "separator": pybamm.Uniform1DSubMesh,
            "current collector": pybamm.SubMesh0D,
        }

    @property
    def default_spatial_methods(self) -> dict:
        return {
            "macroscale": pybamm.FiniteVolume(),
            "current collector": pybamm.ZeroDimensionalSpatialMethod(),
        }

    @property
    def default_quick_plot_variables(self) -> list[str]:
        return [
            "Electrolyte concentration [mol.m-3]",
            "Electrolyte potential [V]",
            "Negative electrode metal thickness [m]",
            "Positive electrode metal thickness [m]",
            "Current [A]",
            "Voltage [V]",
        ]
