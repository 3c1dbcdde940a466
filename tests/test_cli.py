"""The ``beyondli`` command: list, run, validate, demo, and its errors."""

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pybamm_beyondli.cli import main
from pybamm_beyondli.validation import CaseResult

SHORT = "Discharge at 1C for 10 minutes; Rest for 5 minutes"
NAION_CASE = "naion_hakadi18650_dfn_1C"


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "beyondli"  # beside this environment's python
    assert exe.exists(), "the beyondli console script is not installed"
    out = subprocess.run([str(exe), "list"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "NaIon_Chayambuka2022" in out.stdout


def test_list_shows_everything(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    for expected in ["NaIon_Chayambuka2022", "sodium_ion", "Chayambuka2022", "DFN",
                     "naion_rate_capability", "naion_chayambuka2022", "lis_oxis_propp2016"]:
        assert expected in out


def test_run_experiment_strings_writes_csv_and_png(tmp_path, capsys):
    code = main(["run", "--model", "SPMe", "--parameters", "NaIon_Chayambuka2022",
                 "--protocol", SHORT, "--temperature", "30", "--out", str(tmp_path)])
    assert code == 0
    (csv,) = tmp_path.glob("*.csv")
    assert list(tmp_path.glob("*.png"))
    frame = pd.read_csv(csv)
    for column in ["Time [s]", "Current [A]", "Voltage [V]", "Discharge capacity [A.h]"]:
        assert column in frame
    assert frame["Time [s]"].iloc[-1] == pytest.approx(900, rel=1e-6)
    assert frame["Volume-averaged cell temperature [K]"].iloc[0] == pytest.approx(303.15)


def test_run_named_protocol_with_other_model(tmp_path):
    code = main(["run", "--protocol", "naion_rate_capability", "--model", "SPM",
                 "--out", str(tmp_path), "--no-progress"])
    assert code == 0
    frame = pd.read_csv(next(tmp_path.glob("*.csv")))
    assert frame["Cycle number"].max() == 3
    assert frame["Voltage [V]"].min() == pytest.approx(2.0, abs=1e-3)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "--model", "DFX", "--parameters", "NaIon_Chayambuka2022", "--protocol", SHORT],
         "unknown model 'DFX'; valid models: DFN"),
        (["run", "--model", "DFN", "--parameters", "Nope", "--protocol", SHORT],
         "unknown parameter set 'Nope'; valid parameter sets: "),
        (["run", "--protocol", "nope"], "unknown protocol 'nope'; valid protocols: "),
        (["run", "--model", "DFN", "--parameters", "NaIon_Chayambuka2022", "--protocol",
          SHORT, "--temperature", "-300"], "temperature"),
        (["validate", "--dataset", "nope"], "unknown dataset 'nope'; valid datasets: "),
        (["validate", "--case", "nope"], "unknown validation case 'nope'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, message, error_line):
    assert main(argv) == 2
    assert message in error_line()


def test_missing_data_folder_says_where_it_looked(tmp_path, monkeypatch, error_line):
    monkeypatch.setenv("BEYONDLI_DATA", str(tmp_path / "missing"))
    assert main(["validate", "--dataset", "naion_chayambuka2022"]) == 2
    err = error_line()
    assert "../shared/data" in err and "BEYONDLI_DATA" in err


def test_validate_json_has_exactly_the_agreed_keys(tmp_path, capsys):
    assert main(["validate", "--json", "--case", NAION_CASE, "--out", str(tmp_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["metric"] for r in rows} == {"voltage RMSE [mV]", "|capacity error| [%]"}
    for row in rows:
        assert set(row) == {"case", "chemistry", "dataset", "metric", "value", "threshold",
                            "passed"}
        assert row["passed"] is True
    assert (tmp_path / f"{NAION_CASE}.png").exists()


def test_validate_table_exit_code_reflects_failures(tmp_path, capsys, monkeypatch):
    import pybamm_beyondli.validation.cases as cases

    monkeypatch.setitem(cases.CASES, "always_fails", cases.ValidationCase(
        "always_fails", "x", cases.ANALYTIC, "fails",
        lambda out: [cases.Metric("error", 2.0, 1.0)]))
    assert main(["validate", "--case", "always_fails", "--out", str(tmp_path)]) == 1
    assert "FAIL" in capsys.readouterr().out


def test_demo_writes_a_report(tmp_path, monkeypatch, capsys):
    """The report's validation part with two stub rows (one pass, one fail, one plot): the
    cases themselves run in tests/test_validation_harness.py. The protocols run for real,
    first cycle only (``--quick``)."""
    import pybamm_beyondli.report as report

    def stub_cases(names=None, out_dir=None, datasets=None):
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        (Path(out_dir) / "stub_case.png").write_bytes(b"\x89PNG stub plot")
        return [CaseResult("stub_pass", "Li", "analytic", "error A", 0.5, 1.0, True),
                CaseResult("stub_fail", "Li", "analytic", "error B", 2.0, 1.0, False)]

    monkeypatch.setattr(report, "run_cases", stub_cases)
    assert main(["demo", "--quick", "--out", str(tmp_path)]) == 1  # the failing stub row
    assert "report written" in capsys.readouterr().out
    html = (tmp_path / "index.html").read_text()
    assert "<b>1 of 2</b> metrics pass" in html
    assert html.count("class='pass'") == 1 and html.count("class='fail'") == 1
    for expected in ("stub_pass", "stub_fail", "error B", "stub_case", "naion_rate_capability",
                     "(first cycle only: --quick)"):
        assert expected in html
    protocol_pngs = list((tmp_path / "protocols").glob("*.png"))
    assert protocol_pngs
    # each protocol's data are linked, relative to index.html
    csvs = list((tmp_path / "protocols").glob("*.csv"))
    assert len(csvs) == len(protocol_pngs) - html.count("_summary.png")
    for csv in csvs:
        assert f'<a href="protocols/{csv.name}">{csv.name}</a>' in html
    # every PNG (the stub plot and each protocol's) is embedded, so index.html stands alone
    assert html.count("data:image/png;base64") == 1 + len(protocol_pngs)
