"""What this plug-in registers: its models and parameter sets (read back from PyBaMM's
entry-point groups, so the list is always what ``pip install`` registered)."""

from __future__ import annotations

import importlib
import importlib.metadata
import re
from dataclasses import dataclass

import pybamm

PACKAGE = "pybamm_beyondli"


def _own_entry_points(group: str) -> dict[str, importlib.metadata.EntryPoint]:
    return {
        ep.name: ep
        for ep in importlib.metadata.entry_points(group=group)
        if ep.value.startswith(PACKAGE)
    }


@dataclass(frozen=True)
class ParameterSetInfo:
    name: str
    chemistry: str
    citations: tuple[str, ...]
    description: str


def citation_key(citation: str) -> str:
    """The key of a citation given as a key or as a BibTeX entry."""
    match = re.match(r"\s*@\w+\s*\{\s*([^,\s]+)", citation)
    return match.group(1) if match else citation


def own_parameter_sets() -> dict[str, ParameterSetInfo]:
    """This plug-in's parameter sets, with chemistry and citation keys."""
    sets = {}
    for name, ep in sorted(_own_entry_points("pybamm_parameter_sets").items()):
        function = ep.load()
        values = function()
        doc = (importlib.import_module(function.__module__).__doc__ or "").strip()
        sets[name] = ParameterSetInfo(
            name,
            str(values.get("chemistry", "?")),
            tuple(citation_key(c) for c in values.get("citations", [])),
            doc.splitlines()[0] if doc else "",
        )
    return sets


def own_models() -> dict[str, str]:
    """This plug-in's models: name -> first docstring line."""
    models = {}
    for name, ep in sorted(_own_entry_points("pybamm_models").items()):
        doc = (ep.load().__doc__ or "").strip()
        models[name] = doc.splitlines()[0] if doc else ""
    return models


def parameter_sets_for_model(model: pybamm.BaseModel) -> list[str]:
    """This package's parameter sets that define every parameter ``model`` reads."""
    try:
        needed = set(model.get_parameter_info())
    except Exception:  # noqa: BLE001 - a hint only: no sets named
        return []
    return sorted(name for name in own_parameter_sets()
                  if needed <= set(pybamm.ParameterValues(name).keys()))
