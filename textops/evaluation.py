"""The text operations' offline evaluation on ``eval_data/texts.json``, by half.

Each text is in the tuning or the test half for good (``half_of`` on its id, the pairing
evaluation's split). For every text, with the grounded (extractive) methods:

- qa: an answerable question is right when the answer contains every expected fact (any of
  its "|" alternatives, compared without case or accents); an unanswerable one is right when
  the answer says the text does not say;
- grounding: every span shown must be ``text[start:end]``, and every name, number and date of a
  summary or key point must be in the text (``textops.grounding``); a violation is any miss;
- coverage: the share of a text's ``summary_facts`` its summary keeps;
- questions: each result is either an explicit decline with a reason, or questions that are
  well formed (a question word first, a "?" last, under 30 words) with a valid source span.

Misses are collected for the tuning half only.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recommendations.pairing.styles import Half, half_of
from recommendations.pairing.text import fold_text
from textops import answers
from textops.grounding import grounding_of
from textops.sentences import Span
from textops.service import DEFAULT_COUNT, DEFAULT_WORDS, ModelRejected, TextTask, checked_body, grounded_body
from textops.types import Answer, KeyPoints, Operation, Questions, Summary

EVAL_DATA = Path(__file__).resolve().parent / "eval_data" / "texts.json"
# More questions on the tuning half's texts, written after the split to tune "not in the text"
# (83 unanswerable, 52 answerable; 40 and 178 more written for issue 13); reported for the tuning half
# only, never mixed into the test half. Entries with a "text" of their own are texts written for the
# tuning half alone (29, with 257 questions, for issue 13's fourth to sixth batches), each id hashing into it.
# Issue 13's seventh batch: 81 questions in English on the tuning half's texts in other languages;
# its eighth: 42 in a guest's own words on its English texts; its ninth (fourth session): 54 in plain
# paraphrased words on 23 of its texts, held out until that session's QA changes were measured.
TUNING_EXTRA = Path(__file__).resolve().parent / "eval_data" / "tuning_extra.json"
_QUESTION_START = re.compile(
    r"^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|may|has|have)\b",
    re.IGNORECASE,
)


def load_texts(path: Path = EVAL_DATA) -> list[dict[str, Any]]:
    texts: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["texts"]
    return texts


def load_tuning_extra(path: Path = TUNING_EXTRA) -> dict[str, list[dict[str, Any]]]:
    """Extra questions by text id (tuning-half texts only)."""
    entries = json.loads(path.read_text(encoding="utf-8"))["texts"]
    return {entry["id"]: entry["questions"] for entry in entries}


def load_tuning_extra_texts(path: Path = TUNING_EXTRA) -> list[dict[str, Any]]:
    """Texts written for the tuning half alone (with their own "text"), each checked to hash
    into it: one drawn into the test half would be a test item tuned on."""
    entries = [entry for entry in json.loads(path.read_text(encoding="utf-8"))["texts"] if "text" in entry]
    for entry in entries:
        if half_of_text(entry) != "tune":
            raise ValueError(f"tuning extra text {entry['id']!r} falls in the test half: give it another id")
    return entries


def half_of_text(entry: dict[str, Any]) -> Half:
    return half_of(entry["id"])


def contains_fact(answer: str, fact: str) -> bool:
    folded = fold_text(answer)
    return any(fold_text(alternative.strip()) in folded for alternative in fact.split("|"))


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __str__(self) -> str:
        share = 100 * self.right / self.total if self.total else 0.0
        return f"{share:.1f}% ({self.right}/{self.total})"


@dataclass
class HalfReport:
    qa_answerable: Tally = field(default_factory=Tally)
    qa_unanswerable: Tally = field(default_factory=Tally)
    extra_answerable: Tally = field(default_factory=Tally)  # tuning half only (TUNING_EXTRA)
    extra_unanswerable: Tally = field(default_factory=Tally)
    grounding_violations: int = 0
    grounded_results: int = 0
    coverage: Tally = field(default_factory=Tally)
    questions_ok: Tally = field(default_factory=Tally)
    questions_declined: int = 0
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)

    @property
    def qa(self) -> Tally:
        return Tally(
            self.qa_answerable.right + self.qa_unanswerable.right,
            self.qa_answerable.total + self.qa_unanswerable.total,
        )

    def p50(self, operation: str) -> float:
        times = self.latencies_ms.get(operation, [])
        return statistics.median(times) if times else 0.0


@dataclass
class Report:
    halves: dict[Half, HalfReport] = field(default_factory=lambda: {"tune": HalfReport(), "test": HalfReport()})
    texts: dict[Half, int] = field(default_factory=lambda: {"tune": 0, "test": 0})
    misses: list[str] = field(default_factory=list)  # tuning half only


def _span_ok(text: str, span: Span | None) -> bool:
    return span is not None and 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.text


def _timed(report: HalfReport, task: TextTask) -> Any:
    started = time.perf_counter()
    body = grounded_body(task)
    report.latencies_ms.setdefault(task.operation, []).append((time.perf_counter() - started) * 1000)
    return body


def _qa_right(text: str, item: dict[str, Any], result: Answer) -> bool:
    if not item["answerable"]:
        return not result.found
    return (
        result.found
        and all(contains_fact(result.answer, fact) for fact in item["answer_facts"])
        and _span_ok(text, result.source)
    )


def evaluate_texts(
    texts: list[dict[str, Any]],
    extra: dict[str, list[dict[str, Any]]] | None = None,
    extra_texts: list[dict[str, Any]] | None = None,
) -> Report:
    """Every text's operations by half; ``extra`` questions (by text id) and ``extra_texts`` (texts
    of the tuning half alone, their questions only) count for the tuning half's QA only."""
    report = Report()
    extra = extra or {}
    for entry in texts:
        half = half_of_text(entry)
        report.texts[half] += 1
        part = report.halves[half]
        text = entry["text"]

        def task(operation: Operation, text: str = text, **fields: Any) -> TextTask:
            return TextTask(operation=operation, text=text, method="extractive", **fields)

        def miss(line: str, half: Half = half, name: str = entry["id"]) -> None:
            if half == "tune":
                report.misses.append(f"[{name}] {line}")

        for item in entry["questions"]:
            result: Answer = _timed(part, task("qa", question=item["question"]))
            ok = _qa_right(text, item, result)
            (part.qa_answerable if item["answerable"] else part.qa_unanswerable).add(ok)
            if not ok:
                miss(
                    f"qa {item['question']!r} want {item['answer_facts'] or 'not in text'}; "
                    f"got {result.answer[:120]!r} (score {result.score})"
                )
        if half == "tune":
            _extra_questions(report, entry["id"], text, extra.get(entry["id"], []))

        summary: Summary = _timed(part, task("summarize", max_words=DEFAULT_WORDS))
        points: KeyPoints = _timed(part, task("key_points", count=DEFAULT_COUNT))
        for shown, spans in (
            (summary.summary, summary.sources),
            *((point.text, (point.source,)) for point in points.points),
        ):
            part.grounded_results += 1
            grounded = grounding_of(shown, text).ok and all(_span_ok(text, span) for span in spans)
            if not grounded:
                part.grounding_violations += 1
                miss(f"grounding: {shown[:120]!r}")
        for fact in entry["summary_facts"]:
            kept = contains_fact(summary.summary, fact)
            part.coverage.add(kept)
            if not kept:
                miss(f"summary lacks {fact!r}: {summary.summary[:160]!r}")

        asked: Questions = _timed(part, task("questions", count=DEFAULT_COUNT))
        if asked.declined:
            part.questions_declined += 1
            part.questions_ok.add(bool(asked.reason))
        else:
            for question in asked.questions:
                well_formed = (
                    bool(_QUESTION_START.match(question.text))
                    and question.text.endswith("?")
                    and len(question.text.split()) < 30
                    and _span_ok(text, question.source)
                )
                part.questions_ok.add(well_formed)
                if not well_formed:
                    miss(f"question {question.text!r}")
        _timed(part, task("sentiment"))
    for entry in extra_texts or ():
        _extra_questions(report, entry["id"], entry["text"], entry["questions"])
    return report


