"""Zero-dimensional cell models: the base of every model of this package that has no spatial
domain (a lumped cell whose states are amounts, concentrations, potentials and its
temperature), in the shape of PyBaMM's ``pybamm.equivalent_circuit.Thevenin``.

:class:`ZeroDimensionalModel` is a ``pybamm.BaseModel`` that composes submodels chosen by its
options. A subclass adds its physics in one hook, :meth:`ZeroDimensionalModel.set_cell_submodels`
(and may replace :meth:`~ZeroDimensionalModel.set_heat_generation_submodel`); everything a cell
needs to run under an unmodified ``pybamm.Experiment``/``pybamm.Simulation`` comes from the base:

- **external circuit**: PyBaMM's ``pybamm.external_circuit`` submodels, chosen by the option
  ``"operating mode"`` as PyBaMM's battery models choose them, plus PyBaMM's
  ``DischargeThroughput``. Experiment steps (current, C-rate, voltage, power, resistance,
  CCCV holds, drive cycles) replace the control through PyBaMM's own step machinery, which reads
  ``model.param`` (:class:`ZeroDimensionalParameters`) and the variables below.
- **terminal** (:class:`ZeroDimensionalTerminal`): power and the voltage cut-off events;
- **heat generation** (:class:`OpenCircuitHeating`), from the subclass's open-circuit
  voltage and its entropic change;
- **thermal** (option ``"thermal"``): :class:`IsothermalCell` (T = T_amb) or
  :class:`LumpedCellThermal` (a cell heat balance with the named event
  ``"Maximum temperature [K]"``).

Options (:class:`ZeroDimensionalOptions`, validated in one class; the first value is the
default): ``"operating mode"`` (PyBaMM's battery-model modes that a 0-D cell can use,
:data:`OPERATING_MODES`, or a callable residual),
``"thermal"`` ("isothermal", "lumped"), ``"surface form"`` ("false", "differential": a
subclass with an interface or film capacitance resolves its charge as a state, which is
what ``pybamm.EISSimulation`` asks for), ``"calculate discharge energy"`` ("false", "true").
A subclass adds its own keys by subclassing :class:`ZeroDimensionalOptions` and setting
:attr:`ZeroDimensionalModel.options_class`.

What the subclass publishes (read by the base): ``"Voltage [V]"`` (cell voltage, positive
electrode minus negative), ``"Open-circuit voltage [V]"`` U and ``"Entropic change [V.K-1]"``
dU/dT (``pybamm.Scalar(0)`` if not known; both read by :class:`OpenCircuitHeating` only). It
reads ``"Current [A]"`` (positive on discharge, PyBaMM's convention) and ``"Cell temperature
[K]"`` from the base.

Parameters read, and their checks on substitution (:mod:`pybamm_beyondli.parameters.checks`;
a bad value is an :class:`~pybamm_beyondli.errors.InputError` naming it): see
:class:`ZeroDimensionalParameters` and :data:`RULES`.
"""

from __future__ import annotations

from typing import ClassVar

import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.checks import POSITIVE, Rule, checked

__all__ = [
    "OPERATING_MODES",
    "RULES",
    "IsothermalCell",
    "LumpedCellThermal",
    "OpenCircuitHeating",
    "ZeroDimensionalModel",
    "ZeroDimensionalOptions",
    "ZeroDimensionalParameters",
    "ZeroDimensionalTerminal",
]

#: PyBaMM's named operating modes (those of ``pybamm.BatteryModelOptions``) that a
#: zero-dimensional cell can use; a callable residual of the variables is allowed too
#: (``pybamm.external_circuit.FunctionControl``). Not offered: "explicit power" and
#: "explicit resistance" (I = P/V, I = V/R read the voltage, which here is a function of the
#: current: an algebraic loop unless the voltage is a state), and "differential resistance"
#: (PyBaMM's controller dI/dt = -K (V - R I) has d(dI/dt)/dI = K (R + R_cell) > 0, so it
#: drives the current away from V/R; PyBaMM's own SPM does the same). Resistance steps of
#: an experiment use the algebraic control and work.
OPERATING_MODES = (
    "current", "voltage", "power", "differential power", "resistance", "CCCV",
)

