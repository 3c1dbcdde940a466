"""Warnings recorded per run or case instead of printed (``recorded_warnings``), and where
they surface: a validation row, ``beyondli validate``'s stderr, the demo report."""

import math
import warnings

import pybamm
import pytest

from pybamm_beyondli.cli import main
from pybamm_beyondli.errors import BeyondLiError
from pybamm_beyondli.validation import ANALYTIC, Metric, ValidationCase
from pybamm_beyondli.workflows.notices import recorded_warnings


@pytest.fixture
def pybamm_errors_only():
    level = pybamm.logger.level
    pybamm.set_logging_level("ERROR")
    yield
    pybamm.logger.setLevel(level)


def test_warnings_and_pybamm_log_records_are_recorded_not_printed(capsys, caplog,
                                                                  pybamm_errors_only):
    with recorded_warnings() as raised:
        warnings.warn("extrapolation occurred for\n  ['U_n lower bound']", pybamm.SolverWarning,
                      stacklevel=1)
        pybamm.logger.error("Simulation error: IDA_ERR_FAIL")
        pybamm.logger.warning("below the logger's level")  # not printed, so not recorded
        for _ in range(2):
            warnings.warn("plated at t = 10 s", UserWarning, stacklevel=1)
        # the same text from another line
        warnings.warn("plated at t = 10 s", UserWarning, stacklevel=1)
        assert raised == []  # filled when the block ends
    here = "tests/test_notices.py"
    assert raised[:2] == ["SolverWarning: extrapolation occurred for ['U_n lower bound']",
                          "PyBaMM ERROR: Simulation error: IDA_ERR_FAIL"]
    # a category from outside PyBaMM says where it came from: two lines, two entries
    assert len(raised) == 4 and all(line.startswith("UserWarning: plated at t = 10 s [")
                                    and here in line for line in raised[2:])
    out, err = capsys.readouterr()
    assert "extrapolation" not in out + err and "IDA_ERR_FAIL" not in out + err
    assert not caplog.records  # the log record reached no handler


def test_printing_is_restored_after_the_block_even_after_an_error(caplog, pybamm_errors_only):
    with pytest.raises(RuntimeError), recorded_warnings() as raised:
        warnings.warn("before the error", UserWarning, stacklevel=1)
        raise RuntimeError("run failed")
    assert raised[0].startswith("UserWarning: before the error [")  # kept although it raised
    assert not pybamm.logger.filters
    with pytest.warns(UserWarning, match="after the block"):
        warnings.warn("after the block", UserWarning, stacklevel=1)
    pybamm.logger.error("logged after the block")
    assert [r.getMessage() for r in caplog.records] == ["logged after the block"]


def _warning_case(out_dir):
    warnings.warn("table read beyond its range", pybamm.SolverWarning, stacklevel=1)
    return [Metric("error A", 0.5, 1.0), Metric("error B", 0.2, 1.0)]


def _failing_case(out_dir):
    warnings.warn("salt ran out", UserWarning, stacklevel=1)
    raise RuntimeError("solver blew up")


def test_a_case_records_its_warnings_on_each_row():
    rows = ValidationCase("warns", "x", ANALYTIC, "warns", _warning_case).run()
    assert [r.warnings for r in rows] == [("SolverWarning: table read beyond its range",)] * 2
    (row,) = ValidationCase("fails", "x", ANALYTIC, "fails", _failing_case).run()
    assert math.isnan(row.value) and "solver blew up" in row.detail
    assert len(row.warnings) == 1 and row.warnings[0].startswith("UserWarning: salt ran out [")
    assert "warnings" not in row.as_dict()  # the JSON keys stay as agreed
    with pytest.raises(BeyondLiError, match="'empty' returned no metric"):
        ValidationCase("empty", "x", ANALYTIC, "returns nothing", lambda out: None).run()


def test_validate_prints_each_case_warnings_once(tmp_path, capsys, monkeypatch):
    import pybamm_beyondli.validation.cases as cases

    monkeypatch.setitem(cases.CASES, "warns", ValidationCase("warns", "x", ANALYTIC, "warns",
                                                             _warning_case))
    assert main(["validate", "--case", "warns", "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.count("warns: SolverWarning: table read beyond its range") == 1


def test_the_demo_report_lists_warnings_under_their_case_and_run(tmp_path, capsys,
                                                                monkeypatch):
    import pybamm_beyondli.report as report

    every_protocol = report.protocols

    def one_protocol():
        return {"naion_rate_capability": every_protocol()["naion_rate_capability"]}

    def run_and_warn(*args, **kwargs):
        warnings.warn("extrapolation occurred for ['sigma_e upper bound']",
                      pybamm.SolverWarning, stacklevel=1)
        return run_and_save(*args, **kwargs)

    run_and_save = report.run_and_save
    monkeypatch.setattr(report, "protocols", one_protocol)
    monkeypatch.setattr(report, "run_and_save", run_and_warn)
    monkeypatch.setattr(report, "run_cases", lambda out_dir=None, **kw: ValidationCase(
        "warns", "x", ANALYTIC, "warns", _warning_case).run(out_dir))
    assert main(["demo", "--quick", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr()
    assert "2 protocol runs and validation cases raised warnings" in out.out
    assert "extrapolation" not in out.err and "table read beyond" not in out.err
    page = (tmp_path / "index.html").read_text()
    warnings_part = page[page.index("<h2 id='warnings'>"):]
    assert "<h3>protocol naion_rate_capability</h3>" in warnings_part
    assert "<h3>case warns</h3>" in warnings_part
    assert warnings_part.count("<li class='warning'>") == 2
    assert "2 runs and cases raised warnings" in page
