"""A wine-list file staff checked in the admin (a dry run), kept until they apply it.

The file is kept in the cache (Redis) for 30 minutes under a random token tied to the
user, so "Apply these changes" imports exactly the bytes that were checked, without
asking for the file again. Nothing is kept in the database until it is applied. If the
cache is down, the check still shows its preview and staff upload the file again.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from django.core.cache import cache

logger = logging.getLogger(__name__)

CHECKED_IMPORT_SECONDS = 30 * 60


@dataclass(frozen=True)
class CheckedImport:
    restaurant_id: int
    filename: str
    data: bytes
    remove_missing: bool


def _key(user_id: int, token: str) -> str:
    return f"wine-import-checked:{user_id}:{token}"


def checked_import_keep(*, user_id: int, restaurant_id: int, filename: str, data: bytes, remove_missing: bool) -> str:
    """Keep the checked file; its token ("" when the cache could not keep it)."""
    token = secrets.token_urlsafe(18)
    try:
        cache.set(
            _key(user_id, token),
            CheckedImport(restaurant_id, filename, data, remove_missing),
            timeout=CHECKED_IMPORT_SECONDS,
        )
    except Exception:
        logger.warning("could not keep a checked wine list for user %s", user_id, exc_info=True)
        return ""
    return token


def checked_import_take(*, user_id: int, token: str) -> CheckedImport | None:
    """The kept file for this user and token, removed so it is applied once; None if gone."""
    if not token or len(token) > 64:
        return None
    key = _key(user_id, token)
    try:
        checked = cache.get(key)
        cache.delete(key)
    except Exception:
        logger.warning("could not read a checked wine list for user %s", user_id, exc_info=True)
        return None
    return checked if isinstance(checked, CheckedImport) else None
