"""The experiments: each injects one fault into the running system, measures, and states its targets.

Targets come from issue 12 ("How we will know"). An experiment never fixes what it finds:
one that fails today prints the figures that show why. Each is bounded in time and leaves
the system whole again (servers restarted, faults removed) for the next one.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import itertools
import json
import os
import re
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from faults import topology as topo
from faults.topology import DINER_SLUG, Topology
from faults.traffic import (
    AnswerStream,
    Api,
    Diner,
    Outcome,
    chunked_request,
    client,
    first_failures,
    load,
    ms,
    normalised,
    percentile,
    statuses,
    unique_question,
)

# /readiness must answer 200 within this long before an experiment starts.
HEALTHY_TIMEOUT_SECONDS = 60.0


@dataclass
class Report:
    """An experiment's figures and targets, printed as it ran."""

    lines: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def figure(self, text: str) -> None:
        self.lines.append(text)

    def target(self, description: str, met: bool, measured: str) -> None:
        self.lines.append(f"target {description}: {measured} -> {'met' if met else 'MISSED'}")
        if not met:
            self.missed.append(description)

    @property
    def passed(self) -> bool:
        return not self.missed


class NotHealthy(Exception):
    """The system was not healthy before the experiment: its figures would mean nothing."""


def ensure_healthy(t: Topology) -> None:
    """Bring back whatever an earlier experiment left down, remove faults, wait for /readiness."""
    if t.postgres.process is None or not t.postgres.answers():
        t.postgres.stop()
        t.postgres.start()
    if t.redis.process is None or topo.redis_probe(t.redis.port) is not None:
        t.redis.kill()
        t.redis.start()
    t.llm.state.reset()
    # This process's own broker connections (it queues imports, inspects the worker) may have
    # died with a killed Redis: drop them so the next use reconnects.
    from config.celery_app import app

    app.close()  # the next use opens a new pool
    if t.web is None or not t.web.alive():
        t.start_web()
    if t.worker is None or not t.worker.alive():
        t.start_worker()
        t.wait_worker()
    if t.beat is None or not t.beat.alive():
        t.start_beat()
    deadline = time.monotonic() + HEALTHY_TIMEOUT_SECONDS
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            response = httpx.get(f"{t.base_url}/readiness", timeout=5)
            if response.status_code == 200:
                return
            last = f"{response.status_code} {response.text[:200]}"
        except httpx.HTTPError as error:
            last = type(error).__name__
        time.sleep(0.5)
    raise NotHealthy(f"/readiness did not answer 200 within {HEALTHY_TIMEOUT_SECONDS:.0f} s (last: {last})")


def overlapping(outcomes: list[Outcome], start: float, end: float) -> list[Outcome]:
    return [o for o in outcomes if o.started < end and o.ended > start]


def latency_line(label: str, outcomes: list[Outcome]) -> str:
    seconds = [o.seconds for o in outcomes]
    return (
        f"{label}: {len(outcomes)} requests, p50 {ms(percentile(seconds, 0.5))}, p99 {ms(percentile(seconds, 0.99))}, "
        f"max {ms(max(seconds, default=float('nan')))}; status {statuses(outcomes)}"
    )


@contextlib.contextmanager
def django_db() -> Iterator[None]:
    """The suite's own queries; the connection is closed after, so none outlives a server restart."""
    from django.db import connections

    connections.close_all()
    try:
        yield
    finally:
        connections.close_all()


# =====================================================================================================
# 1. Redis killed (SIGKILL) mid-load, restarted on the same port: 0 5xx
# =====================================================================================================

REDIS_LOAD_CONCURRENCY = 6
REDIS_MAX_REQUESTS = 400
REDIS_KILL_AFTER_SECONDS = 3.0
REDIS_DOWN_SECONDS = 5.0
REDIS_LOAD_AFTER_SECONDS = 6.0


def redis(t: Topology, report: Report) -> None:
    async def run() -> tuple[list[Outcome], float, float]:
        stop = asyncio.Event()
        async with client(t.base_url, 30.0) as http:
            api = Api(http, t.api_key)
            browsing = itertools.cycle([Diner(http, DINER_SLUG) for _ in range(4)])

            async def page() -> list[Outcome]:
                return [await next(browsing).page(table=2)]

            async def answer() -> list[Outcome]:
                outcomes, _ = await Diner(http, DINER_SLUG).answer(unique_question(), timeout=30.0)
                return outcomes

            async def completion() -> list[Outcome]:
                return [await api.completion(unique_question())]

            async def chat() -> list[Outcome]:
                return [await api.chat(unique_question())]

            actions = [page, completion, answer, page, chat, completion]
            running = asyncio.create_task(
                load(actions, concurrency=REDIS_LOAD_CONCURRENCY, max_requests=REDIS_MAX_REQUESTS, stop=stop)
            )
            await asyncio.sleep(REDIS_KILL_AFTER_SECONDS)
            killed = time.monotonic()
            await asyncio.to_thread(t.redis.kill)
            await asyncio.sleep(REDIS_DOWN_SECONDS)
            await asyncio.to_thread(t.redis.start)
            back = time.monotonic()
            await asyncio.sleep(REDIS_LOAD_AFTER_SECONDS)
            stop.set()
            return await running, killed, back

    outcomes, killed, back = asyncio.run(run())
    during = overlapping(outcomes, killed, back)
    report.figure(
        f"Redis SIGKILLed {REDIS_KILL_AFTER_SECONDS:.0f} s into the load, back on port {t.redis.port} after {back - killed:.1f} s"
    )
    report.figure(latency_line("all", outcomes))
    report.figure(latency_line("while Redis was down", during))
    for what in sorted({o.what for o in outcomes}):
        report.figure(latency_line(f"  {what}", [o for o in outcomes if o.what == what]))
    answers = [o for o in outcomes if o.what == "diner answer"]
    cut = [o for o in answers if o.detail]
    report.figure(
        f"diner answers: {len(answers) - len(cut)} of {len(answers)} streamed to their end"
        + (f"; {len(cut)} ended in an error event or a cut (first: {cut[0].detail})" if cut else "")
    )
    failed = [o for o in outcomes if o.failed]
    measured = f"{sum(o.server_error for o in outcomes)} 5xx, {sum(o.status is None for o in outcomes)} without an answer, of {len(outcomes)}"
    if failed:
        measured += f" (first: {first_failures(failed)})"
    report.target("0 5xx over the load", not failed and len(outcomes) > 0, measured)


