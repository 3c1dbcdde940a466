"""The options of this package's cells: PyBaMM's battery options plus this package's own keys,
validated in one place.

Own keys (defaults first; per-interface keys take one value, or a pair (negative, positive)):

- ``"electrolyte"``: ``"liquid"`` (a salt solution: salt-concentration states, Sand's time)
  or ``"single-ion conductor"`` (t+ = 1: ohmic conduction only, no salt-concentration
  states) — :mod:`pybamm_beyondli.submodels.electrolyte`;
- ``"interphase"`` (per interface): ``"none"``, or ``"constant resistance"`` (a film of
  fixed area-specific resistance with its own capacitance) —
  :mod:`pybamm_beyondli.submodels.interphase`. PyBaMM's ``"SEI"`` option grows PyBaMM's
  SEI on the metal instead; the two are exclusive on one interface;
- ``"metal contact"`` (per metal interface): ``"perfect"`` —
  :mod:`pybamm_beyondli.submodels.contact`;
- ``"short"``: ``"none"`` — :mod:`pybamm_beyondli.submodels.short`.

Per-interface options given as one value: in a metal-anode full cell they apply to the metal
(the negative electrode; PyBaMM's rule for a full cell's ``"SEI"``); in a metal ‖ metal cell to
both metal electrodes. A bad key or value, PyBaMM's own included, raises
:class:`BeyondLiOptionError` (an :class:`~pybamm_beyondli.errors.InputError` and a
:class:`pybamm.OptionError`) naming the allowed values, before anything is built.
"""

from __future__ import annotations

from functools import cached_property

import pybamm

from pybamm_beyondli.errors import InputError

#: This package's option keys and their values (the first is the default).
OWN_OPTIONS: dict[str, tuple[str, ...]] = {
    "electrolyte": ("liquid", "single-ion conductor"),
    "interphase": ("none", "constant resistance"),
    "metal contact": ("perfect",),
    "short": ("none",),
}
#: Own keys that take a value per interface.
PER_INTERFACE = ("interphase", "metal contact")
#: PyBaMM keys with a value per electrode, read per interface by this package's models.
PYBAMM_PER_INTERFACE = ("SEI",)


class BeyondLiOptionError(InputError, pybamm.OptionError):
    """An option key or value that is not allowed."""


class BeyondLiOptionsMixin:
    """Keeps a model's options a :class:`BeyondLiOptions` for its ``cell`` (``options_cell``)
    whoever assigns them, as PyBaMM's serialiser does with a plain dict when it loads a
    model."""

    options_cell = "full"

    @property
    def options(self):
        return pybamm.BaseBatteryModel.options.fget(self)

    @options.setter
    def options(self, extra_options) -> None:
        if not isinstance(extra_options, BeyondLiOptions):
            extra_options = BeyondLiOptions(extra_options, cell=self.options_cell)
        pybamm.BaseBatteryModel.options.fset(self, extra_options)


def _normalise_pair(key: str, value, both: bool):
    """A single per-interface value as (negative, positive): both metal electrodes of a metal ‖
    metal cell, or the metal of a full cell (the cathode gets the key's default)."""
    if isinstance(value, tuple):
        if len(value) != 2:
            raise BeyondLiOptionError(f"option '{key}' = {value!r} is not allowed; give one "
                                      "value or a pair (negative, positive)")
        return value
    default = OWN_OPTIONS[key][0] if key in OWN_OPTIONS else "none"
    return (value, value) if both else (value, default)


