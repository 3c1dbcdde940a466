"""The validation harness: loaders, metrics, registry — and every registered case."""

import json
import math

import numpy as np
import pandas as pd
import pybamm
import pytest

from pybamm_beyondli.errors import DataNotFoundError, DatasetError, UnknownNameError
from pybamm_beyondli.paths import data_dir
from pybamm_beyondli.validation import (
    ANALYTIC,
    CASES,
    DATASETS,
    Metric,
    compare,
    get_dataset,
    selected_cases,
)
from pybamm_beyondli.validation.cases import ValidationCase
from pybamm_beyondli.workflows.simulation import run_experiment


@pytest.mark.parametrize("name", sorted(CASES))
def test_registered_case_passes(name, tmp_path):
    """Every validation case meets the threshold its issue set (real data, real physics)."""
    rows = CASES[name].run(tmp_path)
    assert rows
    json.dumps([row.as_dict() for row in rows])  # what `beyondli validate --json` prints
    for row in rows:
        assert row.passed, (f"{row.case}: {row.metric} = {row.value:.4g} "
                            f"(threshold {row.threshold:.4g}) {row.detail} "
                            f"warnings: {row.warnings}")
    if CASES[name].dataset != ANALYTIC:
        assert list(tmp_path.glob("*.png")), "no overlay plot written"


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_dataset_loads(name):
    dataset = get_dataset(name)
    for variant in dataset.variants or (None,):
        frame = dataset.load(variant)
        assert len(frame) > 10
        assert np.isfinite(frame.select_dtypes("number").to_numpy()).all()


def test_chayambuka_loader_is_sorted_and_in_ah():
    frame = get_dataset("naion_chayambuka2022").load("0.1C")
    q = frame["Discharge capacity [A.h]"]
    assert q.is_monotonic_increasing
    assert 2.7e-3 < q.max() < 2.8e-3  # 2.77 mAh (SOURCE.md)


def test_rmse_and_end_error_on_known_curves():
    x = np.linspace(0, 1, 101)
    sim = pd.DataFrame({"Discharge capacity [A.h]": x * 1.1, "Voltage [V]": 4 - x})
    data = pd.DataFrame({"Discharge capacity [A.h]": x, "Voltage [V]": 4 - x / 1.1 + 0.01})
    result = compare(sim, data)
    assert result.rmse == pytest.approx(0.01, rel=1e-9)
    assert result.end_error == pytest.approx(0.1)
    assert result.x_range == (0.0, 1.0)


def _fake_data_dir(tmp_path, monkeypatch, content: str):
    folder = tmp_path / "naion_chayambuka2022"
    folder.mkdir()
    (folder / "Chayambuka_V_01C.csv").write_text(content)
    monkeypatch.setenv("BEYONDLI_DATA", str(tmp_path))


def test_malformed_file_raises_dataset_error(tmp_path, monkeypatch):
    _fake_data_dir(tmp_path, monkeypatch, "0.1,4.0\n0.2,abc\n")
    with pytest.raises(DatasetError, match="Chayambuka_V_01C.csv"):
        get_dataset("naion_chayambuka2022").load("0.1C")


def test_wrong_columns_raise_dataset_error(tmp_path, monkeypatch):
    _fake_data_dir(tmp_path, monkeypatch, "0.1,4.0,1\n0.2,3.9,1\n")
    with pytest.raises(DatasetError, match="expected 2 columns"):
        get_dataset("naion_chayambuka2022").load("0.1C")


