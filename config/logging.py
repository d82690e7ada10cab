"""One JSON object per log line, for log shippers (``LOG_FORMAT=json``)."""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime

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