#: The base's rules across parameters (each parameter's own range is in
#: :data:`pybamm_beyondli.parameters.checks.RULES`, the package's one table).
RULES: dict[str, Rule] = {
    "Upper voltage cut-off [V] - Lower voltage cut-off [V]": POSITIVE,
    "Maximum temperature [K] - Initial temperature [K]": Rule(
        "> 0: the cell must start below 'Maximum temperature [K]'", low=0, low_open=True),
}

#: Name of the lumped model's temperature-limit event.
TEMPERATURE_EVENT = "Maximum temperature [K]"


def _checked(name: str) -> pybamm.Symbol:
    """``pybamm.Parameter(name)`` checked against the package's table on substitution."""
    return checked(pybamm.Parameter(name), name)


class ZeroDimensionalOptions(pybamm.FuzzyDict):
    """The options of a zero-dimensional model, validated here and nowhere else.

    :attr:`possible_options` maps each key to its allowed values (the first is the default);
    ``"operating mode"`` also takes a callable. A subclass extends the table::

        class LiSOptions(ZeroDimensionalOptions):
            possible_options = {**ZeroDimensionalOptions.possible_options,
                                "shuttle": ("constant rate", "none")}

    Raises
    ------
    InputError
        For an unknown key (naming the known ones) or a value that is not allowed (naming
        the allowed ones).
    """

    possible_options: ClassVar[dict[str, tuple]] = {
        "operating mode": OPERATING_MODES,
        "thermal": ("isothermal", "lumped"),
        "surface form": ("false", "differential"),
        "calculate discharge energy": ("false", "true"),
    }

    def __init__(self, extra_options: dict | None = None) -> None:
        options = {key: values[0] for key, values in self.possible_options.items()}
        for key, value in dict(extra_options or {}).items():
            if key not in self.possible_options:
                raise InputError(
                    f"option '{key}' is not an option of this zero-dimensional model; "
                    f"options: {', '.join(self.possible_options)}")
            allowed = self.possible_options[key]
            if not (value in allowed or (key == "operating mode" and callable(value))):
                extra = " or a callable" if key == "operating mode" else ""
                raise InputError(f"option '{key}' = {value!r} is not allowed; allowed: "
                                 f"{', '.join(map(repr, allowed))}{extra}")
            options[key] = value
        super().__init__(options)


