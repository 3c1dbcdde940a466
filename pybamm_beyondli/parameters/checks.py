"""Value checks of the parameters read by this package's submodels (helper module, not a
mechanism): ONE table of allowed ranges, applied in two places.

* On substitution: :func:`checked_parameter` / :func:`checked` wrap a parameter (or function
  parameter) in :class:`CheckedParameter`. When PyBaMM substitutes parameter values
  (``pybamm.Simulation(...).solve()``, ``ParameterValues.process_model``) and the child becomes
  a number, the value is checked against :data:`RULES` and the wrapper disappears, so the
  processed model contains only PyBaMM's own symbols. Children that stay functions of the
  state (e.g. t+(c)) or input parameters pass through unchecked.
* Up front: :func:`check_value` (used e.g. by
  :func:`pybamm_beyondli.models.symmetric_cell.validate_parameter_values`, which also
  evaluates functions of the state at the initial state).

A bad value raises :class:`~pybamm_beyondli.errors.InputError` naming the parameter and the
allowed range.
"""

from __future__ import annotations

import math
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
    holding a rule can be pickled (``pybamm.Solution.save``)."""

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


def interval(low: float, high: float, low_open: bool = False, high_open: bool = False,
             note: str = "") -> Rule:
    """A :class:`Rule` for values from ``low`` to ``high``, worded "in [low, high)" etc."""
    text = f"in {'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}{note}"
    return Rule(text, low, high, low_open, high_open)


POSITIVE = Rule("> 0", low=0, low_open=True)
NON_NEGATIVE = Rule(">= 0", low=0)
OPEN_UNIT = interval(0, 1, low_open=True, high_open=True)

#: Parameter name, or the end of a per-electrode name ("Negative ..."/"Positive ..."),
#: -> rule. The first entry whose key ends the parameter's name applies.
RULES: dict[str, Rule] = {
    # metal electrode (metal_inventory, dead_metal, metal_kinetics)
    "Metal charge number": Rule("1, 2 or 3", one_of=frozenset(ALLOWED_CHARGE_NUMBERS)),
    "Metal molar volume [m3.mol-1]": POSITIVE,
    "Metal coverage thickness [m]": POSITIVE,
    "Metal nucleation overpotential [V]": NON_NEGATIVE,
    "Metal nucleus coverage thickness [m]": POSITIVE,
    "Metal melting point [K]": POSITIVE,
    "initial metal thickness [m]": Rule(">= 0 (0 for a bare substrate)", low=0),
    "Dead metal fraction": interval(0, 1, high_open=True,
                                    note=" (Coulombic efficiency 1 - f > 0; f = 1 strips "
                                         "nothing)"),
    "electrode Butler-Volmer transfer coefficient": OPEN_UNIT,
    "Substrate coverage floor": OPEN_UNIT,
    "electrode double-layer capacity [F.m-2]": POSITIVE,
    # electrolyte gap (gap_electrolyte_*, electrolyte_depletion)
    "Separator thickness [m]": POSITIVE,
    "porosity": interval(0, 1, low_open=True),
    "Initial concentration in electrolyte [mol.m-3]": POSITIVE,
    "Cation transference number": interval(0, 1),
    "Electrolyte diffusivity [m2.s-1]": POSITIVE,
    "Electrolyte conductivity [S.m-1]": POSITIVE,
    "Electrolyte depletion concentration [mol.m-3]": NON_NEGATIVE,
}


def rule_for(name: str) -> Rule | None:
    """The rule of :data:`RULES` that applies to parameter ``name`` (None: unchecked)."""
    for key, rule in RULES.items():
        if name.endswith(key):
            return rule
    return None


def check_value(name: str, value: float, rule: Rule | None = None, note: str = "") -> None:
    """Raise :class:`InputError` if ``value`` breaks ``rule`` (default: the rule of
    :data:`RULES` for ``name``); ``note`` is appended to the allowed range."""
    rule = rule or rule_for(name)
    if rule is not None and not rule.allows(value):
        raise InputError(f"parameter '{name}' = {value!r} is not allowed; "
                         f"it must be {rule.text}{note}")


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
    """

    def __init__(self, child: pybamm.Symbol, parameter_name: str | None = None,
                 rule: Rule | None = None) -> None:
        self.parameter_name = parameter_name or child.name
        self.rule = rule
        super().__init__(f"checked[{self.parameter_name}]", child)

    def _unary_new_copy(self, child, perform_simplifications: bool = True):
        if child.is_constant():  # a number, possibly broadcast to a domain
            value = child
            while isinstance(value, pybamm.Broadcast):
                value = value.orphans[0]
            try:
                value = np.asarray(value.evaluate()).ravel()
            except NotImplementedError:  # constant but not evaluable yet: unchecked
                return child
            for v in np.unique(value):  # e.g. the porosities of several domains
                check_value(self.parameter_name, float(v), self.rule)
            return child
        if child.has_symbol_of_classes((pybamm.Parameter, pybamm.FunctionParameter)):
            return CheckedParameter(child, self.parameter_name, self.rule)
        return child

    def _unary_evaluate(self, child):
        return child

    def _unary_jac(self, child_jac):
        return child_jac

    def _sympy_operator(self, child):
        return child

    def to_json(self) -> dict:
        """PyBaMM's serialisation hook (``pybamm.Serialise``): the checked name and the rule
        travel as JSON fields (an infinite bound as None, ``one_of`` as a sorted list)."""
        json_dict = super().to_json()
        rule = self.rule
        json_dict["parameter_name"] = self.parameter_name
        json_dict["rule"] = None if rule is None else {
            "text": rule.text,
            "low": None if math.isinf(rule.low) else rule.low,
            "high": None if math.isinf(rule.high) else rule.high,
            "low_open": rule.low_open,
            "high_open": rule.high_open,
            "one_of": None if rule.one_of is None else sorted(rule.one_of),
        }
        return json_dict

    @classmethod
    def _from_json(cls, snippet: dict) -> CheckedParameter:
        """Inverse of :meth:`to_json`."""
        fields = snippet.get("rule")
        rule = None if fields is None else Rule(
            fields["text"],
            -math.inf if fields["low"] is None else fields["low"],
            math.inf if fields["high"] is None else fields["high"],
            fields["low_open"], fields["high_open"],
            None if fields["one_of"] is None else frozenset(fields["one_of"]))
        return cls(snippet["children"][0], snippet["parameter_name"], rule)


def checked(symbol: pybamm.Symbol, name: str | None = None,
            rule: Rule | None = None) -> pybamm.Symbol:
    """``symbol`` (a parameter, function parameter or expression of them) with its value
    checked on substitution under ``name`` (default ``symbol.name``)."""
    return CheckedParameter(symbol, name, rule)


def checked_parameter(name: str, rule: Rule | None = None) -> pybamm.Symbol:
    """``pybamm.Parameter(name)`` with its value checked on substitution."""
    return CheckedParameter(pybamm.Parameter(name), name, rule)
