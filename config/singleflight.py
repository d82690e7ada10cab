"""One computation per key at a time in a process, whichever thread or event loop asks.

Used where many requests miss the same thing together: the gateway's cache (``llm.cache``,
fifty identical questions make one model call) and the API key lookup (``api.keys``, the
requests that miss a busy key when it drops out of the cache share one query). The futures
are ``concurrent.futures`` ones, so a waiter on one event loop can await a computation
running on another (each sync thread Django starts for an async view has a loop of its own).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class _Abandoned(Exception):
    """The caller computing for others was cancelled: one of the waiters takes over."""


def _retrieve_exception(future: asyncio.Future[T]) -> None:
    if not future.cancelled():
        future.exception()


class SingleFlight(Generic[T]):
    def __init__(self, *, wait_timeout: float | None = None) -> None:
        # A computation that does not settle within this (its loop stopped without cleaning
        # up, say) is given up on: the waiter computes itself rather than wait forever.
        self.wait_timeout = wait_timeout
        self.waits = 0  # how many times a caller waited on another's computation
        self._running: dict[str, concurrent.futures.Future[T]] = {}
        self._lock = threading.Lock()

    async def run(
        self,
        key: str,
        compute: Callable[[], Awaitable[T]],
        *,
        on_timeout: Callable[[], None] | None = None,
    ) -> tuple[T, bool]:
        """``compute()``'s value for ``key``, and whether this caller computed it.

        If ``compute`` raises, every caller waiting on it gets the same exception.
        """
        while True:
            with self._lock:
                pending = self._running.get(key)
                if pending is None:
                    owned: concurrent.futures.Future[T] = concurrent.futures.Future()
                    self._running[key] = owned
                    break
            self.waits += 1
            waiting = asyncio.wrap_future(pending)
            # When this waiter is cancelled or times out, shield() takes its callback off
            # ``waiting``, and the computation may still end in an exception (its error, or
            # _Abandoned when its owner is cancelled): unread, asyncio would log "Future
            # exception was never retrieved" when ``waiting`` is collected. Read it regardless.
            waiting.add_done_callback(_retrieve_exception)
            try:
                # shield: a waiter being cancelled must not cancel everyone's computation.
                value = await asyncio.wait_for(asyncio.shield(waiting), self.wait_timeout)
            except _Abandoned:
                pass
            except TimeoutError:
                if on_timeout is not None:
                    on_timeout()
            else:
                return value, False
            with self._lock:
                if self._running.get(key) is pending:  # its owner (on another thread) may not have cleared it yet
                    del self._running[key]
        try:
            value = await compute()
        except Exception as error:
            owned.set_exception(error)
            raise
        except BaseException:
            owned.set_exception(_Abandoned())
            raise
        else:
            owned.set_result(value)
            return value, True
        finally:
            with self._lock:
                if self._running.get(key) is owned:
                    del self._running[key]
