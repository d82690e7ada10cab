"""A real OpenAI-compatible HTTP server for tests and benchmarks.

It stands in for paid providers only: deterministic answers, streaming with
usage, configurable latency, and injected faults (500, 429, a 400 about the
request, a hang, a stream cut or stalled half-way), with a call counter. It speaks real HTTP through uvicorn, so the
code under test uses the real ``openai`` SDK against it.

    with LLMTestServer() as server:
        server.state.set_reply("draft", "Foillard Morgon, $58.")
        server.state.queue_faults("draft", ["500", "ok"])
        server.state.set_fault_rate("*", "timeout", 0.3)  # every model: 3 calls in 10 hang
        ...  # point the gateway at server.base_url

Or standalone: ``python -m llm.testing.server --port 8089 --latency-ms 200``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import socket
import threading
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import uvicorn

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Outcomes a queued fault can produce; "ok" answers normally. "timeout" never answers;
# "stall" streams half the answer and then hangs (a plain completion just hangs);
# "cut" streams half and closes; "400"/"422" refuse the request itself (the caller's input).
FAULTS = frozenset({"ok", "500", "503", "429", "400", "422", "timeout", "stall", "cut"})
# Long enough to outlast any client timeout in tests, short enough to end with the test run.
HANG_SECONDS = 30.0
# The draft the answering pipeline asks a model to rewrite (chat.answering.writing.rewrite_request).
_DRAFT = re.compile(r"\nDraft:\n(.+)\Z", re.DOTALL)


def count_tokens(text: str) -> int:
    """Deterministic stand-in for a tokenizer: one token per word."""
    return len(text.split())


@dataclass
class ServerState:
    """What the server will do; tests change it directly (same process), calls go over HTTP."""

    latency_ms: float = 0.0
    token_delay_ms: float = 0.0
    # What a 429 asks the client to wait: ("retry-after", "0") by default, or ("retry-after-ms", "2500").
    retry_after: tuple[str, str] = ("retry-after", "0")
    replies: dict[str, str] = field(default_factory=dict)
    faults: dict[str, deque[str]] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)
    requests: list[dict[str, Any]] = field(default_factory=list)
    # model (or "*" for every model) -> (outcome, share of calls); queued faults go first.
    fault_rates: dict[str, tuple[str, float]] = field(default_factory=dict)
    rated_calls: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def set_reply(self, model: str, reply: str) -> None:
        with self.lock:
            self.replies[model] = reply

    def queue_faults(self, model: str, outcomes: list[str]) -> None:
        unknown = set(outcomes) - FAULTS
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}; use {sorted(FAULTS)}")
        with self.lock:
            self.faults.setdefault(model, deque()).extend(outcomes)

    def set_fault_rate(self, model: str, outcome: str, rate: float) -> None:
        """``outcome`` for a share ``rate`` of ``model``'s calls ("*": every model), spread evenly.

        Deterministic rather than random, so a run is repeatable: with 0.3, calls 4, 7, 10, ...
        of each model get the fault (3 in every 10). A rate of 0 removes it.
        """
        if outcome not in FAULTS:
            raise ValueError(f"unknown fault {outcome!r}; use {sorted(FAULTS)}")
        if not 0.0 <= rate <= 1.0:
            raise ValueError(f"a fault rate is a share of calls between 0 and 1, not {rate}")
        with self.lock:
            if rate == 0.0:
                self.fault_rates.pop(model, None)
            else:
                self.fault_rates[model] = (outcome, rate)
            self.rated_calls.clear()

    def reset(self) -> None:
        with self.lock:
            self.latency_ms = self.token_delay_ms = 0.0
            self.retry_after = ("retry-after", "0")
            self.replies.clear()
            self.faults.clear()
            self.calls.clear()
            self.requests.clear()
            self.fault_rates.clear()
            self.rated_calls.clear()

    def total_calls(self) -> int:
        with self.lock:
            return sum(self.calls.values())

    def _next_outcome(self, model: str) -> str:
        with self.lock:
            queue = self.faults.get(model)
            if queue:
                return queue.popleft()
            rated = self.fault_rates.get(model) or self.fault_rates.get("*")
            if rated is None:
                return "ok"
            outcome, rate = rated
            # Call n (from 0) gets the fault when the running count of faults due, n * rate, crosses a whole number.
            n = self.rated_calls[model]
            self.rated_calls[model] += 1
            return outcome if int((n + 1) * rate) > int(n * rate) else "ok"

    def _record(self, model: str, body: dict[str, Any]) -> None:
        with self.lock:
            self.calls[model] += 1
            self.requests.append(body)

    def reply_for(self, model: str, messages: list[dict[str, Any]]) -> str:
        with self.lock:
            configured = self.replies.get(model)
        if configured is not None:
            return configured
        system = next((str(m.get("content", "")) for m in messages if m.get("role") == "system"), "")
        draft = _DRAFT.search(system)
        if draft:
            # The sommelier's rewrite request: a deterministic "rewrite" that keeps every fact.
            return f"Happily. {draft.group(1).strip()}"
        last_user = next((m.get("content", "") for m in reversed(messages) if m.get("role") == "user"), "")
        return f"Answer from {model}: {str(last_user)[:200]}"


class OpenAICompatibleApp:
    """The ASGI application: /v1/models and /v1/chat/completions."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        path, method = scope["path"], scope["method"]
        if method == "GET" and path.rstrip("/").endswith("/models"):
            await _json(send, 200, {"object": "list", "data": [{"id": m, "object": "model"} for m in self._models()]})
            return
        if method == "POST" and path.rstrip("/").endswith("/chat/completions"):
            await self._chat(receive, send)
            return
        await _json(send, 404, {"error": {"message": f"no route {method} {path}", "type": "not_found"}})

    def _models(self) -> list[str]:
        with self.state.lock:
            return sorted(set(self.state.replies) | set(self.state.calls)) or ["test-model"]

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _chat(self, receive: Receive, send: Send) -> None:
        """Answers a chat completion: records the call, waits the latency, injects the fault due,
        then replies in one JSON object or as a stream."""
        request = _parse_chat_request(await _read_body(receive))
        if request is None:
            await _json(send, 400, {"error": {"message": "invalid request body", "type": "invalid_request_error"}})
            return
        body, model, messages = request
        self.state._record(model, body)
        outcome = self.state._next_outcome(model)
        if self.state.latency_ms:
            await asyncio.sleep(self.state.latency_ms / 1000)
        if await self._answer_fault(outcome, streaming=bool(body.get("stream")), receive=receive, send=send):
            return
        completion = self._complete(model, messages, body)
        if not body.get("stream"):
            await _json(send, 200, completion.response())
            return
        await self._stream(send, receive, completion, body=body, cut=outcome == "cut", stall=outcome == "stall")

    async def _answer_fault(self, outcome: str, *, streaming: bool, receive: Receive, send: Send) -> bool:
        """Answers with the injected fault and returns True; False when the request is answered as usual.

        That is "ok", and "cut" or "stall" on a stream: those fail half-way through the answer
        (``_stream``); a plain completion cannot stall half-way, so it hangs here instead.
        """
        if outcome in ("500", "503"):
            await _json(send, int(outcome), {"error": {"message": "injected server error", "type": "server_error"}})
            return True
        if outcome in ("400", "422"):
            await _json(
                send, int(outcome), {"error": {"message": "injected invalid request", "type": "invalid_request_error"}}
            )
            return True
        if outcome == "429":
            await _json(
                send,
                429,
                {"error": {"message": "injected rate limit", "type": "rate_limit_error"}},
                headers=[(self.state.retry_after[0].encode(), self.state.retry_after[1].encode())],
            )
            return True
        if outcome == "timeout" or (outcome == "stall" and not streaming):
            await _hang_until_disconnect(receive)
            return True
        return False

    def _complete(self, model: str, messages: list[Any], body: dict[str, Any]) -> _Completion:
        """The deterministic answer: a tool call when the request invites one, else the reply,
        ended as the request's stop sequences and token limit say; with its usage."""
        tool_calls = _tool_calls(body, completion_id=f"call_{self.state.total_calls()}")
        reply, finish = ("", "tool_calls") if tool_calls else _limited(self.state.reply_for(model, messages), body)
        prompt_tokens = sum(count_tokens(str(m.get("content") or "")) for m in messages)
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": count_tokens(reply),
            "total_tokens": prompt_tokens + count_tokens(reply),
        }
        return _Completion(
            completion_id=f"chatcmpl-test-{self.state.total_calls()}",
            model=model,
            reply=reply,
            finish=finish,
            tool_calls=tool_calls,
            usage=usage,
        )

    async def _stream(
        self,
        send: Send,
        receive: Receive,
        completion: _Completion,
        *,
        body: dict[str, Any],
        cut: bool,
        stall: bool,
    ) -> None:
        """Streams the completion as server-sent events; ``cut`` and ``stall`` end it half-way."""
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")],
            }
        )
        words = completion.reply.split(" ")
        pieces = [word if i == 0 else " " + word for i, word in enumerate(words)]
        if cut or stall:
            pieces = pieces[: max(1, len(pieces) // 2)]

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            choices = [{"index": 0, "delta": delta, "finish_reason": finish}]
            return _sse({**completion.head("chat.completion.chunk"), "choices": choices})

        await send(
            {"type": "http.response.body", "body": chunk({"role": "assistant", "content": ""}), "more_body": True}
        )
        for piece in pieces if not completion.tool_calls else []:
            if self.state.token_delay_ms:
                await asyncio.sleep(self.state.token_delay_ms / 1000)
            await send({"type": "http.response.body", "body": chunk({"content": piece}), "more_body": True})
        for tool_call_delta in _tool_call_deltas(completion.tool_calls):
            await send(
                {"type": "http.response.body", "body": chunk({"tool_calls": [tool_call_delta]}), "more_body": True}
            )
        if cut:
            # Close the body without a finish chunk or [DONE]: what a dropped upstream looks like.
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        if stall:
            # Words were sent, then nothing: an upstream wedged mid-answer.
            await _hang_until_disconnect(receive)
            with contextlib.suppress(Exception):
                await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        tail = chunk({}, finish=completion.finish)
        if (body.get("stream_options") or {}).get("include_usage"):
            usage_chunk = {
                "id": completion.completion_id,
                "object": "chat.completion.chunk",
                "model": completion.model,
                "choices": [],
                "usage": completion.usage,
            }
            tail += _sse(usage_chunk)
        await send({"type": "http.response.body", "body": tail + b"data: [DONE]\n\n", "more_body": False})


@dataclass(frozen=True)
class _Completion:
    """What the server answers a chat request with, whether it streams it or not."""

    completion_id: str
    model: str
    reply: str
    finish: str
    tool_calls: list[dict[str, Any]]
    usage: dict[str, int]

    def head(self, kind: str) -> dict[str, Any]:
        """The fields a completion and each of its stream chunks start with; ``kind`` is the object type."""
        return {"id": self.completion_id, "object": kind, "created": int(time.time()), "model": self.model}

    def response(self) -> dict[str, Any]:
        """The whole completion, as a non-streamed request gets it."""
        message = (
            {"role": "assistant", "content": self.reply or None, "tool_calls": self.tool_calls}
            if self.tool_calls
            else {"role": "assistant", "content": self.reply}
        )
        return {
            **self.head("chat.completion"),
            "choices": [{"index": 0, "message": message, "finish_reason": self.finish}],
            "usage": self.usage,
        }


async def _read_body(receive: Receive) -> bytes:
    """The whole request body: ASGI hands it over in messages until ``more_body`` is false."""
    raw: bytes = b""
    while True:
        message = await receive()
        raw += message.get("body", b"")
        if not message.get("more_body"):
            return raw


def _parse_chat_request(raw: bytes) -> tuple[dict[str, Any], str, list[Any]] | None:
    """The body, model and messages of a chat completion request; None when it is not one."""
    try:
        body = json.loads(raw)
        return body, str(body["model"]), list(body["messages"])
    except (ValueError, KeyError, TypeError):
        return None


def _sse(payload: dict[str, Any]) -> bytes:
    """One server-sent event carrying ``payload`` as JSON."""
    return f"data: {json.dumps(payload)}\n\n".encode()


def _tool_call_deltas(tool_calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stream deltas of ``tool_calls``, as OpenAI streams them: each call's id and name
    first, then its arguments in pieces of 8 characters."""
    deltas: list[dict[str, Any]] = []
    for index, call in enumerate(tool_calls):
        arguments = call["function"]["arguments"]
        head = {
            "index": index,
            "id": call["id"],
            "type": "function",
            "function": {"name": call["function"]["name"], "arguments": ""},
        }
        deltas += [head] + [
            {"index": index, "function": {"arguments": arguments[start : start + 8]}}
            for start in range(0, len(arguments), 8)
        ]
    return deltas


def _tool_calls(body: dict[str, Any], *, completion_id: str) -> list[dict[str, Any]]:
    """What a model that calls tools does here: with tools offered (and tool_choice not "none"),
    and no tool result yet in the conversation, it calls the chosen tool (or the first) with the
    last user message as ``{"query": ...}``; after a tool result it answers in words."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice")
    messages = body.get("messages") or []
    if not tools or choice == "none" or any(m.get("role") == "tool" for m in messages):
        return []
    name = tools[0]["function"]["name"]
    if isinstance(choice, dict):
        name = choice["function"]["name"]
    last_user = next((str(m.get("content") or "") for m in reversed(messages) if m.get("role") == "user"), "")
    arguments = json.dumps({"query": last_user[:200]})
    return [{"id": completion_id, "type": "function", "function": {"name": name, "arguments": arguments}}]


def _limited(reply: str, body: dict[str, Any]) -> tuple[str, str]:
    """The reply as a real server would end it: at a stop sequence, or cut at max_tokens (one
    token a word here) with finish_reason "length"."""
    stops = body.get("stop") or []
    for stop in [stops] if isinstance(stops, str) else stops:
        if isinstance(stop, str) and stop and stop in reply:
            reply = reply[: reply.index(stop)]
    limit = body.get("max_tokens") or body.get("max_completion_tokens")
    words = reply.split(" ")
    if isinstance(limit, int) and 0 < limit < len(words):
        return " ".join(words[:limit]), "length"
    return reply, "stop"


async def _json(
    send: Send, status: int, payload: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(payload).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _hang_until_disconnect(receive: Receive) -> None:
    """Never answer; stop as soon as the client gives up (or after HANG_SECONDS)."""

    async def disconnected() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(disconnected(), timeout=HANG_SECONDS)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LLMTestServer:
    """Runs the app with uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, port: int | None = None) -> None:
        self.state = ServerState()
        self.port = port or free_port()
        config = uvicorn.Config(
            OpenAICompatibleApp(self.state),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="llm-test-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LLMTestServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the LLM test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> LLMTestServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description="OpenAI-compatible test server (deterministic answers)")
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--token-delay-ms", type=float, default=0.0)
    parser.add_argument(
        "--fault-rate", default="", metavar="OUTCOME:SHARE", help="e.g. timeout:0.3 (3 calls in 10 hang, every model)"
    )
    args = parser.parse_args()
    state = ServerState(latency_ms=args.latency_ms, token_delay_ms=args.token_delay_ms)
    if args.fault_rate:
        outcome, _, share = args.fault_rate.partition(":")
        state.set_fault_rate("*", outcome, float(share))
    uvicorn.run(OpenAICompatibleApp(state), host="127.0.0.1", port=args.port, log_level="info")


if __name__ == "__main__":
    main()
