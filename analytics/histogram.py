"""Latency histograms that add up: what roll-ups keep instead of percentiles.

A percentile of two hours is not any mix of the two hours' percentiles, but
the sum of their histograms is the histogram of both. Buckets grow by 2^(1/4)
(19%) from 1 ms to ~10 minutes, 80 of them; a percentile read from a bucket
(interpolated inside it) is within its width of the exact value, and in
practice within a few percent (tests/analytics/test_rollups.py compares).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from django.db.models import F, Func, IntegerField, Value
from django.db.models.functions import Ceil, Greatest, Least, Ln

RATIO = 2**0.25
BUCKETS = 80
_LOG_RATIO = math.log(RATIO)


def bucket_of(latency_ms: float) -> int:
    """Bucket i holds latencies in (RATIO^(i-1), RATIO^i] ms; bucket 0 everything up to 1 ms."""
    if latency_ms <= 1.0:
        return 0
    return min(BUCKETS - 1, math.ceil(math.log(latency_ms) / _LOG_RATIO - 1e-9))


def bucket_expression(column: str) -> Func:
    """``bucket_of`` computed by the database."""
    position = Ln(Greatest(F(column), Value(1.0))) / Value(_LOG_RATIO) - Value(1e-9)
    return Least(Value(BUCKETS - 1), Ceil(position), output_field=IntegerField())


def bounds(index: int) -> tuple[float, float]:
    return (0.0, 1.0) if index == 0 else (RATIO ** (index - 1), RATIO**index)


def of_values(values: Iterable[float]) -> list[int]:
    counts = [0] * BUCKETS
    for value in values:
        counts[bucket_of(value)] += 1
    return trimmed(counts)


def trimmed(counts: Sequence[int]) -> list[int]:
    counts = list(counts)
    while counts and counts[-1] == 0:
        counts.pop()
    return counts


def merged(histograms: Iterable[Sequence[int]]) -> list[int]:
    total = [0] * BUCKETS
    for histogram in histograms:
        for index, count in enumerate(histogram):
            total[index] += count
    return trimmed(total)


def percentile(histogram: Sequence[int], fraction: float) -> float | None:
    """The ``fraction`` (0-1) percentile, interpolated linearly inside its bucket; None when empty."""
    total = sum(histogram)
    if total == 0:
        return None
    rank = fraction * total
    seen = 0
    for index, count in enumerate(histogram):
        if count and seen + count >= rank:
            low, high = bounds(index)
            return low + (high - low) * max(0.0, rank - seen) / count
        seen += count
    return bounds(len(histogram) - 1)[1]