class ZeroDimensionalParameters:
    """The parameters the base, PyBaMM's external circuit and its experiment steps read.

    Electrical
        ``Q`` = ``"Nominal cell capacity [A.h]"`` (> 0; C-rates and the circuit's current
        scale), ``current_with_time`` = ``"Current function [A]"`` (a function of time),
        ``voltage_low_cut``/``voltage_high_cut`` = ``"Lower/Upper voltage cut-off [V]"``
        (upper > lower). The cell has no electrode area: PyBaMM's circuit divides by
        ``A_cc`` = 1 m2, so its ``"Total current density [A.m-2]"`` is numerically the
        current, as in PyBaMM's Thevenin; ``n_electrodes_parallel`` = ``n_cells`` = 1.
    Thermal
        ``T_init`` = ``"Initial temperature [K]"`` (> 0), ``T_amb(t)`` =
        ``"Ambient temperature [K]"`` (a function of time, > 0) and, read only with
        ``"thermal": "lumped"``, ``m_cell`` = ``"Cell mass [kg]"``, ``c_p`` =
        ``"Cell specific heat capacity [J.kg-1.K-1]"``, ``h_total`` = ``"Total heat transfer
        coefficient [W.m-2.K-1]"`` (>= 0), ``A_cooling`` = ``"Cell cooling surface area
        [m2]"`` and ``T_max`` = ``"Maximum temperature [K]"`` (above the initial
        temperature). The thermal names are PyBaMM's where PyBaMM has one.

    A subclass's parameter class extends this one (set
    :attr:`ZeroDimensionalModel.parameters_class`).
    """

    def __init__(self) -> None:
        # electrical (PyBaMM's external circuit reads Q, the current and A_cc)
        self.Q = _checked("Nominal cell capacity [A.h]")
        self.current_with_time = pybamm.FunctionParameter(
            "Current function [A]", {"Time [s]": pybamm.t})
        self.A_cc = pybamm.Scalar(1)
        self.current_density_with_time = self.current_with_time / self.A_cc
        self.n_electrodes_parallel = pybamm.Scalar(1)
        self.n_cells = pybamm.Scalar(1)
        self.voltage_low_cut = pybamm.Parameter("Lower voltage cut-off [V]")
        self.voltage_high_cut = pybamm.Parameter("Upper voltage cut-off [V]")
        self.voltage_window = checked(
            self.voltage_high_cut - self.voltage_low_cut,
            "Upper voltage cut-off [V] - Lower voltage cut-off [V]",
            RULES["Upper voltage cut-off [V] - Lower voltage cut-off [V]"])
        # thermal
        self.T_init = _checked("Initial temperature [K]")
        self.m_cell = _checked("Cell mass [kg]")
        self.c_p = _checked("Cell specific heat capacity [J.kg-1.K-1]")
        self.h_total = _checked("Total heat transfer coefficient [W.m-2.K-1]")
        self.A_cooling = _checked("Cell cooling surface area [m2]")
        self.T_max = pybamm.Parameter("Maximum temperature [K]")

    def T_amb(self, t: pybamm.Symbol) -> pybamm.Symbol:
        """Ambient temperature [K] at time ``t`` (checked > 0 when it is a constant)."""
        return checked(pybamm.FunctionParameter("Ambient temperature [K]", {"Time [s]": t}),
                       "Ambient temperature [K]")


class ZeroDimensionalTerminal(pybamm.BaseSubModel):
    """Power and the voltage cut-offs of a zero-dimensional cell.

    Reads ``"Voltage [V]"`` V and ``"Current [A]"`` I; publishes

        P = I V                                     "Power [W]", "Terminal power [W]"
        V_battery = n_cells V                       "Battery voltage [V]"

    (P > 0 while the cell delivers power), and the termination events
    ``"Minimum voltage [V]"`` (V - V_low) and ``"Maximum voltage [V]"`` (V_high - V), which
    PyBaMM's experiments keep as safety limits outside each step's own cut-off.
    """

    def get_coupled_variables(self, variables: dict) -> dict:
        V = variables["Voltage [V]"]
        current = variables["Current [A]"]
        variables.update({
            "Battery voltage [V]": V * self.param.n_cells,
            "Power [W]": current * V,
            "Terminal power [W]": current * V,
        })
        return variables

    def add_events_from(self, variables: dict) -> None:
        V = variables["Voltage [V]"]
        V_low = self.param.voltage_low_cut
        # V_high - V written as (V_high - V_low) + V_low - V: the window is checked > 0
        self.events.extend([
            pybamm.Event("Minimum voltage [V]", V - V_low, pybamm.EventType.TERMINATION),
            pybamm.Event("Maximum voltage [V]", self.param.voltage_window + V_low - V,
                         pybamm.EventType.TERMINATION),
        ])


