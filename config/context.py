"""The request being served, carried without passing it through every layer.

Plain Python in ``config`` (the floor under every app): the log formatter reads it before
the apps load, and the gateway, the API and the answering pipeline all read it.

The HTTP edge binds a request id for each request (``X-Request-ID``: the client's, when
it is a sane token, else a new one) and answers with it; every model call recorded while
it runs carries the same id, and so does the answer stored for a diner. Staff find the
calls behind an answer by that id. Context variables follow the request into
``sync_to_async`` threads and into a streamed response's generator.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar, Token

_REQUEST_ID: ContextVar[str] = ContextVar("sommelier_request_id", default="")
# A client's own id is kept when it is a plain token of at most 64 characters; anything
# else (a log-injection attempt, a megabyte header) is replaced by our own.
_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
REQUEST_ID_HEADER = "X-Request-ID"


def request_id_for(client_value: str | None) -> str:
    """The id for a new request: the client's when it is a sane token, else a fresh one."""
    if client_value and _CLIENT_REQUEST_ID.match(client_value):
        return client_value
    return uuid.uuid4().hex


def request_id_bind(request_id: str) -> Token[str]:
    return _REQUEST_ID.set(request_id)


def request_id_reset(token: Token[str]) -> None:
    _REQUEST_ID.reset(token)


def current_request_id() -> str:
    """The id of the request being served ("" in a Celery task or a command)."""
    return _REQUEST_ID.get()
