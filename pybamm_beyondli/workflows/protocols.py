"""Protocol scripts: what a script in ``experiments/`` (installed as
``pybamm_beyondli.experiments``) declares, and running one.

Each script reads like a lab procedure and defines ``MODEL``, ``PARAMETERS`` (its standard
model and parameter set, or a list of the sets it is the standard protocol of, the first the
default), optionally ``MODEL_OPTIONS`` (the model options its standard set is validated
with, applied when the protocol runs its standard model on that set), a docstring whose
first line describes it,
``experiment() -> pybamm.Experiment`` and, optionally, ``plot(run, path, title)`` for its
own figure (written beside the standard voltage/current plot) and ``summary(run) -> str``,
its result in one line (printed after a run); ``run`` is the
:class:`~pybamm_beyondli.workflows.simulation.ExperimentRun` (the solution, why it ended and
the per-cycle table). Run one directly
(``python experiments/<name>.py``, :func:`run_script`) or by name (``beyondli run --protocol
<name>``; the registry of scripts is :mod:`pybamm_beyondli.protocol_registry`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

import pybamm

from pybamm_beyondli.workflows.simulation import get_model


@dataclass(frozen=True)
class Protocol:
    """A protocol script: its name, description, standard model and parameter set(s)."""

    name: str
    description: str
    model: str
    parameter_sets: tuple[str, ...]  # the sets it is the standard protocol of
    factory: Callable[[], pybamm.Experiment]
    module: ModuleType
    plot: Callable | None = None  # plot(run, path, title): the protocol's own figure
    summary: Callable | None = None  # summary(run) -> str: its result in one line
    options: dict = field(default_factory=dict)  # its standard set's model options

    @property
    def parameters(self) -> str:
        """The default parameter set (the first)."""
        return self.parameter_sets[0]

    def _with_options(self, model: str, parameters: str) -> bool:
        return bool(self.options) and model == self.model and parameters == self.parameters

    def model_for(self, model: str, parameters: str) -> str | pybamm.BaseModel:
        """The model to run ``parameters`` in: the protocol's standard model on its standard
        set is built with :attr:`options`; any other choice is the name, default options."""
        return get_model(model, self.options) if self._with_options(model, parameters) else model

    def model_label(self, model: str, parameters: str) -> str:
        """``model`` as :meth:`model_for` runs it: its name, with the options if any."""
        return f"{model} {self.options}" if self._with_options(model, parameters) else model

    def experiment(self) -> pybamm.Experiment:
        return self.factory()


def protocol_from_module(module: ModuleType) -> Protocol:
    """Describe a protocol script module."""
    name = module.__name__.rsplit(".", 1)[-1]
    doc = (module.__doc__ or name).strip().splitlines()[0]
    sets = module.PARAMETERS
    sets = (sets,) if isinstance(sets, str) else tuple(sets)
    return Protocol(name, doc, module.MODEL, sets, module.experiment, module,
                    getattr(module, "plot", None), getattr(module, "summary", None),
                    dict(getattr(module, "MODEL_OPTIONS", {})))


def run_script(module: ModuleType | str, argv: list[str] | None = None) -> None:
    """What ``python experiments/<name>.py [out_dir]`` does: run the protocol under its
    standard model and parameter set and write the CSV and PNG (default ``beyondli-out``)."""
    import sys
    from pathlib import Path

    from pybamm_beyondli.workflows.runner import run_and_save

    if isinstance(module, str):
        module = sys.modules[module]
    protocol = protocol_from_module(module)
    name = Path(module.__file__).stem if module.__name__ == "__main__" else protocol.name
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path("beyondli-out")
    result = run_and_save(protocol.model_for(protocol.model, protocol.parameters),
                          protocol.parameters, protocol.experiment(), out, name,
                          progress=True, plot=protocol.plot)
    where = f"{protocol.model_label(protocol.model, protocol.parameters)} + {protocol.parameters}"
    print("\n".join(result.lines(name, where, protocol.summary)))
