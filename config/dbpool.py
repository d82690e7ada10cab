"""The web processes' PostgreSQL pool: psycopg_pool's, clearing out every connection a restart cut at the first sign of one.

psycopg_pool checks each connection as it hands it out (Django passes it
``ConnectionPool.check_connection`` when ``CONN_HEALTH_CHECKS`` is on, as config/settings/base.py
sets). But after a failed check it tries the next idle connection only after a backoff (0 s,
then about 1 s, 2 s, ...), and gives up after about four failures within its timeout: a
worker that held five idle connections when PostgreSQL restarted between two requests
answered the next one with a PoolTimeout (a 503), the server already back. Here the first
failed check tests every idle connection at once (``ConnectionPool.check()``, psycopg_pool's
own), so the next try gets a live connection or a new one.

Django builds its pool itself (``DatabaseWrapper.pool``) and takes neither a pool class nor a
``check`` of ours (it passes ``check`` itself; a second one is a TypeError). ``install`` puts
this pool, built with the arguments Django uses, where Django keeps its pools, before
anything has asked for a connection.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from time import monotonic
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from psycopg_pool import ConnectionPool, PoolTimeout
from psycopg_pool.base import AttemptWithBackoff

logger = logging.getLogger(__name__)


# After a new connection failed (the server is down or restarting), a checkout finding no idle
# connection waits this long at most instead of the pool's whole timeout: requests queued
# behind one another (the rate limiter's few counting threads) would otherwise add those
# waits up to several seconds before their 503. Not zero: the wait lets the checkout start a
# new connection, which succeeds in milliseconds once the server is back.
SHORT_WAIT_AFTER_CONNECT_ERROR_SECONDS = 0.25
SHORT_WAITS_FOR_SECONDS = 1.0
# A checkout that starts before any failure is known waits in slices this long, looking for one
# between them.
WAIT_SLICE_SECONDS = 0.25
# PostgreSQL's words when it refuses a connection for want of a slot (too_many_connections, 53300:
# max_connections reached, or a role's or database's own limit).
_BUSY_SERVER = re.compile(r"too many (?:clients|connections)|remaining connection slots are reserved", re.IGNORECASE)


class _PromptReconnection(AttemptWithBackoff):
    # psycopg_pool waits 1 s, then 2 s, ... between attempts to replace a connection: after a
    # restart that is up to seconds with no connection while the server already answers.
    # Tries at 0.2, 0.4, 0.8 s, ... instead (a refused connection costs a millisecond).
    INITIAL_DELAY = 0.2


class SweepingConnectionPool(ConnectionPool):
    """A pool whose first failed check on checkout checks every idle connection.

    And while new connections fail, a checkout with no idle connection to try waits briefly.
    """

    def __init__(self, *args: Any, check: Callable[[Any], None] | None = None, **kwargs: Any) -> None:
        self._check_one = check
        self._connect_failed_at: float | None = None
        self._probe_lock = threading.Lock()
        self._probed_at = float("-inf")
        self._probe_answered = False
        super().__init__(*args, check=self._check_and_sweep if check is not None else None, **kwargs)

    def getconn(self, timeout: float | None = None) -> Any:
        full = self.timeout if timeout is None else timeout
        started = monotonic()
        while True:
            if self._failing_to_connect():
                return self._getconn_while_failing(max(0.0, full - (monotonic() - started)))
            remaining = full - (monotonic() - started)
            if self._nconns >= self.max_size:
                # Every connection is out (contention, the server up): one wait, in the pool's own
                # first-come-first-served queue, which a wait in slices would leave and rejoin.
                return super().getconn(max(0.0, remaining))
            # Below the maximum the pool is opening a connection for this checkout: waited in
            # slices, its failure (the server went away just now) ends the wait at the next slice
            # instead of after the whole timeout, which the requests queued behind this one on
            # the same thread would add to theirs.
            try:
                return super().getconn(min(remaining, WAIT_SLICE_SECONDS))
            except PoolTimeout:
                if remaining <= WAIT_SLICE_SECONDS:
                    raise PoolTimeout(f"couldn't get a connection after {full:.2f} sec") from None

    def _failing_to_connect(self) -> bool:
        failed_at = self._connect_failed_at
        return failed_at is not None and monotonic() - failed_at < SHORT_WAITS_FOR_SECONDS and not self._pool

    def _getconn_while_failing(self, remaining: float) -> Any:
        started = monotonic()
        try:
            return super().getconn(min(remaining, SHORT_WAIT_AFTER_CONNECT_ERROR_SECONDS))
        except PoolTimeout:
            if not self._server_answers():
                raise
        # The server is back before the pool noticed: wait for the pool's next connection as usual.
        self._connect_failed_at = None
        return super().getconn(max(0.0, remaining - (monotonic() - started)))

    def _server_answers(self) -> bool:
        """Whether a new connection succeeds now (refused in about a millisecond while the server is down).

        One probe per pool at a time and per SHORT_WAIT_AFTER_CONNECT_ERROR_SECONDS: the
        checkouts in between share its answer instead of each opening a connection.
        """
        with self._probe_lock:
            if monotonic() - self._probed_at < SHORT_WAIT_AFTER_CONNECT_ERROR_SECONDS:
                return self._probe_answered
            try:
                kwargs = {**self._resolve_kwargs(), "connect_timeout": 1}
                self.connection_class.connect(self._resolve_conninfo(), **kwargs).close()
                self._probe_answered = True
            except Exception:  # noqa: BLE001 - any failure means "not yet"
                self._probe_answered = False
            self._probed_at = monotonic()
            return self._probe_answered

    def _add_connection(self, attempt: AttemptWithBackoff | None, growing: bool = False) -> None:
        super()._add_connection(attempt or _PromptReconnection(timeout=self.reconnect_timeout), growing)

    def _connect(self, timeout: float | None = None) -> Any:
        # The pool's own reconnection attempts come through here too: while the server is
        # away they keep the fast failure going; the first success ends it.
        try:
            connection = super()._connect(timeout)
        except Exception as error:
            # A server that is down, unreachable, shutting down or starting up is away. One that
            # has no connection slot left is busy, not away: its checkouts keep the whole
            # timeout, as contention should. (psycopg raises a plain OperationalError with no
            # sqlstate for every failed connection attempt: only its message tells them apart.)
            if not _BUSY_SERVER.search(str(error)):
                self._connect_failed_at = monotonic()
            raise
        self._connect_failed_at = None
        return connection

    def _check_and_sweep(self, connection: Any) -> None:
        assert self._check_one is not None
        try:
            self._check_one(connection)
        except Exception:
            # The server cut this one, and most likely every idle one beside it: test them
            # all now (broken ones are replaced) rather than one per backoff step.
            logger.warning("a pooled database connection was broken; checking the idle ones")
            self.check()
            raise


def install(alias: str = DEFAULT_DB_ALIAS) -> bool:
    """Give ``alias`` a SweepingConnectionPool if it is pooled PostgreSQL; whether it has one."""
    wrapper = connections[alias]
    options = wrapper.settings_dict["OPTIONS"].get("pool")
    if wrapper.vendor != "postgresql" or not options:
        return False
    pools: dict[str, Any] = type(wrapper)._connection_pools  # type: ignore[attr-defined]
    if alias not in pools:
        # What Django's DatabaseWrapper.pool passes, the pool class aside.
        params = wrapper.get_connection_params()
        params["autocommit"] = True
        pool = SweepingConnectionPool(
            kwargs=params,
            open=False,
            configure=wrapper._configure_connection,  # type: ignore[attr-defined]
            check=ConnectionPool.check_connection if wrapper.settings_dict["CONN_HEALTH_CHECKS"] else None,
            **({} if options is True else options),
        )
        pools.setdefault(alias, pool)
    installed = isinstance(pools[alias], SweepingConnectionPool)
    if not installed:
        logger.warning("database %r: Django built its pool first; broken connections are cleared one at a time", alias)
    return installed
