"""Sentiment of diner text with VADER: a lexicon model whose data ships in the package."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]

Label = Literal["positive", "negative", "neutral"]
# VADER's authors' thresholds on the compound score.
POSITIVE_FROM = 0.05
NEGATIVE_FROM = -0.05


@dataclass(frozen=True)
class Sentiment:
    label: Label
    compound: float  # -1 (most negative) .. 1 (most positive)


@cache
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def sentiment_of(text: str) -> Sentiment:
    compound = float(_analyzer().polarity_scores(text)["compound"])
    if compound >= POSITIVE_FROM:
        return Sentiment("positive", compound)
    if compound <= NEGATIVE_FROM:
        return Sentiment("negative", compound)
    return Sentiment("neutral", compound)
