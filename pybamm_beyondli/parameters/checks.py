"""Value checks of parameters: ONE table of allowed ranges (:data:`RULES`), applied to every
parameter a model reads, PyBaMM's own names as well as this package's, before any solve.

A bad value raises :class:`~pybamm_beyondli.errors.InputError` naming the parameter, its value
and what is allowed. The table is read in three places:

* On substitution: :func:`checked_parameter` / :func:`checked` wrap a parameter (or an
  expression of parameters) in :class:`CheckedParameter`. When PyBaMM substitutes parameter
  values (``pybamm.Simulation(...).solve()``, ``ParameterValues.process_model``) and the child
  becomes a number, the value is checked and the wrapper disappears, so the processed model
  contains only PyBaMM's own symbols. Children that stay functions of the state pass through.
* For a whole model: :func:`parameter_checks` lists one checked symbol per ruled parameter the
  model reads (a function parameter evaluated at the cell's initial state, e.g. D(c_e0, T0)),
  plus the rules across parameters (:data:`CROSS_RULES`). This package's models attach them to
  their first equation (:func:`checked_first`), so a plain ``pybamm.Simulation`` checks every
  parameter when it substitutes values; :func:`check_parameter_values` runs the same checks up
  front for any model, PyBaMM's included (the workflows call it before building anything).
* In the docs: :func:`rules_table` (``python -m pybamm_beyondli.parameters.checks``).

:func:`check_parameter_values` also warns (:class:`UnreadParameterWarning`) about parameters
the model does not read although a user would expect them to matter: the names a model lists in
its ``superseded_parameters`` (e.g. ``"Negative electrode thickness [m]"`` on a metal anode,
whose thickness is ``"Negative electrode initial metal thickness [m]"``), and any explicitly
given update the model does not read.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.parameters.metals import ALLOWED_CHARGE_NUMBERS


@dataclass(frozen=True)
class Rule:
    """The values a parameter may take: an interval from ``low`` to ``high`` (each bound
    closed unless ``low_open``/``high_open``) or, if given, the finite set ``one_of``; and
    ``text``, the allowed values in words for the message. Data, not a lambda, so that models
    holding a rule can be pickled and serialised."""

    text: str
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False
    one_of: frozenset | None = None

    def allows(self, value: float) -> bool:
        """Whether ``value`` is allowed (NaN never is)."""
        if self.one_of is not None:
            return value in self.one_of
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return bool(above and below)

    def to_dict(self) -> dict:
        """Strict-JSON fields (for ``pybamm.Serialise``): an infinite bound as None,
        ``one_of`` as a sorted list."""
        return {"text": self.text,
                "low": None if math.isinf(self.low) else self.low,
                "high": None if math.isinf(self.high) else self.high,
                "low_open": self.low_open, "high_open": self.high_open,
                "one_of": None if self.one_of is None else sorted(self.one_of)}

    @classmethod
    def from_dict(cls, data: Mapping) -> Rule:
        """Inverse of :meth:`to_dict`."""
        one_of = data.get("one_of")
        return cls(data["text"],
                   -math.inf if data["low"] is None else float(data["low"]),
                   math.inf if data["high"] is None else float(data["high"]),
                   bool(data["low_open"]), bool(data["high_open"]),
                   None if one_of is None else frozenset(one_of))


def interval(low: float, high: float, low_open: bool = False, high_open: bool = False,
             note: str = "") -> Rule:
    """A :class:`Rule` for values from ``low`` to ``high``, worded "in [low, high)" etc."""
    text = f"in {'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}{note}"
    return Rule(text, low, high, low_open, high_open)


POSITIVE = Rule("> 0", low=0, low_open=True)
NON_NEGATIVE = Rule(">= 0", low=0)
OPEN_UNIT = interval(0, 1, low_open=True, high_open=True)
UNIT = interval(0, 1)
FRACTION = interval(0, 1, low_open=True)
AT_LEAST_ONE = Rule(">= 1", low=1)
TEMPERATURE = Rule("> 0 K (a temperature in kelvin)", low=0, low_open=True)

#: Parameter name, or the end of a name shared by several domains ("Negative ...",
#: "Separator ...", "Positive ..."), -> rule. The first entry whose key ends the name
#: applies; names with no entry are not checked.
RULES: dict[str, Rule] = {
    # metal electrode (pybamm_beyondli.submodels.planar_metal)
    "Metal charge number": Rule("1, 2 or 3", one_of=frozenset(ALLOWED_CHARGE_NUMBERS)),
    "Metal molar volume [m3.mol-1]": POSITIVE,
    "Metal melting point [K]": POSITIVE,
    "electrode metal coverage thickness [m]": POSITIVE,
    "electrode metal nucleation overpotential [V]": NON_NEGATIVE,
    "electrode metal nucleus coverage thickness [m]": POSITIVE,
    "initial metal thickness [m]": Rule(">= 0 (0 for a bare substrate)", low=0),
    "dead metal fraction": interval(0, 1, high_open=True,
                                    note=" (Coulombic efficiency 1 - f > 0; f = 1 strips "
                                         "nothing)"),
    "metal exchange-current density [A.m-2]": POSITIVE,
    "electrode substrate coverage floor": OPEN_UNIT,
    "electrode Butler-Volmer transfer coefficient": OPEN_UNIT,
    "electrode double-layer capacity [F.m-2]": POSITIVE,
    "electrode contact area fraction": FRACTION,
    # geometry and loading (PyBaMM's names)
    "electrode thickness [m]": POSITIVE,
    "Separator thickness [m]": POSITIVE,
    "current collector thickness [m]": POSITIVE,
    "Electrode height [m]": POSITIVE,
    "Electrode width [m]": POSITIVE,
    "porosity": FRACTION,
    "active material volume fraction": OPEN_UNIT,
    "particle radius [m]": POSITIVE,
    "Maximum concentration in negative electrode [mol.m-3]": POSITIVE,
    "Maximum concentration in positive electrode [mol.m-3]": POSITIVE,
    "Initial concentration in negative electrode [mol.m-3]": NON_NEGATIVE,
    "Initial concentration in positive electrode [mol.m-3]": NON_NEGATIVE,
    "Bruggeman coefficient (electrolyte)": NON_NEGATIVE,
    "Bruggeman coefficient (electrode)": NON_NEGATIVE,
    # transport (PyBaMM's names; functions are evaluated at the initial state)
    "particle diffusivity [m2.s-1]": POSITIVE,
    "electrode conductivity [S.m-1]": POSITIVE,
    "current collector conductivity [S.m-1]": POSITIVE,
    "electrode exchange-current density [A.m-2]": POSITIVE,
    # electrolyte (pybamm_beyondli.submodels.electrolyte)
    "Initial concentration in electrolyte [mol.m-3]": POSITIVE,
    "Cation transference number": UNIT,
    "Thermodynamic factor": POSITIVE,
    "Electrolyte diffusivity [m2.s-1]": POSITIVE,
    "Electrolyte conductivity [S.m-1]": POSITIVE,
    "electrolyte conductivity [S.m-1]": POSITIVE,
    "Electrolyte depletion concentration [mol.m-3]": NON_NEGATIVE,
    "Electrolyte minimum concentration [mol.m-3]": NON_NEGATIVE,
    "Electrolyte maximum concentration [mol.m-3]": POSITIVE,
    "Electrolyte minimum temperature [K]": TEMPERATURE,
    "Electrolyte maximum temperature [K]": TEMPERATURE,
    # cell and operation
    "Nominal cell capacity [A.h]": POSITIVE,
    "Number of electrodes connected in parallel to make a cell": AT_LEAST_ONE,
    "Number of cells connected in series to make a battery": AT_LEAST_ONE,
    "Ambient temperature [K]": TEMPERATURE,
    "Initial temperature [K]": TEMPERATURE,
    "Reference temperature [K]": TEMPERATURE,
    # thermal (PyBaMM's names; the zero-dimensional cells' lumped mass and heat capacity)
    "Cell mass [kg]": POSITIVE,
    "Cell cooling surface area [m2]": POSITIVE,
    "Cell volume [m3]": POSITIVE,
    "Maximum temperature [K]": TEMPERATURE,
    "specific heat capacity [J.kg-1.K-1]": POSITIVE,
    "Specific heat capacity [J.kg-1.K-1]": POSITIVE,
    "density [kg.m-3]": POSITIVE,
    "thermal conductivity [W.m-1.K-1]": POSITIVE,
    "heat transfer coefficient [W.m-2.K-1]": NON_NEGATIVE,
}


def rule_for(name: str) -> Rule | None:
    """The rule of :data:`RULES` that applies to parameter ``name`` (None: unchecked)."""
    for key, rule in RULES.items():
        if name.endswith(key):
            return rule
    return None


def rules_table() -> str:
    """:data:`RULES` and :data:`CROSS_RULES` as a Markdown table (the docs read this)."""
    lines = ["| parameter (or end of its name) | allowed |", "|---|---|"]
    lines += [f"| `{key}` | {rule.text} |" for key, rule in RULES.items()]
    lines += [f"| `{name}` | {rule.text} |" for name, (_, _, rule) in CROSS_RULES.items()]
    return "\n".join(lines)


def check_value(name: str, value: float, rule: Rule | None = None, note: str = "") -> None:
    """Raise :class:`InputError` if ``value`` breaks ``rule`` (default: the rule of
    :data:`RULES` for ``name``); ``note`` is appended to the allowed range."""
    rule = rule or rule_for(name)
    if rule is not None and not rule.allows(value):
        raise InputError(f"parameter '{name}' = {value!r} is not allowed; "
                         f"it must be {rule.text}{note}")


def _constant_values(symbol: pybamm.Symbol) -> np.ndarray | None:
    """The values of a constant symbol (broadcasts unwrapped), or None if not evaluable."""
    value = symbol
    while isinstance(value, pybamm.Broadcast):
        value = value.orphans[0]
    try:
        return np.asarray(value.evaluate(), dtype=float).ravel()
    except (NotImplementedError, TypeError, ValueError):
        return None


class CheckedParameter(pybamm.UnaryOperator):
    """A parameter whose value is checked (:func:`check_value`) when PyBaMM substitutes
    parameter values; see the module docstring.

    Parameters
    ----------
    child : pybamm.Symbol
        ``pybamm.Parameter``, ``pybamm.FunctionParameter`` or an expression of them.
    parameter_name : str, optional
        Name used for the rule and the message (default: ``child.name``).
    rule : Rule, optional
        A rule replacing the one of :data:`RULES` (for a context-dependent range).
    note : str, optional
        Appended to the allowed range in the message (e.g. where a function was evaluated).
    """

    def __init__(self, child: pybamm.Symbol, parameter_name: str | None = None,
                 rule: Rule | None = None, note: str = "") -> None:
        self.parameter_name = parameter_name or child.name
        self.rule = rule
        self.note = note
        super().__init__(f"checked[{self.parameter_name}]", child)

    def _unary_new_copy(self, child, perform_simplifications: bool = True):
        if child.is_constant():  # a number, possibly broadcast to a domain
            values = _constant_values(child)
            if values is None:  # constant but not evaluable yet: unchecked
                return child
            for v in np.unique(values):  # e.g. the porosities of several domains
                check_value(self.parameter_name, float(v), self.rule, self.note)
            return child
        if child.has_symbol_of_classes((pybamm.Parameter, pybamm.FunctionParameter)):
            return CheckedParameter(child, self.parameter_name, self.rule, self.note)
        return child

    def _unary_evaluate(self, child):
        return child

    def _unary_jac(self, child_jac):
        return child_jac

    def _sympy_operator(self, child):
        return child

    def to_json(self) -> dict:
        """PyBaMM's serialisation hook (``pybamm.Serialise``): the checked name, the rule
        (:meth:`Rule.to_dict`) and the note travel as JSON fields."""
        json_dict = super().to_json()
        json_dict.update({"parameter_name": self.parameter_name,
                          "rule": None if self.rule is None else self.rule.to_dict(),
                          "note": self.note})
        return json_dict

    @classmethod
    def _from_json(cls, snippet: dict) -> CheckedParameter:
        """Inverse of :meth:`to_json`."""
        rule = snippet.get("rule")
        return cls(snippet["children"][0], snippet["parameter_name"],
                   None if rule is None else Rule.from_dict(rule), snippet.get("note", ""))


def checked(symbol: pybamm.Symbol, name: str | None = None, rule: Rule | None = None,
            note: str = "") -> pybamm.Symbol:
    """``symbol`` (a parameter, function parameter or expression of them) with its value
    checked on substitution under ``name`` (default ``symbol.name``)."""
    return CheckedParameter(symbol, name, rule, note)


def checked_parameter(name: str, rule: Rule | None = None) -> pybamm.Symbol:
    """``pybamm.Parameter(name)`` with its value checked on substitution."""
    return CheckedParameter(pybamm.Parameter(name), name, rule)


class WithChecks(pybamm.Symbol):
    """``symbol`` carrying checked symbols along: it evaluates to ``symbol``, and when PyBaMM
    substitutes parameter values its checks run (each a :class:`CheckedParameter`) and it
    becomes ``symbol``'s processed self. The checks are the first children, so PyBaMM's
    bottom-up substitution runs them before it reaches ``symbol`` (where a bad value could
    divide by zero). Attach it to a model's first equation (:func:`checked_first`)."""

    def __init__(self, *children: pybamm.Symbol) -> None:
        super().__init__("with checks", children=list(children),
                         domains=children[-1].domains)

    @property
    def symbol(self) -> pybamm.Symbol:
        return self.children[-1]

    def create_copy(self, new_children=None, perform_simplifications: bool = True):
        children = list(new_children) if new_children is not None else list(self.children)
        if all(not c.has_symbol_of_classes((pybamm.Parameter, pybamm.FunctionParameter))
               for c in children[:-1]):
            return children[-1]  # checks done (CheckedParameter raised on a bad value)
        return WithChecks(*children)

    def _evaluate_for_shape(self):
        return self.symbol.evaluate_for_shape()

    def evaluate(self, t=None, y=None, y_dot=None, inputs=None):
        return self.symbol.evaluate(t, y, y_dot, inputs)

    def _diff(self, variable):
        return self.symbol.diff(variable)

    def _jac(self, variable):
        return self.symbol.jac(variable)

    def to_json(self):
        return super().to_json()

    @classmethod
    def _from_json(cls, snippet: dict):
        return cls(*snippet["children"])


