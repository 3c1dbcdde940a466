"""Parameter functions used by the parameter sets: small classes, so that parameter values,
simulations and solutions holding them can be pickled and serialised (a closure cannot).

- :class:`ScaledFunction`: a function parameter times a factor (a fitted factor on a
  measured function, or an input parameter while a fit runs);
- :class:`Arrhenius`: a rate (exchange current density, conductivity, ...) times
  exp[E_a/R (1/T_ref - 1/T)];
- :class:`PowerLawExchangeCurrent`: j0(c_e) = j0_ref (c_e / c_ref)^exponent;
- :class:`PowerLawDeadFraction`: the dead-metal fraction f(i, L_SEI) as a power law;
- :class:`DirectionalRate`: a rate constant with one value on discharge and another on charge
  and at rest (a function of the cell current).

Each takes its constants as arguments; the values and their sources live in the parameter
sets that use them.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable

import pybamm

from pybamm_beyondli.errors import InputError


class ScaledFunction:
    """``factor * function(*args)``: a function parameter times a factor (a number or a
    :class:`pybamm.InputParameter`), with the function's own signature (PyBaMM reads it)."""

    def __init__(self, function: Callable, factor) -> None:
        self.function = function
        self.factor = factor
        self.__name__ = getattr(function, "__name__", "function")
        self.__signature__ = inspect.signature(function)

    def __call__(self, *args, **kwargs):
        return self.factor * self.function(*args, **kwargs)


class Arrhenius:
    """An exchange current density j0(..., T) times exp[E_a/R (1/T_ref - 1/T)]: the
    Arrhenius temperature dependence of the rate constant (Bard & Faulkner 2001, §3.1),
    equal to ``j0`` at ``reference_temperature``. ``j0``'s last argument is T [K].

    A class, not a closure, so that parameter values, simulations and solutions that hold
    it can be pickled (``pybamm.Solution.save``) when ``j0`` is a module-level function or
    another picklable callable.
    """

    def __init__(self, j0: Callable, activation_energy: float,
                 reference_temperature: float) -> None:
        self.j0 = j0
        self.activation_energy = activation_energy
        self.reference_temperature = reference_temperature
        self.__name__ = f"{getattr(j0, '__name__', 'j0')}_arrhenius"
        # j0's own arguments, for PyBaMM's tools that read a function's signature (to_json)
        self.__signature__ = inspect.signature(j0)

    def __call__(self, *args, **kwargs):
        bound = self.__signature__.bind(*args, **kwargs)
        T = list(bound.arguments.values())[-1]
        factor = pybamm.exp(self.activation_energy / pybamm.constants.R
                            * (1 / self.reference_temperature - 1 / T))
        return self.j0(*bound.args, **bound.kwargs) * factor


class PowerLawExchangeCurrent:
    """j0(c_e, T) = j0_ref (c_e / c_ref)^exponent [A.m-2] at the reference temperature: the
    concentration dependence of a Butler-Volmer exchange current density with transfer
    coefficient ``exponent`` (Bard & Faulkner 2001, eq. 3.4.10, for the metal at unit
    activity). A class so that sets holding it can be pickled."""

    def __init__(self, j0_ref: float, c_ref: float, exponent: float = 0.5) -> None:
        self.j0_ref, self.c_ref, self.exponent = j0_ref, c_ref, exponent
        self.__name__ = "power_law_exchange_current"

    def __call__(self, c_e, T):
        return self.j0_ref * (pybamm.maximum(c_e, 1e-6) / self.c_ref) ** self.exponent


class PowerLawDeadFraction:
    """A dead-fraction law f = f_ref (i/i_ref)^beta (L_ref/L_SEI)^m (clipped to [0, 0.999]
    by :class:`DeadMetal`); see :func:`power_law_dead_fraction`. A class, not a closure, so
    that parameter values and solutions holding it can be pickled. Reference points: i_ref
    = 10 A m-2 (1 mA cm-2, the usual test current density) and L_ref = 5 nm (the initial
    SEI thickness of PyBaMM's OKane2022 set, whose plated-to-dead coupling this follows)."""

    def __init__(self, f_ref: float, i_ref: float = 10.0, beta: float = 0.0,
                 L_ref: float = 5e-9, m: float = 0.0) -> None:
        self.f_ref, self.i_ref, self.beta, self.L_ref, self.m = f_ref, i_ref, beta, L_ref, m
        self.__name__ = "dead_fraction"

    def __call__(self, i_strip, L_sei, T):
        i_pos = pybamm.maximum(i_strip, 1e-12)
        has_sei = L_sei > 0
        L_pos = pybamm.maximum(L_sei, 1e-12)  # only read where L_SEI > 0
        interphase = has_sei * (self.L_ref / L_pos) ** self.m + (1 - has_sei)
        return self.f_ref * (i_pos / self.i_ref) ** self.beta * interphase


def power_law_dead_fraction(f_ref: float, i_ref: float = 10.0, beta: float = 0.0,
                            L_ref: float = 5e-9, m: float = 0.0) -> Callable:
    """A dead-fraction law f = f_ref (i/i_ref)^beta (L_ref/L_SEI)^m (clipped to [0, 0.999]
    by :class:`DeadMetal`).

    ``beta`` > 0 makes dead metal grow with the stripping current density (Xiang2019,
    Varzi2020); ``m`` > 0 couples it to the interphase thickness as O'Kane et al. (2022)
    couple plated-to-dead conversion (rate proportional to L_SEI,0 / L_SEI). ``beta = m = 0``
    is the constant fraction f_ref. Without an interphase (L_SEI = 0: no SEI option) the
    factor (L_ref/L_SEI)^m is 1 (coupling off). Use as the value of ``"Dead metal fraction"``.
    """
    return PowerLawDeadFraction(f_ref, i_ref, beta, L_ref, m)


class DirectionalRate:
    """k(I) = ``discharge`` if I > 0 (the cell discharges), else ``charge`` (charge and rest):
    a rate constant fitted separately on discharge and on charge, such as the shuttle rate
    constant of Marinescu et al. (2016). A class so that sets holding it can be pickled.

    Raises :class:`~pybamm_beyondli.errors.InputError` for a negative or non-finite value.
    """

    def __init__(self, charge: float, discharge: float) -> None:
        for name, value in (("charge", charge), ("discharge", discharge)):
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                raise InputError(f"DirectionalRate {name} = {value!r} is not allowed; it must "
                                 "be a finite number >= 0")
        self.charge, self.discharge = float(charge), float(discharge)
        self.__name__ = "directional_rate"

    def __call__(self, current):
        discharging = current > 0
        return self.discharge * discharging + self.charge * (1 - discharging)
