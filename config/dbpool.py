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
from collections.abc import Callable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from psycopg_pool import ConnectionPool

logger = logging.getLogger(__name__)


class SweepingConnectionPool(ConnectionPool):
    """A pool whose first failed check on checkout checks every idle connection."""

    def __init__(self, *args: Any, check: Callable[[Any], None] | None = None, **kwargs: Any) -> None:
        self._check_one = check
        super().__init__(*args, check=self._check_and_sweep if check is not None else None, **kwargs)

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
