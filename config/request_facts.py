"""What the middleware and views learn about a request, on one typed attribute.

The ingress middleware checks the API key, the diner views know the restaurant, and the
analytics middleware records both; instead of patching ad-hoc ``request.sommelier_*``
attributes on (each a ``type: ignore``), they share one ``RequestFacts``. A DRF ``Request``
shares the facts of the ``HttpRequest`` it wraps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_ATTRIBUTE = "_sommelier_facts"


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


def request_facts(request: Any) -> RequestFacts:
    """The facts of a Django request (or of the HttpRequest a DRF Request wraps), created empty."""
    request = getattr(request, "_request", request)
    facts = request.__dict__.get(_ATTRIBUTE)
    if facts is None:
        facts = RequestFacts()
        request.__dict__[_ATTRIBUTE] = facts
    return facts  # type: ignore[no-any-return]