# =====================================================================================================
# 2. PostgreSQL stopped 10 s: fast 503s only, 0 errors after, 0 analytics records lost
# =====================================================================================================

PG_DOWN_SECONDS = 10.0
PG_LOAD_BEFORE_SECONDS = 2.0
PG_LOAD_AFTER_SECONDS = 6.0
PG_LOAD_CONCURRENCY = 4
PG_LOAD_PAUSE_SECONDS = 0.05
PG_MAX_REQUESTS = 3000
# "Fast": the whole answer, a 503 included, within this long while the database is away. The
# issue asks for "a second or two" (the 10 s hangs it found are what this must catch); the
# half second on top is the request's own work around a 2 s connect or pool timeout.
FAST_503_SECONDS = 2.5
# Beat flushes every ANALYTICS_FLUSH_EVERY_SECONDS (5 s); give the backlog a few rounds.
RECORDS_WAIT_SECONDS = 45.0


def postgres(t: Topology, report: Report) -> None:
    async def run() -> tuple[list[Outcome], float, float, float, float]:
        stop = asyncio.Event()
        async with client(t.base_url, 30.0) as http:
            api = Api(http, t.api_key)
            browsing = itertools.cycle([Diner(http, DINER_SLUG) for _ in range(4)])

            async def page() -> list[Outcome]:
                return [await next(browsing).page()]

            async def question() -> list[Outcome]:
                asked, _ = await Diner(http, DINER_SLUG).ask(unique_question())
                return asked

            async def completion() -> list[Outcome]:
                return [await api.completion(unique_question())]

            async def stats() -> list[Outcome]:
                return [await api.stats()]

            async def chat() -> list[Outcome]:
                return [await api.chat(unique_question())]

            actions = [page, completion, stats, question, chat]
            running = asyncio.create_task(
                load(
                    actions,
                    concurrency=PG_LOAD_CONCURRENCY,
                    max_requests=PG_MAX_REQUESTS,
                    stop=stop,
                    pause=PG_LOAD_PAUSE_SECONDS,
                )
            )
            await asyncio.sleep(PG_LOAD_BEFORE_SECONDS)
            down = time.monotonic()
            await asyncio.to_thread(t.postgres.stop)
            stopped = time.monotonic()
            await asyncio.sleep(max(0.0, PG_DOWN_SECONDS - (stopped - down)))
            await asyncio.to_thread(t.postgres.start)
            back = time.monotonic()
            await asyncio.sleep(PG_LOAD_AFTER_SECONDS)
            stop.set()
            return await running, down, stopped, back, time.monotonic()

    window_start = datetime.now(tz=UTC)
    outcomes, down, stopped, back, _ = asyncio.run(run())
    window_end = datetime.now(tz=UTC)

    # "While down": every request that was in flight at any moment of the outage.
    during = overlapping(outcomes, down, back)
    after = [o for o in outcomes if o.started >= back]
    report.figure(
        f"PostgreSQL stopped (fast shutdown, {stopped - down:.1f} s) and down {back - down:.1f} s in all, "
        f"restarted on port {t.postgres.port}"
    )
    report.figure(latency_line("while down", during))
    report.figure(latency_line("after it was back", after))

    _judge_while_down(report, during)
    after_failed = [o for o in after if o.failed]
    measured = f"{len(after_failed)} errors of {len(after)}"
    if after_failed:
        measured += f" (first: {first_failures(after_failed)})"
    report.target("0 errors after it is back", bool(after) and not after_failed, measured)

    answered = sum(o.status is not None for o in outcomes)
    stored, unmatched, waited = records_stored(window_start, window_end, answered)
    report.figure(
        f"analytics: {answered} requests answered, {stored} request records stored after {waited:.0f} s of beat flushes "
        f"({unmatched} under route <unmatched>)"
    )
    extra = f"; {stored - answered} more records than requests" if stored > answered else ""
    report.target(
        "0 analytics records lost", stored >= answered, f"{max(0, answered - stored)} lost of {answered}{extra}"
    )


def _judge_while_down(report: Report, during: list[Outcome]) -> None:
    """The requests in flight while PostgreSQL was down: only fast 503s, the slowest named."""
    slowest = max((o.seconds for o in during), default=float("nan"))
    for outcome in sorted(during, key=lambda o: -o.seconds)[:3]:
        if outcome.seconds > FAST_503_SECONDS:
            report.figure(
                f"  slow while down: {outcome.what} -> {outcome.status or 'no answer'} in {ms(outcome.seconds)}"
            )
    wrong = [o for o in during if o.status is None or (o.status >= 500 and o.status != 503)]
    slow = [o for o in during if o.seconds > FAST_503_SECONDS]
    measured = f"{sum(o.status == 503 for o in during)} 503s of {len(during)}, max latency {ms(slowest)}"
    if wrong:
        measured += f", {len(wrong)} other errors (first: {first_failures(wrong)})"
    report.target(
        f"only fast 503s while down (no other 5xx, none slower than {FAST_503_SECONDS:g} s)",
        bool(during) and not wrong and not slow,
        measured,
    )


