"""Server-Sent Events: one encoder and one response for every stream we serve.

The diner's answer (chat/views.py), ``/api/v1/chat/stream`` (api/views.py) and OpenAI's
``/v1/chat/completions`` with ``stream: true`` (api/openai_compat.py) all write events here,
so the framing and the headers a proxy needs cannot drift apart. The two API streams read
their events up to the first word here too (``events_to_first_word``), so a failure before it
is an HTTP status.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any, Protocol, TypeVar

from django.http import StreamingHttpResponse


class _Event(Protocol):
    @property
    def type(self) -> str: ...


EventT = TypeVar("EventT", bound=_Event)


def sse_event(event: str | None, data: str) -> bytes:
    """One event; ``event`` None for a data-only one (OpenAI's chunks). Multi-line data is split
    into data lines: EventSource also ends a line at a lone CR, so those are normalised first,
    or a token holding one could end the event early."""
    lines = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = f"event: {event}\n" if event is not None else ""
    return (head + "".join(f"data: {line}\n" for line in lines) + "\n").encode()


def sse_json(event: str | None, payload: Any) -> bytes:
    """One event whose data is ``payload`` as JSON (on one line)."""
    return sse_event(event, json.dumps(payload, default=str))


def event_stream_response(body: AsyncIterator[bytes]) -> StreamingHttpResponse:
    """The streaming response for ``body``'s events: never cached, never buffered by a proxy."""
    response = StreamingHttpResponse(body, content_type="text/event-stream")
    response["Cache-Control"] = "no-cache, no-store"
    # Proxies (nginx) must pass events through as they come, not buffer the stream.
    response["X-Accel-Buffering"] = "no"
    return response


async def events_to_first_word(events: AsyncIterator[EventT]) -> list[EventT]:
    """The events up to the first word (a ``token``), the end or an error, whichever comes first.

    An API stream reads them before it answers, so a failure before any word is an HTTP
    status a client's SDK raises on, not a 200 with an error event in it.
    """
    head: list[EventT] = []
    async for event in events:
        head.append(event)
        if event.type in ("token", "done", "error"):
            break
    return head
