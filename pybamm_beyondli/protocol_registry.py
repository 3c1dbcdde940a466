"""The registry of protocol scripts: every script shipped in ``pybamm_beyondli.experiments``,
by name (a layer above the scripts, which it imports; see
:mod:`pybamm_beyondli.workflows.protocols` for what a script declares)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from pybamm_beyondli.errors import UnknownNameError
from pybamm_beyondli.workflows.protocols import Protocol, protocol_from_module


@cache
def protocols() -> dict[str, Protocol]:
    """Every protocol script shipped in ``pybamm_beyondli.experiments``, by name."""
    import pybamm_beyondli.experiments as package

    found = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, "experiment"):
            found[info.name] = protocol_from_module(module)
    return dict(sorted(found.items()))


def get_protocol(name: str) -> Protocol:
    """The protocol called ``name``; an :class:`UnknownNameError` lists the valid names."""
    if name not in protocols():
        raise UnknownNameError("protocol", name, protocols())
    return protocols()[name]
