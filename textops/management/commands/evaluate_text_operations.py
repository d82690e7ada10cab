"""python manage.py evaluate_text_operations: the text operations' part of `make eval`.

Runs the grounded (extractive) methods, the embedded default, on ``textops/eval_data/texts.json``
and reports each half: QA accuracy (answerable questions with the right facts, unanswerable ones
declined), grounding violations in summaries and key points, summary coverage of the key facts,
well-formed questions or explicit declines, and the median time per operation. No database and
no model: the methods need neither. Misses are listed for the tuning half only; `--tuning-only`
leaves the test half unread (what a rule change is tried on).
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from recommendations.pairing.styles import Half
from textops.evaluation import (
    CheckReport,
    Report,
    evaluate_checks,
    evaluate_texts,
    half_of_text,
    load_model_outputs,
    load_texts,
    load_tuning_extra,
    load_tuning_extra_texts,
)
from textops.types import OPERATIONS


class Command(BaseCommand):
    help = "Offline evaluation of the grounded text operations (tuning and test halves)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--misses", type=int, default=25, help="tuning-half misses to list (default 25)")
        parser.add_argument(
            "--tuning-only",
            action="store_true",
            help="run the tuning half alone: what a rule change is tried on, the test half left unread",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        texts = load_texts()
        halves: tuple[Half, ...] = ("tune",) if options["tuning_only"] else ("tune", "test")
        report = evaluate_texts(
            [entry for entry in texts if half_of_text(entry) in halves], load_tuning_extra(), load_tuning_extra_texts()
        )
        self._print(report, options["misses"], halves)
        by_id = {entry["id"]: entry["text"] for entry in texts}
        for half, label in (("tune", "tuning half"), ("test", "TEST HALF")):
            if half not in halves:
                continue
            outputs = load_model_outputs(half)  # type: ignore[arg-type]
            if outputs:
                self._print_checks(
                    label, evaluate_checks(outputs, by_id, keep_misses=half == "tune"), options["misses"]
                )

    def _print_checks(self, label: str, checks: CheckReport, misses: int) -> None:
        write = self.stdout.write
        write(f"the check on a model's words, {label} (written outputs, textops/eval_data/model_outputs_*.json):")
        write(f"  faithful accepted {checks.total(True)}, unfaithful rejected {checks.total(False)}")
        for operation in sorted(set(checks.faithful_accepted) | set(checks.unfaithful_rejected)):
            write(
                f"    {operation}: faithful accepted {checks.faithful_accepted.get(operation, '-')}, "
                f"unfaithful rejected {checks.unfaithful_rejected.get(operation, '-')}"
            )
        for line in checks.misses[:misses]:
            write(f"  miss (tuning half): {line}")

    def _print(self, report: Report, misses: int, halves: tuple[Half, ...]) -> None:
        write = self.stdout.write
        write(
            f"text operations (extractive, embedded default): {report.texts['tune']} tuning texts, "
            f"{report.texts['test']} test texts"
        )
        for half, label in (("tune", "tuning half"), ("test", "TEST HALF")):
            if half not in halves:
                continue
            part = report.halves[half]  # type: ignore[index]
            write(f"  {label}:")
            write(
                f"    qa right: {part.qa}  (answerable with the facts {part.qa_answerable}, "
                f"unanswerable declined {part.qa_unanswerable})"
            )
            if half == "tune":
                write(
                    f"    extra tuning questions: answerable right {part.extra_answerable}, "
                    f"unanswerable declined {part.extra_unanswerable}"
                )
            write(
                f"    grounding violations: {part.grounding_violations} of {part.grounded_results} "
                "summaries and key points"
            )
            write(f"    summary coverage of key facts: {part.coverage}")
            write(
                f"    questions well formed or explicitly declined: {part.questions_ok} "
                f"({part.questions_declined} declined)"
            )
            write("    p50 ms: " + ", ".join(f"{operation} {part.p50(operation):.1f}" for operation in OPERATIONS))
        for line in report.misses[:misses]:
            write(f"  miss (tuning half): {line}")
