"""Aggregating over raw records against aggregating over the hourly roll-ups, same run, same data.

    make bench            # through scripts/test_services.py: real PostgreSQL
    python bench/bench_rollups.py --records 1000000 --repeat 3

Fills a throwaway database with ``--records`` LLM calls spread over 30 days,
10 restaurants and 3 models (PostgreSQL's generate_series), rolls every hour
up (timed), then runs the same aggregates over the raw records
(percentile_cont) and over the roll-ups (merged histograms): 30 days for one
restaurant by model, and 30 days for everything by model. Prints the median
seconds of each and the ratio raw / roll-ups, and how far the roll-ups'
percentiles are from the exact ones.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402

from analytics import rollups  # noqa: E402
from analytics.aggregates import aggregate  # noqa: E402
from recommendations.models import Restaurant  # noqa: E402

DAYS = 30
END = datetime(2026, 3, 31, tzinfo=UTC)
START = END - timedelta(days=DAYS)


def fill(records: int) -> list[int]:
    restaurants = [Restaurant.objects.create(slug=f"bench-{n}", name=f"Bench {n}").pk for n in range(10)]
    with connection.cursor() as cursor:
        # Latency: a long-tailed mix (most answers fast, some slow), cost by model, 20% cache hits, 2% errors.
        cursor.execute(
            """
            INSERT INTO analytics_llmcall (uid, restaurant_id, operation, route_reason, model_used, cascaded,
                draft_accepted, prompt_tokens, completion_tokens, cost_usd, latency_ms, first_token_ms,
                cache_tier, outcome, streamed, attempts, request_id, surface, created_at)
            SELECT md5(i::text)::uuid, (%s::bigint[])[1 + i %% 10], (ARRAY['chat','recommendation','report'])[1 + i %% 3],
                'short question', (ARRAY['draft','strong','local'])[1 + (i / 7) %% 3], false, null, 50 + i %% 200,
                20 + i %% 100, ((1 + i %% 3) * 0.0001)::numeric(12,6), 20 + 3000 * power(random(), 4), null,
                CASE WHEN i %% 5 = 0 THEN 'redis' ELSE 'miss' END, CASE WHEN i %% 50 = 0 THEN 'error' ELSE 'ok' END,
                false, '[]'::jsonb, 'bench-' || i, 'api', %s::timestamptz + (i * %s) * interval '1 second'
            FROM generate_series(0, %s - 1) AS i
            """,
            [restaurants, START, DAYS * 86400 / records, records],
        )
        cursor.execute("ANALYZE analytics_llmcall")
    return restaurants


def timed(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    seconds = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        restaurants = fill(args.records)
        filled = time.perf_counter() - started
        started = time.perf_counter()
        hour = START
        while hour < END:
            rollups.rollup_hour(hour)
            hour += timedelta(hours=1)
        day = START
        while day < END:
            rollups.rollup_day(day)
            day += timedelta(days=1)
        rolled = time.perf_counter() - started
        print(f"{args.records:,} LLM calls over {DAYS} days, 10 restaurants, 3 models ({connection.vendor})")
        print(f"filled in {filled:.1f} s; rolled {DAYS * 24} hours and {DAYS} days up in {rolled:.1f} s")
        print(f"{'30-day aggregate, by model':<40}{'raw s':>8}{'roll-ups s':>12}{'ratio':>8}{'p95 error':>11}")
        for case, restaurant_id in (("one restaurant", restaurants[0]), ("all restaurants", None)):
            window: dict[str, Any] = {
                "kind": "llm",
                "since": START,
                "until": END,
                "group_by": ["model"],
                "restaurant_id": restaurant_id,
            }
            raw_s, raw = timed(partial(aggregate, **window), args.repeat)
            rolled_s, approx = timed(partial(aggregate, source="rollups", **window), args.repeat)
            assert [r.count for r in raw] == [r.count for r in approx]
            worst = max(abs(a.p95_ms - r.p95_ms) / r.p95_ms for r, a in zip(raw, approx, strict=True))
            print(f"{case:<40}{raw_s:>8.3f}{rolled_s:>12.3f}{raw_s / rolled_s:>7.1f}x{worst:>10.1%}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
