"""The pipeline's database work from async code: on the request's thread, its connection handed back."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from asgiref.sync import sync_to_async
from django.db import connections

T = TypeVar("T")


def _released(function: Callable[..., T]) -> Callable[..., T]:
    @wraps(function)
    def run(*args: Any, **kwargs: Any) -> T:
        try:
            return function(*args, **kwargs)
        finally:
            # Outside a transaction (tests hold one), hand the connection back to the pool.
            for connection in connections.all(initialized_only=True):
                if not connection.in_atomic_block:
                    connection.close()

    return run


async def run_db(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``function``'s ORM work on the request's thread, then its connection released.

    A streamed answer lasts as long as the model. Under ASGI a request keeps its thread's
    connection until it ends, so a few diners waiting on answers would hold the whole pool
    and every other request would fail waiting for a connection.
    """
    return await sync_to_async(_released(function))(*args, **kwargs)