def with_checks(symbol: pybamm.Symbol, checks: Iterable[pybamm.Symbol]) -> pybamm.Symbol:
    """``symbol`` with ``checks`` run on substitution (:class:`WithChecks`)."""
    checks = list(checks)
    return WithChecks(*checks, symbol) if checks else symbol


def checked_first(rhs: Mapping, variable: pybamm.Symbol,
                  checks: Iterable[pybamm.Symbol]) -> dict:
    """A model's ``rhs`` with ``variable``'s equation first and carrying ``checks``
    (:func:`with_checks`): PyBaMM processes the equations in order, so the checks run before
    any other equation is substituted (where a bad value could divide by zero)."""
    rhs = dict(rhs)
    first = {variable: with_checks(rhs.pop(variable), checks)}
    return {**first, **rhs}


# -- the checks of a model ------------------------------------------------------------------


def _initial_concentration(domain: str) -> pybamm.Symbol:
    return pybamm.FunctionParameter(
        f"Initial concentration in {domain} electrode [mol.m-3]",
        {"Radial distance (r) [m]": pybamm.Scalar(0),
         "Through-cell distance (x) [m]": pybamm.Scalar(0)})


def _maximum_concentration(domain: str) -> pybamm.Symbol:
    return pybamm.Parameter(f"Maximum concentration in {domain} electrode [mol.m-3]")


