"""One JSON object per log line, for log shippers (``LOG_FORMAT=json``)."""

from __future__ import annotations

import json
import logging
import re
import threading
from datetime import UTC, datetime

from config.context import current_request_id  # plain Python: safe before the apps load

# Attributes every LogRecord has; anything else was passed through ``extra=``.
_STANDARD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES:
                payload[key] = value
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


class RepeatsSuppressed(logging.Filter):
    """Lets a line through once per ``interval`` seconds per logger and message template.

    For loggers that write one line per request while a dependency is down (the cache, the
    analytics spool, the database's 503s): an outage of ten seconds wrote hundreds of lines
    saying the same thing. The first line goes out at once; the next one after the interval
    says how many like it were held back.
    """

    def __init__(self, interval: float = 30.0) -> None:
        super().__init__()
        self.interval = interval
        self._last: dict[tuple[str, object], tuple[float, int]] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.msg)
        with self._lock:
            last, held = self._last.get(key, (float("-inf"), 0))
            if record.created - last < self.interval:
                self._last[key] = (last, held + 1)
                return False
            self._last[key] = (record.created, 0)
        if held:
            record.msg = f"{record.msg} ({held} more like this in the last {self.interval:.0f} s)"
        return True


class RequestContext(logging.Filter):
    """Puts the request id (``X-Request-ID``) on every line written while a request is served,
    so a line leads to the response, the stored answer and the model calls of that request.
    Lines written outside a request (a Celery task, a command) carry "-"."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id() or "-"
        return True


# Credentials that must never reach a log line, whatever wrote it: our API keys
# (som_<prefix>_<secret>), a bearer token, an OpenAI-style key, an api_key= parameter. Not
# "token=": here a token is a piece of text a model writes, and its counts are worth logging.
_SECRETS = re.compile(
    r"(?P<keep>\bsom_[0-9a-f]{8}_)[A-Za-z0-9_-]{8,}"
    r"|(?P<bearer>\bBearer\s+)(?!som_)[A-Za-z0-9._~+/=-]{8,}"
    r"|\bsk-[A-Za-z0-9_-]{8,}"
    r"|(?P<param>\b(?:api[_-]?key|password|secret)[\"']?\s*[=:]\s*[\"']?)[^\s\"'&,;]{4,}",
    re.IGNORECASE,
)


def _redacted(match: re.Match[str]) -> str:
    kept = match.group("keep") or match.group("bearer") or match.group("param") or ""
    return f"{kept}[redacted]"


class SecretsRedacted(logging.Filter):
    """Replaces credentials in a line's message and arguments with "[redacted]".

    A provider's error text can echo the key it was sent, a client can paste a key into a
    question, an exception can carry a URL with a token: the line is cleaned before any
    handler formats it. Our own keys keep their public prefix, which identifies the key in
    the admin without being usable.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = record.getMessage()
            record.args = None
        if isinstance(record.msg, str):
            record.msg = _SECRETS.sub(_redacted, record.msg)
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = _SECRETS.sub(_redacted, logging.Formatter().formatException(record.exc_info))
        return True
