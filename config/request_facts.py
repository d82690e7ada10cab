"""The request as our middleware leaves it: ``SommelierRequest``, its attributes declared.

Like django-htmx's ``HtmxHttpRequest``: views and middleware annotate ``request:
SommelierRequest`` and read ``request.keyed_api``, ``request.facts`` and ``request.htmx``
with their types, instead of patching ad-hoc attributes on (each a ``type: ignore``).
``config.middleware.SommelierRequestMiddleware``, second in MIDDLEWARE, puts the first two
on every request; django-htmx's middleware, last, puts on ``htmx``.

The ingress middleware checks the API key, the diner views know the restaurant, and the
analytics middleware records both: they share the request's ``RequestFacts``. Code that may
hold something else than a request straight from the middleware (the DRF ``Request`` wrapping
it, a request a test built with ``RequestFactory``) reads them through ``request_facts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from django.http import HttpRequest

if TYPE_CHECKING:
    from django_htmx.middleware import HtmxDetails

# Where a key is sent by clients of the REST API and of the OpenAI-compatible one.
KEYED_API_PATH_PREFIXES = ("/api/v1/", "/v1/")


@dataclass
class RequestFacts:
    # Whose request it is: analytics rows and limits are kept per restaurant.
    restaurant_id: int | None = None
    # The Authorization header has been looked up (then ``api_key`` is the valid key or None),
    # so later readers (DRF authentication, the async views) need not look it up again.
    api_key_checked: bool = False
    api_key: Any = None  # an api.models.ApiKey (config does not import the apps' models)
    bad_api_key: bool = False  # a key was presented and is not valid
    # A key created by this request (the admin's add form): its raw value, shown once in this
    # response's page and nowhere else.
    new_api_key: str | None = None


class SommelierRequest(HttpRequest):
    """An ``HttpRequest`` that went through our middleware (a type for annotations: requests keep their class)."""

    # An API request that carries a bearer key (``is_keyed_api_request``): Django's cookie
    # middleware steps aside for it (config/browser_middleware.py).
    keyed_api: bool
    facts: RequestFacts
    htmx: HtmxDetails  # whether htmx sent it (django_htmx.middleware.HtmxMiddleware)


def is_keyed_api_request(request: HttpRequest) -> bool:
    """A request to the API with ``Authorization: Bearer <something>``, valid or not.

    Such a client authenticates with its key on every request: sessions, CSRF, the user and
    messages mean nothing to it. A request to the API without a key takes the browser's way,
    to be refused by the same views (401).
    """
    if not request.path.startswith(KEYED_API_PATH_PREFIXES):
        return False
    header = request.META.get("HTTP_AUTHORIZATION", "")
    return header[:7].lower() == "bearer " and bool(header[7:].strip())


def request_facts(request: Any) -> RequestFacts:
    """The facts of a Django request (or of the HttpRequest a DRF Request wraps); created empty on one built outside the middleware."""
    django_request = cast("SommelierRequest", getattr(request, "_request", request))
    try:
        return django_request.facts
    except AttributeError:
        django_request.facts = RequestFacts()
        return django_request.facts