def initial_state_input(input_name: str) -> pybamm.Symbol | None:
    """The value of a function parameter's input at the cell's initial state (None if the
    input is not one this module knows): concentrations and temperature at their initial
    values, stoichiometries c0 / c_max, positions and time at 0."""
    if input_name == "Electrolyte concentration [mol.m-3]":
        return pybamm.Parameter("Initial concentration in electrolyte [mol.m-3]")
    if input_name == "Temperature [K]":
        return pybamm.Parameter("Initial temperature [K]")
    for domain in ("negative", "positive"):
        Domain = domain.capitalize()
        if input_name in (f"{Domain} particle stoichiometry", f"{Domain} electrode stoichiometry"):
            return _initial_concentration(domain) / _maximum_concentration(domain)
        if input_name == f"{Domain} particle surface concentration [mol.m-3]":
            return _initial_concentration(domain)
        if input_name == f"Maximum {domain} particle surface concentration [mol.m-3]":
            return _maximum_concentration(domain)
    if input_name in ("Through-cell distance (x) [m]", "Horizontal distance (y) [m]",
                      "Vertical distance (z) [m]", "Radial distance (r) [m]", "Time [s]",
                      "Distance across electrode height [m]",
                      "Distance across electrode width [m]", "SEI thickness [m]",
                      "Stripping current density [A.m-2]"):
        return pybamm.Scalar(0)
    return None


