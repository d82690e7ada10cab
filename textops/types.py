"""What a text operation returns: its body (with the evidence), who wrote it, and what it cost."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from textops.sentences import Span

Operation = Literal["summarize", "sentiment", "key_points", "questions", "qa"]
OPERATIONS: tuple[Operation, ...] = ("summarize", "sentiment", "key_points", "questions", "qa")
Method = Literal["auto", "extractive", "model"]
EXTRACTIVE = "extractive"
LEXICON = "lexicon"


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.as_dict()


@dataclass(frozen=True)
class Summary:
    summary: str
    sources: tuple[Span, ...]  # the text's sentences the summary was taken from (or rests on)

    def as_dict(self) -> dict[str, Any]:
        return {"summary": self.summary, "sources": [source.as_dict() for source in self.sources]}


@dataclass(frozen=True)
class Point:
    text: str
    source: Span | None  # the sentence or clause it is (or rests on)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "source": _span(self.source)}


@dataclass(frozen=True)
class KeyPoints:
    points: tuple[Point, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"points": [point.as_dict() for point in self.points]}


@dataclass(frozen=True)
class Answer:
    answer: str
    found: bool  # False: the text does not say
    score: float  # 0..1: how well the source answers the question
    source: Span | None  # the supporting span, when found
    closest: Span | None = None  # when not found: the nearest sentence, for a reader to judge
    # A question asking two things ("what does it cost, and can we bring our own?"): the span that
    # answers the second, when it lies apart from ``source``; the answer then quotes both.
    also: Span | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "found": self.found,
            "score": self.score,
            "source": _span(self.source),
            "closest": _span(self.closest),
            "also": _span(self.also),
        }


@dataclass(frozen=True)
class Question:
    text: str
    source: Span | None  # the sentence that answers it

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "source": _span(self.source)}


@dataclass(frozen=True)
class Questions:
    questions: tuple[Question, ...]
    declined: bool
    reason: str  # why declined, in words a client can show

    def as_dict(self) -> dict[str, Any]:
        return {
            "questions": [question.as_dict() for question in self.questions],
            "declined": self.declined,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class SentimentResult:
    label: str
    compound: float

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "compound": self.compound}


Body = Summary | KeyPoints | Answer | Questions | SentimentResult


@dataclass(frozen=True)
class TextResult:
    """One operation's outcome, the same shape for a single request and each batch item."""

    operation: Operation
    body: Body
    method: str  # "extractive", "lexicon", or the name of the model whose words these are
    degraded: bool = False
    degraded_reason: str = ""  # why a model's words were not used, when it was asked
    model_used: str | None = None  # the model called, even when its words were rejected
    cached: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: Decimal = field(default=Decimal("0"))
    latency_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "result": self.body.as_dict(),
            "method": self.method,
            "degraded": self.degraded,
            "degraded_reason": self.degraded_reason,
            "model_used": self.model_used,
            "cached": self.cached,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": str(self.cost_usd),
            "latency_ms": round(self.latency_ms, 2),
        }
