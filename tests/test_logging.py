"""Log lines a dependency outage repeats per request go out once per interval, with a count."""

from __future__ import annotations

import logging

from config.logging import RepeatsSuppressed


def line(message: str, created: float, *args: object, name: str = "django_redis.cache") -> logging.LogRecord:
    return logging.makeLogRecord({"name": name, "msg": message, "args": args, "created": created})


def test_a_repeated_line_goes_out_once_per_interval_and_says_how_many_were_held_back() -> None:
    repeats = RepeatsSuppressed(interval=30.0)
    outage = [line("cache unavailable: %s", 1000.0 + second, "timeout") for second in range(0, 70, 5)]

    shown = [record for record in outage if repeats.filter(record)]

    assert [record.created for record in shown] == [1000.0, 1030.0, 1060.0]
    assert shown[0].getMessage() == "cache unavailable: timeout"
    assert shown[1].getMessage() == "cache unavailable: timeout (5 more like this in the last 30 s)"


def test_other_messages_and_other_loggers_are_not_held_back() -> None:
    repeats = RepeatsSuppressed(interval=30.0)

    assert repeats.filter(line("cache unavailable: %s", 1000.0, "x"))
    assert repeats.filter(line("analytics records wait in memory (%d buffered)", 1001.0, 3))
    assert repeats.filter(line("cache unavailable: %s", 1002.0, "x", name="analytics.recording"))
    assert not repeats.filter(line("cache unavailable: %s", 1003.0, "y"))