def _at_initial_state(parameter: pybamm.FunctionParameter) -> pybamm.Symbol | None:
    inputs = {}
    for name in parameter.input_names:
        value = initial_state_input(name)
        if value is None:
            return None
        inputs[name] = value
    return pybamm.FunctionParameter(parameter.name, inputs)


#: Rules across parameters: name -> (numerator parameters, denominator parameters, rule) of
#: the ratio checked (present only when the model reads every parameter named).
CROSS_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...], Rule]] = {
    "Initial concentration in negative electrode [mol.m-3] / Maximum concentration in "
    "negative electrode [mol.m-3]": (
        ("Initial concentration in negative electrode [mol.m-3]",),
        ("Maximum concentration in negative electrode [mol.m-3]",),
        interval(0, 1, note=" (an initial stoichiometry)")),
    "Initial concentration in positive electrode [mol.m-3] / Maximum concentration in "
    "positive electrode [mol.m-3]": (
        ("Initial concentration in positive electrode [mol.m-3]",),
        ("Maximum concentration in positive electrode [mol.m-3]",),
        interval(0, 1, note=" (an initial stoichiometry)")),
    "Lower voltage cut-off [V] / Upper voltage cut-off [V]": (
        ("Upper voltage cut-off [V]",), ("Lower voltage cut-off [V]",),
        Rule("a lower cut-off below the upper one (upper - lower > 0)", low=0,
             low_open=True)),
}


