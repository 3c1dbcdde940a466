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

from collections.abc import Callable

import numpy as np
import pybamm

from pybamm_beyondli.errors import InputError
from pybamm_beyondli.metals import ALLOWED_CHARGE_NUMBERS

#: A rule: (predicate on the value, allowed range in words).
Rule = tuple[Callable[[float], bool], str]

#: Parameter name, or the end of a per-electrode name ("Negative ..."/"Positive ..."),
#: -> rule. The first entry whose key ends the parameter's name applies.
RULES: dict[str, Rule] = {
    # metal electrode (metal_inventory, dead_metal, metal_kinetics)
    "Metal charge number": (lambda v: v in ALLOWED_CHARGE_NUMBERS, "1, 2 or 3"),
    "Metal molar volume [m3.mol-1]": (lambda v: v > 0, "> 0"),
    "Metal coverage thickness [m]": (lambda v: v > 0, "> 0"),
    "Metal nucleation overpotential [V]": (lambda v: v >= 0, ">= 0"),
    "Metal nucleus coverage thickness [m]": (lambda v: v > 0, "> 0"),
    "Metal melting point [K]": (lambda v: v > 0, "> 0"),
    "initial metal thickness [m]": (lambda v: v >= 0, ">= 0 (0 for a bare substrate)"),
    "Dead metal fraction": (lambda v: 0 <= v < 1,
                            "in [0, 1) (Coulombic efficiency 1 - f > 0; f = 1 strips "
                            "nothing)"),
    "electrode Butler-Volmer transfer coefficient": (lambda v: 0 < v < 1, "in (0, 1)"),
    "Substrate coverage floor": (lambda v: 0 < v < 1, "in (0, 1)"),
    "electrode double-layer capacity [F.m-2]": (lambda v: v > 0, "> 0"),
    # electrolyte gap (gap_electrolyte_*, electrolyte_depletion)
    "Separator thickness [m]": (lambda v: v > 0, "> 0"),
    "porosity": (lambda v: 0 < v <= 1, "in (0, 1]"),
    "Initial concentration in electrolyte [mol.m-3]": (lambda v: v > 0, "> 0"),
    "Cation transference number": (lambda v: 0 <= v <= 1, "in [0, 1]"),
    "Electrolyte diffusivity [m2.s-1]": (lambda v: v > 0, "> 0"),
    "Electrolyte conductivity [S.m-1]": (lambda v: v > 0, "> 0"),
    "Electrolyte depletion concentration [mol.m-3]": (lambda v: v >= 0, ">= 0"),
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
    if rule is not None and not rule[0](value):
        raise InputError(f"parameter '{name}' = {value!r} is not allowed; "
                         f"it must be {rule[1]}{note}")


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


def checked(symbol: pybamm.Symbol, name: str | None = None,
            rule: Rule | None = None) -> pybamm.Symbol:
    """``symbol`` (a parameter, function parameter or expression of them) with its value
    checked on substitution under ``name`` (default ``symbol.name``)."""
    return CheckedParameter(symbol, name, rule)


def checked_parameter(name: str, rule: Rule | None = None) -> pybamm.Symbol:
    """``pybamm.Parameter(name)`` with its value checked on substitution."""
    return CheckedParameter(pybamm.Parameter(name), name, rule)