def records_stored(start: datetime, end: datetime, expected: int) -> tuple[int, int, float]:
    """RequestRecords made in [start, end] once beat has flushed them (waits up to RECORDS_WAIT_SECONDS)."""
    from analytics.models import RequestRecord

    began = time.monotonic()
    stored = unmatched = 0
    while True:
        with django_db():
            window = RequestRecord.objects.filter(created_at__gte=start, created_at__lte=end)
            stored = window.count()
            unmatched = window.filter(route="<unmatched>").count()
        if stored >= expected or time.monotonic() - began > RECORDS_WAIT_SECONDS:
            return stored, unmatched, time.monotonic() - began
        time.sleep(2.0)


# =====================================================================================================
# 3. Celery worker SIGKILLed mid-import and mid-index: the work completes, exactly
# =====================================================================================================

CELERY_WINES = int(os.environ.get("FAULTS_WINES", "1500"))
# From the kill: the import must have succeeded, or the index hold one vector per wine, within this.
# Embedding 1,500 wines from scratch takes 50-60 s on two cores (about 25 vectors a second), so a
# 60 s bound measured the CPU rather than the recovery (a CI run missed it with 1,344 of 1,500
# vectors, the work resumed and on its way); 90 s leaves the redelivery and the resumed sync
# half a minute, and still fails work that is stuck or redone twice.
CELERY_TARGET_SECONDS = 90.0
# How long to wait for the work to reach the phase where the kill is meant to land.
CELERY_PHASE_TIMEOUT_SECONDS = 90.0
IMPORT_TASK = "recommendations.tasks.wine_list_import_task"
INDEX_TASK = "recommendations.tasks.wine_index_task"
_COLOURS = ("red", "white", "rosé", "sparkling", "dessert", "orange")
_GRAPES = {
    "red": ("Pinot Noir", "Syrah", "Nebbiolo", "Gamay", "Cabernet Sauvignon", "Tempranillo"),
    "white": ("Chardonnay", "Riesling", "Sauvignon Blanc", "Chenin Blanc", "Albariño"),
    "rosé": ("Grenache;Cinsault", "Mourvèdre"),
    "sparkling": ("Chardonnay;Pinot Noir", "Glera"),
    "dessert": ("Sémillon", "Furmint"),
    "orange": ("Ribolla Gialla", "Rkatsiteli"),
}
_REGIONS = (
    ("Burgundy", "France"), ("Rioja", "Spain"), ("Piedmont", "Italy"), ("Mosel", "Germany"),
    ("Barossa", "Australia"), ("Willamette Valley", "USA"), ("Douro", "Portugal"), ("Marlborough", "New Zealand"),
)  # fmt: skip
_STYLES = (
    "Bright red cherry, crunchy acidity, a touch of spice.",
    "Ripe dark fruit, firm tannins and a long savoury finish.",
    "Citrus and white flowers, crisp and mineral.",
    "Creamy, ripe orchard fruit with toasty oak.",
    "Fine bubbles, brioche and green apple.",
    "Honeyed apricot and orange peel, lusciously sweet.",
)