def _cross_check(name: str, numerators, denominators, rule: Rule) -> pybamm.Symbol:
    def symbol(parameter_name: str) -> pybamm.Symbol:
        if parameter_name.startswith("Initial concentration in "):
            return _initial_concentration(parameter_name.split()[3])
        return pybamm.Parameter(parameter_name)

    if name.startswith("Lower voltage cut-off"):  # a difference, not a ratio
        expression = symbol(numerators[0]) - symbol(denominators[0])
    else:
        expression = symbol(numerators[0]) / symbol(denominators[0])
    return checked(expression, name, rule)


def geometry_parameter_info(geometry: Mapping) -> dict[str, tuple]:
    """The parameters a geometry (a model's ``default_geometry``) reads, in the form of
    ``get_parameter_info()``: a model's equations may not read the lengths its mesh does."""
    info = {}

    def visit(item) -> None:
        if isinstance(item, pybamm.Symbol):
            for node in item.pre_order():
                if isinstance(node, pybamm.Parameter | pybamm.FunctionParameter):
                    info[node.name] = (node, type(node).__name__)
        elif isinstance(item, Mapping):
            for value in item.values():
                visit(value)

    visit(geometry)
    return info


def model_geometry_parameter_info(model: pybamm.BaseModel) -> dict[str, tuple]:
    """The parameters ``model``'s default geometry (its mesh) reads; none if it has none."""
    try:
        geometry = model.default_geometry
    except (AttributeError, KeyError, NotImplementedError):
        geometry = {}
    return geometry_parameter_info(geometry)


def model_parameter_info(model: pybamm.BaseModel) -> dict[str, tuple]:
    """The parameters ``model`` reads: its equations' and its default geometry's."""
    info = dict(model.get_parameter_info())
    for name, entry in model_geometry_parameter_info(model).items():
        info.setdefault(name, entry)
    return info