class OpenCircuitHeating(pybamm.BaseSubModel):
    """Heat generated by a cell with one open-circuit voltage (Nieto et al. 2012, eq. 1):

        Q_irr = I (U - V)          "Irreversible electrochemical heating [W]"
        Q_rev = -I T dU/dT         "Reversible heating [W]"
        Q     = Q_irr + Q_rev      "Total heating [W]"

    with I the current (positive on discharge), U = ``"Open-circuit voltage [V]"``, V =
    ``"Voltage [V]"``, T = ``"Cell temperature [K]"`` and dU/dT = ``"Entropic change
    [V.K-1]"``. Q_irr >= 0 whenever the overpotential U - V has the sign of I. A cell whose
    reactions have several equilibrium potentials (e.g. the two plateaus of Li-S) sums
    I_k (U_k - V) over its reactions in a submodel of its own that publishes the same three
    variables.
    """

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        pybamm.citations.register("Nieto2012")

    def get_coupled_variables(self, variables: dict) -> dict:
        current = variables["Current [A]"]
        U = variables["Open-circuit voltage [V]"]
        V = variables["Voltage [V]"]
        T = variables["Cell temperature [K]"]
        dUdT = variables["Entropic change [V.K-1]"]
        Q_irr = current * (U - V)
        Q_rev = -current * T * dUdT
        variables.update({
            "Irreversible electrochemical heating [W]": Q_irr,
            "Reversible heating [W]": Q_rev,
            "Total heating [W]": Q_irr + Q_rev,
        })
        return variables


def _temperature_variables(T: pybamm.Symbol, T_amb: pybamm.Symbol) -> dict:
    return {
        "Cell temperature [K]": T,
        "Cell temperature [degC]": T - 273.15,
        "Volume-averaged cell temperature [K]": T,
        "Ambient temperature [K]": T_amb,
        "Ambient temperature [degC]": T_amb - 273.15,
    }


class IsothermalCell(pybamm.BaseSubModel):
    """The cell at the ambient temperature, T = T_amb(t); all heat generated leaves it:
    ``"Surface total cooling [W]"`` = -``"Total heating [W]"``. Publishes ``"Cell temperature
    [K]"`` (also as ``"Volume-averaged cell temperature [K]"`` and in degC) and
    ``"Ambient temperature [K]"``."""

    def get_fundamental_variables(self) -> dict:
        T_amb = self.param.T_amb(pybamm.t)
        return _temperature_variables(T_amb, T_amb)

    def get_coupled_variables(self, variables: dict) -> dict:
        variables["Surface total cooling [W]"] = -variables["Total heating [W]"]
        return variables


class LumpedCellThermal(pybamm.BaseSubModel):
    """One heat balance for the whole cell (PyBaMM's lumped model, Timms et al. 2021, for a
    cell without a spatial domain):

        m c_p dT/dt = Q + Q_cool,      Q_cool = -h A (T - T_amb(t)),      T(0) = T_init,

    with Q = ``"Total heating [W]"`` (the heat-generation submodel), m = ``"Cell mass [kg]"``,
    c_p = ``"Cell specific heat capacity [J.kg-1.K-1]"``, h = ``"Total heat transfer coefficient
    [W.m-2.K-1]"`` and A = ``"Cell cooling surface area [m2]"``. Publishes the variables of
    :class:`IsothermalCell` with T a state, and ``"Surface total cooling [W]"`` = Q_cool.

    Event ``"Maximum temperature [K]"``: T_max - T, stops a run when the cell reaches
    ``"Maximum temperature [K]"`` (which must exceed the initial temperature).

    The state is solved as T - T_init [K] (the variable's reference), so the solver's
    tolerances apply to the temperature rise, not to ~300 K.
    """

    def __init__(self, param, options=None) -> None:
        super().__init__(param, options=options)
        pybamm.citations.register("Timms2021")

    def get_fundamental_variables(self) -> dict:
        T = pybamm.Variable("Cell temperature [K]", reference=pybamm.Parameter(
            "Initial temperature [K]"), print_name="T")
        return _temperature_variables(T, self.param.T_amb(pybamm.t))

    def get_coupled_variables(self, variables: dict) -> dict:
        T = variables["Cell temperature [K]"]
        T_amb = variables["Ambient temperature [K]"]
        variables["Surface total cooling [W]"] = (
            -self.param.h_total * self.param.A_cooling * (T - T_amb))
        return variables

    def set_rhs(self, variables: dict) -> None:
        T = variables["Cell temperature [K]"]
        Q = variables["Total heating [W]"]
        Q_cool = variables["Surface total cooling [W]"]
        self.rhs = {T: (Q + Q_cool) / (self.param.m_cell * self.param.c_p)}

    def set_initial_conditions(self, variables: dict) -> None:
        self.initial_conditions = {variables["Cell temperature [K]"]: self.param.T_init}

    def add_events_from(self, variables: dict) -> None:
        T = variables["Cell temperature [K]"]
        # T_max - T written as (T_max - T_init) + T_init - T: the margin is checked > 0
        name = "Maximum temperature [K] - Initial temperature [K]"
        margin = checked(self.param.T_max - self.param.T_init, name, RULES[name])
        self.events.append(pybamm.Event(TEMPERATURE_EVENT, margin + self.param.T_init - T,
                                        pybamm.EventType.TERMINATION))


