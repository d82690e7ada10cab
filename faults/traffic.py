"""What the experiments send: diners (page, question, SSE answer), API calls, and bounded load.

Everything goes over real HTTP to the web tier. Each request becomes an ``Outcome`` (its
status, or None when no HTTP answer came at all: refused, reset, timed out), and the
figures are computed from those.

The production profile marks cookies Secure, and an HTTP client rightly keeps Secure
cookies off plain HTTP; the suite talks plain HTTP to 127.0.0.1 (TLS is the proxy's job in
production), so a diner keeps its cookies itself and sends them back, as the browser behind
that proxy would.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import math
import re
import select
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field

import httpx

QUESTIONS = (
    "A red under $60 for the lamb?",
    "Something crisp and white for the oysters",
    "What goes with the salmon, under $70?",
    "A light red for the mushroom risotto",
    "Something sparkling to start",
    "A rich white for the halibut",
    "A red by the glass for the burger",
    "What would you pour with the duck?",
)
_counter = itertools.count(1)


def unique_question() -> str:
    """A question no cache has seen ("(guest N)" is ignored by the dialogue rules, not by the caches)."""
    n = next(_counter)
    return f"{QUESTIONS[n % len(QUESTIONS)]} (guest {n}-{time.monotonic_ns() % 1_000_000})"


@dataclass(frozen=True)
class Outcome:
    what: str
    status: int | None  # None: no HTTP answer at all
    started: float  # time.monotonic()
    seconds: float
    detail: str = ""

    @property
    def ended(self) -> float:
        return self.started + self.seconds

    @property
    def server_error(self) -> bool:
        return self.status is not None and self.status >= 500

    @property
    def failed(self) -> bool:
        """A 5xx or no answer: what a user sees as the site being broken."""
        return self.status is None or self.status >= 500


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in 0..1); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def statuses(outcomes: Iterable[Outcome]) -> str:
    """'200x41 503x3 none x1' style summary."""
    counts: dict[str, int] = {}
    for outcome in outcomes:
        key = str(outcome.status) if outcome.status is not None else "no-answer"
        counts[key] = counts.get(key, 0) + 1
    return " ".join(f"{key}x{count}" for key, count in sorted(counts.items())) or "none"


def ms(seconds: float) -> str:
    return "n/a" if seconds != seconds else f"{seconds * 1000:.0f} ms"


def first_failures(outcomes: Iterable[Outcome], limit: int = 3) -> str:
    bad = [o for o in outcomes if o.failed]
    return "; ".join(f"{o.what} -> {o.status or 'no answer'} {o.detail}".strip() for o in bad[:limit])


async def timed(what: str, call: Awaitable[httpx.Response], started: float | None = None) -> Outcome:
    started = time.monotonic() if started is None else started
    try:
        response = await call
    except httpx.HTTPError as error:
        return Outcome(what, None, started, time.monotonic() - started, f"{type(error).__name__}: {error}"[:160])
    detail = ""
    if response.status_code >= 500:
        detail = response.text[:160].replace("\n", " ")
    return Outcome(what, response.status_code, started, time.monotonic() - started, detail)


# --- SSE -------------------------------------------------------------------------------------

_OOB_TEXT = re.compile(r'id="answer-text-\d+" hx-swap-oob="true">(.*?)</p>', re.DOTALL)


@dataclass
class AnswerStream:
    """What a diner saw of one answer's stream."""

    status: int | None = None
    words: str = ""  # the token events' text, as shown
    done: bool = False
    error: str = ""  # an `error` event's text
    replaced: str | None = None  # the done event's swapped-in final text, if any
    stopped: bool = False  # the done event says the answer was stopped, not finished
    broken: str = ""  # why the stream ended without `done` (connection cut, timeout)
    events: list[str] = field(default_factory=list)

    @property
    def final_text(self) -> str:
        return self.replaced if self.replaced is not None else self.words


def _event(block: str) -> tuple[str, str]:
    name, data = "message", []
    for line in block.split("\n"):
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    return name, "\n".join(data)


async def sse_events(response: httpx.Response) -> AsyncIterator[tuple[str, str]]:
    buffer = ""
    async for chunk in response.aiter_text():
        buffer += chunk.replace("\r\n", "\n")
        while "\n\n" in buffer:
            block, buffer = buffer.split("\n\n", 1)
            if block.strip() and not block.startswith(":"):
                yield _event(block)


