"""What recording adds to a request: the same request through Django with and without the analytics middleware.

    make bench            # through scripts/test_services.py: real Redis
    python bench/bench_recording.py --requests 5000

Two WSGI handlers in one process, built from the same settings except for
``analytics.middleware.RequestRecordingMiddleware``, answer ``GET /liveness``
(a view that touches no dependency, so the middleware's share is as large as it
can be) in alternating blocks. The recorder's thread moves records to Redis in
the background during the run, as in production. Prints the median time per
request of each, their difference and their ratio (with / without).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.test import RequestFactory, override_settings  # noqa: E402

from analytics.recording import get_spool  # noqa: E402

RECORDER = "analytics.middleware.RequestRecordingMiddleware"


def handler(*, recording: bool) -> WSGIHandler:
    middleware = [m for m in settings.MIDDLEWARE if recording or m != RECORDER]
    with override_settings(MIDDLEWARE=middleware):
        return WSGIHandler()


def one_request(app: WSGIHandler, factory: RequestFactory) -> int:
    environ = factory.get("/liveness", HTTP_HOST="localhost").environ

    def start_response(status: str, headers: Any, exc_info: Any = None) -> Any:
        assert status.startswith("200"), status

    started = time.perf_counter_ns()
    response = app(environ, start_response)
    b"".join(response)
    response.close()
    return time.perf_counter_ns() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000, help="per variant")
    parser.add_argument("--block", type=int, default=250)
    args = parser.parse_args()

    factory = RequestFactory()
    apps = {"without recording": handler(recording=False), "with recording": handler(recording=True)}
    timings: dict[str, list[int]] = {name: [] for name in apps}
    for app in apps.values():  # warm up: imports, URL resolver, the recorder's thread
        for _ in range(200):
            one_request(app, factory)
    for _ in range(args.requests // args.block):
        for name, app in apps.items():
            timings[name].extend(one_request(app, factory) for _ in range(args.block))

    spool = get_spool()
    spool.push()
    recorded = spool.depth()
    without = statistics.median(timings["without recording"]) / 1000
    with_ = statistics.median(timings["with recording"]) / 1000
    print(f"GET /liveness through Django (WSGI), {args.requests} requests each, alternating blocks of {args.block}")
    print(f"{'variant':<20}{'p50 us':>10}{'p99 us':>10}")
    for name, values in timings.items():
        ordered = sorted(values)
        print(f"{name:<20}{statistics.median(values) / 1000:>10.1f}{ordered[int(len(ordered) * 0.99)] / 1000:>10.1f}")
    print(
        f"recording adds {with_ - without:.1f} us at the median (target < 1000 us); ratio with/without {with_ / without:.2f}x"
    )
    print(f"records spooled in Redis during the run: {recorded}")
    client = spool.client()
    if client is not None:
        client.delete(spool.spool_key)


if __name__ == "__main__":
    main()
