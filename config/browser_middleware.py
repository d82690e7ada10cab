"""Django's cookie-feature middleware, stepping aside for API requests that carry a key.

A request to /api/v1/ or /v1/ with ``Authorization: Bearer <key>`` (``request.keyed_api``, set
once by ``config.middleware.SommelierRequestMiddleware``) has no use for sessions, CSRF, the
user, messages or CommonMiddleware's slash redirects. Django's middleware for them is
``MiddlewareMixin``: under ASGI each of its hooks is a hop onto the request's thread, about a
dozen per request, which doubled the CPU of a cached /v1 answer. These subclasses pass a keyed
request straight on, with no hop, and are Django's own, unchanged, for every other request
(API requests without a key included: the views refuse them with 401). For a keyed request
``SecurityMiddleware`` does ``KeyedApiSecurity``'s work instead of Django's and of
``XFrameOptionsMiddleware``'s: the Host check, the HTTPS redirect, the security headers.

``check --deploy`` finds Django's classes by their dotted paths; config/checks.py finds these
by class and says the same things about their settings.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, cast

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.auth import middleware as auth
from django.contrib.messages import middleware as messages
from django.contrib.sessions import middleware as sessions
from django.http import HttpRequest, HttpResponseBase, HttpResponseForbidden, HttpResponsePermanentRedirect
from django.middleware import clickjacking, common, csrf, security
from django.utils.deprecation import MiddlewareMixin

from config.request_facts import SommelierRequest


def _keyed(request: HttpRequest) -> bool:
    return cast("SommelierRequest", request).keyed_api


class KeyedApiBypassMixin(MiddlewareMixin):
    """A ``MiddlewareMixin`` middleware that a keyed API request goes through untouched."""

    async_mode: bool  # set by MiddlewareMixin.__init__: whether the chain is async (ASGI)

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        if self.async_mode:
            return self.__acall__(request)
        if _keyed(request):
            return self.get_response(request)
        return super().__call__(request)

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        if _keyed(request):
            return await cast("Awaitable[HttpResponseBase]", self.get_response(request))
        return await super().__acall__(request)


class SessionMiddleware(KeyedApiBypassMixin, sessions.SessionMiddleware):
    pass


class CommonMiddleware(KeyedApiBypassMixin, common.CommonMiddleware):
    pass


class CsrfViewMiddleware(KeyedApiBypassMixin, csrf.CsrfViewMiddleware):
    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        super().__init__(get_response)
        if self.async_mode:
            # Django runs a sync process_view on the request's thread, a hop for every request
            # (keyed ones too), and awaits an async one on the event loop: a middleware adapts
            # its hooks to its mode (Django's docs, "Asynchronous support").
            self.process_view = self._aprocess_view  # type: ignore[assignment,method-assign]

    def process_view(
        self,
        request: HttpRequest,
        callback: Callable[..., HttpResponseBase],
        callback_args: tuple[Any, ...],
        callback_kwargs: dict[str, Any],
    ) -> HttpResponseForbidden | None:
        if _keyed(request):
            return None
        return super().process_view(request, callback, callback_args, callback_kwargs)

    async def _aprocess_view(
        self,
        request: HttpRequest,
        callback: Callable[..., HttpResponseBase],
        callback_args: tuple[Any, ...],
        callback_kwargs: dict[str, Any],
    ) -> HttpResponseForbidden | None:
        if _keyed(request):
            return None
        djangos = super().process_view
        return await sync_to_async(djangos, thread_sensitive=True)(request, callback, callback_args, callback_kwargs)


class AuthenticationMiddleware(KeyedApiBypassMixin, auth.AuthenticationMiddleware):
    pass


class MessageMiddleware(KeyedApiBypassMixin, messages.MessageMiddleware):
    pass


class XFrameOptionsMiddleware(KeyedApiBypassMixin, clickjacking.XFrameOptionsMiddleware):
    pass


class KeyedApiSecurity:
    """SecurityMiddleware's and XFrameOptionsMiddleware's work for a keyed API request, with no hop.

    And CommonMiddleware's Host check, since that middleware steps aside for these requests.
    """

    def __init__(self) -> None:
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

    def refusal(self, request: HttpRequest) -> HttpResponseBase | None:
        """A redirect to HTTPS, or None; a Host not in ALLOWED_HOSTS raises DisallowedHost (a 400)."""
        request.get_host()
        if self.redirect_to_https and not request.is_secure():
            return HttpResponsePermanentRedirect(f"https://{request.get_host()}{request.get_full_path()}")
        return None

    def secured(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        for name, value in self.headers.items():
            response.headers.setdefault(name, value)
        if self.hsts and request.is_secure():
            response.headers.setdefault("Strict-Transport-Security", self.hsts)
        return response


class SecurityMiddleware(security.SecurityMiddleware):
    """Django's for every request but a keyed API one, which gets ``KeyedApiSecurity``'s work."""

    async_mode: bool  # set by MiddlewareMixin.__init__: whether the chain is async (ASGI)

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        super().__init__(get_response)
        self.keyed_api_security = KeyedApiSecurity()

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        if self.async_mode or not _keyed(request):
            return super().__call__(request)
        keyed = self.keyed_api_security
        return keyed.refusal(request) or keyed.secured(request, cast("HttpResponseBase", self.get_response(request)))

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        if not _keyed(request):
            return await super().__acall__(request)
        keyed = self.keyed_api_security
        refusal = keyed.refusal(request)
        if refusal is not None:
            return refusal
        return keyed.secured(request, await cast("Awaitable[HttpResponseBase]", self.get_response(request)))