def wine_list_csv(count: int, label: str) -> bytes:
    """A generated list in the staff CSV format (recommendations/winelist/csv_format.py), every row valid and distinct."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["sku", "name", "producer", "region", "country", "vintage", "grapes", "colour", "price", "glass_price",
         "in_stock", "description"]
    )  # fmt: skip
    for n in range(count):
        colour = _COLOURS[n % len(_COLOURS)]
        region, country = _REGIONS[n % len(_REGIONS)]
        price = 28 + (n * 7) % 240
        writer.writerow(
            [
                f"{label}-{n:05d}",
                f"Cuvée {n} {region}",
                f"Domaine {n % 211}",
                region,
                country,
                2005 + n % 19,
                _GRAPES[colour][n % len(_GRAPES[colour])],
                colour,
                f"{price}.00",
                f"{price // 4}.00" if n % 3 == 0 else "",
                "no" if n % 17 == 0 else "yes",
                f"{_STYLES[n % len(_STYLES)]} Lot {n}.",
            ]
        )
    return buffer.getvalue().encode()


def new_restaurant(slug: str) -> Any:
    from recommendations.models import Restaurant

    with django_db():
        Restaurant.objects.filter(slug=slug).delete()
        return Restaurant.objects.create(slug=slug, name=f"Faults {slug}", daily_llm_budget_usd=None)


def busy_child(t: Topology, task_name: str) -> int | None:
    """The pool process running ``task_name`` right now (Celery's inspect), else None."""
    from config.celery_app import app

    with contextlib.suppress(Exception):
        replies = app.control.inspect(timeout=1.0, limit=1).active() or {}
        for tasks in replies.values():
            for task in tasks:
                if task.get("name") == task_name and task.get("worker_pid"):
                    return int(task["worker_pid"])
    return None


def kill(t: Topology, how: str, task_name: str) -> str:
    """SIGKILL the pool child running the task ("child"), or the whole worker and start a new one ("worker")."""
    if how == "child":
        pid = busy_child(t, task_name)
        if pid is None:
            return "no pool process was running the task: nothing killed"
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        return f"SIGKILLed pool process {pid} (running {task_name.rsplit('.', 1)[-1]})"
    old = t.worker.pid if t.worker else 0
    if t.worker is not None:
        t.worker.kill()
    t.start_worker()
    return f"SIGKILLed the whole worker (pid {old} and its pool), started a new one"


@dataclass
class ImportState:
    status: str
    processed: int
    created: int
    wines: int


def import_state(import_id: int, restaurant_id: int) -> ImportState:
    from recommendations.models import Wine, WineListImport

    with django_db():
        row = WineListImport.objects.filter(pk=import_id).values("status", "processed_rows", "created_count").get()
        wines = Wine.objects.filter(restaurant_id=restaurant_id).count()
    return ImportState(str(row["status"]), int(row["processed_rows"]), int(row["created_count"]), wines)


def poll(predicate: Callable[[], bool], timeout: float, every: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()


def celery_import(t: Topology, report: Report, how: str) -> Any | None:
    """Queue an import, SIGKILL mid-import; returns the restaurant when the import then succeeded."""
    from recommendations.models import ImportStatus
    from recommendations.winelist.imports import wine_list_import_create

    restaurant = new_restaurant(f"faults-{how}")
    target = f"import ({how} killed mid-import) ends succeeded with exactly {CELERY_WINES} wines within {CELERY_TARGET_SECONDS:.0f} s"
    with django_db():
        wine_import = wine_list_import_create(
            restaurant=restaurant, filename=f"faults-{how}.csv", data=wine_list_csv(CELERY_WINES, how), run_inline=False
        )
    queued = time.monotonic()
    poll(
        lambda: import_state(wine_import.pk, restaurant.pk).status != ImportStatus.PENDING,
        CELERY_PHASE_TIMEOUT_SECONDS,
        0.02,
    )
    before = import_state(wine_import.pk, restaurant.pk)
    if before.status != ImportStatus.RUNNING:
        report.target(
            target,
            False,
            f"the kill could not land mid-import: the import was {before.status} {time.monotonic() - queued:.1f} s after queueing",
        )
        return None
    what = kill(t, how, IMPORT_TASK)
    killed = time.monotonic()
    if how == "worker":
        t.wait_worker()
    report.figure(
        f"import ({how}): {what} at {before.processed}/{CELERY_WINES} rows parsed, {killed - queued:.1f} s after queueing"
    )
    finished = poll(
        lambda: import_state(wine_import.pk, restaurant.pk).status in (ImportStatus.SUCCEEDED, ImportStatus.FAILED),
        CELERY_TARGET_SECONDS,
        0.25,
    )
    after = import_state(wine_import.pk, restaurant.pk)
    succeeded = after.status == ImportStatus.SUCCEEDED and after.wines == CELERY_WINES
    report.target(
        target,
        succeeded,
        f"{after.status} after {time.monotonic() - killed:.1f} s, {after.created} created, {after.wines} wines on the list"
        + ("" if finished else f" (still {after.status} at the bound)"),
    )
    return restaurant if succeeded else None


def celery_index(t: Topology, report: Report, how: str, restaurant: Any | None) -> None:
    """SIGKILL mid-index (of the list just imported, or one imported here when that import failed)."""
    from recommendations.winelist.imports import wine_list_import_create

    target = f"index ({how} killed mid-index) holds exactly one vector per wine within {CELERY_TARGET_SECONDS:.0f} s"
    if restaurant is None:
        # The queued import never finished, so nothing queued the index: import here, at once
        # (the index task is queued as the import commits), to still put the index to the test.
        restaurant = new_restaurant(f"faults-{how}-index")
        with django_db():
            wine_list_import_create(
                restaurant=restaurant,
                filename=f"faults-{how}-index.csv",
                data=wine_list_csv(CELERY_WINES, how),
                run_inline=True,
            )
    queued = time.monotonic()
    counts: list[int] = [0]

    def indexing() -> bool:
        counts[0] = topo.vector_count(restaurant.pk)
        return counts[0] > 0

    if not poll(indexing, CELERY_PHASE_TIMEOUT_SECONDS, 0.25) or counts[0] >= CELERY_WINES:
        report.target(
            target,
            False,
            f"the kill could not land mid-index: {counts[0]} vectors {time.monotonic() - queued:.1f} s in",
        )
        return
    what = kill(t, how, INDEX_TASK)
    killed = time.monotonic()
    if how == "worker":
        t.wait_worker()
    report.figure(f"index ({how}): {what} at {counts[0]}/{CELERY_WINES} vectors")
    poll(lambda: topo.vector_count(restaurant.pk) == CELERY_WINES, CELERY_TARGET_SECONDS, 1.0)
    final = topo.vector_count(restaurant.pk)
    with django_db():
        wines = restaurant.wines.count()
    report.target(
        target,
        final == wines == CELERY_WINES,
        f"{final} vectors for {wines} wines {time.monotonic() - killed:.1f} s after the kill",
    )


def wait_worker_idle(timeout: float = CELERY_TARGET_SECONDS) -> None:
    """Until the worker has nothing running or queued: each scenario starts on a free pool."""
    import redis
    from django.conf import settings

    from config.celery_app import app

    broker = redis.Redis.from_url(str(settings.CELERY_BROKER_URL))

    def idle() -> bool:
        try:
            # Celery's Redis transport keeps each queue as a list named after it.
            queued = sum(int(broker.llen(queue)) for queue in ("default", "imports"))
            active = app.control.inspect(timeout=1.0, limit=1).active() or {}
        except (redis.RedisError, OSError):
            return False
        return queued == 0 and bool(active) and not any(active.values())

    poll(idle, timeout, 1.0)


def celery(t: Topology, report: Report) -> None:
    # Per kind of kill: a queued import killed mid-way, then the index it queued killed mid-way.
    for how in ("child", "worker"):
        wait_worker_idle()
        imported = celery_import(t, report, how)
        celery_index(t, report, how, imported)
        if t.worker is None or not t.worker.alive():
            t.start_worker()
        t.wait_worker()


# =====================================================================================================
# 4. Upstream: 30% of model calls hang; p99 within the deadline and the breaker opens
# =====================================================================================================

HANG_SHARE = 0.3
UPSTREAM_V1_CALLS = 60
UPSTREAM_DINER_ANSWERS = 10
UPSTREAM_CONCURRENCY = 16
# Targets when the settings name no deadline (the issue: diner total ~30 s, the API somewhat longer).
DEFAULT_DEADLINES = {"DINER": 30.0, "API": 30.0}
# The endpoint's own work around the model call (auth, rate limits, the answer's rendering)
# comes on top of the gateway's deadline.
DEADLINE_SLACK_SECONDS = 1.0
# A request is abandoned this long after its deadline: the experiment stays bounded either way.
UPSTREAM_GRACE_SECONDS = 20.0
BREAKER_POLL_SECONDS = 1.0
BREAKER_PROBES = 3
BREAKER_ROUNDS_AFTER_DONE = 5


def configured_deadline(surface: str) -> tuple[float, str]:
    """The total deadline the settings give a surface ("DINER" or "API"), and where it came from."""
    from django.conf import settings

    candidates: list[tuple[int, str, float]] = []
    for name in dir(settings):
        if not name.isupper() or "DEADLINE" not in name:
            continue
        value = getattr(settings, name)
        if isinstance(value, int | float) and surface in name and "FIRST" not in name:
            candidates.append((0 if "TOTAL" in name else 1, name, float(value)))
        elif isinstance(value, dict):
            entry = value.get(surface.lower())
            if isinstance(entry, int | float):
                candidates.append((1, f"{name}[{surface.lower()!r}]", float(entry)))
            elif isinstance(entry, dict) and isinstance(entry.get("total"), int | float):
                candidates.append((0, f"{name}[{surface.lower()!r}]['total']", float(entry["total"])))
    if candidates:
        _, name, seconds = min(candidates)
        return seconds, f"settings.{name}"
    return DEFAULT_DEADLINES[surface], "no deadline setting found; the issue's target"


_OPEN = re.compile(r"\b(?:half[-_ ]?)?open(?:ed)?\b")


def breaker_open_seen(health: Any, metrics: str) -> str:
    """Where an open (or half-open) breaker shows, if it does: /health's checks or a /metrics sample.

    Matches "open" as a word ("openai" is a provider, not a state) in any /health value whose
    text or keys mention a breaker, and /metrics samples about a breaker that say open with a
    value of at least 1.
    """

    def leaves(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield from leaves(item, f"{path}/{key}")
        elif isinstance(value, list):
            for item in value:
                yield from leaves(item, path)
        else:
            yield path, str(value)

    for path, text in leaves(health):
        if "breaker" in f"{path} {text}".lower() and _OPEN.search(text.lower().replace("closed", "")):
            return f"/health {path}: {text[:120]}"
    for line in metrics.splitlines():
        lowered = line.lower()
        if line.startswith("#") or "breaker" not in lowered:
            continue
        sample, _, value = line.rpartition(" ")
        with contextlib.suppress(ValueError):
            if _OPEN.search(sample.lower()) and float(value) >= 1:
                return f"/metrics: {line[:120]}"
    return ""


def _commonest_failures(report: Report, outcomes: list[Outcome]) -> None:
    """The three commonest failures among ``outcomes``, with their counts."""
    errors: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.failed:
            key = f"{outcome.status or 'no answer'} {outcome.detail[:110]}"
            errors[key] = errors.get(key, 0) + 1
    for key, count in sorted(errors.items(), key=lambda item: -item[1])[:3]:
        report.figure(f"  {count}x {key}")


async def _watch_for_open_breaker(t: Topology, done: asyncio.Event, watched: dict[str, Any]) -> str:
    """Poll /health and /metrics until a breaker shows open (what showed it), or until ``done``
    ("" then); ``watched`` counts the polls, the failed ones and the last llm check seen."""
    token_headers = {"Authorization": f"Bearer {t.metrics_token}"}

    async def look(probe: httpx.AsyncClient) -> str:
        health = (await probe.get("/health", headers=token_headers)).json()
        watched["polls"] += 1
        llm = health.get("checks", {}).get("llm", {}) if isinstance(health, dict) else {}
        watched["last"] = str(llm.get("detail", llm) if isinstance(llm, dict) else llm)[:160]
        metrics = (await probe.get("/metrics", headers=token_headers)).text
        return breaker_open_seen(health, metrics)

    seen_open = ""
    rounds_after_done = 0
    # Breakers are per process: no kept-alive connection (each probe is accepted anew, by
    # either web worker), and a few at once, so both workers' states are seen.
    fresh = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=t.base_url, timeout=10.0, limits=fresh) as probe:
        while not seen_open and rounds_after_done <= BREAKER_ROUNDS_AFTER_DONE:
            for answer in await asyncio.gather(*(look(probe) for _ in range(BREAKER_PROBES)), return_exceptions=True):
                if isinstance(answer, str) and answer:
                    seen_open = answer
                elif isinstance(answer, Exception):
                    watched["errors"] += 1
            # The hung calls fail together at the attempt timeout, just before the load ends, and
            # may open one worker's breaker only: a few more rounds (it stays open for
            # LLM_BREAKER_RESET_SECONDS) so the probes reach that worker too.
            rounds_after_done += done.is_set()
            await asyncio.sleep(BREAKER_POLL_SECONDS)
    return seen_open


def upstream(t: Topology, report: Report) -> None:
    api_deadline, api_source = configured_deadline("API")
    diner_deadline, diner_source = configured_deadline("DINER")
    patience = max(api_deadline, diner_deadline) + UPSTREAM_GRACE_SECONDS
    t.llm.state.set_fault_rate("*", "timeout", HANG_SHARE)
    watched: dict[str, Any] = {"polls": 0, "errors": 0, "last": ""}

    async def run() -> tuple[list[Outcome], list[tuple[float, AnswerStream | None]], str]:
        done = asyncio.Event()
        slots = asyncio.Semaphore(UPSTREAM_CONCURRENCY)
        async with client(t.base_url, patience) as http:
            api = Api(http, t.api_key)

            async def v1() -> list[Outcome]:
                async with slots:
                    return [await api.completion(unique_question())]

            diner_results: list[tuple[float, AnswerStream | None]] = []

            async def diner() -> list[Outcome]:
                async with slots:
                    started = time.monotonic()
                    outcomes, seen = await Diner(http, DINER_SLUG).answer(unique_question(), timeout=patience)
                    diner_results.append((time.monotonic() - started, seen))
                    return outcomes

            watcher = asyncio.create_task(_watch_for_open_breaker(t, done, watched))
            calls = [v1() for _ in range(UPSTREAM_V1_CALLS)] + [diner() for _ in range(UPSTREAM_DINER_ANSWERS)]
            results = await asyncio.gather(*calls)
            done.set()
            seen_open = await watcher
            return [o for outcomes in results for o in outcomes], diner_results, seen_open

    try:
        outcomes, answers, seen_open = asyncio.run(run())
    finally:
        t.llm.state.set_fault_rate("*", "timeout", 0.0)
    calls = t.llm.state.total_calls()
    v1 = [o for o in outcomes if o.what == "/v1/chat/completions"]
    report.figure(
        f"{HANG_SHARE:.0%} of upstream calls hang ({calls} upstream calls made); requests abandoned after {patience:.0f} s"
    )
    report.figure(latency_line("/v1/chat/completions", v1))
    _commonest_failures(report, v1)
    totals = [seconds for seconds, _ in answers]
    finished = sum(1 for _, seen in answers if seen is not None and seen.done)
    report.figure(
        f"diner answers: {len(answers)}, p50 {ms(percentile(totals, 0.5))}, p99 {ms(percentile(totals, 0.99))}, "
        f"{finished} ended with an answer, "
        f"{sum(1 for _, seen in answers if seen is not None and (seen.error or seen.broken))} with an error or cut"
    )
    v1_p99 = percentile([o.seconds for o in v1], 0.99)
    report.target(
        f"/v1 p99 within the deadline {api_deadline:g} s ({api_source}) + {DEADLINE_SLACK_SECONDS:g} s",
        v1_p99 <= api_deadline + DEADLINE_SLACK_SECONDS,
        f"p99 {ms(v1_p99)}",
    )
    diner_p99 = percentile(totals, 0.99)
    report.target(
        f"diner answer p99 within the deadline {diner_deadline:g} s ({diner_source}) + {DEADLINE_SLACK_SECONDS:g} s",
        diner_p99 <= diner_deadline + DEADLINE_SLACK_SECONDS,
        f"p99 {ms(diner_p99)}",
    )
    report.target(
        "the breaker opens (visible in /health with the METRICS_TOKEN, or /metrics)",
        bool(seen_open),
        seen_open
        or f"not seen in {watched['polls']} /health polls (and /metrics; {watched['errors']} failed polls), "
        f"last llm check: {watched['last']!r}",
    )


# =====================================================================================================
# 5. SIGTERM, then SIGKILL 10 s later, of the web tier during a diner stream; reconnect finishes it
# =====================================================================================================

# Slow enough that an answer of a few dozen words is still streaming 10 s after the SIGTERM.
STREAM_TOKEN_DELAY_MS = 600.0
STREAM_TOKENS_BEFORE_SIGTERM = 3
SIGKILL_AFTER_SECONDS = 10.0
RECONNECT_TARGET_SECONDS = 5.0
RECONNECT_PATIENCE_SECONDS = 20.0


async def _stream_then_sigterm(t: Topology) -> tuple[Diner, int, AnswerStream, str]:
    """Ask, read the answer's stream until a few words are shown, then SIGTERM the web tier (SIGKILL
    what is left after a grace period): the diner, the answer, what the diner saw, and how the tier ended."""
    async with client(t.base_url, 60.0) as http:
        diner = Diner(http, DINER_SLUG)
        asked, answer_id = await diner.ask(unique_question())
        if answer_id is None:
            raise RuntimeError(f"the question was not taken: {statuses(asked)} {first_failures(asked)}")
        enough = asyncio.Event()

        def on_token(seen: AnswerStream) -> None:
            if seen.events.count("token") >= STREAM_TOKENS_BEFORE_SIGTERM:
                enough.set()

        reading = asyncio.create_task(diner.stream(answer_id, timeout=90.0, on_token=on_token))
        waiting = asyncio.create_task(enough.wait())
        await asyncio.wait({reading, waiting}, timeout=45.0, return_when=asyncio.FIRST_COMPLETED)
        waiting.cancel()
        if reading.done():
            _, seen = reading.result()
            raise RuntimeError(
                f"the stream ended before {STREAM_TOKENS_BEFORE_SIGTERM} tokens: {seen.error or seen.broken or 'done'}"
            )
        assert t.web is not None
        assert t.web.process is not None
        termed = time.monotonic()
        os.kill(t.web.pid, signal.SIGTERM)
        await asyncio.wait({reading}, timeout=SIGKILL_AFTER_SECONDS)
        exited = t.web.process.poll() is not None
        t.web.kill()  # SIGKILL to the whole group: whatever is left of the tier
        how = (
            f"web tier exited by itself {time.monotonic() - termed:.1f} s after SIGTERM"
            if exited
            else f"web tier SIGKILLed {SIGKILL_AFTER_SECONDS:.0f} s after SIGTERM"
        )
        _, seen = await asyncio.wait_for(reading, timeout=15.0)
        return diner, answer_id, seen, how


def sigterm(t: Topology, report: Report) -> None:
    from chat.models import Message

    t.llm.state.token_delay_ms = STREAM_TOKEN_DELAY_MS

    diner, answer_id, seen, how = asyncio.run(_stream_then_sigterm(t))
    t.llm.state.token_delay_ms = 0.0
    report.figure(
        f"{how}; the diner had seen {len(seen.words.split())} words"
        + (
            f", stream ended: {seen.broken or seen.error}"
            if not seen.done
            else ", and the whole answer (nothing was cut)"
        )
    )
    restarting = time.monotonic()
    t.start_web()
    report.figure(f"web tier restarted in {time.monotonic() - restarting:.1f} s")

    async def reconnect() -> tuple[Outcome, AnswerStream]:
        async with client(t.base_url, RECONNECT_PATIENCE_SECONDS) as http:
            again = Diner(http, DINER_SLUG)
            again.cookies = dict(diner.cookies)
            return await again.stream(answer_id, timeout=RECONNECT_PATIENCE_SECONDS)

    outcome, final = asyncio.run(reconnect())
    with django_db():
        row = Message.objects.filter(pk=answer_id).values("status", "text", "degraded_reason").first()
    stored: dict[str, Any] = dict(row) if row else {}
    shown, whole = normalised(seen.words), normalised(final.final_text)
    report.figure(
        f"reconnect: {outcome.status} in {outcome.seconds:.1f} s, "
        + ("done" if final.done else f"no answer: {final.error or final.broken}")
        + f", {len(whole.split())} words; stored answer {stored.get('status', '?')} with {len(str(stored.get('text', '')).split())} words"
        + (f" ({stored['degraded_reason']})" if stored.get("degraded_reason") else "")
    )
    finished = final.done and not final.stopped and bool(whole)
    report.target(
        f"a reconnect finishes the answer within {RECONNECT_TARGET_SECONDS:.0f} s",
        finished and outcome.seconds <= RECONNECT_TARGET_SECONDS,
        f"{'finished' if finished else 'not finished'} after {outcome.seconds:.1f} s",
    )
    kept = bool(shown) and whole.startswith(shown)
    if not kept:
        report.figure(f"seen before the cut: {shown[:90]!r}...")
        report.figure(f"the reconnect's words: {normalised(final.words)[:90]!r}...")
        if final.replaced is not None:
            report.figure(f"then swapped for: {whole[:90]!r}...")
    report.target(
        "the words seen so far are kept",
        kept,
        f"{len(shown.split())} words seen; the final answer {'starts with them' if kept else 'does not start with them'}",
    )


# =====================================================================================================
# 6. 2, 4 and 8 concurrent /readiness and /health probes on a healthy system: 0 false 503s
# =====================================================================================================

PROBE_CONCURRENCY = (2, 4, 8)
PROBE_ROUNDS = 5


def probes(t: Topology, report: Report) -> None:
    async def run() -> dict[tuple[str, int], list[tuple[Outcome, str]]]:
        results: dict[tuple[str, int], list[tuple[Outcome, str]]] = {}
        # Probes open a connection each, as an orchestrator's do (and so reach either web worker).
        fresh = httpx.Limits(max_keepalive_connections=0)
        async with httpx.AsyncClient(base_url=t.base_url, timeout=15.0, limits=fresh) as http:

            async def probe(path: str) -> tuple[Outcome, str]:
                started = time.monotonic()
                try:
                    response = await http.get(path)
                except httpx.HTTPError as error:
                    return Outcome(path, None, started, time.monotonic() - started, type(error).__name__), ""
                body = response.text
                return Outcome(path, response.status_code, started, time.monotonic() - started), body

            for path in ("/readiness", "/health"):
                for concurrency in PROBE_CONCURRENCY:
                    for _ in range(PROBE_ROUNDS):
                        answers = await asyncio.gather(*(probe(path) for _ in range(concurrency)))
                        results.setdefault((path, concurrency), []).extend(answers)
        return results

    results = asyncio.run(run())
    false = 0
    for (path, concurrency), answers in results.items():
        outcomes = [outcome for outcome, _ in answers]
        degraded = sum(1 for _, body in answers if '"degraded"' in body or '"not ready"' in body)
        bad = sum(1 for o in outcomes if o.status != 200)
        false += bad
        report.figure(
            f"{path} x{concurrency} concurrent, {PROBE_ROUNDS} rounds: status {statuses(outcomes)}, "
            f"{degraded} said degraded/not ready, max {ms(max(o.seconds for o in outcomes))}"
        )
    report.target(
        "0 false 503s (or other non-200s) on a healthy system",
        false == 0,
        f"{false} of {sum(len(a) for a in results.values())}",
    )


# =====================================================================================================
# 7. Bad inputs: 4xx (never 5xx), stored thresholds unchanged, no breaker trip
# =====================================================================================================

THRESHOLDS = {"p95_latency_ms": 1234.0, "error_rate": 0.05, "daily_cost_usd": "12.34", "cache_hit_ratio": 0.4}
BIG_BODY_BYTES = 20 * 1024 * 1024
# /v1 calls with a lone surrogate before the normal calls: enough to open a breaker in both web
# workers if bad input counted as provider failures (LLM_BREAKER_FAILURES is 5 by default).
SURROGATE_CALLS = 12
NORMAL_CALLS_AFTER = 4
# The raw JSON texts, escapes and all: json.dumps would never write a lone surrogate escape.
BAD_TEXTS = {"lone surrogate": r"hi \ud800", "NUL": r"hi \u0000 there", "blank": "   "}


def bad_requests() -> list[tuple[str, str, str, bytes]]:
    """(what, method, path, body) for every bad text on every endpoint family in the brief."""
    requests = []
    for label, text in BAD_TEXTS.items():
        requests += [
            (f"/v1/chat/completions {label}", "POST", "/v1/chat/completions",
             f'{{"model": "auto", "messages": [{{"role": "user", "content": "{text}"}}]}}'.encode()),
            (f"/api/v1/chat {label}", "POST", "/api/v1/chat", f'{{"message": "{text}"}}'.encode()),
            (f"/api/v1/metrics/aggregated {label}", "POST", "/api/v1/metrics/aggregated",
             f'{{"kind": "{text}", "group_by": ["route"]}}'.encode()),
        ]  # fmt: skip
    requests.append(
        ("thresholds, surrogate in a value", "PUT", "/api/v1/metrics/thresholds", rb'{"p95_latency_ms": "hi \ud800"}')
    )
    return requests


def stored_thresholds(restaurant_id: int) -> dict[str, Any]:
    from analytics.models import Threshold

    with django_db():
        row = Threshold.objects.filter(restaurant_id=restaurant_id).values(*THRESHOLDS).first() or {}
    return {
        name: (str(value) if name == "daily_cost_usd" and value is not None else value) for name, value in row.items()
    }


def inputs(t: Topology, report: Report) -> None:
    restaurant_id = topo.restaurant().pk

    async def run() -> tuple[Outcome, list[Outcome], list[Outcome], list[Outcome]]:
        async with client(t.base_url, 60.0) as http:
            api = Api(http, t.api_key)
            setup, _ = await api.raw(
                "thresholds (valid)", "PUT", "/api/v1/metrics/thresholds", json.dumps(THRESHOLDS).encode()
            )
            bad = [(await api.raw(what, method, path, body))[0] for what, method, path, body in bad_requests()]
            chunked = [
                (await asyncio.to_thread(
                    chunked_request, topo.HOST, t.web_port, "PUT", "/api/v1/metrics/thresholds", t.api_key, [],
                ))[0],
                (await asyncio.to_thread(
                    chunked_request, topo.HOST, t.web_port, "PUT", "/api/v1/metrics/thresholds", t.api_key,
                    big_body(BIG_BODY_BYTES),
                ))[0],
            ]  # fmt: skip
            surrogate = bad_requests()[0]
            for _ in range(SURROGATE_CALLS):
                bad.append((await api.raw(surrogate[0], surrogate[1], surrogate[2], surrogate[3]))[0])
            normal = [await api.completion(unique_question()) for _ in range(NORMAL_CALLS_AFTER)]
            normal.append(await api.chat(unique_question()))
            return setup, bad, chunked, normal

    setup, bad, chunked, normal = asyncio.run(run())
    if setup.status != 200:
        report.target("a valid thresholds PUT is taken (the baseline)", False, f"{setup.status} {setup.detail}")
        return
    after = stored_thresholds(restaurant_id)
    for what in sorted({o.what for o in bad}):
        report.figure(f"{what}: {statuses([o for o in bad if o.what == what])}")
    chunked[0] = Outcome(
        "chunked empty body", chunked[0].status, chunked[0].started, chunked[0].seconds, chunked[0].detail
    )
    chunked[1] = Outcome(
        f"chunked {BIG_BODY_BYTES // 2**20} MB body",
        chunked[1].status,
        chunked[1].started,
        chunked[1].seconds,
        chunked[1].detail,
    )
    for outcome in chunked:
        report.figure(
            f"PUT /api/v1/metrics/thresholds, {outcome.what}: {outcome.status or 'no answer'} in {ms(outcome.seconds)} {outcome.detail}".rstrip()
        )
    malformed = bad + chunked
    not_4xx = [o for o in malformed if o.status is None or not 400 <= o.status < 500]
    report.target(
        "every malformed request gets a 4xx (0 5xx)",
        not not_4xx,
        f"{sum(o.server_error for o in malformed)} 5xx, {len(not_4xx)} not 4xx of {len(malformed)}"
        + (f" ({'; '.join(f'{o.what} -> {o.status}' for o in not_4xx[:4])})" if not_4xx else ""),
    )
    expected = {name: (str(value) if name == "daily_cost_usd" else value) for name, value in THRESHOLDS.items()}
    changed = {name: after.get(name) for name in expected if after.get(name) != expected[name]}
    report.target(
        "stored thresholds unchanged by malformed requests",
        not changed,
        f"changed: {changed}" if changed else "unchanged",
    )
    report.figure(latency_line(f"normal calls after {SURROGATE_CALLS + 1} surrogate /v1 calls", normal))
    report.target(
        "0 breaker trips from input (normal calls right after all answer 200)",
        all(o.status == 200 for o in normal),
        statuses(normal),
    )


def big_body(size: int) -> Iterator[bytes]:
    """A JSON object that a reader without a limit would take: 20 MB of padding, then a valid threshold."""
    yield b'{"pad": "'
    block = b"x" * 65536
    for _ in range(size // len(block)):
        yield block
    yield b'", "p95_latency_ms": 1}'


# =====================================================================================================

Experiment = Callable[[Topology, Report], None]


@dataclass(frozen=True)
class Spec:
    name: str
    title: str
    run: Experiment


# In the order they run: experiments that need a closed breaker and a quiet worker go first,
# the upstream hangs (which open the breaker) last.
EXPERIMENTS = (
    Spec("probes", "2, 4 and 8 concurrent /readiness and /health probes on a healthy system", probes),
    Spec("inputs", "bad inputs: surrogates, NUL, blanks, chunked empty and 20 MB bodies", inputs),
    Spec("redis", "Redis SIGKILLed mid-load and restarted on the same port", redis),
    Spec("postgres", f"PostgreSQL stopped for {PG_DOWN_SECONDS:.0f} s under load", postgres),
    Spec("sigterm", "web tier SIGTERMed, SIGKILLed 10 s later, during a diner's stream", sigterm),
    Spec("celery", f"Celery worker SIGKILLed mid-import and mid-index ({CELERY_WINES} wines)", celery),
    Spec("upstream", f"{HANG_SHARE:.0%} of upstream model calls hang", upstream),
)
