"""The keep-alive client for plain completions (llm/upstream_http.py), against a scripted HTTP server.

Each test runs its own loop and server: the server answers each request with the next scripted
raw response and counts the connections it accepted, so reuse and framing are seen on the wire.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Callable, Coroutine
from typing import Any

import openai
import pytest

from llm.providers import OpenAICompatibleProvider
from llm.upstream_http import KeepAliveUpstream, goes_through_proxy

ANSWER = {"choices": [{"message": {"content": "Yes."}, "finish_reason": "stop"}]}


def raw(status: int, body: bytes, *headers: str) -> bytes:
    head = "".join(f"{header}\r\n" for header in headers)
    return f"HTTP/1.1 {status} X\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body


ANSWER_RAW = raw(200, json.dumps(ANSWER).encode(), "Content-Type: application/json")


class ScriptedServer:
    """Answers requests in order with ``responses``; ``close_after`` closes the connection after that reply."""

    def __init__(self, responses: list[bytes], *, close_after: set[int] | None = None, hang: bool = False) -> None:
        self.responses = list(responses)
        self.close_after = close_after or set()
        self.hang = hang
        self.connections = 0
        self.requests: list[bytes] = []
        self.server: asyncio.Server | None = None

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/v1"

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
                self.requests.append(head + await reader.readexactly(length))
                if self.hang:
                    await asyncio.sleep(30)
                number = len(self.requests)
                writer.write(self.responses.pop(0))
                await writer.drain()
                if number in self.close_after:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(test())


def upstream(base_url: str) -> KeepAliveUpstream:
    return KeepAliveUpstream(openai.AsyncOpenAI(base_url=base_url, api_key="sk-test", max_retries=0))


def test_it_reuses_one_connection_for_calls_one_after_another() -> None:
    async def test() -> None:
        server = ScriptedServer([ANSWER_RAW] * 3)
        async with server as base_url:
            client = upstream(base_url)
            answers = [await client.post_json("/chat/completions", {"model": "m"}) for _ in range(3)]

        assert answers == [ANSWER] * 3
        assert server.connections == 1

    run(test)


def test_it_sends_the_sdks_headers_and_the_body_as_json() -> None:
    async def test() -> None:
        server = ScriptedServer([ANSWER_RAW])
        async with server as base_url:
            await upstream(base_url).post_json("/chat/completions", {"model": "m", "messages": []})

        head, _, body = server.requests[0].partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        assert lines[0] == "POST /v1/chat/completions HTTP/1.1"
        assert "Authorization: Bearer sk-test" in lines
        assert f"User-Agent: AsyncOpenAI/Python {openai.__version__}" in lines
        assert "Content-Type: application/json" in lines
        assert json.loads(body) == {"model": "m", "messages": []}

    run(test)


def test_it_reads_chunked_and_gzipped_answers() -> None:
    async def test() -> None:
        body = json.dumps(ANSWER).encode()
        chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"".join(
            f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (body[:10], body[10:])
        )
        zipped = gzip.compress(body)
        server = ScriptedServer([chunked + b"0\r\n\r\n", raw(200, zipped, "Content-Encoding: gzip")])
        async with server as base_url:
            client = upstream(base_url)
            answers = [await client.post_json("/chat/completions", {}) for _ in range(2)]

        assert answers == [ANSWER, ANSWER]
        assert server.connections == 1

    run(test)


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(raw(200, b"{}", "Connection: close"), id="the server said close"),
        # The server closes after the first answer without saying so: the idle connection is
        # dead by the second call, whether or not the client has seen the close yet.
        pytest.param(ANSWER_RAW, id="an idle connection closed unannounced, tried once anew"),
    ],
)
def test_it_opens_a_new_connection_when_the_last_one_was_closed(first: bytes) -> None:
    async def test() -> None:
        server = ScriptedServer([first, ANSWER_RAW], close_after={1})
        async with server as base_url:
            client = upstream(base_url)
            await client.post_json("/chat/completions", {})
            assert await client.post_json("/chat/completions", {}) == ANSWER

        assert server.connections == 2

    run(test)


def test_it_raises_the_sdks_status_errors_with_the_headers() -> None:
    async def test() -> None:
        body = json.dumps({"error": {"message": "slow down"}}).encode()
        server = ScriptedServer([raw(429, body, "Retry-After-Ms: 2500"), ANSWER_RAW])
        async with server as base_url:
            client = upstream(base_url)
            with pytest.raises(openai.RateLimitError) as raised:
                await client.post_json("/chat/completions", {})
            # The connection stays usable after an error answer.
            assert await client.post_json("/chat/completions", {}) == ANSWER

        assert raised.value.status_code == 429
        assert raised.value.response.headers["retry-after-ms"] == "2500"
        assert str(raised.value) == "Error code: 429 - slow down"
        assert server.connections == 1

    run(test)


def test_it_raises_a_connection_error_when_nobody_listens() -> None:
    async def test() -> None:
        server = ScriptedServer([])
        async with server as base_url:
            pass  # closed: the port no longer listens

        with pytest.raises(openai.APIConnectionError):
            await upstream(base_url).post_json("/chat/completions", {})

    run(test)


def test_it_closes_the_connection_of_a_call_cancelled_half_way() -> None:
    async def test() -> None:
        server = ScriptedServer([], hang=True)
        async with server as base_url:
            client = upstream(base_url)
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.2):
                    await client.post_json("/chat/completions", {})

            assert client._idle == []

    run(test)


def test_it_leaves_an_upstream_behind_a_proxy_to_the_sdk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.setenv("NO_PROXY", "vllm.internal")
    provider = OpenAICompatibleProvider(base_url="https://api.openai.com/v1", api_key="sk", timeout=5.0)

    async def chosen() -> Any:
        return provider._upstream()

    assert goes_through_proxy("https://api.openai.com/v1")
    assert not goes_through_proxy("https://vllm.internal/v1")
    assert not goes_through_proxy("http://api.openai.com/v1")
    assert asyncio.run(chosen()) is None


def test_it_leaves_a_base_url_with_a_query_to_the_sdk() -> None:
    provider = OpenAICompatibleProvider(base_url="http://vllm.internal/v1?api-version=1", api_key="sk", timeout=5.0)

    async def chosen() -> Any:
        return provider._upstream()

    assert asyncio.run(chosen()) is None