def test_missing_file_and_folder(tmp_path, monkeypatch):
    _fake_data_dir(tmp_path, monkeypatch, "0.1,4.0\n")
    with pytest.raises(DataNotFoundError, match="Chayambuka_V_06C.csv"):
        get_dataset("naion_chayambuka2022").load("0.6C")
    monkeypatch.setenv("BEYONDLI_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(DataNotFoundError, match="BEYONDLI_DATA"):
        data_dir()
    with pytest.raises(DataNotFoundError, match="shared/data"):
        selected_cases(datasets=["naion_chayambuka2022"])


def test_unknown_names_list_valid_ones():
    with pytest.raises(UnknownNameError, match="valid datasets: .*naion_chayambuka2022"):
        get_dataset("nope")
    with pytest.raises(UnknownNameError, match="valid validation cases"):
        selected_cases(["nope"])
    with pytest.raises(UnknownNameError, match="variant"):
        get_dataset("naion_chayambuka2022").load("5C")


def test_a_crashing_case_is_a_failed_row_not_an_exception():
    def broken(out_dir):
        raise RuntimeError("solver blew up")

    case = ValidationCase("broken", "x", ANALYTIC, "always fails", broken)
    (row,) = case.run()
    assert not row.passed and math.isnan(row.value) and "solver blew up" in row.detail
    assert set(row.as_dict()) == {"case", "chemistry", "dataset", "metric", "value",
                                  "threshold", "passed"}


def test_metric_pass_rule():
    assert Metric("m", 1.0, 1.0).passed
    assert not Metric("m", 1.01, 1.0).passed
    assert not Metric("m", math.nan, 1.0).passed


# -- the metal-anode cases' C-rates: "Nominal cell capacity" is the capacity the cell cycles --


def test_limetal_nominal_capacity_is_what_a_slow_discharge_delivers():
    """The exhaustion and CE-law cases and the Li | NMC protocols set currents as C-rates: the
    nominal capacity must be the cell's. A C/20 discharge of the charged Li | NMC cell to 3.5 V
    delivers it (3.81 of 3.82 mAh; Xu2019's 2.4 mAh made 1C a ~C/1.6 rate)."""
    sol = run_experiment("MetalAnodeSPM", "LiMetal_NMC_Xu2019",
                         ["Discharge at C/20 until 3.5 V"]).solution
    nominal = pybamm.ParameterValues("LiMetal_NMC_Xu2019")["Nominal cell capacity [A.h]"]
    assert sol["Voltage [V]"].entries[-1] == pytest.approx(3.5, abs=1e-3)
    assert sol["Discharge capacity [A.h]"].entries[-1] == pytest.approx(nominal, rel=0.01)
    assert sol["Time [h]"].entries[-1] == pytest.approx(20.0, rel=0.01)


def test_anode_free_first_charge_plates_the_nominal_capacity():
    """A fraction of the nominal capacity is that fraction of the anode-free cell's first
    charge (metal_anode_exhaustion's 40 % discharges; the old 2.4 mAh made "75 %" 47 %)."""
    from pybamm_beyondli.validation import metal_anode

    run = run_experiment("MetalAnodeSPM", "AnodeFree_NMC_Xu2019", [metal_anode.CYCLE[:2]])
    pv = pybamm.ParameterValues("AnodeFree_NMC_Xu2019")
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    plated = run.cycles["Change in negative electrode plating charge [A.h.m-2]"].iloc[0]
    assert plated * area == pytest.approx(pv["Nominal cell capacity [A.h]"], rel=0.01)


def test_nominal_capacity_is_the_cathode_window_of_the_loading():
    """3.82 mAh = F A L_p eps_p c_max (x(3.5 V) - x(4.2 V)) for Xu2019's cathode."""
    from pybamm_beyondli.parameter_sets import LiMetal_NMC_Xu2019

    pv = pybamm.ParameterValues("Xu2019")
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    window = (LiMetal_NMC_Xu2019.cathode_stoichiometry(3.5)
              - pv["Initial concentration in positive electrode [mol.m-3]"] / c_max)
    expected = (pybamm.constants.F.value / 3600
                * pv["Electrode height [m]"] * pv["Electrode width [m]"]
                * pv["Positive electrode thickness [m]"] * c_max
                * pv["Positive electrode active material volume fraction"] * window)
    assert expected == pytest.approx(3.82e-3, rel=1e-3)
    for name in ("LiMetal_NMC_Xu2019", "AnodeFree_NMC_Xu2019"):
        assert pybamm.ParameterValues(name)["Nominal cell capacity [A.h]"] == pytest.approx(
            expected, rel=1e-9)
    assert LiMetal_NMC_Xu2019.cathode_stoichiometry(4.2) == pytest.approx(
        pv["Initial concentration in positive electrode [mol.m-3]"] / c_max, abs=1e-4)