def normalised(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


# --- a diner -----------------------------------------------------------------------------------


class Diner:
    """One browser at a restaurant's page: its cookies, questions and answer streams."""

    def __init__(self, client: httpx.AsyncClient, slug: str) -> None:
        self.client = client
        self.slug = slug
        self.cookies: dict[str, str] = {}

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = dict(extra or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return headers

    def _keep(self, response: httpx.Response) -> None:
        for header in response.headers.get_list("set-cookie"):
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0].strip()

    async def page(self, table: int | None = None) -> Outcome:
        started = time.monotonic()
        path = f"/r/{self.slug}/" + (f"?table={table}" if table else "")
        try:
            response = await self.client.get(path, headers=self._headers())
        except httpx.HTTPError as error:
            return Outcome("diner page", None, started, time.monotonic() - started, type(error).__name__)
        self._keep(response)
        return Outcome("diner page", response.status_code, started, time.monotonic() - started)

    async def ask(self, text: str) -> tuple[list[Outcome], int | None]:
        """The htmx POST of a question (after a first visit to the page when the diner has no cookies yet).

        Returns every request's outcome (the visit included: each is a request the server answered
        and recorded) and the answer's id when the question was taken.
        """
        outcomes: list[Outcome] = []
        if "csrftoken" not in self.cookies:
            opened = await self.page()
            outcomes.append(opened)
            if opened.failed or "csrftoken" not in self.cookies:
                return outcomes, None
        started = time.monotonic()
        headers = self._headers({"HX-Request": "true", "X-CSRFToken": self.cookies["csrftoken"]})
        try:
            response = await self.client.post(
                f"/r/{self.slug}/messages", data={"text": text, "client_id": _uuid()}, headers=headers
            )
        except httpx.HTTPError as error:
            outcomes.append(Outcome("diner question", None, started, time.monotonic() - started, type(error).__name__))
            return outcomes, None
        self._keep(response)
        found = re.search(r'id="answer-(\d+)"', response.text)
        detail = response.text[:160].replace("\n", " ") if response.status_code >= 400 else ""
        outcomes.append(Outcome("diner question", response.status_code, started, time.monotonic() - started, detail))
        return outcomes, int(found.group(1)) if found and response.status_code == 200 else None

    def stream_path(self, answer_id: int) -> str:
        return f"/r/{self.slug}/answers/{answer_id}/stream"

    async def stream(
        self,
        answer_id: int,
        *,
        timeout: float = 60.0,
        on_token: Callable[[AnswerStream], None] | None = None,
    ) -> tuple[Outcome, AnswerStream]:
        """GET the answer's SSE stream to its end (``done``), a cut, or ``timeout``."""
        seen = AnswerStream()
        started = time.monotonic()
        try:
            async with asyncio.timeout(timeout):
                async with self.client.stream("GET", self.stream_path(answer_id), headers=self._headers()) as response:
                    seen.status = response.status_code
                    if response.status_code == 200:
                        async for name, data in sse_events(response):
                            seen.events.append(name)
                            if name == "token":
                                seen.words += html.unescape(data)
                                if on_token is not None:
                                    on_token(seen)
                            elif name == "error":
                                seen.error = normalised(data)
                            elif name == "done":
                                if data.strip():
                                    seen.done = True
                                    seen.stopped = "You stopped this answer" in data
                                    replaced = _OOB_TEXT.search(data)
                                    if replaced:
                                        seen.replaced = html.unescape(replaced.group(1))
                                break
                    else:
                        await response.aread()
        except TimeoutError:
            seen.broken = f"no end within {timeout:.0f} s"
        except httpx.HTTPError as error:
            seen.broken = f"{type(error).__name__}: {error}"[:160]
        if not seen.done and not seen.broken and not seen.error and seen.status == 200:
            seen.broken = "the stream closed without a done event"
        outcome = Outcome("diner answer", seen.status, started, time.monotonic() - started, seen.error or seen.broken)
        return outcome, seen

    async def answer(self, text: str, *, timeout: float = 60.0) -> tuple[list[Outcome], AnswerStream | None]:
        """Ask and read the answer to its end: the question's outcome, then the stream's."""
        asked, answer_id = await self.ask(text)
        if answer_id is None:
            return asked, None
        streamed, seen = await self.stream(answer_id, timeout=timeout)
        return [*asked, streamed], seen


def _uuid() -> str:
    import uuid

    return str(uuid.uuid4())


# --- the API -------------------------------------------------------------------------------------


class Api:
    def __init__(self, client: httpx.AsyncClient, key: str) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {key}"}

    async def completion(self, text: str, *, model: str = "auto") -> Outcome:
        body = {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": 80}
        return await timed(
            "/v1/chat/completions", self.client.post("/v1/chat/completions", json=body, headers=self.headers)
        )

    async def chat(self, text: str) -> Outcome:
        return await timed(
            "/api/v1/chat", self.client.post("/api/v1/chat", json={"message": text}, headers=self.headers)
        )

    async def stats(self) -> Outcome:
        return await timed("/api/v1/stats", self.client.get("/api/v1/stats", headers=self.headers))

    async def raw(self, what: str, method: str, path: str, body: bytes) -> tuple[Outcome, str]:
        """A request with exactly these body bytes (e.g. JSON with escapes Python would not write)."""
        headers = {**self.headers, "Content-Type": "application/json"}
        started = time.monotonic()
        try:
            response = await self.client.request(method, path, content=body, headers=headers)
        except httpx.HTTPError as error:
            return Outcome(what, None, started, time.monotonic() - started, type(error).__name__), ""
        return Outcome(what, response.status_code, started, time.monotonic() - started), response.text


def chunked_request(
    host: str, port: int, method: str, path: str, key: str, chunks: Iterable[bytes], *, timeout: float = 60.0
) -> tuple[Outcome, str]:
    """A request with ``Transfer-Encoding: chunked`` and no Content-Length, over a plain socket.

    Sending stops as soon as the server answers (a 413 need not wait for 20 MB); the answer is
    then read to its end. Returns the outcome and the response body.
    """
    what = f"{method} {path} (chunked)"
    started = time.monotonic()
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {key}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ).encode()
    received = b""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(head)
            with_answer = False
            try:
                for chunk in chunks:
                    if select.select([sock], [], [], 0)[0]:
                        with_answer = True  # the server answered (or closed) before the body's end
                        break
                    if chunk:
                        sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                if not with_answer:
                    sock.sendall(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # closed on us mid-body: read whatever answer it sent first
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    data = sock.recv(65536)
                except ConnectionResetError:
                    break
                if not data:
                    break
                received += data
    except OSError as error:
        return Outcome(what, None, started, time.monotonic() - started, f"{type(error).__name__}: {error}"), ""
    match = re.match(rb"HTTP/1\.[01] (\d{3})", received)
    if match is None:
        return Outcome(what, None, started, time.monotonic() - started, "the server closed without an answer"), ""
    body = received.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in received else b""
    return Outcome(what, int(match.group(1)), started, time.monotonic() - started), body.decode(errors="replace")


# --- bounded load ----------------------------------------------------------------------------------

Action = Callable[[], Awaitable[list[Outcome]]]


async def load(
    actions: Sequence[Action],
    *,
    concurrency: int,
    max_requests: int,
    stop: asyncio.Event,
    pause: float = 0.0,
) -> list[Outcome]:
    """Run the actions round-robin on ``concurrency`` loops until ``stop`` or ``max_requests`` outcomes."""
    outcomes: list[Outcome] = []
    turn = itertools.count()

    async def loop() -> None:
        while not stop.is_set() and len(outcomes) < max_requests:
            action = actions[next(turn) % len(actions)]
            outcomes.extend(await action())
            if pause:
                await asyncio.sleep(pause)

    await asyncio.gather(*(loop() for _ in range(concurrency)))
    return outcomes


def client(base_url: str, timeout: float) -> httpx.AsyncClient:
    # Connections are not reused across a server restart anyway; a small pool per experiment.
    return httpx.AsyncClient(
        base_url=base_url, timeout=httpx.Timeout(timeout, connect=5.0), limits=httpx.Limits(max_connections=64)
    )


def json_bytes(value: object) -> bytes:
    return json.dumps(value).encode()