class BeyondLiOptions(pybamm.BatteryModelOptions):
    """PyBaMM's battery options plus :data:`OWN_OPTIONS` (module docstring).

    Parameters
    ----------
    extra_options : dict, optional
        The user's options.
    cell : str
        ``"full"`` (a metal anode against a porous cathode: PyBaMM's half cell with
        ``"working electrode": "positive"``) or ``"metal-metal"`` (two planar metal
        electrodes across an electrolyte layer).
    """

    #: PyBaMM keys a metal ‖ metal cell reads (any other must keep its default).
    METAL_METAL_KEYS = ("surface form", "operating mode", "thermal",
                        "calculate discharge energy", "SEI", "SEI film resistance",
                        "working electrode", "cell geometry", "dimensionality",
                        "current collector", "convection", "x-average side reactions")

    def __init__(self, extra_options: dict | None = None, cell: str = "full") -> None:
        if cell not in ("full", "metal-metal"):
            raise BeyondLiOptionError(f"cell = {cell!r} is not allowed; use 'full' or "
                                      "'metal-metal'")
        self.cell = cell
        extra = dict(extra_options or {})
        own = {key: extra.pop(key) for key in list(extra) if key in OWN_OPTIONS}
        both = cell == "metal-metal"
        working = extra.get("working electrode", "positive")
        if working != "positive":
            raise BeyondLiOptionError(
                f"option 'working electrode' = {working!r} is not allowed; in this package's "
                "cells the metal is always the counter electrode ('positive')")
        extra["working electrode"] = "positive"
        for key in PYBAMM_PER_INTERFACE:
            if key in extra and extra[key] != "none":
                extra[key] = _normalise_pair(key, extra[key], both)
        if both:
            self._check_metal_metal(extra)
        try:
            super().__init__(extra)
        except pybamm.OptionError as err:
            raise BeyondLiOptionError(" ".join(str(err).split())) from err
        for key, allowed in OWN_OPTIONS.items():
            value = own.get(key, allowed[0])
            values = value if isinstance(value, tuple) else (value,)
            for v in values:
                if v not in allowed:
                    raise BeyondLiOptionError(
                        f"option '{key}' = {v!r} is not allowed; allowed values: "
                        f"{', '.join(repr(a) for a in allowed)}")
            if key in PER_INTERFACE:
                value = _normalise_pair(key, value, both) if value != allowed[0] else value
            elif isinstance(value, tuple):
                raise BeyondLiOptionError(f"option '{key}' takes one value for the cell, "
                                          f"not a pair; allowed: {allowed}")
            dict.__setitem__(self, key, value)
        self.possible_options = {**self.possible_options,
                                 **{k: list(v) for k, v in OWN_OPTIONS.items()}}
        self._check_exclusive()

    def _check_metal_metal(self, extra: dict) -> None:
        defaults = pybamm.BatteryModelOptions({"working electrode": "positive"})
        for key, value in extra.items():
            if key in self.METAL_METAL_KEYS or value == defaults.get(key):
                continue
            raise BeyondLiOptionError(
                f"option '{key}' does not apply to a metal ‖ metal cell (no porous "
                f"electrode); its options are {', '.join(self.METAL_METAL_KEYS)} and "
                f"{', '.join(OWN_OPTIONS)}")
        thermal = extra.get("thermal", "isothermal")
        if thermal not in ("isothermal", "lumped"):
            raise BeyondLiOptionError(
                f"option 'thermal' = {thermal!r} is not allowed for a metal ‖ metal cell; "
                "allowed: 'isothermal', 'lumped'")

    def _check_exclusive(self) -> None:
        for domain in ("negative", "positive"):
            sei = self.interface(domain, "SEI")
            interphase = self.interface(domain, "interphase")
            if sei != "none" and interphase != "none":
                raise BeyondLiOptionError(
                    f"options 'SEI' = {sei!r} and 'interphase' = {interphase!r} both put a "
                    f"film on the {domain} electrode; choose one of them")

    def interface(self, domain: str, key: str) -> str:
        """The value of a per-interface option at ``domain``'s interface."""
        value = self[key]
        if isinstance(value, tuple):
            return value[0 if domain == "negative" else 1]
        return value

    @cached_property
    def whole_cell_domains(self) -> list[str]:
        if getattr(self, "cell", "full") == "metal-metal":
            return ["separator"]
        return super().whole_cell_domains

    @property
    def electrode_types(self) -> dict[str, str]:
        if getattr(self, "cell", "full") == "metal-metal":
            return {"negative": "planar", "positive": "planar"}
        return super().electrode_types
