"""Metal plating on an intercalation negative electrode is never silent: a charge that takes
the hard carbon below 0 V vs Na warns (PlatingWarning) with the time and the step; a
standard charge does not."""

import warnings

import numpy as np
import pytest

from pybamm_beyondli.results.plating import POTENTIAL, PlatingWarning, plating_onset
from pybamm_beyondli.workflows.simulation import run_experiment

SET = "NaIon_Chayambuka2022"
#: A set whose hard carbon goes below 0 V vs Na in a 3C charge (the Chayambuka cell's NVPF
#: reaches the 4.2 V cut-off first: its hard carbon stays >= 14 mV vs Na even at 3C)
FAST_CHARGE_SET = "NaIon_LayeredOxide_HardCarbon"


def _run(steps, parameter_set: str = SET):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run = run_experiment("SPM", parameter_set, steps)
    return run, [w for w in caught if issubclass(w.category, PlatingWarning)]


def test_fast_charge_that_plates_is_named_with_its_time():
    steps = ["Discharge at C/10 until 1.5 V", "Charge at 3C until 4.1 V"]
    run, caught = _run(steps, FAST_CHARGE_SET)
    assert len(caught) == 1
    onset = plating_onset(run.solution, experiment=run.experiment)
    potential = np.asarray(run.solution[POTENTIAL].entries).min(axis=0)
    first = np.flatnonzero(potential < 0)[0]
    assert onset.time == pytest.approx(run.solution.t[first])
    assert onset.minimum_potential == pytest.approx(potential.min())
    assert onset.step == "Charge at 3C until 4.1 V"
    message = str(caught[0].message)
    assert f"t = {onset.time:.0f} s" in message and "Charge at 3C" in message


def test_standard_charge_does_not_warn():
    steps = ["Discharge at C/10 until 2.0 V", "Charge at C/10 until 4.2 V",
             "Hold at 4.2 V until C/50"]
    run, caught = _run(steps)
    assert caught == []
    assert plating_onset(run.solution) is None
    assert np.asarray(run.solution[POTENTIAL].entries).min() > 0


def test_metal_cell_is_not_checked():
    """A metal negative electrode plates by design: no warning, whatever its potential."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_experiment("MetalAnodeSPM", "KMetal_KVPO4F",
                       ["Discharge at 1C until 3.0 V", "Charge at 1C until 4.6 V"])
    assert not [w for w in caught if issubclass(w.category, PlatingWarning)]