def parameter_checks(parameter_info: Mapping[str, tuple],
                     context: Iterable[pybamm.Symbol] = ()) -> list[pybamm.Symbol]:
    """One checked symbol per parameter in ``parameter_info`` (:func:`model_parameter_info`)
    that has a rule, in the order that names the cause of a bad input first: the plain values,
    then the cell's own ``context`` checks (e.g. a temperature inside the electrolyte's range),
    then the functions evaluated at the initial state (which those values enter), then the
    :data:`CROSS_RULES` whose parameters it reads all."""
    values, functions = [], []
    for name, (symbol, _) in sorted(parameter_info.items()):
        if rule_for(name) is None:
            continue
        if isinstance(symbol, pybamm.FunctionParameter):
            at_start = _at_initial_state(symbol)
            if at_start is not None:
                functions.append(checked(at_start, name,
                                         note=" (evaluated at the initial state)"))
        elif isinstance(symbol, pybamm.Parameter):
            values.append(checked(pybamm.Parameter(name), name))
    cross = [_cross_check(name, numerators, denominators, rule)
             for name, (numerators, denominators, rule) in CROSS_RULES.items()
             if all(n in parameter_info for n in (*numerators, *denominators))]
    return [*values, *context, *functions, *cross]


class UnreadParameterWarning(UserWarning):
    """A parameter was set that the model does not read."""


def check_parameter_values(values: pybamm.ParameterValues | Mapping,
                           model: pybamm.BaseModel,
                           updates: Iterable[str] | None = None) -> None:
    """Check every parameter ``model`` reads against :data:`RULES` (and
    :data:`CROSS_RULES`), function parameters at the initial state, before anything is
    built; raise :class:`InputError` naming the first bad one. Warn
    (:class:`UnreadParameterWarning`) about each of the model's ``superseded_parameters`` that
    ``values`` holds (other than as an expression of other parameters), and about each name in
    ``updates`` (the parameters a user set explicitly) that the model does not read. A model's
    ``cell_checks()``, if it has them, are its own rules across parameters.

    A parameter the model needs but ``values`` lacks is not an error here: PyBaMM names it
    when the model is processed."""
    if not isinstance(values, pybamm.ParameterValues):
        values = pybamm.ParameterValues(dict(values))
    info = model_parameter_info(model)
    context = model.cell_checks() if hasattr(model, "cell_checks") else ()
    for check in parameter_checks(info, context):
        try:
            values.process_symbol(check)
        except KeyError:  # a parameter it needs is missing: PyBaMM names it later
            continue
    superseded = getattr(model, "superseded_parameters", {})
    for name, instead in superseded.items():
        # a set may give such a name as an expression of the parameter that is read
        if name in values and not isinstance(values[name], pybamm.Symbol):
            warnings.warn(f"parameter '{name}' is not read by {model.name}; {instead}",
                          UnreadParameterWarning, stacklevel=2)
    read = _read_through_values(values, info) if updates else set()
    for name in updates or ():
        if name not in read and name not in superseded:
            warnings.warn(f"parameter '{name}' is not read by {model.name} (with its options "
                          f"{_option_summary(model)}); setting it has no effect",
                          UnreadParameterWarning, stacklevel=2)


def _read_through_values(values: pybamm.ParameterValues,
                         info: Mapping[str, tuple]) -> set[str]:
    """The names in ``info`` and those the set's values of them read in turn: a value given
    as an expression of other parameters, or a function whose expression holds parameters
    (e.g. an open-circuit potential that reads a shape parameter of the set)."""
    read, pending = set(info), list(info)
    while pending:
        name = pending.pop()
        if name not in values:
            continue
        value = values[name]
        symbol = info[name][0] if name in info else None
        try:
            if isinstance(value, pybamm.Symbol):
                expression = value
            elif callable(value) and isinstance(symbol, pybamm.FunctionParameter):
                expression = value(*symbol.children)
            else:
                continue
        except Exception:  # a function that cannot be called symbolically reads nothing here
            continue
        if not isinstance(expression, pybamm.Symbol):
            continue
        for node in expression.pre_order():
            if isinstance(node, (pybamm.Parameter, pybamm.FunctionParameter)) and (
                    node.name not in read):
                read.add(node.name)
                pending.append(node.name)
    return read


def _option_summary(model: pybamm.BaseModel) -> str:
    options = getattr(model, "options", None)
    if not options:
        return "none"
    chosen = {k: v for k, v in dict(options).items() if v not in ("false", "none", None)}
    return ", ".join(f"{k}: {v}" for k, v in list(chosen.items())[:6]) or "defaults"


if __name__ == "__main__":
    print(rules_table())
