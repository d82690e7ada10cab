"""Who is asking: the client's address behind the proxies we trust.

Shared by every rate limit (the API's and the diner pages') and by anything that records an
address; in ``config`` because it belongs to no app, only to how the project is deployed
(``TRUSTED_PROXIES``).
"""

from __future__ import annotations

import ipaddress
from functools import cache

from django.conf import settings
from django.http import HttpRequest

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def _trusted_networks(proxies: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _is_trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _trusted_networks(tuple(settings.TRUSTED_PROXIES)))


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or from X-Forwarded-For when REMOTE_ADDR is a trusted proxy."""
    remote = str(request.META.get("REMOTE_ADDR") or "unknown")
    if not settings.TRUSTED_PROXIES or not _is_trusted(remote):
        return remote
    forwarded = [part.strip() for part in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
    for candidate in reversed([part for part in forwarded if part]):
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            # A proxy we trust would not write garbage: someone in front of it did. Stop here.
            return remote
        if not _is_trusted(candidate):
            return candidate
    return remote
