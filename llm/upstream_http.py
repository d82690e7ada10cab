"""Plain (non-streamed) completions over HTTP/1.1 keep-alive connections, without httpx.

Every uncached API answer is one POST to an upstream. Through the SDK's client that POST cost
~1 ms of CPU (profiled with py-spy under 32 concurrent calls: 37% of a worker's event loop,
of which httpcore's connection handling alone was 26%: its connection pool, anyio streams, and
a ``select()`` on every pooled socket before reuse). Here it is a request written and a
response read on asyncio streams: ~0.15 ms.

What stays the SDK's: the headers it sends (taken from the client once), its typed errors
(``openai.APIStatusError`` from its own ``_make_status_error_from_response``, with the
response's headers for ``Retry-After``; ``APIConnectionError`` for a connection that fails),
its TLS trust (``httpx2.create_ssl_context``), and every streamed call. An upstream reached
through a proxy (``HTTP_PROXY`` and the like, which the SDK honours) is left to the SDK.

Connections belong to the event loop that opened them. One that the server closed while idle
shows as at EOF and is dropped before reuse, at no cost; one it closes just as we write is
tried once more on a new connection when not a byte of the answer came back, as clients do
with a stale keep-alive connection. Time limits are the gateway's (each attempt runs under
``asyncio.timeout``); a call cancelled half-way closes its connection.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
import zlib
from typing import Any

import httpx2
import openai

# Idle connections kept per upstream and loop, as the SDK's pool keeps (max_keepalive 100).
MAX_IDLE_CONNECTIONS = 100
# An idle connection older than this is closed rather than reused: httpcore's keep-alive expiry.
IDLE_SECONDS = 5.0
# A response head larger than this is not an OpenAI-compatible answer (StreamReader's limit).
MAX_HEAD_BYTES = 64 * 1024

# How a body was framed and encoded on the wire, not what it is once read.
_FRAMING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})

_Connection = tuple[asyncio.StreamReader, asyncio.StreamWriter]


class _Stale(Exception):
    """A reused connection closed before a byte of the answer came back: try a new one."""


def goes_through_proxy(base_url: str) -> bool:
    """Whether the environment sends this URL through a proxy (the SDK's client would use it)."""
    url = httpx2.URL(base_url)
    proxies = urllib.request.getproxies()
    if not (proxies.get(url.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(url.host)


def sdk_headers(client: openai.AsyncOpenAI) -> dict[str, str]:
    """The headers the SDK sends on every call (its defaults and the key), without per-call ones."""
    headers = {**client.default_headers, **client.auth_headers}
    return {name: value for name, value in headers.items() if isinstance(value, str)}


class KeepAliveUpstream:
    """POSTs JSON to one OpenAI-compatible base URL from one event loop."""

    def __init__(self, client: openai.AsyncOpenAI) -> None:
        self._sdk = client
        url = client.base_url
        self._secure = url.scheme == "https"
        self._host = url.host
        self._port = url.port or (443 if self._secure else 80)
        self._base_path = url.raw_path.decode("ascii").rstrip("/")
        self._head_lines = "".join(
            f"{name}: {value}\r\n"
            for name, value in {"Host": url.netloc.decode("ascii"), **sdk_headers(client)}.items()
            if name.lower() not in ("content-length", "accept-encoding", "connection")
        )
        self._ssl = httpx2.create_ssl_context() if self._secure else None
        self._idle: list[tuple[float, _Connection]] = []

    async def post_json(self, path: str, body: dict[str, Any]) -> Any:
        """The answer's JSON; raises the SDK's ``APIStatusError`` on a 4xx/5xx, ``APIConnectionError`` when the
        connection fails."""
        payload = json.dumps(body, separators=(",", ":")).encode("ascii")
        target = f"{self._base_path}{path}"
        head = (
            f"POST {target} HTTP/1.1\r\n{self._head_lines}Accept-Encoding: identity\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n"
        ).encode("latin-1")
        try:
            try:
                status, headers, content = await self._exchange(head + payload, reuse=True)
            except _Stale:
                status, headers, content = await self._exchange(head + payload, reuse=False)
        except (
            OSError,
            EOFError,
            ValueError,
            zlib.error,
            asyncio.LimitOverrunError,
            asyncio.IncompleteReadError,
        ) as error:
            raise openai.APIConnectionError(
                message=f"Connection error: {error!r}", request=self._request(target)
            ) from error
        if status >= 400:
            # The body as read (decoded, whole): httpx2 must not decode or frame it again.
            kept = [(name, value) for name, value in headers if name not in _FRAMING_HEADERS]
            response = httpx2.Response(status, headers=kept, content=content, request=self._request(target))
            raise self._sdk._make_status_error_from_response(response)
        return json.loads(content)

    def _request(self, target: str) -> httpx2.Request:
        scheme = "https" if self._secure else "http"
        return httpx2.Request("POST", f"{scheme}://{self._host}:{self._port}{target}")

    async def _exchange(self, request: bytes, *, reuse: bool) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = self._idle_connection() if reuse else None
        reused = connection is not None
        if connection is None:
            connection = await asyncio.open_connection(
                self._host,
                self._port,
                ssl=self._ssl,
                limit=MAX_HEAD_BYTES,
                server_hostname=self._host if self._ssl else None,
            )
        reader, writer = connection
        keep = False
        try:
            writer.write(request)
            try:
                await writer.drain()
                status_line = await reader.readuntil(b"\r\n")
            except (ConnectionError, asyncio.IncompleteReadError) as error:
                if reused and not getattr(error, "partial", b""):
                    raise _Stale from error
                raise
            status, headers, content, keep = await _read_response(status_line, reader)
            return status, headers, content
        finally:
            if keep and len(self._idle) < MAX_IDLE_CONNECTIONS:
                self._idle.append((time.monotonic(), connection))
            else:
                writer.close()

    def _idle_connection(self) -> _Connection | None:
        now = time.monotonic()
        while self._idle:
            since, (reader, writer) = self._idle.pop()
            if reader.at_eof() or writer.is_closing() or now - since > IDLE_SECONDS:
                writer.close()
                continue
            return reader, writer
        return None


async def _read_response(
    status_line: bytes, reader: asyncio.StreamReader
) -> tuple[int, list[tuple[str, str]], bytes, bool]:
    """(status, headers, body, whether the connection may be reused) after the status line."""
    while True:
        version, _, rest = status_line.decode("latin-1").partition(" ")
        status = int(rest[:3])
        headers: list[tuple[str, str]] = []
        while (line := await reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            headers.append((name.strip().lower(), value.strip()))
        if not 100 <= status < 200:
            break
        status_line = await reader.readuntil(b"\r\n")  # an interim response (100 Continue): the real one follows
    fields = dict(headers)
    keep = version == "HTTP/1.1" and fields.get("connection", "").lower() != "close"
    if status in (204, 304):
        content = b""
    elif "chunked" in fields.get("transfer-encoding", "").lower():
        content = await _read_chunked(reader)
    elif "content-length" in fields:
        content = await reader.readexactly(int(fields["content-length"]))
    else:
        content, keep = await reader.read(), False  # the body runs to the connection's end
    # Asked for identity; gzip and deflate still read, from a server that compresses anyway.
    encoding = fields.get("content-encoding", "identity").lower()
    if encoding == "gzip":
        content = zlib.decompress(content, 16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        content = zlib.decompress(content)
    elif encoding != "identity":
        raise ValueError(f"unsupported content-encoding {encoding!r}")
    return status, headers, content, keep


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while size := int((await reader.readuntil(b"\r\n")).split(b";", 1)[0], 16):
        parts.append((await reader.readexactly(size + 2))[:-2])
    while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
        pass
    return b"".join(parts)
