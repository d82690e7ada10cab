"""Run the fault suite: ``python -m faults [names...]`` (``make faults`` runs them all).

    python -m faults                 # every experiment, about five minutes
    python -m faults celery redis    # just these (they always run in the suite's order)
    python -m faults --list
    python -m faults --keep sigterm  # keep the temporary directory and its logs

Prints each experiment's figures and targets; exits 1 if any target was missed, 2 if the
system could not be started.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import time
from types import FrameType

from faults.experiments import EXPERIMENTS, NotHealthy, Report, ensure_healthy
from faults.topology import TopologyError, build, say

EXIT_MISSED = 1
EXIT_SETUP = 2


def parse(argv: list[str]) -> argparse.Namespace:
    names = [spec.name for spec in EXPERIMENTS]
    parser = argparse.ArgumentParser(prog="python -m faults", description=__doc__.split("\n")[0])
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"experiments to run (default: all): {', '.join(names)}"
    )
    parser.add_argument("--list", action="store_true", help="list the experiments and exit")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs) at the end")
    options = parser.parse_args(argv)
    unknown = sorted(set(options.names) - set(names))
    if unknown:
        parser.error(f"unknown experiment(s) {', '.join(unknown)}; choose from {', '.join(names)}")
    return options


def exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    # Unwinds the ExitStack, so every server and process we started is stopped.
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    try:
        return run(argv)
    except KeyboardInterrupt:
        # The ExitStack has already stopped every server and process by now.
        print("faults: interrupted; everything started was stopped", file=sys.stderr)
        return 128 + signal.SIGINT


def run(argv: list[str]) -> int:
    options = parse(argv)
    if options.list:
        for spec in EXPERIMENTS:
            print(f"{spec.name:<10} {spec.title}")
        return 0
    chosen = [spec for spec in EXPERIMENTS if not options.names or spec.name in options.names]
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, exit_on_signal)
    summary: list[tuple[str, str, float]] = []
    began = time.monotonic()
    with contextlib.ExitStack() as stack:
        try:
            topology = build(stack, keep=options.keep)
        except (TopologyError, OSError) as error:
            print(f"faults: the system could not be started: {error}", file=sys.stderr)
            return EXIT_SETUP
        setup_seconds = time.monotonic() - began
        print(f"\nfault suite: production settings, {topology.base_url}, set up in {setup_seconds:.0f} s\n", flush=True)
        for spec in chosen:
            report = Report()
            started = time.monotonic()
            say(f"{spec.name}: starting")
            try:
                ensure_healthy(topology)
                spec.run(topology, report)
                verdict = "PASS" if report.passed else "FAIL"
            except NotHealthy as error:
                report.figure(f"not run: the system was not healthy before it: {error}")
                verdict = "FAIL"
            except Exception as error:  # noqa: BLE001 - one broken experiment must not stop the others
                report.figure(f"the experiment itself failed: {type(error).__name__}: {error}")
                verdict = "FAIL"
            seconds = time.monotonic() - started
            summary.append((spec.name, verdict, seconds))
            print(f"[{spec.name}] {spec.title}: {verdict} ({seconds:.0f} s)")
            for line in report.lines:
                print(f"    {line}")
            print(flush=True)
        say("tearing down")
    total = time.monotonic() - began
    print("summary: " + ", ".join(f"{name} {verdict} ({seconds:.0f} s)" for name, verdict, seconds in summary))
    failed = [name for name, verdict, _ in summary if verdict != "PASS"]
    print(
        f"{len(summary) - len(failed)} passed, {len(failed)} failed; {total:.0f} s in all (setup {setup_seconds:.0f} s)"
    )
    return EXIT_MISSED if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