def _extra_questions(report: Report, name: str, text: str, items: list[dict[str, Any]]) -> None:
    """The tuning half's extra questions on one text: QA only, misses listed."""
    part = report.halves["tune"]
    for item in items:
        result = answers.answer(text, item["question"])
        ok = _qa_right(text, item, result)
        (part.extra_answerable if item["answerable"] else part.extra_unanswerable).add(ok)
        if not ok:
            report.misses.append(
                f"[{name}] extra qa {item['question']!r} want {item['answer_facts'] or 'not in text'}; got "
                f"{result.answer[:100]!r} (score {result.score})"
            )


# --- The check on a model's words ------------------------------------------------------------

MODEL_OUTPUTS = {
    "tune": Path(__file__).resolve().parent / "eval_data" / "model_outputs_tuning.json",
    "test": Path(__file__).resolve().parent / "eval_data" / "model_outputs_test.json",
}


@dataclass
class CheckReport:
    """How the check on a model's words (``service.checked_body``) judges written outputs."""

    faithful_accepted: dict[str, Tally] = field(default_factory=dict)  # by operation
    unfaithful_rejected: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, operation: str, faithful: bool, accepted: bool) -> None:
        tallies = self.faithful_accepted if faithful else self.unfaithful_rejected
        tallies.setdefault(operation, Tally()).add(accepted if faithful else not accepted)

    def total(self, faithful: bool) -> Tally:
        tallies = self.faithful_accepted if faithful else self.unfaithful_rejected
        return Tally(sum(t.right for t in tallies.values()), sum(t.total for t in tallies.values()))


def _as_model_text(output: Any) -> str:
    return "\n".join(f"- {line}" for line in output) if isinstance(output, list) else str(output)


def evaluate_checks(outputs: list[dict[str, Any]], texts: dict[str, str], *, keep_misses: bool) -> CheckReport:
    """Each written output through the check: faithful ones should pass, unfaithful ones fail."""
    report = CheckReport()
    for item in outputs:
        operation: Operation = item["operation"]
        task = TextTask(operation=operation, text=texts[item["id"]], question=item.get("question", ""), count=5)
        try:
            checked_body(task, _as_model_text(item["output"]))
        except ModelRejected as rejected:
            accepted, reason = False, str(rejected)
        else:
            accepted, reason = True, ""
        report.add(operation, item["faithful"], accepted)
        if keep_misses and accepted != item["faithful"]:
            what = "rejected a faithful" if item["faithful"] else f"accepted ({item.get('error', '')}) an unfaithful"
            report.misses.append(f"[{item['id']}] {what} {operation}: {str(item['output'])[:140]!r} {reason}")
    return report


def load_model_outputs(half: Half) -> list[dict[str, Any]]:
    path = MODEL_OUTPUTS[half]
    if not path.exists():
        return []
    outputs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["outputs"]
    return outputs
