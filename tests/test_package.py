"""Installation: entry points, the metal table and the parameter-set contract."""

import importlib.metadata
import subprocess
import sys

import pybamm
import pytest

from pybamm_beyondli.errors import UnknownNameError
from pybamm_beyondli.parameters.metals import METALS, get_metal
from pybamm_beyondli.workflows.catalogue import own_parameter_sets

OWN_SETS = sorted(
    ep.name for ep in importlib.metadata.entry_points(group="pybamm_parameter_sets")
    if ep.value.startswith("pybamm_beyondli")
)


def test_parameter_sets_are_registered():
    assert "NaIon_Chayambuka2022" in OWN_SETS
    for name in OWN_SETS:
        assert name in pybamm.parameter_sets


def test_parameter_set_loads_without_importing_the_plugin():
    """After installation PyBaMM finds our sets by name alone."""
    code = (
        "import os; os.environ['PYBAMM_DISABLE_TELEMETRY']='1'\n"
        "import pybamm\n"
        "pv = pybamm.ParameterValues('NaIon_Chayambuka2022')\n"
        "print(pv['Negative electrode thickness [m]'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert float(out.stdout.strip()) > 0


@pytest.mark.parametrize("name", OWN_SETS)
def test_every_set_has_chemistry_and_citation(name, tmp_path):
    values = pybamm.parameter_sets[name]
    assert values.get("chemistry"), f"{name} has no chemistry"
    assert values.get("citations"), f"{name} has no citations"
    info = own_parameter_sets()[name]
    assert info.citations and info.description
    pybamm.citations._reset()
    pybamm.ParameterValues(name)
    registered = pybamm.citations._papers_to_cite | pybamm.citations._unknown_citations
    assert len(registered) > 2, "the set registers no citation of its own"
    # every entry formats (pybtex refused an @article without author before)
    pybamm.print_citations(str(tmp_path / "citations.txt"))
    assert (tmp_path / "citations.txt").read_text().count("[") >= len(registered)


def test_own_models_are_registered_with_pybamm():
    own = [ep for ep in importlib.metadata.entry_points(group="pybamm_models")
           if ep.value.startswith("pybamm_beyondli")]
    for ep in own:
        model = pybamm.Model(ep.name)
        assert isinstance(model, pybamm.BaseModel)


def test_metal_table_reproduces_review_capacities():
    """zF/M and zFρ/M against the review digest (§1.1) within 0.5 %."""
    reviews = {"Li": (3860, 2060), "Na": (1166, None), "K": (685, None), "Mg": (None, 3833),
               "Zn": (820, 5855), "Ca": (1337, 2073), "Al": (2980, 8046)}
    for symbol, (grav, vol) in reviews.items():
        metal = get_metal(symbol)
        if grav:
            assert metal.specific_capacity == pytest.approx(grav, rel=5e-3)
        if vol:
            assert metal.volumetric_capacity == pytest.approx(vol, rel=5e-3)
    assert {m.z for m in METALS.values()} == {1, 2, 3}


def test_metal_bad_input():
    with pytest.raises(UnknownNameError, match="valid metals: Al, Ca, K, Li, Mg, Na, Zn"):
        get_metal("Fe")


def test_every_set_has_a_standard_protocol():
    """`beyondli demo` runs every registered chemistry under its standard protocol."""
    from pybamm_beyondli.protocol_registry import protocols

    covered = {s for p in protocols().values() for s in p.parameter_sets}
    assert set(OWN_SETS) <= covered, f"sets without a protocol: {set(OWN_SETS) - covered}"
    for protocol in protocols().values():
        assert protocol.model in pybamm.dispatch.models
        assert isinstance(protocol.experiment(), pybamm.Experiment)


def test_every_subpackage_is_installed():
    """A non-editable install (the README's demo command) ships exactly the packages listed
    in pyproject.toml: every folder with an __init__.py must be there."""
    from pathlib import Path

    tomllib = pytest.importorskip("tomllib" if sys.version_info >= (3, 11) else "tomli")
    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(path.parent.relative_to(root).parts)
             for path in (root / "pybamm_beyondli").rglob("__init__.py")}
    assert found <= listed, sorted(found - listed)