class ZeroDimensionalModel(pybamm.BaseModel):
    """Base of a zero-dimensional cell model (see the module docstring).

    A subclass implements :meth:`set_cell_submodels` (its physics, publishing ``"Voltage
    [V]"``, ``"Open-circuit voltage [V]"`` and ``"Entropic change [V.K-1]"``) and
    :attr:`default_parameter_values`; it may extend :attr:`options_class`,
    :attr:`parameters_class`, :meth:`set_heat_generation_submodel`,
    :meth:`set_summary_variables` and :attr:`default_quick_plot_variables`.

    Variables published by the base: ``"Time [s]"``/``[min]``/``[h]``; from PyBaMM's external
    circuit ``"Current [A]"``, ``"Current variable [A]"``, ``"C-rate"``, ``"Total current
    density [A.m-2]"``, ``"Discharge capacity [A.h]"``, ``"Throughput capacity [A.h]"``,
    ``"Discharge energy [W.h]"``, ``"Throughput energy [W.h]"`` (0 unless ``"calculate
    discharge energy"`` is ``"true"``); ``"Battery voltage [V]"``, ``"Power [W]"``,
    ``"Terminal power [W]"``; the temperatures (``"Cell temperature [K]"``, ...) and the heat
    terms (``"Total heating [W]"``, ``"Surface total cooling [W]"``, ...).

    Events: ``"Minimum voltage [V]"``, ``"Maximum voltage [V]"`` and, with ``"thermal":
    "lumped"``, ``"Maximum temperature [K]"``.

    Parameters
    ----------
    options : dict, optional
        Validated by :attr:`options_class` (:class:`ZeroDimensionalOptions`).
    name : str, optional
        Model name (default: the class name).
    build : bool, optional
        Build the model now (default True).
    """

    #: The options class (a subclass may extend it).
    options_class: ClassVar[type[ZeroDimensionalOptions]] = ZeroDimensionalOptions
    #: The parameter class (a subclass may extend it).
    parameters_class: ClassVar[type[ZeroDimensionalParameters]] = ZeroDimensionalParameters

    def __init__(self, options: dict | None = None, name: str | None = None,
                 build: bool = True) -> None:
        super().__init__(name or type(self).__name__)
        self.options = options
        self.param = self.parameters_class()
        self.set_standard_output_variables()
        self.set_submodels(build)

    @property
    def options(self) -> ZeroDimensionalOptions:
        """The model options (a :attr:`options_class` instance)."""
        return self._options

    @options.setter
    def options(self, extra_options: dict | None) -> None:
        self._options = self.options_class(extra_options)

    # ------------------------------------------------------------------ submodels
    def set_standard_output_variables(self) -> None:
        """Time in s, min and h."""
        self.variables.update({
            "Time [s]": pybamm.t,
            "Time [min]": pybamm.t / 60,
            "Time [h]": pybamm.t / 3600,
        })

    def set_submodels(self, build: bool) -> None:
        """External circuit, the subclass's cell physics, heat generation, thermal model and
        terminal, in that order; then build (unless ``build`` is False)."""
        self.set_external_circuit_submodel()
        self.set_cell_submodels()
        self.set_heat_generation_submodel()
        self.set_thermal_submodel()
        self.set_terminal_submodel()
        self.set_summary_variables()
        if build:
            self.build_model()

    def set_external_circuit_submodel(self) -> None:
        """PyBaMM's external circuit for the option ``"operating mode"`` (as PyBaMM's
        battery models choose it) and its discharge/throughput counters."""
        mode = self.options["operating mode"]
        param, options = self.param, self.options
        circuit = pybamm.external_circuit
        if callable(mode):
            model = circuit.FunctionControl(param, mode, options)
        else:
            model = {
                "current": lambda: circuit.ExplicitCurrentControl(param, options),
                "voltage": lambda: circuit.VoltageFunctionControl(param, options),
                "power": lambda: circuit.PowerFunctionControl(param, options, "algebraic"),
                "differential power": lambda: circuit.PowerFunctionControl(
                    param, options, "differential"),
                "resistance": lambda: circuit.ResistanceFunctionControl(
                    param, options, "algebraic"),
                "CCCV": lambda: circuit.CCCVFunctionControl(param, options),
            }[mode]()
        self.submodels["external circuit"] = model
        self.submodels["discharge and throughput variables"] = circuit.DischargeThroughput(
            param, options)

    def set_cell_submodels(self) -> None:
        """The subclass's physics: submodels that publish ``"Voltage [V]"``,
        ``"Open-circuit voltage [V]"`` and ``"Entropic change [V.K-1]"``."""
        raise NotImplementedError(
            f"{type(self).__name__} must implement set_cell_submodels (its physics)")

    def set_heat_generation_submodel(self) -> None:
        """Heat from the open-circuit voltage (:class:`OpenCircuitHeating`)."""
        self.submodels["heat generation"] = OpenCircuitHeating(self.param, self.options)

    def set_thermal_submodel(self) -> None:
        """:class:`IsothermalCell` or :class:`LumpedCellThermal` (option ``"thermal"``)."""
        thermal = {"isothermal": IsothermalCell,
                   "lumped": LumpedCellThermal}[self.options["thermal"]]
        self.submodels["thermal"] = thermal(self.param, options=self.options)

    def set_terminal_submodel(self) -> None:
        """Power and voltage cut-offs (:class:`ZeroDimensionalTerminal`)."""
        self.submodels["terminal"] = ZeroDimensionalTerminal(self.param, options=self.options)

    def set_summary_variables(self) -> None:
        """Per-cycle values of PyBaMM's experiments: time, discharge and throughput capacity
        (and energies when they are computed)."""
        names = ["Time [s]", "Time [h]", "Discharge capacity [A.h]",
                 "Throughput capacity [A.h]"]
        if self.options["calculate discharge energy"] == "true":
            names += ["Discharge energy [W.h]", "Throughput energy [W.h]"]
        self.summary_variables = names

    def build_model(self) -> None:
        """Build the variables and equations from the submodels."""
        self._build_model()
        self._built = True
        pybamm.logger.info(f"Finished building {self.name}")

    # ------------------------------------------------------------------ defaults
    @property
    def default_parameter_values(self) -> pybamm.ParameterValues:
        """The subclass's default set."""
        raise NotImplementedError(
            f"{type(self).__name__} must define default_parameter_values")

    @property
    def default_geometry(self) -> pybamm.Geometry:
        """No spatial domain: an empty geometry."""
        return pybamm.Geometry({})

    @property
    def default_var_pts(self) -> dict:
        return {}

    @property
    def default_submesh_types(self) -> dict:
        return {}

    @property
    def default_spatial_methods(self) -> dict:
        return {}

    @property
    def default_quick_plot_variables(self) -> list:
        return [
            "Current [A]",
            ["Voltage [V]", "Open-circuit voltage [V]"],
            "Discharge capacity [A.h]",
            "Power [W]",
            ["Cell temperature [K]", "Ambient temperature [K]"],
            ["Total heating [W]", "Irreversible electrochemical heating [W]",
             "Reversible heating [W]"],
        ]
