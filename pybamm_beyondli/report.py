"""``beyondli demo``: run every protocol and validation case, write a self-contained report."""

from __future__ import annotations

import base64
import html
import time
from dataclasses import dataclass
from pathlib import Path

import pybamm

from pybamm_beyondli.protocol_registry import protocols
from pybamm_beyondli.validation import CASES, CaseResult, run_cases
from pybamm_beyondli.workflows.notices import recorded_warnings
from pybamm_beyondli.workflows.runner import run_and_save


@dataclass
class ProtocolRun:
    name: str
    model: str
    parameters: str
    description: str
    termination: str
    seconds: float
    png: Path | None
    summary_png: Path | None = None
    error: str = ""
    result: str = ""  # the protocol's one-line result (its summary(solution)), if it has one
    data: tuple[Path, ...] = ()  # the CSVs it wrote (time series; per cycle for metal cells)
    warnings: tuple[str, ...] = ()  # what it raised (recorded_warnings), listed in the report


@dataclass
class Report:
    """What :func:`build_report` wrote: ``index.html``, the validation rows and the runs."""

    index: Path
    rows: list[CaseResult]
    runs: list[ProtocolRun]

    @property
    def warnings(self) -> dict[str, tuple[str, ...]]:
        """The warnings raised, by protocol run (``"protocol <name>"``) and validation case."""
        raised = {f"protocol {r.name}": r.warnings for r in self.runs if r.warnings}
        raised.update({f"case {r.case}": r.warnings for r in self.rows if r.warnings})
        return raised


def _img(path: Path | None) -> str:
    """An <img> with the PNG embedded, so index.html stands alone (the PNG is kept beside it)."""
    if path is None or not path.exists():
        return ""
    data = base64.b64encode(path.read_bytes()).decode()
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(path.name)}" width="520">'


def _first_cycle(experiment: pybamm.Experiment) -> pybamm.Experiment:
    return pybamm.Experiment([experiment.cycles[0]])


def run_protocols(out: Path, quick: bool = False) -> list[ProtocolRun]:
    """Each protocol under its standard model and parameter set (first cycle if ``quick``)."""
    runs = []
    for protocol in protocols().values():
        experiment = protocol.experiment()
        if quick:
            experiment = _first_cycle(experiment)
        for parameters in protocol.parameter_sets:
            name = protocol.name if parameters == protocol.parameters else (
                f"{protocol.name}_{parameters}")
            start = time.perf_counter()
            with recorded_warnings() as raised:
                try:
                    result = run_and_save(protocol.model_for(protocol.model, parameters),
                                          parameters, experiment, out, name,
                                          plot=protocol.plot)
                    ended = dict(
                        termination=result.termination, png=result.png,
                        summary_png=result.summary_png,
                        result="" if quick else (result.result(protocol.summary) or ""),
                        data=tuple(p for p in (result.csv, result.cycles_csv) if p))
                except Exception as err:  # noqa: BLE001 - shown in the report, fails the demo
                    ended = dict(termination="error", png=None,
                                 error=f"{type(err).__name__}: {err}")
            runs.append(ProtocolRun(name, protocol.model_label(protocol.model, parameters),
                                    parameters,
                                    protocol.description,
                                    seconds=time.perf_counter() - start,
                                    warnings=tuple(raised), **ended))
    return runs


def _warning_list(raised: tuple[str, ...]) -> str:
    items = "".join(f"<li class='warning'>{html.escape(w)}</li>" for w in raised)
    return f"<ul>{items}</ul>" if items else ""


def build_report(out: Path, quick: bool = False) -> Report:
    """Write ``out/index.html`` (with PNGs beside it); returns its path, the validation rows
    and the protocol runs.

    A protocol that errors is reported as a failed row, so the demo exit code shows it. The
    warnings each run and case raised are recorded, not printed, and listed in a section of
    their own under the run or case that raised them.
    """
    out.mkdir(parents=True, exist_ok=True)
    runs = run_protocols(out / "protocols", quick)
    rows = run_cases(out_dir=out / "validation")
    rows += [CaseResult(f"protocol {r.name}", r.parameters, "-", "runs without error", 0.0,
                        0.0, False, r.error) for r in runs if r.error]
    n_pass = sum(r.passed for r in rows)
    report = Report(out / "index.html", rows, runs)
    raised = report.warnings

    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>pybamm-beyondli report</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;"
        "font-size:13px}.pass{color:#070}.fail{color:#b00;font-weight:bold}"
        "figure{display:inline-block;margin:4px}</style></head><body>",
        "<h1>pybamm-beyondli report</h1>",
        f"<p>PyBaMM {pybamm.__version__}. Validation: <b>{n_pass} of {len(rows)}</b> metrics "
        f"pass ({len(CASES)} cases). {len(runs)} protocol runs"
        f"{' (first cycle only: --quick)' if quick else ''}. "
        f"{len(raised)} runs and cases raised warnings (<a href='#warnings'>listed below</a>)."
        "</p>",
        "<h2>Validation summary</h2><table><tr><th>case</th><th>chemistry</th><th>dataset</th>"
        "<th>metric</th><th>value</th><th>threshold</th><th>result</th></tr>",
    ]
    for r in rows:
        cls = "pass" if r.passed else "fail"
        parts.append(
            f"<tr><td>{html.escape(r.case)}</td><td>{html.escape(r.chemistry)}</td>"
            f"<td>{html.escape(r.dataset)}</td><td>{html.escape(r.metric)}</td>"
            f"<td>{r.value:.4g}</td><td>{r.threshold:.4g}</td>"
            f"<td class='{cls}'>{'pass' if r.passed else 'FAIL'}</td></tr>"
        )
    parts.append("</table><h2>Validation plots</h2>")
    for png in sorted((out / "validation").glob("*.png")):
        parts.append(f"<figure>{_img(png)}<figcaption>{html.escape(png.stem)}</figcaption>"
                     "</figure>")
    parts.append("<h2>Protocols</h2><table><tr><th>protocol</th><th>model</th>"
                 "<th>parameters</th><th>what it does</th><th>ended</th><th>time [s]</th></tr>")
    for r in runs:
        ended = html.escape(r.error or r.termination)
        parts.append(f"<tr><td>{r.name}</td><td>{r.model}</td><td>{r.parameters}</td>"
                     f"<td>{html.escape(r.description)}</td><td>{ended}</td>"
                     f"<td>{r.seconds:.1f}</td></tr>")
    parts.append("</table>")
    for r in runs:
        result = f"<p><b>Result:</b> {html.escape(r.result)}</p>" if r.result else ""
        links = ", ".join(f'<a href="{html.escape(p.relative_to(out).as_posix())}">'
                          f"{html.escape(p.name)}</a>" for p in r.data)
        data = f"<p>Data: {links}</p>" if links else ""
        parts.append(f"<h3>{html.escape(r.name)}</h3><p>{html.escape(r.description)}</p>"
                     f"{result}{data}{_img(r.png)}{_img(r.summary_png)}")
    parts.append("<h2 id='warnings'>Warnings</h2><p>What PyBaMM and this package warned of "
                 "while each protocol run and validation case ran (e.g. a table read beyond "
                 "its measured range, metal plating, a solver error before a run ended "
                 "early).</p>")
    for where, lines in raised.items():
        parts.append(f"<h3>{html.escape(where)}</h3>{_warning_list(lines)}")
    if not raised:
        parts.append("<p>None.</p>")
    parts.append("</body></html>")
    report.index.write_text("\n".join(parts), encoding="utf-8")
    return report
