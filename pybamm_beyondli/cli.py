"""The ``beyondli`` command: list, run, validate, demo."""

from __future__ import annotations

import os

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "1")  # before PyBaMM is imported

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from pybamm_beyondli.errors import BeyondLiError, InputError, UnknownNameError  # noqa: E402

EXIT_FAIL, EXIT_USAGE = 1, 2


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*header), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*map(str, r)) for r in rows]
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    from pybamm_beyondli.protocol_registry import protocols
    from pybamm_beyondli.validation import CASES, DATASETS
    from pybamm_beyondli.workflows.catalogue import own_models, own_parameter_sets
    from pybamm_beyondli.workflows.simulation import model_names

    ours = own_models()
    print("Models (this plug-in's; PyBaMM's own are usable by name too):")
    for name, doc in ours.items():
        print(f"  {name:<24} {doc}")
    print("  PyBaMM: " + ", ".join(n for n in model_names() if n not in ours))
    print("\nParameter sets:")
    rows = [[s.name, s.chemistry, ", ".join(s.citations), s.description]
            for s in own_parameter_sets().values()]
    print(_table(rows, ["name", "chemistry", "citation", "description"]))
    print("\nProtocols (experiments/):")
    rows = [[p.name, p.model, ", ".join(p.parameter_sets), p.description]
            for p in protocols().values()]
    print(_table(rows, ["name", "model", "parameters", "description"]))
    print("\nDatasets (measured data):")
    rows = [[d.name, d.chemistry, d.description] for d in DATASETS.values()]
    print(_table(rows, ["name", "chemistry", "what was measured"]))
    print(f"\nValidation cases: {len(CASES)} (beyondli validate)")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from pybamm_beyondli.protocol_registry import get_protocol, protocols
    from pybamm_beyondli.workflows.runner import run_and_save
    from pybamm_beyondli.workflows.simulation import (
        ABSOLUTE_ZERO_CELSIUS,
        get_model,
        get_parameter_values,
        make_experiment,
    )

    if args.protocol in protocols():
        if args.cycles is not None:
            raise BeyondLiError(f"--cycles applies to experiment steps, not to the protocol "
                                f"'{args.protocol}' (its cycles are part of the procedure)")
        protocol = get_protocol(args.protocol)
        experiment, name, plot = protocol.experiment(), protocol.name, protocol.plot
        summary = protocol.summary
        model, parameters = args.model or protocol.model, args.parameters or protocol.parameters
        run_model, label = protocol.model_for(model, parameters), protocol.model_label(
            model, parameters)
    else:
        try:
            experiment = make_experiment(args.protocol,
                                         cycles=1 if args.cycles is None else args.cycles)
        except InputError:  # make_experiment's own message names what is wrong
            raise
        except (ValueError, TypeError) as err:  # neither a protocol name nor experiment steps
            raise BeyondLiError(
                f"{UnknownNameError('protocol', args.protocol, protocols())} - or give "
                "experiment steps such as 'Discharge at 1C until 2.5 V; Rest for 1 hour'"
            ) from err
        name, plot, summary = "run", None, None
        if not (args.model and args.parameters):
            raise BeyondLiError("--model and --parameters are required with experiment strings")
        model, parameters = args.model, args.parameters
        run_model, label = model, model
    # resolve names first, so a typo fails in a second with the list of valid names
    get_model(model)
    get_parameter_values(parameters)
    temperature = (None if args.temperature is None
                   else args.temperature - ABSOLUTE_ZERO_CELSIUS)
    result = run_and_save(run_model, parameters, experiment, args.out,
                          f"{name}_{model}_{parameters}", temperature=temperature,
                          progress=not args.no_progress, plot=plot)
    print("\n".join(result.lines(name, f"{label} + {parameters}", summary)))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from pybamm_beyondli.validation import run_cases

    rows = run_cases(args.case, Path(args.out), args.dataset)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], indent=1))
    else:
        table = [[r.case, r.dataset, r.metric, f"{r.value:.4g}", f"{r.threshold:.4g}",
                  "pass" if r.passed else "FAIL"] for r in rows]
        print(_table(table, ["case", "dataset", "metric", "value", "threshold", "result"]))
        print(f"\n{sum(r.passed for r in rows)} passed, {sum(not r.passed for r in rows)} failed;"
              f" overlay plots in {args.out}")
    for r in rows:
        if r.detail:
            print(f"{r.case}: {r.detail}", file=sys.stderr)
    for case, raised in {r.case: r.warnings for r in rows if r.warnings}.items():
        for line in raised:  # recorded while the case ran (each of its rows holds them)
            print(f"{case}: {line}", file=sys.stderr)
    return 0 if rows and all(r.passed for r in rows) else EXIT_FAIL


def cmd_demo(args: argparse.Namespace) -> int:
    from pybamm_beyondli.report import build_report

    report = build_report(Path(args.out), quick=args.quick)
    print(f"report written: {report.index}")
    if report.warnings:
        print(f"{len(report.warnings)} protocol runs and validation cases raised warnings; the "
              "report lists them under 'Warnings'")
    return 0 if all(r.passed for r in report.rows) else EXIT_FAIL


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="beyondli", description="PyBaMM beyond Li-ion: run, validate and report."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="models, parameter sets, protocols and datasets")

    run = sub.add_parser("run", help="run a pybamm.Experiment; writes CSV and PNG")
    run.add_argument("--model", help="model name (default: the protocol's)")
    run.add_argument("--parameters", help="parameter set name (default: the protocol's)")
    run.add_argument("--protocol", required=True,
                     help="protocol name, or experiment steps separated by ';' (one cycle)")
    run.add_argument("--cycles", type=int,
                     help="with experiment steps: run their cycle this many times (default 1)")
    run.add_argument("--temperature", type=float, help="ambient temperature [degC]")
    run.add_argument("--out", default="beyondli-out", help="output folder")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")

    val = sub.add_parser("validate", help="run every validation case against its data")
    val.add_argument("--json", action="store_true", help="print a JSON list of results")
    val.add_argument("--out", default="beyondli-validation", help="folder for overlay plots")
    val.add_argument("--case", action="append", help="run only this case (repeatable)")
    val.add_argument("--dataset", action="append",
                     help="run only the cases of this dataset (repeatable; 'analytic' for "
                          "physics checks)")

    demo = sub.add_parser("demo", help="run everything and write an HTML report")
    demo.add_argument("--out", default="beyondli-report", help="report folder")
    demo.add_argument("--quick", action="store_true",
                      help="shorter protocols (for smoke tests); validation still runs in full")
    return parser


COMMANDS = {"list": cmd_list, "run": cmd_run, "validate": cmd_validate, "demo": cmd_demo}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import pybamm

    # PyBaMM logs an infeasible step (and other solver trouble) as a WARNING before our own
    # one-line error says the same: the CLI reports only the run's result or that error line
    level = pybamm.logger.level
    pybamm.set_logging_level("ERROR")
    try:
        return COMMANDS[args.command](args)
    except BeyondLiError as err:  # bad names, bad values, missing data: one line, exit 2
        print(f"beyondli: error: {err}", file=sys.stderr)  # (a run PyBaMM could not solve: 1)
        return getattr(err, "exit_code", EXIT_USAGE)
    finally:
        pybamm.logger.setLevel(level)  # for callers of main() in the same process


if __name__ == "__main__":
    sys.exit(main())
