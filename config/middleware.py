"""Middleware the project adds to Django's."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from inspect import iscoroutinefunction
from typing import Any, cast

from asgiref.sync import markcoroutinefunction, sync_to_async
from django.http import HttpRequest, HttpResponseBase, HttpResponsePermanentRedirect, StreamingHttpResponse
from whitenoise.middleware import WhiteNoiseMiddleware


def _next_chunk(iterator: Iterator[bytes]) -> bytes | None:
    return next(iterator, None)


async def _chunks_off_the_loop(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    iterator = iter(chunks)
    while (chunk := await sync_to_async(_next_chunk, thread_sensitive=False)(iterator)) is not None:
        yield chunk


class AsyncWhiteNoiseMiddleware(WhiteNoiseMiddleware):  # type: ignore[misc]
    """WhiteNoise that keeps the request async under ASGI.

    WhiteNoise's middleware is sync-only, and one sync-only middleware makes Django run
    every request under ASGI, async views included, on the worker's single sync
    thread: one slow streamed answer then holds up every other request.
    """

    async_capable = True
    sync_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        super().__init__(get_response)
        self._is_async = iscoroutinefunction(get_response)
        if self._is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self._is_async:
            return self._acall(request)
        return super().__call__(request)

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        static_file = self.find_file(request.path_info) if self.autorefresh else self.files.get(request.path_info)
        if static_file is not None:
            response: HttpResponseBase = await sync_to_async(self.serve, thread_sensitive=False)(static_file, request)
            if isinstance(response, StreamingHttpResponse) and not response.is_async:
                # Django would read a sync file iterator to the end in a thread before sending
                # (with a warning); read it chunk by chunk off the event loop instead.
                response.streaming_content = _chunks_off_the_loop(cast("Iterable[bytes]", response.streaming_content))
            return response
        get_response: Callable[[HttpRequest], Awaitable[HttpResponseBase]] = self.get_response
        return await get_response(request)


class ApiSecurityHeadersMiddleware:
    """SecurityMiddleware's and XFrameOptionsMiddleware's response headers, async-native, for the API stack."""

    async_capable = True
    sync_capable = False

    def __init__(self, get_response: Callable[[HttpRequest], Awaitable[HttpResponseBase]]) -> None:
        from django.conf import settings

        self.get_response = get_response
        self.redirect_to_https = bool(settings.SECURE_SSL_REDIRECT)
        self.headers: dict[str, str] = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"}
        if settings.SECURE_REFERRER_POLICY:
            self.headers["Referrer-Policy"] = str(settings.SECURE_REFERRER_POLICY)
        self.hsts = ""
        if settings.SECURE_HSTS_SECONDS:
            self.hsts = f"max-age={settings.SECURE_HSTS_SECONDS}"
            if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
                self.hsts += "; includeSubDomains"
            if settings.SECURE_HSTS_PRELOAD:
                self.hsts += "; preload"
        markcoroutinefunction(self)

    async def __call__(self, request: HttpRequest) -> HttpResponseBase:
        # CommonMiddleware is not on this stack: check the Host against ALLOWED_HOSTS here
        # (DisallowedHost becomes a 400).
        request.get_host()
        if self.redirect_to_https and not request.is_secure():
            return HttpResponsePermanentRedirect(f"https://{request.get_host()}{request.get_full_path()}")
        response = await self.get_response(request)
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        if self.hsts and request.is_secure():
            response.headers.setdefault("Strict-Transport-Security", self.hsts)
        return response
